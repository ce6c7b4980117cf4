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
  companies, agreements between two Vietnamese provinces.
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
