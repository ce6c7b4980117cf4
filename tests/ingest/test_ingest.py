"""Ingest through the real asset: encodings, duplicates under two names, HTML pages read whatever their
name, and every kind of bad input quarantined with a reason while the run goes on."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest
from dagster import materialize

from assets.ingest.asset import raw_documents
from assets.ingest.decode import Rejected, decode_article
from assets.ingest.saved_page import read_saved_page
from assets.ingest.stage import update_raw_documents
from pipelines.resources import HoptacResource
from tests.encodings import to_cp1258

ARTICLE = ("Hà Nội và Viêng Chăn ký kết biên bản ghi nhớ hợp tác giai đoạn 2022 - 2025.\n"
           "Đoàn đại biểu tỉnh Khăm Muồn sang thăm và làm việc tại Hà Tĩnh.")


def ingest(inbox: Path, data: Path, **limits) -> dict[str, list[tuple]]:
    hoptac = HoptacResource(inbox=str(inbox), data_dir=str(data), **limits)
    assert materialize([raw_documents], resources={"hoptac": hoptac}).success
    tables = {}
    with duckdb.connect() as con:
        for name, sql in {
            "documents": "select source_file, encoding, text from '{t}/raw_documents/*.parquet' order by 1",
            "quarantine": "select source_file, reason, detail from '{t}/quarantine/*.parquet' order by 1",
            "files": "select source_file, status from '{t}/inbox_files/*.parquet' order by 1",
        }.items():
            tables[name] = con.execute(sql.format(t=data / "tables")).fetchall()
    return tables


def test_encodings_are_decoded_to_the_same_text(inbox: Path, tmp_path: Path) -> None:
    (inbox / "utf8.txt").write_text(ARTICLE, encoding="utf-8")
    (inbox / "bom.txt").write_bytes(b"\xef\xbb\xbf" + (ARTICLE + " A").encode())
    (inbox / "utf16.txt").write_text(ARTICLE + " B", encoding="utf-16")
    (inbox / "legacy.txt").write_bytes(to_cp1258(ARTICLE + " C"))
    tables = ingest(inbox, tmp_path / "data")
    assert [(name, enc) for name, enc, _ in tables["documents"]] == [
        ("bom.txt", "utf-8-sig"), ("legacy.txt", "cp1258"), ("utf16.txt", "utf-16"), ("utf8.txt", "utf-8")]
    assert {text[:-2] if text.endswith((" A", " B", " C")) else text for _, _, text in tables["documents"]} == {ARTICLE}


def test_the_same_text_under_two_names_is_one_document_that_remembers_both(inbox: Path, tmp_path: Path) -> None:
    (inbox / "a.txt").write_text(ARTICLE)
    (inbox / "b.txt").write_text(ARTICLE.replace("\n", "\r\n") + "\n\n")  # same text once normalized
    tables = ingest(inbox, tmp_path / "data")
    assert len(tables["documents"]) == 1
    assert tables["files"] == [("a.txt", "ingested"), ("b.txt", "duplicate")]


def test_html_is_ingested_by_its_content_whatever_its_name(inbox: Path, tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE.split("\n"))
    page = f"<!DOCTYPE html><html><head><title>Tin</title></head><body><article>{paragraphs}</article></body></html>"
    (inbox / "saved.htm").write_text(page)
    (inbox / "saved.txt").write_text(page.replace("Tin", "Tin hai"))
    (inbox / "plain.html").write_text(ARTICLE + " D")  # named .html, but plain text
    tables = ingest(inbox, tmp_path / "data")
    assert tables["quarantine"] == []
    texts = {name: text for name, _, text in tables["documents"]}
    assert texts["saved.htm"] == ARTICLE and texts["plain.html"] == ARTICLE + " D"
    assert [name for name, status in tables["files"] if status == "duplicate"] == ["saved.txt"]


def test_decomposed_unicode_is_normalized_to_nfc() -> None:
    import unicodedata

    decoded = decode_article(unicodedata.normalize("NFD", ARTICLE).encode())
    assert decoded.text == ARTICLE


BAD_INPUTS = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\t \n", "empty"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
    "nul.txt": (b"abc\x00def\x00" * 50, "binary"),
    "garbage.txt": (bytes(range(128, 256)) * 4, "undecodable"),
    "page.html": (b"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><div><p>Tin</p></div></body></html>",
                  "no_article_text"),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_is_rejected_with_its_reason(name: str) -> None:
    data, reason = BAD_INPUTS[name]
    with pytest.raises(Rejected) as rejected:
        read_saved_page(name, data)
    assert rejected.value.reason == reason


def test_every_bad_input_is_quarantined_and_the_run_goes_on(inbox: Path, tmp_path: Path) -> None:
    for name, (data, _) in BAD_INPUTS.items():
        (inbox / name).write_bytes(data)
    (inbox / "huge.txt").write_text(ARTICLE * 100)
    os.mkfifo(inbox / "pipe.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text(ARTICLE)
    (inbox / "link.txt").symlink_to(outside)
    (inbox / "good.txt").write_text(ARTICLE)
    tables = ingest(inbox, tmp_path / "data", max_file_bytes=2000)
    reasons = {name: reason for name, reason, _ in tables["quarantine"]}
    assert reasons == {**{n: r for n, (_, r) in BAD_INPUTS.items()}, "huge.txt": "too_large",
                       "pipe.txt": "unreadable", "link.txt": "symlink_outside_inbox"}
    assert all(detail for _, _, detail in tables["quarantine"])
    assert [name for name, _, _ in tables["documents"]] == ["good.txt"]


def test_a_second_ingest_reads_nothing_and_quarantines_nothing_again(inbox: Path, tmp_path: Path) -> None:
    (inbox / "good.txt").write_text(ARTICLE)
    (inbox / "empty.txt").write_bytes(b"")
    first = ingest(inbox, tmp_path / "data")
    second = ingest(inbox, tmp_path / "data")
    assert first == second
    (inbox / "new.txt").write_text(ARTICLE + " Thêm.")
    third = ingest(inbox, tmp_path / "data")
    assert [n for n, _, _ in third["documents"]] == ["good.txt", "new.txt"]


def test_a_link_inside_the_inbox_is_followed(inbox: Path, tmp_path: Path) -> None:
    (inbox / "real.txt").write_text(ARTICLE)
    (inbox / "alias.txt").symlink_to(inbox / "real.txt")
    tables = ingest(inbox, tmp_path / "data")
    assert tables["files"] == [("alias.txt", "ingested"), ("real.txt", "duplicate")]


def test_sub_folders_are_read_in_name_order_and_hidden_ones_skipped(inbox: Path, tmp_path: Path) -> None:
    for name in ("2026/11/b.txt", "2026/11/a.txt", "2025/z.txt", ".drafts/x.txt", "2026/.partial.txt"):
        (inbox / name).parent.mkdir(parents=True, exist_ok=True)
        (inbox / name).write_text(f"{ARTICLE} {name}")
    (inbox / "top.txt").write_text(ARTICLE)
    tables = ingest(inbox, tmp_path / "data")
    assert [name for name, _ in tables["files"]] == ["2025/z.txt", "2026/11/a.txt", "2026/11/b.txt", "top.txt"]


def test_runs_started_together_store_each_document_once(inbox: Path, tmp_path: Path) -> None:
    """The schedule and the sensor may start runs at the same moment: the data folder's lock serialises them."""
    for n in range(40):
        (inbox / f"{n:02d}.txt").write_text(f"{ARTICLE} Số {n}.")
    settings = HoptacResource(inbox=str(inbox), data_dir=str(tmp_path / "data")).settings
    with ThreadPoolExecutor(4) as pool:
        added = list(pool.map(lambda _: update_raw_documents(settings)["documents_added"], range(4)))
    assert sorted(added) == [0, 0, 0, 40]
    with duckdb.connect() as con:
        table = tmp_path / "data" / "tables" / "raw_documents"
        assert con.execute(f"select count(*), count(distinct doc_id) from '{table}/*.parquet'").fetchone() == (40, 40)
