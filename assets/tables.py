"""Parquet tables kept as folders of immutable part files: the system of record of the Python stages.

A run appends new part files (each written to a hidden temp name, then renamed), so history is never
rewritten and a crash leaves at most an ignored temp file. A table that has no rows yet still has one
empty part carrying its schema, so SQL readers can always glob it. A full refresh clears a derived
table and rebuilds it batch by batch; if it stops half-way, the next run finishes it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from assets import progress

PART_GLOB = "part-*.parquet"
# A table folder's id, written when the folder is created: a table rebuilt by a full refresh gets a new one.
GENERATION = ".generation"
# Rows per Parquet row group: the unit pending documents are found and read in.
ROW_GROUP = 4000
# Documents per batch of a stage: bounds memory, while keeping per-batch costs (a process pool) rare.
BATCH = 20_000


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

    def row_count(self, name: str) -> int:
        """Rows of the whole table, from the part files' footers (no data is read)."""
        return sum(pq.ParquetFile(part).metadata.num_rows for part in self.parts(name))

    def schema(self, name: str) -> pa.Schema | None:
        """The columns of the table's newest part (every part is written with the stage's schema)."""
        parts = self.parts(name)
        return pq.read_schema(parts[-1]) if parts else None

    def pending(self, name: str, columns: list[str], done: set[str], size: int = BATCH) -> Iterator[list[dict]]:
        """Rows of `name` whose doc_id is not in `done`, about `size` at a time; a row group's other columns
        are read only when it holds such a row, so a nightly run does not read the archive's texts."""
        groups = list(self._row_group_members(name, done))
        progress.expect(sum(int((~in_done).sum()) for *_, in_done in groups), unit=name)
        batch: list[dict] = []
        handed_out = 0
        for file, group, in_done in groups:
            new = ~in_done
            if not new.any():
                continue
            present = [c for c in columns if c in file.schema_arrow.names]
            rows = file.read_row_group(group, columns=present).filter(pa.array(new)).to_pylist()
            # A column added to the table after this part was written reads as null.
            batch.extend(rows if len(present) == len(columns) else [dict.fromkeys(columns) | r for r in rows])
            while len(batch) >= size:
                yield batch[:size]
                handed_out += size
                progress.reach(handed_out)  # the caller asks for the next batch once it is done with this one
                batch = batch[size:]
        if batch:
            yield batch
            progress.reach(handed_out + len(batch))

    def read_documents(self, name: str, schema: pa.Schema, doc_ids: set[str]) -> pa.Table:
        """The rows of `name` about these documents, reading only the row groups that hold them."""
        tables = [file.read_row_group(group).filter(pa.array(wanted)).cast(schema)
                  for file, group, wanted in self._row_group_members(name, doc_ids) if wanted.any()]
        return pa.concat_tables(tables) if tables else schema.empty_table()

    def _row_group_members(self, name: str, doc_ids: set[str]) -> Iterator[tuple[pq.ParquetFile, int, np.ndarray]]:
        """Each row group of `name` with a mask of its rows whose doc_id is in `doc_ids`. One membership test
        covers the whole table: each pc.is_in call hashes all of `doc_ids`, which a call per row group
        would do hundreds of times on a large archive."""
        groups = list(self._row_groups(name))
        if not groups:
            return
        ids = pa.chunked_array([chunk for *_, group_ids in groups for chunk in group_ids.chunks], pa.string())
        members = pc.is_in(ids, pa.array(list(doc_ids), pa.string())).to_numpy(zero_copy_only=False)
        start = 0
        for file, group, group_ids in groups:
            yield file, group, members[start : start + len(group_ids)]
            start += len(group_ids)

    def _row_groups(self, name: str) -> Iterator[tuple[pq.ParquetFile, int, pa.ChunkedArray]]:
        for part in self.parts(name):
            file = pq.ParquetFile(part)
            for group in range(file.num_row_groups):
                yield file, group, file.read_row_group(group, columns=["doc_id"]).column("doc_id")

    def ensure(self, name: str, schema: pa.Schema) -> None:
        """Give a table that has no part yet an empty one carrying its schema (SQL readers glob every table)."""
        self.append(name, [], schema)

    def clear(self, name: str) -> None:
        """Drop a table before a full refresh (the stage's tables are derived, and re-derived if a run stops)."""
        target = self.folder(name)
        if target.exists():
            old = target.parent / f".{target.name}.old-{uuid.uuid4().hex[:8]}"
            target.rename(old)
            shutil.rmtree(old, ignore_errors=True)

    def column_values(self, name: str, schema: pa.Schema, column: str) -> set:
        return set(self.read(name, schema, [column]).column(column).to_pylist())

    def append(self, name: str, rows: pa.Table | Iterable[dict], schema: pa.Schema) -> Path | None:
        """Add `rows` as a new part file; write an empty schema part only if the table has none yet."""
        table = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(list(rows), schema=schema)
        table = table.cast(schema)
        if table.num_rows == 0 and self.parts(name):
            return None
        return _write_part(self.folder(name), table)

    def generation(self, name: str) -> str | None:
        """Which build of the table this is: readers that copy rows incrementally (the dbt models) start over
        when it changes, since the rows they copied may be gone."""
        marker = self.folder(name) / GENERATION
        return marker.read_text() if marker.exists() else None

    def generations(self) -> dict[str, str | None]:
        """The generation of every table (not the stages' bookkeeping under `_processed`, which a full
        refresh clears together with its table)."""
        if not self.root.exists():
            return {}
        return {folder.name: self.generation(folder.name) for folder in sorted(self.root.iterdir())
                if folder.is_dir() and not folder.name.startswith((".", "_"))}

    def processed(self, stage: str) -> set[str]:
        """Documents a stage has already handled, whether or not they yielded rows."""
        return self.column_values(f"_processed/{stage}", PROCESSED, "doc_id")

    def mark_processed(self, stage: str, doc_ids: Iterable[str]) -> None:
        self.append(f"_processed/{stage}", [{"doc_id": doc_id} for doc_id in doc_ids], PROCESSED)

    def clear_processed(self, stage: str) -> None:
        self.clear(f"_processed/{stage}")


PROCESSED = pa.schema([("doc_id", pa.string())])


def only(table: pa.Table, column: str, values: set) -> pa.Table:
    """Rows whose `column` is one of `values`."""
    return table.filter(pc.is_in(table.column(column), pa.array(list(values), table.schema.field(column).type)))


def _write_part(folder: Path, table: pa.Table) -> Path:
    if not folder.exists():
        folder.mkdir(parents=True)
        (folder / GENERATION).write_text(uuid.uuid4().hex)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    final = folder / f"part-{stamp}-{uuid.uuid4().hex[:8]}.parquet"
    temp = folder / f".{final.name}.tmp"
    pq.write_table(table, temp, compression="zstd", row_group_size=ROW_GROUP)
    os.replace(temp, final)
    return final
