"""Dagster assets of publishing: the dbt models (staging → core → marts, tests as asset checks) and the
published warehouse.duckdb."""

import os

from dagster import AssetExecutionContext, MaterializeResult, asset
from dagster_dbt import DbtCliResource, dbt_assets

from assets.locking import data_folder_lock
from assets.publishing.warehouse import needs_full_build, prepare_build, publish, record_build, row_counts
from pipelines.dbt_project import warehouse_project
from pipelines.resources import HoptacResource


@dbt_assets(manifest=warehouse_project.manifest_path)
def warehouse_models(context: AssetExecutionContext, dbt: DbtCliResource, hoptac: HoptacResource):
    settings = hoptac.settings
    prepare_build(settings)
    # dbt's profile and sources read the data folder from this variable, in the dbt subprocess.
    os.environ["HOPTAC_DATA_DIR"] = str(settings.data_dir)
    # One target folder per data folder, reused: runs do not leave a new folder each (dagster-dbt's default,
    # 3 MB a run).
    with data_folder_lock(settings):
        full = hoptac.full_refresh or needs_full_build(settings)
        context.log.info("dbt: every model rebuilt" if full else "dbt: core models add what is new")
        args = ["build", "--full-refresh"] if full else ["build"]
        yield from dbt.cli(args, context=context, target_path=settings.dbt_target_path).stream()
        record_build(settings)


@asset(deps=warehouse_models.keys, group_name="publishing",
       description="warehouse.duckdb, replaced atomically by the last good build.")
def published_warehouse(context: AssetExecutionContext, hoptac: HoptacResource) -> MaterializeResult:
    published = publish(hoptac.settings)
    counts = row_counts(hoptac.settings.warehouse_path)
    context.log.info(f"published {hoptac.settings.warehouse_path}: {counts}")
    return MaterializeResult(metadata={**published, **{f"rows.{k}": v for k, v in counts.items()}})
