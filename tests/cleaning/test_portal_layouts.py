"""Layouts of real provincial and friendship-portal pages, on pages and sentences written for these tests:
a breadcrumb trail over the stamp with the headline printed around it, a stamp line carrying a view count
and a print widget, an author glued to the "Cập nhật" label, related links printed between the sapo and
the lead (some twice on one line), image alt texts, captions closed by a full stop or "Ảnh tư liệu", photo
pointers and the outlet's invitation to its viewers; a section label and the headline glued to the lead, a
photo credit glued to the sentence after it, an image alt text with the image's width and date, a read-more
link closing the sapo, and teaser headlines glued on one line between paragraphs."""

from __future__ import annotations

from datetime import date

import pytest

from assets.cleaning.page import clean_page
from assets.stamps import find_stamp

TITLE = "Nghệ An và Xiêng Khoảng mở rộng hợp tác đào tạo nghề"
SAPO = ("Hai tỉnh nhất trí tăng số suất học bổng đào tạo nghề và mở thêm lớp tiếng Việt cho cán bộ trẻ "
        "của tỉnh bạn trong năm tới.")
LEAD = ("Sáng 12/6, tại thành phố Vinh, lãnh đạo tỉnh Nghệ An đã tiếp và làm việc với đoàn đại biểu tỉnh "
        "Xiêng Khoảng do Phó Tỉnh trưởng Bun-thon Xay-xổm-phon làm trưởng đoàn.")
MIDDLE = ("Tại buổi làm việc, hai bên đã điểm lại kết quả hợp tác trong giáo dục, y tế, thương mại và thống "
          "nhất sẽ ký biên bản ghi nhớ mới vào cuối năm.")
LAST = ("Dịp này, tỉnh Nghệ An trao tặng tỉnh Xiêng Khoảng 50 bộ máy tính phục vụ dạy tiếng Việt tại "
        "trường dân tộc nội trú của tỉnh.")
TEASER = "Nghệ An tiễn đoàn lưu học sinh Lào về nước nghỉ hè"
TEASER_WITH_COMMA = "Giao lưu văn hóa, thể thao giữa thanh niên hai tỉnh biên giới Việt - Lào"


def page(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize("crumbs", ["Trang chủ Hữu nghị", "Trang chủ Hợp tác địa phương Bạn bè bốn phương"])
def test_a_breadcrumb_over_the_stamp_is_not_the_title(crumbs: str) -> None:
    text = "\n".join([TITLE, "", crumbs, "08:15 | 12/06/2024 GMT+7", "", TITLE, "", "aa",
                      SAPO, TEASER, f"{TEASER_WITH_COMMA} {TEASER_WITH_COMMA}", "", LEAD, "", MIDDLE, "", LAST])
    article = clean_page(text)
    assert (article.title, article.published_date) == (TITLE, date(2024, 6, 12))
    assert article.body == f"{SAPO}\n\n{LEAD}\n\n{MIDDLE}\n\n{LAST}"


def test_a_related_link_printed_twice_on_its_line_is_not_body_even_when_long() -> None:
    long_teaser = ("Tăng cường hợp tác giữa các tỉnh biên giới, góp phần làm sâu sắc hơn quan hệ đoàn kết đặc "
                   "biệt giữa hai nước")
    article = clean_page(page(TITLE, LEAD, f"{long_teaser} {long_teaser}", MIDDLE, LAST))
    assert article.body == f"{LEAD}\n\n{MIDDLE}\n\n{LAST}"


def test_a_stamp_line_with_a_view_count_and_a_print_widget_dates_the_page() -> None:
    article = clean_page(page(TITLE, "Thời sựĐối ngoại", TITLE,
                              "14:05 - Thứ Năm, 13/06/2024 Lượt xem: 1207 In bài viết", f"NA - {LEAD}", MIDDLE))
    assert (article.title, article.published_date) == (TITLE, date(2024, 6, 13))
    assert article.body == f"NA - {LEAD}\n\n{MIDDLE}"


def test_an_author_glued_to_the_update_label_is_not_the_title() -> None:
    article = clean_page(page(TITLE, "TRUYỀN HÌNH & VIDEO", "  • kênh miền Trung", TITLE,
                              "Thanh Tâm, Quốc BảoCập nhật 19:40 ngày 12/06/2024", f"TH - {LEAD}", MIDDLE))
    assert (article.title, article.published_date) == (TITLE, date(2024, 6, 12))
    assert article.body == f"TH - {LEAD}\n\n{MIDDLE}"


def test_the_outlets_invitation_to_its_viewers_is_not_body() -> None:
    article = clean_page(page(TITLE, f"TH - {LEAD}", MIDDLE,
                              "* Mời quý khán giả theo dõi các chương trình thời sự của đài trên ứng dụng xem "
                              "truyền hình trực tuyến!", "Nghệ An: Người dân vùng lũ cần"))
    assert article.body == f"TH - {LEAD}\n\n{MIDDLE}"


def test_an_image_alt_text_and_a_photo_credit_in_capitals_are_not_body() -> None:
    article = clean_page(page(TITLE, LEAD, MIDDLE, f"{TITLE}- Ảnh 1.",
                              "Lãnh đạo hai tỉnh ký biên bản ghi nhớ về hợp tác đào tạo nghề giai đoạn mới.",
                              "ẢNH: THANH TÂM", LAST))
    assert f"{TITLE}- Ảnh 1." not in article.body
    assert "THANH TÂM" not in article.body
    assert article.body.startswith(LEAD) and article.body.endswith(LAST)


@pytest.mark.parametrize("pointer", ["(Ảnh dưới)", "(ảnh trên)"])
def test_a_paragraph_pointing_at_its_photo_loses_the_pointer(pointer: str) -> None:
    short = "Hai bên ký biên bản ghi nhớ."
    article = clean_page("\n".join([TITLE, "", f"{LEAD} {pointer}", MIDDLE, f"{short} {pointer}", LAST]))
    assert article.body == f"{LEAD}\n\n{MIDDLE}\n\n{short}\n\n{LAST}"


@pytest.mark.parametrize(("stamp", "found"), [
    ("09:20 - Thứ Tư, 20/12/2023", "09:20 - Thứ Tư, 20/12/2023"),
    ("Thanh Tâm, Quốc BảoCập nhật 19:40 ngày 12/06/2024", "Cập nhật 19:40 ngày 12/06/2024"),
    ("PV/VTV8Cập nhật 19:40 ngày 12/06/2024", "Cập nhật 19:40 ngày 12/06/2024"),
])
def test_a_time_before_the_weekday_and_a_label_glued_to_a_name_are_part_of_the_stamp(stamp: str, found: str) -> None:
    match = find_stamp(stamp)
    assert (stamp[match.start : match.end], match.dressed) == (found, True)


@pytest.mark.parametrize("caption", [
    "Toàn cảnh buổi làm việc giữa hai tỉnh.",
    "Quang cảnh lễ ký biên bản ghi nhớ.",
    "Lãnh đạo hai tỉnh gặp gỡ nhân dịp Tết năm 2023. Ảnh tư liệu.",
    "Lãnh đạo hai tỉnh gặp gỡ nhân dịp Tết năm 2023 (Ảnh tư liệu)",
])
def test_a_caption_between_paragraphs_is_not_body_even_with_a_full_stop(caption: str) -> None:
    article = clean_page(page(TITLE, LEAD, caption, MIDDLE, LAST))
    assert article.body == f"{LEAD}\n\n{MIDDLE}\n\n{LAST}"


@pytest.mark.parametrize("furniture", [
    "Xã hội  >  Đối ngoại",  # a breadcrumb of one arrow between two short sections
    "Sở Ngoại vụ tỉnh Nghệ An / Department of Foreign Affairs",  # a name with its English version
])
def test_a_one_arrow_breadcrumb_or_a_bilingual_name_over_the_stamp_is_not_the_title(furniture: str) -> None:
    text = "\n".join(["Thời sự | Kinh tế | Đối ngoại", furniture, "08:15 | 12/06/2024", "", TITLE, "", LEAD, "",
                      MIDDLE, "", LAST])
    assert clean_page(text).title == TITLE


def test_a_headline_comparing_with_an_arrow_stays_a_headline() -> None:
    headline = "Kim ngạch qua cửa khẩu Nậm Cắn năm 2024 > 500 triệu USD"
    text = "\n".join(["Thời sự | Kinh tế | Đối ngoại", headline, "08:15 | 12/06/2024", "", LEAD, "", MIDDLE, "",
                      LAST])
    assert clean_page(text).title == headline


@pytest.mark.parametrize("label", ["Xã hội", "Kinh tế - đối ngoại"])
def test_a_section_label_and_the_headline_glued_to_the_lead_are_cut_off_it(label: str) -> None:
    article = clean_page(page(TITLE, "12/06/2024", f"{label} {TITLE} NA - {LEAD}", MIDDLE, LAST))
    assert article.title == TITLE
    assert article.body == f"NA - {LEAD}\n\n{MIDDLE}\n\n{LAST}"


def test_a_photo_credit_glued_to_the_lead_is_cut_off_it() -> None:
    article = clean_page(page(TITLE, f"© Ảnh : Văn phòng Ủy ban tỉnh/Thanh Tâm{LEAD}", MIDDLE, LAST))
    assert article.body == f"{LEAD}\n\n{MIDDLE}\n\n{LAST}"


def test_a_caption_glued_to_its_credit_and_an_alt_text_with_width_and_date_are_not_the_title() -> None:
    caption = "Lãnh đạo hai tỉnh chụp ảnh lưu niệm cùng các em lưu học sinh"
    text = "\n".join([TITLE, "", f"© Ảnh : Thanh Tâm - TTXVN{caption}", f"{caption} - Báo Miền Tây, 1920, 12.06.2024",
                      "", LEAD, "", MIDDLE, "", LAST])
    article = clean_page(text)
    assert article.title == TITLE
    assert article.body == f"{LEAD}\n\n{MIDDLE}\n\n{LAST}"


def test_a_read_more_link_closing_the_sapo_is_cut_off_it() -> None:
    article = clean_page(page(TITLE, f"{SAPO} (đọc thêm)", LEAD, MIDDLE))
    assert article.body == f"{SAPO}\n\n{LEAD}\n\n{MIDDLE}"


def test_teaser_headlines_glued_on_one_line_between_paragraphs_are_not_body() -> None:
    glued = f"{TEASER_WITH_COMMA} {TEASER} Hai tỉnh thống nhất kế hoạch hợp tác giai đoạn tới"
    article = clean_page(page(TITLE, LEAD, glued, MIDDLE, LAST))
    assert article.body == f"{LEAD}\n\n{MIDDLE}\n\n{LAST}"


def test_a_long_lead_without_its_full_stop_stays_body() -> None:
    lead = LEAD.rstrip(".") + ", góp phần thúc đẩy quan hệ hữu nghị giữa hai tỉnh"
    article = clean_page(page(TITLE, lead, MIDDLE, LAST))
    assert article.body == f"{lead}\n\n{MIDDLE}\n\n{LAST}"
