"""report.html as an analyst opens it: self-contained charts, names beside codes, the latest events with
their sentence and file; and a report that still builds when the warehouse holds no event."""

from __future__ import annotations

import re

from dagster import AssetKey

from tests.conftest import Build, make_build

# Anything a browser would fetch or run: links and sources other than the SVG's own #ids, URLs other than
# the SVG namespaces (names, never fetched), imports, scripts.
_URL = re.compile(r"""(?:src|href)\s*=\s*"(?!#)|url\((?!#)|@import|<script|https?://(?!www\.w3\.org/(?:2000/svg|1999/xlink)")""")


def test_the_report_holds_charts_as_svg_and_nothing_from_elsewhere(seeds_build: Build) -> None:
    page = seeds_build.settings.report_path.read_text(encoding="utf-8")
    assert page.count("<svg") >= 5
    assert not _URL.search(page), _URL.search(page)
    for title in ("Visits per year, per partner and direction", "Agreements and their periods",
                  "Scholarships and hosted students per partner", "Commitments per partner and category",
                  "Aid per partner and category", "Latest events"):
        assert f"<h2>{title}</h2>" in page


def test_the_report_names_parties_beside_codes_and_quotes_its_evidence(seeds_build: Build) -> None:
    page = seeds_build.settings.report_path.read_text(encoding="utf-8")
    assert "Hà Nội (VN-HN)" in page and "Khăm Muộn (LA-KH)" in page
    evidence, source_file = seeds_build.query("""
        select evidence, source_file from events join documents using (doc_id)
        where event_type = 'SCHOLARSHIP' and quantity_min = 160""")[0]
    assert f"<td>{evidence}</td>" in page or evidence.replace('"', "&quot;") in page
    assert f"<td>{source_file}</td>" in page


def test_the_report_is_materialized_with_its_key_figures(seeds_build: Build) -> None:
    event = seeds_build.instance.get_latest_materialization_event(AssetKey(["report"]))
    metadata = event.asset_materialization.metadata
    assert metadata["run/charts"].value >= 5
    assert metadata["path"].value == str(seeds_build.settings.report_path)
    assert "| documents | 5 |" in metadata["key figures"].value


def test_a_warehouse_without_events_still_gets_its_report(tmp_path, inbox) -> None:
    (inbox / "empty.txt").write_bytes(b"")
    build = make_build(tmp_path, inbox)
    assert build.run().success
    page = build.settings.report_path.read_text(encoding="utf-8")
    assert page.count("<svg") >= 5
    assert "<td>1</td>" in page  # one file quarantined
