"""Dates and leaders of visits: the written forms of days and the names behind degrees and ranks.

Pins down, with sentences written for these tests:
- days ranged or listed before their month with any separator ("trong hai ngày 8-9.4", "từ ngày 2 - 4.4",
  "ngày 18, 19 và 20/10"), ranges across months ("30/9 - 2/10", "ngày 30.9 - 2.10.2023", "từ ngày 30 tháng
  9 đến ngày 2 tháng 10 năm 2023") dated by their first day in the year written at either end, dotted full
  dates standing alone ("8.4.2024"), "ngày mùng 5 tháng 2", a weekday before its day ("Thứ Ba, 12.3");
- a leader's name read after a degree or a rank ("BSCKII", "TS.", "PGS.TS", "Đại tá", "Thượng tá"), and
  names with a capital inside a syllable ("KouSoum");
- a trip dated by its first day although the article reports it on a later one ("Ngày 5.4, … cho biết").
"""

from __future__ import annotations

from datetime import date

import pytest

from assets.extraction.dates import context_year, find_dates
from assets.extraction.mentions import find_mentions
from assets.places import default_gazetteer
from tests.extraction.helpers import events_of, one

PUBLISHED = date(2024, 12, 20)


@pytest.mark.parametrize(("text", "value"), [
    # days ranged or listed before their month
    ("trong hai ngày 8-9.4, đoàn đến", date(2024, 4, 8)),
    ("diễn ra từ ngày 2 - 4.4 tại", date(2024, 4, 2)),
    ("từ ngày 24 đến ngày 27/1 theo", date(2024, 1, 24)),
    ("từ ngày 15 đến ngày 17-12-2023, đoàn", date(2023, 12, 15)),
    ("ngày 18, 19 và 20/10 vừa qua", date(2024, 10, 18)),
    ("trong hai ngày 6 và 7.11", date(2024, 11, 6)),
    ("đang thăm tỉnh từ ngày 16 đến 19-9.", date(2024, 9, 16)),
    # ranges across months, in the year written at either end
    ("từ 30/9 - 2/10, đoàn", date(2024, 9, 30)),
    ("từ 27/02 - 29/02/2024 tại", date(2024, 2, 27)),
    ("từ ngày 28/11 đến ngày 3/12/2023", date(2023, 11, 28)),
    ("ngày 30.9 - 2.10.2023 tại", date(2023, 9, 30)),
    ("từ ngày 29-11 đến ngày 1-12, đoàn", date(2024, 11, 29)),
    ("từ ngày 30 tháng 9 đến ngày 2 tháng 10 năm 2023", date(2023, 9, 30)),
    # dotted full dates, day words, weekdays
    ("ký vào 8.4.2024 tại", date(2024, 4, 8)),
    ("ngày mùng 5 tháng 2 năm 2023", date(2023, 2, 5)),
    ("mồng 3 tháng 9, đoàn", date(2024, 9, 3)),
    ("ngày 5 tháng 4-2018 tại", date(2018, 4, 5)),
    ("Thứ Ba, 12.3, đoàn", date(2024, 3, 12)),
    ("Chủ nhật (14.7), tại", date(2024, 7, 14)),
    ("Thứ Tư (ngày 6/11), đoàn", date(2024, 11, 6)),
])
def test_day_forms(text: str, value: date) -> None:
    found = [d for d in find_dates(text, 2024, "published", PUBLISHED) if d.precision == "day"]
    assert [d.value for d in found] == [value]


def test_relative_days_count_from_the_page() -> None:
    found = find_dates("Chiều qua (19/12), đoàn đến; hôm qua đoàn về", 2024, "published", PUBLISHED)
    assert [d.value for d in found] == [date(2024, 12, 19)] * 3


@pytest.mark.parametrize("text", [
    "hơn 1.100 học viên và 2.500 người",
    "chiều 5, 6.000 người đến",
    "giai đoạn 2021-2025",
    "từ 10-20 học sinh",
])
def test_numbers_are_no_days(text: str) -> None:
    assert [d for d in find_dates(text, 2024) if d.precision == "day"] == []


@pytest.mark.parametrize("text", [
    "kỷ niệm 80 năm Ngày thành lập Quân đội (22/12/1944 - 22/12/2024), đoàn",
    "nhân 60 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962 – 5/9/2022) tại",
    "kỷ niệm ngày 2 tháng 9 năm 1945 - ngày 2 tháng 9 năm 2024, Sở",
])
def test_an_anniversarys_founding_day_and_its_return_date_nothing(text: str) -> None:
    assert [d for d in find_dates(text, 2024, "published", PUBLISHED) if d.precision == "day"] == []


def test_a_trip_across_the_new_year_keeps_its_first_day() -> None:
    found = find_dates("từ ngày 30/12/2023 - 2/1/2024, đoàn", 2024, "published", PUBLISHED)
    assert [d.value for d in found] == [date(2023, 12, 30)]


def test_a_page_without_a_stamp_or_a_year_in_its_body_takes_its_headlines() -> None:
    body = "Sáng 11-4, đoàn đại biểu tỉnh Nghệ An do đồng chí Lê Văn Hùng dẫn đầu đã sang thăm tỉnh Xiêng Khoảng."
    visit = [e for e in events_of(body, None, "Nghệ An và Xiêng Khoảng ký kết kế hoạch hợp tác năm 2023")
             if e.event_type == "VISIT"]
    assert [e.event_date for e in visit] == [date(2023, 4, 11)]


def test_a_visit_on_an_anniversary_is_dated_by_the_article() -> None:
    body = ("Nhân dịp kỷ niệm 75 năm Ngày thành lập Quân đội nhân dân Lào (20/1/1949 - 20/1/2024), ngày 15/1, "
            "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh đã tổ chức đoàn công tác sang thăm, chúc mừng Bộ Chỉ huy Quân sự "
            "tỉnh Bolikhamxay.")
    visit = one(body, "VISIT", date(2024, 1, 20))
    assert visit.event_date == date(2024, 1, 15)


@pytest.mark.parametrize(("text", "name"), [
    ("Đoàn do BSCKII Lò Văn Minh, Phó Giám đốc Sở Y tế làm trưởng đoàn.", "Lò Văn Minh"),
    ("do đồng chí TS. Xổm-phon Khăm-xay - Ủy viên Ban Chấp hành Trung ương Đảng dẫn đầu", "Xổm-phon Khăm-xay"),
    ("do PGS.TS Trần Minh Châu, Hiệu trưởng dẫn đầu", "Trần Minh Châu"),
    ("ThS. Đỗ Thị Lan phát biểu", "Đỗ Thị Lan"),
    ("do Thượng tá Hà Văn Tuấn dẫn đầu", "Hà Văn Tuấn"),
    ("ngài ChanSophal Mao, Tỉnh trưởng", "ChanSophal Mao"),
])
def test_names_after_degrees_and_ranks(text: str, name: str) -> None:
    persons = [m.text for m in find_mentions(text, default_gazetteer()) if m.mention_type == "PERSON"]
    assert persons == [name]


@pytest.mark.parametrize(("body", "published", "expected"), [
    ("Sáng 12/3, đoàn công tác Sở Y tế tỉnh Điện Biên do BSCKII Lò Văn Minh, Phó Giám đốc Sở Y tế làm trưởng đoàn "
     "đã sang thăm và làm việc tại tỉnh Phông Sa Lỳ.", date(2024, 3, 13),
     ("VN-71", "LA-PH", date(2024, 3, 12), "Lò Văn Minh")),
    ("Trong hai ngày 8-9.4, đoàn đại biểu tỉnh Hà Tĩnh do Đại tá Trần Hồng Sơn dẫn đầu đã sang thăm tỉnh Khăm Muồn.",
     date(2024, 4, 10), ("VN-23", "LA-KH", date(2024, 4, 8), "Trần Hồng Sơn")),
    ("Chiều 25/9, lãnh đạo tỉnh Savannakhet do đồng chí TS. Xổm-phon Khăm-xay - Ủy viên Ban Chấp hành Trung ương "
     "Đảng, Tỉnh trưởng làm trưởng đoàn đã đến chào xã giao lãnh đạo tỉnh Quảng Trị.", date(2024, 9, 26),
     ("VN-25", "LA-SV", date(2024, 9, 25), "Xổm-phon Khăm-xay")),
    ("Từ ngày 30/9 - 2/10/2023, đoàn đại biểu tỉnh Nghệ An do ông Lê Hồng Vinh dẫn đầu đã sang thăm tỉnh Xiêng Khoảng.",
     None, ("VN-22", "LA-XI", date(2023, 9, 30), "Lê Hồng Vinh")),
    # the day the article reports the trip is not its first day
    ("Ngày 12.6, Tỉnh đoàn Quảng Trị cho biết đã hoàn thành chuyến công tác tại tỉnh Savannakhet. Chuyến công tác "
     "diễn ra từ ngày 8 - 10.6, đoàn do anh Trần Văn Hùng, Bí thư Tỉnh đoàn dẫn đầu.", date(2024, 6, 12),
     ("VN-25", "LA-SV", date(2024, 6, 8), "Trần Văn Hùng")),
])
def test_visit_date_and_leader(body: str, published: date | None,
                               expected: tuple[str, str, date, str | None]) -> None:
    visit = one(body, "VISIT", published)
    assert (visit.vn_party_code, visit.foreign_party_code, visit.event_date, visit.leader_name) == expected


def test_a_day_after_the_outlets_dash_is_read() -> None:
    found = find_dates("(ABC) - Sáng 27-6, tại cửa khẩu; XYZ- Chiều 12.12, đoàn đến", 2018)
    assert [d.value for d in found] == [date(2018, 6, 27), date(2018, 12, 12)]


def test_a_trip_under_way_is_dated_by_its_programme() -> None:
    body = ("Sáng nay, đoàn đại biểu tỉnh Cao Bằng do ông Hoàng Văn Thạch dẫn đầu đã lên đường sang thăm tỉnh "
            "Quảng Tây (Trung Quốc). Đón đoàn tại cửa khẩu có lãnh đạo tỉnh Quảng Tây. Theo chương trình, đoàn sẽ "
            "làm việc tại Quảng Tây từ ngày 9 đến ngày 12/3.")
    visit = one(body, "VISIT")
    assert (visit.event_date.month, visit.event_date.day) == (3, 9)


@pytest.mark.parametrize(("text", "year"), [
    # a target year is the page's year or later: the earliest stands when nothing else names the year
    ("Ngày 3.11, hai tỉnh ký kết. Tỉnh sẽ khai trương cửa khẩu vào tháng 12/2025, xúc tiến dự án trong năm 2026.",
     2025),
    ("Chiều 8/5, đoàn đến. Ông đề nghị hai bên hoàn thành công trình trong năm 2027.", 2027),
    # a long-range aim never stands for the page's year
    ("Ngày 5-7, đoàn đến. Hai thành phố đều có mục tiêu trung hòa carbon vào năm 2050.", None),
    ("Chiều 8/5, hai bên thống nhất tầm nhìn đến năm 2045.", None),
    # a year the article tells of wins over a target
    ("Năm 2023, hai tỉnh trao đổi 12 đoàn. Hai bên phấn đấu đến năm 2030 kim ngạch đạt 1 tỷ USD.", 2023),
    # an occasion at hand is no target
    ("Sáng 26/1, đoàn đến chúc Tết nhân dịp chuẩn bị đón Tết Nguyên đán Giáp Thìn 2024. Năm 2023, hai tỉnh hợp tác.",
     2024),
])
def test_context_year_does_not_take_a_target_for_the_pages_year(text: str, year: int | None) -> None:
    assert context_year(text) == year
