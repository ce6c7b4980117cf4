"""Foreign names written syllable by syllable, whatever joins the syllables.

The press transliterates Lao, Cambodian and Thai names by ear, one syllable at a time, and joins the syllables
as each outlet likes: "Phông Xa Lỳ", "Phông-sa-lỳ", "Phoong - Sa - Lỳ", "Luông - Pha – Băng". The exact and
diacritic-free automata of the gazetteer match a name only when its syllables are joined by one space or one
hyphen (folding turns "a-b" into "a b" but "a - b" into "a   b"), and only in a spelling the data lists. This
module gives each such name a compact key, its letters without diacritics, separators, doubled letters
("Phoong" is "Phông") or the press's interchangeable letters (x/s, y/i: "Xa La Văn" is "Sa La Van"), and finds
names by that key in capitalised runs of syllables: joined by dashes, or by spaces in a joining the data does
not list ("Xa Vanakhet", "Xê Koong"). The check is confined to such runs, and a name of few letters written
without a dash is read only after its unit word: capitalised words joined by spaces are as often a person.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from assets.places.catalogue import LEVELS
from assets.places.senses import Senses

# Countries whose names the Vietnamese press transliterates syllable by syllable. Chinese units are left out:
# their Sino-Vietnamese names are Vietnamese syllables ("Vân Nam" would be keyed like the given name Văn Nam).
SYLLABLE_COUNTRIES = frozenset({"LA", "KH", "TH", "MM", "KR", "JP", "RU", "MN"})
_MIN_KEY_LETTERS = 5  # a shorter key ("Ta - keo", "Bò - kẹo") may be two Vietnamese words
# Without a dash, capitalised words are a person's name as often ("Anh Tà Kéo"): a shorter name is read only
# after its unit word.
_SPACED_MIN_KEY_LETTERS = 6
_DASH = re.compile(r"[-–]")
_DOUBLED = re.compile(r"(.)\1+")
_SYLLABLE = re.compile(r"[^\W\d_]+")
# A unit word right before a run belongs to the name when a spelling carries it: "tỉnh Viêng - Chăn" is the
# province, "Viêng - Chăn" the capital. Matched on the text without diacritics; the gazetteer reads short
# names without their diacritics only after such a word ("tỉnh Bô Kẹo").
UNIT_WORD_BEFORE = re.compile(r"(?:tinh|huyen|muong|thanh pho|tp|thu do)[ \t]+$")
UNIT_WORD_REACH = 12


def _plain_table() -> dict[int, str]:
    """Each accented Latin letter to its bare letter (đ to d), one character for one: offsets stay."""
    table = {}
    for code in range(0xC0, 0x1F00):
        bare = unicodedata.normalize("NFD", chr(code))[0]
        if bare.isascii() and bare.isalpha() and chr(code).isalpha():
            table[code] = bare.lower() if chr(code).islower() else bare
    table[ord("đ")], table[ord("Đ")] = "d", "D"
    return table


PLAIN = _plain_table()


def _run_pattern() -> re.Pattern[str]:
    """A capitalised run of two syllables or more: capitalised words joined by spaces ("Xa Vanakhet", "Xê
    Koong"), then maybe a dash and words joined by dashes (any case: "Bô - ly - khăm - xay") or by spaces to a
    capitalised word. It starts with a character class, so the search skips to capital letters, and its
    quantifiers are possessive: a lone capitalised word not followed by a dash fails at once."""
    upper = "".join(sorted({chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha()}))
    capitalised, word, dash = rf"[{upper}][^\W\d_]*+", r"[^\W\d_]++", r"[ \t]*+[-–][ \t]*+"
    dashed = rf"{dash}{word}(?:{dash}{word}|[ \t]+{capitalised})*+"
    return re.compile(rf"{capitalised}(?:(?:[ \t]+{capitalised})++(?:{dashed})?|{dashed})")


_RUN = _run_pattern()


def compact_key(plain: str) -> str:
    """The letters of a name without diacritics (`plain` went through PLAIN), separators and doubled letters,
    x and y written s and i: "Phoong - Sa - Lỳ", "Phông-xa-lỳ" and "Phongsaly" are all "phongsali"."""
    return _squeezed("".join(_SYLLABLE.findall(plain.lower())))


@lru_cache(maxsize=4096)
def _squeezed(letters: str) -> str:
    """`letters` with doubled letters once, x and y as s and i. Cached: a page's runs repeat the same syllables
    ("Việt Nam - Lào", "Phó Chủ tịch"), and a cache hit is cheaper than the substitution."""
    return _DOUBLED.sub(r"\1", letters.replace("x", "s").replace("y", "i"))


class SyllableIndex:
    """The compact keys of the names of SYLLABLE_COUNTRIES' units, and where they are written in a text."""

    def __init__(self, senses: dict[str, Senses]) -> None:
        self._keys = _keys(senses)
        # every beginning of a key: a run's syllables are joined only while they may still spell a name
        self._beginnings = {key[:length] for key in self._keys for length in range(1, len(key) + 1)}

    def hits(self, text: str, plain: str) -> Iterator[tuple[int, int, Senses]]:
        """(start, end, senses) of each name of two or more syllables in a capitalised run of `text`; `plain`
        is the folded text through PLAIN (same offsets). One-word names are the automata's to find."""
        for run in _RUN.finditer(text):
            start = run.start()
            if start > 0 and text[start - 1].isalnum():
                continue
            unit_word = UNIT_WORD_BEFORE.search(plain, max(0, start - UNIT_WORD_REACH), start)
            unit = [] if unit_word is None else [m.span() for m in _SYLLABLE.finditer(plain, *unit_word.span())]
            syllables = unit + [m.span() for m in _SYLLABLE.finditer(text, start, run.end())]
            dashed = _DASH.search(text, start, run.end()) is not None
            for hit in self._in_run(syllables, text, plain, len(unit)):
                if dashed or hit[0] < start or len(compact_key(plain[hit[0] : hit[1]])) >= _SPACED_MIN_KEY_LETTERS:
                    yield hit

    def _in_run(self, syllables: list[tuple[int, int]], text: str, plain: str,
                unit_syllables: int) -> Iterator[tuple[int, int, Senses]]:
        """The longest name starting at each capitalised syllable (or at the unit word of `unit_syllables`
        syllables the run follows), left to right, never overlapping."""
        first = 0
        while first < len(syllables) - 1:
            if first == 0 and unit_syllables:
                found = self._longest_from(syllables, first, plain, unit_syllables + 1)
            elif text[syllables[first][0]].isupper():
                found = self._longest_from(syllables, first, plain, 1)
            else:
                found = None
            if found is None:
                first += 1
                continue
            last, senses = found
            yield syllables[first][0], syllables[last][1], senses
            first = last + 1

    def _longest_from(self, syllables: list[tuple[int, int]], first: int, plain: str,
                      least: int) -> tuple[int, Senses] | None:
        """The last syllable and senses of the longest name starting at `first` that goes on at least `least`
        syllables past it (a unit word and a one-word name, "thành phố Mạt", is the automata's)."""
        found, letters = None, ""
        for last in range(first, len(syllables)):
            start, end = syllables[last]
            letters = _squeezed(letters + plain[start:end])
            if letters not in self._beginnings:
                break
            if last >= first + least and letters in self._keys:
                found = last, self._keys[letters]
        return found


def _keys(senses: dict[str, Senses]) -> dict[str, Senses]:
    """Each compact key of a spelling of one unit of SYLLABLE_COUNTRIES, long enough not to be two Vietnamese
    words, and which no spelling of another unit (of any country, Viet Nam's included) shares."""
    units: dict[str, set[str]] = defaultdict(set)
    eligible: dict[str, list[Senses]] = defaultdict(list)
    for alias, sense in senses.items():
        key = compact_key(alias.translate(PLAIN))
        units[key].update(p.admin_code for p in sense.candidates)
        if (sense.default is not None and not sense.ambiguous and sense.default.country_code in SYLLABLE_COUNTRIES
                and len(key) >= _MIN_KEY_LETTERS):
            eligible[key].append(sense)
    return {key: min(found, key=_level) for key, found in eligible.items() if len(units[key]) == 1}


def _level(sense: Senses) -> int:
    """Lower for a higher level: a key a province and its namesake district share names the province."""
    return LEVELS.index(sense.default.level)
