"""Typed events from one cleaned body: VISIT, AGREEMENT, COMMITMENT, AID, SCHOLARSHIP.

Every rule reads the language (verbs, nouns, date and number forms of lexicon.yaml) and the places the
gazetteer found; parties come from the sentence first, then from the article's main dyad. Each event
keeps the sentence it was read from and that sentence's offsets in the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from assets.extraction.dates import DateMention, context_year, find_dates
from assets.extraction.lexicon import find_phrases, has_phrase, lexicon, phrase_pattern, words
from assets.extraction.mentions import Mention
from assets.extraction.quantities import Quantity, find_quantities
from assets.extraction.sentences import Sentence, split_sentences
from assets.vntext import fold

_DELEGATION = re.compile(r"(?<!\w)(?:đoàn|phái đoàn)(?! thanh niên)(?!\w)")
_CLAUSE_BREAK = re.compile(r";|,\s*trong đó|\btrong đó\b")
_FUTURE_WINDOW = 3  # words between "sẽ" and its verb (sẽ tiếp tục hỗ trợ)
_PLACE_AFTER_WORD = 45  # characters from "tại"/"sang" or "đoàn" to the place they introduce
_DATE_NEAR_AGREEMENT = 60


@dataclass(frozen=True)
class Event:
    event_type: str
    vn_party_code: str | None
    foreign_party_code: str | None
    direction: str | None
    event_date: date | None
    date_precision: str | None
    year_source: str | None
    period_start: int | None
    period_end: int | None
    quantity_min: float | None
    quantity_max: float | None
    unit: str | None
    category: str | None
    committed_by: str | None
    leader_name: str | None
    evidence: str
    evidence_start: int
    evidence_end: int


@dataclass
class _Document:
    body: str
    folded: str
    sentences: list[Sentence]
    places: list[Mention]
    persons: list[Mention]
    vn_main: str | None
    foreign_main: str | None
    default_year: int | None
    year_source: str
    latest: date | None

    def places_in(self, start: int, end: int) -> list[Mention]:
        return [p for p in self.places if start <= p.start and p.end <= end]

    def folded_of(self, sentence: Sentence) -> str:
        return self.folded[sentence.start : sentence.end]

    def dates_in(self, sentence: Sentence) -> list[DateMention]:
        return [replace(d, start=d.start + sentence.start, end=d.end + sentence.start)
                for d in find_dates(sentence.text, self.default_year, self.year_source, self.latest)]


def extract_events(body: str, mentions: list[Mention], published: date | None,
                   received: date | None = None) -> list[Event]:
    """`received` (when the inbox got the page) dates undated days only when neither the page nor the
    article names a year: news arrives soon after it is printed."""
    doc = _document(body, mentions, published, received)
    events = _visits(doc) + _agreements(doc)
    for sentence in doc.sentences:
        events += _commitments(doc, sentence) + _aid(doc, sentence) + _scholarships(doc, sentence)
    return events


def _document(body: str, mentions: list[Mention], published: date | None, received: date | None) -> _Document:
    places = [m for m in mentions if m.mention_type == "LOC" and m.admin_code]
    vn = Counter(p.admin_code for p in places if p.country_code == "VN" and p.admin_code != "VN")
    foreign = Counter(p.admin_code for p in places if p.country_code != "VN" and p.admin_code != p.country_code)
    countries = Counter(p.admin_code for p in places if p.country_code != "VN" and p.admin_code == p.country_code)
    year, source = (published.year, "published") if published else (context_year(body), "context")
    if year is None and received is not None:
        year, source = received.year, "received"
    return _Document(
        body, fold(body), split_sentences(body), places, [m for m in mentions if m.mention_type == "PERSON"],
        _dominant(vn), _dominant(foreign) or _dominant(countries), year, source if year else "none",
        published or received,
    )


def _dominant(counts: Counter[str]) -> str | None:
    """The unit an article is about: the most named, and more often than any other."""
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return None


# --- parties ---------------------------------------------------------------------------------------------


def _sides(doc: _Document, places: list[Mention]) -> tuple[list[str], list[str]]:
    """Vietnamese and foreign codes named, in order; a province hides its own country (Lào … Viêng Chăn)."""
    codes = list(dict.fromkeys(p.admin_code for p in places))
    provinces_of = {c.split("-")[0] for c in codes if "-" in c}
    kept = [c for c in codes if "-" in c or c not in provinces_of]
    vn = [c for c in kept if c.startswith("VN")]
    foreign = [c for c in kept if not c.startswith("VN")]
    foreign = [_refine_country(doc, code, places) for code in foreign]
    return vn, list(dict.fromkeys(foreign))


def _refine_country(doc: _Document, code: str, places: list[Mention]) -> str:
    """"Phía Lào" (the Lao side) in an article about one Lao province means that province."""
    main = doc.foreign_main
    if "-" in code or not main or not main.startswith(code + "-"):
        return code
    mention = next(p for p in places if p.admin_code == code)
    before = doc.folded[max(0, mention.start - 12) : mention.start]
    return main if re.search(phrase_pattern(words("side_markers")).pattern + r"\s*$", before) else code


def _parties(doc: _Document, places: list[Mention], folded_sentence: str = "") -> tuple[str | None, str | None]:
    vn, foreign = _sides(doc, places)
    vn_code = vn[0] if vn else doc.vn_main
    if folded_sentence and has_phrase(folded_sentence, "aid", "many_partners"):
        return vn_code, None
    return vn_code, foreign[0] if foreign else doc.foreign_main


def _has_foreign(doc: _Document, places: list[Mention]) -> bool:
    return any(p.country_code != "VN" for p in places)


# --- VISIT -----------------------------------------------------------------------------------------------


def _visits(doc: _Document) -> list[Event]:
    """One VISIT per article: every sentence about the trip votes on its direction and may date it."""
    trip = []
    for sentence in doc.sentences:
        folded = doc.folded_of(sentence)
        if not has_phrase(folded, "visit", "triggers"):
            continue
        if has_phrase(phrase_pattern(words("visit", "invitation_honoured")).sub(" ", folded), "visit", "planned"):
            continue
        if has_phrase(folded, "visit", "diplomatic") or has_phrase(folded, "visit", "delegation"):
            trip.append(sentence)
    if not trip:
        return []
    places = [p for s in trip for p in doc.places_in(s.start, s.end)]
    vn_code, foreign_code = _parties(doc, places)
    if foreign_code is None:
        return []
    votes = Counter(v for s in trip for v in _direction_votes(doc, s))
    direction = votes.most_common(1)[0][0] if votes else None
    when = next((d for s in trip for d in doc.dates_in(s) if d.precision in ("day", "month")), None)
    first = trip[0]
    return [Event("VISIT", vn_code, foreign_code, direction, when.value if when else None,
                  when.precision if when else None, when.year_source if when else None, None, None, None, None,
                  None, None, None, _leader(doc), first.text, first.start, first.end)]


def _direction_votes(doc: _Document, sentence: Sentence) -> list[str]:
    """Inbound when the delegation is foreign or the meeting is in Viet Nam; outbound the other way round."""
    folded = doc.folded_of(sentence)
    votes = []
    for match in _DELEGATION.finditer(folded):
        place = _first_place_after(doc, sentence.start + match.end())
        if place:
            votes.append("inbound" if place.country_code != "VN" else "outbound")
    for match in find_phrases(folded, "visit", "place_words"):
        place = _first_place_after(doc, sentence.start + match.end())
        if place:
            votes.append("outbound" if place.country_code != "VN" else "inbound")
    return votes


def _first_place_after(doc: _Document, position: int) -> Mention | None:
    stop = doc.body.find(".", position)
    limit = min(position + _PLACE_AFTER_WORD, stop if stop >= 0 else len(doc.body))
    return next((p for p in doc.places if position <= p.start < limit), None)


def _leader(doc: _Document) -> str | None:
    """Head of the delegation: "do (đồng chí) X … làm trưởng đoàn / dẫn đầu", or "X … cùng các thành viên đoàn"."""
    for sentence in doc.sentences:
        folded = doc.folded_of(sentence)
        marker = next(iter(find_phrases(folded, "visit", "leader_after")), None)
        if marker is None:
            continue
        persons = [p for p in doc.persons if sentence.start <= p.start < sentence.start + marker.start()]
        after_do = [p for p in persons if re.search(r"(?<!\w)do(?:\s+(?:đồng chí|ông|bà|ngài))?\s*$",
                                                     doc.folded[sentence.start : p.start])]
        if after_do:
            return after_do[0].text
        if persons:
            return persons[-1].text
    return None


# --- AGREEMENT -------------------------------------------------------------------------------------------


def _agreements(doc: _Document) -> list[Event]:
    """Agreements signed now or cited; the same agreement named in several sentences is one event."""
    found: list[Event] = []
    for sentence in doc.sentences:
        folded = doc.folded_of(sentence)
        generic = phrase_pattern(words("agreement", "generic_before")).pattern
        nouns = [n for n in find_phrases(folded, "agreement", "nouns")
                 if not re.search(generic + r"\s*$", folded[: n.start()])]
        if not nouns or re.search(r"(?<!\w)(sẽ|dự kiến) ký", folded):
            continue
        places = doc.places_in(sentence.start, sentence.end)
        vn_code, _ = _parties(doc, places)
        _, foreign = _sides(doc, places)
        foreign = foreign or ([doc.foreign_main] if doc.foreign_main else [])
        dates = doc.dates_in(sentence)
        period = next((d.period for d in dates if d.precision == "period"), None)
        anchor = sentence.start + nouns[0].start()
        for code in foreign:
            signed = _signing_date(doc, dates, places, code, anchor)
            found.append(Event("AGREEMENT", vn_code, code, None, signed.value if signed else None,
                               signed.precision if signed else None, signed.year_source if signed else None,
                               period[0] if period else None, period[1] if period else None, None, None, None,
                               None, None, None, sentence.text, sentence.start, sentence.end))
    return _one_per_agreement(found)


def _signing_date(doc: _Document, dates: list[DateMention], places: list[Mention], code: str,
                  anchor: int) -> DateMention | None:
    """The date given right after this partner (… Bắc Kinh (tháng 3 năm 2017)), else one near the noun."""
    points = [d for d in dates if d.precision != "period"]
    own = [p for p in places if p.admin_code == code]
    others = [p.start for p in places
              if p.admin_code not in (code, code.split("-")[0]) and own and p.start > own[-1].end]
    if own:
        bound = min(others, default=len(doc.body))
        after = [d for d in points if own[-1].end <= d.start < bound]
        if after and len({p.admin_code for p in places if p.country_code != "VN"}) > 1:
            return after[0]
    near = [d for d in points if abs(d.start - anchor) <= _DATE_NEAR_AGREEMENT]
    return near[0] if near else None


def _one_per_agreement(events: list[Event]) -> list[Event]:
    """Group mentions by dyad and signing year or period; undated mentions join their dyad's one dated group."""
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        groups.setdefault((event.vn_party_code, event.foreign_party_code, _when_key(event)), []).append(event)
    merged = []
    for (vn, foreign, when), members in groups.items():
        dated = [k for k in groups if k[:2] == (vn, foreign) and k[2] is not None]
        if when is None and dated:
            continue
        merged.append(members[0])
    return merged


def _when_key(event: Event) -> tuple | None:
    if event.period_start is not None:
        return ("period", event.period_start, event.period_end)
    if event.event_date is not None:
        return ("year", event.event_date.year)
    return None


# --- COMMITMENT, AID, SCHOLARSHIP ---------------------------------------------------------------------------


def _commitments(doc: _Document, sentence: Sentence) -> list[Event]:
    folded = doc.folded_of(sentence)
    trigger = next(iter(find_phrases(folded, "commitment", "triggers")), None) or _future_pledge(folded)
    if trigger is None:
        return []
    places = doc.places_in(sentence.start, sentence.end)
    bilateral = has_phrase(folded, "commitment", "bilateral")
    if not (_has_foreign(doc, places) or bilateral):
        return []
    vn_code, foreign_code = _parties(doc, places)
    before = [p for p in places if p.start < sentence.start + trigger.start()]
    committed_by = "both" if bilateral and not before else (
        "foreign" if before and before[-1].country_code != "VN" else "vn")
    return [Event("COMMITMENT", vn_code, foreign_code, None, None, None, None, None, None, None, None, None,
                  _category(folded, "COMMITMENT", trigger.start()), committed_by, None, sentence.text, sentence.start,
                  sentence.end)]


def _future_pledge(folded: str) -> re.Match[str] | None:
    """"sẽ" followed within a few words by a verb of giving or doing together (sẽ tiếp tục hỗ trợ)."""
    marker = phrase_pattern(words("commitment", "future_markers")).pattern
    verbs = phrase_pattern(words("commitment", "future_verbs")).pattern
    return re.search(rf"{marker}(?:\s+\S+){{0,{_FUTURE_WINDOW}}}?\s+{verbs}", folded)


def _aid(doc: _Document, sentence: Sentence) -> list[Event]:
    folded = doc.folded_of(sentence)
    verb = next(iter(find_phrases(folded, "aid", "verbs")), None)
    if verb is None or not has_phrase(folded, "aid", "materials"):
        return []
    if has_phrase(folded[: verb.start()], "aid", "pledged"):
        return []
    places = doc.places_in(sentence.start, sentence.end)
    vn_code, foreign_code = _parties(doc, places, folded)
    if foreign_code is None and not has_phrase(folded, "aid", "many_partners"):
        return []  # support between Vietnamese provinces is not foreign relations
    amount = next((q for q in find_quantities(sentence.text) if _unit(q)), None)  # money or counted items
    return [Event("AID", vn_code, foreign_code, None, None, None, None, None, None,
                  amount.minimum if amount else None, amount.maximum if amount else None,
                  _unit(amount) if amount else None, _category(folded, "AID", verb.start()), None, None,
                  sentence.text, sentence.start, sentence.end)]


def _scholarships(doc: _Document, sentence: Sentence) -> list[Event]:
    folded = doc.folded_of(sentence)
    units = phrase_pattern(words("scholarship", "units"))
    if not units.search(folded):
        return []
    awards = phrase_pattern(words("scholarship", "award_units"))
    per_year = "/year" if has_phrase(folded, "scholarship", "per_year") else ""
    kind = "scholarship" if awards.search(folded) else "students_hosted"
    events = []
    for quantity in find_quantities(sentence.text):
        counted = fold(quantity.unit_text)
        if not units.match(counted) or (quantity.maximum or quantity.minimum or 0) < 1:
            continue
        start = sentence.start + quantity.start
        clause_end = _clause_end(doc, start, sentence.end)
        places = doc.places_in(start, clause_end) or doc.places_in(sentence.start, sentence.end)
        if not (_has_foreign(doc, places) or has_phrase(folded, "scholarship", "foreign_markers")):
            continue
        vn_code, foreign_code = _parties(doc, places)
        events.append(Event("SCHOLARSHIP", vn_code, foreign_code, None, None, None, None, None, None,
                            quantity.minimum, quantity.maximum,
                            ("scholarships" if awards.match(counted) else "students") + per_year,
                            kind, None, None, sentence.text, sentence.start, sentence.end))
    return events


def _clause_end(doc: _Document, start: int, sentence_end: int) -> int:
    match = _CLAUSE_BREAK.search(doc.folded, start, sentence_end)
    return match.start() if match else sentence_end


def _unit(quantity: Quantity) -> str | None:
    """A currency code, or the counted item's unit (50.000 khẩu trang → masks)."""
    text = fold(quantity.unit_text)
    units = {**lexicon()["aid"]["currencies"], **lexicon()["aid"]["item_units"]}
    return next((units[name] for name in units if text.startswith(fold(name))), None)


def _category(folded: str, event_type: str, trigger: int = 0) -> str:
    """What the pledge or gift is about: the first category word after the trigger, else the first
    category (in the type's order) named anywhere in the sentence."""
    order = words("category_order", event_type)
    specific = [c for c in order if c not in words("generic_categories")]
    after = [(match.start(), category) for category in specific
             for match in find_phrases(folded[trigger:], "categories", category)[:1]]
    if after:
        return min(after)[1]
    return next((c for c in order if has_phrase(folded, "categories", c)), "general")
