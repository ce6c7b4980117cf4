"""Dagster asset of the cleaning stage: parquet/clean_documents, with its checks."""

from dagster import AssetCheckResult, AssetExecutionContext, MaterializeResult, asset, asset_check

from assets import quality
from assets.cleaning.stage import update_clean_documents
from pipelines.reporting import check_result, stage_result
from pipelines.resources import HoptacResource


@asset(key=["parquet", "clean_documents"], deps=[["parquet", "raw_documents"]], group_name="cleaning",
       description="Title, article body (and only the article), outlet, published date, near-duplicate link.")
def clean_documents(context: AssetExecutionContext, hoptac: HoptacResource) -> MaterializeResult:
    return stage_result(context, "cleaning", lambda: update_clean_documents(hoptac.settings, hoptac.full_refresh))


@asset_check(asset=["parquet", "clean_documents"], blocking=True,
             description="Every raw document has its cleaned row (none is lost between ingest and cleaning).")
def every_raw_document_is_cleaned(hoptac: HoptacResource) -> AssetCheckResult:
    return check_result(quality.every_document_cleaned(hoptac.settings))


@asset_check(asset=["parquet", "clean_documents"], blocking=True,
             description="No cleaned document lacks its doc_id or body (an empty body is a string, not null).")
def cleaned_bodies_are_not_null(hoptac: HoptacResource) -> AssetCheckResult:
    return check_result(quality.bodies_not_null(hoptac.settings))

