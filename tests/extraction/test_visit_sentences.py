"""VISIT: who travelled where, when and led by whom, and which trips are not visits.

Pins down, with sentences written for these tests:
- direction from the host verbs (tiếp, đón, tiếp đón, chủ trì buổi tiếp, chào xã giao) and from
  "tại + place": the delegation's own unit travelled, whichever side hosts;
- a delegation named with its unit is a trip even without a visit verb ("UBND tỉnh A và đoàn đại biểu
  tỉnh B tổ chức hội nghị", "đoàn công tác tỉnh A đã dự lễ ... tại tỉnh B");
- the leader is the head of the travelling delegation ("do (đồng chí/ông) X, <chức vụ> dẫn đầu / làm
  trưởng đoàn", "do <chức vụ> X dẫn đầu"), not the host;
- dates of every form: "Chiều 19.11", "Ngày 14-12", "từ ngày 24 đến ngày 26 tháng 10 năm 2022",
  "11-12/4/2023", "sáng nay" / "chiều hôm qua" from the page date, a day after the page date belonging
  to the year before, a day with no year anywhere kept without a year; one trip is dated by its first day;
- planned or prepared trips, invitations, domestic trips (a ministry, a province's own districts) are
  not visits.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.helpers import events_of, none_of, one


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize(("body", "published", "expected"), [
    # host verbs: the Vietnamese side receives (inbound)
    ("Chiều 19.11, Chủ tịch UBND tỉnh Quảng Trị Lê Quang Vĩnh đã tiếp đoàn đại biểu tỉnh Sa-la-van (Lào) do ông "
     "Sỉ-phăn Xay-nha-vông, Phó Tỉnh trưởng dẫn đầu.", date(2024, 11, 20),
     ("VN-25", "LA-SL", "inbound", date(2024, 11, 19), "Sỉ-phăn Xay-nha-vông")),
    ("Ngày 14-12, Bí thư Tỉnh ủy Thanh Hóa Đinh Văn Hòa đã đón đoàn đại biểu tỉnh Hủa Phăn do đồng chí Khăm-xay "
     "Phôm-ma-vông, Bí thư Tỉnh ủy, Tỉnh trưởng làm trưởng đoàn.", date(2023, 12, 15),
     ("VN-21", "LA-HO", "inbound", date(2023, 12, 14), "Khăm-xay Phôm-ma-vông")),
    ("Ngày 21/8/2023, đồng chí Nguyễn Hữu Phước, Phó Chủ tịch UBND tỉnh Kon Tum chủ trì buổi tiếp đoàn công tác "
     "tỉnh Attapư do ông Vi-lay Phôn-xa-vẳn, Phó Tỉnh trưởng làm trưởng đoàn.", None,
     ("VN-28", "LA-AT", "inbound", date(2023, 8, 21), "Vi-lay Phôn-xa-vẳn")),
    ("Sáng nay, Chủ tịch UBND tỉnh Đắk Lắk đã tiếp đoàn đại biểu tỉnh Mondulkiri (Campuchia) do ông Chea Sophal, "
     "Phó Tỉnh trưởng dẫn đầu.", date(2024, 6, 18),
     ("VN-33", "KH-11", "inbound", date(2024, 6, 18), "Chea Sophal")),
    ("Ngày 22/3/2024, lãnh đạo tỉnh Hà Giang đã tiếp đoàn công tác thành phố Côn Minh, tỉnh Vân Nam (Trung Quốc) "
     "do ông Lý Kiến Quân, Phó Thị trưởng dẫn đầu.", None,
     ("VN-03", "CN-YN", "inbound", date(2024, 3, 22), "Lý Kiến Quân")),
    # host verbs: the foreign side receives (outbound)
    ("Sáng 5/7, tại Thủ đô Viêng Chăn, Phó Đô trưởng Xổm-phết Kẹo-ma-ni đã tiếp đoàn đại biểu thành phố Hà Nội do "
     "đồng chí Trần Minh Đức, Phó Chủ tịch UBND thành phố dẫn đầu.", date(2024, 7, 6),
     ("VN-HN", "LA-VT", "outbound", date(2024, 7, 5), "Trần Minh Đức")),
    pytest.param(
        "Ngày 3/5/2024, lãnh đạo tỉnh Xiêng Khoảng đã tiếp đón đoàn công tác tỉnh Nghệ An do đồng chí Hoàng Minh "
        "Tâm, Phó Chủ tịch UBND tỉnh dẫn đầu.", None,
        ("VN-22", "LA-XI", "outbound", date(2024, 5, 3), "Hoàng Minh Tâm")),
    # visit verbs with "tại" / "sang" / "đến" a place
    ("Từ ngày 24 đến ngày 26 tháng 10 năm 2022, Đoàn đại biểu tỉnh Quảng Bình do đồng chí Phạm Đức Lâm, Phó Bí "
     "thư Tỉnh ủy làm trưởng đoàn đã thăm và làm việc tại tỉnh Khăm Muộn.", None,
     ("VN-24", "LA-KH", "outbound", date(2022, 10, 24), "Phạm Đức Lâm")),
    ("Đoàn đại biểu tỉnh Kampot (Campuchia) do ông Sok Vanna, Phó Tỉnh trưởng làm trưởng đoàn đã thăm và làm "
     "việc tại tỉnh Kiên Giang từ ngày 11-12/4/2023.", None,
     ("VN-47", "KH-7", "inbound", date(2023, 4, 11), "Sok Vanna")),
    ("Ngày 11-12/4/2023, đoàn công tác tỉnh An Giang do ông Lâm Quốc Huy, Phó Chủ tịch UBND tỉnh dẫn đầu đã sang "
     "thăm tỉnh Takeo (Campuchia).", None,
     ("VN-44", "KH-21", "outbound", date(2023, 4, 11), "Lâm Quốc Huy")),
    ("Chiều hôm qua, đoàn đại biểu tỉnh Gyeongsangbuk (Hàn Quốc) do ông Kim Dong-hyun, Phó Tỉnh trưởng dẫn đầu "
     "đã đến thăm tỉnh Thái Nguyên.", date(2024, 5, 10),
     ("VN-69", "KR-47", "inbound", date(2024, 5, 9), "Kim Dong-hyun")),
    ("Đoàn công tác tỉnh Hưng Yên do ông Đặng Văn Thành, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm "
     "việc tại tỉnh Kanagawa (Nhật Bản) từ ngày 3 đến ngày 6 tháng 7 năm 2024.", None,
     ("VN-66", "JP-14", "outbound", date(2024, 7, 3), "Đặng Văn Thành")),
    ("Đoàn đại biểu tỉnh Bắc Ninh do ông Đào Minh Khoa dẫn đầu đã đến thăm tỉnh Gyeonggi (Hàn Quốc) từ ngày 21 "
     "đến 24/10/2024.", None,
     ("VN-56", "KR-41", "outbound", date(2024, 10, 21), "Đào Minh Khoa")),
    ("Theo lời mời của UBND tỉnh Thanh Hóa, ngày 16/9/2024, đoàn đại biểu tỉnh Hủa Phăn do ông Vông-phết "
     "Xay-xổm-bắt, Phó Tỉnh trưởng dẫn đầu đã sang thăm tỉnh Thanh Hóa.", None,
     ("VN-21", "LA-HO", "inbound", date(2024, 9, 16), "Vông-phết Xay-xổm-bắt")),
    ("Đoàn đại biểu cấp cao tỉnh Chăm-pa-xắc do đồng chí Bun-lơm Vi-la-phăn, Bí thư Tỉnh ủy làm trưởng đoàn đã "
     "đến chào xã giao lãnh đạo tỉnh Quảng Nam ngày 25/9/2023.", None,
     ("VN-27", "LA-CH", "inbound", date(2023, 9, 25), "Bun-lơm Vi-la-phăn")),
    ("Trong khuôn khổ chuyến thăm hữu nghị tỉnh Bô-ly-khăm-xay, ngày 6/9/2023, đoàn đại biểu tỉnh Hà Tĩnh do "
     "đồng chí Nguyễn Hồng Lĩnh, Chủ tịch HĐND tỉnh làm trưởng đoàn đã chào xã giao lãnh đạo tỉnh bạn.", None,
     ("VN-23", "LA-BL", "outbound", date(2023, 9, 6), "Nguyễn Hồng Lĩnh")),
    ("Đoàn đại biểu tỉnh Nghệ An do đồng chí Võ Đình Hào, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy "
     "Nghệ An làm trưởng đoàn đã sang thăm tỉnh Hủa Phăn ngày 10/1/2025.", None,
     ("VN-22", "LA-HO", "outbound", date(2025, 1, 10), "Võ Đình Hào")),
    ("Ngày 8/8/2024, tại tỉnh Attapư, đoàn công tác tỉnh Kon Tum đã làm việc với lãnh đạo tỉnh bạn.", None,
     ("VN-28", "LA-AT", "outbound", date(2024, 8, 8), None)),
    ("Ngày 8/8/2024, tại tỉnh Kon Tum, đoàn công tác tỉnh Attapư đã làm việc với lãnh đạo tỉnh bạn.", None,
     ("VN-28", "LA-AT", "inbound", date(2024, 8, 8), None)),
    # a delegation named with its unit, without a visit verb
    ("Chiều 9/10, UBND tỉnh Lai Châu và đoàn đại biểu tỉnh Luổng Nậm Thà tổ chức hội nghị tổng kết hợp tác năm "
     "2024.", date(2024, 10, 10),
     ("VN-01", "LA-LM", "inbound", date(2024, 10, 9), None)),
    ("Đoàn công tác tỉnh Quảng Ngãi do ông Trần Phước Hiền, Phó Chủ tịch UBND tỉnh dẫn đầu đã dự lễ khánh thành "
     "trường học tại tỉnh Xê Kông ngày 12/9/2024.", None,
     ("VN-29", "LA-XE", "outbound", date(2024, 9, 12), "Trần Phước Hiền")),
    ("Tối 15/5 (hôm qua), đoàn đại biểu tỉnh Attapư do ông Xổm-xạ-vạt Bun-nhăng dẫn đầu đã đến thành phố Pleiku, "
     "bắt đầu chuyến thăm và làm việc tại tỉnh Gia Lai.", date(2024, 5, 16),
     ("VN-30", "LA-AT", "inbound", date(2024, 5, 15), "Xổm-xạ-vạt Bun-nhăng")),
    pytest.param(
        "Trong hai ngày 4 và 5-3, đoàn đại biểu tỉnh Sơn La do đồng chí Cầm Văn Đoàn, Phó Chủ tịch UBND tỉnh làm "
        "trưởng đoàn đã sang thăm và làm việc tại tỉnh Luông Pha Băng.", date(2025, 3, 7),
        ("VN-05", "LA-LP", "outbound", date(2025, 3, 4), "Cầm Văn Đoàn")),
    # a day after the page's date was last year
    ("Sáng 28/12, đoàn đại biểu tỉnh Quảng Nam do ông Hồ Quang Bửu dẫn đầu đã sang thăm tỉnh Xê Kông.",
     date(2025, 1, 3), ("VN-27", "LA-XE", "outbound", date(2024, 12, 28), "Hồ Quang Bửu")),
    pytest.param(
        "Đoàn đại biểu tỉnh Savannakhet do Phó Tỉnh trưởng Phon-xay Vi-la-xúc dẫn đầu đã sang thăm tỉnh Quảng Trị "
        "ngày 2/4/2024.", None,
        ("VN-25", "LA-SV", "inbound", date(2024, 4, 2), "Phon-xay Vi-la-xúc")),
])
def test_direction_date_and_leader(body: str, published: date | None,
                                   expected: tuple[str, str, str, date, str | None]) -> None:
    visit = one(body, "VISIT", published)
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction, visit.event_date,
            visit.leader_name) == expected


def test_a_day_without_any_year_keeps_day_and_month_only() -> None:
    visit = one("Chiều 16/9, đoàn đại biểu tỉnh Thanh Hóa đã sang thăm tỉnh Hủa Phăn.", "VISIT")
    assert (visit.event_date.month, visit.event_date.day, visit.year_source) == (9, 16, "none")
    assert visit.direction == "outbound"


def test_arrival_then_talks_is_one_visit_dated_by_the_arrival() -> None:
    body = ("Chiều 2/10, đoàn đại biểu tỉnh U Đôm Xay do ông Khăm-pheng Xay-xổm-phon dẫn đầu đã đến tỉnh Điện Biên. "
            "Sáng 3/10, lãnh đạo hai tỉnh đã hội đàm và ký biên bản hợp tác.")
    visit = one(body, "VISIT", date(2024, 10, 4))
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == ("VN-71", "LA-OU", "inbound")
    assert (visit.event_date, visit.leader_name) == (date(2024, 10, 2), "Khăm-pheng Xay-xổm-phon")


def test_talks_told_before_the_arrival_still_date_the_visit_by_its_first_day() -> None:
    body = ("Sáng 3/10, lãnh đạo tỉnh Điện Biên đã hội đàm với đoàn đại biểu tỉnh U Đôm Xay do ông Khăm-pheng "
            "Xay-xổm-phon dẫn đầu. Đoàn đã đến tỉnh Điện Biên từ chiều 2/10.")
    visit = one(body, "VISIT", date(2024, 10, 4))
    assert visit.event_date == date(2024, 10, 2)


def test_two_delegations_each_with_its_head() -> None:
    body = ("Ngày 14/12/2022, đoàn đại biểu tỉnh Hủa Phăn do ông Phon-xay Xổm-vi-xay dẫn đầu; đoàn đại biểu tỉnh "
            "Luông Pha Băng do ông Khăm-lạ Vông-xa dẫn đầu đã sang thăm tỉnh Sơn La.")
    found = [e for e in events_of(body) if e.event_type == "VISIT"]
    assert sorted((e.foreign_party_code, e.direction, e.leader_name) for e in found) == [
        ("LA-HO", "inbound", "Phon-xay Xổm-vi-xay"), ("LA-LP", "inbound", "Khăm-lạ Vông-xa")]


@pytest.mark.parametrize("body", [
    # planned or being prepared
    "Đoàn đại biểu tỉnh Hà Tĩnh dự kiến sẽ sang thăm tỉnh Khăm Muộn vào tháng 12 tới.",
    "Tháng 10 tới, đoàn đại biểu tỉnh Gia Lai sẽ sang thăm tỉnh Ratanakiri.",
    "UBND tỉnh Quảng Trị họp bàn công tác chuẩn bị đón đoàn đại biểu tỉnh Savannakhet sang thăm tỉnh.",
    "Sở Ngoại vụ được giao xây dựng kế hoạch đón tiếp đoàn đại biểu tỉnh Chăm-pa-xắc vào đầu năm sau.",
    # invitations and wishes
    "Nhân dịp này, Bí thư Tỉnh ủy Thanh Hóa đã mời lãnh đạo tỉnh Hủa Phăn sang thăm, làm việc tại Thanh Hóa.",
    "Lãnh đạo tỉnh Xê Kông vui vẻ nhận lời sang thăm tỉnh Quảng Nam trong năm tới.",
    pytest.param("Lãnh đạo tỉnh Nghệ An mong muốn sớm được đón đoàn đại biểu tỉnh Bô-ly-khăm-xay sang thăm."),
    # domestic trips
    "Đoàn công tác Bộ Giáo dục và Đào tạo do Thứ trưởng Phạm Thị Lan dẫn đầu đã thăm và làm việc tại tỉnh Điện Biên.",
    "Chủ tịch UBND tỉnh Nghệ An đã đến thăm, tặng quà các hộ dân huyện Kỳ Sơn bị thiệt hại do lũ quét.",
    "Đoàn công tác tỉnh Sơn La đã thăm và làm việc tại huyện Sốp Cộp, huyện biên giới giáp tỉnh Hủa Phăn (Lào).",
    "Thủ tướng Chính phủ đã đến thăm và làm việc với tỉnh Quảng Trị về hạ tầng giao thông kết nối với tỉnh "
    "Savannakhet (Lào).",
])
def test_planned_invited_and_domestic_trips_are_not_visits(body: str) -> None:
    assert none_of(body, "VISIT")


@pytest.mark.parametrize(("body", "published", "expected"), [
    # the guest named after the host verb, with the title before the place
    ("Sáng 12/5, Chủ tịch UBND tỉnh Quảng Trị đã tiếp ông Bun-thoong Xay-nha-vông, Phó Tỉnh trưởng tỉnh "
     "Savannakhet, sang thăm và làm việc tại tỉnh.", date(2024, 5, 13),
     ("VN-25", "LA-SV", "inbound", date(2024, 5, 12))),
    # "Tiếp đoàn, về phía tỉnh X có …" names the host, not the delegation
    ("Ngày 3/4, đoàn công tác tỉnh Nghệ An sang thăm và làm việc tại tỉnh Bô-ly-khăm-xay. Tiếp đoàn, về phía "
     "tỉnh Bô-ly-khăm-xay có ông Khăm-xay Phôm-ma-chăn, Phó Tỉnh trưởng.", date(2024, 4, 5),
     ("VN-22", "LA-BL", "outbound", date(2024, 4, 3))),
    # an anniversary named beside the trip is not its date
    ("Nhân dịp kỷ niệm Quốc khánh nước CHDCND Lào (2/12/1975 - 2/12/2024), từ ngày 28 đến 30/11, đoàn đại biểu "
     "tỉnh Sơn La đã sang thăm tỉnh Luông Pha Băng.", date(2024, 12, 1), ("VN-05", "LA-LP", "outbound",
                                                                       date(2024, 11, 28))),
    # the first day told by another sentence about the delegation
    ("Sáng 20/6, tỉnh Kon Tum hội đàm với đoàn đại biểu tỉnh Attapư. Chiều 19/6, đoàn đã tới Kon Tum qua cửa "
     "khẩu quốc tế Bờ Y.", date(2024, 6, 21), ("VN-28", "LA-AT", "inbound", date(2024, 6, 19))),
])
def test_host_guest_anniversaries_and_first_days(body: str, published: date,
                                                 expected: tuple[str, str, str, date]) -> None:
    visit = one(body, "VISIT", published)
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction, visit.event_date) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the side named before "có đoàn" owns the delegation
    ("Về phía tỉnh Chăm-pa-xắc có đoàn công tác do ông Xổm-phon Khăm-ma-ny, Phó Tỉnh trưởng, làm trưởng đoàn "
     "sang làm việc với tỉnh Quảng Nam.", ("VN-27", "LA-CH", "inbound")),
    # "làm trưởng đoàn" is not a delegation word, and "đón tiếp đoàn tại X" names where the guest is met
    ("Đoàn đại biểu tỉnh Sơn La do đồng chí Hoàng Văn Chất làm trưởng đoàn đã sang thăm tỉnh Hủa Phăn. Đón tiếp "
     "đoàn tại thị xã Sầm Nưa có lãnh đạo tỉnh Hủa Phăn.", ("VN-05", "LA-HO", "outbound")),
    # ministries act for the state wherever they meet
    ("Tại Hà Nội, Bộ Y tế đã tiếp đoàn đại biểu Bộ Y tế Lào sang thăm và làm việc.", ("VN", "LA", "inbound")),
])
def test_sides_heads_and_national_bodies(body: str, expected: tuple[str, str, str]) -> None:
    visit = one(body, "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # officials of a foreign province attending or co-chairing a meeting held on the Vietnamese side travelled
    ("Ngày 5/3, tại thành phố Đồng Hới, UBND tỉnh Quảng Bình tổ chức hội nghị ký kết biên bản hợp tác. Tham dự "
     "có lãnh đạo cấp cao của 2 tỉnh Khăm Muộn và Savannakhet; Bí thư Tỉnh ủy Quảng Bình.",
     [("VN-24", "LA-KH", "inbound"), ("VN-24", "LA-SV", "inbound")]),
    ("Ngày 9/10, tại trụ sở UBND tỉnh, dưới sự chủ trì của ông Lê Văn Minh, Chủ tịch UBND tỉnh Bắc Giang và ngài "
     "Kato Ichiro - Thống đốc tỉnh Shizuoka, hai tỉnh đã tổ chức hội đàm.",
     [("VN-54", "JP-22", "inbound")]),
    ("Sáng 2/6, tại tỉnh Hà Giang, diễn ra Hội nghị thường niên giữa Bí thư Tỉnh ủy các tỉnh biên giới. Về phía "
     "tỉnh Vân Nam (Trung Quốc) có đồng chí Trương Hoa, Phó Bí thư Tỉnh ủy.",
     [("VN-03", "CN-YN", "inbound")]),
    # a delegation of two units of the same country is a delegation of each
    ("Từ ngày 3/9 đến 5/9, Đoàn đại biểu Hội hữu nghị tỉnh Vân Nam và Khu tự trị dân tộc Choang Quảng Tây đã "
     "thăm và làm việc tại tỉnh Lạng Sơn.", [("VN-09", "CN-GX", "inbound"), ("VN-09", "CN-YN", "inbound")]),
    # the lead's foreign venue is where the province's delegation went
    ("Theo phóng viên thường trú tại Campuchia, tại tỉnh Takeo, Tỉnh trưởng đã giới thiệu tiềm năng của tỉnh. "
     "Thay mặt đoàn công tác tỉnh An Giang, ông Trần Văn Hùng cảm ơn sự đón tiếp của tỉnh bạn.",
     [("VN-44", "KH-21", "outbound")]),
    # the host is who "dành cho đoàn … sự đón tiếp", not the delegation named before the verb
    ("Phát biểu tại hội nghị, Bí thư Tỉnh ủy Quảng Nam cảm ơn lãnh đạo tỉnh Sê Kông đã dành cho đoàn đại biểu "
     "Quảng Nam sự đón tiếp chu đáo.", [("VN-27", "LA-XE", "outbound")]),
])
def test_presence_at_a_meeting_joined_units_and_the_lead_venue(body: str,
                                                               expected: list[tuple[str, str, str]]) -> None:
    found = sorted((e.vn_party_code, e.foreign_party_code, e.direction) for e in events_of(body)
                   if e.event_type == "VISIT")
    assert found == expected


@pytest.mark.parametrize("body", [
    # a meeting held online, and officials present at a meeting abroad, say nothing of a trip
    "Sáng 8/4, UBND tỉnh Đắk Nông và tỉnh Mondulkiri tổ chức hội nghị trực tuyến sơ kết hợp tác. Về phía tỉnh "
    "Mondulkiri có ông Thong Savon, Tỉnh trưởng.",
    # a consulate in the province is resident, not a visiting delegation
    "Tham dự buổi gặp mặt có đại diện Tổng Lãnh sự quán Lào tại Đà Nẵng và lãnh đạo các sở, ngành thành phố.",
])
def test_presence_online_or_resident_is_no_visit(body: str) -> None:
    assert none_of(body, "VISIT")


def test_a_range_of_full_dates_starts_the_trip() -> None:
    visit = one("Trong 3 ngày (28/11 đến 30/11) tại tỉnh Cao Bằng, đoàn đại biểu tỉnh Quảng Tây đã tham gia các "
                "hoạt động giao lưu.", "VISIT", date(2025, 12, 2))
    assert visit.event_date == date(2025, 11, 28)


@pytest.mark.parametrize(("body", "leader"), [
    # with no head of delegation named, the partner's first official present, without his title
    ("Ngày 9/10, tại trụ sở UBND tỉnh, dưới sự chủ trì của ông Lê Văn Minh, Chủ tịch UBND tỉnh Bắc Giang và ngài "
     "Kato Ichiro - Thống đốc tỉnh Shizuoka, hai tỉnh đã tổ chức hội đàm.", "Kato Ichiro"),
    ("Sáng 2/6, tại tỉnh Hà Giang, diễn ra Hội nghị thường niên giữa các tỉnh biên giới. Về phía tỉnh Vân Nam có "
     "đồng chí Trương Hoa - Phó Bí thư Tỉnh ủy tỉnh Vân Nam.", "Trương Hoa"),
])
def test_the_leader_of_a_meeting_without_a_named_head(body: str, leader: str) -> None:
    assert one(body, "VISIT").leader_name == leader


def test_a_page_without_a_stamp_takes_its_year_from_a_full_date() -> None:
    visit = one("Chiều 15/6, đoàn công tác tỉnh Lào Cai đã về nước, kết thúc chuyến thăm tỉnh Vân Nam. Từ ngày 11/6 "
                "đến 15/6/2024, đoàn đã làm việc tại các thành phố của tỉnh Vân Nam.", "VISIT")
    assert visit.event_date == date(2024, 6, 11)


def test_heads_listed_after_an_honorific_lead_their_own_partner() -> None:
    body = ("Sáng 20/12, Đoàn đại biểu HĐND 2 tỉnh Bắc Lào do các đồng chí: Bun Mi Xay Phôn, Phó Bí thư Tỉnh ủy, "
            "Chủ tịch HĐND tỉnh U Đôm Xay; Khăm Xay Vông Sa, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh "
            "Luông Pha Băng dẫn đầu đã dâng hương tưởng niệm các liệt sĩ tại tỉnh Điện Biên.")
    found = sorted((e.foreign_party_code, e.leader_name) for e in events_of(body, date(2023, 12, 21))
                   if e.event_type == "VISIT")
    assert found == [("LA-LP", "Khăm Xay Vông Sa"), ("LA-OU", "Bun Mi Xay Phôn")]


@pytest.mark.parametrize(("published", "vn"), [(date(2025, 12, 30), "VN-30"), (date(2024, 3, 1), "VN-31")])
def test_a_city_belongs_to_the_merged_province_on_pages_after_the_merger(published: date, vn: str) -> None:
    scholarship = one("Ngày 29-12, Trường Đại học Quy Nhơn tiếp nhận 32 sinh viên tỉnh Champasak sang học tiếng "
                      "Việt.", "SCHOLARSHIP", published)
    assert (scholarship.vn_party_code, scholarship.foreign_party_code) == (vn, "LA-CH")


@pytest.mark.parametrize(("body", "expected"), [
    # a host verb whose guest is an official of a foreign province is a visit, even with no delegation word
    ("Chiều 3/4, tại Trụ sở Chính phủ, Phó Thủ tướng tiếp Thống đốc tỉnh Gunma (Nhật Bản), ông Sato Ken.",
     ("VN", "JP-10", "inbound")),
    # the foreign host welcomes the Vietnamese delegation: outbound, whoever speaks
    ("Phát biểu tại hội đàm, Bí thư Tỉnh ủy tỉnh Vân Nam chào mừng đồng chí Bí thư Tỉnh ủy Lào Cai và đoàn công tác "
     "đến thăm và làm việc tại Vân Nam.", ("VN-02", "CN-YN", "outbound")),
])
def test_a_foreign_guest_received_and_a_welcome_abroad(body: str, expected: tuple[str, str, str]) -> None:
    visit = one(body, "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == expected


@pytest.mark.parametrize(("body", "published"), [
    # "sẽ" far before the visit verb, in the same clause
    ("Thủ tướng Campuchia sẽ dẫn đầu Đoàn đại biểu cấp cao Chính phủ Campuchia thăm chính thức Việt Nam.", None),
    # a trip dated after the page's date is still to come
    ("Chuyến thăm của đoàn đại biểu tỉnh Xiêng Khoảng tới tỉnh Nghệ An diễn ra từ ngày 3/10 đến 5/10/2024.",
     date(2024, 9, 25)),
])
def test_a_trip_still_to_come_is_no_visit(body: str, published: date | None) -> None:
    assert not [e for e in events_of(body, published) if e.event_type == "VISIT"]


def test_a_place_after_the_visit_verb_is_where_the_delegation_went() -> None:
    visit = one("Bí thư Tỉnh ủy Cao Bằng và đoàn công tác đến thăm và làm việc tại Quảng Tây theo lời mời của "
                "Khu ủy Quảng Tây.", "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == ("VN-04", "CN-GX", "outbound")


@pytest.mark.parametrize(("body", "leader"), [
    # the guest a host verb names leads when no head of delegation is named, his title before or after him
    ("Chiều 3/4, tại Trụ sở Chính phủ, Phó Thủ tướng tiếp Thống đốc tỉnh Gunma (Nhật Bản), ông Sato Ken.",
     "Sato Ken"),
    ("Sáng 5/6, Chủ tịch UBND tỉnh Kon Tum tiếp ông Bun Thom Xay Da, Phó Tỉnh trưởng tỉnh Át Tạ Pư.",
     "Bun Thom Xay Da"),
])
def test_the_guest_a_host_verb_names_leads(body: str, leader: str) -> None:
    assert one(body, "VISIT").leader_name == leader


@pytest.mark.parametrize(("body", "expected"), [
    # meeting an official of the other side: the direction comes from where the meeting is held
    ("Chiều 12/5, tại thành phố Đồng Hới, Bí thư Tỉnh ủy Quảng Bình đã hội kiến Tỉnh trưởng tỉnh Khăm Muộn.",
     ("VN-24", "LA-KH", "inbound")),
    ("Lãnh đạo tỉnh Bình Phước đã có buổi làm việc với Tỉnh trưởng tỉnh Kratie tại thị xã Kratie.",
     ("VN-58", "KH-10", "outbound")),
    # seeing a delegation off
    ("Sáng 15/3, tại cửa khẩu Cầu Treo, lãnh đạo tỉnh Hà Tĩnh đã tiễn đoàn đại biểu tỉnh Bô-ly-khăm-xay về nước.",
     ("VN-23", "LA-BL", "inbound")),
])
def test_meetings_with_an_official_of_the_other_side(body: str, expected: tuple[str, str, str]) -> None:
    visit = one(body, "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == expected


def test_a_meeting_without_a_venue_or_with_businesses_is_no_visit() -> None:
    assert none_of("Sở Công Thương tỉnh Lạng Sơn làm việc với doanh nghiệp về xuất khẩu hàng hóa sang tỉnh Quảng "
                   "Tây.", "VISIT")


@pytest.mark.parametrize(("body", "expected"), [
    # a trip "với" a unit goes to that unit
    ("Từ ngày 3 đến 5/6, đoàn công tác tỉnh Hòa Bình đã có chuyến thăm và làm việc với tỉnh Bò Kẹo, nước CHDCND "
     "Lào.", ("VN-14", "LA-BK", "outbound")),
    # the foreign host meets the province's delegation
    ("Thống đốc tỉnh Chiba, ông Ito Jiro, đã có cuộc gặp mặt với phái đoàn Việt Nam do Chủ tịch UBND tỉnh Bình "
     "Định dẫn đầu.", ("VN-31", "JP-12", "outbound")),
    # co-chairs named before "đồng chủ trì" at a meeting at home
    ("Sáng 7/9, tại tỉnh An Giang diễn ra hội nghị sơ kết hợp tác. Ông Trần Văn Bình, Chủ tịch UBND tỉnh An Giang "
     "và ngài Ung Sok, Tỉnh trưởng tỉnh Takeo đồng chủ trì hội nghị.", ("VN-44", "KH-21", "inbound")),
])
def test_trips_with_a_unit_hosts_meeting_a_delegation_and_co_chairs(body: str,
                                                                      expected: tuple[str, str, str]) -> None:
    visit = one(body, "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == expected


def test_a_dateline_is_where_the_news_was_written_not_a_party() -> None:
    aid = one("HÀ NỘI (TTXVN) - Việt Nam đã trao tặng Cuba 5.000 tấn gạo.", "AID")
    assert (aid.vn_party_code, aid.foreign_party_code) == ("VN", "CU")


def test_each_leg_of_a_trip_told_in_its_own_sentence_is_a_visit() -> None:
    body = ("Ngày 28/11, đoàn công tác tỉnh Tây Ninh đã đến thăm và làm việc tại tỉnh Battambang. Trước đó, ngày "
            "26/11, đoàn đã đến thăm tỉnh Siem Reap.")
    found = sorted((e.foreign_party_code, e.direction) for e in events_of(body, date(2024, 11, 30))
                   if e.event_type == "VISIT")
    assert found == [("KH-17", "outbound"), ("KH-2", "outbound")]


def test_on_a_visit_in_a_vietnamese_guest_of_the_host_does_not_lead() -> None:
    body = ("Sáng 7/9, tại tỉnh Đồng Tháp, Bí thư Tỉnh ủy Đồng Tháp chào mừng Chủ tịch UBND tỉnh Long An Trần Văn "
            "Cần cùng dự. Ông Nguyễn Văn Dương, Chủ tịch UBND tỉnh Đồng Tháp và ngài Sok Chea, Tỉnh trưởng tỉnh "
            "Prey Veng đồng chủ trì hội nghị.")
    visit = one(body, "VISIT")
    assert (visit.foreign_party_code, visit.direction, visit.leader_name) == ("KH-14", "inbound", "Sok Chea")


def test_two_delegations_each_to_the_provinces_it_lists() -> None:
    body = ("Nhân dịp Tết Bunpimay, tỉnh Quảng Nam cử hai đoàn công tác sang Lào. Đoàn thứ nhất do ông Lê Văn Hải, "
            "Phó Chủ tịch UBND tỉnh dẫn đầu đã sang thăm, chúc Tết 2 tỉnh Lào giáp biên là Sê Kông và Chăm Pa Sắc. "
            "Đoàn thứ hai do bà Trần Thị Lan, Phó Bí thư Tỉnh ủy dẫn đầu đã sang thăm, chúc Tết hai tỉnh bạn là "
            "Attapeu và Salavan.")
    found = sorted((e.foreign_party_code, e.direction, e.leader_name) for e in events_of(body)
                   if e.event_type == "VISIT")
    assert found == [("LA-AT", "outbound", "Trần Thị Lan"), ("LA-CH", "outbound", "Lê Văn Hải"),
                     ("LA-SL", "outbound", "Trần Thị Lan"), ("LA-XE", "outbound", "Lê Văn Hải")]


@pytest.mark.parametrize(("body", "expected"), [
    # the head named in apposition ("…, Trưởng đoàn") gives the delegation its unit and its leader
    ("Trong chuyến thăm, ông Phạm Văn Long, Phó Chủ tịch UBND tỉnh Kiên Giang, Trưởng đoàn công tác đã chúc Tết "
     "lãnh đạo và nhân dân các tỉnh Kampot và Kep.",
     [("VN-47", "KH-23", "outbound", "Phạm Văn Long"), ("VN-47", "KH-7", "outbound", "Phạm Văn Long")]),
    # a Vietnamese delegation meeting a foreign unit, with no venue named, went to it
    ("Ngày 9/10, đoàn công tác của tỉnh Cao Bằng do ông Hoàng Văn Minh, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã "
     "làm việc với lãnh đạo thành phố Bách Sắc, Quảng Tây.", [("VN-04", "CN-GX", "outbound", "Hoàng Văn Minh")]),
    # an embassy's seat is not where the delegation went
    ("Ngày 5/9, đoàn công tác tỉnh Bắc Ninh đã đến thăm và làm việc với Đại sứ quán Việt Nam tại Tokyo và tỉnh "
     "Chiba.", [("VN-56", "JP-12", "outbound", None)]),
    # a bare "tiếp đoàn" on the side the sentence opens with: the article's partner travelled
    ("Sáng 20/3, tại thành phố Pleiku, tỉnh Gia Lai tổ chức lễ đón nhận huân chương của Nhà nước Campuchia. Đại "
     "diện tỉnh Ratanakiri đã trao huân chương cho tỉnh Gia Lai. Về phía tỉnh Gia Lai có đồng chí Nguyễn Văn An, "
     "Phó Chủ tịch UBND tỉnh tiếp đoàn.", [("VN-30", "KH-16", "inbound", None)]),
    # a trip to a country in an article about one of its cities went to that city
    ("Đoàn đại biểu thành phố Hải Phòng do ông Đỗ Mạnh Tuấn dẫn đầu đã thăm, làm việc tại Hàn Quốc. Chuyến công "
     "tác nhằm thúc đẩy hợp tác giữa thành phố Hải Phòng và thành phố Incheon theo thỏa thuận của thành phố "
     "Incheon.", [("VN-HP", "KR-28", "outbound", "Đỗ Mạnh Tuấn")]),
])
def test_heads_meetings_missions_bare_guests_and_countries(body: str,
                                                           expected: list[tuple[str, str, str, str | None]]) -> None:
    found = sorted((e.vn_party_code, e.foreign_party_code, e.direction, e.leader_name) for e in events_of(body)
                   if e.event_type == "VISIT")
    assert found == expected


def test_the_head_of_a_standing_delegation_is_a_title() -> None:
    assert none_of("Ông Lê Văn An, Phó Bí thư Tỉnh ủy tỉnh Nghệ An, Trưởng đoàn ĐBQH tỉnh phát biểu về hợp tác "
                   "với tỉnh Xiêng Khoảng.", "VISIT")


def test_a_monument_named_after_a_country_is_not_where_the_trip_went() -> None:
    body = ("Đoàn đại biểu huyện Quỳnh Lưu đã sang thăm huyện Mường Khăm, tỉnh Xiêng Khoảng. Trong thời gian ở Lào, "
            "đoàn đã dâng hoa tại Đài tưởng niệm liệt sĩ quân tình nguyện Việt Nam.")
    visit = one(body, "VISIT")
    assert (visit.foreign_party_code, visit.direction) == ("LA-XI", "outbound")


def test_the_first_official_of_the_travelling_side_leads_when_no_head_is_named() -> None:
    body = ("Chiều 14/1, tại thành phố Tam Kỳ, tỉnh Quảng Nam tổ chức lễ đón nhận Huân chương Tự do của Nhà nước "
            "Lào. Phó Tỉnh trưởng tỉnh Sê Kông Bun Mi Phăn Tha trao huân chương cho tỉnh Quảng Nam. Về phía tỉnh "
            "Quảng Nam có đồng chí Lê Trí Thanh, Chủ tịch UBND tỉnh tiếp đoàn.")
    visit = one(body, "VISIT")
    assert (visit.foreign_party_code, visit.direction, visit.leader_name) == ("LA-XE", "inbound", "Bun Mi Phăn Tha")


@pytest.mark.parametrize(("body", "expected"), [
    # a delegation of several units listed after a colon
    ("Đoàn công tác các tỉnh: Sê Kông, Attapeu, Salavan (Lào) thăm, chúc Tết tỉnh Quảng Nam.",
     [("VN-27", "LA-AT", "inbound"), ("VN-27", "LA-SL", "inbound"), ("VN-27", "LA-XE", "inbound")]),
    # "tiếp đoàn có ông X, … tỉnh Y": Y hosts the delegation
    ("Tiếp và làm việc với đoàn có ông Bun Thương, Phó Tỉnh trưởng tỉnh Salavan, cùng lãnh đạo các sở. Trong thời "
     "gian công tác tại Salavan, Đoàn HĐND tỉnh Quảng Trị đã thăm một số mô hình kinh tế.",
     [("VN-25", "LA-SL", "outbound")]),
    # the foreign official speaking for the delegation, glad to have come to the Vietnamese province
    ("Thay mặt đoàn công tác, Tỉnh trưởng tỉnh Bò Kẹo Khăm Phăn bày tỏ vui mừng được sang thăm và làm việc tại tỉnh "
     "Hòa Bình.", [("VN-14", "LA-BK", "inbound")]),
])
def test_listed_delegations_hosts_after_co_and_speakers_for_the_guests(body: str,
                                                                         expected: list[tuple[str, str, str]]) -> None:
    found = sorted((e.vn_party_code, e.foreign_party_code, e.direction) for e in events_of(body)
                   if e.event_type == "VISIT")
    assert found == expected


def test_a_foreign_official_acting_at_a_vietnamese_venue_came_to_it() -> None:
    visit = one("Sáng 12/3, tại thành phố Đồng Hới, ông Vi Lay Xổm Phon, Phó Tỉnh trưởng tỉnh Khăm Muộn trao tặng Huân "
                "chương Hữu nghị cho tỉnh Quảng Bình.", "VISIT", date(2024, 3, 13))
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction, visit.leader_name) == (
        "VN-24", "LA-KH", "inbound", "Vi Lay Xổm Phon")


@pytest.mark.parametrize("body", [
    "Ngày 5/3, tại Hà Nội, Bộ Ngoại giao tổ chức hội thảo về hợp tác với tỉnh Savannakhet.",
    "Sáng 12/3, tại thành phố Đồng Hới, ông Vi Lay Xổm Phon, Phó Tỉnh trưởng tỉnh Khăm Muộn phát biểu trực tuyến.",
])
def test_a_foreign_place_or_an_official_online_at_a_vietnamese_venue_is_no_visit(body: str) -> None:
    assert none_of(body, "VISIT")


@pytest.mark.parametrize(("body", "leader"), [
    # the host's head and the guest's head in one sentence: the head of the side that travelled leads
    ("Chiều 5/3, lãnh đạo tỉnh Khăm Muộn do Tỉnh trưởng Vi Lay Xổm dẫn đầu có buổi tiếp đoàn công tác tỉnh Hà "
     "Tĩnh sang thăm, do Chủ tịch Võ Trọng Hải dẫn đầu.", "Võ Trọng Hải"),
    # a military rank before the head's name
    ("Đoàn công tác của Bộ Chỉ huy Quân sự tỉnh Kampot do đại tá Chea Sokha làm trưởng đoàn đã đến thăm tỉnh Kiên "
     "Giang.", "Chea Sokha"),
])
def test_the_travelling_sides_head_and_heads_with_a_rank(body: str, leader: str) -> None:
    assert one(body, "VISIT").leader_name == leader


def test_a_missions_seat_is_read_after_its_own_word_not_inside_another() -> None:
    body = "Ngày 5/9, đoàn công tác tỉnh Bắc Ninh thăm Đại sứ quán Việt Nam, mở rộng hợp tác với tỉnh Chiba."
    assert [(e.foreign_party_code, e.direction) for e in events_of(body) if e.event_type == "VISIT"] == [
        ("JP-12", "outbound")]


@pytest.mark.parametrize(("body", "expected"), [
    # "sang thăm, chúc Tết tỉnh X": a comma between two visit verbs does not end the delegation's clause
    ("Ngày 12/1, Phó Chủ tịch UBND tỉnh Lai Châu Hà Trọng Hải dẫn đầu đoàn công tác của tỉnh sang thăm, chúc "
     "Tết tỉnh Phông Xa Lỳ.", ("VN-01", "LA-PH", "outbound")),
    ("Ngày 3/2, ông Khăm Phăn, Tỉnh trưởng tỉnh U Đôm Xay dẫn đầu đoàn đại biểu tỉnh đến thăm, làm việc tại tỉnh "
     "Điện Biên.", ("VN-71", "LA-OU", "inbound")),
    ("Đoàn đại biểu tỉnh Sơn La sang thăm, chúc mừng Tết Bunpimay tỉnh Hủa Phăn.", ("VN-05", "LA-HO", "outbound")),
])
def test_a_trip_told_by_two_verbs_joined_by_a_comma(body: str, expected: tuple[str, str, str]) -> None:
    visit = one(body, "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == expected


@pytest.mark.parametrize(("body", "partners"), [
    # the units listed after the place a trip went to are each a destination, with or without a group word
    ("Từ ngày 2 đến 5/3, đoàn đại biểu tỉnh Đắk Nông thăm và làm việc tại các tỉnh Mondulkiri, Kratie của Vương "
     "quốc Campuchia.", ["KH-11", "KH-10"]),
    ("Tháng 4/2023, đoàn công tác tỉnh Quảng Nam đã sang thăm và làm việc tại hai tỉnh Xê Kông và Salavan.",
     ["LA-XE", "LA-SL"]),
    ("Ngày 9/10, đoàn đại biểu tỉnh Hà Tĩnh đến thăm tỉnh Khăm Muộn, tỉnh Bô-ly-khăm-xay và tỉnh Savannakhet.",
     ["LA-KH", "LA-BL", "LA-SV"]),
])
def test_a_trip_to_units_listed_after_its_place_word_visits_each(body: str, partners: list[str]) -> None:
    assert [e.foreign_party_code for e in events_of(body) if e.event_type == "VISIT"] == partners


def test_the_delegation_named_alone_meeting_a_foreign_unit_went_to_it() -> None:
    body = ("Chiều 18/5, đoàn đã có buổi hội đàm với lãnh đạo tỉnh Hủa Phăn. "
            "Đoàn đại biểu tỉnh Thanh Hóa do ông Đỗ Trọng Hưng dẫn đầu.")
    visit = one(body, "VISIT", date(2023, 5, 20))
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction, visit.leader_name) == (
        "VN-21", "LA-HO", "outbound", "Đỗ Trọng Hưng")


def test_a_body_that_never_names_its_province_takes_the_titles() -> None:
    title = "Lãnh đạo tỉnh Thanh Hóa tiếp đoàn đại biểu tỉnh Hủa Phăn"
    body = "Sáng 12/4, Bí thư Tỉnh ủy Nguyễn Văn An đã tiếp Đoàn đại biểu tỉnh Hủa Phăn sang thăm và chúc Tết."
    visits = [(e.vn_party_code, e.foreign_party_code, e.direction) for e in events_of(body, date(2024, 4, 13), title)
              if e.event_type == "VISIT"]
    assert visits == [("VN-21", "LA-HO", "inbound")]


@pytest.mark.parametrize(("body", "expected"), [
    # the guest thanks for the reception: the unit after it hosted, the one who thanks travelled
    ("Phó Tỉnh trưởng tỉnh Xiêng Khoảng Bun-ma Xay-xa-na cảm ơn sự đón tiếp chu đáo của lãnh đạo tỉnh Nghệ An.",
     ("VN-22", "LA-XI", "inbound")),
    ("Đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh Quảng Bình cảm ơn sự đón tiếp nồng hậu mà tỉnh Khăm Muộn đã dành "
     "cho đoàn.", ("VN-24", "LA-KH", "outbound")),
    # "tỉnh ta": the article's own unit sent the delegation
    ("Tỉnh Lai Châu và tỉnh Phông Sa Lỳ hợp tác nhiều năm. Ngày 14/2, Đoàn công tác tỉnh ta chúc Tết lãnh đạo "
     "tỉnh Phông Sa Lỳ.", ("VN-01", "LA-PH", "outbound")),
    # "đoàn có ông X, Tỉnh trưởng tỉnh Y" after "tiếp và làm việc với": Y's officials received the delegation
    ("Sáng 3/10, Ủy ban nhân dân tỉnh Bình Phước phối hợp với Ban Hành chính tỉnh Kratie tổ chức hội nghị sơ kết "
     "hợp tác. Về phía tỉnh Kratie, tiếp và làm việc với đoàn có ông Va Thorn - Tỉnh trưởng tỉnh Kratie.",
     ("VN-58", "KH-10", "outbound")),
    # a meeting of two sides held at home: the other side came; held abroad: the delegation went
    ("Chiều 12/8, tại thành phố Đông Hà đã diễn ra Hội nghị thường niên giữa 2 tỉnh Quảng Trị – Savannakhet.",
     ("VN-25", "LA-SV", "inbound")),
    ("Ngày 20/11, tại thành phố Pakse đã diễn ra Hội nghị hợp tác giữa hai tỉnh Quảng Nam và Champasak.",
     ("VN-27", "LA-CH", "outbound")),
    # a welcome told in a fronted clause; "sẽ tiếp tục" is no plan
    ("Bày tỏ vui mừng được đón tiếp đoàn đại biểu tỉnh Xê Kông đến chúc Tết Quảng Nam, Bí thư Tỉnh ủy mong muốn hai "
     "tỉnh sẽ tiếp tục phối hợp chặt chẽ.", ("VN-27", "LA-XE", "inbound")),
    # a delegation that arrived somewhere ("đã có mặt thị xã X") went there
    ("Ngày 20/10, đoàn công tác tỉnh Quảng Nam lên đường. Sau 7 tiếng, đoàn chúng tôi đã có mặt thành phố Pakse, "
     "thủ phủ của tỉnh Champasak.", ("VN-27", "LA-CH", "outbound")),
])
def test_thanks_own_side_hosts_listed_meetings_between_sides_and_arrivals(body: str,
                                                                           expected: tuple[str, str, str]) -> None:
    visit = one(body, "VISIT")
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction) == expected


@pytest.mark.parametrize("body", [
    # a delegation calling at a mission in its own country crossed no border
    "Sáng 12/5, đoàn đại biểu tỉnh Champasak đã đến trụ sở Tổng Lãnh sự quán Việt Nam tại Pakse trao tặng 10.000 "
    "USD ủng hộ tỉnh Quảng Nam. Phát biểu tại buổi gặp mặt, Tỉnh trưởng tỉnh Champasak Vi-lay-vông cho biết tỉnh "
    "luôn hướng về Quảng Nam.",
    # companies and investors are no government party
    "Chiều 4/7, đoàn doanh nghiệp Nhật Bản đã đến thăm, khảo sát đầu tư tại khu công nghiệp Phú Bài, tỉnh Thừa "
    "Thiên Huế. Ông Sato Kenji, Chủ tịch tập đoàn Sakura Nhật Bản cho biết sẽ mở rộng đầu tư.",
    # a meeting of two sides still to come, or held online
    "Hội nghị giữa hai tỉnh Hà Tĩnh và Bôlykhămxay sẽ diễn ra tại thành phố Hà Tĩnh vào tháng tới.",
    "Ngày 2/4, tại thành phố Vinh diễn ra Hội nghị trực tuyến giữa hai tỉnh Nghệ An và Xiêng Khoảng.",
])
def test_a_call_at_a_home_mission_companies_and_meetings_to_come_or_online_are_no_visit(body: str) -> None:
    assert none_of(body, "VISIT")


@pytest.mark.parametrize(("body", "leader"), [
    # a hyphenated name after "ngài", a long name after a rank, read even where no person was found
    ("Sáng 15/10, Đoàn đại biểu thành phố Asan (Hàn Quốc) do ngài Park-Jin-Woo, Thị trưởng thành phố làm Trưởng đoàn "
     "đã đến thăm và làm việc với tỉnh Hải Dương.", "Park-Jin-Woo"),
    ("Sáng 2/12, lãnh đạo tỉnh Điện Biên tiếp Đoàn đại biểu Bộ CHQS tỉnh Phông Sa Lỳ. Đoàn do Thượng tá Xổm Phết Pha "
     "Lăng Xy, Chỉ huy trưởng Bộ CHQS tỉnh làm Trưởng đoàn.", "Xổm Phết Pha Lăng Xy"),
    # "chuyến thăm của đồng chí X": the visitor
    ("Ngày 5/11, Đoàn đại biểu tỉnh ta đã hội đàm với tỉnh Luang Namtha. Phó Tỉnh trưởng tỉnh Luang Namtha đánh giá "
     "cao chuyến thăm của đồng chí Lò Văn Mừng – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lai Châu.", "Lò Văn Mừng"),
    # "về phía tỉnh X có ông Y" on a trip out: Y of the travelling side
    ("Sáng 20/9, tại Văn phòng Hành chính tỉnh Svay Rieng, diễn ra Hội nghị sơ kết hợp tác giữa hai tỉnh. Tham dự hội "
     "nghị, về phía tỉnh Long An có ông Nguyễn Văn Út – Chủ tịch UBND tỉnh.", "Nguyễn Văn Út"),
])
def test_heads_named_after_an_honorific_or_as_the_visitor_or_for_a_side(body: str, leader: str) -> None:
    assert one(body, "VISIT").leader_name == leader


def test_each_partner_of_a_trip_is_dated_by_the_day_the_delegation_was_with_it() -> None:
    body = ("Trong hai ngày 10 và 11-4, đoàn công tác tỉnh An Giang thăm, chúc Tết tỉnh Takeo và tỉnh Kampot. Đoàn "
            "công tác tỉnh An Giang đến thăm, chúc Tết Ủy ban Hành chính tỉnh Kampot, ngày 11-4.")
    assert {e.foreign_party_code: e.event_date for e in events_of(body, date(2024, 4, 12))
            if e.event_type == "VISIT"} == {"KH-21": date(2024, 4, 10), "KH-7": date(2024, 4, 11)}


@pytest.mark.parametrize(("body", "expected"), [
    # a Vietnamese province's official performing a ceremony at a foreign venue travelled there
    ("Chiều 20/4, tại thành phố Luông Pha Bang (Lào), Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Văn Minh và Tỉnh trưởng "
     "tỉnh Luông Pha Bang cắt băng khánh thành trường tiểu học hữu nghị.", [("VN-21", "LA-LP", "outbound")]),
    ("Sáng 3/9, tại tỉnh Hủa Phăn, đồng chí Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Nghệ An, đã trao tặng 500 suất quà "
     "cho học sinh nghèo của huyện Viêng Xay.", [("VN-22", "LA-HO", "outbound")]),
    # a foreign official acting in Viet Nam came to it
    ("Sáng 3/9, tại tỉnh Quảng Bình, ông Khamphanh Phommathat, Tỉnh trưởng tỉnh Khăm Muộn đã trao tặng 200 suất "
     "quà cho học sinh nghèo.", [("VN-24", "LA-KH", "inbound")]),
    # an envoy resident abroad is of the country, no province's delegation; at home nobody travelled
    ("Sáng 3/9, tại tỉnh Xiêng Khoảng, Đại sứ Việt Nam tại Lào Trần Văn Bình đã trao tặng 200 suất quà cho học "
     "sinh nghèo.", []),
    ("Sáng 3/9, tại tỉnh Hà Tĩnh, đồng chí Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Hà Tĩnh, đã trao tặng 500 suất quà "
     "cho học sinh nghèo.", []),
])
def test_a_provinces_official_at_a_ceremony_abroad_travelled_there(body: str,
                                                                    expected: list[tuple[str, str, str]]) -> None:
    found = sorted((e.vn_party_code, e.foreign_party_code, e.direction) for e in events_of(body)
                   if e.event_type == "VISIT")
    assert found == expected


@pytest.mark.parametrize(("body", "expected"), [
    # received abroad by the head of government or a minister: the state, not the city of the reception
    ("Chiều 5/6 tại Thủ đô Phnôm Pênh, Đoàn đại biểu tỉnh Tây Ninh do đồng chí Trần Văn Hòa, Chủ tịch UBND tỉnh "
     "dẫn đầu đã được Thủ tướng Hun Manet tiếp.", [("VN-37", "KH", "outbound")]),
    ("Trong chuyến thăm Lào, tại Viêng Chăn, Đoàn công tác tỉnh Hà Tĩnh đã chào xã giao Phó Thủ tướng Lào Sonexay "
     "Siphandone; trước đó đoàn đã thăm và làm việc tại tỉnh Khăm Muộn.",
     [("VN-23", "LA", "outbound"), ("VN-23", "LA-KH", "outbound")]),
    ("Sáng 12/10, tại Thủ đô Viêng Chăn, Bộ trưởng Bộ Giáo dục và Thể thao Lào đã tiếp Đoàn đại biểu tỉnh Quảng "
     "Bình do Phó Chủ tịch UBND tỉnh Trần Phong dẫn đầu.", [("VN-24", "LA", "outbound")]),
    # the head of a Vietnamese delegation is not its host; a host of the city is the city's
    ("Chiều 5/6 tại tỉnh Savannakhet, Đoàn đại biểu cấp cao Việt Nam do Phó Thủ tướng Trần Lưu Quang dẫn đầu đã hội "
     "đàm với lãnh đạo tỉnh Savannakhet.", [("VN", "LA-SV", "outbound")]),
    ("Sáng 5/7, tại Thủ đô Viêng Chăn, Phó Đô trưởng Xổm-phết Kẹo-ma-ni đã tiếp đoàn đại biểu thành phố Hà Nội.",
     [("VN-HN", "LA-VT", "outbound")]),
    # a delegation of the country headed by an office of its state is the state's, beside the provinces it brings
    ("Ngày 3/2, Đoàn đại biểu nước CHDCND Lào do ông Xay Phon, Phó Thủ tướng Lào làm trưởng đoàn đã chúc Tết tỉnh "
     "Nghệ An. Bí thư Tỉnh ủy Nghệ An cảm ơn đoàn đại biểu các tỉnh Xiêng Khoảng, Hủa Phăn đến thăm và chúc Tết.",
     [("VN-22", "LA", "inbound"), ("VN-22", "LA-HO", "inbound"), ("VN-22", "LA-XI", "inbound")]),
    ("Ngày 3/2, Đoàn đại biểu nước CHDCND Lào do ông Xay Phon, Tỉnh trưởng tỉnh Xiêng Khoảng làm trưởng đoàn đã chúc "
     "Tết tỉnh Nghệ An.", [("VN-22", "LA-XI", "inbound")]),
])
def test_a_delegation_received_abroad_by_an_office_of_the_state_met_the_country(
        body: str, expected: list[tuple[str, str, str]]) -> None:
    found = sorted((e.vn_party_code, e.foreign_party_code, e.direction) for e in events_of(body)
                   if e.event_type == "VISIT")
    assert found == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an envoy received by the unit his mission sits in travelled nowhere
    ("Ngày 5/9, Phó Chủ tịch UBND TP Đà Nẵng Trần Văn An có buổi tiếp và làm việc với ông Khamsene, Tổng Lãnh sự "
     "CHDCND Lào tại Đà Nẵng cùng các thành viên Đoàn đến chào xã giao.", []),
    ("Sáng 12/3, Chủ tịch UBND tỉnh Khánh Hòa tiếp bà Lê Thị Thu, Lãnh sự Liên bang Nga tại Khánh Hòa đến chào "
     "nhân dịp nhận nhiệm vụ.", []),
    # received by another province, or beside a delegation that came, it is a visit (dev's convention)
    ("Ngày 5/9, Phó Chủ tịch UBND TP Cần Thơ Trần Văn An tiếp ông Khamsene, Tổng Lãnh sự CHDCND Lào tại TP. Hồ "
     "Chí Minh cùng các thành viên Đoàn đến chào xã giao.", [("VN-CT", "LA", "inbound")]),
    ("Ngày 5/9, Chủ tịch UBND TP Đà Nẵng tiếp đoàn đại biểu tỉnh Sê Kông cùng ông Khamsene, Tổng Lãnh sự Lào tại "
     "Đà Nẵng.", [("VN-DN", "LA-XE", "inbound")]),
])
def test_an_envoy_received_where_his_mission_sits_is_no_visit(body: str,
                                                               expected: list[tuple[str, str, str]]) -> None:
    found = sorted((e.vn_party_code, e.foreign_party_code, e.direction) for e in events_of(body)
                   if e.event_type == "VISIT")
    assert found == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the place right after "thăm chính thức" is where the trip went
    ("Chủ tịch nước Việt Nam Trần Văn Bình đang trong chuyến thăm chính thức Campuchia trong hai ngày 10-11/4.",
     [("VN", "KH", "outbound")]),
    # a delegation abroad meeting only a company or a business association met no government there
    ("Ngày 17/9, tại thành phố Osaka (Nhật Bản), đoàn công tác tỉnh Nghệ An do Phó Chủ tịch UBND tỉnh Lê Văn Tâm "
     "dẫn đầu đã có buổi làm việc với Tập đoàn Sumitomo.", []),
    ("Ngày 17/9, tại thành phố Osaka (Nhật Bản), đoàn công tác tỉnh Nghệ An do Phó Chủ tịch UBND tỉnh Lê Văn Tâm "
     "dẫn đầu đã có buổi làm việc với lãnh đạo chính quyền phủ Osaka.", [("VN-22", "JP-27", "outbound")]),
])
def test_a_state_visit_to_a_country_and_a_meeting_with_a_business_abroad(
        body: str, expected: list[tuple[str, str, str]]) -> None:
    found = sorted((e.vn_party_code, e.foreign_party_code, e.direction) for e in events_of(body)
                   if e.event_type == "VISIT")
    assert found == expected


def _visits(body: str, published: date | None = date(2024, 6, 30)) -> list[tuple[str | None, str | None, str | None]]:
    return sorted((e.vn_party_code, e.foreign_party_code, e.direction) for e in events_of(body, published)
                  if e.event_type == "VISIT")


@pytest.mark.parametrize(("body", "expected"), [
    # a delegation of several provinces, listed as its unit: one visit per province
    ("Ngày 12/5, đoàn lãnh đạo ba tỉnh Sơn La, Lai Châu và Điện Biên do đồng chí Nguyễn Văn Bình, Chủ tịch UBND tỉnh "
     "Điện Biên làm trưởng đoàn, đã có chuyến thăm và làm việc tại tỉnh Vân Nam, Trung Quốc.",
     [("VN-01", "CN-YN", "outbound"), ("VN-05", "CN-YN", "outbound"), ("VN-71", "CN-YN", "outbound")]),
    # provinces named only as geography are not of the delegation
    ("Ngày 12/5, Đoàn đại biểu tỉnh Sơn La do ông Lò Văn Chung, Phó Chủ tịch UBND tỉnh dẫn đầu đã sang thăm tỉnh "
     "Hủa Phăn, giáp tỉnh Thanh Hóa và tỉnh Nghệ An.", [("VN-05", "LA-HO", "outbound")]),
    # a delegation of Viet Nam abroad made of the provinces another sentence says take part; the officials it
    # met, one per item, each with his unit
    ("Từ ngày 3 - 7/6, Bộ Ngoại giao tổ chức chương trình quảng bá địa phương Việt Nam tại Nhật Bản, có sự tham gia "
     "của lãnh đạo các tỉnh Nam Định, Thái Bình và Ninh Bình. Trong thời gian chuyến thăm, Đoàn Việt Nam đã hội đàm "
     "với ông Suzuki Taro, Thống đốc tỉnh Aichi; bà Sato Hana, Phó Thống đốc tỉnh Gifu.",
     [("VN-18", "JP-21", "outbound"), ("VN-18", "JP-23", "outbound"), ("VN-20", "JP-21", "outbound"),
      ("VN-20", "JP-23", "outbound"), ("VN-67", "JP-21", "outbound"), ("VN-67", "JP-23", "outbound")]),
    # the delegations of several countries at a conference abroad visited no one there but its host
    ("Từ ngày 5 - 7/3, Đoàn công tác tỉnh Quảng Trị do ông Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh làm trưởng đoàn "
     "đã tham dự Hội nghị hợp tác các tỉnh hành lang kinh tế Đông - Tây tại tỉnh Mukdahan (Thái Lan). Tham dự Hội "
     "nghị có đoàn đại biểu các tỉnh: Quảng Bình (Việt Nam); Savannakhet, Khăm Muộn (Lào); Nakhon Phanom (Thái Lan).",
     [("VN-25", "TH-49", "outbound")]),
    # at home, the foreign delegations listed came
    ("Ngày 5/3, tại thành phố Đông Hà, tỉnh Quảng Trị tổ chức Hội nghị hợp tác các tỉnh hành lang kinh tế Đông - "
     "Tây. Tham dự Hội nghị có đoàn đại biểu các tỉnh: Savannakhet, Salavan (Lào).",
     [("VN-25", "LA-SL", "inbound"), ("VN-25", "LA-SV", "inbound")]),
])
def test_several_provinces_of_a_delegation_and_co_attendees_abroad(
        body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _visits(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "dẫn đầu (phái) đoàn … đến / tới <a place in Viet Nam>": the head's delegation came
    ("Thống đốc bang Victoria đã dẫn đầu phái đoàn 20 đại diện của bang và doanh nghiệp đến Việt Nam.",
     [("VN", "AU-VIC", "inbound")]),
    ("Theo Bộ trưởng Nông nghiệp Hà Lan Maria Vos, người dẫn đầu đoàn công tác tới Hà Nội, hai bên sẽ mở rộng hợp "
     "tác nông nghiệp.", [("VN-HN", "NL", "inbound")]),
    # led by a Vietnamese province's head: a domestic trip, or a trip abroad
    ("Bí thư Tỉnh ủy Nghệ An đã dẫn đầu đoàn công tác của tỉnh tới Hà Nội để làm việc với Bộ Kế hoạch và Đầu tư.", []),
    ("Chủ tịch UBND tỉnh Quảng Trị dẫn đầu đoàn công tác tới tỉnh Savannakhet, Lào.", [("VN-25", "LA-SV", "outbound")]),
    # talks two sides hold together at a venue of one: held at home the other came, held abroad we went; the
    # preparation the talks are for is no plan of the talks
    ("Ngày 12/9, tại Trạm Kiểm soát liên hợp cửa khẩu Xa Mát (xã Tân Lập, tỉnh Tây Ninh), UBND tỉnh Tây Ninh và Ban "
     "hành chính tỉnh Tbong Khmum, Vương quốc Campuchia, tổ chức hội đàm để rà soát công tác chuẩn bị lễ khai trương "
     "chợ biên giới.", [("VN-37", "KH-25", "inbound")]),
    ("Ngày 12/9, tại thành phố Kratie, Ban hành chính tỉnh Kratie và UBND tỉnh Bình Phước tổ chức hội đàm về hợp tác "
     "biên giới.", [("VN-58", "KH-10", "outbound")]),
    ("Ngày 12/9, tại thành phố Đông Hà, UBND tỉnh Quảng Trị và Sở Ngoại vụ tỉnh Quảng Bình tổ chức hội nghị sơ kết "
     "công tác biên giới.", []),
    # "Tại buổi tiếp, <official of X> …": X hosts, the other side's unit named came
    ("Tại buổi tiếp, Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp đánh giá cao những thành tựu phát triển của tỉnh "
     "Chungcheongnam.", [("VN-35", "KR-44", "inbound")]),
    # a foreign official speaking there may be the guest
    ("Tại buổi tiếp, ông Khamla Sengdao thông tin về tình hình phát triển của huyện Xaysetha, tỉnh Attapư và gửi "
     "lời cảm ơn tới lãnh đạo tỉnh Kon Tum.", [("VN-28", "LA-AT", "inbound")]),
    ("Tại buổi làm việc, Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp cho biết tỉnh sẽ tăng cường xúc tiến đầu tư.", []),
])
def test_a_head_bringing_his_delegation_joint_talks_and_the_host_of_a_reception(
        body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _visits(body, None) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "Đoàn đại biểu tỉnh do …": the province's own paper leaves its name out; abroad, it went
    ("Tại thành phố Viêng Chăn (Lào), chiều 4/10, Đoàn đại biểu tỉnh do đồng chí Lê Văn Hải, Phó Chủ tịch UBND tỉnh "
     "làm trưởng đoàn tham dự Hội chợ thương mại quốc tế. Hội chợ có 30 doanh nghiệp của tỉnh Hà Giang tham gia; "
     "tỉnh Hà Giang giới thiệu sản phẩm chè.", [("VN-03", "LA-VT", "outbound")]),
    ("Tại thành phố Hà Giang, chiều 4/10, Đoàn đại biểu tỉnh do đồng chí Lê Văn Hải, Phó Chủ tịch UBND tỉnh làm "
     "trưởng đoàn tham dự Hội chợ thương mại quốc tế. Hội chợ có 30 doanh nghiệp của tỉnh Hà Giang tham gia; tỉnh Hà "
     "Giang giới thiệu sản phẩm chè.", []),
    # Viet Nam's mission or envoy abroad touring, or called on in, the country it sits in crossed no border
    ("Từ ngày 10 - 14/5, Đại sứ quán Việt Nam tại Lào đã tổ chức một đoàn công tác do Đại sứ Nguyễn Minh Tâm làm "
     "trưởng đoàn đến thăm và làm việc tại tỉnh Champasak. Trong chuyến công tác, đoàn Đại sứ quán đã làm việc với "
     "Tỉnh trưởng tỉnh Champasak.", []),
    ("Nhân dịp Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam, ông Somchai Rattana, Tỉnh trưởng tỉnh Nakhon "
     "Phanom đã dẫn đầu đoàn đại biểu tỉnh đến chúc mừng Tổng Lãnh sự quán Việt Nam tại Khon Kaen.", []),
    ("Tổng Lãnh sự Việt Nam tại Osaka Trần Văn Lâm ngày 3/6 đã có chuyến thăm và làm việc với Thống đốc tỉnh Hyogo "
     "tại trụ sở chính quyền tỉnh.", []),
    # with a province's delegation it is that delegation's trip
    ("Từ ngày 10 - 14/5, Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm tháp tùng đoàn công tác tỉnh Quảng Nam do Phó Chủ "
     "tịch UBND tỉnh dẫn đầu đến thăm và làm việc tại tỉnh Sê Kông.", [("VN-27", "LA-XE", "outbound")]),
])
def test_an_unnamed_own_province_and_our_missions_abroad(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _visits(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # going to attend or to greet, with the venue across the border after "tại": a trip with no delegation named
    ("Mới đây, lãnh đạo Ủy ban Mặt trận Tổ quốc, Sở Y tế tỉnh An Giang đã đến dự lễ khánh thành trạm y tế tại huyện "
     "Kiri Vong, tỉnh Takeo, Vương quốc Campuchia.", [("VN-44", "KH-21", "outbound")]),
    ("Cán bộ các đồn thuộc Bộ đội Biên phòng tỉnh Điện Biên (Việt Nam) đã đến chúc mừng, tặng quà nhân dịp Tết "
     "Bunpimay tại các đơn vị của Lào như: Công an, Bộ Chỉ huy quân sự tỉnh Phông-xa-lỳ; các đại đội biên phòng.",
     [("VN-71", "LA-PH", "outbound")]),
    ("Lãnh đạo huyện Sê Pôn, tỉnh Savannakhet đã sang chúc Tết cổ truyền tại huyện Hướng Hóa, tỉnh Quảng Trị.",
     [("VN-25", "LA-SV", "inbound")]),
    # an envoy attending where his mission sits crossed no border
    ("Ông Sổm-phôn Xay-nha-vông, Tổng Lãnh sự Lào tại Đà Nẵng đã đến dự lễ kỷ niệm tại thành phố Đà Nẵng.", []),
    # "Đoàn đại biểu của <a body the gazetteer does not know> và huyện X do …": X is the delegation's unit
    ("Nhân kỷ niệm 75 năm ngày thành lập (20/1/1949 - 20/1/2024), Đoàn đại biểu của Trạm Kiểm soát liên hợp cửa khẩu "
     "Tây Trang và huyện Điện Biên do Thiếu tá Lò Văn Minh làm trưởng đoàn đã đến thăm, tặng quà Đại đội 301 thuộc "
     "Bộ Chỉ huy Quân sự tỉnh Phông-xa-lỳ (Lào).", [("VN-71", "LA-PH", "outbound")]),
])
def test_going_to_attend_or_greet_abroad_and_a_delegation_of_bodies(body: str,
                                                                     expected: list[tuple[str, str, str]]) -> None:
    assert _visits(body) == expected


def test_the_span_of_years_an_occasion_is_named_with_dates_no_trip() -> None:
    visit = one("Nhân kỷ niệm 75 năm ngày thành lập (20/1/1949 - 20/1/2024), đoàn đại biểu huyện Mường Nhé, tỉnh Điện "
                "Biên do ông Lò Văn Minh làm trưởng đoàn đã sang thăm huyện Mường Khoa, tỉnh Phông-xa-lỳ.", "VISIT")
    assert (visit.event_date, visit.leader_name) == (None, "Lò Văn Minh")


@pytest.mark.parametrize(("body", "expected"), [
    # "do <unit> chủ trì tổ chức": the host's side is where the event is held; the other side's units came to it
    ("Từ ngày 3 - 5/11/2023, Hội Liên hiệp Phụ nữ tỉnh Kon Tum tham gia chương trình gặp gỡ hữu nghị phụ nữ hai tỉnh "
     "Kon Tum – Attapư do Hội Phụ nữ tỉnh Attapư chủ trì tổ chức.", [("VN-28", "LA-AT", "outbound")]),
    ("Từ ngày 3 - 5/11/2023, Hội Phụ nữ tỉnh Attapư tham gia chương trình gặp gỡ hữu nghị phụ nữ hai tỉnh Kon Tum – "
     "Attapư do Hội Liên hiệp Phụ nữ tỉnh Kon Tum chủ trì tổ chức.", [("VN-28", "LA-AT", "inbound")]),
])
def test_the_unit_hosting_an_event_is_where_it_is_held(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _visits(body) == expected


def test_a_business_body_met_on_a_trip_is_no_partner_whatever_place_its_name_holds() -> None:
    assert _visits("Trong ngày 4/6, đoàn công tác tỉnh Quảng Nam đã làm việc với ông Somchai, Tỉnh trưởng tỉnh Chiang "
                   "Mai. Tiếp đó, ngày 5/6, đoàn công tác đã làm việc với Hiệp hội Du lịch Bangkok và Phòng Thương mại "
                   "Thái Lan.") == [("VN-27", "TH-50", "outbound")]


@pytest.mark.parametrize(("body", "expected"), [
    # the hosts joined by "và", each with the name of its body: each received the delegation
    ("Nhân dịp Tết cổ truyền, Đoàn đại biểu Công an các tỉnh Attapư, Sê Kông đã sang thăm, chúc Tết Công an tỉnh Kon "
     "Tum và Công an tỉnh Gia Lai.",
     [("VN-28", "LA-AT", "inbound"), ("VN-28", "LA-XE", "inbound"),
      ("VN-30", "LA-AT", "inbound"), ("VN-30", "LA-XE", "inbound")]),
    # one delegation made of the units of two provinces, the first with its abbreviation in brackets
    ("Chiều 12/3, tại Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào), Đoàn đại biểu Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh "
     "Thanh Hóa và BĐBP tỉnh Nghệ An do Đại tá Lê Văn Hùng làm trưởng đoàn đã hội đàm với đoàn đại biểu Bộ CHQS tỉnh "
     "Hủa Phăn.", [("VN-21", "LA-HO", "outbound"), ("VN-22", "LA-HO", "outbound")]),
    # the provinces of a delegation of Viet Nam listed after its country
    ("Từ ngày 3 đến 5/5, đoàn lãnh đạo các địa phương của Việt Nam gồm Hà Tĩnh, Nghệ An và Quảng Bình đã thăm làm "
     "việc tại tỉnh Gyeonggi (Hàn Quốc).",
     [("VN-22", "KR-41", "outbound"), ("VN-23", "KR-41", "outbound"), ("VN-24", "KR-41", "outbound")]),
    # a venue on its own, then the host: the venue joins no host
    ("Nhân dịp dự Hội chợ tại TP. Đà Nẵng, lãnh đạo tỉnh Quảng Nam đã tiếp đoàn đại biểu tỉnh Sê Kông (Lào).",
     [("VN-27", "LA-XE", "inbound")]),
])
def test_several_vietnamese_units_acting_together_give_a_visit_each(body: str,
                                                                    expected: list[tuple[str, str, str]]) -> None:
    assert _visits(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # talks held at the seat of one side, both sides named as delegations: the other side went there
    ("Sáng 5/6, tại Bộ Chỉ huy Quân sự tỉnh Attapư (Lào), Đoàn đại biểu Bộ Chỉ huy BĐBP tỉnh Kon Tum do Đại tá Trần "
     "Văn Nam làm trưởng đoàn đã hội đàm với đoàn đại biểu Bộ CHQS tỉnh Attapư do Đại tá Bun Khăm làm trưởng đoàn.",
     [("VN-28", "LA-AT", "outbound")]),
    # "tại <the seat of A> đã diễn ra hội đàm giữa đoàn đại biểu A với B": B came to A
    ("Sáng 5/6, tại Bộ Chỉ huy BĐBP tỉnh Lai Châu đã diễn ra hội đàm giữa đoàn đại biểu Bộ Chỉ huy BĐBP tỉnh Lai Châu "
     "với Bộ CHQS tỉnh Phông-xa-lỳ. Đoàn đại biểu Bộ CHQS tỉnh Phông-xa-lỳ do Đại tá Khăm Pheng làm trưởng đoàn.",
     [("VN-01", "LA-PH", "inbound")]),
])
def test_talks_at_the_seat_of_one_side_were_hosted_by_it(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _visits(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the ceremony of welcome a foreign head hosts at home for an office of our state named without its country
    ("Sáng 10/5, tại Phủ Thủ tướng ở thủ đô Phnôm Pênh, Thủ tướng Campuchia Hun Manet đã chủ trì lễ đón chính thức "
     "Thủ tướng Phạm Minh Chính. Ngay sau lễ đón, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Hun Manet.",
     [("VN", "KH", "outbound")]),
    # an office of a foreign state named with its country, welcomed at home by ours
    ("Sáng 10/5, tại Phủ Chủ tịch ở Hà Nội, Chủ tịch nước Võ Văn Thưởng đã chủ trì lễ đón chính thức Chủ tịch nước "
     "Lào Thongloun Sisoulith.", [("VN", "LA", "inbound")]),
    # a host verb right before a comma names the reception, not a guest
    ("Ngay sau lễ đón, Chủ tịch nước Lương Cường đã hội đàm cùng Tổng Bí thư, Chủ tịch nước Lào Thongloun "
     "Sisoulith.", []),
])
def test_an_office_of_a_state_welcomed(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _visits(body) == expected


def test_the_leader_welcomed_abroad_leads() -> None:
    visit = one("Sáng 10/5, tại thủ đô Phnôm Pênh, Thủ tướng Campuchia Hun Manet đã chủ trì lễ đón chính thức "
                "Thủ tướng Phạm Minh Chính.", "VISIT", date(2024, 5, 11))
    assert (visit.leader_name, visit.event_date) == ("Phạm Minh Chính", date(2024, 5, 10))


@pytest.mark.parametrize(("body", "expected"), [
    # a foreign official speaking at the reception hosts it
    ("Đoàn công tác tỉnh Bạc Liêu đã thăm, chúc Tết cổ truyền Bunpimay. Tại buổi tiếp, ông Bun Khăm, Phó Tỉnh trưởng "
     "tỉnh Sê Kông cảm ơn tình cảm của tỉnh Bạc Liêu.", [("VN-55", "LA-XE", "outbound")]),
    # unless he speaks as the head of the delegation
    ("Nhân dịp Tết Nguyên đán, nhiều tỉnh của Campuchia tổ chức đoàn công tác đến chúc Tết tỉnh An Giang. Tại các buổi "
     "tiếp, Trưởng đoàn các tỉnh Vương quốc Campuchia vui mừng khi đến thăm, chúc Tết tỉnh An Giang.",
     [("VN-44", "KH", "inbound")]),
    # or with no title, telling of his unit: the guest
    ("Lãnh đạo tỉnh Điện Biên đã tiếp đoàn đại biểu. Tại buổi tiếp, ông Khăm Phăn thông tin về tình hình phát triển "
     "của huyện Mường Khoa, tỉnh Phông-xa-lỳ.", [("VN-71", "LA-PH", "inbound")]),
])
def test_the_official_speaking_at_a_reception(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _visits(body) == expected


def test_the_guest_speaking_at_a_reception_without_a_title_leads() -> None:
    visit = one("Lãnh đạo tỉnh Điện Biên đã tiếp đoàn đại biểu. Tại buổi tiếp, ông Khăm Phăn thông tin về tình hình "
                "phát triển của huyện Mường Khoa, tỉnh Phông-xa-lỳ.", "VISIT")
    assert visit.leader_name == "Khăm Phăn"


def test_delegations_sent_to_greet_units_listed_after_a_count_of_provinces() -> None:
    assert _visits("Nhân dịp kỷ niệm Ngày thành lập Quân đội nhân dân Lào, Bộ Chỉ huy Quân sự tỉnh Nghệ An đã ủy quyền "
                   "cho Đồn Biên phòng Nậm Cắn tổ chức các đoàn công tác sang thăm, chúc mừng Sư đoàn 2, Quân đội nhân "
                   "dân Lào và Bộ CHQS hai tỉnh Xiêng Khoảng, Hủa Phăn (Lào).") == [
        ("VN-22", "LA-HO", "outbound"), ("VN-22", "LA-XI", "outbound")]


def test_a_vietnamese_province_travelling_with_the_foreign_delegation_is_no_host() -> None:
    assert _visits("Sáng 15/5, Thường trực Tỉnh ủy tổ chức tiếp và làm việc với Đoàn công tác của tỉnh Hủa Phăn, Lào "
                   "và Đoàn công tác của tỉnh Sơn La đến thăm tỉnh Ninh Bình. Về phía tỉnh Sơn La có đồng chí Lò Minh "
                   "Hùng, Phó Chủ tịch UBND tỉnh Sơn La.") == [("VN-18", "LA-HO", "inbound")]


@pytest.mark.parametrize(("body", "expected"), [
    # an office of our state paying a courtesy call on the other state's leaders went there
    ("Trong khuôn khổ Hội nghị, Phó Thủ tướng Trần Hồng Hà đã đến chào xã giao lãnh đạo Quốc hội và Chính phủ Thái "
     "Lan.", [("VN", "TH", "outbound")]),
    # a foreign office receiving one of ours "cùng đoàn": ours went there
    ("Đại tướng Xổm-xạ-ạt, Bộ trưởng Bộ Quốc phòng Lào tiếp thân mật Thượng tướng Hoàng Xuân Chiến cùng đoàn.",
     [("VN", "LA", "outbound")]),
])
def test_offices_of_two_states_meeting(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _visits(body) == expected


def test_the_caller_on_a_courtesy_call_leads() -> None:
    visit = one("Trong khuôn khổ Hội nghị, Phó Thủ tướng Trần Hồng Hà đã đến chào xã giao lãnh đạo Quốc hội và Chính "
                "phủ Thái Lan.", "VISIT")
    assert visit.leader_name == "Trần Hồng Hà"


def test_a_count_of_provinces_of_both_sides_lists_no_destination() -> None:
    assert _visits("Tại buổi tiếp nhận, đại diện 2 tỉnh Attapư và Kon Tum đã ký kết bàn giao 30 lưu học sinh Lào cho "
                   "tỉnh Kon Tum.") == []


@pytest.mark.parametrize(("body", "leader"), [
    # the one speaking for the delegation
    ("Sáng 12/1, lãnh đạo thành phố Đà Nẵng tiếp đoàn đại biểu cấp cao tỉnh Sê Kông. Thay mặt đoàn công tác, Bí thư "
     "Tỉnh ủy Sê Kông Lăm Phăn Xay-nha-vông bày tỏ vui mừng được sang thăm và làm việc tại Đà Nẵng.",
     "Lăm Phăn Xay-nha-vông"),
    # his name written in syllables joined by dashes, some in lower case
    ("Sáng 12/1, lãnh đạo thành phố Đà Nẵng tiếp đoàn đại biểu cấp cao tỉnh Sê Kông. Thay mặt đoàn công tác, Bí thư "
     "Tỉnh ủy Sê Kông Lăm - phăn Xay - nha - vông bày tỏ vui mừng được sang thăm Đà Nẵng.",
     "Lăm - phăn Xay - nha - vông"),
    # the subject of the trip's meeting verb, in a sentence opening "Trong khuôn khổ chuyến thăm"
    ("Trong khuôn khổ chuyến thăm, làm việc tại tỉnh Vân Nam, Trung Quốc, ngày 3/3/2023, đồng chí Hoàng Văn Tám, Bí "
     "thư Tỉnh ủy Hà Giang đã hội đàm với đồng chí Vương Ninh, Bí thư Tỉnh ủy tỉnh Vân Nam.", "Hoàng Văn Tám"),
    # a titled person and his delegation as the subject of the visit verb
    ("Trong khuôn khổ chuyến thăm chính thức Campuchia, sáng 17/5, Chủ tịch Quốc hội Trần Thanh Mẫn và Đoàn đại biểu "
     "cấp cao Quốc hội Việt Nam đã thăm và làm việc tại tỉnh Siem Reap.", "Trần Thanh Mẫn"),
    # with no head named, the travelling side's first official, wherever he is named
    ("Tỉnh trưởng tỉnh Sê Kông đánh giá cao chuyến thăm hữu nghị chính thức của đoàn đại biểu cấp cao tỉnh Quảng "
     "Nam. Phó Chủ tịch UBND tỉnh Quảng Nam Hồ Quang Bửu khẳng định mối quan hệ giữa hai tỉnh luôn được củng cố.",
     "Hồ Quang Bửu"),
])
def test_the_leader_speaking_for_or_heading_the_trip(body: str, leader: str) -> None:
    assert one(body, "VISIT", date(2024, 6, 30)).leader_name == leader


def test_the_head_of_a_framing_state_visit_does_not_lead_the_provinces_talks() -> None:
    visit = one("Trong khuôn khổ chuyến thăm cấp Nhà nước của Chủ tịch nước Lương Cường cùng Đoàn đại biểu cấp cao "
                "Việt Nam tới Campuchia, chiều 2/6/2024, đồng chí Trần Văn Hải, Bí thư Thành ủy Cần Thơ đã có cuộc "
                "hội đàm với đồng chí Keo Sam, Tỉnh trưởng tỉnh Siem Reap.", "VISIT", date(2024, 6, 3))
    assert (visit.vn_party_code, visit.foreign_party_code, visit.leader_name) == ("VN-CT", "KH-17", "Trần Văn Hải")


def test_the_one_thanking_for_being_received_came() -> None:
    body = ("Phó Thủ tướng Lê Minh Khái đánh giá cao kết quả phát triển của tỉnh Chiết Giang. Cảm ơn Phó Thủ tướng "
            "dành thời gian tiếp, Phó Tỉnh trưởng tỉnh Chiết Giang khẳng định tỉnh coi trọng hợp tác với Việt Nam.")
    visit = one(body, "VISIT")
    # the host's words name the guest's province: no title of his, so he leads nothing
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction, visit.leader_name) == (
        "VN", "CN-ZJ", "inbound", None)


def test_an_official_of_another_province_met_abroad_does_not_lead() -> None:
    visit = one("Ngày 14/7, đoàn lãnh đạo tỉnh Quảng Trị đã thăm làm việc tại bang California (Hoa Kỳ). Tham dự buổi "
                "tiếp có Chủ tịch Ủy ban kết nghĩa hai thành phố San Francisco - Thành phố Hồ Chí Minh Peter Brown.",
                "VISIT", date(2024, 7, 20))
    assert (visit.vn_party_code, visit.leader_name) == ("VN-25", None)


def test_an_office_of_a_foreign_state_co_chairing_at_home_came() -> None:
    visit = one("Sáng 25/4, tại Hội trường Tỉnh ủy An Giang, Phó Thủ tướng Chính phủ Trần Hồng Hà cùng Phó Thủ tướng, "
                "Bộ trưởng Bộ Nội vụ Vương quốc Campuchia Sar Sokha đồng chủ trì Hội nghị hợp tác các tỉnh biên giới.",
                "VISIT", date(2024, 4, 26))
    assert (visit.vn_party_code, visit.foreign_party_code, visit.direction, visit.leader_name) == (
        "VN", "KH", "inbound", "Sar Sokha")


def test_the_meetings_of_our_mission_touring_the_country_it_sits_in_are_no_visit() -> None:
    assert _visits("Từ ngày 11 đến 12/6, Đoàn Đại sứ quán Việt Nam tại Hàn Quốc do Đại sứ Vũ Hồ dẫn đầu đã tới thăm và "
                   "làm việc tại tỉnh Gangwon. Cuộc gặp với Thống đốc tỉnh Gangwon Kim Jin-tae.") == []


def test_the_provinces_counted_as_the_ones_who_came_each_travelled() -> None:
    assert _visits("Chiều 10/4, Phó Chủ tịch UBND tỉnh Trần Văn Nam làm trưởng đoàn, cùng đoàn lãnh đạo tỉnh Long An "
                   "sang chúc mừng Tết cổ truyền tại tỉnh Svay Rieng, Vương quốc Campuchia. Ông Men Vibol, Tỉnh trưởng "
                   "tỉnh Svay Rieng cám ơn lãnh đạo hai tỉnh Đồng Tháp và Long An đã đến chung vui.") == [
        ("VN-41", "KH-20", "outbound"), ("VN-45", "KH-20", "outbound")]


def test_a_delegation_arriving_in_the_capital_to_meet_ministries_visits_the_state() -> None:
    assert _visits("Theo ông John Smith, Bộ trưởng Thương mại bang Victoria, người dẫn đầu đoàn công tác tới Hà Nội, "
                   "văn phòng mới sẽ giúp tăng cường hợp tác. Ông Smith đã có các cuộc hội đàm với lãnh đạo Bộ Công "
                   "Thương, Bộ Tài chính.") == [("VN", "AU-VIC", "inbound")]


@pytest.mark.parametrize(("body", "expected"), [
    # the guest's country named after the titles apposed to his office
    ("Chiều 12/12, tại Hà Nội, Tổng Bí thư Tô Lâm chủ trì lễ đón chính thức Tổng Bí thư, Chủ tịch nước Lào Thongloun "
     "Sisoulith.", [("VN", "LA", "inbound")]),
    # ours named with our country, abroad
    ("Sáng 10/5, tại thủ đô Viêng Chăn, Thủ tướng Lào Sonexay Siphandone chủ trì lễ đón Thủ tướng Phạm Minh Chính và "
     "Đoàn đại biểu cấp cao Việt Nam thăm chính thức Lào.", [("VN", "LA", "outbound")]),
])
def test_the_office_welcomed_with_apposed_titles_or_our_country(body: str,
                                                                expected: list[tuple[str, str, str]]) -> None:
    assert _visits(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Sáng 3/4, Bí thư Tỉnh ủy Nghệ An Trần Văn Hòa đã tiếp ông Xổm Phon, Phó Tỉnh trưởng tỉnh Xiêng Khoảng và ông "
     "Bun Mi, Phó Tỉnh trưởng tỉnh Hủa Phăn nhân dịp hai đoàn sang thăm tỉnh.", {"LA-XI", "LA-HO"}),
    ("Chiều 5/7, Phó Chủ tịch UBND thành phố Đà Nẵng Trần Thị Lan chủ trì buổi tiếp Phó Thị trưởng thành phố Sakai "
     "(Nhật Bản) Tanaka Ken và Phó Chủ tịch Hội đồng thành phố Naju (Hàn Quốc) Park Min Ho.", {"JP-27", "KR-46"}),
    # a unit named after "và" without a title of its own is not a guest
    ("Sáng 3/4, lãnh đạo tỉnh Nghệ An đã tiếp đoàn tỉnh Xiêng Khoảng và làm việc với Chủ tịch UBND huyện Kỳ Sơn.",
     {"LA-XI"}),
])
def test_each_guest_a_host_verb_names_with_his_own_title_came(body: str, expected: set[str]) -> None:
    visits = [e for e in events_of(body) if e.event_type == "VISIT"]
    assert {e.foreign_party_code for e in visits} == expected
    assert {e.direction for e in visits} == {"inbound"}
