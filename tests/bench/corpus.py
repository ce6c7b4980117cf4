"""A deterministic synthetic news corpus for the benchmark: varied provinces, partners, dates, numbers
and leaders in sentence templates, wrapped in page layouts with headers, footers and related lists;
a share of near-duplicate republished stories and of bad files."""

from __future__ import annotations

import random
from pathlib import Path

from assets.places.catalogue import rows

NEAR_DUPLICATE_SHARE = 0.05
BAD_FILE_SHARE = 0.01
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Đinh"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân"]
GIVEN = ["Hòa", "Khoa", "Tuấn", "Dũng", "Hằng", "Phong", "Tân", "Hải", "Long", "Quý", "Huyền", "Sơn"]
LAO = ["Bounthieng", "Khounsy", "Anouphap", "Tounalom", "Duangta", "Soulivong", "Viengthong", "Hatsachan",
       "Sonexay", "Siphandone", "Phankham", "Viphavanh", "Saleumxay", "Kommasith"]
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
        outlet = rng.choice(OUTLETS)
        paragraphs = [f"{outlet} {body[0]}", *body[1:]]
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


def write_corpus(inbox: Path, documents: int, seed: int, first: int = 0) -> dict[str, int]:
    """Write `documents` files named from `first`; return how many were articles, copies and bad files."""
    inbox.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(seed)
    counts = {"articles": 0, "near_duplicates": 0, "bad_files": 0}
    previous: str | None = None
    for number in range(first, first + documents):
        path = inbox / f"{number:07d}.txt"
        draw = corpus.rng.random()
        if draw < BAD_FILE_SHARE:
            path.write_bytes(corpus.rng.choice([b"", b"\x89PNG\r\n\x1a\n" + bytes(200), b"<html><body><div><p>x"]))
            counts["bad_files"] += 1
        elif draw < BAD_FILE_SHARE + NEAR_DUPLICATE_SHARE and previous:
            path.write_text(previous.replace("Chiều", "Chiều ngày", 1) + "\nTheo TTXVN.", encoding="utf-8")
            counts["near_duplicates"] += 1
        else:
            previous = corpus.page(*corpus.article())
            path.write_text(previous, encoding="utf-8")
            counts["articles"] += 1
    return counts
