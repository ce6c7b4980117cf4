"""Person names → one entity per person, within and across articles.

Names are compared on diacritic-free tokens in their written order with rapidfuzz, and only when the
guards hold: same number of tokens, same order (Nguyễn Anh Tuấn is not Nguyễn Tuấn Anh), same first and
last token, and the same guessed nationality.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from assets.extraction.lexicon import words
from assets.vntext import ascii_key

SIMILARITY = 90  # rapidfuzz ratio over the whole key, for spelling variants (Bounthieng / Bonthieng)


@dataclass(frozen=True)
class Person:
    entity_id: str
    name: str
    country_code: str | None


def name_key(name: str) -> str:
    """Tokens without diacritics, hyphens or dashes, in their written order."""
    return ascii_key(name.replace("-", " ").replace("–", " "))


def nationality(name: str) -> str | None:
    """'VN' for a name led by a Vietnamese family name, 'foreign' for a Latin-script name, else None."""
    tokens = name.split()
    if tokens and tokens[0] in set(words("surnames")):
        return "VN"
    if name.isascii():
        return "foreign"
    return None


@dataclass
class PersonIndex:
    """The persons known so far; `resolve` returns the entity of a name, creating it when new."""

    people: dict[str, Person] = field(default_factory=dict)  # by name key

    @classmethod
    def of(cls, persons: list[Person]) -> PersonIndex:
        return cls({name_key(p.name): p for p in persons})

    def resolve(self, name: str) -> tuple[Person, bool]:
        key = name_key(name)
        if key in self.people:
            return self.people[key], False
        match = self._similar(key, nationality(name))
        if match:
            self.people[key] = match
            return match, False
        person = Person("person:" + key.replace(" ", "-"), name, nationality(name))
        self.people[key] = person
        return person, True

    def _similar(self, key: str, country: str | None) -> Person | None:
        tokens = key.split()
        candidates = [k for k in self.people if _compatible(tokens, k.split())
                      and self.people[k].country_code == country]
        best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=SIMILARITY)
        return self.people[best[0]] if best else None


def _compatible(a: list[str], b: list[str]) -> bool:
    return (len(a) == len(b) and a[0] == b[0] and a[-1] == b[-1] and sorted(a) != sorted(b)) or a == b
