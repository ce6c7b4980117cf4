"""The product end to end on the seeds: every relation of the data contract, the marts' exact rows,
quality against the gold file, and a second run that changes nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import SEEDS, SHARED, Build, make_build

CONTRACT = {
    "documents": ["doc_id", "source_file", "title", "body", "outlet", "published_date", "ingested_at"],
    "quarantine": ["source_file", "reason", "detected_at"],
    "mentions": ["doc_id", "start", "end", "text", "mention_type", "entity_id"],
    "entities": ["entity_id", "entity_type", "name", "name_en", "country_code", "admin_code", "aliases"],
    "events": ["event_id", "doc_id", "event_type", "vn_party_code", "foreign_party_code", "direction",
               "event_date", "date_precision", "quantity_min", "quantity_max", "unit", "leader_name", "evidence",
               "evidence_start", "evidence_end", "event_key"],
    "places": ["code", "name_vi", "name_en", "country_code", "level", "parent_code", "source"],
    "place_aliases": ["alias", "code", "source"],
}
MARTS = ["visit_frequency", "commitments_per_partner", "scholarship_counts", "agreements", "partner_dyads",
         "mart_evidence"]


def columns(build: Build, table: str) -> list[str]:
    return [r[0] for r in build.query(
        f"select column_name from information_schema.columns where table_name = '{table}' order by ordinal_position")]


@pytest.mark.parametrize("table", CONTRACT)
def test_contract_relations_have_their_columns(seeds_build: Build, table: str) -> None:
    assert set(CONTRACT[table]) <= set(columns(seeds_build, table))


@pytest.mark.parametrize("mart", MARTS)
def test_marts_are_not_empty(seeds_build: Build, mart: str) -> None:
    assert seeds_build.query(f"select count(*) from {mart}")[0][0] > 0


def test_documents_are_the_five_seeds(seeds_build: Build) -> None:
    files = [r[0] for r in seeds_build.query("select source_file from documents order by source_file")]
    assert files == sorted(p.name for p in SEEDS.iterdir())
    assert seeds_build.query("select count(*) from quarantine")[0][0] == 0


def test_the_2013_hanoi_vientiane_front_mou_is_one_agreement_named_by_two_documents(seeds_build: Build) -> None:
    rows = seeds_build.query("""
        select source_files, period_start, period_end, year(signed_date) from agreements
        where vn_party_code = 'VN-HN' and foreign_party_code = 'LA-VT' and len(source_files) = 2""")
    assert rows == [(["000_d4636e2150217d2b.txt", "004_e95b27ef6e3b80cd.txt"], 2013, 2018, 2013)]


def test_agreements_mart_rows(seeds_build: Build) -> None:
    rows = seeds_build.query("""
        select vn_party_code, foreign_party_code, period_start, period_end, strftime(signed_date, '%Y-%m'), mentions
        from agreements order by foreign_party_code, period_start nulls first, signed_date""")
    assert rows == [
        ("VN-HN", "CN-BJ", 2013, 2018, "2017-03", 1),
        ("VN-HN", "CN-SH", 2013, 2018, "2018-05", 1),
        ("VN-23", "LA-KH", 2022, 2024, None, 1),
        ("VN-HN", "LA-VT", None, None, None, 1),
        ("VN-HN", "LA-VT", 2013, 2018, "2013-01", 2),
        ("VN-HN", "LA-VT", 2022, 2025, None, 1),
    ]


def test_visit_frequency_rows(seeds_build: Build) -> None:
    """'Sáng 28/11' on a page with no date and no year: the visit is counted under a null year."""
    rows = seeds_build.query("""
        select vn_party_name, foreign_party_name_en, direction, year, year_source, date_precision, visits, leaders
        from visit_frequency order by vn_party_code, direction, first_visit""")
    assert rows == [
        ("Hà Tĩnh", "Khammouane", "inbound", 2022, "context", "day", 1, ["Phít Sà May - Kong Xa Đệt"]),
        ("Hà Nội", "Vientiane Capital", "inbound", 2013, "context", "day", 1, ["Bonthieng Khounsy"]),
        ("Hà Nội", "Vientiane Capital", "inbound", None, None, None, 1, ["Duangta Soulivong"]),
        ("Hà Nội", "Vientiane Capital", "outbound", 2024, "context", "day", 1, ["Đinh Tiến Dũng"]),
    ]


def test_scholarship_counts_rows(seeds_build: Build) -> None:
    """None of these pages gives a date or a year for its scholarships: they are counted under a null year."""
    rows = seeds_build.query("""
        select vn_party_code, foreign_party_code, foreign_party_name, year, kind, unit, per_year, quantity_min,
               quantity_max
        from scholarship_counts order by quantity_min""")
    assert rows == [
        ("VN-HN", "LA-VT", "Thủ đô Viêng Chăn", None, "scholarship", "students/year", True, 10.0, 20.0),
        ("VN-23", "LA-KH", "Khăm Muộn", None, "students_hosted", "students", False, 160.0, 160.0),
        ("VN-23", "LA", "Lào", None, "students_hosted", "students", False, 1100.0, None),
    ]


def test_commitments_per_partner_rows(seeds_build: Build) -> None:
    rows = seeds_build.query("""
        select foreign_party_code, vn_party_code, event_type, category, facts from commitments_per_partner
        order by all""")
    assert rows == [
        ("LA-KH", "VN-23", "COMMITMENT", "exchange", 1),
        ("LA-VT", "VN-HN", "AID", "construction", 1),
        ("LA-VT", "VN-HN", "COMMITMENT", "event_support", 1),
        ("LA-VT", "VN-HN", "COMMITMENT", "general", 1),
        ("LA-VT", "VN-HN", "COMMITMENT", "investment", 1),
        ("LA-VT", "VN-HN", "COMMITMENT", "training", 2),
        (None, "VN-HN", "AID", "medical_supplies", 1),
    ]


def test_aid_keeps_the_side_that_gave_it(seeds_build: Build) -> None:
    # both seed gifts are Hà Nội's: "… do thành phố Hà Nội hỗ trợ kinh phí", "Tặng khẩu trang y tế cho …"
    assert seeds_build.query("select committed_by, count(*) from events where event_type = 'AID' group by all") == [
        ("vn", 2)]
    assert seeds_build.query("""
        select sum(by_vn_side), sum(by_foreign_side) from commitments_per_partner where event_type = 'AID'""") == [
        (2, 0)]


def test_every_event_keeps_its_evidence_at_its_offsets(seeds_build: Build) -> None:
    bad = seeds_build.query("""
        select count(*) from events join documents using (doc_id)
        where substr(body, evidence_start + 1, evidence_end - evidence_start) <> evidence""")
    assert bad == [(0,)]


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="shared/ evaluation not beside the repo")
def test_score_on_the_seeds_meets_the_bar(seeds_build: Build) -> None:
    out = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--warehouse", str(seeds_build.settings.warehouse_path),
         "--gold", str(SHARED / "gold" / "seeds.json"), "--min-f1", "0.9"],
        capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout
    assert "visit dates 4/4; leaders 4/4; clean bodies 5/5; titles 5/5" in out.stdout


def test_a_second_run_changes_nothing(tmp_path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    build = make_build(tmp_path, inbox)
    assert build.run().success
    snapshot = {t: build.query(f"select * from {t} order by all") for t in [*CONTRACT, *MARTS] if t != "quarantine"}
    parts = sorted(p.name for p in build.settings.tables_dir.rglob("part-*.parquet"))
    assert build.run().success
    assert {t: build.query(f"select * from {t} order by all") for t in snapshot} == snapshot
    assert sorted(p.name for p in build.settings.tables_dir.rglob("part-*.parquet")) == parts


def test_the_readme_queries_run_on_the_warehouse(seeds_build: Build) -> None:
    from assets.settings import REPO_ROOT

    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [block.split("```")[0] for block in readme.split("```sql")[1:]]
    statements = [s.strip() for block in blocks for s in block.split(";") if s.strip()]
    assert len(statements) == 5
    for statement in statements:
        assert seeds_build.query(statement), statement
    rows = seeds_build.query(statements[-1])  # from a mart row to its sentences
    evidence = {(year, sentence[:40], source_file) for year, _, _, sentence, source_file in rows}
    assert (2013, "Kinhtedothi - Chiều 16/9, đoàn đại biểu ", "000_d4636e2150217d2b.txt") in evidence
