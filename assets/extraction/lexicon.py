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
    """A word-bounded pattern for any of `phrases`, longest match first, to run on folded text.

    The alternatives are shaped as a trie (hỗ trợ|hợp tác → h(?:ỗ trợ|ợp tác)): Python's re tries a flat
    alternation one phrase at a time at every position of the text, a trie one character at a time, which
    makes the rules several times faster on long lists. At each node the text can follow one branch only,
    so the match is still the longest phrase that ends at a word boundary."""
    trie: dict = {}
    for phrase in {fold(p) for p in phrases}:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return re.compile(_WORD_START + "(?:" + _alternatives(trie) + r")(?!\w)")


_WORD_START = r"(?<!\w)"
_END = ""


def _alternatives(node: dict) -> str:
    branches = [re.escape(char) + _alternatives(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{pattern})?" if _END in node else pattern


@cache
def words(*path: str) -> tuple[str, ...]:
    node: Any = lexicon()
    for key in path:
        node = node[key]
    return tuple(node)


@cache
def _patterns_at(path: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The compiled pattern of a lexicon entry, kept by its path (the rules ask for it tens of times a page),
    with its quick form: the same alternatives without the word boundary in front.

    Python's re scans a pattern that opens on a look-behind position by position; one that opens on its
    phrases' first letters it skips through by those letters, twice as fast here. Any true match is also
    a match of the quick form, so a text where the quick form finds nothing has no phrase, and one where it
    finds something is read by the full pattern from there on."""
    pattern = phrase_pattern(words(*path))
    return re.compile(pattern.pattern.removeprefix(_WORD_START)), pattern


def _candidates(folded: str, path: tuple[str, ...]) -> tuple[re.Pattern[str], int] | None:
    quick, pattern = _patterns_at(path)
    first = quick.search(folded)
    return None if first is None else (pattern, first.start())


def find_phrases(folded: str, *path: str) -> list[re.Match[str]]:
    found = _candidates(folded, path)
    return [] if found is None else list(found[0].finditer(folded, found[1]))


def has_phrase(folded: str, *path: str) -> bool:
    found = _candidates(folded, path)
    return found is not None and found[0].search(folded, found[1]) is not None
