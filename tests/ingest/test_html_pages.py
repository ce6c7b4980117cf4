"""HTML pages through the real ingest and cleaning stages: each yields the body written for it (and only
it), its title, date and outlet; a page without article text is quarantined; a seed saved as HTML gives
the events of its text version."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from assets.cleaning.page import clean_page
from assets.cleaning.stage import CLEAN_DOCUMENTS, update_clean_documents
from assets.extraction.stage import EVENTS, update_events, update_mentions
from assets.ingest.html_page import read_html
from assets.ingest.inbox import QUARANTINE, RAW_DOCUMENTS
from assets.ingest.stage import update_raw_documents
from assets.resolution.stage import update_entities
from assets.settings import Settings
from assets.tables import TableStore
from tests.conftest import SEEDS
from tests.html_template import news_page
from tests.ingest.html_pages import CASES, HtmlCase

EVENT_FIELDS = ["event_type", "vn_party_code", "foreign_party_code", "direction", "event_date", "date_precision",
                "quantity_min", "quantity_max", "unit", "leader_name"]


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Every test page ingested and cleaned by the stages: clean_documents rows by file name."""
    tmp = tmp_path_factory.mktemp("html")
    (tmp / "inbox").mkdir()
    for case in CASES:
        (tmp / "inbox" / case.file).write_bytes(case.html)
    settings = Settings(inbox=tmp / "inbox", data_dir=tmp / "data")
    counts = update_raw_documents(settings)
    assert counts["quarantined"] == 0
    update_clean_documents(settings)
    store = TableStore(settings.tables_dir)
    files = {row["doc_id"]: row["source_file"] for row in store.read("raw_documents", RAW_DOCUMENTS).to_pylist()}
    return {files[row["doc_id"]]: row for row in store.read("clean_documents", CLEAN_DOCUMENTS).to_pylist()}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.file)
def test_an_html_page_yields_the_article_written_for_it(case: HtmlCase, cleaned: dict[str, dict]) -> None:
    row = cleaned[case.file]
    assert row["body"] == "\n\n".join(case.paragraphs)
    assert not [text for text in case.absent if text in row["body"]]
    assert (row["title"], row["published_date"]) == (case.title, case.published)
    if case.outlet:
        assert row["outlet"] == case.outlet


def test_a_page_without_article_text_is_quarantined_with_a_hint(inbox: Path, tmp_path: Path) -> None:
    (inbox / "index.html").write_text("<html><head><title>Trang chủ</title></head><body><div id='app'></div>"
                                      "<script>render()</script></body></html>")
    (inbox / "label.htm").write_text("<html><body><div><p>Đang tải...</p></div></body></html>")
    (inbox / "story.html").write_bytes(CASES[0].html)
    settings = Settings(inbox=inbox, data_dir=tmp_path / "data")
    assert update_raw_documents(settings) == {"files_seen": 3, "documents_added": 1, "quarantined": 2,
                                              "duplicates": 0}
    rows = TableStore(settings.tables_dir).read("quarantine", QUARANTINE).to_pylist()
    assert {(r["source_file"], r["reason"]) for r in rows} == {("index.html", "no_article_text"),
                                                                ("label.htm", "no_article_text")}
    assert all("save the article's own page" in r["detail"] for r in rows)


def test_no_date_is_invented_from_a_copyright_line_or_the_story() -> None:
    page = news_page("Hà Giang và Vân Nam trao đổi kinh nghiệm phát triển cửa khẩu", [
        "Ngày 12/5/2019, hai bên đã ký biên bản ghi nhớ đầu tiên về quản lý cửa khẩu song phương tại Thanh Thủy.",
        "Năm nay, hai địa phương tiếp tục trao đổi đoàn chuyên gia về logistics và kiểm dịch nông sản.",
    ]).replace("Bản quyền thuộc về tòa soạn.", "© 2023 Báo Hà Giang")
    assert read_html(page).published_date is None


def _seed_as_html(seed: Path) -> str:
    """A seed's article text (as the text path cleans it) rendered in a CMS page template."""
    article = clean_page(seed.read_text(encoding="utf-8"))
    return news_page(article.title or seed.stem, article.body.split("\n\n"), article.published_date,
                     teasers=("Hải Phòng trao tặng tỉnh Chăm-pa-sắc 10 tỷ đồng xây trường học",
                              "Cần Thơ ký kết hợp tác với tỉnh Kiên Svay"))


def _events(inbox: Path, data: Path) -> list[tuple]:
    settings = Settings(inbox=inbox, data_dir=data)
    update_raw_documents(settings)
    for stage in (update_clean_documents, update_mentions, update_entities, update_events):
        stage(settings)
    rows = TableStore(settings.tables_dir).read("events", EVENTS).select(EVENT_FIELDS).to_pylist()
    return sorted((tuple(row.values()) for row in rows), key=repr)


def test_the_seeds_saved_as_html_give_the_events_of_their_text(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (tmp_path / "html" / f"{seed.stem}.html").write_text(_seed_as_html(seed), encoding="utf-8")
    shutil.copytree(SEEDS, tmp_path / "text")
    from_text = _events(tmp_path / "text", tmp_path / "text-data")
    assert from_text
    assert _events(tmp_path / "html", tmp_path / "html-data") == from_text


def test_an_html_page_ingested_twice_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "a.html").write_bytes(CASES[1].html)
    settings = Settings(inbox=tmp_path / "inbox", data_dir=tmp_path / "data")
    assert update_raw_documents(settings)["documents_added"] == 1
    assert update_clean_documents(settings)["documents_cleaned"] == 1
    assert update_raw_documents(settings)["files_seen"] == 0
    assert update_clean_documents(settings)["documents_cleaned"] == 0
    assert date(2024, 10, 9) in TableStore(settings.tables_dir).read("clean_documents", CLEAN_DOCUMENTS).column(
        "published_date").to_pylist()
