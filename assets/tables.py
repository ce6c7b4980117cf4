"""Parquet tables kept as folders of immutable part files: the system of record of the Python stages.

A run appends one new part file per table (written to a hidden temp name, then renamed), so history is
never rewritten and a crash leaves at most an ignored temp file. A table that has no rows yet still has
one empty part carrying its schema, so SQL readers can always glob it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

PART_GLOB = "part-*.parquet"


class TableStore:
    """The Parquet tables below one folder, one sub-folder per table."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, name: str) -> Path:
        return self.root / name

    def parts(self, name: str) -> list[Path]:
        return sorted(self.folder(name).glob(PART_GLOB))

    def read(self, name: str, schema: pa.Schema, columns: list[str] | None = None) -> pa.Table:
        """Every row of the table (only `columns` when given); an empty table of `schema` before the first run."""
        parts = self.parts(name)
        if not parts:
            empty = schema.empty_table()
            return empty.select(columns) if columns else empty
        tables = [pq.read_table(p, columns=columns, schema=schema) for p in parts]
        return pa.concat_tables(tables)

    def column_values(self, name: str, schema: pa.Schema, column: str) -> set:
        return set(self.read(name, schema, [column]).column(column).to_pylist())

    def append(self, name: str, rows: pa.Table | Iterable[dict], schema: pa.Schema) -> Path | None:
        """Add `rows` as a new part file; write an empty schema part only if the table has none yet."""
        table = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(list(rows), schema=schema)
        table = table.cast(schema)
        if table.num_rows == 0 and self.parts(name):
            return None
        return _write_part(self.folder(name), table)

    def replace(self, name: str, rows: pa.Table | Iterable[dict], schema: pa.Schema) -> None:
        """Rewrite the whole table (a full refresh): build the new folder aside, then swap it in."""
        target = self.folder(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        fresh = target.parent / f".{target.name}.new-{uuid.uuid4().hex[:8]}"
        table = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(list(rows), schema=schema)
        _write_part(fresh, table.cast(schema))
        old = target.parent / f".{target.name}.old-{uuid.uuid4().hex[:8]}"
        if target.exists():
            target.rename(old)
        fresh.rename(target)
        shutil.rmtree(old, ignore_errors=True)


    def processed(self, stage: str) -> set[str]:
        """Documents a stage has already handled, whether or not they yielded rows."""
        return self.column_values(f"_processed/{stage}", PROCESSED, "doc_id")

    def mark_processed(self, stage: str, doc_ids: Iterable[str], replace: bool = False) -> None:
        rows = [{"doc_id": doc_id} for doc_id in doc_ids]
        if replace:
            self.replace(f"_processed/{stage}", rows, PROCESSED)
        else:
            self.append(f"_processed/{stage}", rows, PROCESSED)


PROCESSED = pa.schema([("doc_id", pa.string())])


def only(table: pa.Table, column: str, values: set) -> pa.Table:
    """Rows whose `column` is one of `values`."""
    return table.filter(_member(table, column, values))


def not_in(table: pa.Table, column: str, values: set) -> pa.Table:
    """Rows whose `column` is none of `values`."""
    return table.filter(pc.invert(_member(table, column, values))) if values else table


def _member(table: pa.Table, column: str, values: set) -> pa.Array:
    return pc.is_in(table.column(column), pa.array(list(values), table.schema.field(column).type))


def _write_part(folder: Path, table: pa.Table) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    final = folder / f"part-{stamp}-{uuid.uuid4().hex[:8]}.parquet"
    temp = folder / f".{final.name}.tmp"
    pq.write_table(table, temp, compression="zstd")
    os.replace(temp, final)
    return final
