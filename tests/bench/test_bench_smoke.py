"""The benchmark at a small N, as a smoke test: it runs the real job on two sizes and reports."""

from __future__ import annotations

import json
import sys

from tests.bench import run


def test_bench_reports_every_figure(tmp_path, monkeypatch, capsys) -> None:
    folder = tmp_path / "bench"
    arguments = ["--documents", "120", "--increment", "12", "--compare", "60", "--repeats", "1",
                 "--reference-sample", "10", "--page-sample", "20", "--folder", str(folder)]
    monkeypatch.setattr(sys, "argv", ["bench", *arguments])
    run.main()
    report = json.loads((folder / "bench.json").read_text())
    assert report["corpus"]["articles"] > 100
    assert report["full"]["steps_s"]["parquet__events"] > 0
    assert len(report["mart_latency_ms"]) == len(run.MARTS) + len(run.readme_queries())
    assert report["compare"]["documents"] == 60
    assert report["reference_ner"]["hoptac_docs_per_s"] > 0
    assert report["corpus"]["html_pages"] > 0
    assert all(report["pages"][kind]["clean_docs_per_s"] > 0 for kind in ("text", "html"))
    assert (folder / "n120" / "data" / "report.html").stat().st_size > 0  # the report is built on the corpus too
    assert set(report["launch_s"]) == {"make run", "dagster job execute"}
    assert "fixed cost of a run with nothing new" in capsys.readouterr().out
