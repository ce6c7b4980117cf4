"""COMMITMENT and AID: what one side pledges, and what either side has given or handed over.

Pins down, with sentences written for these tests:
- COMMITMENT: readiness and promises (sẵn sàng, cam kết, khẳng định … sẽ, nhất trí / thống nhất / đồng ý
  sẽ, sẽ (tiếp tục) hỗ trợ / tạo điều kiện / cử / tiếp nhận / xây dựng tặng …) by either side, with
  `committed_by` vn / foreign / both and the category of what is pledged; "sẽ cùng <partner> <verb>", "sẽ làm
  hết sức", "sẽ nỗ lực", "sẽ kế thừa";
- not commitments: requests and proposals (đề nghị, đề xuất, kiến nghị), hopes (mong muốn), mutual
  support in general (hỗ trợ lẫn nhau), joint work in a signed agreement's content ("Theo biên bản, hai bên sẽ
  phối hợp …"; one side's giving in it is a pledge),
  past support, domestic plans, a pledge to a foreign company with no foreign government party, a verb after
  "được" (done to the subject), a company group's pledge ("tập đoàn");
- AID: support delivered (trao tặng, trao, bàn giao, hỗ trợ, ủng hộ, tài trợ, viện trợ) of money with its
  amount and currency (VND, USD, LAK kíp, CNY nhân dân tệ, KHR riel) or of goods counted in their unit, by
  either side, including from the foreign side to Viet Nam (one per Vietnamese province when a foreign gift
  names several); schools named by their level, "số tiền", "kip" and "yen"; the gift named before the verb
  gives the category; a gift told as earlier ("Trước đó") or as an addition ("cũng trao tặng") is its own
  handover;
- not aid: souvenirs, pledged or planned aid, discussing support ("trao đổi"), gifts to the province's own
  households or to people "trên địa bàn tỉnh", scholarships handed over, remains repatriated, decorations
  (an honour given, even to a school), a company's donation, support coupled with facilitation ("hỗ trợ và tạo
  điều kiện"), charity by businesses, unions or schools to foreign students living here, "chìa khóa trao tay";
- aid named as a noun ("nguồn vốn viện trợ không hoàn lại của Chính phủ X": X gives), "ủng hộ tiền";
- who gave an AID (`committed_by` vn / foreign): the giver named with "của" or "do", the other side than the
  receiver a giving verb or "cho" names or than the subject of "tiếp nhận", else the unit before the verb; gifts
  each way between the same partners are two handovers;
- not commitments either: readiness for an occasion ("sẵn sàng cho năm học mới") or a stage ("bước vào");
- planned and decided gifts: "có kế hoạch / dự định tài trợ" and "quyết định tặng" with its carrying out still
  ahead ("triển khai", "hoàn thành trong năm") are COMMITMENTs, not AID; "cam kết" as a noun, in a quoted treaty
  or with nothing after it, a purpose ("nhằm thống nhất"), a report to one's own government ("sẽ báo cáo … để
  xin ý kiến") and an agreement by others ("được bà con … thống nhất") pledge nothing; a pledge joined to an
  earlier predicate ("A đánh giá cao … với B và cam kết") is its subject's, one after ";" its own subject's;
- a side's own political calendar ("sẽ tiến hành bầu cử", "sẽ tổ chức Đại hội Đảng") pledges nothing; Việt Nam
  and its partner pledging together ("Việt Nam và Campuchia nhất trí …") are the two states, "both";
- help both sides give each other ("cùng hỗ trợ, giúp đỡ nhau") is no aid; a gift pointing back ("Đây là món quà
  … dành tặng …") goes to the province of the works the sentence before named; proverbs of sharing give no rice.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import events_of, none_of, one


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# --- COMMITMENT -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Tỉnh Nghệ An sẵn sàng tiếp nhận cán bộ của tỉnh Bô-ly-khăm-xay sang học tập, bồi dưỡng chuyên môn.",
     ("VN-22", "LA-BL", "vn", "training")),
    ("Tỉnh Quảng Bình cam kết tiếp tục hỗ trợ tỉnh Khăm Muộn đào tạo nguồn nhân lực y tế.",
     ("VN-24", "LA-KH", "vn", "training")),
    ("Bí thư Tỉnh ủy Điện Biên khẳng định tỉnh sẵn sàng tiếp nhận lưu học sinh tỉnh U Đôm Xay sang học tập, bồi "
     "dưỡng.", ("VN-71", "LA-OU", "vn", "training")),
    ("Tỉnh Kanagawa sẽ tiếp tục tiếp nhận điều dưỡng viên của tỉnh Hưng Yên sang đào tạo, làm việc.",
     ("VN-66", "JP-14", "foreign", "training")),
    ("Tỉnh Savannakhet sẽ tạo điều kiện thuận lợi để doanh nghiệp Quảng Trị đầu tư vào khu kinh tế.",
     ("VN-25", "LA-SV", "foreign", "investment")),
    ("Phía Chăm-pa-xắc cam kết tạo điều kiện cho các nhà đầu tư của tỉnh Quảng Nam.",
     ("VN-27", "LA-CH", "foreign", "investment")),
    pytest.param(
        "Phó Tỉnh trưởng tỉnh Xê Kông Khăm-phăn Xỉ-xổm-phon khẳng định tỉnh sẽ tạo mọi điều kiện để doanh nghiệp "
        "Quảng Nam đầu tư.", ("VN-27", "LA-XE", "foreign", "investment")),
    ("Tỉnh Khăm Muộn đồng ý sẽ dành quỹ đất để doanh nghiệp Hà Tĩnh đầu tư trồng cao su.",
     ("VN-23", "LA-KH", "foreign", "investment")),
    ("Tỉnh Thái Nguyên cam kết tạo điều kiện thuận lợi nhất cho các doanh nghiệp của tỉnh Gyeongsangbuk đầu tư.",
     ("VN-69", "KR-47", "vn", "investment")),
    ("Hai bên nhất trí sẽ phối hợp tổ chức các hoạt động giao lưu văn hóa giữa hai tỉnh Hà Tĩnh và "
     "Bô-ly-khăm-xay.", ("VN-23", "LA-BL", "both", "exchange")),
    ("Tỉnh Kon Tum và tỉnh Attapư tổ chức hội đàm. "
     "Hai tỉnh thống nhất sẽ luân phiên tổ chức hội đàm thường niên vào quý IV hằng năm.",
     ("VN-28", "LA-AT", "both", "exchange")),
    ("Tỉnh Gia Lai sẽ hỗ trợ tỉnh Ratanakiri 2 tỷ đồng để xây dựng trạm y tế xã.",
     ("VN-30", "KH-16", "vn", "construction")),
    ("Thành phố Đà Nẵng sẽ xây dựng tặng tỉnh Xê Kông một trường học.",
     ("VN-DN", "LA-XE", "vn", "construction")),
    ("Tỉnh Đắk Lắk sẽ tiếp tục hỗ trợ tỉnh Mondulkiri vắc xin và vật tư y tế phòng, chống dịch.",
     ("VN-33", "KH-11", "vn", "medical_supplies")),
    ("Thành phố Hà Nội sẵn sàng hỗ trợ Thủ đô Viêng Chăn trong công tác tổ chức hội nghị quốc tế.",
     ("VN-HN", "LA-VT", "vn", "event_support")),
    pytest.param(
        "Tỉnh Hà Giang sẽ cử giáo viên tiếng Việt sang giảng dạy cho học viên của châu Văn Sơn.",
        ("VN-03", "CN-YN", "vn", "training")),
])
def test_pledges_by_either_side_with_their_category(body: str, expected: tuple[str, str, str, str]) -> None:
    pledge = one(body, "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code, pledge.committed_by, pledge.category) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Thành phố Hải Phòng sẵn sàng chia sẻ kinh nghiệm quản lý cảng biển với tỉnh Viêng Chăn.",
     ("VN-HP", "LA-VI", "vn")),
    ("Tỉnh Lào Cai sẽ cử chuyên gia nông nghiệp sang hướng dẫn tỉnh Luông Pha Băng trồng chè.",
     ("VN-02", "LA-LP", "vn")),
    ("Chính quyền tỉnh Vân Nam cam kết tạo thuận lợi thông quan cho nông sản của tỉnh Lào Cai.",
     ("VN-02", "CN-YN", "foreign")),
    ("Tỉnh Svay Rieng cam kết tạo điều kiện cho thương nhân Tây Ninh qua lại cửa khẩu.",
     ("VN-37", "KH-20", "foreign")),
    pytest.param(
        "Tỉnh Thanh Hóa và tỉnh Hủa Phăn tổ chức hội đàm. Hai bên khẳng định sẽ tiếp tục phối hợp tìm kiếm, quy tập "
        "hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào.", ("VN-21", "LA-HO", "both")),
    pytest.param(
        "Lãnh đạo hai tỉnh Cao Bằng và Quảng Tây cam kết phối hợp chặt chẽ trong quản lý biên giới.",
        ("VN-04", "CN-GX", "both")),
])
def test_who_pledges(body: str, expected: tuple[str, str, str]) -> None:
    pledge = one(body, "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code, pledge.committed_by) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Theo thỏa thuận đã ký, tỉnh Quảng Nam sẽ hỗ trợ tỉnh Xê Kông xây dựng hai trường học.",
     ("VN-27", "LA-XE", "vn")),
    ("Theo biên bản, TP. HCM sẽ cung cấp hỗ trợ kỹ thuật cho dự án trồng rau của thủ đô Viêng Chăn trong 3 năm.",
     ("VN-SG", "LA-VT", "vn")),
    ("Theo thỏa thuận, tỉnh Chăm Pa Sắc sẽ dành đất cho doanh nghiệp của tỉnh Gia Lai trồng cà phê.",
     ("VN-30", "LA-CH", "foreign")),
])
def test_one_sides_giving_in_an_agreements_content_is_a_pledge(body: str, expected: tuple[str, str, str]) -> None:
    pledge = one(body, "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code, pledge.committed_by) == expected


@pytest.mark.parametrize("body", [
    # "hứa hẹn": holds promise
    "Hai tỉnh Hà Tĩnh và Bô-ly-khăm-xay ký kết biên bản hợp tác, hứa hẹn mở ra nhiều cơ hội cho doanh nghiệp.",
    # requests, proposals and hopes
    "Lãnh đạo tỉnh Hủa Phăn đề nghị tỉnh Thanh Hóa quan tâm, tiếp tục giúp đỡ tỉnh bạn trong đào tạo nguồn nhân lực.",
    "Lãnh đạo tỉnh Attapư mong muốn tỉnh Kon Tum sẽ tiếp tục hỗ trợ xây dựng trường học.",
    "Tỉnh Xê Kông kiến nghị Chính phủ hai nước sớm nâng cấp cửa khẩu Đắc Tà Oọc thành cửa khẩu quốc tế.",
    "Phía Ratanakiri đề xuất hai tỉnh sẽ phối hợp mở tuyến xe khách từ Pleiku đi Ban Lung.",
    # mutual support in general; an agreement's content
    pytest.param(
        "Hai tỉnh Sơn La và Hủa Phăn sẽ tiếp tục hỗ trợ lẫn nhau trong phát triển kinh tế - xã hội."),
    "Theo biên bản, hai bên sẽ phối hợp tổ chức giao lưu văn hóa, thể thao hằng năm giữa tỉnh Quảng Trị và tỉnh "
    "Savannakhet.",
    "Theo thỏa thuận đã ký, tỉnh Bình Định và tỉnh Attapư sẽ hỗ trợ nhau quảng bá du lịch.",
    "Theo bản ghi nhớ, hai địa phương sẽ trao đổi thông tin và đẩy mạnh liên kết về văn hóa.",
    "Theo biên bản, tỉnh Tây Ninh và tỉnh Svay Rieng sẽ hỗ trợ, tạo điều kiện cho thương nhân của mỗi bên qua lại "
    "cửa khẩu.",
    # past support and domestic plans
    "Thời gian qua, tỉnh Hà Tĩnh đã hỗ trợ tỉnh Bô-ly-khăm-xay đào tạo hơn 500 cán bộ.",
    "Tỉnh sẽ hỗ trợ các hộ dân bị ảnh hưởng bởi bão sớm ổn định cuộc sống.",
    # a foreign company is not a foreign government party
    pytest.param(
        "Tỉnh Bắc Giang cam kết tạo điều kiện thuận lợi cho Công ty TNHH Sunrise của Nhật Bản mở rộng nhà máy."),
    # a high-level meeting still to come ("cấp cao" is no grant), readiness to prepare
    "Ngày 20/12 tới, tại cửa khẩu Cha Lo sẽ diễn ra hội nghị cấp cao thường niên giữa tỉnh Quảng Bình và tỉnh "
    "Khăm Muộn.",
    "Đoàn cũng sẵn sàng chuẩn bị cho các hoạt động đối ngoại cấp cao của hai tỉnh Cao Bằng và Quảng Tây.",
    # "bản cam kết" is a signed paper
    "Đến nay, thành phố Cần Thơ đã ký 12 bản cam kết hợp tác với tỉnh Kampong Cham.",
    # a company or a fund pledges, no government
    "Từ năm tới, Quỹ học bổng sẽ tập trung hỗ trợ học sinh nghèo của tỉnh Kampot.",
    "Tập đoàn Lotte cam kết tiếp tục mở rộng đầu tư vào thành phố Hải Phòng.",
])
def test_requests_hopes_mutual_support_and_agreement_content_are_not_commitments(body: str) -> None:
    assert none_of(body, "COMMITMENT")


# --- AID --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    # from the Vietnamese side, in each currency and unit
    ("Tỉnh Quảng Trị đã trao tặng tỉnh Sa-la-van 1,5 tỷ đồng để xây dựng trụ sở làm việc.",
     ("VN-25", "LA-SL", 1.5e9, "VND", "construction")),
    ("Đoàn công tác tỉnh Quảng Bình đã trao 300 triệu kíp hỗ trợ nhân dân tỉnh Khăm Muộn khắc phục hậu quả lũ lụt.",
     ("VN-24", "LA-KH", 3e8, "LAK", "disaster_relief")),
    ("Tỉnh Điện Biên ủng hộ nhân dân tỉnh Phông-xa-lỳ 500 triệu đồng khắc phục hậu quả mưa lũ.",
     ("VN-71", "LA-PH", 5e8, "VND", "disaster_relief")),
    ("UBND tỉnh Thanh Hóa đã bàn giao 20 tấn gạo cho tỉnh Hủa Phăn.",
     ("VN-21", "LA-HO", 20, "tonnes of rice", "food")),
    ("Tỉnh Hòa Bình trao tặng Trường Trung học phổ thông tỉnh Luông Pha Băng 30 bộ máy vi tính.",
     ("VN-14", "LA-LP", 30, "computers", "equipment")),
    ("Tỉnh Long An đã bàn giao 15 căn nhà đại đoàn kết cho các hộ nghèo tỉnh Prey Veng.",
     ("VN-41", "KH-14", 15, "houses", "construction")),
    ("Tỉnh Quảng Ngãi bàn giao công trình nhà lớp học cho tỉnh Xê Kông.",
     ("VN-29", "LA-XE", None, None, "construction")),
    ("Tỉnh Kon Tum đã khánh thành và bàn giao ký túc xá cho học sinh dân tộc nội trú tỉnh Át Tạ Pư.",
     ("VN-28", "LA-AT", None, None, "construction")),
    ("Tỉnh Nghệ An đã trao tặng tỉnh Xiêng Khoảng 2 xe cứu thương.",
     ("VN-22", "LA-XI", 2, "ambulances", None)),
    ("Việt Nam viện trợ Campuchia 1.000 tấn gạo.",
     ("VN", "KH", 1000, "tonnes of rice", "food")),
    # from the foreign side to Viet Nam
    ("Tỉnh Chăm-pa-xắc đã trao tặng tỉnh Quảng Nam 150 triệu kíp hỗ trợ người dân bị thiệt hại do bão.",
     ("VN-27", "LA-CH", 1.5e8, "LAK", "disaster_relief")),
    ("Chính quyền thành phố Bằng Tường (Quảng Tây) đã trao tặng tỉnh Lạng Sơn 500.000 nhân dân tệ hỗ trợ người dân "
     "khắc phục hậu quả bão.", ("VN-09", "CN-GX", 5e5, "CNY", "disaster_relief")),
    ("Tỉnh Ratanakiri trao tặng tỉnh Gia Lai 40 triệu riel hỗ trợ đồng bào vùng lũ.",
     ("VN-30", "KH-16", 4e7, "KHR", "disaster_relief")),
    ("Tỉnh Gyeongsangbuk đã tài trợ 200.000 USD cho tỉnh Thái Nguyên để xây dựng trường mầm non.",
     ("VN-69", "KR-47", 2e5, "USD", "construction")),
    pytest.param(
        "Tỉnh Nagano trao tặng Bệnh viện Đa khoa tỉnh Ninh Bình trang thiết bị y tế trị giá 50.000 USD.",
        ("VN-18", "JP-20", 5e4, "USD", "medical_supplies")),
    ("Thủ đô Viêng Chăn đã trao tặng thành phố Hà Nội 50.000 USD ủng hộ đồng bào bị ảnh hưởng bởi bão.",
     ("VN-HN", "LA-VT", 5e4, "USD", "disaster_relief")),
    ("Tỉnh Quảng Tây trao tặng tỉnh Cao Bằng 50.000 khẩu trang y tế.",
     ("VN-04", "CN-GX", 50000, "masks", "medical_supplies")),
    ("Tỉnh Hà Tĩnh đã hỗ trợ tỉnh Khăm Muộn 3 tỷ 200 triệu đồng xây dựng trường học.",
     ("VN-23", "LA-KH", 3.2e9, "VND", "construction")),
    pytest.param(
        "Tỉnh Lai Châu trao tặng tỉnh Luổng Nậm Thà 100 triệu đồng để tổ chức Tết Bun Pi May.",
        ("VN-01", "LA-LM", 1e8, "VND", "event_support")),
    # building materials and household goods
    ("Bộ đội Biên phòng tỉnh Quảng Bình trao tặng 15 tấn xi măng giúp tỉnh Khăm Muộn làm đường tuần tra.",
     ("VN-24", "LA-KH", 15, "tonnes", None)),
    ("Tỉnh Sơn La trao tặng tỉnh Luông Pha Băng 3 máy phát điện phục vụ bệnh viện.",
     ("VN-05", "LA-LP", None, None, None)),
])
def test_aid_delivered_with_its_amount_currency_and_category(
        body: str, expected: tuple[str, str, float | None, str | None, str | None]) -> None:
    gift = one(body, "AID")
    *expected_fields, category = expected
    assert [gift.vn_party_code, gift.foreign_party_code, gift.quantity_min, gift.unit] == expected_fields
    if category is not None:
        assert gift.category == category


@pytest.mark.parametrize("body", [
    "Lãnh đạo tỉnh Quảng Trị tặng quà lưu niệm cho Trưởng đoàn tỉnh Savannakhet.",
    # pledged or planned
    "Tỉnh Kon Tum sẽ hỗ trợ tỉnh Attapư 1 tỷ đồng xây dựng trường học.",
    "Tỉnh Gia Lai cam kết hỗ trợ tỉnh Ratanakiri 2 tỷ đồng để sửa chữa đường giao thông.",
    "Dự kiến, đoàn sẽ trao 200 suất quà cho người dân tỉnh Attapư.",
    "Tỉnh Sa-la-van đề nghị tỉnh Quảng Trị hỗ trợ kinh phí xây dựng trạm y tế.",
    # discussed, not given
    pytest.param(
        "Hai bên trao đổi về việc hỗ trợ kinh phí xây dựng trường học cho tỉnh Xê Kông."),
    # the province's own households
    pytest.param(
        "Đoàn đại biểu tỉnh Xiêng Khoảng đã sang thăm tỉnh Nghệ An. "
        "Cùng ngày, lãnh đạo tỉnh Nghệ An trao 100 suất quà cho các hộ nghèo huyện Kỳ Sơn."),
    "Tỉnh Quảng Ninh hỗ trợ tỉnh Cao Bằng 10 tỷ đồng khắc phục hậu quả bão.",
    # scholarships, remains and decorations are handed over, not aid
    "Tỉnh Hòa Bình trao 20 suất học bổng cho lưu học sinh tỉnh Luông Pha Băng, mỗi suất 5 triệu đồng.",
    "Hai bên đã bàn giao 15 bộ hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại tỉnh Hủa Phăn.",
    "Nhà nước Lào đã trao tặng Huân chương Lao động hạng Nhất cho tỉnh Nghệ An.",
    # a company, not a government
    pytest.param(
        "Công ty TNHH Hyosung (Hàn Quốc) trao tặng 1 tỷ đồng cho Quỹ khuyến học tỉnh Đồng Nai."),
    # a school or a company the article ties to no Vietnamese unit
    "Nhân dịp Tết Bunpimay, Trường Đại học Nông Lâm trao tặng 120 suất quà cho lưu học sinh Lào đang học tại trường.",
    "Công ty cổ phần Vận tải Biển Đông trao tặng 40 triệu đồng cho sinh viên Lào ở ký túc xá.",
])
def test_souvenirs_pledges_own_households_and_scholarships_are_not_aid(body: str) -> None:
    assert none_of(body, "AID")


@pytest.mark.parametrize(("body", "categories"), [
    ("Tỉnh Quảng Bình sẽ tiếp tục cử chuyên gia sang tập huấn cho tỉnh Khăm Muộn, đồng thời sẵn sàng chia sẻ "
     "kinh nghiệm xây dựng khu kinh tế cửa khẩu.", ["training", "exchange"]),
    ("Tỉnh Hà Giang cam kết hỗ trợ tỉnh Vân Nam xây dựng chợ biên giới; bên cạnh đó sẽ tiếp nhận 20 cán bộ "
     "sang đào tạo nghề.", ["construction", "training"]),
    ("Tỉnh Điện Biên sẵn sàng cử bác sĩ sang hỗ trợ tỉnh U Đôm Xay, đồng thời tin tưởng quan hệ hai tỉnh sẽ "
     "tiếp tục phát triển.", ["general"]),
    # the promise runs on over "đồng thời" to a clause that opens on a verb of doing; each keeps its own topic
    ("Tỉnh Lâm Đồng sẽ hỗ trợ tỉnh Bô Ly Khăm Xay 2 tỷ đồng sửa trụ sở, đồng thời tiếp tục nhận đào tạo nghề "
     "cho thanh niên tỉnh bạn.", ["construction", "training"]),
    ("Phía Chăm Pa Sắc cam kết cung cấp điện cho các bản giáp tỉnh Đồng Tháp, ngoài ra sẽ tạo điều kiện "
     "về thủ tục đầu tư.", ["general", "investment"]),
    # a pledge of two verbs joined by "và" is one
    ("Tỉnh Yên Bái sẵn sàng cử chuyên gia sang hướng dẫn trồng chè và tiếp nhận cán bộ tỉnh Luông Nặm Thà "
     "sang tham quan.", ["training"]),
])
def test_each_clause_of_a_sentence_makes_its_own_pledge(body: str, categories: list[str]) -> None:
    assert [e.category for e in events_of(body) if e.event_type == "COMMITMENT"] == categories


def test_a_province_pledging_beside_a_company_still_pledges() -> None:
    pledge = one("Tỉnh Bắc Ninh và Tập đoàn Samsung cam kết hỗ trợ tỉnh Gyeonggi tổ chức lễ hội văn hóa.",
                 "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code) == ("VN-56", "KR-41")


def test_a_pledge_carried_over_keeps_who_made_it() -> None:
    pledges = [e for e in events_of("Tỉnh Savannakhet sẵn sàng cung cấp điện cho các xã biên giới của tỉnh "
                                    "Quảng Trị, đồng thời tiếp tục hỗ trợ xây dựng chợ biên giới.")
               if e.event_type == "COMMITMENT"]
    assert [e.committed_by for e in pledges] == ["foreign", "foreign"]


def test_both_sides_agreeing_to_take_turns_without_will() -> None:
    pledge = one("Tỉnh Quảng Bình và tỉnh Khăm Muộn thống nhất luân phiên tổ chức hội chợ thương mại hằng năm.",
                 "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code, pledge.committed_by) == ("VN-24", "LA-KH", "both")


@pytest.mark.parametrize(("body", "gifts"), [
    # "và" joins a gift of another kind: two handovers
    ("Tỉnh Lào Cai trao tặng tỉnh Luông Nặm Thà 400 triệu kíp để sửa chữa trạm y tế bản và 15 bộ máy vi tính cho "
     "trường dân tộc nội trú.", [(4e8, "LAK"), (15, "computers")]),
    # a list of goods, or money beside goods, is one
    ("Tỉnh Tây Ninh trao tặng tỉnh Svay Rieng 5 tấn gạo, 2.000 khẩu trang và 100 triệu đồng.", [(5, "tonnes of rice")]),
])
def test_gifts_of_another_kind_joined_by_and(body: str, gifts: list[tuple[float, str]]) -> None:
    assert [(e.quantity_min, e.unit) for e in events_of(body) if e.event_type == "AID"] == gifts


def test_aid_received_is_aid() -> None:
    aid = one("Thành phố Móng Cái tiếp nhận trang thiết bị y tế do thành phố Đông Hưng trao tặng.", "AID")
    assert (aid.vn_party_code, aid.foreign_party_code, aid.category) == ("VN-13", "CN-GX", "medical_supplies")


# --- handovers as real news tells them ------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    # a school named by its level is a building handed over
    ("Chính quyền tỉnh Hưng Yên vừa bàn giao một trường tiểu học cho chính quyền tỉnh Phông-xa-lỳ.",
     ("VN-66", "LA-PH", None, None)),
    ("Tỉnh Nam Định tổ chức lễ bàn giao Trường trung học phổ thông huyện Mường Xay cho tỉnh U Đôm Xay.",
     ("VN-67", "LA-OU", None, None)),
    # "kip" and "yen" as news translated from Lao and Japanese write them
    ("Tỉnh Xiêng Khoảng đã trao tặng tỉnh Nghệ An 120 triệu kip hỗ trợ người dân vùng lũ.",
     ("VN-22", "LA-XI", 1.2e8, "LAK")),
    ("Tỉnh Nagano đã trao tặng tỉnh Ninh Bình 3 triệu yên giúp người dân khắc phục hậu quả bão.",
     ("VN-18", "JP-20", 3e6, "JPY")),
    # a sum of money not stated
    ("Đoàn công tác tỉnh Quảng Ngãi đã trao số tiền ủng hộ tỉnh Xê Kông khắc phục hậu quả lũ quét.",
     ("VN-29", "LA-XE", None, None)),
])
def test_schools_sums_and_currencies_spelt_without_accents(
        body: str, expected: tuple[str, str, float | None, str | None]) -> None:
    gift = one(body, "AID")
    assert (gift.vn_party_code, gift.foreign_party_code, gift.quantity_min, gift.unit) == expected


@pytest.mark.parametrize(("body", "receivers"), [
    ("Tỉnh Hủa Phăn đã trao tặng 300 triệu kíp ủng hộ quỹ phòng, chống dịch của 3 tỉnh Thanh Hóa, Nghệ An và "
     "Sơn La.", ["VN-21", "VN-22", "VN-05"]),
    ("Cùng ngày, Sở Ngoại vụ tỉnh Chăm-pa-xắc cũng trao 20.000 USD hỗ trợ hai tỉnh Quảng Nam và Kon Tum khắc phục "
     "hậu quả bão.", ["VN-27", "VN-28"]),
    ("Đại diện tỉnh U Đôm Xay đã trao số tiền 90 triệu kíp hỗ trợ 3 tỉnh của Việt Nam gồm Lai Châu, Điện Biên và "
     "Sơn La ứng phó với dịch bệnh.", ["VN-01", "VN-71", "VN-05"]),
])
def test_a_foreign_gift_to_several_vietnamese_provinces_is_one_per_province(body: str, receivers: list[str]) -> None:
    gifts = [e for e in events_of(body) if e.event_type == "AID"]
    assert [e.vn_party_code for e in gifts] == receivers
    assert len({(e.foreign_party_code, e.quantity_min) for e in gifts}) == 1


def test_a_vietnamese_gift_keeps_its_giver_whoever_else_is_named() -> None:
    gift = one("Tỉnh Hà Tĩnh trao tặng tỉnh Khăm Muộn 500 triệu đồng, cùng với các tỉnh Quảng Bình và Nghệ An.",
               "AID")
    assert (gift.vn_party_code, gift.foreign_party_code) == ("VN-23", "LA-KH")


@pytest.mark.parametrize(("body", "category"), [
    ("Lô thiết bị y tế tỉnh Quảng Trị trao tặng cho tỉnh Savannakhet trị giá 2 tỷ đồng.", "medical_supplies"),
    ("Số gạo tỉnh An Giang trao tặng cho tỉnh Takeo trị giá 800 triệu đồng.", "food"),
])
def test_the_gift_named_before_the_verb_gives_the_category_over_its_value(body: str, category: str) -> None:
    assert one(body, "AID").category == category


@pytest.mark.parametrize(("body", "amounts"), [
    # told as earlier, or as an addition: two handovers
    ("Tỉnh Lạng Sơn đã tiếp nhận vật tư y tế do thành phố Sùng Tả (Quảng Tây) trao tặng. Trước đó, thành phố "
     "Sùng Tả cũng đã trao tặng tỉnh Lạng Sơn 20.000 khẩu trang.", [None, 20000]),
    ("Sở Y tế tỉnh Hà Tĩnh trao tặng tỉnh Khăm Muộn 10.000 khẩu trang. Cùng ngày, Bệnh viện Đa khoa tỉnh Hà Tĩnh "
     "cũng trao tặng tỉnh Khăm Muộn 5 máy thở.", [10000, 5]),
    # the same handover told again: one, with its amount
    ("Tỉnh Điện Biên trao tặng vật tư y tế cho tỉnh Phông-xa-lỳ. Số vật tư y tế tỉnh Điện Biên trao tặng tỉnh "
     "Phông-xa-lỳ gồm 30.000 khẩu trang.", [30000]),
])
def test_an_earlier_or_added_gift_is_a_handover_of_its_own(body: str, amounts: list[float | None]) -> None:
    assert [e.quantity_min for e in events_of(body) if e.event_type == "AID"] == amounts


@pytest.mark.parametrize("body", [
    # support coupled with facilitation is working together, nothing handed over
    "Hai tỉnh Quảng Trị và Mukdahan hỗ trợ và tạo điều kiện quảng bá hàng hóa, khuyến khích hợp tác du lịch.",
    "Tỉnh Savannakhet luôn hỗ trợ, tạo điều kiện cho xe chở hàng hóa của tỉnh Quảng Trị qua cửa khẩu Lao Bảo.",
])
def test_facilitation_is_not_aid(body: str) -> None:
    assert none_of(body, "AID")


# --- pledges as real news words them -------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    # a partner named with "cùng" between "sẽ" and its verb
    ("Phó Tỉnh trưởng tỉnh Chăm-pa-xắc khẳng định sẽ cùng Sở Ngoại vụ tỉnh Quảng Nam tổ chức các đoàn doanh nghiệp "
     "sang khảo sát.", ("VN-27", "LA-CH")),
    ("Ông Bua Khăm khẳng định sẽ cùng với Tổng Lãnh sự quán Lào tại Đà Nẵng làm cầu nối giữa thành phố và tỉnh "
     "Xê Kông.", ("VN-DN", "LA-XE")),
    # doing one's utmost, striving, carrying on what the merged province began
    ("Tỉnh trưởng tỉnh Attapư cho biết tỉnh sẽ làm hết sức mình để tăng cường quan hệ hợp tác với tỉnh Kon Tum.",
     ("VN-28", "LA-AT")),
    ("Lãnh đạo hai tỉnh Sơn La và Luông Pha Băng sẽ nỗ lực đưa kim ngạch thương mại tăng gấp đôi.",
     ("VN-05", "LA-LP")),
    ("Tỉnh Gia Lai sẽ kế thừa và tiếp tục các chương trình hợp tác với tỉnh Ratanakiri.", ("VN-30", "KH-16")),
])
def test_pledges_with_a_partner_or_an_effort(body: str, expected: tuple[str, str]) -> None:
    pledge = one(body, "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code) == expected


@pytest.mark.parametrize("body", [
    # a verb after "được" is done to the subject: nobody promises
    "Trong số 30 lưu học sinh tỉnh Hủa Phăn, sẽ có 20 em được đào tạo tại Trường Cao đẳng Y tế Thanh Hóa.",
    "Năm tới, cán bộ tỉnh Xay Nha Bu Ly sẽ được đào tạo về trồng cà phê tại tỉnh Sơn La.",
    # "đoàn" of "tập đoàn" is the company's own word, no delegation beside it
    "Chủ tịch Tập đoàn Hòa Phát kỳ vọng trong thời gian tới, tập đoàn sẽ hỗ trợ sinh viên tỉnh Viêng Chăn học nghề.",
])
def test_passives_and_a_company_group_are_not_commitments(body: str) -> None:
    assert none_of(body, "COMMITMENT")


def test_a_school_only_visited_or_named_is_no_gift() -> None:
    assert none_of("Đoàn công tác tỉnh Điện Biên đã thăm Trường tiểu học bản Na Sáng của tỉnh Phông-xa-lỳ và hỗ trợ "
                   "các em học sinh học tập tốt.", "AID")


# --- who gives and who receives: actors, not places mentioned -----------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    # a corps, a military region, a ministry's office abroad give for the state
    ("Thay mặt Binh đoàn 12, Thiếu tướng Trần Văn Nam, Tư lệnh Binh đoàn 12 đã trao vật tư y tế cho đại diện chính "
     "quyền tỉnh Savannakhet.", ("VN", "LA-SV")),
    ("Bộ Tư lệnh Quân khu 5 trao tặng cho Quân đội Nhân dân Lào 3.000 kg hóa chất khử khuẩn.", ("VN", "LA")),
    ("Cơ quan đại diện Bộ Công an Việt Nam tại Lào đã trao cho Bộ trưởng An ninh Lào 30.000 USD hỗ trợ người dân "
     "vùng lũ.", ("VN", "LA")),
    # a Lao ministry receives for its country; the place of the disaster is no party
    ("Hỗ trợ khắc phục hậu quả sạt lở đất ở tỉnh Luông Pha Băng, Binh đoàn 15 đã trao 500 triệu kíp cho Bộ Lao "
     "động và Phúc lợi xã hội Lào.", ("VN", "LA")),
    # the venue of the ceremony is no giver
    ("Ngày 12/5, tại Cửa khẩu quốc tế Bờ Y thuộc huyện Ngọc Hồi, tỉnh Kon Tum, Bộ Tư lệnh Quân khu 5 đã trao tặng "
     "vật tư y tế cho Quân đội Nhân dân Lào.", ("VN", "LA")),
    # a province's own command or police gives for the province
    ("Bộ Chỉ huy Quân sự tỉnh Quảng Nam trao tặng Bộ Chỉ huy Quân sự tỉnh Xê Kông 200 triệu đồng.",
     ("VN-27", "LA-XE")),
    ("Công an tỉnh Nghệ An trao tặng Công an tỉnh Xiêng Khoảng 20 bộ máy vi tính.", ("VN-22", "LA-XI")),
])
def test_state_bodies_give_for_the_state_and_ministries_receive_for_their_country(
        body: str, expected: tuple[str, str]) -> None:
    gift = one(body, "AID")
    assert (gift.vn_party_code, gift.foreign_party_code) == expected


def test_receivers_named_alike_in_a_list_each_receive() -> None:
    gifts = [e for e in events_of("Chính phủ Việt Nam đã trao tặng cho Chính phủ và nhân dân Lào, Chính phủ và nhân "
                                  "dân Campuchia 500 máy thở.") if e.event_type == "AID"]
    assert [(e.vn_party_code, e.foreign_party_code) for e in gifts] == [("VN", "LA"), ("VN", "KH")]


def test_a_ceremony_venue_named_later_is_not_the_giver() -> None:
    gift = one("Bộ Tư lệnh Quân khu 5 trao tặng Quân đội nhân dân Lào 50.000 khẩu trang y tế. Lễ trao tặng diễn ra "
               "tại cửa khẩu Bờ Y, tỉnh Kon Tum, với sự tham dự của lãnh đạo tỉnh Kon Tum.", "AID")
    assert (gift.vn_party_code, gift.foreign_party_code) == ("VN", "LA")


def test_goods_in_a_row_are_one_handover() -> None:
    gift = one("Bộ Tư lệnh Quân khu 2 đã trao tặng Quân đội nhân dân Lào 150.000 khẩu trang và 8 tấn gạo.", "AID")
    assert (gift.quantity_min, gift.unit) == (150000, "masks")


def test_a_second_giver_after_a_semicolon_gives_its_own_gift() -> None:
    gifts = [e for e in events_of("Tỉnh Quảng Nam đã cử đoàn sang thăm hỏi, ủng hộ người dân tỉnh Sê Kông 200 triệu "
                                  "đồng tiền mặt; tỉnh Kon Tum ủng hộ 400 triệu đồng tiền mặt.")
             if e.event_type == "AID"]
    assert [(e.vn_party_code, e.foreign_party_code, e.quantity_min) for e in gifts] == [
        ("VN-27", "LA-XE", 2e8), ("VN-28", "LA-XE", 4e8)]


@pytest.mark.parametrize(("body", "expected"), [
    # the lead and the detail sentence of one handover, in other words for the same goods
    ("Tỉnh Quảng Trị đã trao thiết bị phòng, chống dịch tặng 2 tỉnh Savannakhet và Salavan. Chia sẻ khó khăn với "
     "nước bạn, tỉnh Quảng Trị trao tặng 2 tỉnh Savannakhet và Salavan các thiết bị y tế gồm máy thở, khẩu trang "
     "với tổng trị giá 1,8 tỷ đồng.", [("LA-SV", 1.8e9), ("LA-SL", 1.8e9)]),
    # reported speech restating the sum
    ("Chiều 10/8, đoàn đại biểu tỉnh Chăm-pa-xắc đã trao tặng 20.000 USD để hỗ trợ nhân dân tỉnh Quảng Nam khắc "
     "phục hậu quả bão. Phát biểu tại buổi gặp, Tỉnh trưởng tỉnh Chăm-pa-xắc cho biết, nhân dân tỉnh đã quyên góp "
     "được 20.000 USD để ủng hộ tỉnh Quảng Nam.", [("LA-CH", 2e4)]),
])
def test_one_handover_told_twice_is_one_event_per_partner(body: str, expected: list[tuple[str, float]]) -> None:
    assert [(e.foreign_party_code, e.quantity_min) for e in events_of(body) if e.event_type == "AID"] == expected


# --- statements that pledge nothing, gifts that are no handover ---------------------------------------------


@pytest.mark.parametrize("body", [
    # a prediction of what something will bring
    "Chuyến thăm của đoàn sẽ góp phần thúc đẩy quan hệ hợp tác giữa hai tỉnh Quảng Trị và Savannakhet.",
    # "sẽ" inside a wish
    "Đồng chí mong muốn qua kỳ họp sắp tới, hai bên sẽ cùng nhau chia sẻ kinh nghiệm giữa tỉnh Sơn La và tỉnh "
    "Hủa Phăn.",
    # readiness to cooperate, with no content
    "Phó Chủ tịch UBND tỉnh Nghệ An khẳng định tỉnh sẵn sàng chia sẻ và hợp tác với 3 tỉnh Bắc Lào kết nghĩa.",
    # a pledge to business people of a country, no government party
    "Lãnh đạo tỉnh Bắc Ninh cam kết luôn đồng hành, tạo điều kiện cho các nhà đầu tư Nhật Bản.",
])
def test_predictions_wishes_goodwill_and_pledges_to_investors_are_not_commitments(body: str) -> None:
    assert none_of(body, "COMMITMENT")


def test_a_hope_then_an_assertion_still_pledges() -> None:
    pledge = one("Ông Lò Văn Tiến mong muốn hai bên tăng cường hợp tác, khẳng định tỉnh Lai Châu sẽ tiếp tục hỗ trợ "
                 "tỉnh Phông Sả Lỳ đào tạo cán bộ.", "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code) == ("VN-01", "LA-PH")


@pytest.mark.parametrize("body", [
    # the surroundings of study are no school given
    "Trường Cao đẳng Nghệ An luôn chú trọng tạo môi trường học tập thân thiện cho lưu học sinh Lào thông qua nhiều "
    "hoạt động giao lưu, hỗ trợ thiết thực.",
    # the handover named as the occasion of a speech
    "Tỉnh Hòa Bình bàn giao nhà văn hóa cho tỉnh Xay Sổm Bun. Phát biểu tại lễ bàn giao nhà văn hóa, Phó Tỉnh trưởng "
    "tỉnh Xay Sổm Bun cảm ơn tỉnh Hòa Bình.",
    # one of many works over the years
    "Đây chỉ là một trong rất nhiều công trình mà Quân đội Việt Nam đã hỗ trợ cho Quân đội Lào trong những năm qua.",
])
def test_surroundings_occasions_and_works_in_general_are_no_new_gift(body: str) -> None:
    assert len([e for e in events_of(body) if e.event_type == "AID"]) == (1 if "bàn giao nhà" in body else 0)


def test_items_of_a_programme_after_its_pledge_are_commitments() -> None:
    body = ("Kế hoạch hợp tác năm 2020 giữa tỉnh Quảng Ngãi với các tỉnh Nam Lào vừa được phê duyệt. Cụ thể, tỉnh "
            "Quảng Ngãi sẽ tài trợ xây dựng 1 trạm y tế tại tỉnh Salavan. Hỗ trợ các tỉnh Attapư, Xê Kông mô hình "
            "trồng cà phê; hỗ trợ chuyên gia thú y. Hỗ trợ bệnh viện tỉnh Xê Kông 2 máy siêu âm; hỗ trợ máy tính cho "
            "Sở Giáo dục tỉnh Chăm-pa-xắc.")
    events = events_of(body)
    assert not [e for e in events if e.event_type == "AID"]
    assert [(e.vn_party_code, e.foreign_party_code) for e in events if e.event_type == "COMMITMENT"] == [
        ("VN-29", "LA-SL"), ("VN-29", "LA-AT"), ("VN-29", "LA-XE"), ("VN-29", "LA-XE"), ("VN-29", "LA-CH")]


def test_a_gift_told_without_a_pledge_before_it_is_aid() -> None:
    events = events_of("Tỉnh Sơn La đã trao tặng tỉnh Luông Pha Băng 500 triệu đồng. Hỗ trợ tỉnh Luông Pha Băng 20 "
                       "máy tính cho trường dân tộc nội trú.")
    assert [e.quantity_min for e in events if e.event_type == "AID"] == [5e8, 20]
    assert not [e for e in events if e.event_type == "COMMITMENT"]


def test_an_item_opens_on_a_verb_of_giving_not_on_any_verb() -> None:
    events = events_of("Hai tỉnh Quảng Trị và Savannakhet sẽ phối hợp tổ chức hội chợ thương mại. Ưu tiên hợp tác "
                       "trong lĩnh vực nông nghiệp giữa tỉnh Quảng Trị và tỉnh Savannakhet.")
    assert [e.evidence[:8] for e in events if e.event_type == "COMMITMENT"] == ["Hai tỉnh"]


def test_a_request_in_an_earlier_clause_leaves_a_new_pledge() -> None:
    pledge = one("Ông Hoàng Văn Nam đề nghị phía bạn đề xuất cụ thể thời gian, tỉnh Nghệ An sẵn sàng cử chuyên gia "
                 "sang tỉnh Xiêng Khoảng tập huấn.", "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code) == ("VN-22", "LA-XI")


def test_the_people_of_a_country_are_the_partner_province_not_the_country() -> None:
    gift = one("Tại huyện Đắc Chưng, tỉnh Sê Kông, tỉnh Quảng Nam đã khánh thành, bàn giao công trình trường phổ "
               "thông dành tặng con em các bộ tộc Lào của tỉnh Sê Kông.", "AID")
    assert (gift.vn_party_code, gift.foreign_party_code) == ("VN-27", "LA-XE")


@pytest.mark.parametrize("body", [
    # an honour given is a decoration, even to a school that names a province
    "Năm 2015, Nhà nước Lào đã trao tặng Trường THPT chuyên Hà Tĩnh Huân chương Hữu nghị.",
    "Tỉnh Xê Kông trao tặng Trường tiểu học Trà Dơn của tỉnh Quảng Nam Bằng khen vì thành tích giúp đỡ tỉnh bạn.",
    "Chủ tịch nước Lào trao tặng Kỷ niệm chương cho 12 cán bộ Bộ Chỉ huy Quân sự tỉnh Thanh Hóa.",
    "Năm 2018, tỉnh Chăm Pa Sắc trao tặng Trường Cao đẳng Kỹ thuật tỉnh Đắk Lắk Huân chương Lao động hạng Ba.",
    # businesses, unions and schools giving to foreign students who live here: charity at home
    "Trên địa bàn tỉnh Hà Tĩnh hiện có 300 lưu học sinh Lào. Nhân dịp Tết Bunpimay, Trường Đại học Nông Lâm trao "
    "tặng 120 suất quà cho lưu học sinh Lào đang học tại trường.",
    "Tỉnh Thừa Thiên Huế có gần 400 lưu học sinh Lào. Với sự hỗ trợ của các nhà hảo tâm, Thành đoàn và các trường đã "
    "trao tặng hàng trăm suất quà gồm gạo, mì tôm tới các em.",
    # given to people on the unit's own ground, on a page that names Laos elsewhere
    "Tỉnh Gia Lai đã hỗ trợ hơn 200 tấn gạo cho gần 8.000 học sinh trên địa bàn tỉnh. Lào là đất nước có nhiều nét "
    "văn hóa đặc sắc.",
    "Chủ tịch UBND tỉnh Quảng Ngãi trao 500 suất quà cho các hộ nghèo trên địa bàn tỉnh. Campuchia có nhiều lễ hội "
    "truyền thống.",
    # "chìa khóa trao tay": a way of building, nothing handed; the name of a year of friendship is no party
    "Dự án xây dựng bệnh viện hữu nghị là công trình trọng điểm phục vụ năm hữu nghị Việt Nam - Campuchia 2020 và "
    "được thực hiện theo phương thức chìa khóa trao tay.",
])
def test_honours_charity_at_home_and_turnkey_building_are_not_aid(body: str) -> None:
    assert none_of(body, "AID")


def test_money_to_a_school_is_aid_though_a_school_is_named() -> None:
    gift = one("Năm 2019, tỉnh Hà Tĩnh đã trao tặng Trường tiểu học Na Kai của tỉnh Khăm Muộn 200 triệu đồng.", "AID")
    assert (gift.vn_party_code, gift.foreign_party_code, gift.quantity_min) == ("VN-23", "LA-KH", 200_000_000)


def test_a_province_youth_union_giving_to_foreign_students_still_gives() -> None:
    gift = one("Trên địa bàn tỉnh Hà Tĩnh hiện có 300 lưu học sinh Lào. Tỉnh đoàn Hà Tĩnh trao tặng 120 suất quà "
               "cho lưu học sinh Lào đang học tại trường.", "AID")
    assert (gift.vn_party_code, gift.foreign_party_code) == ("VN-23", "LA")


@pytest.mark.parametrize(("body", "expected"), [
    # aid named as a noun: the giver after "của" is no receiver; the works named before are the receiver's
    ("Sáng 5/10 đã diễn ra lễ khánh thành Bệnh viện đa khoa tỉnh Hủa Phăn. Đây là công trình đầu tư từ nguồn vốn "
     "viện trợ không hoàn lại của Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam.", ("VN", "LA-HO")),
    # a gift named as a noun in a sentence pointing back ("Đây là quà tặng của X cho Y") to the works handed over
    ("Tỉnh Phông Sa Lỳ vừa tổ chức lễ khánh thành công trình nhà văn hóa. Đây là quà tặng của Ban Công tác đặc biệt "
     "Chính phủ Việt Nam cho Đảng bộ, chính quyền tỉnh Phông Sa Lỳ.",
     ("VN", "LA-PH")),
    # "ủng hộ tiền": money; a group of a country's provinces gives for that country, to the Vietnamese state
    ("Thời gian qua, nhiều tỉnh của Campuchia đã ủng hộ tiền nhằm chung tay cùng Chính phủ và nhân dân Việt Nam "
     "khắc phục hậu quả thiên tai.", ("VN", "KH")),
])
def test_aid_named_as_a_noun_and_money_given_bare(body: str, expected: tuple[str, str]) -> None:
    gift = one(body, "AID")
    assert (gift.vn_party_code, gift.foreign_party_code) == expected


@pytest.mark.parametrize("body", [
    "Ngành Giáo dục tỉnh Bình Phước đã hoàn tất công tác chuẩn bị, sẵn sàng cho năm học mới. Tỉnh Bình Phước giáp "
    "tỉnh Kratie của Campuchia.",
    "Lực lượng Bộ đội Biên phòng tỉnh Điện Biên sẵn sàng cho mùa mưa bão năm nay. Đoàn tỉnh Phông Sa Lỳ đã sang thăm "
    "tỉnh Điện Biên.",
])
def test_ready_for_an_occasion_is_no_pledge(body: str) -> None:
    assert none_of(body, "COMMITMENT")


def test_a_countrys_gift_summed_up_beside_its_provinces_gifts_is_told_once() -> None:
    lead = ("Lãnh đạo một số tỉnh Nam Lào đã đến Tổng Lãnh sự quán Việt Nam tại Pakse trao tặng tiền ủng hộ Chính phủ "
            "và nhân dân Việt Nam chống dịch.")
    assert [(e.vn_party_code, e.foreign_party_code) for e in events_of(lead) if e.event_type == "AID"] == [("VN", "LA")]
    gifts = [e for e in events_of(lead + " Tỉnh trưởng tỉnh Attapư trao tặng 5.000 USD giúp tỉnh Kon Tum chống dịch.")
             if e.event_type == "AID"]
    assert [(e.vn_party_code, e.foreign_party_code, e.quantity_min) for e in gifts] == [("VN-28", "LA-AT", 5000)]


def test_a_plans_content_is_no_pledge() -> None:
    assert none_of("Theo kế hoạch, Trường Đại học Tây Bắc sẽ đào tạo tiếng Việt cho 15 sinh viên tỉnh Hủa Phăn mới "
                   "tiếp nhận.", "COMMITMENT")


def test_a_place_named_in_a_route_is_no_partner_of_the_pledge() -> None:
    pledges = [e for e in events_of("Theo đó, ba tỉnh Quảng Bình, Khăm Muộn và Nakhon Phanom thống nhất tạo điều kiện "
                                    "thuận lợi cho xuất nhập cảnh, mở rộng tuyến xe khách Bangkok - Khăm Muộn - Đồng "
                                    "Hới.") if e.event_type == "COMMITMENT"]
    assert sorted(e.foreign_party_code for e in pledges) == ["LA-KH", "TH-48"]


# --- planned and decided gifts, pledge words that pledge nothing (tune7, audit2) -----------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Năm tới, tỉnh Quảng Trị có kế hoạch hỗ trợ 2 tỷ đồng giúp tỉnh Savannakhet xây dựng trường học.",
     ("VN-25", "LA-SV", "vn")),
    ("Tỉnh Hà Tĩnh dự định tài trợ 500 triệu đồng để tỉnh Khăm Muộn sửa chữa trạm y tế.", ("VN-23", "LA-KH", "vn")),
    # a decision to give whose carrying out the next sentence tells as still ahead
    ("Chính phủ Nhật Bản đã quyết định viện trợ 300.000 USD để hỗ trợ tỉnh Quảng Ngãi khắc phục hậu quả bão. Cơ quan "
     "này đang phối hợp với tỉnh để triển khai hỗ trợ.", ("VN-29", "JP", "foreign")),
    ("Tỉnh Bắc Giang quyết định tặng tỉnh Hủa Phăn công trình nhà văn hóa trị giá 5 tỷ đồng. Hai bên thống nhất "
     "khởi công trong quý III.", ("VN-54", "LA-HO", "vn")),
])
def test_a_planned_or_decided_gift_still_ahead_is_a_pledge_not_aid(body: str, expected: tuple[str, str, str]) -> None:
    pledges = [e for e in events_of(body) if e.event_type == "COMMITMENT"]
    assert (pledges[0].vn_party_code, pledges[0].foreign_party_code, pledges[0].committed_by) == expected
    assert none_of(body, "AID")


def test_a_decision_to_give_told_alone_is_the_gift() -> None:
    gift = one("Thủ tướng quyết định hỗ trợ 100.000 USD cho Chính phủ Lào để khắc phục hậu quả lũ lụt tại tỉnh "
               "Sekong.", "AID")
    assert (gift.vn_party_code, gift.foreign_party_code, gift.quantity_min) == ("VN", "LA", 100000)
    assert none_of("Thủ tướng quyết định hỗ trợ 100.000 USD cho Chính phủ Lào để khắc phục hậu quả lũ lụt tại tỉnh "
                   "Sekong.", "COMMITMENT")


def test_the_aim_of_a_pledge_named_with_a_giving_verb_is_no_delivered_gift() -> None:
    body = ("Tiếp tục triển khai các thỏa thuận hợp tác, hỗ trợ các tỉnh Nam Lào phát triển nông nghiệp, trong năm "
            "2026 tỉnh Quảng Nam sẽ hỗ trợ giống cây cà phê, phân bón cho tỉnh Sekong.")
    assert none_of(body, "AID")
    assert [(e.vn_party_code, e.foreign_party_code) for e in events_of(body) if e.event_type == "COMMITMENT"] == [
        ("VN-27", "LA-XE")]
    # a gift delivered before the pledge stays a gift
    gifts = [e for e in events_of("Tỉnh Quảng Nam đã hỗ trợ tỉnh Sekong 300 triệu đồng xây dựng trạm y tế và sẽ tiếp "
                                  "tục giúp đỡ tỉnh bạn.") if e.event_type == "AID"]
    assert [(e.foreign_party_code, e.quantity_min) for e in gifts] == [("LA-XE", 3e8)]


@pytest.mark.parametrize("body", [
    # a statement of resolve, "cam kết" inside a quotation of a treaty
    'Các đơn vị bày tỏ quyết tâm vun đắp quan hệ giữa tỉnh Lai Châu và tỉnh Phông Sa Lỳ, đúng với tinh thần Hiệp ước '
    'hữu nghị và hợp tác đã ký kết: "Hai bên cam kết ra sức bảo vệ và phát triển quan hệ đặc biệt',
    # "cam kết" naming the content of what was signed, or as a noun
    "Tại lễ kết nghĩa, hai huyện Mường Nhé và Mường Mày đã ký biên bản; đại diện 5 cặp bản kết nghĩa tỉnh Điện Biên "
    "và tỉnh Phông Sa Lỳ thực hiện ký kết các nội dung đã cam kết.",
    "Hướng đi này phù hợp với cam kết giữa tỉnh Bình Dương và tỉnh Kanagawa về phát triển công nghiệp.",
    # the purpose of talks
    "Buổi làm việc giữa tỉnh Kon Tum và tỉnh Attapư nhằm thống nhất kế hoạch phối hợp tìm kiếm hài cốt liệt sĩ.",
    # a report to one's own government, and what it asks for
    "Tỉnh An Giang và tỉnh Takeo sẽ báo cáo kết quả buổi làm việc lên Chính phủ hai nước để xin ý kiến, thống nhất "
    "thời gian tổ chức lễ khai trương cửa khẩu.",
    # what someone else agreed on ("được bà con … thống nhất")
    "Số tiền bán gỗ được bà con bản Na Mèo thống nhất để đầu tư xây dựng đường sá; tỉnh Thanh Hóa và tỉnh Hủa Phăn "
    "kết nghĩa đã lâu.",
    # ready to enter a stage
    "Tỉnh Đắk Lắk sẵn sàng bước vào giai đoạn phát triển mới cùng tỉnh Mondulkiri.",
])
def test_resolve_quotations_nouns_purposes_and_internal_steps_are_not_commitments(body: str) -> None:
    assert none_of(body, "COMMITMENT")


@pytest.mark.parametrize(("body", "expected"), [
    ("Lãnh đạo các tỉnh Kampot, Takeo và Kep đánh giá cao hợp tác với tỉnh Kiên Giang và cam kết phối hợp chặt chẽ "
     "trong quản lý biên giới.", {("KH-7", "foreign"), ("KH-21", "foreign"), ("KH-23", "foreign")}),
    ("Lãnh đạo tỉnh Vân Nam đánh giá cao tiềm năng của tỉnh Lào Cai và cam kết tạo điều kiện cho doanh nghiệp Lào "
     "Cai đầu tư.", {("CN-YN", "foreign")}),
    ("Lãnh đạo tỉnh Hà Giang đánh giá cao sự hợp tác với tỉnh Vân Nam và cam kết tạo điều kiện cho doanh nghiệp Vân "
     "Nam đầu tư.", {("CN-YN", "vn")}),
    ("Lãnh đạo hai tỉnh Quảng Trị và Savannakhet đánh giá cao kết quả hợp tác và cam kết phối hợp chặt chẽ trong "
     "phòng chống dịch bệnh.", {("LA-SV", "both")}),
])
def test_a_pledge_joined_to_an_earlier_predicate_is_its_subjects(body: str, expected: set[tuple[str, str]]) -> None:
    assert {(e.foreign_party_code, e.committed_by) for e in events_of(body) if e.event_type == "COMMITMENT"} == expected


def test_a_foreign_gift_named_after_the_goods_to_two_provinces_is_one_per_province() -> None:
    gifts = [e for e in events_of("Ngày 5-3, tại tỉnh Nam Định đã diễn ra Lễ bàn giao 8 xe cứu thương của Hàn Quốc cho "
                                  "3 tỉnh Nam Định, Ninh Bình và Thanh Hóa.") if e.event_type == "AID"]
    assert [(e.vn_party_code, e.foreign_party_code) for e in gifts] == [("VN-67", "KR"), ("VN-18", "KR"),
                                                                        ("VN-21", "KR")]
    assert none_of("Ngày 5-3, tỉnh Nam Định đã bàn giao 8 xe cứu thương cho 2 tỉnh Ninh Bình và Thanh Hóa.", "AID")


def test_relief_goods_sent_to_the_country_are_aid_to_the_state() -> None:
    gift = one("Ngày 2/9, Chính phủ Hàn Quốc thông qua KOICA đã gửi lô hàng cứu trợ đến Việt Nam nhằm hỗ trợ người dân "
               "vùng lũ tỉnh Yên Bái.", "AID")
    assert (gift.vn_party_code, gift.foreign_party_code) == ("VN", "KR")
    gift = one("Tỉnh Quảng Bình đã gửi lô hàng cứu trợ gồm gạo, mì tôm đến tỉnh Khăm Muộn để hỗ trợ người dân bị lũ "
               "lụt.", "AID")
    assert (gift.vn_party_code, gift.foreign_party_code) == ("VN-24", "LA-KH")


def test_aid_between_two_other_countries_is_no_event() -> None:
    assert none_of("Đoàn đã thăm bệnh viện tỉnh Savannakhet đang được xây dựng bằng nguồn vốn viện trợ của Chính phủ "
                   "Nhật Bản.", "AID")
    gift = one("Trường được xây dựng bằng nguồn vốn viện trợ không hoàn lại của Chính phủ Việt Nam cho tỉnh "
               "Savannakhet.", "AID")
    assert (gift.vn_party_code, gift.foreign_party_code) == ("VN", "LA-SV")


def test_a_sentence_pointing_back_to_a_handover_names_it_again() -> None:
    body = ("Số gạo này được đại diện Chính phủ Việt Nam bàn giao ngày 5/3 cho phía Cuba. Đây là lô gạo thứ hai "
            "được Việt Nam trao cho Cuba trong năm nay theo thỏa thuận giữa hai bộ nông nghiệp.")
    assert [(e.vn_party_code, e.foreign_party_code) for e in events_of(body) if e.event_type == "AID"] == [
        ("VN", "CU")]


# --- which side gives (committed_by of an AID) ------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    # the unit before the verb gives; the one after it receives
    ("Tỉnh Thừa Thiên Huế đã trao tặng tỉnh Sa-la-van 800 triệu đồng xây dựng nhà văn hóa.", ("VN-26", "LA-SL", "vn")),
    ("Tỉnh Bô-ly-khăm-xay đã trao tặng tỉnh Hà Tĩnh 90 triệu kíp ủng hộ đồng bào vùng lũ.", ("VN-23", "LA-BL",
                                                                                           "foreign")),
    ("Thành phố Đông Hưng (Quảng Tây) trao tặng thành phố Móng Cái 30.000 khẩu trang.", ("VN-13", "CN-GX", "foreign")),
    # "cho" names the receiver after the goods
    ("Tỉnh Gyeonggi đã tài trợ 100.000 USD cho tỉnh Bắc Ninh để xây dựng trạm y tế.", ("VN-56", "KR-41", "foreign")),
    ("Tỉnh Tây Ninh đã hỗ trợ 500 triệu đồng cho tỉnh Svay Rieng để sửa chữa trường học.", ("VN-37", "KH-20", "vn")),
    # a body abroad gives for its country, whatever the country where it sits
    ("Tổng Lãnh sự quán Lào tại Đà Nẵng đã trao tặng thành phố Đà Nẵng 5.000 USD ủng hộ người dân vùng bão.",
     ("VN-DN", "LA", "foreign")),
    # receiving: the subject receives, "do" names the giver
    ("Tỉnh Lào Cai tiếp nhận 20 tấn gạo do tỉnh Vân Nam hỗ trợ người dân vùng lũ.", ("VN-02", "CN-YN", "foreign")),
    ("Tỉnh Hủa Phăn đã tiếp nhận 3 xe cứu thương của tỉnh Thanh Hóa.", ("VN-21", "LA-HO", "vn")),
    ("Đoàn công tác tỉnh Xê Kông nhận bàn giao công trình trạm y tế do tỉnh Quảng Nam xây dựng tặng.",
     ("VN-27", "LA-XE", "vn")),
    # the gift named as a noun, its giver after "của"
    ("Trường tiểu học bản Na Keo của tỉnh Hủa Phăn được xây dựng bằng nguồn vốn viện trợ không hoàn lại của tỉnh "
     "Sơn La.", ("VN-05", "LA-HO", "vn")),
    # the state, or a gift sent to the country
    ("Chính phủ Hàn Quốc đã gửi lô hàng cứu trợ đến Việt Nam nhằm hỗ trợ người dân bị ảnh hưởng bởi lũ lụt.",
     ("VN", "KR", "foreign")),
    ("Bộ Tư lệnh Quân khu 4 đã trao tặng Bộ Quốc phòng Lào 10 tấn gạo.", ("VN", "LA", "vn")),
    # "do X" before a giving verb names the giver, wherever the aid noun stands
    ("Nhà văn hóa được xây bằng nguồn vốn viện trợ không hoàn lại do tỉnh Bắc Giang tặng bản Nà Hù, tỉnh Phông "
     "Sa Lỳ.", ("VN-54", "LA-PH", "vn")),
    # thanks name the giver
    ("Lãnh đạo tỉnh Sơn La cảm ơn tỉnh Hủa Phăn đã cử đoàn sang thăm hỏi, tặng 50 tấn gạo cho người dân vùng lũ.",
     ("VN-05", "LA-HO", "foreign")),
    # the unit travelled to receives; the traveller gives
    ("Tỉnh trưởng tỉnh Chăm-pa-xắc đã đến trụ sở UBND tỉnh Quảng Nam thăm hỏi và trao 20.000 USD ủng hộ người dân "
     "vùng bão.", ("VN-27", "LA-CH", "foreign")),
    # a ceremony: the works stand on the receiver's ground
    ("Tại lễ bàn giao công trình nhà lớp học bản Huổi Lả, tỉnh Luông Nặm Thà, lãnh đạo tỉnh Lào Cai đã trao tặng "
     "Huân chương Lao động cho tỉnh Luông Nặm Thà.", ("VN-02", "LA-LM", "vn")),
    ("Lễ khánh thành, bàn giao công trình trường mầm non xã Mường Khương, tỉnh Lào Cai, quà tặng của tỉnh Vân Nam, "
     "diễn ra sáng nay.", ("VN-02", "CN-YN", "foreign")),
    # the partner word after the verb receives
    ("Tỉnh Sóc Trăng đón đoàn tỉnh Sihanoukville. Năm ngoái, Sóc Trăng đã hỗ trợ tỉnh bạn 1 tỷ đồng xây dựng "
     "trường học.", ("VN-52", "KH-18", "vn")),
    # both sides inaugurate together: the works' ground receives
    ("Bí thư Tỉnh ủy Hà Giang và Bí thư tỉnh ủy Vân Nam cùng lãnh đạo hai tỉnh khánh thành công trình trạm y tế xã "
     "Thanh Thủy, tỉnh Hà Giang.", ("VN-03", "CN-YN", "foreign")),
    # thanks after the ceremony's verb; the Vietnamese community abroad is no side
    ("Phát biểu tại lễ bàn giao, Chủ tịch Hội người Việt Nam tại Xiêng Khoảng cảm ơn tỉnh Nghệ An đã tặng ngôi "
     "trường.", ("VN-22", "LA-XI", "vn")),
])
def test_the_side_that_gives_is_kept(body: str, expected: tuple[str, str, str]) -> None:
    gift = one(body, "AID")
    assert (gift.vn_party_code, gift.foreign_party_code, gift.committed_by) == expected


def test_a_foreign_gift_to_several_provinces_is_the_foreign_sides_in_each() -> None:
    gifts = [e for e in events_of("Tỉnh Chăm-pa-xắc đã trao 30.000 USD hỗ trợ hai tỉnh Quảng Ngãi và Bình Định khắc "
                                  "phục hậu quả bão.") if e.event_type == "AID"]
    assert [(e.vn_party_code, e.committed_by) for e in gifts] == [("VN-29", "foreign"), ("VN-31", "foreign")]


def test_a_detail_sentence_naming_no_side_keeps_the_handovers_giver() -> None:
    body = ("Thành phố Lào Cai tiếp nhận trang thiết bị y tế do thành phố Hà Khẩu (Vân Nam) trao tặng. "
            "Số trang thiết bị được trao tặng gồm 3 xe cứu thương và 20 máy thở.")
    gifts = [e for e in events_of(body) if e.event_type == "AID"]
    assert [(e.foreign_party_code, e.quantity_min, e.committed_by) for e in gifts] == [("CN-YN", 3, "foreign")]


def test_gifts_each_way_between_the_same_partners_stay_two() -> None:
    body = ("Thành phố Bằng Tường (Quảng Tây) đã trao tặng vật tư y tế cho thành phố Lạng Sơn. Tháng trước, thành "
            "phố Lạng Sơn đã hỗ trợ thành phố Bằng Tường một số vật tư y tế.")
    gifts = [e for e in events_of(body) if e.event_type == "AID"]
    assert [(e.vn_party_code, e.foreign_party_code, e.committed_by) for e in gifts] == [
        ("VN-09", "CN-GX", "foreign"), ("VN-09", "CN-GX", "vn")]


# --- partners and handovers told around a province's story ------------------------------------------------


def test_a_foreign_ministry_receives_for_its_country_on_a_page_about_a_province() -> None:
    body = ("Tỉnh Chăm-pa-xắc bị thiệt hại nặng do lũ quét. "
            "Chiều qua, Trưởng Cơ quan đại diện Bộ Quốc phòng Việt Nam tại Lào đã trao cho Thứ trưởng Bộ Quốc phòng "
            "Lào Khămphăn số tiền hỗ trợ 30.000 USD, giúp người dân vùng lũ sớm ổn định cuộc sống.")
    gift = one(body, "AID")
    assert (gift.vn_party_code, gift.foreign_party_code, gift.quantity_min) == ("VN", "LA", 3e4)


def test_a_gift_to_a_country_does_not_also_go_to_the_pages_province() -> None:
    body = ("Quân khu 5 thăm tỉnh Xê Kông. "
            "Tháng trước, Quân khu 5 đã trao tặng một số đơn vị của Lào 40.000 khẩu trang, chung tay cùng nhân dân Lào "
            "chống dịch.")
    assert [(e.vn_party_code, e.foreign_party_code) for e in events_of(body) if e.event_type == "AID"] == [
        ("VN", "LA")]


def test_after_an_earlier_gift_another_sum_of_the_same_goods_is_this_handover() -> None:
    body = ("Trước đó, Binh đoàn 15 đã trao tặng Quân đội nhân dân Lào 100.000 khẩu trang y tế. "
            "Tại thủ đô Viêng Chăn, Phó Tư lệnh Binh đoàn 15 đã trao tặng Bộ Quốc phòng Lào 60.000 khẩu trang.")
    assert [e.quantity_min for e in events_of(body) if e.event_type == "AID"] == [100000, 60000]


def test_the_country_giving_is_the_state_not_the_pages_province() -> None:
    body = ("Lãnh đạo tỉnh Quảng Trị dự lễ kỷ niệm tại tỉnh Savannakhet. "
            "Tại buổi lễ, ông Trần Văn Minh công bố món quà Việt Nam tặng Lào trị giá 2 triệu USD.")
    gift = one(body, "AID")
    assert (gift.vn_party_code, gift.foreign_party_code, gift.quantity_min) == ("VN", "LA", 2e6)


@pytest.mark.parametrize(("body", "expected"), [
    # screens and projectors, kindergartens built
    ("HĐND tỉnh Thái Bình trao tặng HĐND tỉnh Hủa Phăn hệ thống màn hình và máy chiếu phục vụ các kỳ họp.",
     ("VN-20", "LA-HO", "equipment")),
    ("Tỉnh Bắc Ninh đã hỗ trợ tỉnh Xiêng Khoảng xây dựng một trường mầm non tại huyện Phu Cút.",
     ("VN-56", "LA-XI", "construction")),
])
def test_screens_and_schools_given_are_aid(body: str, expected: tuple[str, str, str]) -> None:
    gift = one(body, "AID")
    assert (gift.vn_party_code, gift.foreign_party_code, gift.category) == expected


def test_keeping_up_a_scholarship_policy_is_a_pledge_keeping_up_relations_is_not() -> None:
    pledge = one("Tỉnh Thừa Thiên Huế sẽ duy trì chính sách học bổng dành cho sinh viên tỉnh Sa-la-van sang học tập.",
                 "COMMITMENT")
    assert (pledge.vn_party_code, pledge.foreign_party_code, pledge.committed_by) == ("VN-26", "LA-SL", "vn")
    assert none_of("Tỉnh Hưng Yên sẽ không ngừng duy trì, phát triển mối quan hệ tốt đẹp với tỉnh Phông-xa-lỳ.",
                   "COMMITMENT")


@pytest.mark.parametrize(("body", "expected"), [
    # where the disaster struck is no receiver when the country is named
    ("Thành phố Đà Nẵng đã trao 100.000 USD hỗ trợ nhân dân Thái Lan khắc phục hậu quả lũ lụt tại tỉnh Chiang Rai.",
     ("VN-DN", "TH")),
    ("Chính phủ quyết định hỗ trợ kinh phí khắc phục hậu quả sự cố sạt lở đất tại tỉnh Luông Pha Băng, nước CHDCND "
     "Lào.", ("VN", "LA")),
    # named alone, the struck province receives
    ("Tỉnh Sơn La trao 400 triệu đồng hỗ trợ người dân bị ảnh hưởng do lũ quét tại tỉnh Hủa Phăn.", ("VN-05", "LA-HO")),
])
def test_where_a_disaster_struck_yields_to_its_country(body: str, expected: tuple[str, str]) -> None:
    gift = one(body, "AID")
    assert (gift.vn_party_code, gift.foreign_party_code) == expected


def test_a_sentence_opening_on_specifically_details_the_gift_before() -> None:
    body = ("Thủ tướng Chính phủ vừa quyết định hỗ trợ kinh phí giúp nước CHDCND Lào khắc phục hậu quả mưa lũ. "
            "Cụ thể, Thủ tướng quyết định hỗ trợ 300.000 USD cho Chính phủ Lào từ nguồn dự phòng ngân sách.")
    gifts = [e for e in events_of(body) if e.event_type == "AID"]
    assert [(e.vn_party_code, e.foreign_party_code, e.quantity_min) for e in gifts] == [("VN", "LA", 3e5)]


@pytest.mark.parametrize(("body", "pledged"), [
    # delegations to be sent on a visit are a visit planned, not a pledge
    ("Tỉnh Phú Yên sẽ tổ chức các đoàn công tác sang thăm và làm việc với các sở, ngành tỉnh Chăm-pa-xắc.", False),
    ("Tỉnh Kon Tum sẽ cử đoàn sang khảo sát cửa khẩu của tỉnh Át-tạ-pư.", False),
    # sent to help, they are
    ("Tỉnh Kon Tum sẽ cử đoàn bác sĩ sang hỗ trợ tỉnh Át-tạ-pư phòng chống sốt rét.", True),
])
def test_delegations_sent_to_visit_are_no_pledge(body: str, pledged: bool) -> None:
    assert (not none_of(body, "COMMITMENT")) == pledged


@pytest.mark.parametrize(("body", "event_type", "expected"), [
    # the province where the works given stand receives them; "tuyến huyện" is a level, no route
    ("Nhà nước Việt Nam sẽ tặng nhân dân Lào công trình Bệnh viện tuyến huyện tại tỉnh Bô-ly-khăm-xay.",
     "COMMITMENT", ("VN", "LA-BL")),
    ("Bộ Quốc phòng Việt Nam đã bàn giao cho Quân đội nhân dân Lào công trình trường học tại tỉnh Sa-la-van.",
     "AID", ("VN", "LA-SL")),
])
def test_the_province_where_the_works_stand_receives_them(
        body: str, event_type: str, expected: tuple[str, str]) -> None:
    event = one(body, event_type)
    assert (event.vn_party_code, event.foreign_party_code) == expected


def test_viet_nam_named_in_a_representatives_words_is_not_the_giver() -> None:
    body = ("Tỉnh Luông Pha Băng đã trao tặng tỉnh Điện Biên 10.000 USD. "
            "Thay mặt các tỉnh của Việt Nam, Tổng Lãnh sự Nguyễn Văn An đã tiếp nhận món quà do tỉnh Luông Pha Băng "
            "trao tặng.")
    gifts = [e for e in events_of(body) if e.event_type == "AID"]
    assert [(e.vn_party_code, e.foreign_party_code, e.committed_by) for e in gifts] == [("VN-71", "LA-LP", "foreign")]


def test_the_works_and_where_they_stand_are_no_giver() -> None:
    body = ("Lãnh đạo thành phố Đà Nẵng dự lễ tại tỉnh Sê Kông. "
            "Sau 8 tháng thi công, công trình Trường Tiểu học Hữu nghị tỉnh Sê Kông đã hoàn thành và bàn giao cho "
            "ngành giáo dục tỉnh Sê Kông.")
    gift = one(body, "AID")
    assert (gift.vn_party_code, gift.foreign_party_code, gift.committed_by) == ("VN-DN", "LA-XE", "vn")


def test_a_programmes_items_after_its_visits_are_still_pledged() -> None:
    body = ("Cụ thể, tỉnh Phú Yên sẽ tài trợ xây dựng một trạm y tế tại tỉnh Chăm-pa-xắc. "
            "Tỉnh Phú Yên sẽ tổ chức các đoàn công tác sang thăm và làm việc với các sở của tỉnh Chăm-pa-xắc. "
            "Hỗ trợ bệnh viện tỉnh Chăm-pa-xắc 2 máy siêu âm.")
    events = events_of(body)
    assert not [e for e in events if e.event_type == "AID"]
    assert len([e for e in events if e.event_type == "COMMITMENT"]) == 2


@pytest.mark.parametrize("body", [
    "Đoàn đại biểu tỉnh Kon Tum sang thăm tỉnh Attapeu. Ông Vilay cho biết, năm 2026 Lào sẽ tiến hành bầu cử Quốc "
    "hội khóa mới, đây là sự kiện chính trị lớn của đất nước.",
    "Lãnh đạo tỉnh Điện Biên tiếp đoàn tỉnh Phông Sả Lỳ. Năm tới, tỉnh Phông Sả Lỳ sẽ tổ chức Đại hội Đảng bộ tỉnh "
    "lần thứ XII.",
    "Đoàn tỉnh An Giang thăm tỉnh Takeo. Ông Chea cho biết Campuchia sẽ tổ chức tổng tuyển cử vào tháng 7.",
])
def test_a_sides_own_political_calendar_is_no_pledge(body: str) -> None:
    assert none_of(body, "COMMITMENT")


@pytest.mark.parametrize("body", [
    "Hội nghị diễn ra tại Hội trường tỉnh An Giang. Việt Nam và Campuchia nhất trí tiếp tục đầu tư nâng cấp các "
    "cặp cửa khẩu biên giới giữa hai nước.",
    "Buổi hội đàm được tổ chức tại tỉnh Lạng Sơn. Việt Nam và Trung Quốc thống nhất sẽ phối hợp xây dựng cầu đường "
    "bộ qua biên giới.",
])
def test_viet_nam_and_its_partner_pledging_together_are_the_two_states(body: str) -> None:
    pledge = one(body, "COMMITMENT")
    assert (pledge.vn_party_code, pledge.committed_by) == ("VN", "both")


def test_a_clause_after_a_semicolon_pledges_for_its_own_subject() -> None:
    body = ("Bộ Quốc phòng Việt Nam trao tặng 10 xe ô tô cho Bộ Quốc phòng Lào. Thượng tướng Hoàng Văn Minh tin "
            "tưởng Bộ Quốc phòng Lào sẽ sử dụng tốt số xe mà Việt Nam trao tặng; khẳng định, Quân đội Việt Nam luôn "
            "sẵn sàng hợp tác, giúp đỡ Quân đội Lào; đồng thời cùng nhau thống nhất nhận định về tình hình khu vực.")
    pledges = [e for e in events_of(body) if e.event_type == "COMMITMENT"]
    assert [(e.vn_party_code, e.foreign_party_code, e.committed_by) for e in pledges] == [("VN", "LA", "vn")]


@pytest.mark.parametrize("body", [
    "Lễ kết nghĩa giữa xã A Vao và bản Ta Oi được tổ chức tại tỉnh Quảng Trị với tỉnh Salavan. Nhân dân hai bên "
    "cùng hỗ trợ, giúp đỡ nhau phát triển sản xuất, chú trọng hỗ trợ xây dựng các công trình dân sinh.",
    "Huyện Mường Lát kết nghĩa với huyện Xốp Bau, tỉnh Hủa Phăn. Theo quy chế, hai bên cùng giúp đỡ lẫn nhau "
    "xây dựng nhà văn hóa, trạm y tế ở các bản biên giới.",
    "Thôn Na Lương kết nghĩa với thôn Bắc Sơn của tỉnh Quảng Tây. Nhân dân hai thôn thống nhất thực hiện các nội "
    "dung đã ký như: hỗ trợ, giúp đỡ nhau xây dựng công trình thủy lợi nhỏ.",
])
def test_help_both_sides_give_each_other_is_no_aid(body: str) -> None:
    assert none_of(body, "AID")


@pytest.mark.parametrize(("body", "expected"), [
    ("Sáng 5/3 tại tỉnh Khăm Muộn của Lào đã diễn ra Lễ khởi công Dự án nâng cấp Bệnh viện huyện Thà Khẹc. Đây là "
     "món quà thiết thực của Đảng, Nhà nước và nhân dân Việt Nam dành tặng Đảng, Nhà nước và nhân dân Lào.",
     ("VN", "LA-KH", "vn")),
    ("Chiều 12/8, tại tỉnh Sê Kông đã khánh thành Trường trung học Hữu nghị huyện Đắc Chưng. Đây là một món quà "
     "ý nghĩa của nhân dân Việt Nam gửi tặng nhân dân Lào.",
     ("VN", "LA-XE", "vn")),
])
def test_a_gift_pointing_back_goes_to_the_province_of_the_works(body: str, expected: tuple[str, str, str]) -> None:
    gift = one(body, "AID")
    assert (gift.vn_party_code, gift.foreign_party_code, gift.committed_by) == expected


@pytest.mark.parametrize("proverb", ["hạt muối cắn đôi, cọng rau bẻ nửa", "hạt gạo cắn đôi, cọng rau bẻ nửa"])
def test_a_proverb_of_sharing_gives_no_rice(proverb: str) -> None:
    body = (f"Tỉnh Sơn La tặng 500 triệu đồng cho tỉnh Hủa Phăn. Món quà được trao trên tinh thần \"{proverb}\" "
            "của tình đoàn kết đặc biệt.")
    gifts = [e for e in events_of(body) if e.event_type == "AID"]
    assert [(e.vn_party_code, e.foreign_party_code, e.quantity_min) for e in gifts] == [("VN-05", "LA-HO", 5e8)]
