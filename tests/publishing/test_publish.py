"""Publishing: an analyst's open session survives a rebuild, and a failed build leaves the last good
warehouse in place."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from assets.publishing.warehouse import publish
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
        publish(Settings(inbox=tmp_path, data_dir=tmp_path / "data"))
