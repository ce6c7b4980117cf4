"""The code location: assembles assets, checks, jobs, schedule, sensor and resources — nothing else."""

import sys
from pathlib import Path

from dagster import Definitions, load_asset_checks_from_modules, load_assets_from_modules

from assets.cleaning import asset as cleaning
from assets.extraction import asset as extraction
from assets.ingest import asset as ingest
from assets.places import asset as places
from assets.publishing import asset as publishing
from assets.resolution import asset as resolution
from pipelines.automation import build_warehouse, inbox_sensor, nightly
from pipelines.dbt_project import warehouse_project
from pipelines.resources import HoptacResource, WarehouseDbt

STAGES = [places, ingest, cleaning, extraction, resolution, publishing]


def _resources(hoptac: HoptacResource) -> dict:
    # dbt from this interpreter's environment, whether or not the venv is on PATH.
    dbt = WarehouseDbt(project_dir=warehouse_project, dbt_executable=str(Path(sys.executable).with_name("dbt")))
    return {"hoptac": hoptac, "dbt": dbt}


def build_definitions(hoptac: HoptacResource) -> Definitions:
    """The whole product over one inbox and data folder (tests build it over temp folders)."""
    return Definitions(
        assets=load_assets_from_modules(STAGES),
        asset_checks=load_asset_checks_from_modules(STAGES),
        jobs=[build_warehouse],
        schedules=[nightly],
        sensors=[inbox_sensor],
        resources=_resources(hoptac),
    )


defs = build_definitions(HoptacResource.from_env())
