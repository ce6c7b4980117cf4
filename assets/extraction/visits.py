"""VISIT: a delegation travelling to the other side, one event per trip and partner in an article.

Every sentence about the trip (a diplomatic verb, or a visit verb with a delegation word) votes on the
direction and may date it; talks and courtesy calls during the trip belong to it. A trip that is only
planned or being prepared is not a visit. The partner must be named by the trip's own sentences (by
name, by a group word pointing to the article's list, or as "đoàn bạn"): a domestic trip in an article
that mentions a foreign province elsewhere is not a visit.
"""

from __future__ import annotations

import re
from collections import Counter

from assets.extraction.document import Document
from assets.extraction.event import Event
from assets.extraction.lexicon import find_phrases, has_phrase, phrase_pattern, words
from assets.extraction.mentions import Mention
from assets.extraction.parties import foreign_parties, vn_party
from assets.extraction.sentences import Sentence

_DELEGATION = re.compile(r"(?<!\w)(?:đoàn|phái đoàn)(?! thanh niên)(?!\w)")
_PLACE_AFTER_WORD = 45  # characters from "tại"/"sang" or "đoàn" to the place they introduce
_LED_BY = re.compile(r"(?<!\w)do(?:\s+(?:đồng chí|ông|bà|ngài))?\s*$")


def visits(doc: Document) -> list[Event]:
    trip = [s for s in doc.sentences if _about_the_trip(doc.folded_of(s))]
    if not trip:
        return []
    partners: list[str] = []
    for sentence in trip:
        partners = foreign_parties(doc, doc.places_in(sentence.start, sentence.end), doc.folded_of(sentence),
                                   fallback=False)
        if partners:
            break
    if not partners:
        return []
    vn_code = vn_party(doc, [p for s in trip for p in doc.places_in(s.start, s.end)])
    votes = Counter(v for s in trip for v in _direction_votes(doc, s))
    direction = votes.most_common(1)[0][0] if votes else None
    when = next((d for s in trip for d in doc.dates_in(s) if d.precision in ("day", "month")), None)
    first = trip[0]
    return [Event.of("VISIT", vn_code, code, first, direction=direction, when=when, leader_name=_leader(doc, code))
            for code in partners]


def _about_the_trip(folded: str) -> bool:
    if not has_phrase(folded, "visit", "triggers"):
        return False
    if has_phrase(phrase_pattern(words("visit", "invitation_honoured")).sub(" ", folded), "visit", "planned"):
        return False
    return has_phrase(folded, "visit", "diplomatic") or has_phrase(folded, "visit", "delegation")


def _direction_votes(doc: Document, sentence: Sentence) -> list[str]:
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


def _first_place_after(doc: Document, position: int) -> Mention | None:
    stop = doc.body.find(".", position)
    limit = min(position + _PLACE_AFTER_WORD, stop if stop >= 0 else len(doc.body))
    return next((p for p in doc.places if position <= p.start < limit), None)


def _leader(doc: Document, partner: str) -> str | None:
    """Head of the delegation: "do (đồng chí) X … làm trưởng đoàn / dẫn đầu", or "X … cùng các thành viên
    đoàn"; when each partner's delegation has its head, the one of the sentence naming this partner."""
    found = [leader for sentence in doc.sentences for leader in _leaders_in(doc, sentence)]
    own = [name for start, end, name in found if any(p.admin_code == partner for p in doc.places_in(start, end))]
    return (own or [name for _, _, name in found] or [None])[0]


def _leaders_in(doc: Document, sentence: Sentence) -> list[tuple[int, int, str]]:
    """(clause start, clause end, name) of every head named in a sentence: "đoàn tỉnh A do X dẫn đầu;
    đoàn tỉnh B do Y dẫn đầu" names two, each in its clause."""
    leaders = []
    start = sentence.start
    for marker in find_phrases(doc.folded_of(sentence), "visit", "leader_after"):
        end = sentence.start + marker.start()
        persons = [p for p in doc.persons if start <= p.start < end]
        led = [p for p in persons if _LED_BY.search(doc.folded[start : p.start])]
        if led or persons:
            leaders.append((start, end, (led or persons[-1:])[0].text))
        start = sentence.start + marker.end()
    return leaders
