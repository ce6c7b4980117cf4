"""What a warehouse file holds: its relations, their rows, their columns with types and descriptions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb


@dataclass(frozen=True)
class Column:
    name: str
    data_type: str
    description: str | None


@dataclass(frozen=True)
class Relation:
    """A table or view; `rows` only for tables (counting a view would compute it)."""

    columns: list[Column]
    rows: int | None


def describe_relations(path: Path) -> dict[str, Relation]:
    """Every relation of every schema of the file, by name, with the comments dbt's persist_docs wrote."""
    with duckdb.connect(str(path), read_only=True) as con:
        columns: dict[str, list[Column]] = {}
        for table, name, data_type, comment in con.execute("""
                select table_name, column_name, data_type, comment from duckdb_columns()
                where database_name = current_database() order by table_name, column_index""").fetchall():
            columns.setdefault(table, []).append(Column(name, data_type, comment))
        tables = con.execute("select schema_name, table_name from duckdb_tables() "
                             "where database_name = current_database()").fetchall()
        rows = {table: con.execute(f'select count(*) from "{schema}"."{table}"').fetchone()[0]
                for schema, table in tables}
    return {name: Relation(cols, rows.get(name)) for name, cols in columns.items()}


def row_counts(path: Path) -> dict[str, int]:
    """Rows of every table and view of the analysts' schema, for `make run`'s summary."""
    with duckdb.connect(str(path), read_only=True) as con:
        names = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main' order by table_name"
        ).fetchall()]
        return {name: con.execute(f'select count(*) from "{name}"').fetchone()[0] for name in names}


def quarantine_by_reason(path: Path) -> dict[str, int]:
    """Quarantined inbox files per reason, most frequent first."""
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute("select reason, count(*) from quarantine group by reason order by 2 desc, 1").fetchall()
    return dict(rows)
