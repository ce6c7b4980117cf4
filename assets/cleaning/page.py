"""A scraped news page (plain-text dump) → the article: title, body, outlet, publication date.

Lines are classified by their shape (page_lines.py), the page is cut into blocks at end-of-article
headings and at related-news teasers (a headline printed twice), and the first block carrying most of
the page's prose is the article, as jusText-style extractors judge blocks. Inside it, lines that are
not sentences (inline related links, bylines and sources, photo credits, repeated captions) are
dropped, and so are related links saved with their title (the headline twice on one line), image alt
texts ("... - Ảnh 1.") and the outlet's invitations to its readers; a pointer to the photo closing a
paragraph ("(Ảnh dưới)") or a read-more link closing the sapo ("(đọc thêm)") is cut off it, and so are a
photo credit glued to the sentence after it and a section label with the headline glued to the lead. A long
line without a full stop is a paragraph only when it opens or ends the article. The title and the date come
from the lines above it (header.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from assets.cleaning.header import is_title, title_and_date
from assets.cleaning.page_lines import LETTER_WORD, SECTION_LABEL_MAX_WORDS, PageLine, heading_kind, outlets
from assets.stamps import leading_stamp, without_stamp
from assets.vntext import display_text, match_key

_BYLINE_PAREN = re.compile(r"^\(([^()]{2,40})\)\s*[-–—:]?\s*")
_BYLINE_DASH = re.compile(r"^([\w.&]{2,30})\s*[-–—]\s*(?=\S)")
# "(Ảnh dưới)", "(ảnh trên)": a paragraph pointing at its photo. The pointer is not story, and the paragraph
# is read as if it ended before it (it closes its sentence).
_PHOTO_POINTER = re.compile(r"\s*\((?:ảnh|hình)\s+(?:dưới|trên|bên)\)$", re.IGNORECASE)
# A read-more link closing the sapo ("... khâu đột phá. (đọc thêm)"): a link, not story.
_READ_MORE = re.compile(r"(?<=[.!?…\"”])\s*\((?:đọc|xem)\s+(?:thêm|tiếp|tiếp\s+theo)\)$", re.IGNORECASE)
# A photo credit whose markup break was lost, glued to the sentence after it ("© Ảnh : Tên/Tác giảTổng thống ...").
_GLUED_CREDIT = re.compile(r"^\W{0,3}(?:©\s*)?(?:ảnh|photo|nguồn\s+ảnh)\s*:\s*", re.IGNORECASE)
_CREDIT_MAX_CHARS = 100
# The section label some outlets print before the headline ("Chính trị", "Chính quyền - đoàn thể").
_TEASER_MAX_PARAGRAPHS = 2
# A cut-off paragraph is a few words at least; a teaser or a source line opens with a label and a colon
# ("Hà Tĩnh: ...", "Nguồn VTC: ..."), carries a link, or is the short name of the office that wrote the page
# ("Sở Ngoại vụ", "Văn phòng UBND tỉnh Hà Tĩnh").
_CUT_OFF_MIN_WORDS = 3
_NOT_CUT_OFF = re.compile(r"^(?:\S+\s+){0,4}\S+\s*:|https?://|www\.|^(?:sở|ban|phòng|văn phòng|trung tâm|báo|"
                          r"cổng|đài|tòa soạn|cục|vụ)\s+(?:\S+\s+){0,6}\S+$", re.IGNORECASE)
_SHORT_CAPTION_MAX_WORDS = 8
_CUT_AFTER_CAPTION_MIN_WORDS = 20
_OPENING_TITLE_MIN_WORDS = 4
# A block is the article when it holds at least this share of the page's richest block.
_MAIN_BLOCK_SHARE = 0.5


@dataclass(frozen=True)
class Article:
    title: str | None
    body: str
    outlet: str | None
    published_date: date | None


def clean_page(text: str) -> Article:
    """The article of a page saved as text (or of an HTML page's extracted text)."""
    printed = text.split("\n")
    lines = [PageLine(_without_glued_credit(_READ_MORE.sub("", _PHOTO_POINTER.sub("", line.strip()))), raw)
             for line, raw in zip(display_text(text).split("\n"), printed, strict=True)]
    block = _main_block(lines)
    if block is None:
        title, published = title_and_date(lines)
        return Article(title, "", None, published)
    start, end = block
    start = _with_bullets_over_the_lead(lines, _after_prose_shaped_title(lines, start, end))
    title, published = title_and_date(lines[:start])
    body_lines = _article_lines(lines[start : end + 1], title)
    title = title or _opening_line(lines, start)
    if body_lines and title:
        body_lines[0] = _without_glued_title(body_lines[0], title)
    lead_stamp = leading_stamp(body_lines[0]) if body_lines else None
    if lead_stamp:
        body_lines[0] = without_stamp(body_lines[0], lead_stamp)
    # Some outlets print the stamp under the sapo, inside the article.
    published = published or (lead_stamp.date if lead_stamp else None) or next(
        (line.stamp.date for line in lines[start : end + 1] if line.is_stamp), None)
    return Article(title, "\n\n".join(body_lines), _outlet(lines, body_lines), published)


def _with_bullets_over_the_lead(lines: list[PageLine], start: int) -> int:
    """Some outlets sum the article up in bulleted lines between the headline and the lead: they are story."""
    above = start - 1
    while above >= 0 and (lines[above].is_bullet or not lines[above].text):
        if lines[above].is_bullet:
            start = above
        above -= 1
    return start


def _opening_line(lines: list[PageLine], start: int) -> str | None:
    """A page saved without a headline above its article (an excerpt that opens on the headline printed as a
    sentence, or on the lead) is known by its first line, which stays in the body when it is story."""
    first = next((i for i, line in enumerate(lines) if line.text), None)
    if first is None or first < start:
        return None
    line = lines[first]
    if line.words < _OPENING_TITLE_MIN_WORDS or line.is_menu or line.is_stamp or line.is_byline or line.is_caption:
        return None
    return line.text


def _without_glued_credit(text: str) -> str:
    """A line opening with a photo credit glued to the next sentence loses the credit: the sentence starts where
    a capital follows a letter with no space between ("...Bulat NizamievTổng thống ...", "TTXVNChủ tịch ..."). A
    caption glued to its credit (no sentence after it) stays whole, and a caption."""
    credit = _GLUED_CREDIT.match(text)
    if not credit:
        return text
    for i in range(credit.end() + 1, min(len(text) - 1, credit.end() + _CREDIT_MAX_CHARS)):
        if text[i - 1].isalpha() and text[i].isupper() and text[i + 1].islower():
            rest = text[i:]
            return rest if PageLine(rest).is_prose else text
    return text


def _without_glued_title(first: str, title: str) -> str:
    """The article's first line, when the page saved the section label and the headline on the lead's line
    ("<section> <headline> ĐNO - <lead>"), starts at the lead."""
    at = first.find(title)
    if at < 0:
        return first
    label, rest = first[:at], first[at + len(title) :].strip()
    if (len(LETTER_WORD.findall(label)) <= SECTION_LABEL_MAX_WORDS and not re.search(r"[.!?:;]", label)
            and PageLine(rest).is_prose):
        return rest
    return first


def with_page_metadata(article: Article, title: str | None, published: date | None, site_name: str | None) -> Article:
    """An HTML page's markup knows its title, date and site better than its lines do: they win where given
    (a site name is spelled as the outlet list spells it)."""
    outlet = outlets().get(match_key(site_name), site_name) if site_name else None
    return replace(article, title=title or article.title, published_date=published or article.published_date,
                   outlet=outlet or article.outlet)


def _main_block(lines: list[PageLine]) -> tuple[int, int] | None:
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
    return chosen[0], _cut_off_tail(lines, chosen[-1])


def _after_prose_shaped_title(lines: list[PageLine], start: int, end: int) -> int:
    """A headline ending with a question, an exclamation or a quote reads as prose. When a stamp line follows
    it, or nothing is printed above it, it is the title: the article starts at the next paragraph."""
    first = lines[start]
    printed_after = next((i for i in range(start + 1, end + 1) if lines[i].text), None)
    if not is_title(first) or printed_after is None:
        return start
    if lines[printed_after].is_stamp or not any(line.text for line in lines[:start]):
        return next((i for i in range(printed_after, end + 1) if lines[i].is_prose), start)
    return start


def _cut_off_tail(lines: list[PageLine], last: int) -> int:
    """A page cut off by the download ends inside a paragraph: when the only line printed after the article's
    last paragraph is the page's last and stops without closing a sentence, it is that paragraph's start,
    cut however few words it kept, unless it is a menu, byline, caption, a section heading ("Tin cùng chuyên
    mục"), or a labelled teaser or link. A photo's short caption ("Chủ tịch nước Võ Văn Thưởng") may stand
    between when the cut paragraph kept many words."""
    rest = [i for i in range(last + 1, len(lines)) if lines[i].text]
    if len(rest) == 2 and _a_short_caption(lines[rest[0]]) and lines[rest[1]].words >= _CUT_AFTER_CAPTION_MIN_WORDS:
        rest = rest[1:]
    if len(rest) != 1:
        return last
    tail = lines[rest[0]]
    if (tail.closes_sentence or tail.is_menu or tail.is_byline or tail.is_caption or tail.is_promo
            or heading_kind(tail) is not None):
        return last
    if tail.words >= _CUT_OFF_MIN_WORDS and not _NOT_CUT_OFF.search(tail.text):
        return rest[0]
    return last


def _a_short_caption(line: PageLine) -> bool:
    """A few words naming who is in a photo: no sentence, furniture, date or count."""
    return (line.words <= _SHORT_CAPTION_MAX_WORDS and not line.closes_sentence and not line.is_menu
            and not line.is_byline and not line.is_stamp and not line.is_promo and heading_kind(line) is None
            and not any(char.isdigit() for char in line.text))


def _teaser_starts(lines: list[PageLine]) -> set[int]:
    """Where related-news teasers start and end: runs of two or more headlines printed twice (link, then
    heading), each followed by at most a short blurb until the next headline, which starts a new block.
    A photo caption printed twice is followed by the article's paragraphs instead, so it stays in."""
    doubles = [i for i, line in enumerate(lines) if line.text and _next_text(lines, i) == line.text
               and _next_text(lines, i, backwards=True) != line.text and line.is_headline]
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


def _next_text(lines: list[PageLine], i: int, backwards: bool = False) -> str | None:
    around = reversed(lines[:i]) if backwards else iter(lines[i + 1 :])
    return next((line.text for line in around if line.text), None)


def _article_lines(block: list[PageLine], title: str | None) -> list[str]:
    kept: list[str] = []
    seen = {match_key(title)} if title else set()
    under_inline_heading = False
    last = len(block) - 1
    for n, line in enumerate(block):
        if not line.text:
            continue
        kind = heading_kind(line)
        if kind == "inline":
            under_inline_heading = True
            continue
        if under_inline_heading and not line.closes_sentence:
            continue
        under_inline_heading = False
        # A long line without its full stop is a paragraph when it opens the article (a lead missing its stop) or
        # ends it (cut off by the download); between paragraphs it is teaser headlines glued on one line, or a caption.
        sentence = line.closes_sentence or line.is_bullet or n == last or (line.is_long_prose and not kept)
        # a related link saved with its title (its headline twice on one line) and its sapo on the line under it
        blurb = n > 0 and block[n - 1].is_repeated
        if (not sentence or line.is_caption or kind == "caption" or line.is_byline or line.is_menu or line.is_promo
                or line.is_repeated or blurb or line.key in seen):
            continue
        if line.is_stamp and line.words <= 4:
            continue
        seen.add(line.key)
        kept.append(line.text)
    return kept


def _outlet(lines: list[PageLine], body_lines: list[str]) -> str | None:
    """The outlet from the byline that opens the lead, else from a masthead or domain line of the page."""
    if body_lines:
        first = body_lines[0]
        match = _BYLINE_PAREN.match(first) or _BYLINE_DASH.match(first)
        if match:
            alias = match_key(match.group(1))
            known = outlets().get(alias)
            if known or _BYLINE_PAREN.match(first) or not match.group(1).islower():
                return known or match.group(1).strip()
    return next((outlets()[line.key] for line in lines if line.key in outlets()), None)
