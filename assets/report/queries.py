"""What the report shows, read from the published warehouse: one query per figure, parties named beside
their codes (the marts and facts carry the names)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb


@dataclass(frozen=True)
class ReportData:
    """Every table the report draws, as lists of row dicts."""

    key_figures: dict[str, int]
    visits: list[dict]
    agreements: list[dict]
    scholarships: list[dict]
    pledges_and_aid: list[dict]
    facts_per_year: list[dict]
    latest_events: list[dict]
    today: date


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _party(side: str, relation: str = "") -> str:
    """`Hà Nội (VN-HN)` for a party, the code alone when no name is known, `not named` when there is none."""
    code, name = f"{relation}{side}_party_code", f"{relation}{side}_party_name"
    return f"coalesce({name} || ' (' || {code} || ')', {code}, 'not named') as {side}_party"


def read_report_data(con: duckdb.DuckDBPyConnection, today: date) -> ReportData:
    figures = _rows(con, """
        select (select count(*) from documents) as documents, (select count(*) from events) as events,
               (select count(*) from facts) as facts, (select count(*) from quarantine) as quarantined,
               (select count(distinct foreign_party_code) from facts) as partners""")[0]
    visits = _rows(con, f"""
        select {_party('vn')}, {_party('foreign')}, direction, year, visits
        from visit_frequency order by foreign_party, year nulls first, direction""")
    agreements = _rows(con, f"""
        select {_party('vn')}, {_party('foreign')}, signed_date, period_start, period_end, expired,
               not expired and period_end = {today.year} as expiring, mentions
        from agreements order by period_end nulls first, period_start, signed_date""")
    scholarships = _rows(con, f"""
        select {_party('vn')}, {_party('foreign')}, kind, unit, per_year,
               sum(quantity_min) as quantity_min, sum(quantity_max) as quantity_max
        from scholarship_counts group by all order by foreign_party, kind""")
    pledges_and_aid = _rows(con, f"""
        select {_party('foreign')}, event_type, category, sum(facts) as facts, sum(amount_vnd) as amount_vnd
        from commitments_per_partner group by all order by foreign_party, event_type, category""")
    facts_per_year = _rows(con, """
        select year, event_type, count(*) as facts from facts group by all order by year nulls first, event_type""")
    latest_events = _rows(con, f"""
        select events.reported_date as date, events.event_type, {_party('vn', 'facts.')},
               {_party('foreign', 'facts.')}, events.evidence, documents.source_file
        from events join documents using (doc_id) join facts using (event_key)
        order by date desc nulls last, source_file, evidence_start limit 20""")
    return ReportData(figures, visits, agreements, scholarships, pledges_and_aid, facts_per_year, latest_events, today)
