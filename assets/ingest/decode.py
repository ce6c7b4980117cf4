"""Bytes of one inbox file → NFC text, or a `Rejected` saying why a person must look at it."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from assets.vntext import has_vietnamese_letter

# Magic numbers of formats that turn up in scraped inboxes and are never plain text.
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Legacy encodings a Vietnamese page may arrive in when it is not UTF-8.
_LEGACY_ENCODINGS = ["cp1258", "cp1252", "latin_1"]
_HTML = re.compile(r"<\s*(!doctype\s+html|html|head|body|div|p|script|meta)\b", re.IGNORECASE)
_HTML_NAMES = (".html", ".htm", ".xhtml", ".shtml")
# Precomposed Vietnamese letters (U+1EA0-U+1EF9): a Vietnamese code page decodes to them once in NFC,
# a Western one never does, although both decode the same bytes without error.
_VIETNAMESE_PRECOMPOSED = re.compile("[\u1ea0-\u1ef9]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Rejected(Exception):
    """An input that cannot become a document: `reason` is a short code, `detail` tells a person what to do."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail

    def __reduce__(self) -> tuple[type[Rejected], tuple[str, str]]:
        """Pages are read in worker processes: a rejection travels back whole."""
        return (Rejected, (self.reason, self.detail))


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode_article(data: bytes) -> Decoded:
    """Decode UTF-8 (BOM or not), UTF-16 with BOM, or a legacy code page; NFC; reject what is not text.
    An HTML page decodes like any text: its bytes, not its `<meta charset>`, which is often wrong, say
    what it is written in."""
    if not data.strip():
        raise Rejected("empty", "the file is empty or holds only white space; delete it or re-export the page")
    for magic, kind in _BINARY_SIGNATURES.items():
        if data.startswith(magic):
            raise Rejected("binary", f"the file is {kind}, not a text dump; export the article as UTF-8 text")
    text, encoding = _decode(data)
    text = normalize_text(text)
    if not text.strip():
        raise Rejected("empty", "the file decodes to white space only; re-export the page")
    if len(_CONTROL.findall(text)) > max(3, len(text) // 1000):
        raise Rejected("binary", "the file is full of control characters; it is not a text page")
    return Decoded(text, encoding)


def looks_like_html(text: str, name: str) -> bool:
    """HTML markup: a file named .html with a tag in it, or any file whose start is full of tags."""
    found = len(_HTML.findall(text[:20000]))
    return found >= 3 or (found >= 1 and name.lower().endswith(_HTML_NAMES))


def normalize_text(text: str) -> str:
    """One canonical form for hashing and reading: NFC, LF line ends, no trailing blanks."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise Rejected("undecodable", f"the file starts with a {encoding} BOM but is not valid {encoding}: "
                               f"{error.reason} at byte {error.start}") from error
    if b"\x00" in data:
        raise Rejected("binary", "the file holds NUL bytes without a UTF-16 byte-order mark; not a text page")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        vietnamese = data.decode("cp1258")
        if _VIETNAMESE_PRECOMPOSED.search(unicodedata.normalize("NFC", vietnamese)):
            return vietnamese, "cp1258"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    if best is None or not has_vietnamese_letter(str(best)):
        raise Rejected("undecodable", "the bytes are neither UTF-8, UTF-16 nor a Vietnamese code page (cp1258); "
                       "re-save the file as UTF-8")
    return str(best), best.encoding
