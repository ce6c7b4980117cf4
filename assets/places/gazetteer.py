"""The place gazetteer: every spelling of every unit in the catalogue, found in one pass over a text.

`find` returns non-overlapping mentions: the longest capitalised, word-bounded spelling wins. A name that is
not a party is dropped: one after a ward, commune or street word ("phường Long An", "đường Hà Nội"), one that
is part of a person's name ("ông Nguyễn Thái Bình"), one inside a longer non-place name (not_places.csv).
A name shared by several units (Hà Nam: Viet Nam's province and Henan in Sino-Vietnamese) is decided from its
context (see `assets.places.senses`). Lao and Cambodian names are also matched without their diacritics, and
names transliterated syllable by syllable whatever joins the syllables (see `assets.places.syllables`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

import ahocorasick

from assets.places.catalogue import DATA, Place, load_places, rows
from assets.places.senses import Context, Senses, senses_of
from assets.places.spelling import capitalised, distinctive
from assets.places.syllables import PLAIN, UNIT_WORD_BEFORE, UNIT_WORD_REACH, SyllableIndex
from assets.vntext import ascii_key, fold

__all__ = ["DATA", "Gazetteer", "Place", "PlaceMatch", "default_gazetteer", "load_places"]

_UNIT_WORD = re.compile(r"^(huyện|quận|thị xã|thành phố|tp\.?|mường|muang|meuang)\s+")
# A ward, commune, village, street or river named after a unit is not that unit ("phường Long An", "xã Hà
# Giang", "đường Hà Nội"); "thị xã", "thành phố", "nông thôn" and "Nhật Bản" end in such words but are not.
_NOT_A_PARTY_WORDS = frozenset({"phường", "xã", "thôn", "ấp", "khóm", "phố", "đường", "ngõ", "hẻm", "sông", "bản"})
_NOT_A_PARTY_PAIRS = frozenset({("thị", "trấn")})
# "chính quyền cấp xã Nghệ An": the communes of the unit, which is named.
_NOT_GUARDS = frozenset({("thị", "xã"), ("thành", "phố"), ("nông", "thôn"), ("nhật", "bản"), ("cấp", "xã"),
                         ("cấp", "phường")})
# "ông Nguyễn Thái Bình", "bà Hà Nam": a lower-case honorific and up to two capitalised words before the match.
_HONORIFICS = frozenset({"ông", "bà", "anh", "chị", "em", "cụ", "cháu", "chí"})  # chí: đồng chí
_CAPITAL_HONORIFICS = frozenset({"Ông", "Bà"})  # opening a sentence; "Anh" there is England
_PREVIOUS_WORDS = re.compile(r"(?:(\S+)[ \t]+)?(\w+)[ \t]+$")
_SENTENCE_END = (".", "!", "?", ":", ";")
_NAME_HEAD = re.compile(r"(?:(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|bang|vùng|khu vực|châu|mường)\s+)?", re.I)
_NEXT_WORD = re.compile(r"[ \t]+(\w)")
_PARTY_UNIT_WORD = re.compile(r"(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)\s")
_LEADING_UNIT_WORD = re.compile(r"(?:huyện|quận|thị xã|thành phố|tp\.?|mường|muang|meuang|châu)\s")
_BEFORE_REACH = 40
_PLAIN_COUNTRIES = frozenset({"LA", "KH"})  # transliterated by ear, so spelt many ways
_PLAIN_MIN_LETTERS = 7  # a bare spelling shorter than this may be a Vietnamese word ("nam", "lao")
# ... unless it has two syllables and a unit word stands right before it: "tỉnh Bô Kẹo" is Bò Kẹo.
_PLAIN_UNIT_MIN_LETTERS = 4
# Where a hit comes from, in order of preference at one start and length.
_EXACT, _WITHOUT_DIACRITICS, _BY_SYLLABLES = 0, 1, 2


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    text: str
    place: Place


class Gazetteer:
    """Aho-Corasick over folded spellings; the longest capitalised, word-bounded match wins."""

    def __init__(self, places: list[Place], not_places: Collection[str] = ()) -> None:
        self.places = {p.entity_id: p for p in places}
        by_alias: dict[str, list[Place]] = defaultdict(list)
        for place in places:
            for alias in place.aliases:
                by_alias[fold(alias)].append(place)
        self._senses = {alias: senses_of(candidates) for alias, candidates in by_alias.items()}
        self._bare_names = {a for a, s in self._senses.items() if s.default} | {
            _UNIT_WORD.sub("", fold(alias)) for p in places if p.level == "locality" for alias in p.aliases}
        self._automaton = ahocorasick.Automaton()
        for alias, senses in self._senses.items():
            self._automaton.add_word(alias, (len(alias), senses))
        for name in not_places:  # occupies its span, so the place inside it is not matched
            key = fold(name)
            if key not in self._senses:
                self._automaton.add_word(key, (len(key), None))
        self._automaton.make_automaton()
        self._plain = _plain_automaton(self._senses)
        self._syllables = SyllableIndex(self._senses)

    def find(self, text: str, countries: Collection[str] | None = None, folded: str | None = None) -> list[PlaceMatch]:
        """Non-overlapping place mentions in `text`, with offsets into `text`.

        `countries` (ISO 3166-1 codes) is a hint for names several units share: the countries the text is
        about, e.g. the article's partner countries. Without it, the countries named in `text` and Viet Nam
        are used. Unambiguous names are never affected; see `assets.places.senses` for the rules. `folded`
        is `fold(text)` when the caller has it already (a page is folded once)."""
        folded = fold(text) if folded is None else folded
        spans = self._longest_spans(text, folded)
        named = {senses.default.country_code for *_, senses in spans
                 if senses is not None and senses.default is not None and senses.default.level == "country"}
        context = Context(text, folded, spans, frozenset(countries) if countries is not None else
                          frozenset(named | {"VN"}))
        found = []
        for index, (start, end, senses) in enumerate(spans):
            if senses is None:
                continue
            place = senses.choose(context, index) if senses.ambiguous else senses.default
            if place is None or (place.level != "country" and _not_a_party(text, folded, start)):
                continue
            if not (place.level == "locality" and _inside_a_name(text, folded, start, end)):
                found.append(PlaceMatch(start, end, text[start:end], place))
        return found

    def _longest_spans(self, text: str, folded: str) -> list[tuple[int, int, Senses | None]]:
        """Leftmost, then longest, word-bounded and capitalised spans, an exact spelling before a foreign one
        matched without its diacritics, before one matched by its syllables (whose run is capitalised as a
        dash-joined name is: "Bô - ly - khăm - xay"); a hit inside a chosen span is skipped before its (costlier)
        checks."""
        plain_text = folded.translate(PLAIN)
        exact = ((end_index - length + 1, -length, _EXACT, senses) for end_index, (length, senses)
                 in self._automaton.iter(folded))
        plain = ((end_index - length + 1, -length, _WITHOUT_DIACRITICS, senses)
                 for end_index, (length, senses, after_unit) in self._plain.iter(plain_text)
                 if not after_unit or UNIT_WORD_BEFORE.search(
                     plain_text, max(0, end_index - length + 1 - UNIT_WORD_REACH), end_index - length + 1))
        syllables = [(start, start - end, _BY_SYLLABLES, senses)
                     for start, end, senses in self._syllables.hits(text, plain_text)]
        found = sorted([*exact, *plain, *syllables], key=lambda hit: hit[:3])
        if syllables:
            found = [hit for hit in found if not _cut_by(hit, syllables)]
        chosen: list[tuple[int, int, Senses | None]] = []
        for start, minus_length, source, senses in found:
            end = start - minus_length
            if chosen and start < chosen[-1][1]:
                continue
            if _bounded(folded, start, end) and (source == _BY_SYLLABLES or capitalised(text[start:end])):
                chosen.append((start, end, senses))
        return chosen

    def is_place_name(self, text: str) -> bool:
        """Whether `text` is a place's bare name (a district written without "huyện"), never a person."""
        return fold(text) in self._bare_names

    def resolve(self, name: str, countries: Collection[str] | None = None) -> Place | None:
        """The place a whole name denotes (any spelling), or None. A name several units share is decided by
        `countries` (the countries it is about) when exactly one of them lies there; otherwise it takes its
        default. A name that is no spelling ("tỉnh Hà Nam (Trung Quốc)") is the unit `find` sees at its head, in
        the context of the rest."""
        senses = self._senses.get(fold(name.strip())) or self._senses.get(ascii_key(name))
        if senses is None:  # a name with its context: "tỉnh Hà Nam (Trung Quốc)", "huyện Phú Ninh, tỉnh Vân Nam"
            name = name.strip()
            found = self.find(name, countries)
            return found[0].place if found and found[0].start in (0, _NAME_HEAD.match(name).end()) else None
        if senses.ambiguous and countries is not None:
            return senses.choose_by_countries(frozenset(countries))
        return senses.default


def _plain_automaton(senses: dict[str, Senses]) -> ahocorasick.Automaton:
    """Lao and Cambodian spellings without diacritics: the press writes their names with the tones and vowel
    marks it hears (Phông Sả Lỳ, Phôngsalỳ for Phông-sa-lỳ, Phongsaly). Only names of one unit that no
    Vietnamese spelling shares once bare, and long enough not to be a common word, are matched so; a shorter
    name of two syllables or more only right after a unit word (the third value of each entry)."""
    by_key: dict[str, set[Senses]] = defaultdict(set)
    vietnamese = set()
    for alias, sense in senses.items():
        key = alias.translate(PLAIN)
        letters = len(key.replace(" ", ""))
        if any(p.country_code == "VN" for p in sense.candidates):
            vietnamese.add(key)
        elif (sense.default and not sense.ambiguous and sense.default.country_code in _PLAIN_COUNTRIES
              and (letters >= _PLAIN_MIN_LETTERS or (letters >= _PLAIN_UNIT_MIN_LETTERS and " " in key))):
            by_key[key].add(sense)
    automaton = ahocorasick.Automaton()
    for key, found in by_key.items():
        units = {s.default.admin_code for s in found}
        exact = senses.get(key)  # a bare spelling that is itself a spelling must be one of the same unit
        if key not in vietnamese and len(units) == 1 and (exact is None or (
                exact.default is not None and exact.default.admin_code in units)):
            after_unit = len(key.replace(" ", "")) < _PLAIN_MIN_LETTERS
            automaton.add_word(key, (len(key), next(iter(found)), after_unit))
    automaton.make_automaton()
    return automaton


def _not_a_party(text: str, folded: str, start: int) -> bool:
    """A ward, street or river named after a unit, or a person's name: not the unit. A name that starts with
    its own unit word ("tỉnh Long An") is the unit whatever comes before it."""
    before = folded[max(0, start - _BEFORE_REACH) : start].split()[-3:]
    if not before or _PARTY_UNIT_WORD.match(folded, start):
        return False
    if before[-1] in _NOT_A_PARTY_WORDS and tuple(before[-2:]) not in _NOT_GUARDS:
        return True
    if tuple(before[-2:]) in _NOT_A_PARTY_PAIRS:
        return True
    if _HONORIFICS.isdisjoint(before):
        return False
    words = text[max(0, start - _BEFORE_REACH) : start].split()[-3:]
    for index, word in enumerate(words):
        if (word in _HONORIFICS or word in _CAPITAL_HONORIFICS) and all(w[:1].isupper() for w in words[index + 1 :]):
            return True
    return False


def _inside_a_name(text: str, folded: str, start: int, end: int) -> bool:
    """Whether a town's name is part of a longer name. Followed by a capitalised word, a short name starts one
    ("huyện Xay Thả Ny" is not Muang Xay), and so does a bare name of several syllables ("Tỉnh trưởng Phon-xay
    Vi-lay-vông" is a person); one long word stays the town ("Huyện trưởng Chanthabuly Duangta ..."). Right
    after a capitalised word within a sentence, a bare name ends one ("Nguyễn Văn Sơn" is not Wenshan; "Đoàn
    Sơn Tây" opening a sentence is a delegation of Sơn Tây)."""
    unit_word = _LEADING_UNIT_WORD.match(folded, start)
    name = folded[unit_word.end() if unit_word else start : end]
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1).isupper():
        long_word = " " not in name and distinctive(name)
        if not distinctive(name) or (unit_word is None and not long_word):
            return True
    if unit_word is not None:
        return False
    before = _PREVIOUS_WORDS.search(text, max(0, start - _BEFORE_REACH), start)
    mid_sentence = before is not None and before.group(1) is not None and not before.group(1).endswith(_SENTENCE_END)
    return mid_sentence and before.group(2)[:1].isupper()


def _cut_by(hit: tuple[int, int, int, Senses | None], names: list[tuple[int, int, int, Senses]]) -> bool:
    """Whether a hit ends inside a name written syllable by syllable that starts after it: a spelling that
    ends mid-name ("tỉnh Ra" of Fiji in "tỉnh Ra - ta - na - ki - ri") is not the place named."""
    start, end = hit[0], hit[0] - hit[1]
    return any(start < name_start < end < name_start - minus_length for name_start, minus_length, *_ in names)


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_" or after.isalnum() or after == "_")



@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer(load_places(), [row["name"] for row in rows("not_places.csv")])
