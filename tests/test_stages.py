"""The stages as plain functions (no Dagster): incremental by document, and a full refresh that
reprocesses everything without duplicating a row."""

from __future__ import annotations

import shutil
from pathlib import Path

from assets.cleaning.stage import CLEAN_DOCUMENTS, update_clean_documents
from assets.extraction.stage import EVENTS, MENTIONS, update_events, update_mentions
from assets.ingest.stage import update_raw_documents
from assets.resolution.stage import ENTITIES, update_entities
from assets.settings import Settings
from assets.tables import TableStore
from tests.conftest import SEEDS

STAGES = (update_clean_documents, update_mentions, update_entities, update_events)


def run_all(settings: Settings, full_refresh: bool = False) -> None:
    update_raw_documents(settings)
    for stage in STAGES:
        stage(settings, full_refresh)


def snapshot(store: TableStore) -> dict[str, list]:
    return {name: sorted(store.read(name, schema).drop_columns(
        [c for c in ("cleaned_at",) if c in schema.names]).to_pylist(), key=str)
        for name, schema in [("clean_documents", CLEAN_DOCUMENTS), ("mentions", MENTIONS),
                             ("entities", ENTITIES), ("events", EVENTS)]}


def test_a_full_refresh_rebuilds_the_same_rows_once(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    settings = Settings(inbox=inbox, data_dir=tmp_path / "data")
    store = TableStore(settings.tables_dir)
    run_all(settings)
    before = snapshot(store)
    run_all(settings, full_refresh=True)
    assert snapshot(store) == before
    assert len(store.parts("events")) == 1


def test_a_new_document_is_the_only_one_processed(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SEEDS / "001_b916f5b25537c5e9.txt", inbox)
    settings = Settings(inbox=inbox, data_dir=tmp_path / "data")
    run_all(settings)
    shutil.copy(SEEDS / "002_eae261134b9285a4.txt", inbox)
    assert update_raw_documents(settings)["documents_added"] == 1
    assert update_clean_documents(settings)["documents_cleaned"] == 1
    assert update_mentions(settings)["documents"] == 1
    assert update_entities(settings)["mentions"] > 0
    assert update_events(settings)["documents"] == 1
