"""The lexicon of lexicon.yaml, loaded once, with folded phrase matching."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from assets.vntext import fold


@cache
def lexicon() -> dict[str, Any]:
    with (Path(__file__).parent / "lexicon.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A word-bounded pattern for any of `phrases`, longest first, to run on folded text."""
    alternatives = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?!\w)")


@cache
def words(*path: str) -> tuple[str, ...]:
    node: Any = lexicon()
    for key in path:
        node = node[key]
    return tuple(node)


def find_phrases(folded: str, *path: str) -> list[re.Match[str]]:
    return list(phrase_pattern(words(*path)).finditer(folded))


def has_phrase(folded: str, *path: str) -> bool:
    return phrase_pattern(words(*path)).search(folded) is not None
