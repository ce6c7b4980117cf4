"""Shared fixtures: the whole product built for real (Dagster job, dbt, DuckDB) over temp folders."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance, Definitions, ExecuteInProcessResult

from assets.settings import REPO_ROOT, Settings
from pipelines.definitions import build_definitions
from pipelines.resources import HoptacResource

SEEDS = REPO_ROOT / "seeds"
SHARED = REPO_ROOT.parent / "shared"


@dataclass
class Build:
    """A product instance over one inbox and data folder."""

    definitions: Definitions
    settings: Settings
    instance: DagsterInstance

    def run(self) -> ExecuteInProcessResult:
        job = self.definitions.resolve_job_def("build_warehouse")
        return job.execute_in_process(instance=self.instance, raise_on_error=False)

    def query(self, sql: str) -> list[tuple]:
        with duckdb.connect(str(self.settings.warehouse_path), read_only=True) as con:
            return con.execute(sql).fetchall()


def make_build(tmp: Path, inbox: Path) -> Build:
    hoptac = HoptacResource(inbox=str(inbox), data_dir=str(tmp / "data"))
    return Build(build_definitions(hoptac), hoptac.settings, DagsterInstance.ephemeral())


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The five seed articles, built once for every test that only reads the result."""
    tmp = tmp_path_factory.mktemp("seeds")
    inbox = tmp / "inbox"
    shutil.copytree(SEEDS, inbox)
    build = make_build(tmp, inbox)
    result = build.run()
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    return build


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder
