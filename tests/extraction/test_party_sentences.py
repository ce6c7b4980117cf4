"""Who the parties of an event are: the actors a sentence names, never a place it only mentions.

Pins down, with sentences written for these tests:
- a venue ("tại/ở/bên lề" a forum in a third province, a capital where a conference was held) and a
  place a trip passes through (a border gate, a transit province) are not parties;
- a ward named after a former province ("phường Kon Tum") is a place, never a party; a city or a
  district resolves to its province-level unit, on both sides;
- several foreign partners named together (a list, "các tỉnh Bắc Lào (A, B, C)", "ba tỉnh ... là A, B
  và C") give one event each, and a group word ("mỗi tỉnh bạn", "từng tỉnh bạn", "hai tỉnh bạn") points
  back to the article's list;
- a country after a side word ("phía Lào", "phía Campuchia") stands for the article's partner
  province; a country named on its own ("lưu học sinh Lào") stays the country;
- national actors ("Việt Nam", "Bộ ... Việt Nam", "Bộ ... Lào") give the country codes, while an
  organisation named "... Việt Nam tỉnh X" belongs to its province.
"""

from __future__ import annotations

import pytest

from assets.extraction.document import read_document
from assets.extraction.mentions import find_mentions
from assets.places import default_gazetteer
from tests.extraction.helpers import events_of, one


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def parties(body: str, event_type: str) -> list[tuple[str | None, str | None]]:
    """(vn, foreign) of every event of the type, one row per event (so a duplicate shows)."""
    return sorted(((e.vn_party_code, e.foreign_party_code) for e in events_of(body) if e.event_type == event_type),
                  key=str)


def check(body: str, event_type: str, expected: list[tuple[str, str]]) -> None:
    assert parties(body, event_type) == sorted(expected, key=str)


# --- venues and places passed through are not parties ---------------------------------------------------


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    ("Bên lề Diễn đàn hợp tác kinh tế hành lang Đông - Tây tổ chức tại TP Đà Nẵng, UBND tỉnh Quảng Trị và "
     "chính quyền tỉnh Savannakhet đã ký biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030.",
     "AGREEMENT", [("VN-25", "LA-SV")]),
    ("Nhân dịp dự Hội chợ thương mại quốc tế tại TP. Huế, lãnh đạo tỉnh Quảng Trị đã tiếp đoàn đại biểu tỉnh "
     "Sa-la-van (Lào) do ông Bun-thon Xỉ-xu-vông, Phó Tỉnh trưởng dẫn đầu.",
     "VISIT", [("VN-25", "LA-SL")]),
    ("Tại Hội nghị hợp tác các tỉnh biên giới tổ chức ở Thủ đô Viêng Chăn, tỉnh Nghệ An và tỉnh Xiêng Khoảng "
     "đã ký thỏa thuận hợp tác giai đoạn 2026 - 2030.",
     "AGREEMENT", [("VN-22", "LA-XI")]),
    ("Tại lễ kỷ niệm tổ chức ở tỉnh Luông Pha Băng, tỉnh Điện Biên đã trao tặng tỉnh U Đôm Xay 300 triệu đồng "
     "để sửa chữa trường học.",
     "AID", [("VN-71", "LA-OU")]),
    ("Tại buổi làm việc ở TP. Hồ Chí Minh, lãnh đạo tỉnh Bình Phước cam kết tạo điều kiện thuận lợi cho doanh "
     "nghiệp tỉnh Kratie đầu tư.",
     "COMMITMENT", [("VN-58", "KH-10")]),
    pytest.param(
        "Đoàn đại biểu tỉnh Hủa Phăn (Lào) đã qua Cửa khẩu quốc tế Na Mèo, tỉnh Thanh Hóa, sang thăm và làm việc "
        "tại tỉnh Ninh Bình.",
        "VISIT", [("VN-18", "LA-HO")]),
    ("Đoàn công tác tỉnh Hà Tĩnh đã qua cửa khẩu Nậm Phao, tỉnh Bô-ly-khăm-xay, để sang thăm và làm việc tại "
     "tỉnh Khăm Muộn.",
     "VISIT", [("VN-23", "LA-KH")]),
    pytest.param(
        "Chủ tịch UBND tỉnh Quảng Ninh đã tiếp Đại sứ Nhật Bản tại Việt Nam đến chào xã giao.",
        "VISIT", [("VN-13", "JP")]),
])
def test_a_venue_or_a_place_passed_through_is_not_a_party(body: str, event_type: str,
                                                          expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)


# --- wards, cities and districts ------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    # 2025 merger: Kon Tum is now a ward of Quảng Ngãi, Hòa Bình a ward of Phú Thọ
    ("Ngày 3/3/2026, tại phường Kon Tum, lãnh đạo tỉnh Quảng Ngãi đã tiếp đoàn đại biểu tỉnh Attapư (Lào).",
     "VISIT", [("VN-29", "LA-AT")]),
    ("Tại phường Hòa Bình, UBND tỉnh Phú Thọ đã tiếp và làm việc với đoàn đại biểu tỉnh Xay Nha Bu Ly (Lào).",
     "VISIT", [("VN-68", "LA-XA")]),
    ("Đoàn công tác tỉnh Thừa Thiên Huế đã đến thăm và làm việc tại thành phố Pạc Xế, tỉnh Chăm-pa-xắc.",
     "VISIT", [("VN-26", "LA-CH")]),
    ("Đoàn đại biểu tỉnh Lào Cai đã sang thăm và làm việc tại thành phố Côn Minh (Trung Quốc).",
     "VISIT", [("VN-02", "CN-YN")]),
    ("UBND tỉnh Bắc Giang và chính quyền thành phố Suwon (Hàn Quốc) đã ký thỏa thuận hợp tác hữu nghị.",
     "AGREEMENT", [("VN-54", "KR-41")]),
    ("Thành phố Vinh và thành phố Pạc Xế đã ký biên bản ghi nhớ hợp tác giai đoạn 2025 - 2028.",
     "AGREEMENT", [("VN-22", "LA-CH")]),
    ("Quận Ba Đình và huyện Chăn-tha-bu-ly (Thủ đô Viêng Chăn) đã ký biên bản ghi nhớ hợp tác.",
     "AGREEMENT", [("VN-HN", "LA-VT")]),
    ("Đoàn công tác huyện Kỳ Sơn đã sang thăm và làm việc tại tỉnh Xiêng Khoảng.",
     "VISIT", [("VN-22", "LA-XI")]),
    ("Huyện Mường Lát đã trao tặng tỉnh Hủa Phăn 100 triệu đồng hỗ trợ xây dựng nhà văn hóa.",
     "AID", [("VN-21", "LA-HO")]),
    ("Thành phố Buôn Ma Thuột sẵn sàng tiếp nhận cán bộ của tỉnh Mondulkiri sang học tập kinh nghiệm quản lý "
     "đô thị.",
     "COMMITMENT", [("VN-33", "KH-11")]),
])
def test_wards_cities_and_districts_resolve_to_their_province(body: str, event_type: str,
                                                              expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)


# --- several partners: lists and group words ------------------------------------------------------------


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    ("Chiều 6/12, lãnh đạo tỉnh Điện Biên đã tiếp đoàn đại biểu các tỉnh Bắc Lào (Phông-xa-lỳ, U Đôm Xay, "
     "Luổng Nậm Thà) sang thăm và làm việc.",
     "VISIT", [("VN-71", "LA-PH"), ("VN-71", "LA-OU"), ("VN-71", "LA-LM")]),
    ("Tỉnh Quảng Nam đã ký thỏa thuận hợp tác giai đoạn 2026 - 2030 với ba tỉnh Nam Lào là Sa-la-van, Xê Kông "
     "và Attapư.",
     "AGREEMENT", [("VN-27", "LA-SL"), ("VN-27", "LA-XE"), ("VN-27", "LA-AT")]),
    ("Tỉnh Long An đã ký biên bản ghi nhớ hợp tác với 2 tỉnh giáp biên của Campuchia là Svay Rieng và Prey Veng.",
     "AGREEMENT", [("VN-41", "KH-20"), ("VN-41", "KH-14")]),
    pytest.param(
        "Đoàn đại biểu 3 tỉnh biên giới của Campuchia gồm Svay Rieng, Tbong Khmum và Prey Veng đã sang thăm tỉnh "
        "Tây Ninh.",
        "VISIT", [("VN-37", "KH-20"), ("VN-37", "KH-25"), ("VN-37", "KH-14")]),
    ("Đoàn đại biểu các tỉnh Hủa Phăn, Xiêng Khoảng và Luông Pha Băng đã sang thăm tỉnh Thanh Hóa. "
     "Tỉnh Thanh Hóa đã trao tặng mỗi tỉnh bạn 200 triệu đồng hỗ trợ xây dựng nhà văn hóa.",
     "AID", [("VN-21", "LA-HO"), ("VN-21", "LA-XI"), ("VN-21", "LA-LP")]),
    ("Tỉnh Quảng Trị đón đoàn đại biểu ba tỉnh Savannakhet, Sa-la-van và Chăm-pa-xắc sang thăm. "
     "Sau hội đàm, lãnh đạo tỉnh Quảng Trị đã ký kế hoạch hợp tác năm 2026 với từng tỉnh bạn.",
     "AGREEMENT", [("VN-25", "LA-SV"), ("VN-25", "LA-SL"), ("VN-25", "LA-CH")]),
    ("Tỉnh Kon Tum hỗ trợ hai tỉnh Attapư và Xê Kông mỗi tỉnh 500 triệu đồng để khắc phục hậu quả lũ lụt.",
     "AID", [("VN-28", "LA-AT"), ("VN-28", "LA-XE")]),
    ("Tỉnh Gia Lai đón đoàn đại biểu hai tỉnh Ratanakiri và Stung Treng (Campuchia). "
     "Tỉnh Gia Lai sẵn sàng hỗ trợ hai tỉnh bạn đào tạo cán bộ y tế.",
     "COMMITMENT", [("VN-30", "KH-16"), ("VN-30", "KH-19")]),
])
def test_several_partners_named_together_give_one_event_each(body: str, event_type: str,
                                                             expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)


# --- a country for the partner, and national actors -----------------------------------------------------


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    ("Đoàn công tác tỉnh Quảng Bình sang thăm tỉnh Khăm Muộn. "
     "Phía Lào cam kết tạo điều kiện thuận lợi để doanh nghiệp Quảng Bình đầu tư vào tỉnh.",
     "COMMITMENT", [("VN-24", "LA-KH")]),
    ("Tỉnh Tây Ninh và tỉnh Svay Rieng tổ chức hội đàm. "
     "Phía Campuchia cam kết tạo điều kiện cho thương nhân Tây Ninh qua lại cửa khẩu.",
     "COMMITMENT", [("VN-37", "KH-20")]),
    ("Đoàn đại biểu tỉnh Hà Tĩnh sang thăm tỉnh Bô-ly-khăm-xay. "
     "Tỉnh Hà Tĩnh sẵn sàng tiếp nhận thêm lưu học sinh nước bạn sang học tập.",
     "COMMITMENT", [("VN-23", "LA-BL")]),
    ("Lãnh đạo tỉnh Kon Tum tiếp đoàn đại biểu tỉnh Attapư. "
     "Phía bạn đã trao tặng tỉnh Kon Tum 100 triệu kíp hỗ trợ người dân vùng lũ.",
     "AID", [("VN-28", "LA-AT")]),
    ("Đoàn đại biểu tỉnh Bô-ly-khăm-xay sang thăm tỉnh Hà Tĩnh. "
     "Hiện có hơn 900 lưu học sinh Lào đang học tập tại tỉnh Hà Tĩnh.",
     "SCHOLARSHIP", [("VN-23", "LA")]),
    ("Tỉnh Sơn La trao tặng tỉnh Hủa Phăn, nước CHDCND Lào 20 tấn gạo.",
     "AID", [("VN-05", "LA-HO")]),
])
def test_a_country_after_a_side_word_stands_for_the_partner(body: str, event_type: str,
                                                            expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    ("Việt Nam đã trao tặng Lào 1 triệu USD hỗ trợ khắc phục hậu quả lũ lụt.",
     "AID", [("VN", "LA")]),
    ("Bộ Quốc phòng Việt Nam đã bàn giao cho Bộ Quốc phòng Campuchia 10 xe cứu thương.",
     "AID", [("VN", "KH")]),
    pytest.param(
        "Tại Hà Nội, Bộ Giáo dục và Đào tạo Việt Nam và Bộ Giáo dục và Thể thao Lào đã ký kế hoạch hợp tác giai "
        "đoạn 2026 - 2030.",
        "AGREEMENT", [("VN", "LA")]),
    ("Đoàn công tác Bộ Giáo dục và Thể thao Lào do Thứ trưởng Bun-mi Xay-nha-vông dẫn đầu đã thăm và làm việc "
     "tại tỉnh Hà Tĩnh.",
     "VISIT", [("VN-23", "LA")]),
    ("Đoàn công tác Bộ Y tế Việt Nam đã sang thăm và làm việc tại tỉnh Chăm-pa-xắc.",
     "VISIT", [("VN", "LA-CH")]),
    ("Đoàn đại biểu tỉnh Quảng Nam sang thăm tỉnh Chăm-pa-xắc; cùng đi có Tổng Lãnh sự Việt Nam tại Pạc Xế.",
     "VISIT", [("VN-27", "LA-CH")]),
    ("Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh trao tặng Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Khăm Muộn "
     "300 triệu đồng.",
     "AID", [("VN-23", "LA-KH")]),
])
def test_national_actors_and_organisations_of_a_province(body: str, event_type: str,
                                                         expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    # a province qualifying the district a border commune touches is geography too
    ("Đoàn đã tặng 30 suất quà cho học sinh xã Mường Lèo, giáp huyện Sốp Bâu, tỉnh Hủa Phăn.", "AID", []),
    # a university named after a province studies in another: the article's province acts
    ("Tỉnh Quảng Trị cho biết hiện có 120 lưu học sinh tỉnh Savannakhet học tại Phân hiệu Đại học Huế.",
     "SCHOLARSHIP", [("VN-25", "LA-SV")]),
    # a pair of places after a capitalised "Hữu nghị" names a building: the capital in it is not the receiver
    ("Dịp này, thành phố Đà Nẵng trao tặng tỉnh Viêng Chăn 2 tỷ đồng xây dựng Nhà văn hóa Hữu nghị Đà Nẵng - "
     "Viêng Chăn ở huyện Phôn Hồng.", "AID", [("VN-DN", "LA-VI")]),
    ("Tỉnh Lào Cai trao 500 triệu đồng cho Bệnh viện Hữu nghị Lào Cai - Vân Nam để mua thiết bị phục vụ "
     "bệnh nhân tỉnh Phông Sả Lỳ.", "AID", [("VN-02", "LA-PH")]),
    # the lower-case relation "tình hữu nghị A - B" keeps its places as parties
    ("Phát huy tình hữu nghị Quảng Trị - Sa Vẳn Na Khệt, tỉnh Quảng Trị đã trao tặng tỉnh bạn 30 máy tính.",
     "AID", [("VN-25", "LA-SV")]),
])
def test_places_named_as_geography_or_inside_an_institution(body: str, event_type: str,
                                                            expected: list[tuple[str, str]]) -> None:
    assert [(e.vn_party_code, e.foreign_party_code) for e in events_of(body) if e.event_type == event_type] == expected


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    # the country acts, the province is only where the disaster struck
    ("Thủ tướng quyết định hỗ trợ 100.000 USD cho Chính phủ Campuchia khắc phục hậu quả lũ lụt tại tỉnh Kratie.",
     "AID", [("VN", "KH")]),
    # a country right after its province only qualifies it
    ("Sáng nay, tại huyện Xê Pôn, tỉnh Savannakhet (Lào), đoàn công tác tỉnh Quảng Trị đã trao tặng 50 bộ máy "
     "tính cho trường học của huyện.", "AID", [("VN-25", "LA-SV")]),
    # Viet Nam's head of government acts for the state; a foreign one does not
    ("Phó Thủ tướng khẳng định Chính phủ sẽ tiếp tục hỗ trợ tỉnh Luông Nậm Thà đào tạo nguồn nhân lực.",
     "COMMITMENT", [("VN", "LA-LM")]),
])
def test_acting_countries_and_national_leaders(body: str, event_type: str,
                                               expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)


def test_a_country_named_beside_the_two_local_units_stands_for_the_partner_province() -> None:
    body = ("Đoàn đại biểu tỉnh Sơn La đã sang thăm tỉnh Hủa Phăn. Hai bên đánh giá cao việc thực hiện thỏa thuận "
            "hợp tác giữa hai tỉnh, góp phần vun đắp quan hệ hữu nghị Việt Nam – Lào. Tỉnh Hủa Phăn cảm ơn.")
    agreement = one(body, "AGREEMENT")
    assert (agreement.vn_party_code, agreement.foreign_party_code) == ("VN-05", "LA-HO")


def test_two_countries_joined_by_a_dash_name_a_relation_not_a_side() -> None:
    pledge = one("Hai tỉnh nhất trí sẽ cùng tổ chức Ngày hội văn hóa Việt Nam - Campuchia tại tỉnh Tây Ninh và tỉnh "
                 "Svay Rieng vào năm tới.", "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code) == ("VN-37", "KH-20")


@pytest.mark.parametrize("body", [
    "Chiều 4/12, đoàn công tác tỉnh Xiêm Riệp do Phó Tỉnh trưởng làm trưởng đoàn đã đến thăm và làm việc tại "
    "Trường Đại học Kiến trúc.",
    "Đoàn giáo sư Đại học Chonnam (Hàn Quốc) đã đến thăm và ký thỏa thuận hợp tác với Trường Cao đẳng Kỹ thuật.",
])
def test_an_event_the_article_ties_to_no_vietnamese_unit_is_dropped(body: str) -> None:
    assert events_of(body) == []


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    # a country a national day names is the occasion: the province whose units are visited hosts
    ("Ngày 31/8, đoàn cán bộ Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào) đã sang thăm, chúc mừng 81 năm Quốc khánh "
     "nước Cộng hòa xã hội chủ nghĩa Việt Nam tại các đơn vị Bộ đội Biên phòng tỉnh Thanh Hóa.",
     "VISIT", [("VN-21", "LA-XI")]),
    ("Nhân dịp Quốc khánh lần thứ 51 nước Cộng hòa dân chủ nhân dân Lào, đoàn công tác Bộ đội Biên phòng tỉnh "
     "Quảng Bình đã sang thăm, chúc mừng Bộ Chỉ huy Quân sự tỉnh Khăm Muộn.",
     "VISIT", [("VN-24", "LA-KH")]),
    ("Đoàn đại biểu tỉnh Kon Tum đã sang thăm, chúc Tết cổ truyền Bunpimay của nước bạn Lào tại tỉnh Attapư và "
     "trao tặng tỉnh bạn 200 triệu đồng.",
     "AID", [("VN-28", "LA-AT")]),
    # a province's border guards start with "Bộ" but are no ministry of the state
    ("Ngày 2/12, đoàn cán bộ các đơn vị Bộ đội Biên phòng và cấp ủy, chính quyền cấp xã Lai Châu đã sang thăm, "
     "chúc mừng Bộ Chỉ huy Quân sự tỉnh Phông Sa Lỳ.",
     "VISIT", [("VN-01", "LA-PH")]),
])
def test_a_country_a_national_day_names_is_not_a_side(body: str, event_type: str,
                                                      expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    # the country is the subject of the giving verb: the state gives, whatever province the page is about
    ("Đoàn đại biểu tỉnh Gia Lai sang thăm tỉnh Ratanakiri. "
     "Tại buổi lễ, Đại sứ công bố món quà Việt Nam trao tặng Campuchia trị giá 2 triệu USD.",
     "AID", [("VN", "KH")]),
    ("Tỉnh Điện Biên tiếp đoàn đại biểu tỉnh Phông Sa Lỳ. Năm nay, Việt Nam dành cho Lào 1.000 suất học bổng.",
     "SCHOLARSHIP", [("VN", "LA")]),
    # Viet Nam qualifying a noun ("quân tình nguyện Việt Nam") acts not: the provinces do
    ("Tỉnh Nghệ An và tỉnh Hủa Phăn tổ chức hội đàm. Hai bên khẳng định sẽ tiếp tục phối hợp tìm kiếm, quy tập "
     "hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào.",
     "COMMITMENT", [("VN-22", "LA-HO")]),
    # ... and so does Viet Nam qualifying a noun beside a province named only as the venue
    ("Tại tỉnh Quảng Bình, đoàn đại biểu tỉnh Savannakhet đã trao tặng 40 suất quà cho các gia đình liệt sĩ quân "
     "tình nguyện Việt Nam.",
     "AID", [("VN-24", "LA-SV")]),
    ("Tại Điện Biên, Tỉnh trưởng tỉnh U Đôm Xay cam kết tạo điều kiện cho doanh nghiệp Việt Nam đầu tư vào tỉnh.",
     "COMMITMENT", [("VN-71", "LA-OU")]),
])
def test_viet_nam_as_the_subject_of_a_verb_is_the_state(body: str, event_type: str,
                                                         expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    # "Chính phủ và nhân dân X": the people named beside the state are the nation's, not the partner province's
    ("Bộ Tư lệnh Quân khu 5 hỗ trợ tỉnh Mondulkiri vật tư y tế. Trước đó, Bộ Tư lệnh đã trao tặng 50.000 khẩu "
     "trang cho Chính phủ và nhân dân Campuchia.",
     "AID", [("VN", "KH-11"), ("VN", "KH")]),
])
def test_the_people_named_beside_the_state_are_the_nation(body: str, event_type: str,
                                                         expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)


def test_a_country_after_a_national_day_and_other_words_is_named_for_itself() -> None:
    """"Quốc khánh 2/9 đoàn đại biểu Campuchia": a delegation of the country, not the day's name."""
    body = "Nhân dịp Quốc khánh 2/9 đoàn đại biểu Campuchia sang thăm tỉnh Long An."
    doc = read_document(body, find_mentions(body, default_gazetteer()), None)
    assert [doc.role(p) for p in doc.places if p.admin_code == "KH"] == [0]


def test_the_same_country_named_again_after_a_venue_word_acts() -> None:
    """"tại Campuchia đã trao Bộ Nội vụ Campuchia": the venue word introduces the first name only."""
    body = "Cơ quan đại diện Bộ Quốc phòng Việt Nam tại Campuchia đã trao Bộ Nội vụ Campuchia số tiền 30.000 USD."
    doc = read_document(body, find_mentions(body, default_gazetteer()), None)
    assert [doc.role(p) for p in doc.places if p.admin_code == "KH"] == [1, 0]


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    # a head of government hosting in a province: the province is only the venue, the state hosts
    ("Sáng 3-12, tại tỉnh Bắc Ninh, nhân dự hội nghị hợp tác địa phương Việt Nam - Hàn Quốc, Thủ tướng đã tiếp ông "
     "Kim Young-rok, Tỉnh trưởng tỉnh Jeollanam và lãnh đạo một số địa phương Hàn Quốc.",
     "VISIT", [("VN", "KR-46")]),
])
def test_a_national_leader_acting_at_a_provincial_venue_is_the_state(body: str, event_type: str,
                                                                     expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    # a unit's name ending a person's name after a family name is the person's, not a party
    ("Tỉnh Savannakhet tiếp đoàn thành phố Đà Nẵng. Phó Chủ tịch UBND thành phố Trần Quang Nam khẳng định thành phố "
     "sẽ tiếp tục tạo điều kiện thuận lợi cho cán bộ tỉnh Savannakhet sang học tập.",
     "COMMITMENT", [("VN-DN", "LA-SV")]),
    ("Giám đốc Sở Ngoại vụ Nguyễn Hải Dương cho biết tỉnh Lạng Sơn sẽ hỗ trợ huyện Bằng Tường (Quảng Tây) tổ "
     "chức hội chợ.",
     "COMMITMENT", [("VN-09", "CN-GX")]),
])
def test_a_units_name_inside_a_persons_name_is_no_party(body: str, event_type: str,
                                                         expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)


def test_a_province_named_once_in_passing_yields_to_the_country_named_often() -> None:
    body = ("Đoàn cán bộ Bộ Quốc phòng Việt Nam đã sang Lào làm việc với Bộ Quốc phòng Lào. "
            "Hai bên trao đổi về hợp tác giữa quân đội Việt Nam và quân đội Lào. "
            "Bộ Quốc phòng Lào cảm ơn sự giúp đỡ của Việt Nam. "
            "Trước đó, đoàn đã dâng hương tại nghĩa trang ở tỉnh Attapeu.")
    doc = read_document(body, find_mentions(body, default_gazetteer()), None)
    assert doc.foreign_main == "LA"


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    # a province named only in the title of the person heading a delegation of a national body is his post
    ("Ngày 9/10, tại Trụ sở Trung ương Đảng, Trưởng Ban Tổ chức Trung ương đã tiếp Đoàn cán bộ Đảng Nhân dân Cách "
     "mạng Lào do đồng chí Khampheng Saysompheng, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Chăm Pa Sắc làm Trưởng đoàn sang "
     "trao đổi kinh nghiệm tại Việt Nam.",
     "VISIT", [("VN", "LA")]),
    # ... but a delegation of the province is the province's, whoever heads it
    ("Ngày 9/10, Bí thư Tỉnh ủy Thừa Thiên Huế đã tiếp Đoàn đại biểu tỉnh Chăm Pa Sắc do đồng chí Viengthong "
     "Hadsachak, Phó Tỉnh trưởng tỉnh Chăm Pa Sắc làm Trưởng đoàn.",
     "VISIT", [("VN-26", "LA-CH")]),
])
def test_a_province_in_the_title_of_a_delegations_head_is_his_post(body: str, event_type: str,
                                                                   expected: list[tuple[str, str]]) -> None:
    check(body, event_type, expected)
