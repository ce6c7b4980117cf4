"""One saved page (a text dump or an HTML page, whatever its name) → the document to store, or a Rejected.

A text page is stored as decoded. An HTML page is stored as its article text, one paragraph per line,
with the title, publication date and site name its markup gives: the cleaning stage then treats that
text like any page and prefers the markup's metadata to what it reads from lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assets.ingest.decode import decode_article, looks_like_html
from assets.ingest.html_page import read_html


@dataclass(frozen=True)
class SavedPage:
    text: str
    encoding: str
    format: str  # text | html
    html_title: str | None = None
    html_published_date: date | None = None
    html_site_name: str | None = None


def read_saved_page(name: str, data: bytes) -> SavedPage:
    decoded = decode_article(data)
    if not looks_like_html(decoded.text, name):
        return SavedPage(decoded.text, decoded.encoding, "text")
    article = read_html(decoded.text)
    return SavedPage(article.text, decoded.encoding, "html", article.title, article.published_date,
                     article.site_name)
