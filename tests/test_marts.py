"""The marts as an analyst reads them: no year taken from the day a file arrived, names beside codes,
every column described (in DuckDB and in the Dagster catalog), a mart row's sentences in one query, and
the marts as Parquet files for readers without DuckDB 2."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest
import yaml
from dagster import AssetKey

from assets.extraction.lexicon import lexicon
from assets.settings import REPO_ROOT
from tests.conftest import Build, make_build

MARTS = ["visit_frequency", "commitments_per_partner", "scholarship_counts", "agreements", "partner_dyads"]
# The relations of the data contract (DESIGN.md) and the ones built on it: every column described.
CONTRACT = ["documents", "quarantine", "mentions", "entities", "events", "places", "place_aliases", "facts",
            *MARTS, "mart_evidence"]
UNDATED_PAGE = """Đoàn đại biểu tỉnh Khăm Muộn thăm tỉnh Hà Tĩnh

Sáng 5/3, Đoàn đại biểu tỉnh Khăm Muộn (Lào) do đồng chí Vilay Vongkhaseum, Phó Tỉnh trưởng tỉnh Khăm Muộn làm \
Trưởng đoàn đã sang thăm và làm việc tại tỉnh Hà Tĩnh.

Tại buổi làm việc, tỉnh Hà Tĩnh cam kết sẽ hỗ trợ tỉnh Khăm Muộn đào tạo cán bộ. Hằng năm, tỉnh Hà Tĩnh tiếp nhận \
50 lưu học sinh tỉnh Khăm Muộn sang học tập.
"""


@pytest.fixture(scope="module")
def undated_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """A page with no date stamp, no metadata and no year anywhere: 'Sáng 5/3' has no year."""
    tmp = tmp_path_factory.mktemp("undated")
    (tmp / "inbox").mkdir()
    (tmp / "inbox" / "khong-ngay.txt").write_text(UNDATED_PAGE, encoding="utf-8")
    build = make_build(tmp, tmp / "inbox")
    assert build.run().success
    return build


def test_a_page_without_any_date_gives_its_events_no_year(undated_build: Build) -> None:
    assert undated_build.query("select event_type, reported_date from events order by event_type") == [
        ("COMMITMENT", None), ("SCHOLARSHIP", None), ("VISIT", None)]
    assert undated_build.query("select year, year_source, date_precision, visits from visit_frequency") == [
        (None, None, None, 1)]
    assert undated_build.query("select year, year_source, quantity_min from scholarship_counts") == [
        (None, None, 50.0)]
    assert undated_build.query("select first_date, last_date, year_source from commitments_per_partner") == [
        (None, None, None)]
    assert undated_build.query("select year, count(*) from facts group by year") == [(None, 3)]


def test_no_mart_year_is_the_year_a_file_arrived(seeds_build: Build) -> None:
    """Four seed pages have no date: every year a mart shows is an event's own or a page's published one."""
    for mart in ("visit_frequency", "scholarship_counts"):
        id_column = {"visit_frequency": "visit_group_id", "scholarship_counts": "scholarship_group_id"}[mart]
        unsupported = seeds_build.query(f"""
            select m.{id_column}, m.year from {mart} as m
            join mart_evidence as e on e.mart = '{mart}' and e.mart_row_id = m.{id_column}
            join events using (event_id)
            where m.year is not null
            group by all
            having not bool_or(m.year = year(events.event_date) and events.year_source <> 'none'
                               or m.year = year(e.published_date))""")
        assert unsupported == [], mart
    assert seeds_build.query("select count(*) from scholarship_counts where year is not null") == [(0,)]


@pytest.mark.parametrize("mart", [*MARTS, "facts"])
def test_every_party_code_has_its_names(seeds_build: Build, mart: str) -> None:
    missing = seeds_build.query(f"""
        select vn_party_code, foreign_party_code from {mart}
        where vn_party_name is null or vn_party_name_en is null
           or (foreign_party_code is not null and (foreign_party_name is null or foreign_party_name_en is null))""")
    assert missing == []
    names = seeds_build.query(f"""
        select distinct vn_party_name, foreign_party_name_en from {mart}
        where vn_party_code = 'VN-HN' and foreign_party_code = 'LA-VT'""")
    assert names in ([], [("Hà Nội", "Vientiane Capital")])


def test_every_contract_column_is_described_in_duckdb(seeds_build: Build) -> None:
    columns = seeds_build.query(f"""
        select table_name, column_name, comment from duckdb_columns()
        where database_name = current_database() and schema_name = 'main'
          and table_name in ({", ".join(f"'{r}'" for r in CONTRACT)})""")
    assert {table for table, *_ in columns} == set(CONTRACT)
    assert [(table, column) for table, column, comment in columns if not comment] == []
    assert seeds_build.query("select comment from duckdb_columns() where table_name = 'events' "
                             "and column_name = 'reported_date'")[0][0].startswith("The event's date when")


def test_every_contract_column_has_its_type_and_description_in_the_catalog(seeds_build: Build) -> None:
    for relation in CONTRACT:
        event = seeds_build.instance.get_latest_materialization_event(AssetKey(["warehouse", relation]))
        columns = event.asset_materialization.metadata["dagster/column_schema"].value.columns
        types = dict(seeds_build.query(f"select column_name, data_type from duckdb_columns() "
                                       f"where table_name = '{relation}' and schema_name = 'main'"))
        assert {c.name: c.type for c in columns} == types, relation
        assert all(c.description for c in columns), relation


def test_every_mart_row_leads_to_its_sentences(seeds_build: Build) -> None:
    for mart, id_column in (("visit_frequency", "visit_group_id"), ("commitments_per_partner", "partner_category_id"),
                            ("scholarship_counts", "scholarship_group_id"), ("agreements", "agreement_id"),
                            ("partner_dyads", "dyad_id")):
        orphans = seeds_build.query(f"""
            select {id_column} from {mart} as m
            where len(event_keys) = 0 or len(event_keys) <> (
                select count(distinct event_key) from mart_evidence as e
                where e.mart = '{mart}' and e.mart_row_id = m.{id_column})""")
        assert orphans == [], mart
    sentence = seeds_build.query("""
        select e.evidence, e.source_file from scholarship_counts as s
        join mart_evidence as e on e.mart = 'scholarship_counts' and e.mart_row_id = s.scholarship_group_id
        where s.foreign_party_code = 'LA-KH'""")
    assert [source_file for _, source_file in sentence] == ["002_eae261134b9285a4.txt"]
    assert "160" in sentence[0][0]


def test_the_marts_are_exported_as_parquet(seeds_build: Build) -> None:
    folder = seeds_build.settings.export_dir
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{m}.parquet" for m in [*MARTS, "mart_evidence"])
    for mart in [*MARTS, "mart_evidence"]:
        table = pq.read_table(folder / f"{mart}.parquet")  # read without DuckDB
        assert table.num_rows == seeds_build.query(f"select count(*) from {mart}")[0][0]
        assert table.column_names == [c for (c,) in seeds_build.query(
            f"select column_name from duckdb_columns() where table_name = '{mart}' and schema_name = 'main' "
            "order by column_index")]
    visits = pq.read_table(folder / "visit_frequency.parquet").to_pylist()
    assert {(v["vn_party_name"], v["foreign_party_name"]) for v in visits} >= {("Hà Nội", "Thủ đô Viêng Chăn")}


def test_the_category_tests_know_every_category_the_lexicon_gives() -> None:
    """events.category's accepted values follow the extraction lexicon: a new category fails here first."""
    schema = yaml.safe_load((REPO_ROOT / "warehouse/models/core/schema.yml").read_text(encoding="utf-8"))
    events = next(m for m in schema["models"] if m["name"] == "events")
    category = next(c for c in events["columns"] if c["name"] == "category")
    accepted = category["data_tests"][0]["accepted_values"]["arguments"]["values"]
    assert set(accepted) == set(lexicon()["categories"]) | {"general", "scholarship", "students_hosted"}
