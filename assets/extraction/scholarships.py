"""SCHOLARSHIP: scholarships granted and students hosted, one event per stated count and partner.

A count belongs to the partner named in its own clause: the place right before it in a breakdown
("trong đó tỉnh A 540 em"), else the places after it up to the next clause or count ("cho mỗi tỉnh A, B
và C" gives one event each), else those of the sentence. A total for a whole country beside counts for
its provinces stays a count for the country. Domestic scholarships (no foreign side) are not counted.
"""

from __future__ import annotations

import re

from assets.extraction.document import Document
from assets.extraction.event import Event
from assets.extraction.lexicon import find_phrases, has_phrase, phrase_pattern, words
from assets.extraction.mentions import Mention
from assets.extraction.parties import acting, foreign_parties, has_group_word, has_side_word, vn_party
from assets.extraction.quantities import Quantity, find_quantities
from assets.extraction.sentences import Sentence
from assets.vntext import fold

_CLAUSE_BREAK = re.compile(r";|\btrong đó\b|\bbao gồm\b|\bgồm\b")
_BREAKDOWN_GAP = 3
_PER_YEAR_SLASH = re.compile(r"/\s*năm(?!\w)")  # "40 suất học bổng/năm"
# "đào tạo 2.350 cán bộ": officials counted as trainees only right after a verb of training or hosting
_TRAINED_BEFORE = re.compile(r"(?:đào tạo|bồi dưỡng|tiếp nhận|tập huấn)(?:\s+cho)?\s*(?:hơn|trên|gần|khoảng)?\s*$")
_TRAINING_VERB_REACH = 25  # characters between a place and the count it heads ("tỉnh Hủa Phăn 540 em")
_CLAUSE_START = re.compile(r"[;:]|\btrong đó\b")
_STUDYING_NOW = re.compile(r"\bđang\b")
_STUDYING_REACH = 40  # characters after a count of students in which "đang (học)" says they are there now


def scholarships(doc: Document, sentence: Sentence) -> list[Event]:
    folded = doc.folded_of(sentence)
    units = phrase_pattern(words("scholarship", "units"))
    if not units.search(folded) or not has_phrase(folded, "scholarship", "study_words"):
        return []
    awards = phrase_pattern(words("scholarship", "award_units"))
    per_year = "/year" if has_phrase(folded, "scholarship", "per_year") or _PER_YEAR_SLASH.search(folded) else ""
    kind = "scholarship" if awards.search(folded) else "students_hosted"
    counts = [q for q in find_quantities(sentence.text) if (q.maximum or q.minimum or 0) >= 1]
    events = []
    counted_before = False
    for index, quantity in enumerate(counts):
        counted = fold(quantity.unit_text)
        # "… trong đó tỉnh A 540 em", "học bổng … gồm 20 suất đại học": a share counted in persons or places
        breakdown = (counted_before or awards.search(folded)) and phrase_pattern(
            words("scholarship", "breakdown_units")).match(counted)
        trained = phrase_pattern(words("scholarship", "trainees")).match(counted) and _TRAINED_BEFORE.search(
            folded[max(0, quantity.start - _TRAINING_VERB_REACH) : quantity.start])
        if not (units.match(counted) or breakdown or trained) or _requested(folded, quantity):
            continue
        counted_before = True
        following = counts[index + 1].start if index + 1 < len(counts) else len(sentence.text)
        places = acting(doc, _clause_places(doc, sentence, quantity, following))
        if not any(p.country_code != "VN" for p in places):  # the giver named before: "A sẽ cấp N suất cho B"
            places += [p for p in acting(doc, doc.places_in(sentence.start, sentence.end)) if p.country_code != "VN"]
        clause = doc.folded[sentence.start + quantity.start : sentence.start + following]
        if not (any(p.country_code != "VN" for p in places) or has_phrase(folded, "scholarship", "foreign_markers")
                or has_side_word(folded) or has_group_word(clause)):
            continue
        awarded = awards.match(counted) or (counted.startswith("suất") and awards.search(folded))
        unit = ("scholarships" if awarded else "students") + per_year
        for code in foreign_parties(doc, places, clause):
            events.append(Event.of("SCHOLARSHIP", vn_party(doc, doc.places_in(sentence.start, sentence.end)), code,
                                   sentence, quantity=quantity, unit=unit, category=kind))
    return events


def _requested(folded: str, quantity: Quantity) -> bool:
    """A count one side asks or hopes for ("đề nghị tỉnh bạn nâng số suất học bổng lên 40 suất") is not
    granted yet. Granted are "theo đề nghị của tỉnh bạn, tỉnh đã cấp …" (the request as a noun) and students
    the request is about who study there now ("đề nghị quan tâm 400 sinh viên đang học tập tại …")."""
    clause = _CLAUSE_START.split(folded[: quantity.start])[-1]
    asked = any(not clause.startswith(" của", m.end()) for m in find_phrases(clause, "commitment", "not_after"))
    return asked and not _STUDYING_NOW.search(folded, quantity.start, quantity.end + _STUDYING_REACH)


def _clause_places(doc: Document, sentence: Sentence, quantity: Quantity, following: int) -> list[Mention]:
    start = sentence.start + quantity.start
    heading = [p for p in doc.places_in(sentence.start, start) if 0 <= start - p.end <= _BREAKDOWN_GAP]
    if heading:
        return heading
    end = sentence.start + following
    stop = _CLAUSE_BREAK.search(doc.folded, start, end)
    return doc.places_in(start, stop.start() if stop else end) or doc.places_in(sentence.start, sentence.end)
