"""The report as one self-contained HTML page: key figures, charts inlined as SVG, the latest events with
the sentence each was read from. No script, no stylesheet or font from elsewhere."""

from __future__ import annotations

from html import escape

from assets.report import charts
from assets.report.queries import ReportData

STYLE = """
body { font-family: sans-serif; margin: 2em auto; max-width: 64em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; font-size: 0.85em; } td, th { padding: 0.3em 0.6em; vertical-align: top; }
th { text-align: left; background: #f3f3f3; } tr:nth-child(even) td { background: #fafafa; }
.figures td { font-size: 1.2em; } .note { color: #666; font-size: 0.85em; } svg { max-width: 100%; height: auto; }
"""


def _table(rows: list[dict], columns: dict[str, str], css: str = "") -> str:
    head = "".join(f"<th>{escape(title)}</th>" for title in columns.values())
    body = "".join("<tr>" + "".join(f"<td>{escape(_text(row[c]))}</td>" for c in columns) + "</tr>" for row in rows)
    return f'<table class="{css}"><tr>{head}</tr>{body}</table>'


def _text(value: object) -> str:
    return "" if value is None else f"{value:,}" if isinstance(value, int) else str(value)


def _section(title: str, note: str, body: str) -> str:
    return f'<h2>{escape(title)}</h2><p class="note">{escape(note)}</p>{body}'


def render(data: ReportData, source: str) -> tuple[str, int]:
    """The page and the number of charts on it."""
    figures = [
        ("Real-world events per year", "Each event counted once however many articles report it; events "
         "whose year no page states are counted under 'unknown'.", charts.facts_per_year(data.facts_per_year)),
        ("Visits per year, per partner and direction", f"The {charts.MAX_PANELS} partners with the most visits.",
         charts.visits_per_year(data.visits)),
        ("Agreements and their periods", f"The {charts.MAX_AGREEMENTS} agreements that end last; agreements "
         "naming neither a period nor a signing date are left out.",
         charts.agreements_timeline(data.agreements, data.today)),
        ("Scholarships and hosted students per partner", "As stated in the articles: a range keeps both figures.",
         charts.scholarships_per_partner(data.scholarships)),
        ("Commitments per partner and category", f"The {charts.MAX_BARS} partners with the most commitments.",
         charts.pledges_per_partner(data.pledges_and_aid, "COMMITMENT")),
        ("Aid per partner and category", f"The {charts.MAX_BARS} partners given the most aid.",
         charts.pledges_per_partner(data.pledges_and_aid, "AID")),
    ]
    key_figures = _table([data.key_figures], {k: k.replace("_", " ") for k in data.key_figures}, "figures")
    latest = _table(data.latest_events, {"date": "date", "event_type": "type", "vn_party": "Vietnamese side",
                                         "foreign_party": "partner", "evidence": "sentence", "source_file": "file"})
    sections = "".join(_section(title, note, svg) for title, note, svg in figures)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>hoptac — cooperation report</title>
<style>{STYLE}</style></head>
<body><h1>hoptac — Viet Nam's cooperation with its partners</h1>
<p class="note">Built on {data.today.isoformat()} from {escape(source)}. Parties are named beside their codes
(ISO 3166-2 province-level units, ISO 3166-1 countries).</p>
{key_figures}{sections}
{_section("Latest events", "The 20 most recent events, each with the sentence it was read from.", latest)}
</body></html>
"""
    return page, len(figures)
