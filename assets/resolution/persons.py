"""Person names → one entity per person, within and across articles.

Names are compared on diacritic-free tokens in their written order with rapidfuzz, and only when the
guards hold: same number of tokens, same first and last token, not a reordering of each other
(Nguyễn Anh Tuấn is not Nguyễn Tuấn Anh), and the same country (the side the person's title names).
"""

from __future__ import annotations

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
    """The persons known so far, by (name key, country); `resolve` creates a person when none matches."""

    people: dict[tuple[str, str | None], Person] = field(default_factory=dict)

    @classmethod
    def of(cls, persons: list[Person]) -> PersonIndex:
        return cls({(name_key(p.name), p.country_code): p for p in persons})

    def resolve(self, name: str, country: str | None = None) -> Person:
        key = (name_key(name), country)
        if key not in self.people:
            self.people[key] = self._similar(*key) or Person(_entity_id(*key), name, country)
        return self.people[key]

    def _similar(self, key: str, country: str | None) -> Person | None:
        candidates = {k: person for (k, c), person in self.people.items()
                      if c == country and _may_be_same(key.split(), k.split())}
        best = process.extractOne(key, list(candidates), scorer=fuzz.ratio, score_cutoff=SIMILARITY)
        return candidates[best[0]] if best else None


def _may_be_same(a: list[str], b: list[str]) -> bool:
    """Spelling variants keep the shape of a name, token by token; a reordering of the same tokens is
    another person."""
    return (len(a) == len(b) and sorted(a) != sorted(b)
            and all(fuzz.ratio(x, y) >= TOKEN_SIMILARITY for x, y in zip(a, b, strict=True)))


def _entity_id(key: str, country: str | None) -> str:
    return f"person:{(country or 'xx').lower()}:{key.replace(' ', '-')}"
