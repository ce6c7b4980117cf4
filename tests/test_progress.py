"""A long stage says how far it is: rows done of total, rate and time left, from the scan that finds the
pending rows and the loop that does the work."""

from __future__ import annotations

import shutil
from pathlib import Path

from assets import progress
from assets.cleaning.stage import update_clean_documents
from assets.extraction.stage import update_mentions
from assets.ingest.stage import update_raw_documents
from assets.resolution.stage import update_entities
from assets.settings import Settings
from tests.conftest import SEEDS


def test_stages_report_rows_done_of_total_with_rate_and_time_left(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    settings = Settings(inbox=inbox, data_dir=tmp_path / "data")
    update_raw_documents(settings)
    lines: list[str] = []
    with progress.reporting("cleaning", lines.append, interval_s=0):
        update_clean_documents(settings)
    assert len(lines) == 5  # one per document, as the interval is 0
    assert lines[-1].startswith("progress: cleaning: 5 of 5 raw_documents (100 %), ")
    assert lines[-1].endswith("/s, about 0 s left")
    update_mentions(settings)  # outside `reporting`: nothing is logged, nothing fails
    lines.clear()
    with progress.reporting("entities", lines.append, interval_s=0):
        update_entities(settings)  # no per-document loop: the scan counts its batches
    assert lines and lines[-1].startswith("progress: entities: ")


def test_progress_is_logged_at_most_once_per_interval() -> None:
    lines: list[str] = []
    with progress.reporting("events", lines.append, interval_s=3600) as tracker:
        progress.expect(1000, "clean_documents")
        for _ in range(1000):
            progress.advance()
    assert lines == [] and tracker.done == 1000
    assert "1,000 of 1,000 clean_documents (100 %)" in tracker.line(tracker.started + 2)
