"""The Dagster catalog as a new user reads it: groups by layer, owners, kinds, described checks, a
freshness expectation on the marts, Parquet and warehouse assets told apart, one process per run."""

from __future__ import annotations

import tomllib

import pytest
from dagster import AssetKey

from assets.settings import REPO_ROOT
from pipelines.definitions import build_definitions
from pipelines.resources import HoptacResource

LAYERS = {"places", "ingest", "cleaning", "extraction", "resolution", "staging", "core", "marts", "publishing",
          "report"}


@pytest.fixture(scope="module")
def definitions(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("catalog")
    return build_definitions(HoptacResource(inbox=str(tmp / "inbox"), data_dir=str(tmp / "data")))


@pytest.fixture(scope="module")
def graph(definitions):
    return definitions.resolve_asset_graph()


def test_every_asset_has_a_layer_an_owner_and_kinds(graph) -> None:
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.group_name in LAYERS, key
        assert node.owners == ["team:hoptac"], key
        assert node.kinds, key
        assert node.description and "Raw SQL" not in node.description, key
    groups = {graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert groups == LAYERS


def test_every_check_has_a_description(graph) -> None:
    checks = list(graph.asset_check_keys)
    assert len(checks) > 40
    for check in checks:
        assert graph.get_check_spec(check).description, check


def test_parquet_tables_and_warehouse_relations_are_told_apart(graph) -> None:
    keys = graph.get_all_asset_keys()
    for name in ("events", "entities", "mentions", "quarantine"):
        parquet, warehouse = AssetKey(["parquet", name]), AssetKey(["warehouse", name])
        assert {parquet, warehouse} <= keys
        assert graph.get(parquet).kinds == {"python", "parquet"}
        assert graph.get(warehouse).kinds >= {"dbt", "duckdb"}


def test_the_marts_are_expected_within_a_day(graph) -> None:
    marts = [key for key in graph.get_all_asset_keys() if graph.get(key).group_name == "marts"]
    assert AssetKey(["warehouse", "visit_frequency"]) in marts
    for key in marts:
        policy = graph.get(key).freshness_policy
        assert policy is not None and policy.warn_window.to_timedelta().total_seconds() == 24 * 3600, key


def test_the_job_runs_in_one_process_and_tags_its_runs(definitions) -> None:
    job = definitions.resolve_job_def("build_warehouse")
    assert job.executor_def.name == "in_process"
    assert set(job.run_tags) == {"hoptac/inbox", "hoptac/data_dir"}


def test_the_code_location_is_named_hoptac() -> None:
    dagster = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["tool"]["dagster"]
    assert dagster == {"module_name": "pipelines.definitions", "code_location_name": "hoptac"}
    assert "dagster dev -h" in (REPO_ROOT / "Makefile").read_text()  # no -m: the location comes from pyproject
