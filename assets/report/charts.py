"""The report's charts, drawn with matplotlib as SVG text to inline in the page (text stays text, so the
browser's fonts draw the Vietnamese names; no script, no network)."""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

import matplotlib as mpl
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

# How much a chart shows at most (the largest partners, the agreements that end last); the page says so.
MAX_BARS = 15
MAX_AGREEMENTS = 40
MAX_PANELS = 8
STYLE = {"svg.fonttype": "none", "svg.hashsalt": "hoptac", "font.family": "sans-serif", "font.size": 9,
         "axes.spines.top": False, "axes.spines.right": False}
DIRECTIONS = {"inbound": ("to Viet Nam", "#1f77b4"), "outbound": ("from Viet Nam", "#ff7f0e"),
              None: ("direction unknown", "#9e9e9e")}
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf"]
_PROLOGUE = re.compile(r"^.*?(?=<svg)|<metadata>.*?</metadata>", re.S)


@contextmanager
def _figure(width: float, height: float) -> Iterator[Figure]:
    with mpl.rc_context(STYLE):
        figure = Figure(figsize=(width, height), layout="constrained")
        FigureCanvasSVG(figure)
        yield figure


def _svg(figure: Figure) -> str:
    """The figure as an inline <svg> element: no XML prologue, no metadata block (they name outside URLs)."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    return _PROLOGUE.sub("", buffer.getvalue())


def _year_label(year: int | None) -> str:
    return "unknown" if year is None else str(year)


def _top(rows: list[dict], key: str, weight: Callable[[dict], float], limit: int) -> list[str]:
    """The `limit` values of `key` with the most weight, heaviest first."""
    totals: dict[str, float] = defaultdict(float)
    for row in rows:
        totals[row[key]] += weight(row)
    return sorted(totals, key=lambda value: (-totals[value], value))[:limit]


def visits_per_year(rows: list[dict]) -> str:
    """Small multiples, one per partner: visits per year, to and from Viet Nam side by side."""
    partners = _top(rows, "foreign_party", lambda r: r["visits"], MAX_PANELS)
    columns = min(len(partners), 2) or 1
    panels = (len(partners) + columns - 1) // columns or 1
    with _figure(9, 2.2 * panels) as figure:
        axes = figure.subplots(panels, columns, squeeze=False).flatten()
        for ax, partner in zip(axes, partners, strict=False):
            own = [r for r in rows if r["foreign_party"] == partner]
            years = sorted({r["year"] for r in own}, key=lambda y: (y is None, y or 0))
            for offset, direction in enumerate(DIRECTIONS):
                label, colour = DIRECTIONS[direction]
                counts = [sum(r["visits"] for r in own if r["year"] == y and r["direction"] == direction)
                          for y in years]
                if any(counts):
                    ax.bar([i + (offset - 1) * 0.28 for i in range(len(years))], counts, width=0.28, color=colour,
                           label=label)
            ax.set_xticks(range(len(years)), [_year_label(y) for y in years])
            ax.set_xlim(-0.6, max(len(years), 4) - 0.4)  # a lone year keeps a bar's width
            ax.set_title(partner, loc="left", fontsize=9)
            ax.yaxis.get_major_locator().set_params(integer=True)
        for ax in axes[len(partners):]:
            ax.set_visible(False)
        if partners:
            figure.legend(*axes[0].get_legend_handles_labels(), loc="outside upper right", ncols=3, frameon=False)
        return _svg(figure)


def agreements_timeline(rows: list[dict], today: date) -> str:
    """One bar per agreement over its period (years, inclusive): running, expiring this year, or expired;
    a dot at the signing year when no period is stated."""
    shown = [r for r in rows if r["period_start"] or r["signed_date"]][-MAX_AGREEMENTS:]
    with _figure(9, 0.9 + 0.3 * max(len(shown), 1)) as figure:
        ax = figure.subplots()
        for y, row in enumerate(shown):
            if row["period_start"] and row["period_end"]:
                colour = "#9e9e9e" if row["expired"] else "#ff7f0e" if row["expiring"] else "#2ca02c"
                ax.barh(y, row["period_end"] + 1 - row["period_start"], left=row["period_start"], color=colour,
                        height=0.6)
            if row["signed_date"]:
                signed = row["signed_date"]
                ax.plot(signed.year + (signed.timetuple().tm_yday - 1) / 366, y, "k|", markersize=10)
        ax.set_yticks(range(len(shown)), [f"{r['vn_party']} – {r['foreign_party']}" for r in shown])
        ax.axvline(today.year + (today.timetuple().tm_yday - 1) / 366, color="#d62728", linewidth=1)
        ax.set_xlabel("year (bars: period, grey expired, orange ends this year, green running; "
                      "|: signed; red line: today)")
        ax.xaxis.get_major_locator().set_params(integer=True)
        return _svg(figure)


def scholarships_per_partner(rows: list[dict]) -> str:
    """Scholarships and hosted students per partner as stated: the bar is the lower figure, the whisker
    reaches the upper one ("10 - 20 học sinh")."""
    def label(row: dict) -> str:
        kind = "scholarships" if row["kind"] == "scholarship" else "students hosted"
        return f"{row['foreign_party']}: {kind}{' per year' if row['per_year'] else ''}"

    shown = rows[:MAX_BARS]
    with _figure(9, 0.9 + 0.35 * max(len(shown), 1)) as figure:
        ax = figure.subplots()
        lows = [r["quantity_min"] or 0 for r in shown]
        highs = [max((r["quantity_max"] or low) - low, 0) for r, low in zip(shown, lows, strict=True)]
        colours = [PALETTE[0] if r["kind"] == "scholarship" else PALETTE[2] for r in shown]
        ax.barh(range(len(shown)), lows, xerr=[[0] * len(shown), highs], color=colours, height=0.6, capsize=3)
        ax.set_yticks(range(len(shown)), [label(r) for r in shown])
        ax.invert_yaxis()
        ax.set_xlabel("people (bar: as stated, or the lower figure of a range; whisker: the upper figure)")
        return _svg(figure)


def pledges_per_partner(rows: list[dict], event_type: str) -> str:
    """Commitments (or aid) per partner, stacked by category: how many distinct facts."""
    own = [r for r in rows if r["event_type"] == event_type]
    partners = _top(own, "foreign_party", lambda r: r["facts"], MAX_BARS)
    categories = sorted({r["category"] for r in own})
    with _figure(9, 0.9 + 0.35 * max(len(partners), 1)) as figure:
        ax = figure.subplots()
        left = [0] * len(partners)
        for n, category in enumerate(categories):
            counts = [sum(r["facts"] for r in own if r["foreign_party"] == p and r["category"] == category)
                      for p in partners]
            ax.barh(range(len(partners)), counts, left=left, color=PALETTE[n % len(PALETTE)], height=0.6,
                    label=category.replace("_", " "))
            left = [a + b for a, b in zip(left, counts, strict=True)]
        ax.set_yticks(range(len(partners)), partners)
        ax.invert_yaxis()
        ax.set_xlabel(f"{event_type.lower()} facts (distinct real-world events)")
        ax.xaxis.get_major_locator().set_params(integer=True)
        if categories:
            figure.legend(loc="outside lower center", ncols=min(len(categories), 6), frameon=False)
        return _svg(figure)


def facts_per_year(rows: list[dict]) -> str:
    """Distinct real-world events per year, stacked by type; events of unknown year on their own bar."""
    years = sorted({r["year"] for r in rows}, key=lambda y: (y is None, y or 0))
    types = ["VISIT", "AGREEMENT", "COMMITMENT", "AID", "SCHOLARSHIP"]
    with _figure(9, 3) as figure:
        ax = figure.subplots()
        bottom = [0] * len(years)
        for n, event_type in enumerate(types):
            counts = [sum(r["facts"] for r in rows if r["year"] == y and r["event_type"] == event_type) for y in years]
            ax.bar(range(len(years)), counts, bottom=bottom, color=PALETTE[n], label=event_type.lower())
            bottom = [a + b for a, b in zip(bottom, counts, strict=True)]
        ax.set_xticks(range(len(years)), [_year_label(y) for y in years])
        ax.yaxis.get_major_locator().set_params(integer=True)
        figure.legend(loc="outside upper center", ncols=5, frameon=False)
        return _svg(figure)
