"""Cleaning on page layouts written for these tests (other outlets, comments, related lists first,
no boilerplate, a bare headline, a date in the first line), and on the text forms they share."""

from __future__ import annotations

from datetime import date

import pyarrow as pa

from assets.cleaning.near_duplicates import SIGNATURES, DuplicateFinder, signature
from assets.cleaning.page import clean_page
from assets.vntext import ascii_key, display_text, fold, match_key

LEAD = ("Sáng 12/5, tại Vientiane, Đoàn đại biểu tỉnh Quảng Trị do đồng chí Lê Quang Tùng, Bí thư Tỉnh ủy làm "
        "trưởng đoàn đã hội đàm với lãnh đạo tỉnh Xa-vằn-na-khệt.")
PARAGRAPH = ("Hai bên đánh giá cao kết quả hợp tác trong thời gian qua, nhất là trong các lĩnh vực giáo dục, "
             "y tế, thương mại và bảo đảm an ninh biên giới.")
CLOSING = "Tỉnh Quảng Trị sẵn sàng tiếp nhận thêm 50 lưu học sinh của tỉnh bạn trong năm học tới."


def test_another_outlets_header_and_footer() -> None:
    page = "\n".join([
        "Thời sự", "Thế giới", "Kinh doanh", "Đăng nhập", "Thời sự > Chính trị",
        "Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác toàn diện",
        "Thứ Hai, 13/05/2024 - 17:05", "",
        f"(Baoquangtri.vn) - {LEAD}", "", PARAGRAPH, "", CLOSING, "",
        "Minh Anh", "Tags: Lào, Hợp tác, Quảng Trị", "© 2024 Báo Quảng Trị. Giấy phép số 123/GP-BTTTT.",
    ])
    article = clean_page(page)
    assert article.title == "Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác toàn diện"
    assert article.body == f"(Baoquangtri.vn) - {LEAD}\n\n{PARAGRAPH}\n\n{CLOSING}"
    assert article.outlet == "Báo Quảng Trị"
    assert article.published_date == date(2024, 5, 13)


def test_a_comment_section_is_not_article() -> None:
    comment = ("Tôi rất vui khi thấy quan hệ giữa hai tỉnh ngày càng tốt đẹp, mong rằng sẽ có thêm nhiều "
               "chương trình giao lưu thanh niên hơn nữa trong những năm tới.")
    page = "\n".join([
        "Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác", "", LEAD, PARAGRAPH, CLOSING, "",
        "Bình luận (3)", "Nguyễn Văn Bình", comment, "Trần Thị Hoa", comment.replace("Tôi", "Chúng tôi"),
        "Gửi bình luận",
    ])
    article = clean_page(page)
    assert article.body == f"{LEAD}\n\n{PARAGRAPH}\n\n{CLOSING}"
    assert "Chúng tôi" not in article.body


def test_a_comment_boxs_prompts_are_not_article() -> None:
    page = "\n".join([
        "Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác", "", LEAD, PARAGRAPH, CLOSING, "",
        "Bạn còn 500/500 ký tự", "Bạn vui lòng nhập từ 5 ký tự trở lên !!!",
    ])
    assert clean_page(page).body == f"{LEAD}\n\n{PARAGRAPH}\n\n{CLOSING}"


def test_a_long_related_list_before_the_article() -> None:
    teasers = []
    for n, province in enumerate(["Hải Phòng", "Nghệ An", "Thanh Hóa", "Sơn La"]):
        headline = f"{province} trao quà Tết cho các hộ nghèo vùng cao số {n}"
        blurb = f"Ngày 2/2, {province} đã trao 500 suất quà cho hộ nghèo trên địa bàn tỉnh."
        teasers += [headline, headline, blurb, ""]
    page = "\n".join(["Tin liên quan", *teasers, "Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác", "",
                      LEAD, PARAGRAPH, CLOSING])
    article = clean_page(page)
    assert article.title == "Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác"
    assert article.body == f"{LEAD}\n\n{PARAGRAPH}\n\n{CLOSING}"


def test_a_page_with_no_boilerplate() -> None:
    article = clean_page(f"Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác\n\n{LEAD}\n\n{PARAGRAPH}")
    assert article.title == "Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác"
    assert article.body == f"{LEAD}\n\n{PARAGRAPH}"
    assert article.outlet is None and article.published_date is None


def test_a_page_that_is_only_a_headline() -> None:
    article = clean_page("Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác toàn diện\n")
    assert article.title == "Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác toàn diện"
    assert article.body == ""


def test_a_date_in_the_first_line_of_the_article_is_not_the_publication_date() -> None:
    first = "Ngày 16/9/2024, tại thành phố Đông Hà, tỉnh Quảng Trị đã đón tiếp đoàn đại biểu tỉnh Xa-vằn-na-khệt."
    article = clean_page(f"Quảng Trị đón đoàn Xa-vằn-na-khệt\n\n{first}\n\n{PARAGRAPH}")
    assert article.published_date is None
    assert article.body.startswith(first)


def test_inline_related_links_captions_and_credits_are_dropped() -> None:
    caption = "Lãnh đạo hai tỉnh chụp ảnh lưu niệm."
    page = "\n".join([
        "Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác", "", LEAD,
        "Tin liên quan", "Quảng Trị đón đoàn Xa-vằn-na-khệt", "Hợp tác giáo dục Việt - Lào",
        PARAGRAPH, caption, caption, "Ảnh: Thanh Hải", "Quảng Trị và Xa-vằn-na-khệt thúc đẩy hợp tác", CLOSING,
    ])
    assert clean_page(page).body == f"{LEAD}\n\n{PARAGRAPH}\n\n{caption}\n\n{CLOSING}"


def test_text_forms_agree_on_old_and_new_tone_placement() -> None:
    assert match_key("Thanh Hoá") == match_key("Thanh Hóa") == "thanh hóa"
    assert match_key("Thuỷ lợi") == match_key("thủy lợi")
    assert ascii_key("Khăm Muồn") == ascii_key("Khăm Muộn") == "kham muon"
    assert display_text("Hà\u200b Nội\u00a0 và   Lào") == "Hà Nội và Lào"
    assert len(fold("Bô-ly-khăm-xay Hoà")) == len("Bô-ly-khăm-xay Hoà")


def test_near_duplicates_are_flagged_and_distinct_stories_are_not() -> None:
    story = " ".join([LEAD, PARAGRAPH, CLOSING] * 3)
    republished = story.replace("Sáng 12/5", "Sáng ngày 12/5") + " Theo TTXVN."
    other = " ".join([PARAGRAPH.replace("giáo dục", "nông nghiệp"), LEAD.replace("Quảng Trị", "Nghệ An")] * 2)
    known = pa.Table.from_pylist([{"doc_id": "story", **signature(story)}], schema=SIGNATURES)
    found = DuplicateFinder(known).find([{"doc_id": "copy", **signature(republished)},
                                         {"doc_id": "other", **signature(other)},
                                         {"doc_id": "copy2", **signature(republished + " Thêm.")}])
    assert found == {"copy": "story", "copy2": "story"}
