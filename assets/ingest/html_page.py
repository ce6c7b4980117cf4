"""A saved HTML news page → its article text and page metadata (title, publication date, site name).

trafilatura finds the main text and reads `<meta>`, JSON-LD and `<time>` dates and `og:site_name`
far more reliably than heuristics over the page's visible text. Tables are left out: old portals lay
the whole page out in one, and trafilatura would flatten menus and article into its rows. Its date
search is kept to markup
(`extensive_search` off): the extensive search reads years out of copyright lines and dates out of
the story itself, and a date is never invented. A page whose markup carries no date is dated by a
stamp printed next to its headline, as the text path reads stamps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from assets.ingest.decode import Rejected
from assets.stamps import find_stamp

# Elements whose text is one printed line of the page (the text a reader sees, line by line).
_LINE_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "time", "span", "div", "dd", "figcaption"}
_HIDDEN_TAGS = {"script", "style", "noscript", "template", "svg"}
# The stamp stands within this many printed lines under the headline, or this many above it.
_STAMP_BELOW = 6
_STAMP_ABOVE = 3
# A stamp line is short (a date, a time, a view count); a sentence with a date in it is the story's.
_STAMP_MAX_WORDS = 12
_DATE_SEARCH = {"extensive_search": False, "original_date": True}
_SPACES = re.compile(r"\s+")
# An article has at least one sentence; a page left with a label or a "loading" notice has none.
_SENTENCE_WORDS = 8
_NO_ARTICLE = ("no article text could be extracted from the HTML (an index, login or script-only page, or a page "
               "saved before it loaded); save the article's own page once it has loaded, or its text as .txt")


@dataclass(frozen=True)
class HtmlArticle:
    text: str  # the article's paragraphs, one per line
    title: str | None
    published_date: date | None
    site_name: str | None


def read_html(html: str) -> HtmlArticle:
    """The article of a decoded HTML page, or Rejected('no_article_text') when the page holds none."""
    tree = load_html(html)
    if tree is None:
        raise Rejected("no_article_text", _NO_ARTICLE)
    found = bare_extraction(tree, with_metadata=True, include_comments=False, include_images=False,
                            include_links=False, include_tables=False, date_extraction_params=_DATE_SEARCH)
    text = (found.text or "").strip() if found else ""
    if not any(len(line.split()) >= _SENTENCE_WORDS for line in text.split("\n")):
        raise Rejected("no_article_text", _NO_ARTICLE)
    title = found.title or None
    published = date.fromisoformat(found.date) if found.date else _stamp_by_headline(tree, title)
    return HtmlArticle(text, title, published, found.sitename or None)


def _stamp_by_headline(tree: HtmlElement, title: str | None) -> date | None:
    """The date of the first stamp printed just under the headline (or a little above it)."""
    if not title:
        return None
    lines = list(_printed_lines(tree))
    at = next((i for i, line in enumerate(lines) if title in line), None)
    if at is None:
        return None
    for line in [*lines[at : at + 1 + _STAMP_BELOW], *reversed(lines[max(0, at - _STAMP_ABOVE) : at])]:
        stamp = find_stamp(line) if len(line.split()) <= _STAMP_MAX_WORDS or line.startswith(title) else None
        if stamp:
            return stamp.date
    return None


def _printed_lines(tree: HtmlElement):
    """The page's visible text, one line per innermost block element that holds text of its own."""
    for element in tree.iter(*_LINE_TAGS):
        if any(child.tag in _LINE_TAGS for child in element) or _hidden(element):
            continue
        line = _SPACES.sub(" ", element.text_content()).strip()
        if line:
            yield line


def _hidden(element: HtmlElement) -> bool:
    return any(ancestor.tag in _HIDDEN_TAGS for ancestor in element.iterancestors())
