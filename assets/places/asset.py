"""Dagster assets of the places reference data: parquet/places and parquet/place_aliases."""

from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, multi_asset

from assets.places.stage import update_place_tables
from pipelines.resources import HoptacResource


@multi_asset(
    specs=[
        AssetSpec(["parquet", "places"], group_name="places",
                  description="One row per place code: countries (ISO 3166-1), subdivisions (ISO 3166-2) and the "
                              "units below a province the resolver rolls up, with Vietnamese and English names."),
        AssetSpec(["parquet", "place_aliases"], group_name="places",
                  description="Every spelling the place resolver accepts, with the code it names."),
    ],
)
def place_tables(context: AssetExecutionContext, hoptac: HoptacResource):
    counts = update_place_tables(hoptac.settings)
    context.log.info(f"places: {counts}")
    yield MaterializeResult(asset_key=["parquet", "places"], metadata={"places": counts["places"]})
    yield MaterializeResult(asset_key=["parquet", "place_aliases"], metadata={"aliases": counts["place_aliases"]})
