"""One cleaned body as the event rules read it: sentences, folded text, places, persons and dates.

Built once per document; every rule module (visits, agreements, pledges, scholarships) reads this model
and the party rules of parties.py, never the raw mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

import regex

from assets.extraction.dates import DateMention, context_year, find_dates
from assets.extraction.lexicon import find_phrases, phrase_pattern, words
from assets.extraction.mentions import Mention, find_mentions
from assets.extraction.sentences import Sentence, split_sentences
from assets.places import default_gazetteer, units_since_2025
from assets.vntext import fold

MERGER = date(2025, 7, 1)  # Resolution 202/2025/QH15: 34 province-level units from this day
LEAD_SENTENCES = 2  # the lead: where a page names its subject and its day
_ROLE_WINDOW = 40  # characters between a word such as "tại" or "giáp" and the place it introduces
_ROLE_WORDS = ("venue_words", "transit_words", "geography_words")
GEOGRAPHY = 3
_QUALIFIER_GAP = 3  # "tỉnh X (Lào)", "tỉnh X, Lào": a country right after its province qualifies it
_FRIENDSHIP_NAME = re.compile(r"Hữu [Nn]ghị\s+$")
_OCCASION_REACH = 90  # characters before a country in which a national day's name may stand ("… nước Cộng hòa")
# The words of a national day's name between the day and its country: "lần thứ 48", "2/9", "(2/9/1945 -
# 2/9/2025)", "của nước bạn", "nước Cộng hòa xã hội chủ nghĩa", "Bunpimay 2024 của nhân dân".
_OCCASION_WORDS = (r"(?:\s*(?:lần thứ\s+\w+|\d[\d/.\-–]*|\([\d/.\s\-–]*\)|năm|của|nước|bạn|nhân dân|dân tộc|"
                   r"cộng h(?:òa|oà)|xã hội chủ nghĩa|dân chủ nhân dân|chxhcn|chdcnd|bunpimay|bun pi may|"
                   r"chol chnam thmay|-))*")
_WORD_BEFORE = regex.compile(r"(?<!\p{L})(\p{Lu}\p{Ll}*) $")  # the capitalised word right before a name
_WORD_REACH = 12
_DASH_GAP = re.compile(r"\s*[-–]\s*")
# What joins the units of a list: "A, B và C", "tỉnh A và tỉnh B".
LIST_JOINER = re.compile(r"\s*(?:,|và|,\s*và)\s+(?:(?:tỉnh|thành phố|tp\.?|thủ đô|huyện)\s+)?")
_LISTING = re.compile(r"(?:(?<!\w)(?:là|gồm)|[:(])\s*(?:(?:tỉnh|thành phố|thủ đô)\s+)?$")
_COMPANY_GAP = 6  # characters between a company's name and its country: " (", " của "
# A dateline opening the body: a place in capitals, maybe an agency in brackets, then a dash.
_HEAD_TITLE_REACH = 120  # characters between "do" and the unit of the title of a delegation's head
_CLAUSE_BREAK = re.compile(r"[.;:]")
_DATELINE = regex.compile(r"\p{Lu}[\p{Lu} ]*\s*(?:\([^()]{1,30}\))?\s*[-–—]\s")


@dataclass
class Document:
    body: str
    folded: str
    sentences: list[Sentence]
    places: list[Mention]
    persons: list[Mention]
    orgs: list[Mention]
    vn_main: str | None  # the Vietnamese unit the article is about
    foreign_main: str | None  # the partner it is about (a province, else a country)
    group: list[str]  # the partners of an article about several: the first list of foreign provinces it names
    published: date | None
    default_year: int | None  # the year of a day written without one
    year_source: str  # where default_year came from: published | context | none
    _roles: dict[tuple[int, int], int] = field(default_factory=dict)
    _dates: dict[int, list[DateMention]] = field(default_factory=dict)
    _eventful: list[Sentence] | None = None

    def role(self, place: Mention) -> int:
        """How a place stands in its sentence, the lower the more it acts: 0 an actor, 1 the venue ("tại
        X"), 2 a place passed through ("qua cửa khẩu …, tỉnh X"), 3 (GEOGRAPHY) a place named only to
        say where another lies ("giáp huyện A, tỉnh B"), which is no party."""
        key = (place.start, place.end)
        if key not in self._roles:
            self._roles[key] = _role(self.body, self.folded, self.places, place, self.orgs)
        return self._roles[key]

    @property
    def eventful(self) -> list[Sentence]:
        """The sentences that name any word an event is read from; the others are skipped by every rule."""
        if self._eventful is None:
            words_of_events = _event_words()
            self._eventful = [s for s in self.sentences if words_of_events.search(self.folded, s.start, s.end)]
        return self._eventful

    def places_in(self, start: int, end: int) -> list[Mention]:
        return [p for p in self.places if start <= p.start and p.end <= end]

    def folded_of(self, sentence: Sentence) -> str:
        return self.folded[sentence.start : sentence.end]

    def dates_in(self, sentence: Sentence) -> list[DateMention]:
        """The dates of a sentence, with offsets in the body (read once per sentence: several rules ask)."""
        if sentence.start not in self._dates:
            self._dates[sentence.start] = [
                replace(d, start=d.start + sentence.start, end=d.end + sentence.start)
                for d in find_dates(sentence.text, self.default_year, self.year_source, self.published)]
        return self._dates[sentence.start]


def read_document(body: str, mentions: list[Mention], published: date | None, title: str | None = None) -> Document:
    """The dates of a page come from the page: its stamp (`published`), else the years the article names, else
    its headline's; never from the day the file arrived. The article's Vietnamese unit is the one its body names most; a
    provincial paper may name it only in the title ("Bí thư Tỉnh ủy tiếp đoàn …"), which then gives it."""
    orgs = [m for m in mentions if m.mention_type == "ORG"]
    folded = fold(body)
    places = [_as_of(m, published) for m in mentions
              if m.mention_type == "LOC" and m.admin_code and not _of_a_company(folded, orgs, m)
              and not _in_a_persons_name(body, m)]
    # "giáp tỉnh X" is not what the article is about
    roles = {(p.start, p.end): _role(body, folded, places, p, orgs) for p in places}  # read once, kept for the rules
    counted = [p for p in places if roles[p.start, p.end] < GEOGRAPHY]
    vn = Counter(p.admin_code for p in counted if p.country_code == "VN" and p.admin_code != "VN")
    # a partner named only in the title of a delegation's head ("do đồng chí A, Chủ tịch tỉnh X làm Trưởng đoàn")
    foreign = Counter(p.admin_code for p in counted if p.country_code != "VN" and p.admin_code != p.country_code
                      and not in_a_heads_title(folded, p))
    countries = Counter(p.admin_code for p in counted if p.country_code != "VN" and p.admin_code == p.country_code)
    # a body that names no year takes the headline's ("… ký kết Thỏa thuận hợp tác năm 2022")
    year, source = (published.year, "published") if published else (
        context_year(body) or context_year(title or ""), "context")
    sentences = split_sentences(body)
    return Document(
        body=body, folded=folded, sentences=sentences, places=places,
        persons=[m for m in mentions if m.mention_type == "PERSON"],
        orgs=orgs,
        vn_main=dominant(vn) or _unit_of_title(title, published),
        foreign_main=_partner(foreign, countries, counted, sentences),
        group=_first_list(sentences, places),
        published=published, default_year=year, year_source=source if year else "none", _roles=roles,
    )


@cache
def _event_words() -> re.Pattern[str]:
    """Every trigger, noun and unit of lexicon.yaml that some rule starts from, as one pattern."""
    lists = [("visit", "triggers"), ("visit", "delegation_nouns"), ("visit", "envoys"), ("visit", "host_verbs"),
             ("visit", "presence"), ("visit", "meeting_verbs"), ("visit", "conferences"), ("visit", "attending"),
             ("agreement", "nouns"), ("commitment", "triggers"), ("commitment", "future_markers"), ("aid", "verbs"),
             ("scholarship", "units"), ("scholarship", "trainees")]
    return phrase_pattern(tuple(word for path in lists for word in words(*path)))


def _role(body: str, folded: str, places: list[Mention], place: Mention, orgs: list[Mention]) -> int:
    if _in_an_institution(folded, orgs, place):
        return 1  # "Phân hiệu Đại học Huế tại Quảng Trị": a school's name, not who acts
    if _in_a_friendship_name(body, places, place):
        return 1  # "Trường Hữu nghị Hải Phòng - Viêng Chăn": a building's name, not who acts
    if names_a_relation(body, places, place):
        return 1  # "quan hệ Việt Nam - Lào", "Tuần lễ hàng Việt Nam - Thái Lan": two nations, not who acts
    if place.admin_code == place.country_code and _of_a_national_day(folded, place):
        return 1  # "chúc mừng Quốc khánh nước CHXHCN Việt Nam tại các đơn vị …": the occasion's name
    if _DATELINE.match(body, place.start) and not body[: place.start].strip():
        return GEOGRAPHY  # "HÀ NỘI (TTXVN) - …": where the news was written
    before = folded[max(0, place.start - _ROLE_WINDOW) : place.start]
    found = [(m.end(), rank) for rank, kind in enumerate(_ROLE_WORDS, start=1)
             for m in find_phrases(before, "parties", kind)]
    if not found:
        return 0
    end, rank = max(found)
    gap_start = place.start - (len(before) - end)
    # another unit named in between is the one the word introduces; the same unit's district is not, but the
    # same place named again is ("tại Lào đã trao cho Bộ trưởng … Lào")
    nearby = places[bisect_left(places, gap_start, key=_start) : bisect_left(places, place.start, key=_start)]
    others = [p for p in nearby if p.end <= place.start and p is not place and not qualifies(place, p)
              and (p.admin_code != place.admin_code or p.entity_id == place.entity_id)]
    if others and LIST_JOINER.fullmatch(folded, others[-1].end, place.start):
        return _role(body, folded, places, others[-1], orgs)  # "tại các tỉnh A, B và C": each is a venue
    between = bool(others)
    # "3 tỉnh Lào giáp biên là A, B và C": the neighbours a sentence lists are what it speaks of
    listed = (rank == GEOGRAPHY and place.admin_code != place.country_code
              and _LISTING.search(folded, gap_start, place.start))
    return 0 if between or listed else rank


def _start(mention: Mention) -> int:
    return mention.start


def _of_a_national_day(folded: str, country: Mention) -> bool:
    """A country a nation's day or feast names ("Quốc khánh lần thứ 48 nước CHDCND Lào", "Tết cổ truyền
    Bunpimay của nước bạn Lào"): only the words of the occasion's name between ("Quốc khánh 2/9 đoàn Lào sang
    thăm" names a delegation)."""
    return _national_day().search(folded, max(0, country.start - _OCCASION_REACH), country.start) is not None


@cache
def _national_day() -> re.Pattern[str]:
    return re.compile(phrase_pattern(words("parties", "national_days")).pattern + _OCCASION_WORDS + r"\s*$")


def _in_an_institution(folded: str, orgs: list[Mention], place: Mention) -> bool:
    institution = phrase_pattern(words("parties", "institutions"))
    return any(o.start <= place.start and place.end <= o.end and institution.match(folded, o.start) for o in orgs)


def qualifies(country: Mention, unit: Mention) -> bool:
    """"tỉnh X (Lào)", "tỉnh X, Lào": a country right after one of its own units only says where that unit is."""
    return (country.admin_code == country.country_code == unit.country_code != unit.admin_code
            and 0 <= country.start - unit.end <= _QUALIFIER_GAP)


def names_a_relation(body: str, places: list[Mention], place: Mention) -> bool:
    """A country joined by a dash to another country ("Việt Nam - Lào", "Lào-Việt Nam") names the two
    nations' relation, or an event named after it, not a side that acts."""
    if place.admin_code != place.country_code:
        return False
    return any(first.admin_code == first.country_code and second.admin_code == second.country_code
               and first.country_code != second.country_code for first, second in _dashed(body, places, place))


def _in_a_friendship_name(body: str, places: list[Mention], place: Mention) -> bool:
    """A pair of places joined by a dash right after a capitalised "Hữu nghị" names a school, a hospital or a
    bridge ("Bệnh viện Hữu nghị Việt Nam - Lào", "Trường Hữu nghị A - B"); the lower-case "tình hữu nghị
    A - B" is the relation between the two, whose places keep their roles."""
    if body.find("ghị", max(0, place.start - 50), place.start) < 0:
        return False  # the common case, read cheaply
    pair = next(iter(_dashed(body, places, place)), None)
    return pair is not None and _FRIENDSHIP_NAME.search(body, max(0, pair[0].start - 12), pair[0].start) is not None


def _dashed(body: str, places: list[Mention], place: Mention) -> list[tuple[Mention, Mention]]:
    """The pairs "A - B" a place forms by a dash with the place right before it, then right after it."""
    index = places.index(place)
    neighbours = [(places[index - 1], place)] if index else []
    neighbours += [(place, places[index + 1])] if index + 1 < len(places) else []
    return [(first, second) for first, second in neighbours if _DASH_GAP.fullmatch(body, first.end, second.start)]


def _unit_of_title(title: str | None, published: date | None) -> str | None:
    """The first Vietnamese province-level unit a title names as an actor (not inside a school's name: "Đại học
    Huế tặng quà …"), as of the page's date; or None."""
    if not title:
        return None
    mentions = find_mentions(title, default_gazetteer())
    orgs = [m for m in mentions if m.mention_type == "ORG"]
    folded = fold(title)
    for place in mentions:
        if (place.mention_type == "LOC" and place.country_code == "VN" and place.admin_code not in (None, "VN")
                and not _in_an_institution(folded, orgs, place)):
            return _code_as_of(place.admin_code, place.entity_id, published)
    return None


def _as_of(place: Mention, published: date | None) -> Mention:
    """On a page written after the 2025 merger, a Vietnamese city or district belongs to the merged province
    ("Quy Nhơn" to Gia Lai, VN-30); a province named by its own name keeps its code ("Bình Định (cũ)")."""
    code = _code_as_of(place.admin_code, place.entity_id, published) if place.country_code == "VN" else None
    return place if code in (None, place.admin_code) else replace(place, admin_code=code)


def _code_as_of(code: str, entity_id: str | None, published: date | None) -> str:
    if published is None or published < MERGER or ":" not in (entity_id or ""):
        return code
    return units_since_2025().get(code, code)


def _in_a_persons_name(body: str, place: Mention) -> bool:
    """A Vietnamese unit's name right after a family name ("Phó Chủ tịch UBND thành phố Lê Quang Nam", "Nguyễn
    Hải Dương") ends a person's name; "Đoàn Hà Nội" is a delegation."""
    if place.country_code != "VN" or place.admin_code == "VN":
        return False
    before = _WORD_BEFORE.search(body, max(0, place.start - _WORD_REACH), place.start)
    return before is not None and before.group(1) in _family_names()


@cache
def _family_names() -> frozenset[str]:
    return frozenset(words("surnames")) - {"Đoàn"} | {"Thị"}


def _of_a_company(folded: str, orgs: list[Mention], place: Mention) -> bool:
    """A country that says where a company is from ("Công ty Hyosung (Hàn Quốc)", "Tập đoàn X của Nhật
    Bản") is not a place the rules read: a company is no party of foreign relations."""
    if place.admin_code != place.country_code:
        return False
    heads = phrase_pattern(words("parties", "companies"))
    return any(heads.match(folded, o.start) and (o.start <= place.start < o.end
                                                 or 0 <= place.start - o.end <= _COMPANY_GAP) for o in orgs)


def in_a_heads_title(folded: str, place: Mention) -> bool:
    """A unit named only in the title of the person heading a delegation of a national body ("Đoàn cán bộ Đảng
    Nhân dân Cách mạng Lào do đồng chí A, Phó Bí thư Tỉnh ủy, Chủ tịch tỉnh Salavan làm Trưởng đoàn"): his post,
    not whose delegation it is nor what the page is about; "Đoàn đại biểu nước Lào do Tỉnh trưởng tỉnh X" is X's."""
    if _heads_after().match(folded, place.end) is None:
        return False
    opening = folded.rfind(" do ", max(0, place.start - _HEAD_TITLE_REACH), place.start)
    if opening < 0 or "," not in folded[opening : place.start] or _CLAUSE_BREAK.search(folded, opening, place.start):
        return False
    delegation = folded.rfind("đoàn", max(0, opening - _HEAD_TITLE_REACH), opening)
    forces = phrase_pattern(words("parties", "not_national_bodies"))
    return delegation >= 0 and not _CLAUSE_BREAK.search(folded, delegation, opening) and any(
        not forces.match(folded, body.start()) for body in phrase_pattern(words(
            "parties", "national_delegations")).finditer(folded, delegation, opening))


@cache
def _heads_after() -> re.Pattern[str]:
    """Right after a unit in a head's title: the words that make him the head ("làm Trưởng đoàn", "dẫn đầu")."""
    heads = phrase_pattern(words("visit", "heads")).pattern
    return re.compile(rf"\s*(?:,\s*)?(?:làm\s+{heads}|dẫn đầu|làm trưởng)(?!\w)")


def _partner(foreign: Counter[str], countries: Counter[str], places: list[Mention],
             sentences: list[Sentence]) -> str | None:
    """The partner the article is about: its most named foreign province (else country), provided it is
    named twice or in the lead; a place named once in passing (a border gate's neighbour) is not a partner,
    and the country named more often is."""
    lead_end = sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end if sentences else 0
    for main in (dominant(foreign), dominant(countries)):
        if main is not None and ((foreign | countries)[main] >= 2
                                 or any(p.admin_code == main and p.start < lead_end for p in places)):
            return main
    return None


def _first_list(sentences: list[Sentence], places: list[Mention]) -> list[str]:
    """The foreign provinces of the first sentence that names two or more of one country."""
    for sentence in sentences:
        named = [p for p in places if sentence.start <= p.start < sentence.end
                 and p.country_code != "VN" and p.admin_code != p.country_code]
        for country in dict.fromkeys(p.country_code for p in named):
            codes = list(dict.fromkeys(p.admin_code for p in named if p.country_code == country))
            if len(codes) >= 2:
                return codes
    return []


def dominant(counts: Counter[str]) -> str | None:
    """The unit an article is about: the most named, and more often than any other."""
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return None
