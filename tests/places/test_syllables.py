"""Foreign names written syllable by syllable with spaced hyphens or dashes are found whatever joins the
syllables, with offsets into the text; persons and Vietnamese words joined by a dash stay what they are.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from assets.places import default_gazetteer
from assets.places.syllables import PLAIN, compact_key
from assets.vntext import fold


def found(text: str) -> list[tuple[str, str]]:
    """(text, code) of every mention, after checking each mention's offsets point at its text."""
    matches = default_gazetteer().find(text)
    assert all(text[m.start : m.end] == m.text for m in matches)
    return [(m.text, m.place.admin_code) for m in matches]


SPACED = [
    ("Phoong - Sa - Lỳ", "LA-PH"), ("U - Đôm - Xay", "LA-OU"), ("Luông - Pha – Băng", "LA-LP"),
    ("Luông - Pha - Băng", "LA-LP"), ("Xiêng - Khoảng", "LA-XI"), ("Hủa - Phăn", "LA-HO"),
    ("Bô - ly - khăm - xay", "LA-BL"), ("Sa - van - na - khệt", "LA-SV"), ("Chăm - pa - sắc", "LA-CH"),
    ("Át - tạ - pư", "LA-AT"), ("Xa - la - văn", "LA-SL"), ("Luổng - nậm - thà", "LA-LM"),
    ("Xay - nha - bu - ly", "LA-XA"), ("Xê - kông", "LA-XE"), ("Khăm - muồn", "LA-KH"), ("Bò - kẹo", "LA-BK"),
    ("Xay - xổm - bun", "LA-XS"), ("Phoong-sa-lỳ", "LA-PH"), ("Hủa -Phăn", "LA-HO"), ("Xiêng– Khoảng", "LA-XI"),
    ("Ra - ta - na - ki - ri", "KH-16"), ("Mun - đun - ki - ri", "KH-11"), ("Kra - chê", "KH-10"),
    ("Cam - pốt", "KH-7"), ("Xvây - riêng", "KH-20"), ("Công - pông Chàm", "KH-3"),
    ("Mục - đa - hản", "TH-49"), ("Nạ - khon Phạ - nôm", "TH-48"), ("U - đon Tha - ni", "TH-41"),
    ("Hốc - cai - đô", "JP-01"),
]


@pytest.mark.parametrize(("name", "code"), SPACED, ids=[name for name, _ in SPACED])
def test_a_name_with_spaced_dashes_between_its_syllables_is_found(name: str, code: str) -> None:
    assert found(f"Đoàn đại biểu tỉnh {name} sang thăm và làm việc.") == [(name, code)]


@pytest.mark.parametrize(("name", "code"), SPACED[:6], ids=[name for name, _ in SPACED[:6]])
def test_a_name_with_spaced_dashes_resolves_alone_and_with_its_unit_word(name: str, code: str) -> None:
    assert default_gazetteer().resolve(name).admin_code == code
    assert default_gazetteer().resolve(f"tỉnh {name}").admin_code == code


SPACED_WORDS = [
    ("Xa Vanakhet", "LA-SV"), ("Xê Koong", "LA-XE"), ("Xavan Nakhệt", "LA-SV"), ("Phông Salỳ", "LA-PH"),
    ("Luang Phabang", "LA-LP"), ("Ráta Nakiri", "KH-16"),
]


@pytest.mark.parametrize(("name", "code"), SPACED_WORDS, ids=[name for name, _ in SPACED_WORDS])
def test_a_name_whose_syllables_are_joined_by_spaces_as_no_list_spells_it_is_found(name: str, code: str) -> None:
    assert (name, code) in found(f"Lãnh đạo tỉnh Quảng Nam tiếp đoàn {name} tại Hội An.")


def test_capitalised_words_without_a_dash_are_a_person_before_a_short_name() -> None:
    assert found("Ông Tà Kẹo và bà Ta Keo dự lễ.") == []
    assert [code for _, code in found("Đoàn tỉnh Ta Keo sang thăm.")] == ["KH-21"]


def test_names_listed_with_dashes_are_each_found() -> None:
    assert found("Lãnh đạo các tỉnh U - Đôm - Xay, Phoong - Sa - Lỳ và Luông - Pha – Băng (Lào) dự hội nghị.") == [
        ("U - Đôm - Xay", "LA-OU"), ("Phoong - Sa - Lỳ", "LA-PH"), ("Luông - Pha – Băng", "LA-LP"), ("Lào", "LA")]
    assert found("Hai tỉnh Điện Biên – Phoong - Sa - Lỳ ký biên bản hợp tác.") == [
        ("tỉnh Điện Biên", "VN-71"), ("Phoong - Sa - Lỳ", "LA-PH")]
    assert found("Cặp tỉnh kết nghĩa Hà Tĩnh – Bô - ly - khăm - xay - Khăm Muồn họp.") == [
        ("Hà Tĩnh", "VN-23"), ("Bô - ly - khăm - xay", "LA-BL"), ("Khăm Muồn", "LA-KH")]


def test_a_unit_word_before_a_name_with_dashes_counts_where_a_spelling_carries_it() -> None:
    assert found("Đoàn tỉnh Viêng - Chăn thăm Thủ đô Viêng - Chăn.") == [
        ("tỉnh Viêng - Chăn", "LA-VI"), ("Thủ đô Viêng - Chăn", "LA-VT")]
    assert found("Hội người Việt ở Mát - xcơ - va và tỉnh Mát - xcơ - va.") == [
        ("Mát - xcơ - va", "RU-MOW"), ("tỉnh Mát - xcơ - va", "RU-MOS")]
    assert found("Lãnh đạo huyện Xê - pôn tiếp đoàn.") == [("huyện Xê - pôn", "LA-SV")]


def test_one_key_for_every_way_of_joining_and_spelling_the_syllables() -> None:
    spellings = ["Phoong - Sa - Lỳ", "Phông-xa-lỳ", "Phông Xa Lỳ", "Phongsaly", "PHÔNG – SA – LỲ"]
    assert {compact_key(fold(s).translate(PLAIN)) for s in spellings} == {"phongsali"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Bun - thiêng Vông - xả - văn phát biểu.", []),
    ("Tỉnh trưởng Phon - xay Vi - lay - vông dẫn đầu đoàn.", []),
    ("Quan hệ Việt - Lào là tài sản vô giá.", [("Lào", "LA")]),
    ("Tình hữu nghị Việt Nam - Lào - Campuchia bền chặt.", [("Việt Nam", "VN"), ("Lào", "LA"), ("Campuchia", "KH")]),
    ("Ông Nguyễn Văn Nam - Phó Chủ tịch UBND tỉnh phát biểu.", []),
    ("Đồng chí Lò Văn Mừng - Bí thư Tỉnh ủy dự.", []),
    ("Đoàn vào bô - ly - khăm - xay không viết hoa.", []),  # a name starts with a capital
    ("Tỉnh Thừa Thiên - Huế tiếp đoàn.", [("Thừa Thiên - Huế", "VN-26")]),
    ("Người dân bản Xiêng - Khoảng đón đoàn.", []),  # a village named after a province is not the province
])
def test_persons_and_vietnamese_words_joined_by_a_dash_stay_what_they_are(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
