"""Sentence splitting that survives Vietnamese abbreviations and numbers; offsets index the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

# Abbreviations that end in a full stop inside a sentence (TP. Hà Nội, PGS.TS. Nguyễn, T.Ư).
_ABBREVIATIONS = {"tp", "ths", "ts", "pgs", "gs", "bs", "ks", "cn", "th", "st", "t.ư", "tw", "mr", "ms", "dr",
                  "ngs", "pgs.ts", "gs.ts", "ths.bs", "tt", "q", "p", "tx"}
# A sentence ends at . ! ? … (and closing quotes) before a capital or a number, or at a line break. The
# pattern starts with the punctuation (\K drops it from the match), so regex skips ahead to candidates.
_BOUNDARY = regex.compile(r"[.!?…][\"”’»)]{0,2}\K\s+(?=[\"“‘«(]?[\p{Lu}0-9*•-])|\n+")
# The word before a full stop, looked for in the last few characters only (abbreviations are short).
_LAST_TOKEN = re.compile(r"(?<![\w.])([\w.]+)\.$")
_TOKEN_WINDOW = 24


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(body: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for boundary in _BOUNDARY.finditer(body):
        token = _LAST_TOKEN.search(body, max(start, boundary.start() - _TOKEN_WINDOW), boundary.start())
        if "\n" not in boundary.group(0) and token and token.group(1).lower() in _ABBREVIATIONS:
            continue
        _add(sentences, body, start, boundary.start())
        start = boundary.end()
    _add(sentences, body, start, len(body))
    return sentences


def _add(sentences: list[Sentence], body: str, start: int, end: int) -> None:
    text = body[start:end]
    stripped = text.strip()
    if stripped:
        offset = start + text.index(stripped)
        sentences.append(Sentence(offset, offset + len(stripped), stripped))
