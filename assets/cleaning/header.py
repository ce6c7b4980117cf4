"""The title and the publication date, read from the lines above the article.

Vietnamese outlets print the stamp right under the headline or on its line; widgets (reader, font
size, print), view counts and the lead photo's caption may stand between the stamp and the article,
and the masthead above the menus often carries today's date. So the article's stamp is the last
stamp close above the article, and the title the headline on its line or just above it. A page
without such a stamp takes the last headline above the article that is not a caption, and the first
stamp of the page.
"""

from __future__ import annotations

from datetime import date

from assets.cleaning.page_lines import LETTER_WORD, SECTION_LABEL_MAX_WORDS, PageLine, heading_kind
from assets.vntext import has_vietnamese_letter

# The article's stamp stands within this many printed lines above the article.
_STAMP_REACH = 6
# The headline stands within this many printed lines above its stamp (an author line may sit between).
_TITLE_REACH = 3


def title_and_date(header: list[PageLine]) -> tuple[str | None, date | None]:
    """(title, publication date) from the lines above the article's first paragraph."""
    printed = [line for line in header if line.text]
    near = next((i for i in range(len(printed) - 1, max(-1, len(printed) - 1 - _STAMP_REACH), -1)
                 if printed[i].carries_stamp), None)
    if near is not None:
        title = _title_beside(printed, near)
        if title:
            return title, printed[near].stamp.date
    title = next((line.headline for line in reversed(printed) if is_title(line)), None)
    first_stamp = next((line.stamp.date for line in printed if line.is_stamp), None)
    return title, printed[near].stamp.date if near is not None else first_stamp


def _title_beside(printed: list[PageLine], stamp: int) -> str | None:
    """The headline of a stamp: on its line or right above it; else between it and the article (sites that
    print the date over the headline); else a few lines above it (an author line between). A few words beside
    the stamp are the section's label ("Thứ hai, 09/09/2013  Hợp tác quốc tế"), not the headline."""
    beside = printed[stamp].headline
    on_its_line = [printed[stamp]] if beside and len(LETTER_WORD.findall(beside)) > SECTION_LABEL_MAX_WORDS else []
    nearest = on_its_line + ([printed[stamp - 1]] if stamp else [])
    below = printed[stamp + 1 :]
    above = reversed(printed[max(0, stamp - _TITLE_REACH) : max(0, stamp - 1)])
    for candidates in (nearest, below, above):
        title = next((line.headline for line in candidates if is_title(line)), None)
        if title:
            return title
    return None


def is_title(line: PageLine) -> bool:
    """A headline in Vietnamese that is not page furniture: no widget, section heading, caption or byline
    (nor the English name of the site or an English version of the headline)."""
    return (line.is_headline and has_vietnamese_letter(line.text) and heading_kind(line) is None
            and not line.is_caption and not line.is_byline and not line.is_bullet)
