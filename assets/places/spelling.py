"""How a spelling may appear in running Vietnamese text: capitalised, distinctive, with or without diacritics."""

from __future__ import annotations

import re

from assets.vntext import ascii_key

# Words a place name may carry in lower case; every other word of a match must be capitalised
# (so "hòa bình" the noun is not Hòa Bình the province).
LOWER_WORDS = frozenset({
    "tỉnh", "thành", "phố", "tp", "thủ", "đô", "huyện", "quận", "thị", "xã", "nước", "bạn", "cộng", "hòa",
    "dân", "chủ", "nhân", "liên", "bang", "vương", "quốc", "hợp", "chúng", "của", "các", "tiểu", "thống",
    "nhất", "khu", "tự", "trị", "tộc", "do", "xứ", "sở", "phù", "tang", "mường", "vùng", "mới", "cũ", "châu",
    "đảo", "đặc", "biệt", "hành", "chính", "vực",
    # particles of foreign names (Santiago de Cuba, Ra's al Khaymah, District of Columbia)
    "de", "del", "la", "las", "los", "el", "al", "of", "the", "and", "y", "da", "das", "dos", "du", "des", "di",
    "van", "von", "am", "an", "der", "und", "sur", "en", "et", "le", "les", "upon", "on", "ad", "ash", "as",
})
# A bare one-word name shorter than this, or shaped like a Vietnamese syllable ("Long", "Ha", "Kham"), is a
# common word or part of a person's name in a Vietnamese text: it is accepted only after a unit word.
_MIN_BARE_LETTERS = 4
_WORD = re.compile(r"\w+")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def capitalised(span: str) -> bool:
    """Every word capitalised, but unit words and name particles (Xê-kông: only its first syllable is)."""
    for word in span.split():
        first = word[0]
        if first.islower() and word.lower() not in LOWER_WORDS:
            return False
    return True


def distinctive(name: str) -> bool:
    """Whether a bare name can stand alone in Vietnamese text without being taken for a word: a name of two
    or more words (Nam Ninh, Pha Xay), or one long word no Vietnamese syllable spells (Suwon, not Xay)."""
    words = _ascii_words(name)
    return len(words) > 1 or (len(words) == 1 and len(words[0]) >= _MIN_BARE_LETTERS
                                and not _SYLLABLE.fullmatch(words[0]))


def with_ascii(names: list[str]) -> list[str]:
    """Add the diacritic-free spelling of multi-syllable names (Ha Tinh for Hà Tĩnh); not of qualified names
    ("Long An (cũ)"), whose qualifier is what they say."""
    plain = [ascii_key(name) for name in names if "(" not in name and not name.isascii()]
    return list(dict.fromkeys([*names, *(p.title() for p in plain if " " in p)]))


def _ascii_words(name: str) -> list[str]:
    return _WORD.findall(name.lower()) if name.isascii() else ascii_key(name).split()
