"""Row-count, null and provenance checks over the Parquet tables, as plain queries (run by asset checks)."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from assets.settings import Settings


@dataclass(frozen=True)
class CheckOutcome:
    passed: bool
    description: str
    failing_rows: int


def _query(settings: Settings, sql: str, *tables: str) -> int:
    with duckdb.connect() as con:
        for name in tables:
            con.execute(f"create view {name} as select * from read_parquet("
                        f"'{settings.tables_dir / name}/*.parquet', union_by_name = true)")
        return con.execute(sql).fetchone()[0]


def every_document_cleaned(settings: Settings) -> CheckOutcome:
    missing = _query(settings, "select count(*) from raw_documents r anti join clean_documents c using (doc_id)",
                     "raw_documents", "clean_documents")
    return CheckOutcome(missing == 0, "raw documents without a cleaned row", missing)


def bodies_not_null(settings: Settings) -> CheckOutcome:
    nulls = _query(settings, "select count(*) from clean_documents where body is null or doc_id is null",
                   "clean_documents")
    return CheckOutcome(nulls == 0, "cleaned documents with a null doc_id or body", nulls)


def mentions_inside_bodies(settings: Settings) -> CheckOutcome:
    bad = _query(settings, """
        select count(*) from mentions m join clean_documents d using (doc_id)
        where substr(d.body, m.start + 1, m."end" - m.start) <> m.text""", "mentions", "clean_documents")
    return CheckOutcome(bad == 0, "mentions whose offsets do not spell their text in the body", bad)


def evidence_matches_offsets(settings: Settings) -> CheckOutcome:
    bad = _query(settings, """
        select count(*) from events e join clean_documents d using (doc_id)
        where e.evidence is null or e.event_key is null
           or substr(d.body, e.evidence_start + 1, e.evidence_end - e.evidence_start) <> e.evidence""",
                 "events", "clean_documents")
    return CheckOutcome(bad == 0, "events whose evidence is null or not the body's text at its offsets", bad)
