"""Dagster assets of the resolution stage: parquet/entities and parquet/person_links."""

from dagster import AssetExecutionContext, AssetSpec, multi_asset

from assets.resolution.stage import update_entities
from pipelines.reporting import parquet_result, run_stage
from pipelines.resources import HoptacResource


@multi_asset(
    specs=[
        AssetSpec(["parquet", "entities"], deps=[["parquet", "mentions"]], group_name="resolution",
                  description="Canonical places (ISO 3166 codes), organisations (with their locality) and persons."),
        AssetSpec(["parquet", "person_links"], deps=[["parquet", "mentions"]], group_name="resolution",
                  description="Which person entity each PERSON mention denotes."),
    ],
)
def entities(context: AssetExecutionContext, hoptac: HoptacResource):
    counts = run_stage(context, "entities", lambda: update_entities(hoptac.settings, hoptac.full_refresh))
    yield parquet_result(hoptac.settings, "entities", {k: counts[k] for k in ("mentions", "new_entities")})
    yield parquet_result(hoptac.settings, "person_links", {"person_links": counts["person_links"]})
