"""The report stage: read the published warehouse, write report.html beside it (atomically, like the
warehouse itself)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import duckdb

from assets.report.page import render
from assets.report.queries import ReportData, read_report_data
from assets.settings import Settings


@dataclass(frozen=True)
class Report:
    charts: int
    data: ReportData


def write_report(settings: Settings, today: date | None = None) -> Report:
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        data = read_report_data(con, today or date.today())
    page, charts = render(data, settings.warehouse_path.name)
    temp = settings.report_path.with_name(f".{settings.report_path.name}.tmp")
    temp.write_text(page, encoding="utf-8")
    os.replace(temp, settings.report_path)
    return Report(charts, data)


def key_figures_markdown(report: Report) -> str:
    """The report's key figures as a Markdown table (the asset's preview in the Dagster UI)."""
    figures = dict(report.data.key_figures)
    figures["agreements ending this year"] = sum(bool(a["expiring"]) for a in report.data.agreements)
    figures["visits"] = sum(v["visits"] for v in report.data.visits)
    rows = "\n".join(f"| {name.replace('_', ' ')} | {value:,} |" for name, value in figures.items())
    return f"| figure | value |\n| --- | ---: |\n{rows}"
