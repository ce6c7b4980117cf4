"""The place gazetteer: every spelling of every unit the analysts count, found in one pass over a text.

Data files beside this module (see data/README.md): Viet Nam's 63 province-level units and their
districts, the partners' provinces (Laos, Cambodia, China, Korea, Japan), and every ISO 3166-1 country.
Each place resolves to an `admin_code`: the ISO 3166-2 code of its province-level unit, or the ISO
3166-1 code of a country.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick

from assets.vntext import ascii_key, fold

DATA = Path(__file__).parent / "data"
# Words a place name may carry in lower case; every other word of a match must be capitalised
# (so "hòa bình" the noun is not Hòa Bình the province).
_LOWER_WORDS = {
    "tỉnh", "thành", "phố", "tp", "thủ", "đô", "huyện", "quận", "thị", "xã", "nước", "bạn", "cộng", "hòa",
    "dân", "chủ", "nhân", "liên", "bang", "vương", "quốc", "hợp", "chúng", "của", "các", "tiểu", "thống",
    "nhất", "khu", "tự", "trị", "tộc", "do", "xứ", "sở", "phù", "tang",
}
_CITY_PREFIXES = ("thành phố", "TP", "TP.")  # for centrally-run cities and for district-level cities
_UNIT_WORD = re.compile(r"^(huyện|quận|thị xã|thành phố|tp\.?)\s+")
_LEVEL = {"country": 0, "province": 1, "city": 1, "district": 2}


@dataclass(frozen=True)
class Place:
    entity_id: str
    kind: str  # country | province | city | district
    name: str
    name_en: str
    country_code: str
    admin_code: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    text: str
    place: Place


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def _split(aliases: str) -> list[str]:
    return [a.strip() for a in aliases.split("|") if a.strip()]


def _with_ascii(names: list[str]) -> list[str]:
    """Add the diacritic-free spelling of multi-syllable names (Ha Tinh for Hà Tĩnh)."""
    plain = [ascii_key(name) for name in names]
    return [*names, *(p.title() for p in plain if " " in p)]


def load_places() -> list[Place]:
    places: list[Place] = []
    for row in _rows("countries.csv"):
        names = _split(row["aliases"]) + ([] if row["ambiguous_name"] == "1" else [row["name"]])
        places.append(Place(row["code"], "country", row["name"], row["name_en"], row["code"], row["code"],
                            tuple(names)))
    for row in _rows("vn_provinces.csv"):
        prefixes = _CITY_PREFIXES if row["kind"] == "city" else ("tỉnh",)
        names = [row["name"], *(f"{p} {row['name']}" for p in prefixes), row["name_en"], *_split(row["aliases"])]
        if row["code"] == "VN-SG":  # "Hồ Chí Minh" alone is the President far more often than the city
            names.remove(row["name"])
        places.append(Place(row["code"], row["kind"], row["name"], row["name_en"], "VN", row["code"],
                            tuple(_with_ascii(names))))
    for row in _rows("vn_districts.csv"):
        prefixes = _CITY_PREFIXES if row["kind"] == "thành phố" else (row["kind"],)
        names = [f"{p} {row['name']}" for p in prefixes]
        entity_id = f"{row['province_code']}:{ascii_key(row['kind'] + ' ' + row['name']).replace(' ', '-')}"
        places.append(Place(entity_id, "district", f"{row['kind']} {row['name']}", ascii_key(row["name"]).title(),
                            "VN", row["province_code"], tuple(_with_ascii(names))))
    for row in _rows("foreign_places.csv"):
        names = [row["name"], row["name_en"], *_split(row["aliases"])]
        if row["kind"] == "district":  # the Vietnamese press writes "huyện Chanthabuly" for a Lao muang
            names += [f"huyện {name}" for name in names]
        if row["kind"] == "province":
            entity_id = row["code"]
        else:
            entity_id = f"{row['code']}:{ascii_key(row['name_en']).replace(' ', '-')}"
        places.append(Place(entity_id, row["kind"], row["name"], row["name_en"], row["code"][:2], row["code"],
                            tuple(_with_ascii(names))))
    return places


class Gazetteer:
    """Aho-Corasick over folded aliases; the longest capitalised, word-bounded match wins."""

    def __init__(self, places: list[Place]) -> None:
        self.places = {p.entity_id: p for p in places}
        by_alias: dict[str, list[Place]] = defaultdict(list)
        for place in places:
            for alias in place.aliases:
                by_alias[fold(alias)].append(place)
        self._by_alias: dict[str, Place] = {}
        for alias, candidates in by_alias.items():
            chosen = _unambiguous(candidates)
            if chosen is not None:
                self._by_alias[alias] = chosen
        self._bare_names = set(self._by_alias) | {
            _UNIT_WORD.sub("", fold(alias)) for p in places if p.kind == "district" for alias in p.aliases}
        self._automaton = ahocorasick.Automaton()
        for alias, place in self._by_alias.items():
            self._automaton.add_word(alias, (len(alias), place))
        self._automaton.make_automaton()

    def find(self, text: str) -> list[PlaceMatch]:
        """Non-overlapping place mentions in `text`, with offsets into `text`."""
        folded = fold(text)
        found: list[PlaceMatch] = []
        for end_index, (length, place) in self._automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            if _bounded(folded, start, end) and _capitalised(text[start:end]):
                found.append(PlaceMatch(start, end, text[start:end], place))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        chosen: list[PlaceMatch] = []
        for match in found:
            if chosen and match.start < chosen[-1].end:
                if match.end - match.start > chosen[-1].end - chosen[-1].start and match.start == chosen[-1].start:
                    chosen[-1] = match
                continue
            chosen.append(match)
        return chosen

    def is_place_name(self, text: str) -> bool:
        """Whether `text` is a place's bare name (a district written without "huyện"), never a person."""
        return fold(text) in self._bare_names

    def resolve(self, name: str) -> Place | None:
        """The place a whole name denotes (any spelling), or None."""
        return self._by_alias.get(fold(name.strip())) or self._by_alias.get(ascii_key(name))


def _unambiguous(candidates: list[Place]) -> Place | None:
    """One place for an alias: the same unit twice, or the higher level (a province over its namesake
    district); None when two different units share it at the same level."""
    top = min(_LEVEL[p.kind] for p in candidates)
    best = {p.admin_code: p for p in candidates if _LEVEL[p.kind] == top}
    if len(best) == 1:
        return next(iter(best.values()))
    return None


_WORD_CHAR = re.compile(r"\w")


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not _WORD_CHAR.match(before) and not _WORD_CHAR.match(after)


def _capitalised(span: str) -> bool:
    words = [w for w in span.split() if w[:1].isalnum()]  # Xê-kông: only the first syllable is capitalised
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _LOWER_WORDS for w in words)


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer(load_places())
