"""Atomic publication of the warehouse: readers keep their snapshot and never see a half-built file."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duckdb

from assets.locking import one_writer
from assets.settings import Settings
from assets.tables import TableStore


def prepare_build(settings: Settings) -> Path:
    """The private file dbt builds into (kept between runs, so a partial dbt selection starts from the last build)."""
    settings.build_path.parent.mkdir(parents=True, exist_ok=True)
    return settings.build_path


def needs_full_build(settings: Settings) -> bool:
    """Whether dbt must rebuild every model rather than add what is new: the core models copy new rows
    only, so after a full refresh of a Python table (whose old rows are gone) or without an earlier build,
    they start over."""
    recorded = _generations_path(settings)
    if not settings.build_path.exists() or not recorded.exists():
        return True
    return json.loads(recorded.read_text()) != TableStore(settings.tables_dir).generations()


def record_build(settings: Settings) -> None:
    """Remember which build of each Parquet table the dbt build holds (after it succeeded)."""
    _generations_path(settings).write_text(json.dumps(TableStore(settings.tables_dir).generations()))


def _generations_path(settings: Settings) -> Path:
    return settings.build_path.with_name("table_generations.json")


@one_writer
def publish(settings: Settings, marts: list[str]) -> dict[str, int]:
    """Copy the checkpointed build to a temp name beside the warehouse, fsync it, and rename it over the old one;
    then export each mart as Parquet the same way.

    A reader holding the old file keeps reading it (POSIX rename), a new reader opens the new one, and a
    crash before the rename leaves the previous warehouse in place."""
    build = settings.build_path
    if not build.exists():
        raise FileNotFoundError(f"no build at {build}: materialize the warehouse models first")
    with duckdb.connect(str(build)) as con:
        con.execute("checkpoint")
        tables = con.execute(
            "select count(*) from duckdb_tables() where database_name = current_database()").fetchone()[0]
    temp = settings.warehouse_path.with_name(f".{settings.warehouse_path.name}.tmp")
    shutil.copyfile(build, temp)
    with temp.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, settings.warehouse_path)
    export_marts(settings, marts)
    return {"tables": tables, "bytes": settings.warehouse_path.stat().st_size, "marts_exported": len(marts)}


def export_marts(settings: Settings, marts: list[str]) -> None:
    """`export/<mart>.parquet` for each mart of the published warehouse, for readers that cannot open a DuckDB 2
    file (DuckDB 1.x, pandas, spreadsheets, BI tools): each written to a temp name and renamed over the old
    one; files of marts that no longer exist are removed."""
    folder = settings.export_dir
    folder.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        for mart in marts:
            temp = folder / f".{mart}.parquet.tmp"
            con.execute(f"copy (select * from \"{mart}\") to '{temp}' (format parquet)")
            os.replace(temp, folder / f"{mart}.parquet")
    for stale in set(folder.glob("*.parquet")) - {folder / f"{mart}.parquet" for mart in marts}:
        stale.unlink()
