"""The forms events are built from: sentences, dates, numbers and mentions."""

from __future__ import annotations

from datetime import date

import pytest

from assets.extraction.dates import context_year, find_dates
from assets.extraction.mentions import find_mentions
from assets.extraction.quantities import find_numbers_alone, find_quantities, parse_number
from assets.extraction.sentences import split_sentences
from assets.places import default_gazetteer


def test_sentences_survive_abbreviations_numbers_and_dates() -> None:
    body = ("Chiều 16/9, TP. Hồ Chí Minh đón đoàn. PGS.TS. Nguyễn Văn An có hơn 1.100 học viên. "
            "Ủy ban T.Ư Mặt trận làm việc ngày 11-12/3/2024.\n“Rất vui.” Ông Bình nói.")
    assert [s.text for s in split_sentences(body)] == [
        "Chiều 16/9, TP. Hồ Chí Minh đón đoàn.", "PGS.TS. Nguyễn Văn An có hơn 1.100 học viên.",
        "Ủy ban T.Ư Mặt trận làm việc ngày 11-12/3/2024.", "“Rất vui.”", "Ông Bình nói."]
    assert all(body[s.start : s.end] == s.text for s in split_sentences(body))


@pytest.mark.parametrize(("text", "value", "precision", "source"), [
    ("chiều 16/9, đoàn", date(2024, 9, 16), "day", "published"),
    ("ngày 11-12/3/2024 tại", date(2024, 3, 11), "day", "text"),
    ("từ ngày 11 đến 12/3 theo", date(2024, 3, 11), "day", "published"),
    ("ngày 16 tháng 9 năm 2023", date(2023, 9, 16), "day", "text"),
    ("tháng 5/2018", date(2018, 5, 1), "month", "text"),
    ("tháng 5/ 2018", date(2018, 5, 1), "month", "text"),
    ("tháng 3 năm 2017", date(2017, 3, 1), "month", "text"),
    ("ký kết năm 2013", date(2013, 1, 1), "year", "text"),
])
def test_date_forms(text: str, value: date, precision: str, source: str) -> None:
    found = find_dates(text, 2024)
    assert [(d.value, d.precision, d.year_source) for d in found] == [(value, precision, source)]


def test_periods_and_non_dates() -> None:
    assert [d.period for d in find_dates("giai đoạn 2022 - 2025 và 2013- 2018", None)] == [(2022, 2025), (2013, 2018)]
    assert find_dates("lớp 10, 1.100 học viên, 2 năm/lần, ngày 32/13", 2024) == []
    # no year anywhere: the day and month are kept, the year is marked unknown rather than guessed
    assert [(d.value, d.year_source) for d in find_dates("chiều 16/9", None)] == [(date(1, 9, 16), "none")]


def test_a_day_after_the_page_date_belongs_to_the_year_before() -> None:
    found = find_dates("Sáng 28/11, đoàn đến", 2026, "published", published=date(2026, 11, 23))
    assert [d.value for d in found] == [date(2025, 11, 28)]


def test_context_year_prefers_years_named_alone_over_periods() -> None:
    assert context_year("giai đoạn 2022-2025 ... tháng 4/2022 ... năm 2024") == 2024
    assert context_year("biên bản ghi nhớ giai đoạn 2022 - 2024") == 2022
    assert context_year("không có năm") is None


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("hỗ trợ từ 10 - 20 học sinh", 10, 20, "học sinh"),
    ("hơn 1.100 học viên", 1100, None, "học viên"),
    ("trên 1.100 học viên", 1100, None, "học viên"),
    ("gần 300 sinh viên", 300, 300, "sinh viên"),  # "gần N" is about N, not a bound
    ("gần 1.000 lưu học sinh", 1000, 1000, "lưu học sinh"),
    ("khoảng 45 học viên", 45, 45, "học viên"),
    ("dưới 60 học sinh", None, 60, "học sinh"),
    ("160 học viên", 160, 160, "học viên"),
    ("10 tỷ đồng", 10e9, 10e9, "đồng"),
    ("50.000 khẩu trang", 50000, 50000, "khẩu trang"),
    ("2,5 triệu USD", 2.5e6, 2.5e6, "usd"),
    ("từ 30 đến 40 lưu học sinh", 30, 40, "lưu học sinh"),
])
def test_number_forms(text: str, low: float | None, high: float | None, unit: str) -> None:
    [quantity] = find_quantities(text)
    assert (quantity.minimum, quantity.maximum) == (low, high)
    assert quantity.unit_text.startswith(unit)


def test_numbers_standing_alone_before_punctuation() -> None:
    found = find_numbers_alone("trong đó tỉnh A là 135, tỉnh B là 1.070; nâng tổng số lên 2.186.")
    assert [(q.minimum, q.maximum, q.unit_text) for q in found] == [(135, 135, ""), (1070, 1070, ""),
                                                                    (2186, 2186, "")]
    assert find_numbers_alone("sáng 5/11, năm học 2015-2016, 30 sinh viên, tỷ lệ 2,5%") == []


def test_numbers_use_vietnamese_notation() -> None:
    assert parse_number("1.100") == 1100 and parse_number("2,5") == 2.5 and parse_number("1.234.567") == 1234567
    assert find_quantities("ngày 16/9 và 11-12/3") == []


def mentions(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.text, m.mention_type, m.admin_code) for m in find_mentions(text, default_gazetteer())}


def test_persons_after_honorifics_titles_and_in_lao_spellings() -> None:
    found = mentions("Đoàn do đồng chí Bonthieng Khounsy - Ủy viên Ủy ban T.Ư làm trưởng đoàn; ông Bun-thiêng "
                     "Khun-xi, Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Khăm Muồn Phít Sà May - Kong Xa "
                     "Đệt và Bí thư Tỉnh ủy Hà Tĩnh Trần Nhật Tân dự.")
    persons = {text for text, kind, _ in found if kind == "PERSON"}
    assert persons == {"Bonthieng Khounsy", "Bun-thiêng Khun-xi", "Phít Sà May - Kong Xa Đệt", "Trần Nhật Tân"}


def test_organisations_belong_to_the_place_they_name() -> None:
    found = mentions("Ủy ban MTTQ Việt Nam TP Hà Nội, Ủy ban Mặt trận Lào xây dựng đất nước Thủ đô Viêng Chăn, "
                     "Chính hiệp thành phố Thượng Hải và Huyện ủy huyện Thạch Hà làm việc với Sở Tư pháp.")
    orgs = {(text, code) for text, kind, code in found if kind == "ORG"}
    assert orgs == {("Ủy ban MTTQ Việt Nam TP Hà Nội", "VN-HN"),
                    ("Ủy ban Mặt trận Lào xây dựng đất nước Thủ đô Viêng Chăn", "LA-VT"),
                    ("Chính hiệp thành phố Thượng Hải", "CN-SH"), ("Huyện ủy huyện Thạch Hà", "VN-23"),
                    ("Sở Tư pháp", None)}


def test_place_names_are_not_persons_and_lower_case_words_are_not_places() -> None:
    found = mentions("Tỉnh Hà Tĩnh, xã Nam Điền (Thạch Hà) và khát vọng hòa bình của nhân dân Hòa Bình.")
    assert not {text for text, kind, _ in found if kind == "PERSON"}
    assert {(text, code) for text, kind, code in found if kind == "LOC"} == {
        ("Tỉnh Hà Tĩnh", "VN-23"), ("Hòa Bình", "VN-14")}


def test_a_place_name_inside_a_persons_name_is_the_person() -> None:
    found = mentions("Chủ tịch UBND tỉnh Hoàng Văn Sơn khẳng định Nghệ An sẵn sàng hợp tác với tỉnh Xiêng Khoảng.")
    assert ("Hoàng Văn Sơn", "PERSON", None) in found
    assert not any(code == "CN-YN" for _, _, code in found)
