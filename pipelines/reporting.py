"""How plain stage functions and quality checks report to Dagster: logs, metadata, check results.

A materialization carries what the run added under `run/…` and what the table holds as a whole under
Dagster's own keys (`dagster/row_count`, `dagster/column_schema`), so a run with nothing new reads
"run/documents 0" beside the table's real size."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from dagster import (
    AssetCheckResult,
    AssetExecutionContext,
    AssetMaterialization,
    MaterializeResult,
    Output,
    TableColumn,
    TableSchema,
)

from assets import progress
from assets.publishing.relations import Relation
from assets.quality import CheckOutcome
from assets.settings import Settings
from assets.tables import TableStore

RUN_PREFIX = "run/"


def parquet_result(settings: Settings, table: str, increment: Mapping[str, int]) -> MaterializeResult:
    """A Parquet table's materialization: the run's increment beside the whole table's rows and columns."""
    store = TableStore(settings.tables_dir)
    metadata: dict = {f"{RUN_PREFIX}{name}": count for name, count in increment.items()}
    metadata["dagster/row_count"] = store.row_count(table)
    if schema := store.schema(table):
        metadata["dagster/column_schema"] = TableSchema(
            columns=[TableColumn(field.name, str(field.type)) for field in schema])
    return MaterializeResult(asset_key=["parquet", table], metadata=metadata)


def run_stage(context: AssetExecutionContext, stage: str, update: Callable[[], dict[str, int]]) -> dict[str, int]:
    """Run a stage function with its progress in the run's log; log and return what it did."""
    with progress.reporting(stage, context.log.info):
        counts = update()
    context.log.info(f"{stage}: {counts}")
    return counts


def stage_result(context: AssetExecutionContext, stage: str, update: Callable[[], dict[str, int]]) -> MaterializeResult:
    """Run the stage of a one-table asset and describe the table."""
    counts = run_stage(context, stage, update)
    return parquet_result(context.resources.hoptac.settings, context.asset_key.path[-1], counts)


def relation_metadata(relation: Relation) -> dict:
    """A warehouse relation as the catalog shows it: every column with its type and description, and the
    rows of a table."""
    metadata: dict = {"dagster/column_schema": TableSchema(columns=[
        TableColumn(c.name, c.data_type, description=c.description) for c in relation.columns])}
    if relation.rows is not None:
        metadata["dagster/row_count"] = relation.rows
    return metadata


def with_relation_metadata(events: Iterable, relations: Mapping[str, Relation]) -> Iterator:
    """dbt's events, each model's and seed's with the columns and rows of its relation in the build."""
    for event in events:
        if isinstance(event, Output | AssetMaterialization) and "unique_id" in event.metadata:
            relation = relations.get(event.metadata["unique_id"].text.split(".")[-1])
            if relation:
                event = event.with_metadata({**event.metadata, **relation_metadata(relation)})
        yield event


def check_result(outcome: CheckOutcome) -> AssetCheckResult:
    return AssetCheckResult(passed=outcome.passed, description=outcome.description,
                            metadata={"failing_rows": outcome.failing_rows})
