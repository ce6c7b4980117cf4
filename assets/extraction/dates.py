"""Date expressions of Vietnamese news: days, day ranges, months, years and multi-year periods."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from assets.extraction.lexicon import has_phrase
from assets.vntext import fold

_YEAR = r"((?:19|20)\d{2})"
# "từ 11/6 đến 15/6/2024", "(28/11 - 30/11)": the first day, in the year written at either end.
_DATE_RANGE = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + _YEAR + r")?\s*(?:[-–]|đến(?:\s+ngày)?)\s*"
    r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*" + _YEAR + r")?(?![\d/])")
_DAY_RANGE = re.compile(
    r"(?<![\d/.])(?:từ\s+)?(?:ngày\s+)?(\d{1,2})\s*(?:[-–]|đến(?:\s+ngày)?)\s*(\d{1,2})\s*/\s*(\d{1,2})"
    r"(?:\s*/\s*" + _YEAR + r")?(?![\d/])"
)
# A word that introduces a day: "ngày", a part of the day ("sáng", "chiều"), a weekday ("Thứ Ba", "Chủ nhật").
_WEEKDAY = r"(?:(?<!\w)thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
_DAY_WORD = r"(?:ngày(?:\s+(?:mùng|mồng))?|mùng|mồng|sáng|chiều|trưa|tối|đêm|hôm|" + _WEEKDAY + ")"
# "trong hai ngày 4 và 5-3", "ngày 18, 19/10", "ngày 18, 19 và 20.10", "trong hai ngày 8-9.4", "từ ngày 2 - 4.4":
# days listed or ranged before their month; after a word that introduces a day, dots and dashes may separate
# day and month too.
_DAY_LIST = re.compile(
    _DAY_WORD + r"\s+(\d{1,2})(?:\s*(?:và|,|[-–]|đến)(?:\s+ngày)?\s*\d{1,2}(?!\d))+\s*[/.-]\s*(\d{1,2})"
    r"(?:\s*[/.-]\s*" + _YEAR + r")?(?![\d/]|[.-]\d)",
    re.IGNORECASE)
_DAY = re.compile(r"(?<![\d/.])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + _YEAR + r")?(?![\d/])")
# "ngày (mùng) 5 tháng 2 (năm 2024)", "từ ngày 24 - 27 tháng 1", "từ ngày 30 tháng 9 đến ngày 2 tháng 10 năm 2023"
_DAY_IN_WORDS = r"(?:ngày(?:\s+(?:mùng|mồng))?|mùng|mồng)\s+"
_DAY_RANGE_WORDS = re.compile(
    r"(?:từ\s+)?" + _DAY_IN_WORDS + r"(\d{1,2})\s*(?:[-–]|đến)\s*(?:ngày\s+)?\d{1,2}\s+tháng\s+(\d{1,2})"
    r"(?:\s+năm\s+" + _YEAR + ")?",
    re.IGNORECASE)
_DATE_RANGE_WORDS = re.compile(
    _DAY_IN_WORDS + r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+" + _YEAR + r")?\s*(?:[-–]|đến)\s*(?:ngày\s+)?"
    r"\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+" + _YEAR + ")?",
    re.IGNORECASE)
_DAY_WORDS = re.compile(_DAY_IN_WORDS + r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:(?:\s+năm\s+|\s*[/.-]\s*)" + _YEAR + ")?",
                        re.IGNORECASE)
_MONTH = re.compile(r"tháng\s+(\d{1,2})\s*(?:[/.-]|năm)\s*" + _YEAR, re.IGNORECASE)  # "tháng 5/2018", "tháng 12.2025"
_PERIOD = re.compile(r"(?<!\d)" + _YEAR + r"\s*[-–]\s*" + _YEAR + r"(?!\d)")
_YEAR_ONLY = re.compile(r"(?:năm|Năm)\s+" + _YEAR + r"(?![\d/-])")
# "Chiều 19.11", "ngày 14-12": dots and dashes separate day and month only after a word that introduces a
# day, since elsewhere they group thousands (1.126) or join ranges (11-12/4).
# A weekday may stand apart from its day ("Thứ Ba, 12.3", "Thứ Ba (12.3)"); "8.4.2024", a full date, needs no word.
# The last day of a range ("từ ngày 15 đến ngày 17-12") is read with its first one, by _DAY_LIST.
_DAY_AFTER_WORD = re.compile(
    r"(?:(?<!đến )(?<!\d và )(?<!\d[-–])(?<!\d[-–] )(?<!\d [-–] )" + _DAY_WORD + r"\s+|" + _WEEKDAY + r"\s*[,(]\s*"
    r"|(?<![\w.])(?=\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}))"
    r"(\d{1,2})[.-](\d{1,2})(?:[.-]" + _YEAR + r")?(?![\d/.-]?\d)"
    # "ngày 30.9 - 2.10.2023", "từ ngày 30-9 đến ngày 2-10": the first day, in the year written at either end
    r"(?:\s*(?:[-–]|đến(?:\s+ngày)?)\s*\d{1,2}[.-]\d{1,2}(?:[.-]" + _YEAR + r")?(?![\d/.-]?\d))?",
    re.IGNORECASE)
# Days named relative to the page's date: "sáng nay", "hôm qua", "chiều hôm qua", "tối 15/5 (hôm qua)".
_DIGIT = re.compile(r"\d")
_DAY_MONTH = re.compile(r"\d\s*[/.-]\s*\d")
_DOTTED_DAY_MONTH = re.compile(r"\d[.-]\d")
_RELATIVE = re.compile(r"(?<!\w)(?:(?:sáng|chiều|trưa|tối|hôm)\s+(?:hôm\s+)?(nay|qua))(?!\w)", re.IGNORECASE)


# A day read without any year on the page keeps its day and month in year 1, with year_source "none":
# no real event is dated there, so the year can never pass for a known one (marts read it as NULL).
UNKNOWN_YEAR = 1


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: date | None  # first day meant; None for a period
    precision: str  # day | month | year | period
    year_source: str  # text | published | context | none
    period: tuple[int, int] | None = None


def find_dates(text: str, default_year: int | None, year_source: str = "published",
               published: date | None = None) -> list[DateMention]:
    """Every date in `text`, earliest first. A day without a year takes `default_year` (UNKNOWN_YEAR when
    the page names none), or the year before when that would put it after the page's date `published`
    (news is not written about days still to come); "hôm qua", "sáng nay" count from `published` and
    are unknown without it."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    # The numeric forms all write a day beside its month; the forms after a word of days with no space between.
    day_month = _DAY_MONTH.search(text) is not None
    dotted = day_month and _DOTTED_DAY_MONTH.search(text) is not None
    if not _DIGIT.search(text):  # only "hôm qua", "sáng nay" date a text without a digit
        return _relative_days(text, published)

    def add(match: re.Match[str], mention: DateMention | None) -> None:
        if mention and not any(s < match.end() and match.start() < e for s, e in taken):
            taken.append((match.start(), match.end()))
            found.append(mention)

    for m in _PERIOD.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if first <= last <= first + 20:
            add(m, DateMention(m.start(), m.end(), None, "period", "text", (first, last)))
    def day(m: re.Match[str], day: int, month: int, year: str | None) -> DateMention | None:
        if year:
            return _safe(m, int(year), month, day, "day", "text")
        if default_year is None:
            return _safe(m, UNKNOWN_YEAR, month, day, "day", "none")
        mention = _safe(m, default_year, month, day, "day", year_source)
        if mention and published and mention.value and mention.value > published:
            mention = _safe(m, default_year - 1, month, day, "day", year_source)
        return mention

    def add_range(m: re.Match[str]) -> None:
        """A form that may range days: day, month, the year at its start and the one at its end in groups 1-4."""
        if _an_anniversary(m):
            taken.append((m.start(), m.end()))  # neither of its days is when anything happened on the page
        else:
            add(m, day(m, int(m.group(1)), int(m.group(2)), m.group(3) or m.group(4)))

    for m in _DATE_RANGE_WORDS.finditer(text):
        add_range(m)
    for m in (_DAY_AFTER_WORD.finditer(text) if dotted else ()):
        add_range(m)
    for m in (_DAY_LIST.finditer(text) if day_month else ()):
        add(m, day(m, int(m.group(1)), int(m.group(2)), m.group(3)))
    for m in _DATE_RANGE.finditer(text):
        add_range(m)
    for m in (_DAY_RANGE.finditer(text) if day_month else ()):
        add(m, day(m, int(m.group(1)), int(m.group(3)), m.group(4)))
    for m in _DAY_RANGE_WORDS.finditer(text):
        add(m, day(m, int(m.group(1)), int(m.group(2)), m.group(3)))
    for m in _DAY_WORDS.finditer(text):
        add(m, day(m, int(m.group(1)), int(m.group(2)), m.group(3)))
    for m in _MONTH.finditer(text):
        add(m, _safe(m, int(m.group(2)), int(m.group(1)), 1, "month", "text"))
    for m in (_DAY.finditer(text) if day_month else ()):
        add(m, day(m, int(m.group(1)), int(m.group(2)), m.group(3)))
    for m in _YEAR_ONLY.finditer(text):
        add(m, _safe(m, int(m.group(1)), 1, 1, "year", "text"))
    for relative in _relative_days(text, published):
        if not any(s < relative.end and relative.start < e for s, e in taken):
            found.append(relative)
    return sorted(found, key=lambda d: d.start)


def _an_anniversary(m: re.Match[str]) -> bool:
    """"(20/1/1949 - 20/1/2026)": a founding day and its anniversary, years apart, date an occasion's name."""
    first, last = m.group(3), m.group(4)
    return bool(first and last and int(last) - int(first) > 1)


def _relative_days(text: str, published: date | None) -> list[DateMention]:
    """"hôm qua", "sáng nay": days counted from the page's date, unknown without it."""
    if not published:
        return []
    return [DateMention(m.start(), m.end(), published - timedelta(days=1 if m.group(1).lower() == "qua" else 0),
                        "day", "published") for m in _RELATIVE.finditer(text)]


def _safe(m: re.Match[str], year: int, month: int, day: int, precision: str, source: str) -> DateMention | None:
    try:
        return DateMention(m.start(), m.end(), date(year, month, day), precision, source)
    except ValueError:
        return None


def context_year(text: str) -> int | None:
    """The year of undated days when the page prints no date: the latest year the article names on its
    own or in a full date ("15/6/2024"), else the start of the latest period it names (the period being
    implemented now). A year after a word of plans in its sentence ("sẽ", "hoàn thành trong năm 2026") is a
    target, the page's year or later: the earliest target stands for the page only when no other year does,
    and a long-range aim ("tầm nhìn đến năm 2045") never does."""
    periods = list(_PERIOD.finditer(text))
    years = [(m.start(), int(m.group(1))) for m in re.finditer(r"(?<![\d/-])" + _YEAR + r"(?![\d-])", text)
             if not any(p.start() <= m.start() < p.end() for p in periods)]
    years += [(m.start(), int(m.group(3))) for m in _DAY.finditer(text) if m.group(3)]
    years += [(m.start(), int(m.group(2))) for m in _MONTH.finditer(text)]
    told, targets, horizons = [], [], []
    for position, year in years:
        before = _sentence_before(text, position)
        if not has_phrase(before, "dates", "plans"):
            told.append(year)
        elif not has_phrase(before, "dates", "horizons"):
            targets.append(year)
        else:
            horizons.append(year)
    if told or targets:
        return max(told) if told else min(targets)
    return None if horizons else max((int(p.group(1)) for p in periods), default=None)


def _sentence_before(text: str, position: int) -> str:
    """The folded words between the start of the sentence and `position`."""
    start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position), text.rfind("; ", 0, position)) + 1
    return fold(text[start:position])
