"""SCHOLARSHIP: scholarships granted and students hosted, one event per stated count and partner.

A count belongs to the partner named in its own clause: the place right before it in a breakdown
("trong đó tỉnh A 540 em", "tỉnh A là 135"), else the places after it up to the next count or clause, else
those of the sentence. A count for several provinces named together is one event per province, each with
the stated count, as every event with several partners is ("32 sinh viên của 4 tỉnh Nam Lào gồm A, B, C và
D", "cho mỗi tỉnh A, B và C"). A total whose noun comes before its number ("nâng tổng số học viên Lào
lên 2.186") counts that noun for the places named with it. A language ("đào tạo tiếng Lào") is no party.
A count repeated later on the page for the same partner ("trong tổng số 32 sinh viên") is the same count,
and so is a country's count that the page gives elsewhere for provinces of that country (a caption's
"10 sinh viên Lào"), or the holders of as many awards ("3 học bổng/năm cho 3 học sinh"). A sentence opening
with "Trong đó" breaks down the total before it, for that total's partners; a share said to have graduated
is part of its total. A whole country's students in Viet Nam, or awards the state gives ("Chính phủ Việt
Nam cấp …"), are VN's unless a Vietnamese province acts in the sentence.
A province that hands over or sends its country's students ("tỉnh A … bàn giao 25 lưu học sinh Lào") owns
them; a foreign province giving awards outranks the place where the students study; Vietnamese students "tại
trường" study at the foreign school the sentences before named. A share of a total for the same partners and
of the same kind (by level or field: "trong số 25 lưu học sinh này sẽ có 18 em học đại học") is part of it;
a share for its own partner, dated by its own year ("trong đó năm học 2019, tỉnh A có 26 …") or holding awards
the total did not name is a count of its own. "LHS" is "lưu học sinh"; "nhà trường" after a school named with
its province ("Trường Cao đẳng Nghệ An") acts for that province.
Not counted: domestic scholarships (no foreign side), pupils of a school built for the other side, short
courses and study tours, and counts dated ten years or more before the page (history).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache

from assets.extraction.dates import DateMention
from assets.extraction.document import Document
from assets.extraction.event import Event
from assets.extraction.lexicon import find_phrases, has_phrase, phrase_pattern, words
from assets.extraction.mentions import Mention
from assets.extraction.parties import acting, foreign_parties, has_group_word, has_side_word, is_country, vn_party
from assets.extraction.quantities import Quantity, find_numbers_alone, find_quantities
from assets.extraction.sentences import Sentence
from assets.vntext import fold

_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_CLAUSE_BREAK = re.compile(r";|\btrong đó\b|\bbao gồm\b|\bgồm\b")
_BREAKDOWN_GAP = 3
_PER_YEAR_SLASH = re.compile(r"/\s*năm(?!\w)")  # "40 suất học bổng/năm"
# "đào tạo 2.350 cán bộ": officials counted as trainees only right after a verb of training or hosting
_TRAINED_BEFORE = re.compile(r"(?:đào tạo|bồi dưỡng|tiếp nhận)(?:\s+cho)?\s*(?:hơn|trên|gần|khoảng)?\s*$")
_TRAINING_VERB_REACH = 25  # characters between a place and the count it heads ("tỉnh Hủa Phăn 540 em")
_PAIR_REACH = 40  # characters after a count's first noun in which a second one joined to it is read
_JOINED = re.compile(r"\s*(?:,|và|hoặc)\s*")  # "1.029 cán bộ, học viên", "tỉnh A, B và C"
_CLAUSE_START = re.compile(r"[;:]|\btrong đó\b")
_CLAUSE_PUNCT = re.compile(r"[,;:]")
_SHARE_START = re.compile(r"[,;:]|\btrong đó\b|\btrong số\b|\bgồm\b")  # where the words about one count begin
_AWARD_SHARES = ("suất", "chỉ tiêu")  # "gồm 20 suất đại học": a share counted in awards
_HISTORY_YEARS = 10  # a count dated this many years before the page's year is history
_SCHOOL_REACH = 2  # sentences back in which the school that "nhà trường" stands for is named
_SCHOOL_NAME_REACH = 20  # characters of an institution's head before the place it is named after
_BREAKDOWN_WORD = re.compile(r"\b(?:trong đó|trong số|bao gồm|gồm)\b")
_RESTATED = re.compile(r"\btrong (?:tổng )?số\s*$")  # "trong số 25 lưu học sinh này": a total named again
_STUDYING_NOW = re.compile(r"\bđang\b")
_STUDYING_REACH = 40  # characters after a count of students in which "đang (học)" says they are there now
_LANGUAGE_REACH = 8  # characters before a place in which "tiếng" makes it a language
# between a count of awards and their holders: the noun, a time span, then "cho" ("học bổng/năm cho ")
_TO_HOLDERS = re.compile(r"[^,;()]{0,60}?\scho\s+(?:mỗi\s+năm\s+)?")
_SHARE_END = re.compile(r"[,;:]|\d")  # where the words about one share of a total end
_PAIR_GAP = re.compile(r"\s*(?:[-–]|và|với)\s*")  # "Việt Nam - Lào", "Việt Nam và Campuchia"
_LAST_OF_A_LIST = re.compile(r"(?:và|hoặc)(?!\w)")  # "tỉnh D: 1 và …": the number closes a list, no noun after it
# "30 suất học bổng (tỉnh A: 20; …)": a bracket that breaks the count before it down by province
_BREAKDOWN_BRACKET = re.compile(r"\((?=[^():;]{1,40}:\s*\d)")
_CountKey = tuple[str | None, float | None, float | None]  # partner, minimum, maximum


@dataclass(frozen=True)
class _Count:
    """A number of students or awards in a sentence and the noun it counts. `named_from` is where a total
    named before its number begins ("tổng số học viên Lào … là 2.186"): its partner is named there."""

    quantity: Quantity
    noun: str
    named_from: int | None = None
    share_of: int | None = None  # the index of the total it breaks down, -1 the last count of the sentence before

    def span(self, following: int) -> tuple[int, int]:
        """Where its partner is named: from the number to the next count, or a total's noun to its number."""
        if self.named_from is None:
            return self.quantity.start, following
        return self.named_from, self.quantity.start


def scholarships(doc: Document, sentence: Sentence) -> list[Event]:
    folded = doc.folded_of(sentence)
    if not _units().search(folded):
        return []  # most sentences count no students: the look-alikes are only blanked where some might
    folded = _without_look_alikes(folded)
    if not _units().search(folded) or not has_phrase(folded, "scholarship", "study_words"):
        return []
    awards = phrase_pattern(words("scholarship", "award_units"))
    per_year = "/year" if has_phrase(folded, "scholarship", "per_year") or _PER_YEAR_SLASH.search(folded) else ""
    kind = "scholarship" if awards.search(folded) else "students_hosted"
    if _history(doc, sentence, folded) or (kind == "students_hosted" and has_phrase(folded, "scholarship", "greeted")):
        return []
    counts = _counts(doc, sentence, folded, bool(awards.search(folded)))
    vn_code = _school_unit_before(doc, sentence, folded) or vn_party(doc, doc.places_in(sentence.start, sentence.end))
    events = []
    read: list[tuple[list[str], bool]] = []  # each count's partners and whether its own words are of awards
    for index, count in enumerate(counts):
        if kind == "students_hosted" and _vietnamese_students().match(folded, count.quantity.start):
            continue  # "5 lưu học sinh Việt Nam theo học ở Belarus": Vietnam's students abroad, hosted by no one here
        following = counts[index + 1].quantity.start if index + 1 < len(counts) else len(sentence.text)
        start, end = count.span(following)
        places = _clause_places(doc, sentence, count, end)
        places = _sent_by(doc, sentence, count, places) or _giver_before(doc, sentence, count, places) or places
        if not any(p.country_code != "VN" for p in places):  # the giver named before: "A sẽ cấp N suất cho B"
            places += [p for p in _parties_in(doc, sentence.start, sentence.end) if p.country_code != "VN"]
        if not any(p.country_code != "VN" for p in places) and _opens_a_breakdown(folded):
            places += _total_before(doc, sentence)[0]
        if not any(p.country_code != "VN" for p in places):
            places += _school_named_before(doc, sentence, folded)
        clause = doc.folded[sentence.start + start : sentence.start + end]
        codes = foreign_parties(doc, places, clause)
        preceding = counts[index - 1].quantity.end if index else 0
        read.append((codes, _of_awards(folded, count, following, preceding)))
        if not (any(p.country_code != "VN" for p in places) or has_phrase(folded, "scholarship", "foreign_markers")
                or has_side_word(folded) or has_group_word(clause)):
            continue
        if count.share_of is not None and not _dated_share(folded, count, preceding) \
                and _part_of_its_total(doc, sentence, count, read):
            continue
        awarded = awards.match(count.noun) or (count.noun.startswith("suất") and awards.search(folded))
        unit = ("scholarships" if awarded else "students") + per_year
        vn = "VN" if _national(doc, sentence, codes) else vn_code
        for code in codes:
            events.append(Event.of("SCHOLARSHIP", vn, code, sentence, quantity=count.quantity, unit=unit,
                                   category=kind))
    return events


@cache
def _vietnamese_students() -> re.Pattern[str]:
    """A number ("5", "khoảng 120") of students of Viet Nam ("lưu học sinh Việt Nam", "du học sinh người Việt Nam")."""
    units = phrase_pattern(words("scholarship", "units")).pattern
    return re.compile(rf"(?:[^\d\s]+\s+){{0,2}}[\d.,]+\s+(?:{units})\s+(?:người\s+)?việt nam(?!\w)")


def _part_of_its_total(doc: Document, sentence: Sentence, count: _Count, read: list[tuple[list[str], bool]]) -> bool:
    """A share of a total for the same partners and of the same kind ("48 sinh viên tỉnh A. Trong số đó, 30
    sinh viên học ngành y", "trong số 25 lưu học sinh này sẽ có 18 em học đại học, 3 em cao đẳng") is part
    of a count already made. A share for a partner of its own ("trong đó tỉnh A 540 em") or that holds awards
    the total did not name ("trong đó 30 học viên nhận học bổng") is a count of its own."""
    codes, awarded = read[-1]
    if count.share_of is not None and count.share_of >= 0:
        total_codes, total_awarded = read[count.share_of]
    else:
        places, total_awarded = _total_before(doc, sentence)
        total_codes = foreign_parties(doc, places)
    return bool(codes) and set(codes) <= set(total_codes) and awarded == total_awarded


def _without_look_alikes(folded: str) -> str:
    """The folded sentence with the words that hold a word of this type and mean something else ("vận động viên"
    holds "động viên", "vượt chỉ tiêu" a target, not awards) joined by "_", so no phrase matches inside them;
    offsets stay."""
    return _look_alikes().sub(lambda m: m.group(0).replace(" ", "_"), folded)


@cache
def _look_alikes() -> re.Pattern[str]:
    return phrase_pattern(words("scholarship", "look_alikes"))


def _dated_share(folded: str, count: _Count, preceding: int) -> bool:
    """A share dated by its own year within a total over years ("Từ năm 2009 đến nay, tỉnh A đã gửi 196 lưu học
    sinh …, trong đó năm học 2019, tỉnh A có 26 lưu học sinh đang theo học") is that year's count, not a part
    of the total told again."""
    opening = max((m.end() for m in _BREAKDOWN_WORD.finditer(folded, preceding, count.quantity.start)), default=None)
    return opening is not None and _A_YEAR.search(folded, opening, count.quantity.start) is not None


def _of_awards(folded: str, count: _Count, following: int, preceding: int = 0) -> bool:
    """A count of awards, or of persons its own clause says hold awards ("35 lưu học sinh nhận học bổng",
    "trong đó tỉnh cấp học bổng cho 200 sinh viên"): the clause runs from the last comma or word of
    breakdown after the count before (`preceding`) to the next word of breakdown or count."""
    opening = max((m.end() for m in _SHARE_START.finditer(folded, preceding, count.quantity.start)), default=preceding)
    stop = _CLAUSE_BREAK.search(folded, count.quantity.end, following)
    own = folded[opening : stop.start() if stop else following]
    return bool(phrase_pattern(words("scholarship", "award_units")).search(own)) or count.noun.startswith(_AWARD_SHARES)


def _national(doc: Document, sentence: Sentence, codes: list[str]) -> bool:
    """A count the state gives ("Chính phủ Việt Nam cấp cho Chính phủ Campuchia 1.045 suất") or of a whole
    country's students in Viet Nam ("3.000 lưu học sinh Campuchia đang theo học tại các trường của Việt
    Nam") is Viet Nam's, not that of the province where the article's meeting sits; unless a Vietnamese
    province, named or not ("tỉnh đã cấp …"), acts in the sentence."""
    places = acting(doc, doc.places_in(sentence.start, sentence.end))
    if not codes or any(p.country_code == "VN" and not is_country(p) for p in places):
        return False
    folded = doc.folded_of(sentence)
    for local in find_phrases(folded, "scholarship", "local_units"):
        if not any(p.country_code != "VN" and 0 <= p.start - sentence.start - local.end() <= _BREAKDOWN_GAP
                   for p in places):  # "tỉnh Kampot" names a partner, "tỉnh" alone the article's province
            return False
    vietnam = [p for p in places if p.country_code == "VN" and not _paired(doc, p, places)]
    giver = _state_giver().search(folded)
    return bool(vietnam) and (giver is not None or all("-" not in code for code in codes))


def _paired(doc: Document, vietnam: Mention, places: list[Mention]) -> bool:
    """"quan hệ Việt Nam - Lào", "giữa Việt Nam và Campuchia": the two countries named as a pair, Viet Nam
    neither hosting nor giving."""
    return any(p.country_code != "VN" and (_PAIR_GAP.fullmatch(doc.body, vietnam.end, p.start)
                                           or _PAIR_GAP.fullmatch(doc.body, p.end, vietnam.start))
               for p in places)


@cache
def _state_giver() -> re.Pattern[str]:
    """"Chính phủ Việt Nam", "Nhà nước Việt Nam": the state named as who gives."""
    return re.compile(phrase_pattern(words("scholarship", "state_bodies")).pattern + r"\s+việt nam(?!\w)")


def one_per_count(doc: Document, events: list[Event]) -> list[Event]:
    """A page repeats its count of students for the same partner (the lead, the body, "trong tổng số 32 sinh
    viên …"): one fact, kept from the first sentence that names its Vietnamese side as the one acting, else
    from the first. Equal counts in one sentence ("10 suất đại học và 10 suất thạc sĩ") stay apart."""
    chosen: dict[_CountKey, Event] = {}  # the event whose sentence each repeated count is kept from
    for event in events:
        if event.event_type != "SCHOLARSHIP":
            continue
        first = chosen.setdefault(_count_key(event), event)
        if first.evidence_start != event.evidence_start and not _names_vn_acting(doc, first) \
                and _names_vn_acting(doc, event):
            chosen[_count_key(event)] = event
    kept = [e for e in events
            if e.event_type != "SCHOLARSHIP" or chosen[_count_key(e)].evidence_start == e.evidence_start]
    return [e for e in kept if not _told_for_its_provinces(e, kept)]


def _told_for_its_provinces(event: Event, events: list[Event]) -> bool:
    """A count for a whole country ("tiếp nhận 10 sinh viên Lào", a caption's words) that another sentence
    of the page gives for provinces of that country ("10 sinh viên tỉnh Xiêng Khoảng", "32 sinh viên đến từ
    4 tỉnh Nam Lào gồm A, B, C và D") is the same count told with less detail."""
    country = event.foreign_party_code
    if event.event_type != "SCHOLARSHIP" or not country or "-" in country:
        return False
    return any(other.event_type == "SCHOLARSHIP" and (other.foreign_party_code or "").startswith(country + "-")
               and other.evidence_start != event.evidence_start
               and _count_key(other)[1:] == _count_key(event)[1:]
               for other in events)


def _count_key(event: Event) -> _CountKey:
    """The partner and the number as stated: "hơn 300" (a lower bound) and "300" are one count told twice."""
    low, high = event.quantity_min, event.quantity_max
    if low is None or high is None:
        low = high = low if high is None else high
    return event.foreign_party_code, low, high


def _names_vn_acting(doc: Document, event: Event) -> bool:
    """The event's sentence names its Vietnamese party as an actor, not only as a school's place or the
    article's unit."""
    return any(p.admin_code == event.vn_party_code and doc.role(p) == 0
               for p in doc.places_in(event.evidence_start, event.evidence_end))


def _counts(doc: Document, sentence: Sentence, folded: str, awarding: bool) -> list[_Count]:
    """The counts of students or awards in a sentence, in order: numbers with a noun after them, and
    numbers standing alone whose noun the sentence named before them."""
    found: list[_Count] = []
    numbers = sorted(find_quantities(sentence.text) + find_numbers_alone(sentence.text), key=lambda q: q.start)
    for quantity in numbers:
        if (quantity.maximum or quantity.minimum or 0) < 1 or _requested(folded, quantity):
            continue
        if quantity.unit_text:
            count = _with_noun(folded, quantity, bool(found) or awarding)
            if count is None and (_in_persons(quantity) or _LAST_OF_A_LIST.match(quantity.unit_text)):
                # "số lưu học sinh Lào … là 97 em"; "(tỉnh A: 20; tỉnh B: 1 và …)"
                count = _standing_alone(doc, sentence, folded, quantity, found)
        else:
            count = _standing_alone(doc, sentence, folded, quantity, found)
        if count and (_pupils_of_a_built_school(folded, count) or _on_a_short_course(folded, count)
                      or _of_a_look_alike(folded, quantity)):
            continue
        if count and not _holders_of(folded, count, found) and not _finished_share(folded, count, found):
            found.append(replace(count, share_of=_total_of(folded, count, found)))
    return found


def _of_a_look_alike(folded: str, quantity: Quantity) -> bool:
    """The noun after the number is a look-alike ("1 học sinh Việt kiều": a Vietnamese child abroad, no foreign
    student), which `_without_look_alikes` joined with "_"."""
    noun_at = quantity.end - len(quantity.unit_text)
    return bool(quantity.unit_text) and "_" in folded[noun_at : quantity.end].split(" ", 1)[0]


def _history(doc: Document, sentence: Sentence, folded: str) -> bool:
    """A sentence whose every date lies long before the page's year ("Năm 1965, tỉnh đã đón 300 học sinh
    Lào") tells the past, not students hosted or awards granted in the years the page reports on; a count
    brought up to now ("từ năm 1995 đến nay") is not history."""
    year = doc.published.year if doc.published else doc.default_year
    if year is None or not _A_YEAR.search(folded):
        return False  # no year written, the common case, read cheaply
    dates = [d for d in doc.dates_in(sentence) if d.year_source == "text"]
    if not dates or has_phrase(folded, "scholarship", "up_to_now"):
        return False
    return all(_year_of(d) is not None and year - _year_of(d) >= _HISTORY_YEARS for d in dates)


def _year_of(mention: DateMention) -> int | None:
    if mention.value is not None:
        return mention.value.year
    return mention.period[1] if mention.period else None


def _on_a_short_course(folded: str, count: _Count) -> bool:
    """Officials or learners who come for a short course or a study tour ("tiếp nhận 20 cán bộ tỉnh A sang tập
    huấn", "lớp tập huấn cho 35 học viên") are neither students hosted nor holders of awards."""
    opening = max((m.end() for m in _SHARE_START.finditer(folded, 0, count.quantity.start)), default=0)
    stop = _CLAUSE_BREAK.search(folded, count.quantity.end)
    return has_phrase(folded[opening : stop.start() if stop else len(folded)], "scholarship", "short_courses")


def _pupils_of_a_built_school(folded: str, count: _Count) -> bool:
    """Pupils of a school one side built or handed over ("Trường tiểu học do tỉnh A xây dựng tặng tỉnh B hiện
    có hơn 300 học sinh") study at home: they are neither hosted nor granted awards."""
    return (phrase_pattern(words("scholarship", "pupils")).match(count.noun) is not None
            and _built_school().search(folded, 0, count.quantity.start) is not None)


@cache
def _built_school() -> re.Pattern[str]:
    return re.compile(phrase_pattern(words("scholarship", "school_words")).pattern + r"[^.;]{0,60}?"
                      + phrase_pattern(words("scholarship", "built_words")).pattern)


def _school_named_before(doc: Document, sentence: Sentence, folded: str) -> list[Mention]:
    """Vietnamese students at "the school" ("sinh viên tỉnh A đang theo học tại trường", "nhà trường dành 10
    suất học bổng cho sinh viên tỉnh A") of a sentence that names no foreign place are at the foreign school
    the sentences just before named ("làm việc với Trường Đại học X"): its place is the partner."""
    if not has_phrase(folded, "scholarship", "school_anaphora") or not any(
            p.country_code == "VN" and not is_country(p) for p in doc.places_in(sentence.start, sentence.end)):
        return []
    for school in reversed(_schools_before(doc, sentence)):
        foreign = [p for p in doc.places_in(school.start, school.end) if p.country_code != "VN"]
        if foreign:
            return foreign[-1:]
    return []


def _school_unit_before(doc: Document, sentence: Sentence, folded: str) -> str | None:
    """"Năm nay, nhà trường tuyển được 30 LHS …" in a sentence that names no Vietnamese unit: the school the
    sentences just before named with its province ("Trường Cao đẳng Nghệ An") acts for that province."""
    if not has_phrase(folded, "scholarship", "school_anaphora") or any(
            p.country_code == "VN" for p in doc.places_in(sentence.start, sentence.end)):
        return None
    earlier = _sentences_before(doc, sentence)[-_SCHOOL_REACH:]
    if not earlier:
        return None
    named = [p for p in doc.places_in(earlier[0].start, sentence.start) if p.country_code == "VN" and not is_country(p)
             and _named_school().search(doc.folded, max(0, p.start - _SCHOOL_NAME_REACH), p.start)]
    return named[-1].admin_code if named else None


@cache
def _named_school() -> re.Pattern[str]:
    """An institution's head right before a place: "Trường Cao đẳng Nghệ An", "Đại học Huế"."""
    return re.compile(phrase_pattern(words("parties", "institutions")).pattern + r"\s+$")


def _schools_before(doc: Document, sentence: Sentence) -> list[Mention]:
    """The schools and institutes named in the sentences just before this one, in order."""
    heads = phrase_pattern(words("parties", "institutions"))
    earlier = _sentences_before(doc, sentence)[-_SCHOOL_REACH:]
    if not earlier:
        return []
    return [o for o in doc.orgs if earlier[0].start <= o.start < sentence.start and heads.match(doc.folded, o.start)]


def _total_of(folded: str, count: _Count, before: list[_Count]) -> int | None:
    """The total a count breaks down: the count before it when a word of breakdown stands between ("… 40
    sinh viên, trong đó 25 em …") or that count is a total named again ("trong số 25 lưu học sinh này sẽ có 18
    em"), the total that count itself was a share of, or, in a sentence opening with "Trong đó", the last
    count of the sentence before (-1). A clause after ";" starts anew, and a total named by its noun is none."""
    if count.named_from is not None:  # "…, nâng tổng số học viên Lào lên 2.186": a total, not a share
        return None
    if not before:
        return -1 if _opens_a_breakdown(folded) else None
    last = before[-1]
    between = folded[last.quantity.end : count.quantity.start]
    if ";" in between:
        return None
    if last.share_of is not None:
        return last.share_of
    if _BREAKDOWN_WORD.search(between) or _RESTATED.search(folded, 0, last.quantity.start):
        return len(before) - 1
    return None


def _finished_share(folded: str, count: _Count, before: list[_Count]) -> bool:
    """A share of a total said to have graduated or finished ("đào tạo 40 học sinh, trong đó 25 em đã tốt
    nghiệp ra trường") is part of the total already counted, not students hosted or awards granted again."""
    if not before and not _opens_a_breakdown(folded):
        return False
    stop = _SHARE_END.search(folded, count.quantity.end)
    own = folded[count.quantity.start : stop.start() if stop else len(folded)]
    return has_phrase(own, "scholarship", "finished")


def _sentences_before(doc: Document, sentence: Sentence) -> list[Sentence]:
    """The sentences that end before this one starts (found by bisection: rules ask for the last few)."""
    return doc.sentences[: bisect_right(doc.sentences, sentence.start, key=lambda s: s.end)]


def _total_before(doc: Document, sentence: Sentence) -> tuple[list[Mention], bool]:
    """The foreign places of the last count of the sentence before, whose total a sentence opening with
    "Trong đó" breaks down ("… 63 lưu học sinh tỉnh A và tỉnh B, Lào. Trong đó có 35 lưu học sinh …"), and
    whether that total counts awards."""
    before = _sentences_before(doc, sentence)[-1:]
    if not before:
        return [], False
    total = before[-1]
    folded = doc.folded_of(total)
    if not _units().search(folded):
        return [], False
    found = _counts(doc, total, folded, has_phrase(folded, "scholarship", "award_units"))
    if not found:
        return [], False
    places = [p for p in _clause_places(doc, total, found[-1], len(total.text)) if p.country_code != "VN"]
    preceding = found[-2].quantity.end if len(found) > 1 else 0
    return places, _of_awards(folded, found[-1], len(total.text), preceding)


def _opens_a_breakdown(folded: str) -> bool:
    """"Trong đó có 35 …": the sentence breaks down the total of the one before it."""
    return phrase_pattern(words("scholarship", "breakdown_openers")).match(folded.lstrip(" -–(")) is not None


def _holders_of(folded: str, count: _Count, before: list[_Count]) -> bool:
    """Persons counted right after the awards they hold, the same number ("3 học bổng/năm cho 3 học sinh",
    "dành 12 suất học bổng cho 12 sinh viên"), are those awards again, not a second count."""
    if not before or not phrase_pattern(words("scholarship", "award_units")).match(before[-1].noun):
        return False
    last = before[-1].quantity
    same = (last.minimum, last.maximum) == (count.quantity.minimum, count.quantity.maximum)
    return same and _TO_HOLDERS.fullmatch(folded, last.start, count.quantity.start) is not None


def _with_noun(folded: str, quantity: Quantity, after_a_count: bool) -> _Count | None:
    """A number followed by what it counts: students or awards ("45 lưu học sinh", "30 suất học bổng"); a
    share in persons or places after a total or in a sentence on awards ("… trong đó tỉnh A 540 em",
    "học bổng … gồm 20 suất đại học"); officials right after a verb of training ("đào tạo 2.350 cán bộ") or
    counted with students ("1.029 cán bộ, học viên")."""
    counted = fold(quantity.unit_text)
    breakdown = after_a_count and phrase_pattern(words("scholarship", "breakdown_units")).match(counted)
    trainees = phrase_pattern(words("scholarship", "trainees")).match(counted)
    trained = trainees and _TRAINED_BEFORE.search(folded[max(0, quantity.start - _TRAINING_VERB_REACH) :
                                                         quantity.start])
    if _units().match(counted) or breakdown or trained:
        return _Count(quantity, counted)
    if trainees:
        tail = counted + folded[quantity.end : quantity.end + _PAIR_REACH]
        joined = _JOINED.match(tail, trainees.end())
        second = joined and _units().match(tail, joined.end())
        if second:
            return _Count(quantity, second.group())
    return None


def _standing_alone(doc: Document, sentence: Sentence, folded: str, quantity: Quantity,
                    before: list[_Count]) -> _Count | None:
    """A number with no noun after it, right after a copula ("là", "lên"), counts what the sentence named
    before it: the total's noun when "tổng số" and a noun of students or awards head it with no count in
    between ("nâng tổng số học viên Lào … lên 2.186"), else, as a province's share of a total counted before
    ("trong đó tỉnh A là 135"), what that total counted."""
    lead = folded[: quantity.start]
    if not _after_a_copula().search(lead):
        return None
    totals = list(_total_named().finditer(lead))
    if totals and not any(c.quantity.start > totals[-1].start() for c in before):
        return _Count(quantity, totals[-1].group("noun"), totals[-1].start())
    if before and _heading(doc, sentence, quantity):
        return _Count(quantity, before[-1].noun)
    return None


def _in_persons(quantity: Quantity) -> bool:
    """A number counted in persons ("97 em", "60 người"), whose noun a total or a share named before it."""
    return phrase_pattern(words("scholarship", "breakdown_units")).match(fold(quantity.unit_text)) is not None


def _units() -> re.Pattern[str]:
    return phrase_pattern(words("scholarship", "units"))


@cache
def _after_a_copula() -> re.Pattern[str]:
    """"là", "lên", or the colon of a breakdown ("(tỉnh A: 20; tỉnh B: 3)") before a number."""
    return re.compile(rf"(?:{phrase_pattern(words('scholarship', 'copulas')).pattern}|:)\s*$")


@cache
def _total_named() -> re.Pattern[str]:
    """"tổng số học viên", "số suất học bổng": a total's head and the noun it counts."""
    return re.compile(phrase_pattern(words("scholarship", "total_words")).pattern + r"\s+(?P<noun>"
                      + _units().pattern + ")")


@cache
def _language_before() -> re.Pattern[str]:
    return re.compile(phrase_pattern(words("scholarship", "language_words")).pattern + r"\s+$")


def _requested(folded: str, quantity: Quantity) -> bool:
    """A count one side asks or hopes for ("đề nghị tỉnh bạn nâng số suất học bổng lên 40 suất") is not
    granted yet. Granted are "theo đề nghị của tỉnh bạn, tỉnh đã cấp …" (the request as a noun) and students
    the request is about who study there now ("đề nghị quan tâm 400 sinh viên đang học tập tại …")."""
    clause = _CLAUSE_START.split(folded[: quantity.start])[-1]
    asked = any(not clause.startswith(" của", m.end()) for m in find_phrases(clause, "commitment", "not_after"))
    return asked and not _STUDYING_NOW.search(folded, quantity.start, quantity.end + _STUDYING_REACH)


def _heading(doc: Document, sentence: Sentence, quantity: Quantity) -> list[Mention]:
    """The place right before a count, alone or with a copula between ("tỉnh A 540 em", "tỉnh A là 135"),
    with the places listed with it ("cho từng tỉnh A và B 12 suất")."""
    start = sentence.start + quantity.start
    copula = phrase_pattern(words("scholarship", "copulas"))
    before = _parties_in(doc, sentence.start, start)
    between = doc.folded[before[-1].end : start].strip() if before else ""
    if not before or not (start - before[-1].end <= _BREAKDOWN_GAP or copula.fullmatch(between) or between == ":"):
        return []
    listed = [before[-1]]
    for place in reversed(before[:-1]):
        if not _JOINED.fullmatch(doc.folded, place.end, listed[0].start):
            break
        listed.insert(0, place)
    return listed


def _clause_places(doc: Document, sentence: Sentence, count: _Count, end: int) -> list[Mention]:
    if count.named_from is not None:  # "tổng số học viên Lào … là N": the places named with the noun
        return (_parties_in(doc, sentence.start + count.named_from, sentence.start + end)
                or _parties_in(doc, sentence.start, sentence.end))
    heading = _heading(doc, sentence, count.quantity)
    if heading:
        return heading
    start = sentence.start + count.quantity.start
    stops = [m.start() for m in (_CLAUSE_BREAK.search(doc.folded, start, sentence.start + end),
                                 _BREAKDOWN_BRACKET.search(doc.folded, start, sentence.start + end)) if m]
    stop = min(stops) if stops else None
    return (_parties_in(doc, start, stop if stop is not None else sentence.start + end)
            or _parties_in(doc, sentence.start, sentence.end))


def _sent_by(doc: Document, sentence: Sentence, count: _Count, places: list[Mention]) -> list[Mention]:
    """Provinces that send or hand over a count of their country's students in the same clause ("tỉnh A và
    tỉnh B đã ký kết bàn giao 25 lưu học sinh Lào cho tỉnh B"): the students are theirs, not the whole
    country's."""
    countries = {p.admin_code for p in places if p.country_code != "VN"}
    if not countries or not all(is_country(p) for p in places if p.country_code != "VN"):
        return []
    start = sentence.start + count.quantity.start
    clause_start = max((m.end() for m in _CLAUSE_PUNCT.finditer(doc.folded, sentence.start, start)),
                       default=sentence.start)
    senders = [p for p in _parties_in(doc, clause_start, start)
               if p.country_code in countries and not is_country(p)]
    if not senders or not has_phrase(doc.folded[senders[-1].end : start], "scholarship", "sending_verbs"):
        return []
    return senders + [p for p in places if p.country_code == "VN"]


def _giver_before(doc: Document, sentence: Sentence, count: _Count, places: list[Mention]) -> list[Mention]:
    """A count whose own clause names its foreign side only as where they study ("… cử 2 sinh viên học tại
    tỉnh A") belongs to the foreign province acting before it ("tỉnh B cấp học bổng, …")."""
    foreign = [p for p in places if p.country_code != "VN"]
    if not foreign or any(doc.role(p) == 0 for p in foreign):
        return []
    start = sentence.start + count.quantity.start
    actors = [p for p in _parties_in(doc, sentence.start, start)
              if p.country_code != "VN" and not is_country(p) and doc.role(p) == 0]
    return actors + [p for p in places if p.country_code == "VN"] if actors else []


def _parties_in(doc: Document, start: int, end: int) -> list[Mention]:
    """The places of a span that may be parties: not geography, nor a language ("tiếng Lào")."""
    return [p for p in acting(doc, doc.places_in(start, end))
            if not _language_before().search(doc.folded, max(0, p.start - _LANGUAGE_REACH), p.start)]
