"""Dagster assets of the resolution stage: parquet/entities and parquet/person_links."""

from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, multi_asset

from assets.resolution.stage import update_entities
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
    counts = update_entities(hoptac.settings, hoptac.full_refresh)
    context.log.info(f"entities: {counts}")
    yield MaterializeResult(asset_key=["parquet", "entities"], metadata=counts)
    yield MaterializeResult(asset_key=["parquet", "person_links"], metadata={"person_links": counts["person_links"]})
