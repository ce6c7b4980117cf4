"""Publication stamps of Vietnamese news pages → dates.

Outlets print the moment a story went up in many forms ("Thứ Hai, 16/09/2024 - 10:15 GMT+7",
"16-9-2024 | 10:15", "Cập nhật: 10:15 ngày 16/09/2024", "T7, 10/10/2015 9:48 chiều", "Đăng ngày
16 tháng 9 năm 2024", ISO "2024-09-16T10:15:00+07:00", "09:20 - Thứ Tư, 20/12/2023"), always day
first. A stamp is a date with what surrounds it on such a line (label, weekday, time, time zone), so
it can be cut out of a title or a paragraph it shares a line with. A bare date in a sentence ("Ngày
16/9/2024, tại ...") is the article's own date, not a stamp: `leading_stamp` only takes a date that
comes with a label, a weekday or a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])"
_LABEL = (r"(?:(?:ngày\s+)?(?:cập\s*nhật|đăng(?:\s*tải)?|xuất\s*bản)(?:\s*(?:lúc|ngày|vào(?:\s*lúc)?))?"
          r"|ngày\s+(?:đăng|cập\s*nhật|xuất\s*bản)|thời\s+gian(?:\s+đăng)?|published|updated|posted)")
_TIME = r"\d{1,2}\s*[:hg]\s*\d{2}(?::\d{2})?(?:\s*(?:sáng|chiều|tối|trưa|SA|CH|AM|PM)\b)?"
_ZONE = r"\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?"
_DAY_MONTH_YEAR = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})"
_ISO = (r"(?P<iy>(?:19|20)\d{2})[-/](?P<im>\d{1,2})[-/](?P<id>\d{1,2})"
        r"(?P<iso_time>[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_IN_WORDS = r"(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s*(?:năm|,)?\s*(?P<wy>(?:19|20)\d{2})"
_SEP = r"\s*[,|•·:–-]?\s*"
_DATE = rf"(?:ngày\s+)?(?:{_DAY_MONTH_YEAR}|{_ISO}|{_IN_WORDS})(?!\d)"
# The time may come before the weekday ("09:20 - Thứ Tư, 20/12/2023") or after it.
_CONTEXT = (rf"(?P<label>{_LABEL}{_SEP})?(?P<time_lead>{_TIME}{_SEP})?(?P<weekday>{_WEEKDAY}{_SEP})?"
            rf"(?P<time_first>{_TIME}{_SEP})?")
# A stamp starts a word; a capitalised label or weekday may also be glued to the author's name before it
# ("Đình QuốcCập nhật 21:07 ngày 05/11/2022", "PV/VTV8Cập nhật ..."), where the markup had a break.
_STAMP_START = r"(?:(?<![\w/.-])|(?<=[^\W_])(?-i:(?=[A-ZĐ])))"
_STAMP = re.compile(rf"{_STAMP_START}{_CONTEXT}{_DATE}(?P<time>{_SEP}{_TIME})?(?:{_SEP}{_ZONE})?", re.IGNORECASE)
# What joins a stamp to the title or paragraph on its line: dashes, bars, bullets, commas.
_JOINER = re.compile(r"^[\s,|•·:–—-]+|[\s,|•·:–—-]+$")


@dataclass(frozen=True)
class Stamp:
    """A date stamp found in a line: the date, where it sits, and whether it carries more than a date."""

    date: date
    start: int
    end: int
    dressed: bool  # a label, weekday or time goes with the date: a stamp, never a date of the story


def find_stamp(text: str) -> Stamp | None:
    """The first stamp of the text holding a real calendar date."""
    for match in _STAMP.finditer(text):
        found = _date_of(match)
        if found:
            dressed = any(match.group(g) for g in ("label", "time_lead", "weekday", "time_first", "time", "iso_time"))
            return Stamp(found, match.start(), match.end(), dressed)
    return None


def leading_stamp(text: str) -> Stamp | None:
    """A dressed stamp that opens the text (a stamp printed on the first line of the article)."""
    stamp = find_stamp(text[:120])
    return stamp if stamp and stamp.dressed and not text[: stamp.start].strip() else None


def opens_or_closes(text: str, stamp: Stamp) -> bool:
    """Whether the stamp stands at the start or the end of the text (only joiners beside it)."""
    return not _JOINER.sub("", text[: stamp.start]) or not _JOINER.sub("", text[stamp.end :])


def without_stamp(text: str, stamp: Stamp) -> str:
    """The text with the stamp and the dashes or bars that joined it cut out."""
    before, after = text[: stamp.start], text[stamp.end :]
    if not after.strip():
        return _JOINER.sub("", before)
    if not before.strip():
        return _JOINER.sub("", after)
    return f"{before.rstrip()} {after.lstrip()}"


def _date_of(match: re.Match[str]) -> date | None:
    for day, month, year in (("d", "m", "y"), ("id", "im", "iy"), ("wd", "wm", "wy")):
        if match.group(year):
            try:
                return date(int(match.group(year)), int(match.group(month)), int(match.group(day)))
            except ValueError:
                return None
    return None
