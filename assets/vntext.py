"""Vietnamese text forms shared by every stage: what is displayed, and the keys used for matching.

Displayed text stays as written (NFC, no zero-width characters, single spaces). Matching uses keys in
which old and new tone placement agree (hoà = hòa, thuỷ = thủy) and, for a looser key, no diacritics.
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

# A character class, not str.translate: translate looks every character of a page up in a dict.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200a\u202f\u205f\u3000]+")
_TONES = {"\u0300": 0, "\u0301": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}
# Old style puts the tone on the second vowel of open "oa", "oe", "uy" (hoà, thuỷ); new style on the first.
# The vowel comes first and "not after q" is checked behind it: a pattern that starts with a character
# class lets re skip ahead to candidate vowels, one that starts with a look-behind tries every position.
_OLD_TONE = re.compile(r"([oOuU])(?<![qQ][oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\w])")
_WORD = re.compile(r"\w+")
# Letters only Vietnamese writes: its vowels with hooks and hats, đ, and the tone marks.
_VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u0323]|[ạ-ỹẠ-Ỹ]")


def display_text(text: str) -> str:
    """NFC, invisible characters removed, runs of spaces folded; line breaks kept."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text)))


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    decomposed = unicodedata.normalize("NFD", second)
    tone = next(ch for ch in decomposed if ch in _TONES)
    bare = unicodedata.normalize("NFC", decomposed.replace(tone, ""))
    return unicodedata.normalize("NFC", first + tone) + bare


def has_vietnamese_letter(text: str) -> bool:
    """Whether the text is written in Vietnamese with its diacritics (not English, not ASCII-folded)."""
    return bool(_VIETNAMESE_LETTER.search(text))


def match_key(text: str) -> str:
    """Lower case, NFC, one tone-placement convention, single spaces: how names are compared."""
    return key_of_displayed(display_text(text))


def key_of_displayed(text: str) -> str:
    """`match_key` of text that already went through `display_text` (a page cleans its text once)."""
    return " ".join(_WORD.findall(_OLD_TONE.sub(_move_tone, text.lower())))


def ascii_key(text: str) -> str:
    """`match_key` without diacritics (đ → d): the loosest key, for text written without accents."""
    return " ".join(_WORD.findall(unidecode(match_key(text))))


_INNER_HYPHEN = re.compile(r"(?<=\w)\s?[-–]\s?(?=\w)")


def fold(text: str) -> str:
    """Same length as `text`, lower case, one tone placement, hyphens between letters as spaces.

    Offsets found in the folded text are offsets in the original, which is what gazetteer look-ups
    need (Bô-ly-khăm-xay, Bô ly khăm xay and BÔ LY KHĂM XAY fold alike)."""
    folded = text.lower()
    if len(folded) != len(text):
        folded = "".join(char.lower()[:1] for char in text)
    folded = _OLD_TONE.sub(_move_tone, folded)
    return _INNER_HYPHEN.sub(lambda m: " " * len(m.group(0)), folded)
