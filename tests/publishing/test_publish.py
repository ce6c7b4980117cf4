"""Publishing: an analyst's open session survives a rebuild, a failed build leaves the last good
warehouse in place, and the incremental core models agree with a build from scratch."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from assets.publishing.warehouse import needs_full_build, publish
from assets.tables import TableStore
from pipelines.definitions import build_definitions
from pipelines.resources import HoptacResource
from tests.conftest import SEEDS, Build, make_build


@pytest.fixture(scope="module")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    tmp = tmp_path_factory.mktemp("publish")
    inbox = tmp / "inbox"
    inbox.mkdir()
    shutil.copy(SEEDS / "003_30953af65393e7d4.txt", inbox)
    build = make_build(tmp, inbox)
    assert build.run().success
    return build


def test_a_reader_held_open_keeps_its_snapshot_across_a_rebuild(small_build: Build) -> None:
    path = str(small_build.settings.warehouse_path)
    reader = duckdb.connect(path, read_only=True)
    assert reader.execute("select count(*) from documents").fetchone() == (1,)
    shutil.copy(SEEDS / "002_eae261134b9285a4.txt", small_build.settings.inbox)
    assert small_build.run().success  # the build is not blocked by the open reader
    assert reader.execute("select count(*) from documents").fetchone() == (1,)
    reader.close()
    assert small_build.query("select count(*) from documents") == [(2,)]


def test_a_failed_build_leaves_the_last_good_warehouse(small_build: Build) -> None:
    warehouse = small_build.settings.warehouse_path
    before = warehouse.read_bytes()
    broken = small_build.settings.tables_dir / "clean_documents" / "part-zzz-broken.parquet"
    broken.write_bytes(b"not parquet")
    shutil.copy(SEEDS / "001_b916f5b25537c5e9.txt", small_build.settings.inbox)
    try:
        assert not small_build.run().success
        assert warehouse.read_bytes() == before
    finally:
        broken.unlink()


def test_publish_refuses_when_nothing_was_built(tmp_path: Path) -> None:
    from assets.settings import Settings

    with pytest.raises(FileNotFoundError, match="materialize the warehouse models first"):
        publish(Settings(inbox=tmp_path, data_dir=tmp_path / "data"), ["visit_frequency"])


KEYS = {
    "documents": "select doc_id, source_files, title, body from documents order by all",
    "mentions": 'select doc_id, start, "end", mention_type, entity_id from mentions order by all',
    "events": "select event_id, event_key, evidence_start, evidence from events order by all",
}


def test_a_warehouse_grown_run_by_run_equals_one_built_at_once(tmp_path: Path) -> None:
    """The core models add what is new (and rewrite a document that arrived under one more name)."""
    seeds = sorted(SEEDS.glob("*.txt"))
    grown = make_build(tmp_path / "grown", tmp_path / "grown" / "inbox")
    grown.settings.inbox.mkdir(parents=True)
    for seed in seeds[:3]:
        shutil.copy(seed, grown.settings.inbox)
    assert grown.run().success
    for seed in seeds[3:]:
        shutil.copy(seed, grown.settings.inbox)
    shutil.copy(seeds[0], grown.settings.inbox / "republished.txt")
    assert grown.run().success
    at_once = make_build(tmp_path / "at_once", grown.settings.inbox)
    assert at_once.run().success
    assert {t: grown.query(sql) for t, sql in KEYS.items()} == {t: at_once.query(sql) for t, sql in KEYS.items()}
    assert ["republished.txt"] in [files[1:] for _, files, *_ in grown.query(KEYS["documents"])]


def test_a_full_refresh_rebuilds_the_models_without_stale_rows(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    build = make_build(tmp_path, inbox)
    assert build.run().success
    before = {t: build.query(sql) for t, sql in KEYS.items()}
    assert not needs_full_build(build.settings)
    refresh = HoptacResource(inbox=str(inbox), data_dir=str(build.settings.data_dir), full_refresh=True)
    job = build_definitions(refresh).resolve_job_def("build_warehouse")
    assert job.execute_in_process(instance=build.instance).success
    assert {t: build.query(sql) for t, sql in KEYS.items()} == before
    TableStore(build.settings.tables_dir).clear("events")  # as a refresh of the events stage does first
    assert needs_full_build(build.settings)
