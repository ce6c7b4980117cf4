"""The layouts real pages come in, one defect of issue 13 per test, on pages and sentences written for
these tests: cut-off last paragraphs, captions over the lead, stamps beside the title or the lead,
bylines, sources and breadcrumbs, sapos, and every common stamp form."""

from __future__ import annotations

from datetime import date

import pytest

from assets.cleaning.page import clean_page
from assets.stamps import find_stamp, leading_stamp

TITLE = "Hà Tĩnh và Khăm Muồn thống nhất kế hoạch hợp tác năm 2025"
SAPO = ("Hai tỉnh thống nhất ưu tiên hợp tác về giáo dục, y tế và phát triển thương mại qua cặp cửa khẩu "
        "Cầu Treo - Nậm Phao trong năm tới.")
LEAD = ("Chiều 14/3, tại thành phố Hà Tĩnh, Thường trực Tỉnh ủy Hà Tĩnh đã hội đàm với đoàn đại biểu tỉnh "
        "Khăm Muồn do đồng chí Vi-lay Sổm-phu-thon, Bí thư Tỉnh ủy làm trưởng đoàn.")
MIDDLE = ("Hai bên đánh giá cao kết quả thực hiện biên bản ghi nhớ giai đoạn 2021 - 2025, nhất là việc phối "
          "hợp quản lý biên giới và đào tạo nguồn nhân lực.")
CUT = ("Dịp này, tỉnh Hà Tĩnh trao tặng tỉnh Khăm Muồn 2 tỷ đồng hỗ trợ xây dựng trường học tại huyện Nhôm "
       "Ma-lạt, đồng thời cam kết tiếp nhận thêm 40 lưu học sinh của tỉnh bạn sang học tập tại các")
MENU = "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Đối ngoại | Video"


def page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_a_page_cut_off_in_its_last_paragraph_keeps_it() -> None:
    article = clean_page(page(MENU, TITLE, LEAD, MIDDLE, CUT))
    assert article.body == f"{LEAD}\n\n{MIDDLE}\n\n{CUT}"


@pytest.mark.parametrize("short", [
    "Đoàn cũng đã thăm hỏi, tặng quà các gia đình cựu chiến binh và",
    "Đến nay tỉnh đã có hơn 40 dự",
    "Xin chân thành cảm ơn tấm lòng",
    "Phó Tỉnh trưởng Xiêng Khoảng Bun",
    "Ông Bí thư Tỉnh ủy bày tỏ mong muốn trong thời gian tới hai tỉnh Hà Tĩnh - Khăm Muồn tiếp tục phối hợp ch",
])
def test_a_short_last_line_cut_off_mid_sentence_is_body(short: str) -> None:
    assert clean_page(page(TITLE, LEAD, MIDDLE, short)).body.endswith(short)


def test_a_last_line_cut_off_after_a_bracket_is_body() -> None:
    cut = "Tỉnh có 3 dự án đầu tư tại tỉnh bạn gồm dự án trồng cà phê (1.200 ha) và nhà máy chế biến nông sản với công"
    assert clean_page(page(TITLE, LEAD, MIDDLE, cut)).body.endswith(cut)


# cut off before its first comma: not long enough a line to be a paragraph wherever it stands
CUT_EARLY = ("Tỉnh trưởng Khăm Muồn bày tỏ niềm vui khi tỉnh bạn có nhiều lưu học sinh đang học tập tại các "
             "trường đại học và cao đẳng của tỉnh Hà")


def test_a_cut_off_paragraph_under_a_short_caption_is_body() -> None:
    article = clean_page(page(TITLE, LEAD, MIDDLE, "Bí thư Tỉnh ủy Lê Minh An", CUT_EARLY))
    assert article.body == f"{LEAD}\n\n{MIDDLE}\n\n{CUT_EARLY}"


@pytest.mark.parametrize("above", ["Tin liên quan", "Minh Anh", "Ngày 15/3/2025", "Ảnh: Minh Anh"])
def test_a_teaser_under_a_heading_or_a_byline_is_not_taken_for_a_cut_off_paragraph(above: str) -> None:
    assert not clean_page(page(TITLE, LEAD, MIDDLE, above, CUT_EARLY)).body.endswith(CUT_EARLY)


def test_the_sapos_of_related_links_inside_the_article_are_not_body() -> None:
    first = "Quảng Bình tặng quà tỉnh bạn Khăm Muồn dịp Tết cổ truyền Bunpimay"
    second = "Nghệ An trao học bổng cho lưu học sinh Lào năm học mới"
    sapo = "Đoàn công tác của tỉnh đã thăm hỏi và trao quà cho các gia đình chính sách của tỉnh bạn."
    text = "\n".join([TITLE, "", LEAD, f"{first} {first}", sapo, f"{second} {second}", sapo.replace("Đoàn", "Nhà"),
                      "", MIDDLE])
    assert clean_page(text).body == f"{LEAD}\n\n{MIDDLE}"


@pytest.mark.parametrize("teaser", [
    "Hà Giang: Người dân vùng cao đón Tết sớm",
    "Nguồn THQT: http://www.thqt.vn/tin-tuc/ha-tinh-khammuon-hop-tac",
    "Xem thêm tại www.baohatinh.vn",
    "Sở Ngoại vụ",
    "Văn phòng UBND tỉnh Quảng Trị",
    "Bài viết cùng chuyên mục",
    "Một số hình ảnh lễ ký kết kế hoạch hợp tác giữa hai tỉnh",
])
def test_a_teaser_headline_or_a_link_after_the_last_paragraph_is_not_body(teaser: str) -> None:
    assert not clean_page(page(TITLE, LEAD, MIDDLE, teaser)).body.endswith(teaser)


@pytest.mark.parametrize("ending", ["hợp tác”", "như sau:", "hai tỉnh;"])
def test_a_last_paragraph_ending_with_a_quote_or_colon_is_body(ending: str) -> None:
    last = f"Phát biểu tại buổi hội đàm, đồng chí Bí thư Tỉnh ủy nhấn mạnh “tình hữu nghị là nền tảng của {ending}"
    assert clean_page(page(TITLE, LEAD, MIDDLE, last)).body.endswith(last)


@pytest.mark.parametrize("caption", [
    "Lãnh đạo hai tỉnh ký kết kế hoạch hợp tác năm 2025 - Ảnh: Đức Quang",
    "Lãnh đạo hai tỉnh ký kết kế hoạch hợp tác năm 2025. Ảnh: ĐỨC QUANG",
    "Lãnh đạo hai tỉnh ký kết kế hoạch hợp tác năm 2025 (Ảnh: Đức Quang)",
    "Quang cảnh buổi làm việc",
    "Toàn cảnh buổi hội đàm giữa lãnh đạo hai tỉnh",
])
def test_a_photo_caption_over_the_lead_is_neither_title_nor_body(caption: str) -> None:
    article = clean_page(page(MENU, TITLE, caption, LEAD, MIDDLE))
    assert article.title == TITLE
    assert article.body == f"{LEAD}\n\n{MIDDLE}"


def test_a_stamp_on_the_title_line_leaves_the_title() -> None:
    article = clean_page(page(MENU, f"{TITLE} - 14/03/2025 17:45", LEAD, MIDDLE))
    assert (article.title, article.published_date) == (TITLE, date(2025, 3, 14))


def test_a_date_inside_a_title_stays_in_it() -> None:
    title = "Hà Tĩnh và Khăm Muồn kỷ niệm ngày ký Hiệp ước 18/7/1977"
    assert clean_page(page(MENU, title, "14/03/2025 | 17:45", LEAD, MIDDLE)).title == title


def test_a_stamp_opening_the_first_paragraph_leaves_the_body() -> None:
    article = clean_page(page(TITLE, f"Thứ Sáu, 14/03/2025 - 17:45 GMT+7 {LEAD}", MIDDLE))
    assert article.body == f"{LEAD}\n\n{MIDDLE}"
    assert article.published_date == date(2025, 3, 14)


def test_the_article_stamp_beats_the_date_of_the_masthead() -> None:
    article = clean_page("\n".join(["BÁO TỈNH", "Thứ Bảy, 15/03/2025", MENU, "Đối ngoại", "", TITLE,
                                    "Cập nhật lúc 17:20, 14/03/2025 (GMT+7)", "Cỡ chữ: A- A A+ | In bài",
                                    "Nghe đọc bài viết", "", LEAD, "", MIDDLE]))
    assert (article.title, article.published_date) == (TITLE, date(2025, 3, 14))


@pytest.mark.parametrize("title", [
    "Hà Tĩnh và Khăm Muồn: Vì sao hợp tác giáo dục luôn đi trước?",
    "Hà Tĩnh và Khăm Muồn viết tiếp tình hữu nghị “đặc biệt”",
])
def test_a_title_followed_by_a_stamp_line_is_kept(title: str) -> None:
    article = clean_page(page(MENU, title, "14/03/2025 | 17:45", LEAD, MIDDLE))
    assert (article.title, article.published_date) == (title, date(2025, 3, 14))
    assert article.body == f"{LEAD}\n\n{MIDDLE}"


def test_a_stamp_under_the_sapo_dates_the_page_and_leaves_the_body() -> None:
    article = clean_page(page(MENU, TITLE, SAPO, "Thứ Sáu, 14/03/2025 - 17:45 GMT+7", LEAD, MIDDLE))
    assert (article.title, article.published_date) == (TITLE, date(2025, 3, 14))
    assert article.body == f"{SAPO}\n\n{LEAD}\n\n{MIDDLE}"


@pytest.mark.parametrize("author", ["Minh Hằng - Lê Hợi 14/03/2025 17:45", "Minh Hằng | 14/03/2025 17:45"])
def test_an_author_printed_with_the_stamp_is_not_the_title(author: str) -> None:
    article = clean_page("\n".join([MENU, TITLE, author, "", LEAD, "", MIDDLE]))
    assert (article.title, article.published_date) == (TITLE, date(2025, 3, 14))


def test_a_stamp_over_the_title_dates_it() -> None:
    article = clean_page("\n".join(["Thời sự   Thế giới   Kinh doanh   Giải trí   Thể thao   Pháp luật",
                                    "Thời sự › Đối ngoại", "Thứ Sáu, 14/3/2025, 16:05 (GMT+7)", "", TITLE, "",
                                    SAPO, "", LEAD, "", MIDDLE]))
    assert (article.title, article.published_date) == (TITLE, date(2025, 3, 14))
    assert article.body == f"{SAPO}\n\n{LEAD}\n\n{MIDDLE}"


@pytest.mark.parametrize("byline", [
    "ĐOÀN MINH TÂM (TTXVN)", "Theo TTXVN", "(Theo TTXVN)", "Theo Báo Hà Tĩnh.", "Nguồn: Sở Ngoại vụ tỉnh Hà Tĩnh",
    "Tin, ảnh: Thu Hà", "Thu Hà - Minh Đức (HTTV)", "NGỌC BÍCH",
])
def test_bylines_and_sources_at_the_end_leave_the_body(byline: str) -> None:
    article = clean_page(page(TITLE, SAPO, LEAD, MIDDLE, byline, "Tin cùng chuyên mục"))
    assert article.body == f"{SAPO}\n\n{LEAD}\n\n{MIDDLE}"


def test_breadcrumbs_are_neither_title_nor_body() -> None:
    for crumbs in ("Trang chủ > Địa phương > Hà Tĩnh", "Trang chủ » Tin tức - Sự kiện » Đối ngoại",
                   "Trang chủ / Chính trị / Đối ngoại"):
        article = clean_page(page(crumbs, TITLE, LEAD, crumbs, MIDDLE))
        assert (article.title, article.body) == (TITLE, f"{LEAD}\n\n{MIDDLE}")


def test_widgets_and_an_english_site_name_are_not_the_title() -> None:
    article = clean_page("\n".join(["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH", "Provincial Portal of Ha Tinh and Friends",
                                    MENU, TITLE, "Ngày đăng: 14/03/2025 | Lượt xem: 1.024",
                                    "In bài | Gửi email | Chia sẻ", "▶ 00:00 / 03:12", "", LEAD, "", MIDDLE]))
    assert article.title == TITLE


STAMPS = {
    "Thứ Hai, 16/09/2024 - 10:15 GMT+7": date(2024, 9, 16),
    "16-9-2024 | 10:15": date(2024, 9, 16),
    "Cập nhật: 10:15 ngày 16/09/2024": date(2024, 9, 16),
    "T7, 10/10/2015 9:48 chiều": date(2015, 10, 10),
    "T7, 10 / 10 / 2015 9:48 chiều": date(2015, 10, 10),
    "Cập nhật lúc 08:12 ngày 30/11/2019": date(2019, 11, 30),
    "Đăng ngày 16 tháng 9 năm 2024": date(2024, 9, 16),
    "Ngày đăng: 17.09.2024 | Lượt xem: 1.208": date(2024, 9, 17),
    "2024-09-16T10:15:00+07:00": date(2024, 9, 16),
    "TTXVN • 18/10/2023 17:05 • 2.431 lượt xem": date(2023, 10, 18),
    "Chủ nhật, 3/3/2024, 07:00 (GMT+7)": date(2024, 3, 3),
}


@pytest.mark.parametrize("stamp", STAMPS)
def test_every_common_stamp_form_gives_its_date(stamp: str) -> None:
    assert find_stamp(stamp).date == STAMPS[stamp]
    assert clean_page(page(TITLE, stamp, LEAD, MIDDLE)).published_date == STAMPS[stamp]


def test_a_date_that_opens_the_story_is_not_a_stamp() -> None:
    assert leading_stamp("Ngày 16/9/2024, tại thành phố Vinh, hai tỉnh đã ký kết.") is None
    assert find_stamp("Giấy phép số 123/GP-BTTTT cấp ngày 31/02/2024") is None


def test_a_page_without_a_headline_is_known_by_its_first_line_which_stays_story() -> None:
    article = clean_page(page(LEAD, MIDDLE))
    assert (article.title, article.body) == (LEAD, f"{LEAD}\n\n{MIDDLE}")


def test_a_long_headline_with_commas_printed_again_below_a_menu_is_the_title() -> None:
    headline = ("Đoàn đại biểu tỉnh Hà Giang hội đàm với Đoàn đại biểu tỉnh Vân Nam, Trung Quốc về phối hợp quản lý "
                "biên giới, phòng chống dịch bệnh")
    article = clean_page(page(headline, "Nhảy đến nội dung", headline, LEAD, MIDDLE))
    assert article.title == headline
    assert article.body.endswith(MIDDLE)


@pytest.mark.parametrize("label", ["Hợp tác quốc tế", "Tin tức - Sự kiện", "Đối ngoại"])
def test_a_section_label_beside_the_stamp_is_not_the_title(label: str) -> None:
    article = clean_page(page(TITLE, f"Thứ sáu, 14/03/2025    {label}", LEAD, MIDDLE))
    assert (article.title, article.published_date) == (TITLE, date(2025, 3, 14))


@pytest.mark.parametrize("bullet", ["*", "•"])
def test_bulleted_summary_lines_over_the_lead_are_story_not_the_title(bullet: str) -> None:
    summary = f"{bullet} Hà Tĩnh tặng 500 triệu đồng hỗ trợ cán bộ tỉnh Khăm Muồn đón Tết Bunpimay"
    article = clean_page(page(TITLE, summary, LEAD, MIDDLE))
    assert article.title == TITLE
    assert article.body.startswith(summary)


def test_dashed_headlines_between_paragraphs_are_not_story() -> None:
    related = "- Hà Tĩnh và Khăm Muồn ký kết kế hoạch hợp tác năm 2024"
    assert related not in clean_page(page(TITLE, LEAD, related, MIDDLE)).body
