"""`make run` as a user runs it: a short console, the full logs in a file under the data folder, one run
history per data folder, and materializations that describe whole tables."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import duckdb
import pytest
from dagster import AssetKey, DagsterInstance

from pipelines import run
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[str]]]:
    """The seeds built into one data folder, one seed into another, one after the other."""
    tmp = tmp_path_factory.mktemp("make_run")
    seeds, one = tmp / "seeds", tmp / "one"
    shutil.copytree(SEEDS, seeds)
    one.mkdir()
    shutil.copy(SEEDS / "003_30953af65393e7d4.txt", one)
    outputs = {}
    with pytest.MonkeyPatch.context() as monkeypatch:
        for name, inbox in (("seeds", seeds), ("one", one)):
            capture = io.StringIO()
            monkeypatch.setattr("sys.stdout", capture)
            monkeypatch.setenv("HOPTAC_INBOX", str(inbox))
            monkeypatch.setenv("HOPTAC_DATA_DIR", str(tmp / f"data-{name}"))
            monkeypatch.delenv("DAGSTER_HOME", raising=False)
            assert run.main([]) == 0
            outputs[name] = (tmp / f"data-{name}", capture.getvalue().splitlines())
    return outputs


def test_make_run_prints_a_short_summary_and_names_its_log(two_runs) -> None:
    data_dir, lines = two_runs["seeds"]
    assert len(lines) <= 30, "\n".join(lines)
    log = next(Path(word.rstrip(";")) for line in lines if line.startswith("log:") for word in line.split()[1:2])
    assert log.parent == data_dir / "logs"
    text = log.read_text()
    assert "STEP_SUCCESS" in text and "PASS unique_events_event_id" in text  # Dagster's and dbt's full logs
    assert "\x1b[" not in text  # no colour codes in a file
    steps = [line.split()[2] for line in lines if line.split()[1:2] == ["s"]]
    assert steps == ["place_tables", "raw_documents", "clean_documents", "mentions", "entities", "events",
                     "warehouse_models", "published_warehouse", "report"]
    assert "5 documents added" in lines[3]
    assert any(line.startswith("checks: ") and " passed" in line for line in lines)
    assert any("quarantine: none" in line for line in lines)
    assert any("visit_frequency" in line and "4" in line for line in lines)


def test_two_data_folders_keep_separate_run_histories(two_runs) -> None:
    for data_dir, _ in two_runs.values():
        with DagsterInstance.from_config(str(data_dir / ".dagster")) as instance:
            runs = instance.get_runs()
            assert len(runs) == 1
            assert runs[0].tags["hoptac/data_dir"] == str(data_dir)
            assert runs[0].tags["hoptac/inbox"].endswith(data_dir.name.removeprefix("data-"))
            documents = instance.get_latest_materialization_event(AssetKey(["warehouse", "documents"]))
            expected = 5 if data_dir.name == "data-seeds" else 1
            assert documents.asset_materialization.metadata["dagster/row_count"].value == expected


def test_materializations_carry_whole_tables_and_their_columns(two_runs) -> None:
    """After a run with nothing new the tables' sizes are still there, beside the run's increment."""
    data_dir, _ = two_runs["seeds"]
    with DagsterInstance.from_config(str(data_dir / ".dagster")) as instance:
        parquet_events = instance.get_latest_materialization_event(AssetKey(["parquet", "events"]))
        metadata = parquet_events.asset_materialization.metadata
        assert metadata["run/documents"].value == 5
        columns = {c.name: c.type for c in metadata["dagster/column_schema"].value.columns}
        assert columns["event_date"] == "date32[day]" and columns["quantity_min"] == "double"
        warehouse_events = instance.get_latest_materialization_event(AssetKey(["warehouse", "events"]))
        metadata = warehouse_events.asset_materialization.metadata
        with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as con:
            rows = con.execute("select count(*) from events").fetchone()[0]
            types = dict(con.execute("select column_name, data_type from duckdb_columns() "
                                     "where table_name = 'events' and schema_name = 'main'").fetchall())
        assert metadata["dagster/row_count"].value == rows
        assert {c.name: c.type for c in metadata["dagster/column_schema"].value.columns} == types
