"""Test helper: an article rendered as the HTML page a news CMS serves (menus, breadcrumb, metadata,
related news, comments), so that a text article and the same article saved as HTML can be compared."""

from __future__ import annotations

from datetime import date
from html import escape

_MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Đối ngoại", "Video"]
_COMMENT = ("Bài viết rất hay, mong hai bên tiếp tục có thêm nhiều chương trình hợp tác thiết thực cho người "
            "dân vùng biên giới.")


def news_page(title: str, paragraphs: list[str], published: date | None = None, site_name: str | None = None,
              teasers: tuple[str, ...] = ()) -> str:
    """The page: `<meta>` date and site name when given, the article in `<article>`, teasers after it."""
    meta = "".join([
        f'<meta property="article:published_time" content="{published.isoformat()}T08:00:00+07:00">'
        if published else "",
        f'<meta property="og:site_name" content="{escape(site_name)}">' if site_name else "",
    ])
    menu = "".join(f'<li><a href="/c/{n}">{escape(item)}</a></li>' for n, item in enumerate(_MENU))
    related = "".join(f'<li><a href="/t/{n}.html">{escape(t)}</a></li>' for n, t in enumerate(teasers))
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    stamp = f'<p class="date">{published:%d/%m/%Y} 08:00</p>' if published else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>{meta}
</head><body><header><nav><ul class="menu">{menu}</ul></nav></header>
<main><div class="breadcrumb">Trang chủ › Đối ngoại</div><article><h1>{escape(title)}</h1>{stamp}
<div class="content">{body}</div></article>
<section class="related"><h2>Tin liên quan</h2><ul>{related}</ul></section>
<section class="comments"><h3>Bình luận (1)</h3><div class="comment"><b>Bạn đọc</b><p>{_COMMENT}</p></div>
</section></main><footer>Bản quyền thuộc về tòa soạn.</footer></body></html>"""
