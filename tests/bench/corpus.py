"""A deterministic synthetic news corpus for the benchmark: varied provinces, partners, dates, numbers
and leaders in sentence templates, wrapped in page layouts with headers, footers and related lists,
a share of them saved as HTML pages; a share of near-duplicate republished stories and of bad files."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from assets.places.catalogue import rows
from tests.html_template import news_page

NEAR_DUPLICATE_SHARE = 0.05
HTML_SHARE = 0.3
BAD_FILE_SHARE = 0.01
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Đinh"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân"]
GIVEN = ["Hòa", "Khoa", "Tuấn", "Dũng", "Hằng", "Phong", "Tân", "Hải", "Long", "Quý", "Huyền", "Sơn"]
LAO = ["Bounthieng", "Khounsy", "Anouphap", "Tounalom", "Duangta", "Soulivong", "Viengthong", "Hatsachan",
       "Sonexay", "Siphandone", "Phankham", "Viphavanh", "Saleumxay", "Kommasith"]
SITE_NAMES = ["Báo Hà Tĩnh", "Kinhtedothi", "Báo Quảng Trị", "Báo Nghệ An", "Cổng thông tin điện tử tỉnh Sơn La"]
OUTLETS = ["Kinhtedothi", "(LĐTĐ)", "(Baohatinh.vn) -", "TTTĐ -", "(Baoquangtri.vn) -", "(Báo Nghệ An) -"]


class Corpus:
    """Articles drawn from one seed: the same seed always writes the same files."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vn = [row["name"] for row in rows("vn_provinces.csv")]
        self.partners = [row["name"] for row in rows("foreign_provinces.csv")]

    def leader(self, lao: bool) -> str:
        if lao:
            return " ".join(self.rng.sample(LAO, 2))
        return f"{self.rng.choice(SURNAMES)} {self.rng.choice(MIDDLES)} {self.rng.choice(GIVEN)}"

    def article(self) -> tuple[str, list[str]]:
        rng = self.rng
        vn, partner = rng.choice(self.vn), rng.choice(self.partners)
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025)
        start = rng.randint(2015, 2024)
        inbound = rng.random() < 0.5
        guest, host = (partner, vn) if inbound else (vn, partner)
        leader = self.leader(lao=inbound)
        amount, students = rng.randint(1, 50), rng.randint(10, 400)
        sentences = [
            f"Chiều {day}/{month}/{year}, Đoàn đại biểu tỉnh {guest} do đồng chí {leader}, Bí thư Tỉnh ủy làm "
            f"trưởng đoàn đã sang thăm và làm việc tại tỉnh {host}.",
            f"Hai bên đã ký kết biên bản ghi nhớ hợp tác giai đoạn {start} - {start + 4} với nhiều nội dung "
            "trọng tâm về giáo dục, y tế và thương mại.",
            f"Tỉnh {vn} sẵn sàng hỗ trợ tỉnh {partner} trong đào tạo nguồn nhân lực chất lượng cao.",
            f"Nhân dịp này, tỉnh {vn} đã trao tặng tỉnh {partner} {amount} tỷ đồng để xây dựng trường học.",
            f"Hiện có hơn {students} học viên, sinh viên của tỉnh {partner} đang học tập tại tỉnh {vn}.",
            "Hai bên đánh giá cao kết quả hợp tác trong thời gian qua, nhất là trong công tác bảo đảm an ninh "
            "biên giới và phát triển kinh tế.",
            f"Đồng chí {self.leader(lao=False)} đề nghị hai bên tiếp tục tăng cường trao đổi đoàn các cấp.",
        ]
        rng.shuffle(sentences[1:])
        body = sentences[: rng.randint(4, len(sentences))]
        title = f"{vn} và {partner} tăng cường hợp tác toàn diện"
        return title, body

    def page(self, title: str, body: list[str]) -> str:
        rng = self.rng
        paragraphs = self.paragraphs(body)
        header = ["Trang chủ", "Thời sự", "Chính trị", "Đăng nhập", title,
                  f"Thứ Hai, {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024 - 08:15", ""]
        related = []
        for _ in range(rng.randint(2, 5)):
            teaser_title, teaser = self.article()
            related += [teaser_title, teaser_title, teaser[0], ""]
        layout = rng.randrange(3)
        if layout == 0:
            return "\n".join([*header, *paragraphs, "", "Minh Anh", "Đọc nhiều", *related, "Xem thêm"])
        if layout == 1:
            return "\n".join(["Tin liên quan", *related, title, "", *paragraphs, "", "Bình luận (0)"])
        return "\n".join([title, "", "\n\n".join(paragraphs), "", "Tin cùng chuyên mục", *related])

    def html_page(self, title: str, body: list[str]) -> str:
        rng = self.rng
        published = date(2024, rng.randint(1, 12), rng.randint(1, 28))
        teasers = tuple(self.article()[0] for _ in range(rng.randint(2, 5)))
        return news_page(title, self.paragraphs(body), published, rng.choice(SITE_NAMES), teasers)

    def paragraphs(self, body: list[str]) -> list[str]:
        """The body with an outlet's byline opening the lead."""
        return [f"{self.rng.choice(OUTLETS)} {body[0]}", *body[1:]]


def write_corpus(inbox: Path, documents: int, seed: int, first: int = 0) -> dict[str, int]:
    """Write `documents` files named from `first`; return how many were articles, copies and bad files."""
    inbox.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(seed)
    counts = {"articles": 0, "html_pages": 0, "near_duplicates": 0, "bad_files": 0}
    previous: tuple[str, str] | None = None  # (page, file suffix)
    for number in range(first, first + documents):
        path = inbox / f"{number:07d}.txt"
        draw = corpus.rng.random()
        if draw < BAD_FILE_SHARE:
            path.write_bytes(corpus.rng.choice([b"", b"\x89PNG\r\n\x1a\n" + bytes(200), b"<html><body><div><p>x"]))
            counts["bad_files"] += 1
        elif draw < BAD_FILE_SHARE + NEAR_DUPLICATE_SHARE and previous:
            page, suffix = previous
            path.with_suffix(suffix).write_text(page.replace("Chiều", "Chiều ngày", 1) + "\nTheo TTXVN.",
                                                encoding="utf-8")
            counts["near_duplicates"] += 1
        else:
            html = corpus.rng.random() < HTML_SHARE
            page = corpus.html_page(*corpus.article()) if html else corpus.page(*corpus.article())
            previous = (page, ".html" if html else ".txt")
            path.with_suffix(previous[1]).write_text(page, encoding="utf-8")
            counts["articles"] += 1
            counts["html_pages"] += html
    return counts
