"""A scraped news page (plain-text dump) → the article: title, body, outlet, publication date.

Lines are classified by their features (length, closing punctuation, date stamps, known section
headings, repetition), the page is cut into blocks at end-of-article headings and at related-news
teasers (a headline printed twice), and the first block carrying most of the page's prose is the
article, as jusText-style extractors judge blocks. Inside it, lines that are not sentences (inline
related links, author lines, photo credits, repeated captions) are dropped.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from assets.vntext import display_text, key_of_displayed, match_key

_HERE = Path(__file__).parent
_CLOSES_SENTENCE = re.compile(r"[.!?…:;\"”»’)\]]$")
_DATE_STAMP = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_PHOTO_CREDIT = re.compile(r"^(ảnh|nguồn|video|clip|đồ họa|thực hiện)\s*[:.]?\s*\S.{0,40}$", re.IGNORECASE)
_BYLINE_PAREN = re.compile(r"^\(([^()]{2,40})\)\s*[-–—:]?\s*")
_BYLINE_DASH = re.compile(r"^([\w.&]{2,30})\s*[-–—]\s*(?=\S)")
_PROSE_MIN_WORDS = 8
_HEADLINE_WORDS = range(4, 41)
_STAMP_MAX_WORDS = 12
_TEASER_MAX_PARAGRAPHS = 2
# A block is the article when it holds at least this share of the page's richest block.
_MAIN_BLOCK_SHARE = 0.5


@dataclass(frozen=True)
class Article:
    title: str | None
    body: str
    outlet: str | None
    published_date: date | None


class _Line:
    """One line of the page and the features the classifier reads, computed once."""

    __slots__ = ("_key", "closes_sentence", "is_headline", "is_prose", "is_stamp", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self._key: str | None = None
        self.words = len(text.split())
        self.closes_sentence = bool(_CLOSES_SENTENCE.search(text))
        self.is_stamp = self.words <= _STAMP_MAX_WORDS and bool(_DATE_STAMP.search(text) or _ISO_DATE.search(text))
        self.is_prose = self.closes_sentence and self.words >= _PROSE_MIN_WORDS
        self.is_headline = not self.closes_sentence and self.words in _HEADLINE_WORDS and not self.is_stamp

    @property
    def key(self) -> str:
        """The line's matching key, computed when first read (most lines are prose that no rule compares)."""
        if self._key is None:
            self._key = key_of_displayed(self.text)
        return self._key


@cache
def _headings() -> dict[str, str]:
    return {match_key(row["heading"]): row["kind"] for row in _read_csv(_HERE / "boilerplate.csv")}


@cache
def _outlets() -> dict[str, str]:
    return {match_key(row["alias"]): row["outlet"] for row in _read_csv(_HERE / "outlets.csv")}


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def heading_kind(line: _Line) -> str | None:
    """'end' or 'inline' when the line is a section heading of page furniture, else None."""
    if line.text.endswith(".") or not line.key:
        return None
    words = line.key.split()
    for size in range(min(len(words), 6), 0, -1):
        kind = _headings().get(" ".join(words[:size]))
        if kind and len(words) <= size + 5:
            return kind
    return None


def clean_page(text: str) -> Article:
    lines = [_Line(line.strip()) for line in display_text(text).split("\n")]
    block = _main_block(lines)
    if block is None:
        title = next((line.text for line in lines if line.is_headline), None)
        return Article(title, "", None, _published_date(lines))
    start, end = block
    title = _title(lines, start)
    body_lines = _article_lines(lines[start : end + 1], title)
    return Article(title, "\n\n".join(body_lines), _outlet(lines, body_lines), _published_date(lines[:start]))


def _main_block(lines: list[_Line]) -> tuple[int, int] | None:
    """(first, last) index of the article's prose lines, or None when the page holds no prose."""
    cuts = _teaser_starts(lines)
    blocks: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if heading_kind(line) == "end" or i in cuts:
            blocks.append([])
        elif line.is_prose:
            blocks[-1].append(i)
    scores = [sum(len(lines[i].text) for i in block) for block in blocks]
    if not any(scores):
        return None
    best = max(scores)
    chosen = next(b for b, score in zip(blocks, scores, strict=True) if score >= _MAIN_BLOCK_SHARE * best)
    return chosen[0], chosen[-1]


def _teaser_starts(lines: list[_Line]) -> set[int]:
    """Where related-news teasers start and end: runs of two or more headlines printed twice (link, then
    heading), each followed by at most a short blurb until the next headline, which starts a new block.
    A photo caption printed twice is followed by the article's paragraphs instead, so it stays in."""
    doubles = [i for i, line in enumerate(lines) if line.is_headline and _next_text(lines, i) == line.text
               and _next_text(lines, i, backwards=True) != line.text]
    ends = [next((j for j in range(i + 2, len(lines)) if lines[j].is_headline and lines[j].text != lines[i].text),
                 len(lines)) for i in doubles]
    short = [sum(lines[j].is_prose for j in range(i, end)) <= _TEASER_MAX_PARAGRAPHS
             for i, end in zip(doubles, ends, strict=True)]
    cuts: set[int] = set()
    for k, i in enumerate(doubles):
        neighbours = (k > 0 and short[k - 1]) or (k + 1 < len(doubles) and short[k + 1])
        if short[k] and neighbours:
            cuts.update((i, ends[k]))
    return cuts


def _next_text(lines: list[_Line], i: int, backwards: bool = False) -> str | None:
    around = reversed(lines[:i]) if backwards else iter(lines[i + 1 :])
    return next((line.text for line in around if line.text), None)


def _title(lines: list[_Line], body_start: int) -> str | None:
    """The headline: the last headline-shaped line above the first paragraph, skipping stamps and headings."""
    for line in reversed(lines[:body_start]):
        if line.is_headline and heading_kind(line) is None:
            return line.text
    return None


def _article_lines(block: list[_Line], title: str | None) -> list[str]:
    kept: list[str] = []
    seen = {match_key(title)} if title else set()
    under_inline_heading = False
    for line in block:
        if not line.text:
            continue
        if heading_kind(line) == "inline":
            under_inline_heading = True
            continue
        if under_inline_heading and not line.closes_sentence:
            continue
        under_inline_heading = False
        if not line.closes_sentence or _PHOTO_CREDIT.match(line.text) or line.key in seen:
            continue
        if line.is_stamp and line.words <= 4:
            continue
        seen.add(line.key)
        kept.append(line.text)
    return kept


def _outlet(lines: list[_Line], body_lines: list[str]) -> str | None:
    """The outlet from the byline that opens the lead, else from a masthead or domain line of the page."""
    if body_lines:
        first = body_lines[0]
        match = _BYLINE_PAREN.match(first) or _BYLINE_DASH.match(first)
        if match:
            alias = match_key(match.group(1))
            known = _outlets().get(alias)
            if known or _BYLINE_PAREN.match(first) or not match.group(1).islower():
                return known or match.group(1).strip()
    return next((_outlets()[line.key] for line in lines if line.key in _outlets()), None)


def _published_date(header: list[_Line]) -> date | None:
    """The first date stamp of the page header (day first, as Vietnamese sites print it)."""
    for line in header:
        if not line.is_stamp:
            continue
        iso = _ISO_DATE.search(line.text)
        match = _DATE_STAMP.search(line.text)
        try:
            if match:
                return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            if iso:
                return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            continue
    return None
