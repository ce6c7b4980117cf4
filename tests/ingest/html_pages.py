"""HTML news pages written for the tests, laid out like the Vietnamese CMSs pages are saved from: a page
built on `<article>`, nested `<div>`s with classes, a government portal with long menus and a table
layout, a page with comments, related-news lists naming other cooperation events, a page without
`<meta>` dates, an AMP page, a page in windows-1258 and one whose `<meta charset>` is wrong. The stories
and names are invented for these tests; the places are real."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from html import escape

from tests.encodings import to_cp1258


@dataclass(frozen=True)
class HtmlCase:
    """A page and what reading it must give: its title, date, outlet and article paragraphs, and text
    (menus, teasers, comments) that must stay out of the body."""

    file: str
    html: bytes
    title: str
    published: date
    paragraphs: list[str]
    absent: list[str] = field(default_factory=list)
    outlet: str | None = None


def paragraphs_html(paragraphs: list[str], css: str = "") -> str:
    attribute = f' class="{css}"' if css else ""
    return "\n".join(f"<p{attribute}>{escape(p)}</p>" for p in paragraphs)


def menu_html(items: list[str]) -> str:
    return links_html(items, "menu")


def links_html(headlines: list[str], css: str = "related") -> str:
    return f'<ul class="{css}">' + "".join(f'<li><a href="/tin/{n}.html">{escape(h)}</a></li>'
                                           for n, h in enumerate(headlines)) + "</ul>"


MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Giáo dục", "Y tế", "Pháp luật",
        "Quốc phòng - An ninh", "Đối ngoại", "Thể thao", "Ảnh", "Video", "Podcast"]


# 1. A page built on <article>: header, time element, sapo, figure, byline, related box in <aside>.
ARTICLE_TITLE = "Quảng Trị và Xa-vằn-na-khệt mở rộng hợp tác đào tạo nghề cho thanh niên biên giới"
ARTICLE_TEXT = [
    "Hai tỉnh thống nhất mở thêm ba lớp đào tạo nghề cơ khí và điện dân dụng cho thanh niên các bản giáp "
    "biên ngay trong năm 2025.",
    "Sáng 21/4, tại thành phố Đông Hà, đồng chí Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh Quảng Trị đã tiếp và làm việc "
    "với đoàn công tác Sở Lao động tỉnh Xa-vằn-na-khệt do ông Khăm-phon Vông-sa-vẳn, Giám đốc Sở làm trưởng đoàn.",
    "Theo kế hoạch hai bên vừa ký, Trường Cao đẳng Kỹ thuật Quảng Trị sẽ tiếp nhận 60 học viên của tỉnh bạn, "
    "miễn toàn bộ học phí và hỗ trợ chỗ ở trong ký túc xá.",
    "Ông Khăm-phon Vông-sa-vẳn cảm ơn tỉnh Quảng Trị và đề nghị hai bên sớm khảo sát nhu cầu lao động tại "
    "các khu kinh tế cửa khẩu để mở rộng ngành đào tạo.",
]
ARTICLE_TEASERS = ["Quảng Bình trao tặng tỉnh Khăm Muồn 200 bộ máy tính cho trường học",
                   "Hà Tĩnh tiếp nhận 120 lưu học sinh Lào năm học 2025 - 2026"]
ARTICLE_PAGE = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{ARTICLE_TITLE} | Báo Quảng Trị</title>
<meta property="og:title" content="{ARTICLE_TITLE}">
<meta property="og:site_name" content="Báo Quảng Trị">
<meta property="article:published_time" content="2025-04-21T16:40:00+07:00">
</head><body>
<header class="site-header"><a class="logo" href="/">Báo Quảng Trị</a><nav>{menu_html(MENU)}</nav>
<form class="search"><input name="q" placeholder="Tìm kiếm"></form></header>
<main><article class="post">
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/doi-ngoai">Đối ngoại</a></div>
<h1 class="post-title">{ARTICLE_TITLE}</h1>
<time datetime="2025-04-21T16:40:00+07:00">Thứ Hai, 21/04/2025 - 16:40</time>
<p class="sapo"><strong>{escape(ARTICLE_TEXT[0])}</strong></p>
<figure><img src="/img/1.jpg" alt=""><figcaption>Quang cảnh buổi làm việc. Ảnh: Thanh Hải</figcaption></figure>
{paragraphs_html(ARTICLE_TEXT[1:])}
<p class="author">Thanh Hải</p>
</article>
<aside class="related"><h2>Tin liên quan</h2>{links_html(ARTICLE_TEASERS)}</aside></main>
<footer><p>© Báo Quảng Trị. Giấy phép số 01/GP-BTTTT.</p></footer>
</body></html>"""

# 2. Nested <div>s with classes; the date in an itemprop meta; a same-section list naming other events.
DIVS_TITLE = "Nghệ An hỗ trợ tỉnh Xiêng Khoảng 5 tỷ đồng xây dựng trường phổ thông dân tộc nội trú"
DIVS_TEXT = [
    "(Báo Nghệ An) - Chiều 9/10, tại huyện Pẹc, tỉnh Xiêng Khoảng (Lào), đoàn công tác tỉnh Nghệ An do đồng chí "
    "Bùi Thanh An, Phó Chủ tịch UBND tỉnh dẫn đầu đã dự lễ khởi công Trường Phổ thông dân tộc nội trú Pẹc.",
    "Công trình gồm 12 phòng học, nhà ở cho 200 học sinh và nhà ăn, do tỉnh Nghệ An hỗ trợ 5 tỷ đồng, dự kiến "
    "hoàn thành trước năm học mới.",
    "Phát biểu tại buổi lễ, đồng chí Bùi Thanh An mong rằng ngôi trường sẽ là biểu tượng của tình đoàn kết "
    "gắn bó giữa nhân dân hai tỉnh.",
]
DIVS_TEASERS = ["Thanh Hóa bàn giao nhà văn hóa bản cho tỉnh Hủa Phăn",
                "Điện Biên ký kết biên bản ghi nhớ hợp tác với tỉnh Phông Xa Lỳ"]
DIVS_PAGE = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{DIVS_TITLE}</title>
<meta itemprop="datePublished" content="2024-10-09T18:05:00+07:00">
<meta property="og:site_name" content="baonghean.vn">
</head><body>
<div class="wrapper"><div class="header"><div class="top-bar">Thứ Năm, 10/10/2024</div>
<div class="main-menu">{menu_html(MENU)}</div></div>
<div class="container"><div class="row"><div class="col-main">
<div class="detail-cate"><a href="/quoc-te">Quốc tế</a></div>
<div class="detail-title"><h1>{DIVS_TITLE}</h1></div>
<div class="detail-time"><span>09/10/2024 18:05</span></div>
<div class="detail-content"><div class="content-body">{paragraphs_html(DIVS_TEXT)}</div>
<div class="detail-author">Hồng Nhung</div></div>
<div class="detail-tags">Từ khóa: <a href="/tag/lao">Lào</a>, <a href="/tag/xieng-khoang">Xiêng Khoảng</a></div>
<div class="same-cate"><div class="title-box">Tin cùng chuyên mục</div>{links_html(DIVS_TEASERS, "list-news")}</div>
</div><div class="col-right"><div class="box-most-read"><div class="title-box">Đọc nhiều</div>
{links_html(["Giá xăng dầu hôm nay giảm nhẹ", "Nghệ An đón mưa lớn trên diện rộng"], "most-read")}</div></div>
</div></div></div></body></html>"""

# 3. A government portal: very long menus, a table layout, breadcrumbs, side links, JSON-LD.
PORTAL_TITLE = "Hội đàm giữa lãnh đạo tỉnh Điện Biên và tỉnh Luông Nặm Thà"
PORTAL_TEXT = [
    "Sáng 6/3, tại thành phố Điện Biên Phủ, lãnh đạo tỉnh Điện Biên đã hội đàm với đoàn đại biểu cấp cao tỉnh "
    "Luông Nặm Thà do đồng chí Phết-sa-vắn Xay-nhạ-vông, Bí thư Tỉnh ủy, Tỉnh trưởng làm trưởng đoàn.",
    "Hai bên thống nhất phối hợp chặt chẽ trong quản lý đường biên, mốc giới, phòng chống ma túy và xuất nhập "
    "cảnh trái phép qua các lối mở.",
    "Kết thúc hội đàm, hai tỉnh đã ký thỏa thuận hợp tác giai đoạn 2024 - 2028, trong đó tỉnh Điện Biên nhận "
    "đào tạo 30 cán bộ y tế cho tỉnh bạn mỗi năm.",
]
PORTAL_MENU = [f"{part} {n}" for n in range(1, 5) for part in (
    "Giới thiệu chung", "Cơ cấu tổ chức", "Văn bản quy phạm pháp luật", "Thủ tục hành chính", "Lịch làm việc",
    "Dịch vụ công trực tuyến", "Hỏi đáp trực tuyến", "Công khai ngân sách")]
PORTAL_TEASERS = ["Điện Biên tiếp nhận 50 tấn gạo do tỉnh Phông Xa Lỳ trao tặng",
                  "Trao 40 suất học bổng cho lưu học sinh tỉnh U Đôm Xay"]
PORTAL_LD = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": PORTAL_TITLE,
                        "datePublished": "2024-03-06T15:20:00+07:00",
                        "publisher": {"@type": "Organization", "name": "Cổng thông tin điện tử tỉnh Điện Biên"}},
                       ensure_ascii=False)
PORTAL_PAGE = f"""<html><head><meta charset="utf-8"><title>Cổng thông tin điện tử tỉnh Điện Biên</title>
<script type="application/ld+json">{PORTAL_LD}</script></head><body>
<table width="100%" class="layout"><tr><td colspan="2" class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN
<div class="topmenu">{menu_html(PORTAL_MENU)}</div></td></tr>
<tr><td class="left" width="25%"><div class="box"><b>Văn bản mới</b>{links_html(PORTAL_MENU[:6], "docs")}</div>
<div class="box"><b>Liên kết website</b>{links_html(["Cổng TTĐT Chính phủ", "Bộ Ngoại giao"], "links")}</div></td>
<td class="content"><div class="path">Trang chủ » Tin tức - Sự kiện » Hoạt động đối ngoại</div>
<h2 class="title">{PORTAL_TITLE}</h2><div class="date">Ngày đăng: 06/03/2024 | Lượt xem: 845</div>
<div class="print">In bài | Gửi email</div>
<div class="news-content">{paragraphs_html(PORTAL_TEXT)}<p align="right"><b>Sở Ngoại vụ</b></p></div>
<div class="other"><b>Các tin khác</b>{links_html(PORTAL_TEASERS, "other")}</div></td></tr>
<tr><td colspan="2" class="footer">Cơ quan chủ quản: UBND tỉnh Điện Biên. Địa chỉ: phường Mường Thanh, thành
phố Điện Biên Phủ. Điện thoại: 0215.3825.xxx</td></tr></table></body></html>"""

# 4. Comments under the article, some of them long prose about other cooperation events.
COMMENTS_TITLE = "Tây Ninh trao 30 căn nhà đại đoàn kết cho hộ nghèo tỉnh Svay Rieng"
COMMENTS_TEXT = [
    "Ngày 15/1, tại huyện Rumduol, tỉnh Svay Rieng (Campuchia), Ủy ban MTTQ Việt Nam tỉnh Tây Ninh đã bàn giao "
    "30 căn nhà đại đoàn kết cho các hộ nghèo của tỉnh bạn.",
    "Mỗi căn nhà có tổng kinh phí 60 triệu đồng, do các doanh nghiệp và nhà hảo tâm của tỉnh Tây Ninh đóng góp "
    "xây dựng trong ba tháng.",
    "Đại diện tỉnh Svay Rieng cảm ơn sự giúp đỡ chân tình của tỉnh Tây Ninh, góp phần giúp người dân biên "
    "giới ổn định cuộc sống.",
]
COMMENTS = ["Năm ngoái tỉnh mình cũng đã trao 100 tấn gạo cho tỉnh Tbong Khmum, mong các hoạt động thiện "
            "nguyện như thế này ngày càng được nhân rộng hơn nữa.",
            "Rất ý nghĩa, tôi mong Long An cũng sớm ký thỏa thuận hợp tác với tỉnh Prey Veng để bà con hai bên "
            "biên giới cùng có thêm việc làm."]
COMMENTS_PAGE = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{COMMENTS_TITLE}</title>
<meta property="og:site_name" content="Báo Tây Ninh"><meta name="pubdate" content="2025-01-15T17:00:00+07:00">
</head><body><div id="menu">{menu_html(MENU)}</div>
<div id="main"><h1 class="title">{COMMENTS_TITLE}</h1><div class="meta">15/01/2025 17:00</div>
<div class="entry-content">{paragraphs_html(COMMENTS_TEXT)}<p class="byline">Quốc Bảo</p></div>
<section id="comments" class="comments"><h3>Bình luận (2)</h3>
<div class="comment"><span class="name">Nguyễn Văn Tâm</span><p>{escape(COMMENTS[0])}</p><a>Trả lời</a></div>
<div class="comment"><span class="name">Lê Thị Hoa</span><p>{escape(COMMENTS[1])}</p><a>Trả lời</a></div>
<form class="comment-form"><textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi bình luận</button></form>
</section></div></body></html>"""

# 5. Related-news lists with blurbs naming other cooperation events, inside the content and after it.
RELATED_TITLE = "Đắk Lắk và Mondulkiri tổng kết 10 năm hợp tác phát triển cà phê"
RELATED_TEXT = [
    "Sáng 12/6, tại thành phố Buôn Ma Thuột, UBND tỉnh Đắk Lắk và chính quyền tỉnh Mondulkiri (Campuchia) tổ "
    "chức hội nghị tổng kết 10 năm hợp tác phát triển cây cà phê trên địa bàn tỉnh bạn.",
    "Trong 10 năm, tỉnh Đắk Lắk đã cử 45 lượt chuyên gia sang hướng dẫn kỹ thuật và trao tặng hơn 80.000 cây "
    "giống cà phê chất lượng cao cho nông dân Mondulkiri.",
    "Hai bên thống nhất xây dựng chương trình hợp tác giai đoạn mới, tập trung vào chế biến sâu và xây dựng "
    "thương hiệu cà phê cho vùng biên giới.",
]
RELATED_TEASERS = [("Gia Lai trao 20 suất học bổng cho sinh viên tỉnh Ratanakiri",
                    "Chiều 3/6, tỉnh Gia Lai đã trao 20 suất học bổng, mỗi suất 10 triệu đồng, cho sinh viên tỉnh "
                    "Ratanakiri đang học tập tại tỉnh."),
                   ("Kon Tum hỗ trợ tỉnh Attapeu 500 triệu đồng khắc phục hậu quả mưa lũ",
                    "Nhân dịp làm việc tại tỉnh Attapeu, đoàn công tác tỉnh Kon Tum đã trao 500 triệu đồng hỗ trợ "
                    "người dân bị thiệt hại do mưa lũ.")]
RELATED_BOX = "".join(f'<div class="story"><h3><a href="/t/{n}">{escape(h)}</a></h3><p class="sapo">{escape(b)}</p>'
                      "</div>" for n, (h, b) in enumerate(RELATED_TEASERS))
RELATED_PAGE = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{RELATED_TITLE} - Báo Đắk Lắk điện tử</title><meta property="og:title" content="{RELATED_TITLE}">
<meta property="article:published_time" content="2024-06-12T11:30:00+07:00">
<meta property="og:site_name" content="Báo Đắk Lắk"></head><body>
<nav class="nav">{menu_html(MENU)}</nav><div class="article-detail">
<h1>{RELATED_TITLE}</h1><div class="time">12/06/2024 11:30</div>
<div class="article-body"><p>{escape(RELATED_TEXT[0])}</p>
<div class="related-inline"><strong>Tin liên quan</strong><ul><li><a href="/t/9">Đắk Nông trao tặng tỉnh
Mondulkiri 2 xe cứu thương</a></li></ul></div>
{paragraphs_html(RELATED_TEXT[1:])}</div>
<div class="box-related"><h2>Tin cùng chuyên mục</h2>{RELATED_BOX}</div></div></body></html>"""

# 6. No <meta> dates at all: only the stamp printed under the headline (and a copyright year).
NOMETA_TITLE = "Đoàn công tác tỉnh Hòa Bình thăm và tặng quà tỉnh Xay Sổm Bun"
NOMETA_TEXT = [
    "(HBĐT) - Từ ngày 26 đến 28/11, đoàn công tác tỉnh Hòa Bình do ông Nguyễn Văn Toàn, Phó Chủ tịch UBND tỉnh "
    "làm trưởng đoàn đã thăm và làm việc tại tỉnh Xay Sổm Bun (Lào).",
    "Nhân dịp này, tỉnh Hòa Bình đã trao tặng tỉnh bạn 300 triệu đồng hỗ trợ xây dựng trạm y tế bản Nậm Xăn "
    "và 15 bộ máy tính cho trường trung học của tỉnh.",
    "Lãnh đạo tỉnh Xay Sổm Bun mong muốn tỉnh Hòa Bình tiếp tục giúp đỡ đào tạo cán bộ và chia sẻ kinh nghiệm "
    "phát triển chăn nuôi gia súc.",
]
NOMETA_PAGE = f"""<html><head><meta charset="utf-8"><title>Báo Hòa Bình điện tử</title></head><body>
<div class="top">Báo Hòa Bình điện tử | Thứ Năm, 05/12/2019</div><div class="menu">{menu_html(MENU)}</div>
<div class="news-head"><h1>{NOMETA_TITLE}</h1><div class="info"><span>Thứ Bảy, 30/11/2019 - 08:12 GMT+7</span>
<span>Lượt xem: 312</span></div></div>
<div class="news-body">{paragraphs_html(NOMETA_TEXT)}</div>
<div class="footer">© 2019 Báo Hòa Bình điện tử. Ghi rõ nguồn khi phát hành lại thông tin.</div></body></html>"""

# 7. An AMP page: amp-sidebar menu, amp-img, JSON-LD, share buttons.
AMP_TITLE = "Hà Nội hỗ trợ Thủ đô Viêng Chăn nâng cấp hệ thống chiếu sáng đô thị"
AMP_TEXT = [
    "Kinhtedothi - Chiều 2/8, tại Thủ đô Viêng Chăn, đại diện UBND thành phố Hà Nội đã bàn giao công trình nâng "
    "cấp hệ thống chiếu sáng trên đại lộ Lạn Xạng cho chính quyền Thủ đô Viêng Chăn.",
    "Công trình có tổng vốn 12 tỷ đồng do thành phố Hà Nội tài trợ, thay thế hơn 400 bộ đèn cũ bằng đèn tiết "
    "kiệm năng lượng.",
    "Phó Chủ tịch UBND thành phố Hà Nội khẳng định thành phố sẽ tiếp tục hỗ trợ Viêng Chăn trong quy hoạch "
    "và quản lý đô thị những năm tới.",
]
AMP_LD = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": AMP_TITLE,
                     "datePublished": "2024-08-02T20:10:00+07:00", "dateModified": "2024-08-03T08:00:00+07:00",
                     "publisher": {"@type": "Organization", "name": "Kinh tế & Đô thị"}}, ensure_ascii=False)
AMP_PAGE = f"""<!doctype html><html amp lang="vi"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script><title>{AMP_TITLE}</title>
<link rel="canonical" href="https://kinhtedothi.vn/ha-noi-ho-tro-vieng-chan.html">
<meta name="viewport" content="width=device-width"><style amp-boilerplate>body{{visibility:hidden}}</style>
<meta property="og:site_name" content="Kinhtedothi">
<script type="application/ld+json">{AMP_LD}</script></head><body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">{menu_html(MENU)}</amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a href="/">Kinh tế &amp; Đô thị</a></header>
<article class="amp-article"><h1 class="amp-title">{AMP_TITLE}</h1>
<div class="amp-meta"><span class="amp-date">02/08/2024 20:10</span></div>
<amp-img src="/a.jpg" width="600" height="400" layout="responsive" alt="Lễ bàn giao"></amp-img>
<div class="amp-content">{paragraphs_html(AMP_TEXT)}</div>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="zalo"></amp-social-share>
</article><footer><p>Tạp chí Kinh tế &amp; Đô thị</p></footer></body></html>"""

# 8. A page saved in windows-1258 (base letters and combining tones), which says so.
CP1258_TITLE = "Thanh Hóa tiếp nhận 40 lưu học sinh tỉnh Hủa Phăn"
CP1258_TEXT = [
    "Sáng 5/9, Trường Đại học Hồng Đức (Thanh Hóa) đã tổ chức lễ tiếp nhận 40 lưu học sinh tỉnh Hủa Phăn sang "
    "học tập theo thỏa thuận hợp tác giữa hai tỉnh.",
    "Các lưu học sinh sẽ học tiếng Việt một năm trước khi vào các ngành sư phạm, y dược và nông nghiệp, do tỉnh "
    "Thanh Hóa cấp học bổng toàn phần.",
]
CP1258_PAGE = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{CP1258_TITLE}</title><meta name="pubdate" content="2023-09-05"></head><body>
<div class="menu">{menu_html(MENU[:8])}</div><div class="detail"><h1>{CP1258_TITLE}</h1>
{paragraphs_html(CP1258_TEXT)}</div><div class="footer">Báo Thanh Hóa</div></body></html>"""

# 9. UTF-8 bytes under a <meta charset> that says ISO-8859-1, saved with a .txt name.
WRONG_TITLE = "Sơn La và Luang Prabang ký kết hợp tác phát triển du lịch"
WRONG_TEXT = [
    "Chiều 18/5, tại thành phố Sơn La, UBND tỉnh Sơn La và chính quyền tỉnh Luang Prabang đã ký kết biên bản ghi "
    "nhớ hợp tác phát triển du lịch giai đoạn 2024 - 2027.",
    "Theo biên bản, hai tỉnh sẽ xây dựng tuyến du lịch kết nối Mộc Châu với cố đô Luang Prabang và trao đổi "
    "đoàn doanh nghiệp lữ hành mỗi năm.",
]
WRONG_PAGE = f"""<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>{WRONG_TITLE}</title>
<meta property="article:published_time" content="2024-05-18T19:00:00+07:00"></head><body>
<nav>{menu_html(MENU)}</nav><main><h1>{WRONG_TITLE}</h1><div class="body">{paragraphs_html(WRONG_TEXT)}</div>
</main></body></html>"""

CASES = [
    HtmlCase("article.html", ARTICLE_PAGE.encode(), ARTICLE_TITLE, date(2025, 4, 21), ARTICLE_TEXT,
             [*ARTICLE_TEASERS, "Quang cảnh buổi làm việc", "Tìm kiếm", "Giấy phép"], "Báo Quảng Trị"),
    HtmlCase("divs.html", DIVS_PAGE.encode(), DIVS_TITLE, date(2024, 10, 9), DIVS_TEXT,
             [*DIVS_TEASERS, "Hồng Nhung", "Từ khóa", "Giá xăng dầu"], "Báo Nghệ An"),
    HtmlCase("portal.htm", PORTAL_PAGE.encode(), PORTAL_TITLE, date(2024, 3, 6), PORTAL_TEXT,
             PORTAL_TEASERS + PORTAL_MENU + ["Lượt xem", "In bài", "Cơ quan chủ quản"],
             "Cổng thông tin điện tử tỉnh Điện Biên"),
    HtmlCase("comments.html", COMMENTS_PAGE.encode(), COMMENTS_TITLE, date(2025, 1, 15), COMMENTS_TEXT,
             [*COMMENTS, "Nguyễn Văn Tâm", "Bình luận", "Quốc Bảo"], "Báo Tây Ninh"),
    HtmlCase("related.html", RELATED_PAGE.encode(), RELATED_TITLE, date(2024, 6, 12), RELATED_TEXT,
             [text for teaser in RELATED_TEASERS for text in teaser] + ["Đắk Nông trao tặng"], "Báo Đắk Lắk"),
    HtmlCase("no_meta.html", NOMETA_PAGE.encode(), NOMETA_TITLE, date(2019, 11, 30), NOMETA_TEXT,
             ["Lượt xem", "Ghi rõ nguồn"]),
    HtmlCase("amp.html", AMP_PAGE.encode(), AMP_TITLE, date(2024, 8, 2), AMP_TEXT, MENU[1:], "Kinh tế & Đô thị"),
    HtmlCase("legacy.htm", to_cp1258(CP1258_PAGE), CP1258_TITLE, date(2023, 9, 5), CP1258_TEXT, MENU[1:8]),
    HtmlCase("saved_as.txt", WRONG_PAGE.encode(), WRONG_TITLE, date(2024, 5, 18), WRONG_TEXT, MENU[1:]),
]
