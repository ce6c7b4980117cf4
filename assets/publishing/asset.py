"""Dagster assets of publishing: the dbt models (staging → core → marts, tests as asset checks) and the
published warehouse.duckdb."""

import os

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset
from dagster_dbt import DbtCliResource, dbt_assets

from assets.locking import data_folder_lock
from assets.publishing.relations import describe_relations
from assets.publishing.warehouse import needs_full_build, prepare_build, publish, record_build
from pipelines.dbt_project import warehouse_project
from pipelines.dbt_translator import OWNER, HoptacTranslator
from pipelines.reporting import RUN_PREFIX, with_relation_metadata
from pipelines.resources import HoptacResource


@dbt_assets(manifest=warehouse_project.manifest_path, dagster_dbt_translator=HoptacTranslator())
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
        invocation = dbt.cli(args, context=context, target_path=settings.dbt_target_path, raise_on_error=False)
        # dbt holds the build file until it exits: its events wait for it, then carry each relation's
        # columns and rows, read in one connection (dagster-dbt's own column metadata needs the dbt adapter,
        # ~5 s per run; see WarehouseDbt).
        events = list(invocation.stream())
        if not invocation.is_successful():
            yield from events
            raise invocation.get_error()
        record_build(settings)
    yield from with_relation_metadata(events, describe_relations(settings.build_path))


MARTS = sorted(spec.key.path[-1] for spec in warehouse_models.specs if spec.group_name == "marts")


@asset(deps=warehouse_models.keys, group_name="publishing", kinds={"python", "duckdb", "parquet"}, owners=[OWNER],
       description="warehouse.duckdb, replaced atomically by the last good build, and its marts as Parquet files "
                   "(export/<mart>.parquet) for readers without DuckDB 2.")
def published_warehouse(context: AssetExecutionContext, hoptac: HoptacResource) -> MaterializeResult:
    published = publish(hoptac.settings, MARTS)
    context.log.info(f"published {hoptac.settings.warehouse_path}: {published}")
    return MaterializeResult(metadata={
        f"{RUN_PREFIX}tables_published": published["tables"],
        f"{RUN_PREFIX}marts_exported": published["marts_exported"],
        "bytes": published["bytes"],
        "path": MetadataValue.path(str(hoptac.settings.warehouse_path)),
        "export": MetadataValue.path(str(hoptac.settings.export_dir)),
    })
