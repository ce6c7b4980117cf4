"""Numbers with their units: "từ 10 - 20 học sinh", "hơn 1.100", "10 tỷ đồng", "3 tỷ 200 triệu đồng",
"50.000 khẩu trang"; and numbers standing alone ("tỉnh A là 135,"), whose noun the sentence named before.

"gần N" and "khoảng N" both round to N: a writer says "nearly 1.000" of a count she means as about
1.000, so it is read as N, not as a bound; "hơn N", "trên N" are lower bounds, "dưới N" upper bounds."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_AT_LEAST = {"hơn", "trên", "ít nhất", "tối thiểu", "hàng"}
_AT_MOST = {"dưới", "tối đa", "không quá"}
_QUANTITY = re.compile(
    r"(?:(?P<qual>hơn|trên|gần|dưới|khoảng|ít nhất|tối thiểu|tối đa|không quá|hàng)\s+)?(?:từ\s+)?"
    r"(?P<low>" + _NUMBER + r")(?:\s*(?:[-–]|đến)\s*(?P<high>" + _NUMBER + r"))?"
    r"(?:\s+(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+(?P<rest>\d{1,3})\s+(?P<rest_scale>nghìn|ngàn|triệu))?)?"
    r"\s+(?P<unit>[^\W\d](?:[^\W\d]| ){0,30})",
    re.IGNORECASE,
)
# A number with no word after it: punctuation or the end of the text follows.
_ALONE = re.compile(r"(?<![\d.,/-])(?P<low>" + _NUMBER + r")(?=\s*(?:[,.;:)]|$))(?![.,]\d)")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    minimum: float | None  # None: only an upper bound was stated ("dưới 300")
    maximum: float | None  # None: only a lower bound was stated ("hơn 1.100")
    unit_text: str  # the words after the number


def parse_number(text: str) -> float:
    """Vietnamese notation: dots group thousands, a comma marks decimals (1.100 → 1100, 2,5 → 2.5)."""
    return float(text.replace(".", "").replace(",", "."))


def find_quantities(text: str) -> list[Quantity]:
    found = []
    for m in _QUANTITY.finditer(text):
        if text[max(0, m.start() - 1) : m.start()] in ("/", "-") or _is_date_part(text, m):
            continue
        scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
        low = parse_number(m.group("low")) * scale
        if m.group("rest"):  # "3 tỷ 200 triệu đồng"
            low += parse_number(m.group("rest")) * _SCALE[m.group("rest_scale").lower()]
        high = parse_number(m.group("high")) * scale if m.group("high") else None
        qualifier = (m.group("qual") or "").lower()
        if qualifier and _ends_a_name(text, m):
            qualifier = ""  # "Xiêng Khoảng 540 em": the last syllable of a name, not "about"
        if high is None:
            high = None if qualifier in _AT_LEAST else low
            if qualifier in _AT_MOST:
                low, high = None, low
        found.append(Quantity(m.start("low") if not qualifier else m.start(), m.end(), low, high,
                              m.group("unit").strip().lower()))
    return found


def find_numbers_alone(text: str) -> list[Quantity]:
    """Numbers followed by punctuation or the end of the text, not by a unit ("trong đó tỉnh A là 135,"):
    the caller knows from the words before what they count. Their `unit_text` is empty."""
    found = []
    for m in _ALONE.finditer(text):
        value = parse_number(m.group("low"))
        found.append(Quantity(m.start(), m.end(), value, value, ""))
    return found


def _ends_a_name(text: str, m: re.Match[str]) -> bool:
    """A capitalised qualifier right after a capitalised word belongs to that word's name."""
    before = text[max(0, m.start() - 20) : m.start()].split()
    return m.group("qual")[0].isupper() and bool(before) and before[-1][:1].isupper()


def _is_date_part(text: str, m: re.Match[str]) -> bool:
    after = text[m.end("high") if m.group("high") else m.end("low") :]
    return after.startswith("/") or bool(re.match(r"\s*(năm|tháng|giờ|ngày|h\b)", m.group("unit"), re.IGNORECASE))
