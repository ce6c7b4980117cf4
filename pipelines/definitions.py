"""The code location: assembles assets, checks, jobs, schedule, sensor and resources — nothing else."""

import sys
from pathlib import Path

from dagster import AssetSpec, Definitions, load_asset_checks_from_modules, load_assets_from_modules, map_asset_specs

from assets.cleaning import asset as cleaning
from assets.extraction import asset as extraction
from assets.ingest import asset as ingest
from assets.places import asset as places
from assets.publishing import asset as publishing
from assets.report import asset as report
from assets.resolution import asset as resolution
from pipelines.automation import build_warehouse_job, inbox_sensor, nightly
from pipelines.dbt_project import warehouse_project
from pipelines.dbt_translator import OWNER
from pipelines.resources import HoptacResource, WarehouseDbt

STAGES = [places, ingest, cleaning, extraction, resolution, publishing, report]


def _resources(hoptac: HoptacResource) -> dict:
    # dbt from this interpreter's environment, whether or not the venv is on PATH.
    dbt = WarehouseDbt(project_dir=warehouse_project, dbt_executable=str(Path(sys.executable).with_name("dbt")),
                       global_config_flags=["--no-use-colors"])
    return {"hoptac": hoptac, "dbt": dbt}


def _catalogued(spec: AssetSpec) -> AssetSpec:
    """The team owns every asset; a table under parquet/ is written by Python stages as Parquet files."""
    kinds = {"python", "parquet"} if spec.key.path[0] == "parquet" else set()
    return spec.replace_attributes(owners=spec.owners or [OWNER], kinds=spec.kinds | kinds)


def build_definitions(hoptac: HoptacResource) -> Definitions:
    """The whole product over one inbox and data folder (tests build it over temp folders)."""
    return Definitions(
        assets=map_asset_specs(_catalogued, load_assets_from_modules(STAGES)),
        asset_checks=load_asset_checks_from_modules(STAGES),
        jobs=[build_warehouse_job(hoptac.settings)],
        schedules=[nightly],
        sensors=[inbox_sensor],
        resources=_resources(hoptac),
    )


defs = build_definitions(HoptacResource.from_env())
