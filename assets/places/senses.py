"""Names several units share, and how the text around one decides which unit it is.

A spelling can belong to units of several countries (Hà Nam: Viet Nam's VN-63 and Henan, CN-HA, in
Sino-Vietnamese; Sơn Tây: a town of Hà Nội and Shanxi, CN-SX) or of one country at one level (huyện Châu
Thành, in several provinces). Its default, used when nothing around it decides, is the Vietnamese unit if there
is one (the texts are Vietnamese news), else the unit of the highest level if only one is there, else nothing.
The rules, first that decides wins:

1. a unit word right before it: "tỉnh" asks for a province-level unit, "huyện", "mường", "thị xã" for a
   unit below one ("tỉnh Sơn Tây" is Shanxi, "huyện Quảng Nam" the county of Yunnan);
2. a country or province named right after it: "Hà Nam (Trung Quốc)", "Hà Nam, Trung Quốc", "Hà Nam của
   Trung Quốc", "huyện Phú Ninh (Vân Nam)" (the unit of that province, else of that country);
3. the unit listed beside it: "Hà Nam, Hồ Bắc và Quảng Tây" takes the country of Hồ Bắc;
4. the countries the text is about (the caller's hint, or the countries the text names, and Viet Nam) when
   exactly one candidate lies in them;
5. the default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from assets.places.catalogue import LEVELS, Place

_PROVINCE_WORD = re.compile(r"(?:tỉnh|bang|vùng|thủ đô|khu tự trị)\s+$")
_LOCALITY_WORD = re.compile(r"(?:huyện|mường|muang|thị xã|quận|thành phố|tp\.?|châu)\s+$")
_MARKER_GAP = re.compile(r"\s*[(,–-]?\s*(?:(?:của|thuộc|ở|tại)\s+)?(?:(?:nước|tỉnh|khu tự trị)\s+)?")
_LIST_GAP = re.compile(r"\s*(?:,|;|và|cùng|với|/|-|–)\s*(?:(?:tỉnh|thành phố|khu tự trị)\s+)?")
_WORD_REACH = 16


@dataclass(frozen=True)
class Context:
    """A text and the spans the gazetteer found in it (start, end, senses), in order."""

    text: str
    folded: str
    spans: list
    countries: frozenset[str]

    def named_after(self, index: int) -> Place | None:
        """The country or province named right after span `index` ("Hà Nam (Trung Quốc)", "..., tỉnh Vân Nam")."""
        if index + 1 >= len(self.spans):
            return None
        end, (start, _, senses) = self.spans[index][1], self.spans[index + 1]
        place = senses.default if senses is not None and not senses.ambiguous else None
        if place is None or place.level == "locality":
            return None
        return place if _MARKER_GAP.fullmatch(self.folded, end, start) else None

    def sibling_countries(self, index: int) -> list[str]:
        """Countries of the unambiguous units listed right before and after span `index`."""
        found = []
        for other, (left, right) in ((index - 1, (index - 1, index)), (index + 1, (index, index + 1))):
            if not 0 <= other < len(self.spans):
                continue
            senses = self.spans[other][2]
            if senses is None or senses.ambiguous or senses.default is None or senses.default.level == "country":
                continue
            if _LIST_GAP.fullmatch(self.folded, self.spans[left][1], self.spans[right][0]):
                found.append(senses.default.country_code)
        return found

    def unit_word_before(self, index: int) -> str | None:
        start = self.spans[index][0]
        before = self.folded[max(0, start - _WORD_REACH) : start]
        if _PROVINCE_WORD.search(before):
            return "province"
        return "locality" if _LOCALITY_WORD.search(before) else None


@dataclass(frozen=True)
class Senses:
    """The units one spelling names, and the one it names when nothing around it says otherwise."""

    default: Place | None
    candidates: tuple[Place, ...]

    @cached_property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1

    def choose(self, context: Context, index: int) -> Place | None:
        level = context.unit_word_before(index)
        if level is not None and (chosen := _preferred([p for p in self.candidates if p.level == level])):
            return chosen
        marker = context.named_after(index)
        if marker is not None:
            inside = _preferred([p for p in self.candidates if p.admin_code == marker.admin_code])
            if chosen := inside or self._in({marker.country_code}):
                return chosen
        for country in context.sibling_countries(index):
            if chosen := self._in({country}):
                return chosen
        return self.choose_by_countries(context.countries)

    def choose_by_countries(self, countries: frozenset[str]) -> Place | None:
        inside = [p for p in self.candidates if p.country_code in countries]
        return inside[0] if len(inside) == 1 else self.default

    def _in(self, countries: set[str]) -> Place | None:
        return _preferred([p for p in self.candidates if p.country_code in countries])


def senses_of(places: list[Place]) -> Senses:
    """One candidate per unit (a spelling listed twice for one unit, or for a province and its namesake
    district, names one unit), with the default described in the module docstring."""
    if len(places) == 1:  # most spellings
        return Senses(places[0], (places[0],))
    by_unit: dict[str, Place] = {}
    for place in sorted(places, key=lambda p: LEVELS.index(p.level)):
        by_unit.setdefault(place.admin_code, place)
    candidates = tuple(by_unit.values())
    vietnamese = [p for p in candidates if p.country_code == "VN"]
    return Senses(_preferred(vietnamese) or _preferred(list(candidates)), candidates)


def _preferred(places: list[Place]) -> Place | None:
    """The one unit of the highest level among `places`, or None when two units share that level."""
    if not places:
        return None
    top = min(LEVELS.index(p.level) for p in places)
    best = [p for p in places if LEVELS.index(p.level) == top]
    return best[0] if len(best) == 1 else None
