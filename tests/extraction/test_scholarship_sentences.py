"""SCHOLARSHIP: scholarships granted and students hosted, one event per stated count and partner.

Pins down, with sentences written for these tests:
- the counted nouns: "tiếp nhận N lưu học sinh", "N học viên", "N nghiên cứu sinh", "N chỉ tiêu học bổng",
  "N chỉ tiêu đào tạo", "N suất học bổng", with `kind` scholarship (awards) or students_hosted (persons),
  and `unit` per year ("mỗi năm", "hằng năm") or in total;
- the forms of a count: exact, "từ 10 đến 15", "từ 20 - 25", "hơn N" (a lower bound), "gần N" and "khoảng N"
  (about N, read as N), "1.250";
- the partner of each count: a country total beside per-province counts ("1.250 lưu học sinh Lào, trong
  đó tỉnh A 540 em") gives the country and each province; "cho mỗi tỉnh A, B và C" gives one event per
  partner; two counts for two partners in one sentence give two events; counts by training level are
  separate counts; Vietnamese students given scholarships or hosted by a foreign partner count too;
- a count for several provinces named together (a list, "hai tỉnh A và B", "ba tỉnh Bắc Lào") is one count
  for their country unless "mỗi/từng tỉnh" distributes it; a language ("tiếng Lào") is no party;
- counts in other phrasing: "N cán bộ, học viên", a share after "là" ("tỉnh A là 135"), a total whose noun
  comes first ("nâng tổng số lưu học sinh … lên N"); a count repeated on the page for the same partner is one;
- one count told twice: a country's count given elsewhere for its provinces, awards and their holders; a
  breakdown opening the next sentence ("Trong đó …") for the total's partners, a share that graduated left
  out; a whole country's students in Viet Nam or the state's awards are VN's;
- not scholarships: a province's own pupils, trainees or workers abroad, pupils of a school built for the
  partner, a request without a count, teachers sent abroad, a company's scholarships, a university's total
  enrolment, short courses and study tours, counts dated long before the page;
- shares of a total for the same partners and kind (by level or field) are part of it; a total named by its
  noun and counted in persons ("số lưu học sinh … là 97 em") is a count; a province handing over its
  country's students owns them; students "tại trường" are at the foreign school named just before;
- "LHS" counts, "tuyển sinh / tuyển được N" intakes, "nhà trường" for the province of the school named before, a
  share dated by its own year, athletes ("vận động viên") that are no greeting; students honoured with merit
  certificates ("tặng bằng khen cho N lưu học sinh") are no count, the students hosted beside them still are.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.helpers import events_of, none_of


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


Row = tuple[str | None, str | None, float | None, float | None, str | None, str | None]


def counts(body: str) -> list[Row]:
    """(vn, foreign, min, max, unit, kind) of every SCHOLARSHIP, one row per event."""
    found = [e for e in events_of(body) if e.event_type == "SCHOLARSHIP"]
    return sorted(((e.vn_party_code, e.foreign_party_code, e.quantity_min, e.quantity_max, e.unit, e.category)
                   for e in found), key=str)


HOSTED, AWARDS = "students_hosted", "scholarship"


@pytest.mark.parametrize(("body", "expected"), [
    # hosted students, counted in persons
    ("Tỉnh Quảng Nam tiếp nhận 45 lưu học sinh tỉnh Xê Kông sang học tiếng Việt.",
     [("VN-27", "LA-XE", 45, 45, "students", HOSTED)]),
    ("Trường Chính trị tỉnh Sơn La đang đào tạo 86 học viên của tỉnh Hủa Phăn.",
     [("VN-05", "LA-HO", 86, 86, "students", HOSTED)]),
    ("Tỉnh Thừa Thiên Huế đang đào tạo 12 nghiên cứu sinh của tỉnh Sa-la-van.",
     [("VN-26", "LA-SL", 12, 12, "students", HOSTED)]),
    ("Hiện có hơn 200 lưu học sinh tỉnh Chăm-pa-xắc đang theo học tại các trường của thành phố Đà Nẵng.",
     [("VN-DN", "LA-CH", 200, None, "students", HOSTED)]),
    ("Tỉnh Tây Ninh hiện có gần 150 sinh viên Campuchia đang học tập.",
     [("VN-37", "KH", 150, 150, "students", HOSTED)]),
    ("Tỉnh Long An đã cấp học bổng cho gần 500 sinh viên tỉnh Svay Rieng.",
     [("VN-41", "KH-20", 500, 500, "students", AWARDS)]),
    ("Hiện có gần 2.000 lưu học sinh Lào đang học tập tại tỉnh Thừa Thiên Huế.",
     [("VN-26", "LA", 2000, 2000, "students", HOSTED)]),
    ("Hơn 1.000 lưu học sinh Campuchia đang học tập tại các trường của TP. Hồ Chí Minh.",
     [("VN-SG", "KH", 1000, None, "students", HOSTED)]),
    ("Mỗi năm, thành phố Cần Thơ tiếp nhận từ 20 - 25 sinh viên tỉnh Kampot sang học tập.",
     [("VN-CT", "KH-7", 20, 25, "students/year", HOSTED)]),
    ("Hằng năm, tỉnh Gia Lai tiếp nhận khoảng 40 học sinh tỉnh Ratanakiri sang học nghề.",
     [("VN-30", "KH-16", 40, 40, "students/year", HOSTED)]),
    # scholarships and quotas, counted in awards
    ("Năm 2024, tỉnh Thanh Hóa dành 30 chỉ tiêu học bổng cho tỉnh Hủa Phăn.",
     [("VN-21", "LA-HO", 30, 30, "scholarships", AWARDS)]),
    ("Năm học 2024 - 2025, tỉnh Quảng Bình dành 50 chỉ tiêu đào tạo cho tỉnh Khăm Muộn.",
     [("VN-24", "LA-KH", 50, 50, "scholarships", AWARDS)]),
    ("Năm nay, tỉnh Hà Tĩnh dành 40 chỉ tiêu cho cán bộ tỉnh Khăm Muộn sang đào tạo thạc sĩ.",
     [("VN-23", "LA-KH", 40, 40, "scholarships", AWARDS)]),
    ("Tỉnh Quảng Trị cấp từ 12 đến 18 suất học bổng mỗi năm cho tỉnh Savannakhet.",
     [("VN-25", "LA-SV", 12, 18, "scholarships/year", AWARDS)]),
    ("Tỉnh An Giang đã cấp 100 suất học bổng cho sinh viên Campuchia.",
     [("VN-44", "KH", 100, 100, "scholarships", AWARDS)]),
    ("Tỉnh Hòa Bình trao 20 suất học bổng, mỗi suất 5 triệu đồng, cho lưu học sinh tỉnh Luông Pha Băng.",
     [("VN-14", "LA-LP", 20, 20, "scholarships", AWARDS)]),
    # Vietnamese students of a foreign partner's scholarships or schools
    ("Chính quyền thành phố Côn Minh trao 20 suất học bổng cho sinh viên tỉnh Lào Cai theo học tại Đại học Vân Nam.",
     [("VN-02", "CN-YN", 20, 20, "scholarships", AWARDS)]),
    ("Tỉnh Gyeongsangbuk dành 10 suất học bổng mỗi năm cho sinh viên tỉnh Thái Nguyên.",
     [("VN-69", "KR-47", 10, 10, "scholarships/year", AWARDS)]),
    ("Tỉnh Kanagawa trao 8 suất học bổng cho sinh viên Trường Đại học Y Dược Thái Bình.",
     [("VN-20", "JP-14", 8, 8, "scholarships", AWARDS)]),
    ("Hiện có hơn 150 sinh viên tỉnh Quảng Ninh đang học tập tại tỉnh Quảng Tây.",
     [("VN-13", "CN-GX", 150, None, "students", HOSTED)]),
])
def test_one_count_for_one_partner(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(
        "Tỉnh Nghệ An hiện có 1.250 lưu học sinh Lào, trong đó tỉnh Xiêng Khoảng 540 em, tỉnh Hủa Phăn 310 em.",
        [("VN-22", "LA", 1250, 1250, "students", HOSTED), ("VN-22", "LA-XI", 540, 540, "students", HOSTED),
        ("VN-22", "LA-HO", 310, 310, "students", HOSTED)]),
    ("Tỉnh Quảng Trị hiện có 980 lưu học sinh Lào, trong đó tỉnh Savannakhet 610 em, tỉnh Sa-la-van 240 em.",
     [("VN-25", "LA", 980, 980, "students", HOSTED), ("VN-25", "LA-SV", 610, 610, "students", HOSTED),
      ("VN-25", "LA-SL", 240, 240, "students", HOSTED)]),
    ("Các trường của tỉnh Quảng Trị đang đào tạo 612 lưu học sinh Lào, trong đó có 386 em của tỉnh Savannakhet.",
     [("VN-25", "LA", 612, 612, "students", HOSTED), ("VN-25", "LA-SV", 386, 386, "students", HOSTED)]),
    ("Hằng năm, tỉnh Điện Biên cấp 15 suất học bổng cho mỗi tỉnh Phông-xa-lỳ, U Đôm Xay và Luổng Nậm Thà.",
     [("VN-71", "LA-PH", 15, 15, "scholarships/year", AWARDS), ("VN-71", "LA-OU", 15, 15, "scholarships/year", AWARDS),
      ("VN-71", "LA-LM", 15, 15, "scholarships/year", AWARDS)]),
    pytest.param(
        "Tỉnh Kon Tum tiếp nhận 60 lưu học sinh tỉnh Attapư và 25 lưu học sinh tỉnh Xê Kông.",
        [("VN-28", "LA-AT", 60, 60, "students", HOSTED), ("VN-28", "LA-XE", 25, 25, "students", HOSTED)]),
    ("Tỉnh Sơn La cấp 25 suất học bổng cho tỉnh Hủa Phăn và 20 suất học bổng cho tỉnh Luông Pha Băng.",
     [("VN-05", "LA-HO", 25, 25, "scholarships", AWARDS), ("VN-05", "LA-LP", 20, 20, "scholarships", AWARDS)]),
    pytest.param(
        "Tỉnh Hà Tĩnh đang đào tạo 45 học viên cao học và 260 sinh viên đại học của tỉnh Bô-ly-khăm-xay.",
        [("VN-23", "LA-BL", 45, 45, "students", HOSTED), ("VN-23", "LA-BL", 260, 260, "students", HOSTED)]),
])
def test_several_counts_and_partners_in_one_sentence(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize("body", [
    # the province's own pupils
    "Tỉnh Đồng Tháp trao 200 suất học bổng cho học sinh nghèo vượt khó.",
    # a foreign province named as geography, and its country with it
    "Quỹ khuyến học tỉnh Nghệ An trao 150 suất học bổng cho học sinh người dân tộc thiểu số huyện Kỳ Sơn, giáp "
    "tỉnh Xiêng Khoảng (Lào).",
    "Đoàn đại biểu tỉnh Bô-ly-khăm-xay sang thăm tỉnh Hà Tĩnh. Trường Đại học Hà Tĩnh hiện đào tạo hơn 5.000 sinh "
    "viên.",
    # trainees and workers abroad, teachers sent abroad
    "Hiện có hơn 1.500 thực tập sinh của tỉnh Hưng Yên đang làm việc tại tỉnh Kanagawa (Nhật Bản).",
    "Tỉnh có khoảng 3.000 lao động đang làm việc tại Hàn Quốc theo chương trình EPS.",
    "Tỉnh Nghệ An cử 12 giáo viên sang dạy tiếng Việt tại tỉnh Xiêng Khoảng.",
    # pupils of a school in the partner province, a request without a count, a company
    "Trường tiểu học do tỉnh Quảng Trị xây dựng tặng tỉnh Savannakhet hiện có hơn 300 học sinh.",
    "Tỉnh Hủa Phăn đề nghị tỉnh Sơn La tăng chỉ tiêu học bổng cho lưu học sinh của tỉnh bạn.",
    # a count asked or hoped for is not granted yet
    "Lãnh đạo tỉnh Sê Kông đề nghị tỉnh Quảng Nam nâng số suất học bổng lên 30 suất mỗi năm.",
    "Tỉnh Svay Rieng mong muốn tỉnh Long An tiếp nhận thêm 50 học viên sang học tiếng Việt.",
    pytest.param(
        "Công ty TNHH Hyosung (Hàn Quốc) trao 50 suất học bổng cho học sinh nghèo tỉnh Đồng Nai."),
    # students greeted or given presents are not an intake
    "Nhân dịp Tết Bunpimay, tỉnh Quảng Bình thăm hỏi, tặng quà 80 lưu học sinh tỉnh Khăm Muộn đang học tại tỉnh.",
    "Lãnh đạo tỉnh Kon Tum trao 60 phần quà cho sinh viên tỉnh Attapeu đón Tết cổ truyền.",
])
def test_domestic_pupils_workers_abroad_and_company_awards_are_not_scholarships(body: str) -> None:
    assert none_of(body, "SCHOLARSHIP")


@pytest.mark.parametrize("body", [
    "Theo đề nghị của tỉnh Luông Pha Băng, tỉnh Vĩnh Phúc đã cấp 25 suất học bổng cho sinh viên tỉnh bạn.",
    "Ông đề nghị phía bạn tạo điều kiện cho 120 sinh viên tỉnh Thái Bình đang học tập tại tỉnh Chungcheongnam.",
])
def test_a_request_as_a_noun_or_about_students_there_now_keeps_the_count(body: str) -> None:
    assert [e.event_type for e in events_of(body)].count("SCHOLARSHIP") == 1


def test_places_of_a_scholarship_counted_by_level() -> None:
    found = [(e.quantity_min, e.unit) for e in events_of(
        "Thành phố Đà Nẵng cấp học bổng toàn phần cho lưu học sinh tỉnh Xê Kông năm học 2025 - 2026, gồm 12 suất "
        "đại học và 3 suất thạc sĩ.") if e.event_type == "SCHOLARSHIP"]
    assert found == [(12, "scholarships"), (3, "scholarships")]


def test_counted_scholarships_pledged_are_no_commitment() -> None:
    found = {e.event_type for e in events_of(
        "Tỉnh Savannakhet sẽ tiếp tục dành 10 suất học bổng mỗi năm cho sinh viên tỉnh Quảng Trị.")}
    assert found == {"SCHOLARSHIP"}


@pytest.mark.parametrize(("body", "expected"), [
    # a count for provinces listed after it, before it, or by a distributive word: one event per province
    ("Các trường của tỉnh Nghệ An đón 45 sinh viên đến từ 3 tỉnh Bắc Lào gồm Luông Pha Băng, Hủa Phăn và Xiêng Khoảng.",
     [("VN-22", "LA-LP", 45, 45, "students", HOSTED), ("VN-22", "LA-HO", 45, 45, "students", HOSTED),
      ("VN-22", "LA-XI", 45, 45, "students", HOSTED)]),
    ("Năm nay, hai tỉnh Attapư và Xê Kông đã cử 28 học viên sang học tiếng Việt tại tỉnh Kon Tum.",
     [("VN-28", "LA-AT", 28, 28, "students", HOSTED), ("VN-28", "LA-XE", 28, 28, "students", HOSTED)]),
    ("Tỉnh Đắk Lắk cấp 24 suất học bổng cho sinh viên hai tỉnh Mondulkiri và Ratanakiri.",
     [("VN-33", "KH-11", 24, 24, "scholarships", AWARDS), ("VN-33", "KH-16", 24, 24, "scholarships", AWARDS)]),
    ("Tỉnh Lai Châu dành cho từng tỉnh Phông-xa-lỳ và U Đôm Xay 12 suất học bổng mỗi năm.",
     [("VN-01", "LA-PH", 12, 12, "scholarships/year", AWARDS),
      ("VN-01", "LA-OU", 12, 12, "scholarships/year", AWARDS)]),
    ("Tỉnh Đắk Nông cấp cho mỗi tỉnh Mondulkiri và Kratie 8 suất học bổng.",
     [("VN-72", "KH-11", 8, 8, "scholarships", AWARDS), ("VN-72", "KH-10", 8, 8, "scholarships", AWARDS)]),
    ("Tỉnh Quảng Bình tiếp nhận 70 lưu học sinh của các tỉnh Khăm Muộn, Savannakhet và Bô-ly-khăm-xay.",
     [("VN-24", "LA-KH", 70, 70, "students", HOSTED), ("VN-24", "LA-SV", 70, 70, "students", HOSTED),
      ("VN-24", "LA-BL", 70, 70, "students", HOSTED)]),
    ("Thành phố Cần Thơ gặp mặt 36 sinh viên thuộc 2 tỉnh Campuchia gồm: Kampot và Takeo.",
     [("VN-CT", "KH-7", 36, 36, "students", HOSTED), ("VN-CT", "KH-21", 36, 36, "students", HOSTED)]),
    # a group word with no list on the page leaves the country
    ("Tỉnh Điện Biên tiếp nhận 90 lưu học sinh của ba tỉnh Bắc Lào.",
     [("VN-71", "LA", 90, 90, "students", HOSTED)]),
])
def test_a_count_for_several_provinces_is_one_event_per_province(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), [
    # officials and students counted together, the verb of training further away
    ("Tỉnh Thanh Hóa tiếp nhận đào tạo tiếng Việt và chuyên ngành cho 640 cán bộ, học viên của tỉnh Hủa Phăn.",
     [("VN-21", "LA-HO", 640, 640, "students", HOSTED)]),
    ("Tỉnh Sơn La hiện có 230 cán bộ và sinh viên tỉnh Luông Pha Băng đang học tập.",
     [("VN-05", "LA-LP", 230, 230, "students", HOSTED)]),
    # a share after "là", the noun counted by the total before it
    ("Tỉnh Nghệ An đang đào tạo 900 lưu học sinh Lào, trong đó tỉnh Xiêng Khoảng là 410, tỉnh Bô-ly-khăm-xay là 220.",
     [("VN-22", "LA", 900, 900, "students", HOSTED), ("VN-22", "LA-XI", 410, 410, "students", HOSTED),
      ("VN-22", "LA-BL", 220, 220, "students", HOSTED)]),
    # a total whose noun comes before its number
    ("Năm học này, tỉnh Kon Tum đón thêm 40 học viên tỉnh Attapư, nâng tổng số lưu học sinh Lào đang học tại "
     "tỉnh lên 315.",
     [("VN-28", "LA-AT", 40, 40, "students", HOSTED), ("VN-28", "LA", 315, 315, "students", HOSTED)]),
    ("Tổng số sinh viên Campuchia theo học tại tỉnh Tây Ninh là 260.",
     [("VN-37", "KH", 260, 260, "students", HOSTED)]),
    ("Đến nay, số suất học bổng tỉnh Bình Phước dành cho tỉnh Kratie đạt 75.",
     [("VN-58", "KH-10", 75, 75, "scholarships", AWARDS)]),
    # a number after "là" that no total or place heads counts nothing
    ("Tỉnh Quảng Nam tiếp nhận 50 lưu học sinh tỉnh Xê Kông, tỷ lệ tốt nghiệp là 95.",
     [("VN-27", "LA-XE", 50, 50, "students", HOSTED)]),
])
def test_counts_named_with_two_nouns_or_after_a_copula(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), [
    ("Tỉnh Savannakhet hỗ trợ đào tạo tiếng Lào 5 chỉ tiêu mỗi năm cho cán bộ tỉnh Quảng Trị.",
     [("VN-25", "LA-SV", 5, 5, "scholarships/year", AWARDS)]),
    ("Tỉnh Luông Pha Băng cấp 6 suất học bổng học tiếng Lào cho sinh viên tỉnh Hòa Bình.",
     [("VN-14", "LA-LP", 6, 6, "scholarships", AWARDS)]),
    ("Tỉnh Vân Nam dành 10 suất học bổng học tiếng Trung Quốc cho sinh viên tỉnh Lào Cai.",
     [("VN-02", "CN-YN", 10, 10, "scholarships", AWARDS)]),
])
def test_a_language_is_no_party(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), [
    # the same count for the same partner told again, or cut off mid-sentence
    ("Tỉnh Điện Biên tiếp nhận 26 sinh viên tỉnh Phông-xa-lỳ sang học tập. Sau khóa dự bị, trong tổng số 26 sinh "
     "viên tỉnh Phông-xa-lỳ sẽ có nhiều em học ngành y.",
     [("VN-71", "LA-PH", 26, 26, "students", HOSTED)]),
    ("Tỉnh Quảng Ngãi tiếp nhận 18 lưu học sinh Lào. Theo kế hoạch, trong tổng số 18 lưu học sinh Lào s",
     [("VN-29", "LA", 18, 18, "students", HOSTED)]),
    # kept from the sentence that names its Vietnamese side acting
    ("Trường Đại học Tây Nguyên tiếp nhận 40 sinh viên Lào. Sở Ngoại vụ tỉnh Đắk Lắk phối hợp với nhà trường đón "
     "40 sinh viên Lào sang học tập.",
     [("VN-33", "LA", 40, 40, "students", HOSTED)]),
    # equal counts in one sentence, or for two partners, stay apart
    ("Thành phố Đà Nẵng cấp 10 suất học bổng đại học và 10 suất học bổng thạc sĩ cho tỉnh Xê Kông.",
     [("VN-DN", "LA-XE", 10, 10, "scholarships", AWARDS), ("VN-DN", "LA-XE", 10, 10, "scholarships", AWARDS)]),
    ("Tỉnh Quảng Trị cấp 25 suất học bổng cho tỉnh Savannakhet. Tỉnh Thừa Thiên Huế cũng cấp 25 suất học bổng "
     "cho tỉnh Sa-la-van.",
     [("VN-25", "LA-SV", 25, 25, "scholarships", AWARDS), ("VN-26", "LA-SL", 25, 25, "scholarships", AWARDS)]),
])
def test_a_count_repeated_on_the_page_is_one_count(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize("body", [
    "Tỉnh Hà Tĩnh có 2.300 lao động đang làm việc tại 3 tỉnh Trung Lào gồm Khăm Muộn, Bô-ly-khăm-xay và Savannakhet.",
    "Trường THPT chuyên Hà Tĩnh có 1.200 học sinh, trong đó huyện Thạch Hà là 300.",
    "Tỉnh Nghệ An trao 300 suất học bổng cho học sinh nghèo, nâng tổng số suất học bổng trong năm lên 1.500.",
    "Tỉnh Hủa Phăn đề nghị tỉnh Thanh Hóa nâng tổng số suất học bổng lên 40.",
])
def test_workers_domestic_pupils_and_totals_asked_for_stay_out(body: str) -> None:
    assert none_of(body, "SCHOLARSHIP")


@pytest.mark.parametrize(("body", "expected"), [
    # a country's count told again where another sentence (or a caption) gives it for its provinces
    ("Tỉnh Bắc Giang tiếp nhận 14 sinh viên tỉnh Bokeo sang học tiếng Việt. Lễ đón 14 sinh viên Lào diễn ra tại "
     "Trường Cao đẳng Kỹ thuật Công nghiệp.",
     [("VN-54", "LA-BK", 14, 14, "students", HOSTED)]),
    ("Thành phố Đà Nẵng đón 21 lưu học sinh đến từ 2 tỉnh Attapư và Sa-la-van. Đây là năm thứ năm thành phố đón 21 "
     "lưu học sinh Lào theo chương trình hợp tác.",
     [("VN-DN", "LA-AT", 21, 21, "students", HOSTED), ("VN-DN", "LA-SL", 21, 21, "students", HOSTED)]),
    ("Tỉnh Lạng Sơn tiếp nhận 16 sinh viên Trung Quốc. Trong số đó, 16 sinh viên khu tự trị Quảng Tây theo học "
     "ngành du lịch.",
     [("VN-09", "CN-GX", 16, 16, "students", HOSTED)]),
    # a different count for the country stays
    ("Tỉnh Bắc Giang tiếp nhận 14 sinh viên tỉnh Bokeo. Hiện tỉnh có 57 sinh viên Lào đang học tập.",
     [("VN-54", "LA-BK", 14, 14, "students", HOSTED), ("VN-54", "LA", 57, 57, "students", HOSTED)]),
    # awards and the persons who hold them, the same number: one count
    ("Tỉnh Bình Dương quyết định cấp 5 học bổng/năm cho 5 sinh viên tỉnh Kampong Cham sang học ngành điều dưỡng.",
     [("VN-57", "KH-3", 5, 5, "scholarships/year", AWARDS)]),
    ("Thành phố Hải Phòng dành 12 suất học bổng toàn phần cho 12 học viên tỉnh Viêng Chăn.",
     [("VN-HP", "LA-VI", 12, 12, "scholarships", AWARDS)]),
])
def test_one_count_told_twice_is_one_event(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), [
    # a sentence opening with "Trong đó" breaks down the total before it, for the total's partners; the
    # country named after the provinces only says where they are
    # (the share holding awards is a count of its own; the self-funded share is part of the total)
    ("UBND tỉnh Hà Giang quyết định tiếp nhận 52 học viên tỉnh Phông-xa-lỳ và tỉnh Luông Nậm Thà, Lào. Trong đó có "
     "30 học viên nhận học bổng toàn phần của tỉnh, 22 học viên tự túc kinh phí.",
     [("VN-03", "LA-PH", 52, 52, "students", HOSTED), ("VN-03", "LA-LM", 52, 52, "students", HOSTED),
      ("VN-03", "LA-PH", 30, 30, "students", AWARDS), ("VN-03", "LA-LM", 30, 30, "students", AWARDS)]),
    # a share of the same partners and kind, by field or level, is part of the total already counted
    ("Thành phố Cần Thơ tiếp nhận 48 sinh viên tỉnh Kampot. Trong số đó, 30 sinh viên học ngành y.",
     [("VN-CT", "KH-7", 48, 48, "students", HOSTED)]),
    ("Tỉnh Gia Lai tiếp nhận 70 lưu học sinh Campuchia. Trong đó, 40 lưu học sinh nhận học bổng của tỉnh.",
     [("VN-30", "KH", 70, 70, "students", HOSTED), ("VN-30", "KH", 40, 40, "students", AWARDS)]),
    # a share said to have graduated or finished is part of the total, not a new count
    ("Trường Cao đẳng Y tế Sơn La đã đào tạo 75 học viên tỉnh Luông Nậm Thà, trong đó 52 học viên đã tốt nghiệp về "
     "nước công tác.",
     [("VN-05", "LA-LM", 75, 75, "students", HOSTED)]),
    ("Thành phố Cần Thơ tiếp nhận 48 sinh viên tỉnh Kampot. Trong số đó, 30 sinh viên đã hoàn thành khóa học tiếng "
     "Việt.",
     [("VN-CT", "KH-7", 48, 48, "students", HOSTED)]),
    ("Tỉnh Lào Cai đã đào tạo 64 sinh viên tỉnh Vân Nam, 41 em đã ra trường.",
     [("VN-02", "CN-YN", 64, 64, "students", HOSTED)]),
    # graduates counted on their own are a count
    ("Đến nay, đã có 120 sinh viên tỉnh Champasak tốt nghiệp tại các trường của tỉnh Kon Tum.",
     [("VN-28", "LA-CH", 120, 120, "students", HOSTED)]),
])
def test_a_breakdown_of_the_total_before(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), [
    # a whole country's students in Viet Nam, or awards the state gives, are the state's, not the venue's
    ("Ngày 12-5, tại Trường Đại học Cần Thơ, Bộ Giáo dục và Đào tạo tổng kết hợp tác với Lào. Hiện có hơn 9.000 lưu "
     "học sinh Lào đang học tập tại các cơ sở giáo dục của Việt Nam.",
     [("VN", "LA", 9000, None, "students", HOSTED)]),
    ("Hội nghị diễn ra tại thành phố Cần Thơ. Năm 2023, Chính phủ Việt Nam cấp cho Chính phủ Lào 1.100 suất học bổng "
     "dài hạn.",
     [("VN", "LA", 1100, 1100, "scholarships", AWARDS)]),
    ("Hội thảo được tổ chức tại Trường Đại học Đồng Tháp. Mỗi năm, Nhà nước Việt Nam tiếp nhận khoảng 700 lưu học "
     "sinh Campuchia theo diện học bổng hiệp định.",
     [("VN", "KH", 700, 700, "students/year", AWARDS)]),
    # a province acting, named or not, or Viet Nam named only beside its partner, keeps the province
    ("Tỉnh Quảng Bình đón đoàn tỉnh Khăm Muộn. Năm qua, 30 suất học bổng đã được trao cho lưu học sinh Lào, góp phần "
     "vun đắp quan hệ Việt Nam - Lào.",
     [("VN-24", "LA", 30, 30, "scholarships", AWARDS)]),
    ("Tỉnh Quảng Bình đón đoàn tỉnh Khăm Muộn. Tỉnh đã cấp 30 suất học bổng cho lưu học sinh Lào sang học tại Việt "
     "Nam.",
     [("VN-24", "LA", 30, 30, "scholarships", AWARDS)]),
    ("Tỉnh Tây Ninh đón đoàn tỉnh Svay Rieng. Các trường của tỉnh Tây Ninh đang đào tạo 210 sinh viên Campuchia, "
     "góp phần vun đắp tình hữu nghị Việt Nam - Campuchia.",
     [("VN-37", "KH", 210, 210, "students", HOSTED)]),
])
def test_a_national_count_is_the_states(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), [
    # the provinces of a total carry into its breakdown in the same sentence; the country after them qualifies them
    ("Tỉnh An Giang tiếp nhận 36 sinh viên tỉnh Takeo và tỉnh Kampot, Campuchia, trong đó có 20 sinh viên nhận học "
     "bổng của tỉnh.",
     [("VN-44", "KH-21", 36, 36, "students", AWARDS), ("VN-44", "KH-7", 36, 36, "students", AWARDS),
      ("VN-44", "KH-21", 20, 20, "students", AWARDS), ("VN-44", "KH-7", 20, 20, "students", AWARDS)]),
    # and in the next sentence
    ("Tỉnh Cao Bằng tiếp nhận 24 học viên khu tự trị Quảng Tây. Trong đó có 9 học viên nhận học bổng của tỉnh.",
     [("VN-04", "CN-GX", 24, 24, "students", HOSTED), ("VN-04", "CN-GX", 9, 9, "students", AWARDS)]),
    # awards for the year and the same number of holders
    ("Tỉnh Sóc Trăng dành 4 suất học bổng mỗi năm cho 4 sinh viên tỉnh Preah Sihanouk.",
     [("VN-52", "KH-18", 4, 4, "scholarships/year", AWARDS)]),
    # the country's count repeated for its province
    ("Tỉnh Hà Giang tiếp nhận 18 học viên tỉnh Vân Nam. Hà Giang đón 18 học viên Trung Quốc sang học tập.",
     [("VN-03", "CN-YN", 18, 18, "students", HOSTED)]),
])
def test_shares_holders_and_repeats_in_other_wording(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), [
    # a total named by its noun, its number counted in persons after the copula
    ("Số lưu học sinh Lào đang theo học tại tỉnh Hà Tĩnh hiện là 312 em.",
     [("VN-23", "LA", 312, 312, "students", HOSTED)]),
    ("Tổng số sinh viên tỉnh Hủa Phăn đang học tại các trường của tỉnh Sơn La là 215 người.",
     [("VN-05", "LA-HO", 215, 215, "students", HOSTED)]),
    # a province that hands over or sends its country's students: they are the province's
    ("Tại buổi lễ, đại diện hai tỉnh Attapư và Kon Tum đã ký kết bàn giao 30 lưu học sinh Lào cho tỉnh Kon Tum.",
     [("VN-28", "LA-AT", 30, 30, "students", HOSTED)]),
    ("Năm nay, tỉnh Sê Kông đã cử 40 học viên Lào sang học tiếng Việt tại tỉnh Quảng Nam.",
     [("VN-27", "LA-XE", 40, 40, "students", HOSTED)]),
    # a province's delegation visiting the country's students leaves them the country's
    ("Đoàn tỉnh Khăm Muộn thăm 120 lưu học sinh Lào đang học tại tỉnh Quảng Bình.",
     [("VN-24", "LA", 120, 120, "students", HOSTED)]),
    # the foreign province that gives the awards, not the one where the students study
    ("Năm 2022, tỉnh Champasak cấp học bổng, tỉnh Gia Lai cử 3 sinh viên sang học tiếng Lào tại tỉnh Attapư.",
     [("VN-30", "LA-CH", 3, 3, "students", AWARDS)]),
    # Vietnamese students at the foreign school the sentence before named
    ("Đoàn tỉnh Thái Nguyên làm việc với Trường Đại học Khon Kaen. Hiện có 35 sinh viên Thái Nguyên đang theo học "
     "tại trường.",
     [("VN-69", "TH-40", 35, 35, "students", HOSTED)]),
    ("Cùng ngày, đoàn tỉnh Quảng Bình làm việc với Trường Đại học Nakhon Phanom. Lãnh đạo nhà trường cho biết sẽ "
     "dành 6 suất học bổng mỗi năm cho sinh viên Quảng Bình.",
     [("VN-24", "TH-48", 6, 6, "scholarships/year", AWARDS)]),
])
def test_totals_senders_givers_and_schools_named_before(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), [
    # shares of a total named again ("trong số N … này sẽ có M em"), by level: the total only
    ("Tỉnh Nghệ An tiếp nhận 36 lưu học sinh tỉnh Hủa Phăn. Trong số 36 lưu học sinh này sẽ có 20 em học đại học, "
     "10 em cao đẳng và 6 em trung cấp.",
     [("VN-22", "LA-HO", 36, 36, "students", HOSTED)]),
    ("Tỉnh Bình Phước cấp 30 suất học bổng cho tỉnh Kratie, gồm 20 suất đại học và 10 suất thạc sĩ.",
     [("VN-58", "KH-10", 30, 30, "scholarships", AWARDS)]),
    ("Tỉnh Quảng Trị tiếp nhận 44 sinh viên tỉnh Savannakhet, trong đó 30 em học ngành điều dưỡng.",
     [("VN-25", "LA-SV", 44, 44, "students", HOSTED)]),
    # shares for a partner of their own stay, and so does a total after the shares
    ("Tỉnh Hà Tĩnh đào tạo 860 học viên Lào, trong đó tỉnh Khăm Muộn là 240, tỉnh Bô-ly-khăm-xay là 180, nâng "
     "tổng số học viên Lào tại tỉnh lên 1.930.",
     [("VN-23", "LA", 860, 860, "students", HOSTED), ("VN-23", "LA-KH", 240, 240, "students", HOSTED),
      ("VN-23", "LA-BL", 180, 180, "students", HOSTED), ("VN-23", "LA", 1930, 1930, "students", HOSTED)]),
    # a share whose own clause gives it awards the total did not name is a count of its own
    ("Hiện có hơn 600 sinh viên Lào đang học tại tỉnh Thừa Thiên Huế, trong đó tỉnh cấp học bổng toàn phần cho 150 "
     "sinh viên.",
     [("VN-26", "LA", 600, None, "students", AWARDS), ("VN-26", "LA", 150, 150, "students", AWARDS)]),
    # a bound and the plain number, one count told twice
    ("Tỉnh Hà Tĩnh hiện có hơn 300 lưu học sinh tỉnh Bô-ly-khăm-xay. Lãnh đạo tỉnh bạn cảm ơn tỉnh đã đào tạo 300 "
     "lưu học sinh tỉnh Bô-ly-khăm-xay.",
     [("VN-23", "LA-BL", 300, None, "students", HOSTED)]),
])
def test_shares_of_a_total_for_its_partners(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize("body", [
    "Điểm trường do tỉnh Kon Tum tài trợ xây dựng tại tỉnh Attapư đón 120 học sinh trong năm học mới.",
    "Công trình trường học do tỉnh Hà Giang bàn giao cho tỉnh Phông-xa-lỳ giúp hơn 250 học sinh có nơi học tập.",
    "Đoàn tỉnh Xiêng Khoảng thăm Trường Đại học Vinh. Nhà trường hiện đào tạo 20.000 sinh viên Nghệ An.",
    # short courses and study tours
    "Tỉnh Quảng Trị tiếp nhận 20 cán bộ tỉnh Savannakhet sang tập huấn về quản lý đất đai.",
    "Tỉnh Điện Biên khai giảng lớp tập huấn cho 35 học viên tỉnh Phông-xa-lỳ.",
    "Năm 2023, tỉnh Gia Lai đón 12 cán bộ tỉnh Ratanakiri sang học tập kinh nghiệm trồng cà phê.",
])
def test_pupils_of_a_built_school_and_a_domestic_school_are_not_scholarships(body: str) -> None:
    assert none_of(body, "SCHOLARSHIP")


@pytest.mark.parametrize(("body", "expected"), [
    # dated long before the page: history
    ("Năm 1965, tỉnh Nghệ An đã đón 300 học sinh tỉnh Xiêng Khoảng sang học tập.", []),
    ("Giai đoạn 1975 - 1990, tỉnh Thanh Hóa đã đào tạo 850 học viên tỉnh Hủa Phăn.", []),
    # brought up to now, or in recent years: a count
    ("Từ năm 2005 đến nay, tỉnh Nghệ An đã đào tạo 1.200 lưu học sinh tỉnh Hủa Phăn.",
     [("VN-22", "LA-HO", 1200, 1200, "students", HOSTED)]),
    ("Năm 2019, tỉnh Sơn La đã cấp 30 suất học bổng cho tỉnh Hủa Phăn.",
     [("VN-05", "LA-HO", 30, 30, "scholarships", AWARDS)]),
])
def test_a_count_dated_long_before_the_page_is_history(body: str, expected: list[Row]) -> None:
    found = [(e.vn_party_code, e.foreign_party_code, e.quantity_min, e.quantity_max, e.unit, e.category)
             for e in events_of(body, date(2024, 5, 1)) if e.event_type == "SCHOLARSHIP"]
    assert found == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "LHS" is "lưu học sinh"; "tuyển sinh N", "tuyển được N" are intakes; "vượt chỉ tiêu" is a target, no awards
    ("Kết thúc mùa tuyển sinh năm học 2025-2026, Trường Cao đẳng Sơn La đã tuyển được 120 LHS Lào, vượt chỉ tiêu đề "
     "ra.", [("VN-05", "LA", 120, 120, "students", HOSTED)]),
    # its shares by programme are part of it
    ("Năm học 2024-2025, Trường Đại học Quảng Bình tuyển sinh 58 LHS tỉnh Khăm Muộn, trong đó có 50 LHS học tiếng "
     "Việt và 8 LHS học đại học.", [("VN-24", "LA-KH", 58, 58, "students", HOSTED)]),
    # "nhà trường" is the school named just before, which acts for the province in its name
    ("Đoàn đại biểu tỉnh Hà Tĩnh do Phó Chủ tịch UBND tỉnh Hà Tĩnh dẫn đầu đã thăm tỉnh Khăm Muộn. Lãnh đạo tỉnh Hà "
     "Tĩnh cảm ơn tỉnh bạn. Đoàn cũng thăm Trường Cao đẳng Nghệ An. Năm nay, nhà trường tuyển được 30 LHS tỉnh Khăm "
     "Muộn.", [("VN-22", "LA-KH", 30, 30, "students", HOSTED)]),
])
def test_an_intake_of_lao_students_written_lhs(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize(("body", "expected"), [
    # a share dated by its own year inside a total over the years is that year's count
    ("Từ năm 2010 đến nay, tỉnh Hủa Phăn đã cử 320 lưu học sinh sang học tại Trường Cao đẳng Thanh Hóa, trong đó "
     "năm học 2024, tỉnh Hủa Phăn có 41 lưu học sinh đang theo học tại trường.",
     [("VN-21", "LA-HO", 320, 320, "students", HOSTED), ("VN-21", "LA-HO", 41, 41, "students", HOSTED)]),
    # undated, a share by field is part of the total
    ("Từ năm 2010 đến nay, tỉnh Thanh Hóa đã đào tạo 320 lưu học sinh tỉnh Hủa Phăn, trong đó 41 em học ngành y.",
     [("VN-21", "LA-HO", 320, 320, "students", HOSTED)]),
])
def test_a_share_dated_by_its_own_year_is_a_count_of_its_own(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


def test_athletes_beside_students_are_no_greeting() -> None:
    # "vận động viên" holds "động viên" (cheering on), which makes students greeted no intake
    assert counts("Tỉnh Bắc Ninh hiện đang hỗ trợ 12 sinh viên, 7 học viên và 4 vận động viên Lào học tập trên địa "
                  "bàn.") == [("VN-56", "LA", 12, 12, "students", HOSTED), ("VN-56", "LA", 7, 7, "students", HOSTED)]
    assert counts("Tỉnh Nghệ An tổ chức gặp mặt, động viên 80 lưu học sinh Lào đón Tết.") == []


@pytest.mark.parametrize(("body", "expected"), [
    # a bracket after a total breaks it down by province: the number after each colon is that province's
    ("Năm 2023, tỉnh Quảng Bình đã cấp cho các tỉnh Trung Lào 25 suất học bổng (tỉnh Khăm Muộn: 15; tỉnh "
     "Savannakhet: 6; tỉnh Bô Ly Khăm Xay: 4).",
     [("VN-24", "LA", 25, 25, "scholarships", AWARDS), ("VN-24", "LA-KH", 15, 15, "scholarships", AWARDS),
      ("VN-24", "LA-SV", 6, 6, "scholarships", AWARDS), ("VN-24", "LA-BL", 4, 4, "scholarships", AWARDS)]),
    # the last share closes the list with "và"; a Vietnamese child abroad ("Việt kiều") is no foreign student
    ("Riêng năm 2022, thành phố Hải Phòng dành cho các tỉnh Bắc Lào 12 suất học bổng (tỉnh Luông Pha Băng: 7; "
     "tỉnh Hủa Phăn: 2 và 3 học sinh Việt kiều tại Viêng Chăn).",
     [("VN-HP", "LA", 12, 12, "scholarships", AWARDS), ("VN-HP", "LA-LP", 7, 7, "scholarships", AWARDS),
      ("VN-HP", "LA-HO", 2, 2, "scholarships", AWARDS)]),
])
def test_a_bracketed_breakdown_gives_each_province_its_own_number(body: str, expected: list[Row]) -> None:
    assert counts(body) == sorted(expected, key=str)


@pytest.mark.parametrize("body", [
    "Hiện có 5 lưu học sinh Việt Nam theo học ở Belarus.",
    "Hiện có khoảng 120 sinh viên Việt Nam đang học tập tại tỉnh Primorsky.",
    "Năm học này có 40 du học sinh người Việt Nam theo học tại các trường của tỉnh Gunma.",
])
def test_vietnams_own_students_abroad_are_no_students_hosted(body: str) -> None:
    assert none_of(body, "SCHOLARSHIP")


def test_foreign_students_here_and_awards_to_vietnamese_students_still_count() -> None:
    hosted = [e for e in events_of("Hiện có 300 lưu học sinh Lào đang theo học tại tỉnh Nghệ An.")
              if e.event_type == "SCHOLARSHIP"]
    assert [(e.vn_party_code, e.foreign_party_code, e.quantity_min) for e in hosted] == [("VN-22", "LA", 300)]
    awarded = [e for e in events_of("Tỉnh Gunma cấp 20 suất học bổng cho sinh viên Việt Nam của tỉnh Thái Bình.")
               if e.event_type == "SCHOLARSHIP"]
    assert [(e.vn_party_code, e.foreign_party_code, e.quantity_min) for e in awarded] == [("VN-20", "JP-10", 20)]


@pytest.mark.parametrize("honour", ["tặng bằng khen cho", "trao giấy khen cho", "tuyên dương", "khen thưởng"])
def test_students_honoured_for_merit_are_no_count(honour: str) -> None:
    body = ("Tại buổi gặp mặt có hơn 200 lưu học sinh Lào đang học tập tại Trường Đại học Tây Bắc, tỉnh Sơn La. "
            f"Tỉnh đoàn đã {honour} 25 lưu học sinh Lào có thành tích xuất sắc.")
    counts = [e for e in events_of(body) if e.event_type == "SCHOLARSHIP"]
    assert [(e.vn_party_code, e.foreign_party_code, e.quantity_min) for e in counts] == [("VN-05", "LA", 200)]
