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
    return re.compile(r"(?<!\w)(?:" + _alternatives(trie) + r")(?!\w)")


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
def _pattern_at(path: tuple[str, ...]) -> re.Pattern[str]:
    """The compiled pattern of a lexicon entry, kept by its path (the rules ask for it tens of times a page)."""
    return phrase_pattern(words(*path))


def find_phrases(folded: str, *path: str) -> list[re.Match[str]]:
    return list(_pattern_at(path).finditer(folded))


def has_phrase(folded: str, *path: str) -> bool:
    return _pattern_at(path).search(folded) is not None
