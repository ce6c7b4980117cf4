"""AGREEMENT: which texts are signed agreements between a Vietnamese unit and a foreign partner.

Pins down, with sentences written for these tests:
- the nouns of the genre: biên bản ghi nhớ, bản ghi nhớ, thỏa thuận hợp tác, biên bản thỏa thuận,
  kế hoạch hợp tác giai đoạn …, kế hoạch / biên bản hợp tác năm …, biên bản hội đàm, biên bản ký kết;
- agreements signed now and agreements cited ("trên cơ sở biên bản đã ký năm …", "được ký kết vào
  tháng …", "đã triển khai hiệu quả … giai đoạn …"), with their signing date and their period;
- one event per partner when several are named, each with its own date; the same agreement named twice
  is one event, two agreements of one pair are two;
- not agreements: planned or negotiated signings ("dự kiến ký", "tiến tới ký kết", "đang đàm phán",
  "dự thảo", "đề nghị … sớm ký kết", "mong muốn … ký"), agreements in general ("những thỏa thuận",
  "các hiệp định"), agreements with a Vietnamese bank, university or company, contracts between
  companies, agreements between two Vietnamese provinces;
- several agreements of one sentence, each with the partner of its own clause; a memorandum of a meeting of
  several countries' provinces, one event per foreign province; "thống nhất ký" at a summit is a signing;
- treaties and protocols bind the states; anniversaries of a treaty, relations "Việt Nam - Lào", counted
  documents between unnamed parties and cooperation programmes neither signed nor dated are no agreement;
- a signed undertaking ("ký cam kết") is an agreement, a signing asked for ("đề nghị … ký kết") is not; a
  ministries' memorandum binds the states and named again bare is the same; documents a count lists are one
  each; a province's military command ("Bộ CHQS tỉnh") signs for the province; a company and a business
  association, or signatories named by business titles, sign no agreement of a government.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.helpers import events_of, none_of


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


Row = tuple[str | None, str | None, tuple[int, int] | None, date | None, str | None]


def agreements(body: str, published: date | None = None) -> list[Row]:
    """(vn, foreign, period, signing date, date precision) of every AGREEMENT, one row per event."""
    found = [e for e in events_of(body, published) if e.event_type == "AGREEMENT"]
    return sorted(((e.vn_party_code, e.foreign_party_code,
                    (e.period_start, e.period_end) if e.period_start is not None else None,
                    e.event_date, e.date_precision) for e in found), key=str)


@pytest.mark.parametrize(("body", "published", "expected"), [
    # signed now, with a period
    ("Hai tỉnh Thanh Hóa và Hủa Phăn đã ký biên bản ghi nhớ hợp tác giai đoạn 2026 - 2030.", None,
     [("VN-21", "LA-HO", (2026, 2030), None, None)]),
    ("UBND thành phố Hà Nội và chính quyền Thủ đô Viêng Chăn đã ký kế hoạch hợp tác giai đoạn 2025 - 2027.", None,
     [("VN-HN", "LA-VT", (2025, 2027), None, None)]),
    ("UBND tỉnh Hòa Bình và chính quyền tỉnh Nagano ký biên bản ghi nhớ về hợp tác đào tạo nguồn nhân lực giai "
     "đoạn 2025 - 2028.", None,
     [("VN-14", "JP-20", (2025, 2028), None, None)]),
    ("Ngày 8/5/2024, tỉnh Đắk Nông và tỉnh Mondulkiri đã ký biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028.", None,
     [("VN-72", "KH-11", (2024, 2028), date(2024, 5, 8), "day")]),
    # a plan for one year runs for that year
    pytest.param(
        "Tỉnh Điện Biên và tỉnh Phông-xa-lỳ đã ký kết kế hoạch hợp tác năm 2025.", None,
        [("VN-71", "LA-PH", (2025, 2025), None, None)]),
    pytest.param(
        "Biên bản hợp tác năm 2024 giữa Sở Y tế tỉnh Thừa Thiên Huế và Sở Y tế tỉnh Sa-la-van đã được ký kết hôm qua.",
        date(2024, 3, 21),
        [("VN-26", "LA-SL", (2024, 2024), date(2024, 3, 20), "day")]),
    # cited, with the date it was signed
    ("Trên cơ sở biên bản ghi nhớ đã ký năm 2019, tỉnh Kon Tum và tỉnh Attapư tiếp tục mở rộng hợp tác trên "
     "nhiều lĩnh vực.", None,
     [("VN-28", "LA-AT", None, date(2019, 1, 1), "year")]),
    pytest.param(
        "Thỏa thuận hợp tác giữa tỉnh Lạng Sơn và Khu tự trị dân tộc Choang Quảng Tây được ký kết vào tháng 3/2022.",
        None,
        [("VN-09", "CN-GX", None, date(2022, 3, 1), "month")]),
    pytest.param(
        "Biên bản ghi nhớ giữa thành phố Hải Phòng và tỉnh Viêng Chăn ký năm 2017 đã mở ra nhiều hướng hợp tác mới.",
        None,
        [("VN-HP", "LA-VI", None, date(2017, 1, 1), "year")]),
    ("Tỉnh Bắc Giang và tỉnh Gyeonggi (Hàn Quốc) đã ký thỏa thuận thiết lập quan hệ hợp tác hữu nghị vào ngày 12 "
     "tháng 10 năm 2023.", None,
     [("VN-54", "KR-41", None, date(2023, 10, 12), "day")]),
    ("Hai tỉnh Sơn La và Luông Pha Băng đã triển khai hiệu quả biên bản thỏa thuận hợp tác giai đoạn 2021 - 2025.",
     None,
     [("VN-05", "LA-LP", (2021, 2025), None, None)]),
    # "(cũ)": the old province keeps its own code
    ("Biên bản ghi nhớ giai đoạn 2023 - 2027 do tỉnh Long An (cũ) và tỉnh Prey Veng ký kết tiếp tục được triển "
     "khai.", None,
     [("VN-41", "KH-14", (2023, 2027), None, None)]),
    # several partners: one event each
    ("Tỉnh Gia Lai đã ký biên bản ghi nhớ hợp tác giai đoạn 2025 - 2029 với hai tỉnh Ratanakiri và Stung Treng "
     "(Campuchia).", None,
     [("VN-30", "KH-16", (2025, 2029), None, None), ("VN-30", "KH-19", (2025, 2029), None, None)]),
    ("Tỉnh Quảng Nam ký thỏa thuận hợp tác với các tỉnh Nam Lào (Sa-la-van, Xê Kông, Attapư) giai đoạn 2026 - "
     "2030.", None,
     [("VN-27", "LA-SL", (2026, 2030), None, None), ("VN-27", "LA-XE", (2026, 2030), None, None),
      ("VN-27", "LA-AT", (2026, 2030), None, None)]),
    ("Tỉnh Quảng Ninh đã ký thỏa thuận hợp tác với tỉnh Quảng Đông (tháng 9/2018) và tỉnh Kanagawa (tháng "
     "11/2022).", None,
     [("VN-13", "CN-GD", None, date(2018, 9, 1), "month"), ("VN-13", "JP-14", None, date(2022, 11, 1), "month")]),
    # one agreement named twice; two agreements of one pair
    ("Tỉnh Hà Tĩnh và tỉnh Khăm Muộn đã ký thỏa thuận hợp tác giai đoạn 2026 - 2030. "
     "Thỏa thuận hợp tác này tập trung vào giáo dục, y tế và thương mại.", None,
     [("VN-23", "LA-KH", (2026, 2030), None, None)]),
    ("Hai tỉnh Quảng Trị và Savannakhet đã ký thỏa thuận hợp tác giai đoạn 2026 - 2030. "
     "Trước đó, năm 2021, hai tỉnh đã ký thỏa thuận hợp tác giai đoạn 2021 - 2025.", None,
     [("VN-25", "LA-SV", (2026, 2030), None, None), ("VN-25", "LA-SV", (2021, 2025), date(2021, 1, 1), "year")]),
])
def test_agreements_with_their_parties_dates_and_periods(body: str, published: date | None,
                                                        expected: list[Row]) -> None:
    assert agreements(body, published) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), [
    ("Tại Hội nghị hợp tác lần thứ 8, tỉnh Cao Bằng và Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) đã ký biên "
     "bản ký kết về hợp tác thương mại biên giới.", [("VN-04", "CN-GX")]),
    ("Sau hội đàm, lãnh đạo hai tỉnh Quảng Trị và Savannakhet đã ký biên bản hội đàm năm 2024.",
     [("VN-25", "LA-SV")]),
    ("Bộ Công Thương Việt Nam và Bộ Công Thương Lào đã ký bản ghi nhớ về hợp tác trong lĩnh vực năng lượng.",
     [("VN", "LA")]),
    ("Hai bên đã ký văn kiện hợp tác về giáo dục giữa tỉnh Trà Vinh và tỉnh Takeo.", [("VN-51", "KH-21")]),
    # letters of intent, written memoranda and twinning accords between provinces
    ("Năm 2018, tỉnh Hưng Yên và tỉnh Gunma đã ký ý định thư về hợp tác đào tạo điều dưỡng.", [("VN-66", "JP-10")]),
    ("Tỉnh Vĩnh Long và tỉnh Kampong Cham đã ký thư ý định hợp tác trong lĩnh vực y tế.", [("VN-49", "KH-3")]),
    ("Tỉnh Phú Yên và tỉnh Xê Kông ký kết văn bản ghi nhớ về hợp tác phát triển.", [("VN-32", "LA-XE")]),
    ("Tỉnh Quảng Ngãi và tỉnh Attapeu đã ký kết Hiệp định kết nghĩa giữa hai tỉnh.", [("VN-29", "LA-AT")]),
])
def test_records_of_talks_and_signings_are_agreements(body: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((vn, foreign) for vn, foreign, *_ in agreements(body)) == expected


@pytest.mark.parametrize("body", [
    # planned, negotiated, drafted, asked for
    "Hai bên dự kiến ký kết biên bản ghi nhớ giai đoạn 2026 - 2030 giữa tỉnh Lai Châu và tỉnh Phông-xa-lỳ trong "
    "chuyến thăm tới.",
    "Tỉnh Thái Bình và tỉnh Gyeongsangbuk đang trao đổi để tiến tới ký kết thỏa thuận hợp tác.",
    "Hai tỉnh Cao Bằng và Quảng Tây đang đàm phán thỏa thuận hợp tác về quản lý cửa khẩu.",
    "Hai bên giao các sở, ngành xây dựng dự thảo kế hoạch hợp tác năm 2026 giữa tỉnh Kon Tum và tỉnh Attapư.",
    "Tỉnh Xê Kông đề nghị tỉnh Quảng Nam sớm ký kết biên bản ghi nhớ giai đoạn mới.",
    "Tỉnh Tây Ninh mong muốn sớm ký thỏa thuận hợp tác với tỉnh Kampong Cham.",
    # agreements in general
    "Lực lượng biên phòng hai bên thực hiện nghiêm những thỏa thuận về quản lý biên giới Việt Nam - Campuchia.",
    "Các hiệp định thương mại giữa Việt Nam và Lào tạo thuận lợi cho hàng hóa qua cửa khẩu.",
    # no foreign government party
    "Tỉnh Đồng Tháp và Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam đã ký thỏa thuận hợp tác giai đoạn "
    "2024 - 2028.",
    pytest.param(
        "Đoàn đại biểu tỉnh Xiêng Khoảng đang thăm tỉnh Nghệ An. "
        "Cùng ngày, UBND tỉnh Nghệ An và Trường Đại học Vinh đã ký kết thỏa thuận hợp tác về đào tạo nguồn nhân lực."),
    pytest.param(
        "Tỉnh Lào Cai đón đoàn đại biểu tỉnh Vân Nam. "
        "Nhân dịp này, UBND tỉnh Lào Cai và Tập đoàn Viettel đã ký thỏa thuận hợp tác về chuyển đổi số."),
    pytest.param(
        "Doanh nghiệp tỉnh Lào Cai và doanh nghiệp tỉnh Vân Nam đã ký 15 hợp đồng hợp tác thương mại tại hội chợ."),
    "Tỉnh Quảng Trị và tỉnh Thừa Thiên Huế ký kết chương trình hợp tác phát triển du lịch giai đoạn 2025 - 2030.",
    # memoranda between businesses of the two sides
    "Tại diễn đàn, 12 biên bản ghi nhớ (MOU) giữa các doanh nghiệp tỉnh Bình Dương và tỉnh Gyeonggi đã được trao.",
    # a company and a business association sign, or signatories with business titles: no government
    "Công ty Cổ phần Sao Mai cùng Hiệp hội Doanh nghiệp Nhật Bản tại Việt Nam ký hợp tác kết nối đầu tư vào tỉnh "
    "Bắc Ninh.",
    "Tỉnh Long An đón đoàn doanh nghiệp Hàn Quốc. Bản ghi nhớ được ký ngày 5/3, bởi ông Park Min Soo, Chủ tịch "
    "hiệp hội và bà Trần Thu Hà, Tổng giám đốc công ty.",
])
def test_planned_general_and_domestic_signings_are_not_agreements(body: str) -> None:
    assert none_of(body, "AGREEMENT")


@pytest.mark.parametrize(("body", "agreements"), [
    ("Tỉnh Điện Biên đề nghị Bộ Giáo dục và Đào tạo bố trí kinh phí đào tạo lưu học sinh Lào theo Hiệp định giữa "
     "hai Chính phủ.", 0),
    ("Theo Biên bản ghi nhớ ký năm 2021, tỉnh Lai Châu và tỉnh Phông-xa-lỳ phối hợp quản lý biên giới.", 1),
])
def test_an_agreement_named_only_as_the_basis_of_a_request_is_no_event(body: str, agreements: int) -> None:
    assert len([e for e in events_of(body) if e.event_type == "AGREEMENT"]) == agreements


@pytest.mark.parametrize(("body", "expected"), [
    # signing "hợp tác" without a document noun, and the minutes of a conference
    ("Năm 2023, hai tỉnh An Giang và Takeo đã ký kết hợp tác về thương mại, du lịch và phòng chống tội phạm.",
     [("VN-44", "KH-21")]),
    ("Biên bản Hội nghị cấp cao giữa tỉnh Quảng Trị và tỉnh Salavan được ký ngày 12/3/2024 tại thành phố Đông Hà.",
     [("VN-25", "LA-SL")]),
    # several signatories of each side: the article's own province signs with each foreign one
    ("Tỉnh Nghệ An đã triển khai Biên bản hợp tác ký ngày 5/5/2024 giữa các tỉnh: Hủa Phăn, Xiêng Khoảng (Lào); "
     "Thanh Hóa, Nghệ An (Việt Nam). Sở Ngoại vụ Nghệ An đã tham mưu cho tỉnh.",
     [("VN-22", "LA-HO"), ("VN-22", "LA-XI")]),
    # "thỏa thuận lần này" points back to the agreement already counted
    ("Ngày 10/4, tỉnh Kiên Giang và tỉnh Kampot ký biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030. Thỏa thuận "
     "lần này mở ra cơ hội hợp tác mới giữa Việt Nam và Campuchia.", [("VN-47", "KH-7")]),
])
def test_signings_without_a_document_noun_minutes_and_back_references(body: str,
                                                                      expected: list[tuple[str, str]]) -> None:
    assert sorted((e.vn_party_code, e.foreign_party_code) for e in events_of(body)
                  if e.event_type == "AGREEMENT") == expected


def test_a_memorandum_signed_now_beside_an_old_one_is_a_second_agreement() -> None:
    body = ("Đoàn công tác thành phố Đà Nẵng đã ký kết bản ghi nhớ hợp tác với thành phố Sakai (Nhật Bản). Trên tinh "
            "thần Bản ghi nhớ hữu nghị giữa thành phố Sakai và Đà Nẵng ký ngày 20/2/2009, hai bên đã triển khai "
            "nhiều chương trình giao lưu.")
    found = [e for e in events_of(body, date(2019, 2, 24)) if e.event_type == "AGREEMENT"]
    assert sorted(str(e.event_date) for e in found) == ["2009-02-20", "None"]


@pytest.mark.parametrize(("body", "expected"), [
    # each agreement of a sentence goes to the partner its own clause names, not to every partner of the sentence
    ("Từ chủ trương hợp tác của Chính phủ hai nước, tỉnh Quảng Nam đã ký biên bản ghi nhớ với tỉnh Xê Kông giai đoạn "
     "2021 - 2025; thỏa thuận hợp tác giữa Hội Hữu nghị Việt Nam - Lào tỉnh Quảng Nam và Hội Hữu nghị Lào - Việt Nam "
     "tỉnh Attapư giai đoạn 2019 - 2024.",
     [("VN-27", "LA-AT", (2019, 2024)), ("VN-27", "LA-XE", (2021, 2025))]),
    # the signatories may stand before the verb of their own clause
    ("Tỉnh Lào Cai đã ký thỏa thuận khung với Tỉnh ủy Vân Nam; tỉnh Lào Cai và Khu tự trị dân tộc Choang Quảng Tây đã "
     "ký hợp tác toàn diện, góp phần vun đắp quan hệ giữa Việt Nam và Trung Quốc.",
     [("VN-02", "CN-GX", None), ("VN-02", "CN-YN", None)]),
])
def test_several_agreements_of_one_sentence_keep_their_own_partners(body: str, expected: list) -> None:
    assert [row[:3] for row in agreements(body)] == sorted(expected, key=str)


def test_a_memorandum_of_a_meeting_of_three_countries_goes_to_every_foreign_province() -> None:
    body = ("Ngày 5/11, tại thành phố Vinh diễn ra Hội nghị hợp tác thương mại giữa 3 tỉnh Nghệ An (Việt Nam), "
            "Bôlykhămxay (Lào) và Nakhon Phanom (Thái Lan). Hội nghị rà soát kết quả năm qua. "
            "Đồng thời thảo luận và thống nhất ký biên bản ghi nhớ về hợp tác du lịch trong thời gian tới.")
    assert [row[:2] for row in agreements(body)] == [("VN-22", "LA-BL"), ("VN-22", "TH-48")]


def test_agreed_to_sign_at_a_summit_is_signed_beside_last_years_record_it_builds_on() -> None:
    body = ("Đại biểu hai tỉnh Quảng Bình và Khăm Muộn đã thảo luận, đi đến thống nhất ký kết biên bản ghi nhớ hợp tác "
            "thời gian tới. Trên cơ sở nội dung biên bản ký kết tại Hội nghị cấp cao năm 2024, hai tỉnh đã đạt "
            "nhiều kết quả.")
    assert [(vn, foreign, signed) for vn, foreign, _, signed, _ in agreements(body, date(2025, 11, 20))] == [
        ("VN-24", "LA-KH", None), ("VN-24", "LA-KH", date(2024, 1, 1))]
    # named without being the basis of the new one, last year's record is the one the page reports
    body = ("Hai tỉnh Quảng Bình và Khăm Muộn đã ký biên bản ghi nhớ hợp tác. Biên bản ký năm 2024 đã được hai bên "
            "triển khai hiệu quả.")
    assert len(agreements(body, date(2025, 1, 10))) == 1


def test_a_signing_witnessed_by_the_provinces_leaders_is_told_by_its_ceremony() -> None:
    body = ("Đây là chuyến thăm theo lời mời của lãnh đạo tỉnh Luông Nậm Thà và Thỏa thuận hợp tác giữa hai tỉnh. "
            "Lãnh đạo hai tỉnh Lai Châu và Luông Nậm Thà chứng kiến lễ ký kết thỏa thuận hợp tác giữa UBND huyện "
            "Phong Thổ (Lai Châu) và huyện Long (Luông Nậm Thà).")
    found = [e for e in events_of(body) if e.event_type == "AGREEMENT"]
    assert [(e.vn_party_code, e.foreign_party_code) for e in found] == [("VN-01", "LA-LM")]
    assert "lễ ký kết" in found[0].evidence


def test_a_memorandum_signed_on_the_day_the_page_opens_with_beside_one_dated_in_its_own_phrase() -> None:
    body = ("Ngày 14-3, đoàn công tác thành phố Hải Phòng do Phó Chủ tịch UBND thành phố làm trưởng đoàn có buổi "
            "ký kết bản ghi nhớ hợp tác giữa UBND thành phố và chính quyền thành phố Kitakyushu (Nhật Bản). "
            "Trên tinh thần Bản ghi nhớ hữu nghị giữa thành phố Kitakyushu (Nhật Bản) và Hải Phòng vào ngày "
            "10-4-2014, hai bên đã triển khai nhiều chương trình giao lưu.")
    assert sorted((e.event_date.month, e.event_date.day, e.date_precision) for e in events_of(body)
                  if e.event_type == "AGREEMENT") == [(3, 14, "day"), (4, 10, "day")]


@pytest.mark.parametrize(("body", "expected"), [
    # a protocol or a treaty binds the two states, whichever province hosts the meeting
    ("Hội nghị tại tỉnh Đồng Tháp khẳng định Nghị định thư về hợp tác giáo dục đã được hai phía triển khai nghiêm "
     "túc, việc học của lưu học sinh Campuchia ngày càng được quan tâm.", [("VN", "KH")]),
    # an anniversary of a treaty is no agreement of the page; a relation "Lào - Việt Nam" names no signatory
    ("Ngày 3/3, lãnh đạo tỉnh Khăm Muộn tiếp đoàn đại biểu tỉnh Quảng Bình. Hai bên tập trung triển khai nội dung "
     "biên bản hợp tác đã ký kết năm 2021 và chuẩn bị chào mừng 60 năm quan hệ ngoại giao Lào - Việt Nam; 45 năm "
     "ký kết Hiệp định Hữu nghị Lào - Việt Nam.", [("VN-24", "LA-KH")]),
    # a country's counterpart is the state when no Vietnamese unit is named
    ("Tại hội đàm, Bộ trưởng Nguyễn Văn Hùng đánh giá cao kết quả thực hiện Kế hoạch hợp tác năm 2024 với Lào.",
     [("VN", "LA")]),
    # counts of documents: with named provinces an agreement each, between unnamed parties at a forum none
    ("Tỉnh Tây Ninh đã ký 3 thỏa thuận hợp tác với các tỉnh Svay Rieng và Prey Veng.",
     [("VN-37", "KH-14"), ("VN-37", "KH-20")]),
    ("Sáng 8/9, tại Diễn đàn doanh nghiệp Việt Nam - Nhật Bản ở Tokyo, Thủ tướng đã chứng kiến lễ trao 20 thỏa thuận "
     "hợp tác giữa các bên.", []),
])
def test_states_anniversaries_and_counted_documents(body: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((vn, foreign) for vn, foreign, *_ in agreements(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "chương trình hợp tác", "thỏa thuận" name the cooperation or a consensus unless signed or given a period
    ("Bà Vilay khẳng định sẽ cùng Tổng Lãnh sự quán thúc đẩy chương trình hợp tác giữa TP Cần Thơ và các địa phương "
     "của Campuchia.", 0),
    ("Báo cáo về chương trình hợp tác giữa tỉnh Bình Định với các địa phương của Lào cho biết tỉnh đã cấp 20 suất "
     "học bổng.", 0),
    ("Việc hợp tác giáo dục giữa Việt Nam và Lào được triển khai trên cơ sở thỏa thuận tại các kỳ họp hằng năm.", 0),
    ("Hai thành phố Hải Phòng và Kitakyushu đã ký chương trình hợp tác giai đoạn 2025 - 2027.", 1),
    ("Chương trình hợp tác giữa thành phố Hải Phòng và thành phố Kitakyushu giai đoạn 2025 - 2027 đạt nhiều kết "
     "quả.", 1),
])
def test_a_cooperation_programme_is_a_document_only_when_signed_or_dated(body: str, expected: int) -> None:
    assert len(agreements(body)) == expected


def test_a_period_that_opens_the_next_clause_dates_what_follows_not_the_agreement() -> None:
    body = ("Có thể kể đến, giai đoạn 2017 - 2019, tỉnh Quảng Bình ký văn bản thỏa thuận hợp tác với tỉnh Khăm Muộn. "
            "Theo chương trình hợp tác đã được ký kết, trong giai đoạn 2020 - 2022, tỉnh Quảng Bình hỗ trợ tỉnh Khăm "
            "Muộn 5 tỷ đồng xây dựng trường học.")
    assert [(vn, foreign, period) for vn, foreign, period, *_ in agreements(body)] == [
        ("VN-24", "LA-KH", (2017, 2019))]


def test_a_programme_between_the_two_cities_is_theirs_not_the_country_of_a_prime_ministers_visit() -> None:
    body = ("Đoàn đại biểu TP Hải Phòng đã thăm, làm việc tại TP Minsk (Belarus). Chuyến công tác nhằm thúc đẩy "
            "hợp tác giữa TP Hải Phòng và TP Minsk, trên cơ sở kết quả chuyến thăm Việt Nam của Thủ tướng Belarus "
            "(tháng 5/2024) và Chương trình hợp tác giữa hai TP giai đoạn 2025-2027.")
    assert [row[:3] for row in agreements(body)] == [("VN-HP", "BY-HM", (2025, 2027))]


@pytest.mark.parametrize(("body", "expected"), [
    # signed "trong chuyến thăm này" beside one an earlier year names: two agreements, even on a page without date
    ("Thống đốc tỉnh Shizuoka cho biết, năm 2017, tỉnh Shizuoka đã ký kết thỏa thuận hợp tác với một số bộ, ngành "
     "Việt Nam. Trong chuyến thăm này, tỉnh đã ký kết thỏa thuận hợp tác về đào tạo điều dưỡng với Bộ Y tế Việt "
     "Nam.", 2),
    # without the occasion, the undated mention is the dated one named again
    ("Thống đốc tỉnh Shizuoka cho biết, năm 2017, tỉnh Shizuoka đã ký kết thỏa thuận hợp tác với một số bộ, ngành "
     "Việt Nam. Thỏa thuận hợp tác đã ký kết với Bộ Y tế Việt Nam mở ra nhiều cơ hội cho điều dưỡng viên.", 1),
])
def test_an_agreement_signed_on_the_pages_occasion_is_not_one_of_an_earlier_year(body: str, expected: int) -> None:
    assert len(agreements(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a signed undertaking ("ký cam kết") is a document both sides signed
    ("Tại buổi làm việc, hai tỉnh Lai Châu và Phông Xa Lỳ đã thống nhất và ký cam kết mở lối thông quan tại mốc 40.",
     [("VN-01", "LA-PH")]),
    ("Huyện Mường Tè và huyện Mường Khoa sẽ ký cam kết phối hợp quản lý đường biên.", []),
    # a signing asked for is not signed: a request word, then the signing verb, before the noun
    ("Lãnh đạo tỉnh Kiên Giang đề nghị hai tỉnh tổ chức hội nghị sơ kết, ký kết biên bản ghi nhớ giai đoạn mới tại "
     "tỉnh Kampot vào tháng 6/2026.", []),
    ("Lãnh đạo tỉnh Quảng Nam đề nghị hiệp hội doanh nghiệp tỉnh Gyeonggi tăng cường kết nối, trước mắt thông qua "
     "ký kết biên bản ghi nhớ hợp tác giữa hai bên.", []),
    # the memorandum it follows was signed; the request as a noun and a signed document asked to be carried out
    ("Tiếp nối thành công của biên bản ghi nhớ ký kết năm 2019, lãnh đạo tỉnh An Giang đề nghị hai tỉnh tổ chức kỷ "
     "niệm, ký kết bản ghi nhớ giai đoạn mới tại tỉnh Takeo vào tháng 5/2026.", [("VN-44", "KH-21")]),
    ("Theo đề nghị của tỉnh Hủa Phăn, hai tỉnh Thanh Hóa và Hủa Phăn đã ký kết biên bản ghi nhớ hợp tác giai đoạn "
     "2026 - 2030.", [("VN-21", "LA-HO")]),
    ("Đồng chí Bí thư đề nghị hai tỉnh Sơn La và Luông Pha Băng triển khai hiệu quả biên bản ghi nhớ đã ký kết năm "
     "2023.", [("VN-05", "LA-LP")]),
])
def test_a_signed_undertaking_is_an_agreement_and_a_requested_signing_is_not(body: str, expected: list) -> None:
    assert [row[:2] for row in agreements(body)] == expected


def test_a_ministries_memorandum_binds_the_states_and_named_again_bare_is_the_same() -> None:
    body = ("Thực hiện Bản ghi nhớ về hợp tác giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào, Bộ Chỉ huy Quân sự "
            "tỉnh Nghệ An sẽ xây dựng 3 trạm y tế cho tỉnh Xiêng Khoảng. Để triển khai có hiệu quả Bản ghi nhớ, Bộ "
            "Quốc phòng Việt Nam đã giao nhiệm vụ cho các tỉnh biên giới.")
    assert [row[:2] for row in agreements(body)] == [("VN", "LA")]


def test_documents_listed_one_by_one_are_each_an_agreement_of_the_states() -> None:
    # a province named later only as the venue of a planned exchange is no party of the documents
    body = ("Sau hội đàm, hai bên ký kết ba văn kiện hợp tác gồm Bản ghi nhớ về hợp tác y tế giữa Bộ Y tế Việt Nam và "
            "Bộ Y tế Lào; Bản ghi nhớ về hợp tác giáo dục giữa Bộ Giáo dục và Đào tạo Việt Nam và Bộ Giáo dục và Thể "
            "thao Lào; Thỏa thuận về tương trợ tư pháp giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào. Năm tới, hai bộ "
            "quốc phòng sẽ tổ chức giao lưu hữu nghị biên giới tại Quảng Trị (Việt Nam).")
    assert [row[:2] for row in agreements(body)] == [("VN", "LA")] * 3


def test_a_provinces_military_command_signs_for_its_province() -> None:
    body = ("Tỉnh Quảng Nam có quan hệ hợp tác lâu dài với tỉnh Xê Kông. Cụ thể: Bộ CHQS tỉnh đã ký kết thỏa thuận "
            "hợp tác với Ban Chỉ huy Quân sự tỉnh Xê Kông (2018).")
    assert [row[:2] for row in agreements(body)] == [("VN-27", "LA-XE")]


def test_a_memorandum_named_bare_but_signed_by_other_bodies_is_another() -> None:
    body = ("Tỉnh Gia Lai đã ký Bản ghi nhớ hợp tác phát triển với tỉnh Xê Kông giai đoạn 2023 - 2027. Trong lĩnh vực "
            "y tế, Sở Y tế tỉnh Attapư và Sở Y tế Gia Lai đã ký bản ghi nhớ, tập trung vào phòng chống dịch bệnh.")
    assert [row[:2] for row in agreements(body)] == [("VN-30", "LA-AT"), ("VN-30", "LA-XE")]


def test_two_clauses_of_one_pair_without_a_count_of_documents_are_one() -> None:
    body = ("Tỉnh ủy Hà Giang và Tỉnh ủy Vân Nam đã ký kết thỏa thuận khung; tỉnh Hà Giang và châu Văn Sơn đã ký hợp "
            "tác toàn diện.")
    assert [row[:2] for row in agreements(body)] == [("VN-03", "CN-YN")]


@pytest.mark.parametrize(("body", "expected"), [
    # cooperation programmes introduced as examples of activities: no document
    ("Một số chương trình hợp tác tiêu biểu như: Từ năm 2015 đến nay, Trường Đại học Vinh đã tiếp nhận 300 lưu học "
     "sinh từ các tỉnh Xiêng Khoảng, Hủa Phăn và Bôlykhămxay.", []),
    ("Tỉnh Quảng Bình đã hỗ trợ tỉnh Khăm Muộn nhiều dự án. Chương trình hợp tác nổi bật như: năm 2019, tỉnh đã xây "
     "dựng trường học tại huyện Xê Bang Phai.", []),
    # an indefinite number of unnamed units signing is a practice, with no party to name
    ("Quan hệ Việt Nam - Lào ngày càng gắn bó. Nhiều địa phương đã ký kết hợp tác trực tiếp, nhất là các tỉnh có "
     "chung đường biên giới.", []),
    ("Một số tỉnh của Việt Nam đã ký biên bản ghi nhớ với các địa phương của Campuchia.", []),
    # documents signed ("đã ký kết các …") with an unnamed counted group of the country's provinces: the country
    ("Tỉnh Thanh Hóa đã ký kết các bản ghi nhớ hợp tác với ba tỉnh Bắc Lào.", [("VN-21", "LA")]),
    # a programme signed or dated still is one
    ("Chương trình hợp tác giữa tỉnh Nghệ An và tỉnh Xiêng Khoảng như đã ký kết năm 2022 được triển khai tốt.",
     [("VN-22", "LA-XI")]),
])
def test_examples_of_cooperation_and_unnamed_signatories_are_no_agreement(body: str,
                                                                          expected: list[tuple[str, str]]) -> None:
    assert sorted((vn, foreign) for vn, foreign, *_ in agreements(body)) == expected


@pytest.mark.parametrize("body", [
    "Chiều 9/5, đoàn đại biểu thành phố Chuncheon đã làm việc với UBND tỉnh Vĩnh Phúc để thảo luận các nội dung cho "
    "ký kết bản ghi nhớ thiết lập quan hệ hữu nghị.",
    "Hai bên đã trao đổi về việc ký kết biên bản ghi nhớ hợp tác giữa tỉnh Lạng Sơn và khu tự trị Quảng Tây.",
])
def test_a_signing_a_meeting_only_discussed_is_no_agreement(body: str) -> None:
    assert agreements(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # a treaty the two sides are to carry out is a law in force, not an agreement of the page
    ("Ngày 4/6, đoàn công tác huyện Mường Lát làm việc tại huyện Viêng Xay, tỉnh Hủa Phăn. Lãnh đạo hai huyện mong "
     "muốn các ngành tiếp tục trao đổi kinh nghiệm, thực hiện tốt Hiệp định về quy chế quản lý biên giới.", []),
    ("Theo quy chế kết nghĩa, xã Tam Chánh và bản Pa Xai vận động nhân dân chấp hành nghiêm “Nghị định thư về đường "
     "biên giới giữa hai nước” và Hiệp định về quy chế quản lý cửa khẩu giữa Chính phủ hai nước; tỉnh Kon Tum hỗ "
     "trợ tỉnh Attapư.", []),
    # ... unless the sentence says when or that it was signed
    ("Tỉnh Kon Tum và tỉnh Attapư cam kết tuân thủ Hiệp định về quy chế quản lý biên giới giữa Chính phủ Việt Nam "
     "và Chính phủ Lào ký ngày 16/3/2016.", [("VN", "LA")]),
    # a protocol said to be carried out, as the subject, is the one the page cites
    ("Tại hội nghị ở tỉnh Tây Ninh, hai bên nhận định Nghị định thư về hợp tác y tế được triển khai tốt, nhiều "
     "bệnh nhân Campuchia được khám chữa bệnh.", [("VN", "KH")]),
])
def test_a_treaty_to_carry_out_is_no_agreement_of_the_page(body: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((vn, foreign) for vn, foreign, *_ in agreements(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a twinning ceremony between two units of the two sides is a signed twinning
    ("Ngày 20/11, lãnh đạo tỉnh Quảng Trị và tỉnh Savannakhet đã chứng kiến Lễ ký kết nghĩa cụm dân cư giữa xã "
     "Hướng Lập, huyện Hướng Hóa với cụm bản Đen Vilay, huyện Sepon.", [("VN-25", "LA-SV")]),
    ("Trong chuyến thăm, hai đoàn đã dự Lễ kết nghĩa giữa Đồn Biên phòng Tam Hợp, tỉnh Nghệ An và Đại đội Biên "
     "phòng 105, Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng.", [("VN-22", "LA-XI")]),
    ("Tại buổi lễ, đại diện chính quyền xã Thông Thụ, huyện Quế Phong và bản Nặm Tạ, tỉnh Hủa Phăn đã ký kết nghĩa "
     "hai bên biên giới.", [("VN-22", "LA-HO")]),
    # a document named by "văn bản" and what it sets up
    ("Chiều 14/3, UBND tỉnh Bắc Ninh và chính quyền tỉnh Chungcheongnam đã ký văn bản thiết lập quan hệ hữu nghị "
     "giữa hai tỉnh.", [("VN-56", "KR-44")]),
    # years of a twinning are its anniversary, not a signing
    ("Hội nghị sơ kết 10 năm kết nghĩa giữa bản A Lưới, tỉnh Thừa Thiên Huế với bản Ta Ôi, tỉnh Salavan diễn ra "
     "sáng nay.", []),
    ("Hai bên tổ chức kỷ niệm 15 năm lễ kết nghĩa giữa xã Hướng Phùng và bản Bua Ma, tỉnh Savannakhet.", []),
    # held at the page's event: said to take place in its clause
    ("Sáng 18/9, lễ kết nghĩa giữa huyện Ngọc Hồi, tỉnh Kon Tum và huyện Phu Vông, tỉnh Attapư đã được tổ chức tại "
     "cửa khẩu Bờ Y.", [("VN-28", "LA-AT")]),
    # a twinning named in someone's words as what helped them is no signing
    ("Bà Y Lan, người dân huyện Ia H'Drai, tỉnh Kon Tum cho biết: “Lễ kết nghĩa giữa làng Ia Dal và bản Pa Lai, "
     "tỉnh Attapư giúp bà con có thêm điện, nước sạch”.", []),
    # a ceremony named bare is the occasion; the document its clause names is the agreement
    ("Lễ kết nghĩa được tổ chức theo kế hoạch của tỉnh Kon Tum và tỉnh Attapư. Tại lễ kết nghĩa, chính quyền huyện "
     "Ngọc Hồi và huyện Phu Vông đã thông qua bản thỏa thuận kết nghĩa giữa các thôn, bản.", [("VN-28", "LA-AT")]),
])
def test_a_twinning_ceremony_is_a_signed_twinning(body: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((vn, foreign) for vn, foreign, *_ in agreements(body)) == expected


def test_the_two_cities_of_a_page_about_two_vietnamese_cities_sign_nothing_with_a_partner() -> None:
    body = ("Ngày 12/12, thành phố Lạng Sơn và thành phố Cao Bằng đã tổ chức hội nghị hợp tác tại thành phố Cao "
            "Bằng. Đoàn thành phố Lạng Sơn do Bí thư Thành ủy làm trưởng đoàn.\n\n"
            "Thành phố Lạng Sơn tiếp tục là cầu nối giúp thành phố Cao Bằng mở rộng quan hệ với huyện Bằng Tường "
            "(Quảng Tây, Trung Quốc), tham gia hội chợ tại Bằng Tường.\n\n"
            "Lãnh đạo hai thành phố ký biên bản hội nghị.")
    assert agreements(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # a group word naming one part of a country, on a page listing several parts, means that part's provinces
    ("Đoàn đại biểu 6 tỉnh Trung, Nam Lào (Khăm Muộn, Savannakhet, Salavan, Sê Kông, Attapư và Chăm Pa Sắc) dự "
     "hội nghị tại tỉnh Kon Tum.\n\nĐến nay, tỉnh Kon Tum và các tỉnh Nam Lào đã ký biên bản ghi nhớ hợp tác.",
     [("VN-28", "LA-AT"), ("VN-28", "LA-CH"), ("VN-28", "LA-SL"), ("VN-28", "LA-XE")]),
    # without a span of several parts, the group word means the page's list
    ("Đoàn đại biểu các tỉnh Nam Lào (Savannakhet, Salavan và Attapư) dự hội nghị tại tỉnh Kon Tum.\n\nĐến nay, "
     "tỉnh Kon Tum và các tỉnh Nam Lào đã ký biên bản ghi nhớ hợp tác.",
     [("VN-28", "LA-AT"), ("VN-28", "LA-SL"), ("VN-28", "LA-SV")]),
])
def test_a_group_word_naming_one_part_of_a_country(body: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((vn, foreign) for vn, foreign, *_ in agreements(body)) == expected
