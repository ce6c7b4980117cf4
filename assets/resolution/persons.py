"""Person names → one entity per person, within and across articles.

Names are compared on diacritic-free tokens in their written order with rapidfuzz, and only when the
guards hold: same number of tokens, same first and last token, not a reordering of each other
(Nguyễn Anh Tuấn is not Nguyễn Tuấn Anh), and the same country (the side the person's title names).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from assets.vntext import ascii_key

SIMILARITY = 90  # rapidfuzz ratio over the whole key: spelling variants such as Bounthieng / Bonthieng
TOKEN_SIMILARITY = 75  # and over each token in place, so that Tuấn never becomes Tuyên


@dataclass(frozen=True)
class Person:
    entity_id: str
    name: str
    country_code: str | None


def name_key(name: str) -> str:
    """Tokens without diacritics, hyphens or dashes, in their written order (Bun-thiêng = Bun Thiêng)."""
    return ascii_key(name.replace("-", " ").replace("–", " "))


@dataclass
class PersonIndex:
    """The persons known so far, by (name key, country); `resolve` creates a person when none matches.
    Candidates are blocked by country, number of tokens and the first token's initial, so a look-up
    compares a handful of names, not everyone ever seen."""

    people: dict[tuple[str, str | None], Person] = field(default_factory=dict)
    blocks: dict[tuple, list[str]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, persons: list[Person]) -> PersonIndex:
        index = cls()
        for person in persons:
            index._add(name_key(person.name), person.country_code, person)
        return index

    def resolve(self, name: str, country: str | None = None) -> Person:
        key = name_key(name)
        if (key, country) not in self.people:
            self._add(key, country, self._similar(key, country) or Person(_entity_id(key, country), name, country))
        return self.people[(key, country)]

    def alias(self, name: str, country: str | None, person: Person) -> Person:
        """Record `name` as another spelling of `person` (given beside it in the text)."""
        key = name_key(name)
        if (key, country) not in self.people:
            self._add(key, country, person)
        return self.people[(key, country)]

    def _add(self, key: str, country: str | None, person: Person) -> None:
        self.people[(key, country)] = person
        self.blocks[_block(key, country)].append(key)

    def _similar(self, key: str, country: str | None) -> Person | None:
        tokens = key.split()
        candidates = [k for k in self.blocks.get(_block(key, country), []) if _may_be_same(tokens, k.split())]
        best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=SIMILARITY)
        return self.people[(best[0], country)] if best else None


def _block(key: str, country: str | None) -> tuple:
    return country, len(key.split()), key[:1]


def _may_be_same(a: list[str], b: list[str]) -> bool:
    """Spelling variants keep the shape of a name, token by token; a reordering of the same tokens is
    another person."""
    return (len(a) == len(b) and sorted(a) != sorted(b)
            and all(fuzz.ratio(x, y) >= TOKEN_SIMILARITY for x, y in zip(a, b, strict=True)))


def _entity_id(key: str, country: str | None) -> str:
    return f"person:{(country or 'xx').lower()}:{key.replace(' ', '-')}"
