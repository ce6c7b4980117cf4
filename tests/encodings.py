"""Test helper: write Vietnamese text the way legacy Windows-1258 files store it (base letter + tone mark)."""

import unicodedata

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            marks = [m for m in unicodedata.normalize("NFD", char) if m in _TONE_MARKS]
            base = unicodedata.normalize("NFC", "".join(m for m in unicodedata.normalize("NFD", char)
                                                        if m not in _TONE_MARKS))
            out += base.encode("cp1258") + "".join(marks).encode("cp1258")
    return bytes(out)
