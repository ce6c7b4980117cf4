"""One line of a scraped page and what its shape says: prose, headline, stamp, menu, caption, byline.

The features are read from the layout and the language of Vietnamese news pages, never from one
page's words: prose is long and closes its sentences; a headline is a phrase without a full stop;
menus and breadcrumbs are items between bars or arrows; captions carry a photo credit; bylines are
names in capitals or a "Theo ..."/"Nguồn: ..." source.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from assets.stamps import Stamp, find_stamp, opens_or_closes, without_stamp
from assets.vntext import key_of_displayed, match_key

_HERE = Path(__file__).parent
# A closing bracket ends a sentence only after a full stop: "... (Theo TTXVN)" and "(Báo Gia Lai)" are labels.
_CLOSES_SENTENCE = re.compile(r"(?:[.!?…:;\"”»’]|[.!?…][\"”’]?\s*[)\]])$")
# Headlines may end with a question, an exclamation or a quoted word, never with a full stop or colon.
_ENDS_STATEMENT = re.compile(r"[.:;…][\"”»’)\]]*$")
# Bars, bullets or two arrows; one arrow between two short wordings ("Du lịch > Tin tức"); and a name with its
# English version after a slash ("Vụ Hợp tác quốc tế / International Cooperation Department").
_MENU = re.compile(r"(?<!^)[|»›•·]|\s>\s.*\s>\s|\s/\s.*\s/\s|^[^\d>]{1,30}\s>\s[^\d>]{1,30}$"
                   r"|\s/\s[A-Z][A-Za-z &,.'-]+$")
_MENU_MARKS = ("|", "»", "›", "•", "·", " > ", " / ")
# Menus saved as text often keep their items apart with wide gaps instead of bars.
_WIDE_GAP = re.compile(r"\S(?: {2,}|\t+)(?=\S)")
_MENU_GAPS = 3
LETTER_WORD = re.compile(r"[^\W\d_]+")  # a word of letters (names, headings)
_DIGIT = re.compile(r"\d")
# A photo credit closing a caption ("... - Ảnh: Ngọc Bích", "(Ảnh: TTXVN)"), or a media label opening one.
_CREDIT = re.compile(r"(?:^|[\s.(–-])(?:ảnh|photo|nguồn ảnh|ảnh minh họa)\s*:\s*[^.:]{1,40}\)?\.?$", re.IGNORECASE)
_CREDIT_TAIL = 60
_MEDIA_LABEL = re.compile(r"^(?:©\s*)?\(?(?:ảnh|video|clip|infographic|audio)\)?\s*:", re.IGNORECASE)
# A file photo or an illustration closing its caption ("... năm 2021. Ảnh tư liệu", "... (Ảnh minh họa)").
_FILE_PHOTO = re.compile(r"(?:^|[\s.(–-])ảnh\s+(?:tư\s+liệu|minh\s+họa)\)?\.?$", re.IGNORECASE)
# An image's alt text: the headline with the photo's number ("... biên mậu - Ảnh 1.").
_IMAGE_NUMBER = re.compile(r"[-–—]\s*ảnh\s*\d{1,2}\.?$", re.IGNORECASE)
# An image's alt text as some outlets save it: the caption, the outlet, the image's width and the date
# ("... - Tên báo, 1920, 21.04.2023").
_IMAGE_SIZE_DATE = re.compile(r"[-–—]\s*[^,]{2,40},\s*\d{3,4},\s*\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}$")
_PHOTO_CREDIT = re.compile(r"^(ảnh|nguồn|video|clip|đồ họa|thực hiện)\s*[:.]?\s*\S.{0,40}$", re.IGNORECASE)
# "Theo TTXVN", "(Theo báo Nhân Dân)", "Nguồn: Sở Ngoại vụ": where the story came from, not story.
_SOURCE = re.compile(r"^\(?\s*(?:theo|nguồn)\b[^,;]{0,60}\)?\.?$", re.IGNORECASE)
# The outlet inviting its readers to watch or follow it ("* Mời quý độc giả theo dõi ...").
_PROMO = re.compile(r"^\W*mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc|khán\s+giả|quý\s+vị)\b", re.IGNORECASE)
_PROSE_MIN_WORDS = 8
# Past this length a line is prose whatever its last character: a paragraph cut off by the download.
_LONG_PROSE_WORDS = 30
_HEADLINE_WORDS = range(4, 41)
_PUNCTUATED_HEADLINE_WORDS = 25
_STAMP_MAX_WORDS = 12
_BYLINE_MAX_WORDS = 8
# Two authors' names at most ("Minh Hằng - Lê Hợi"); a headline in capitals is longer.
_NAME_MAX_WORDS = 6
# Headings run to six words and a few more (a count, a label, separators); captions are looked up within it.
_HEADING_MAX_WORDS = 16
_PARENTHESES = re.compile(r"\([^()]*\)")
# A summary point over the lead: a star or a dot, then a statement of a few words ("* Tỉnh A tặng tỉnh B ...").
# (A dash opens lists of related headlines as often as the article's points.)
_BULLET = re.compile(r"^[*•]\s+(?:\S+\s+){3}")
# A section label ("Hợp tác quốc tế", "Thời sự"): a few words; a headline is longer.
SECTION_LABEL_MAX_WORDS = 5


class PageLine:
    """One line of the page and the features the cleaner reads, each computed when first read."""

    __slots__ = ("_headline", "_key", "_stamp", "closes_sentence", "gapped", "is_long_prose", "is_prose",
                 "is_repeated", "text", "words")

    def __init__(self, text: str, printed: str = "") -> None:
        """`text` is the line as displayed (spaces folded); `printed` the line as saved, whose wide gaps
        between items show a menu."""
        self.text = text
        self._key: str | None = None
        self._stamp: Stamp | bool | None = False
        self._headline: str | bool | None = False
        self.words = len(text.split())
        self.closes_sentence = bool(_CLOSES_SENTENCE.search(text))
        self.gapped = ("  " in printed or "\t" in printed) and not self.closes_sentence and (
            len(_WIDE_GAP.findall(printed)) >= _MENU_GAPS)
        self.is_repeated = _printed_twice(text)
        self.is_long_prose = (not self.closes_sentence and self.words >= _LONG_PROSE_WORDS and "," in text
                              and not self.is_menu and not self.is_repeated)
        self.is_prose = self.words >= _PROSE_MIN_WORDS and (self.closes_sentence or self.is_long_prose)

    @property
    def key(self) -> str:
        """The line's matching key, computed when first read (most lines are prose that no rule compares)."""
        if self._key is None:
            self._key = key_of_displayed(self.text)
        return self._key

    @property
    def stamp(self) -> Stamp | None:
        if self._stamp is False:
            self._stamp = find_stamp(self.text) if _DIGIT.search(self.text) else None
        return self._stamp

    @property
    def headline(self) -> str | None:
        """The headline-shaped phrase the line holds (a stamp on its line cut out), or None."""
        if self._headline is False:
            self._headline = None
            if self.words in _HEADLINE_WORDS and not self.is_long_prose and not self.is_repeated and (
                    not self.closes_sentence or (self.words <= _PUNCTUATED_HEADLINE_WORDS
                    and not _ENDS_STATEMENT.search(self.text))):
                # A stamp printed on the headline's line, as a prefix or suffix (never a date inside it).
                stamp = self.stamp
                beside = stamp and stamp.dressed and opens_or_closes(self.text, stamp)
                text = without_stamp(self.text, stamp) if beside else self.text
                words = len(LETTER_WORD.findall(text))
                if (words >= _HEADLINE_WORDS.start and not self.gapped and not _has_menu_marks(text)
                        and not (beside and _is_furniture(text))):
                    self._headline = text
        return self._headline

    @property
    def is_headline(self) -> bool:
        return self.headline is not None

    @property
    def carries_stamp(self) -> bool:
        """A stamp line, or a line whose stamp was printed beside its words (a headline, an author)."""
        return self.is_stamp or (self.headline is not None and self.headline != self.text)

    @property
    def is_menu(self) -> bool:
        """Menus, breadcrumbs and tool bars: items between bars, arrows or bullets, or wide gaps."""
        return self.gapped or _has_menu_marks(self.text)

    @property
    def is_stamp(self) -> bool:
        """A line that only dates the page (with maybe a view count or the outlet's name beside the date)."""
        return self.words <= _STAMP_MAX_WORDS and self.stamp is not None and self.headline is None

    @property
    def is_caption(self) -> bool:
        return bool(_PHOTO_CREDIT.match(self.text) or _IMAGE_NUMBER.search(self.text) or _FILE_PHOTO.search(self.text)
                    or _IMAGE_SIZE_DATE.search(self.text)
                    or (":" in self.text and (
                        _MEDIA_LABEL.match(self.text) or _CREDIT.search(self.text[-_CREDIT_TAIL:]))))

    @property
    def is_bullet(self) -> bool:
        """A summary point the page prints over the lead: story even without its full stop, never a headline."""
        return bool(_BULLET.match(self.text))

    @property
    def is_promo(self) -> bool:
        """The outlet's invitation to its readers (to watch its channel, follow its page): never story."""
        return bool(_PROMO.match(self.text))

    @property
    def is_byline(self) -> bool:
        """An author or source line: "Theo TTXVN", "Nguồn: ...", a name in capitals ("ĐOÀN MINH TÂM (TTXVN)"),
        or a short line of capitalised names ("Minh Hằng - Lê Hợi")."""
        if self.words > _BYLINE_MAX_WORDS:
            return False
        if _SOURCE.match(self.text):
            return True
        names = LETTER_WORD.findall(_PARENTHESES.sub("", self.text))
        return 0 < len(names) <= _NAME_MAX_WORDS and (all(w.isupper() for w in names) or (
            not self.closes_sentence and all(w[0].isupper() for w in names)))


def _printed_twice(text: str) -> bool:
    """A related-news link saved with its title attribute: one phrase printed twice on the line."""
    half = len(text) // 2
    return len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1 :]


def _is_furniture(text: str) -> bool:
    """What a stamp line may carry beside the date besides a headline: the author's name or widgets
    ("Văn Chương, Đình Quốc", "Lượt xem: 4580 In bài viết")."""
    beside = PageLine(text)
    return beside.is_byline or heading_kind(beside) is not None


def _has_menu_marks(text: str) -> bool:
    """Bars, arrows or bullets between items (a plain substring test first: most lines have none)."""
    return any(mark in text for mark in _MENU_MARKS) and bool(_MENU.search(text))


@cache
def _headings() -> dict[str, str]:
    return {match_key(row["heading"]): row["kind"] for row in _read_csv(_HERE / "boilerplate.csv")}


@cache
def _heading_first_words() -> frozenset[str]:
    return frozenset(heading.split()[0] for heading in _headings())


@cache
def outlets() -> dict[str, str]:
    return {match_key(row["alias"]): row["outlet"] for row in _read_csv(_HERE / "outlets.csv")}


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def heading_kind(line: PageLine) -> str | None:
    """The kind of page furniture a short line opens ('end', 'inline', 'tool', 'caption', 'breadcrumb'), else
    None. A caption or a breadcrumb may run long; the other kinds are a heading and at most a few words (a
    count, a label), never a sentence; a caption may close with a full stop ("Toàn cảnh hội nghị."). Headings
    are short and open with one of few words: other lines are not looked up, so most lines never compute
    their key."""
    if line.words > _HEADING_MAX_WORDS or not line.text:
        return None
    if key_of_displayed(line.text.split(None, 1)[0]).split(" ", 1)[0] not in _heading_first_words():
        return None
    words = line.key.split()
    for size in range(min(len(words), 6), 0, -1):
        kind = _headings().get(" ".join(words[:size]))
        if kind == "caption" or (kind and not line.text.endswith(".") and (
                kind == "breadcrumb" or len(words) <= size + 5)):
            return kind
    return None
