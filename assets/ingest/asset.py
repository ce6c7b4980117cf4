"""Dagster assets of the ingest stage: parquet/raw_documents and parquet/quarantine."""

from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, multi_asset

from assets.ingest.stage import update_raw_documents
from pipelines.resources import HoptacResource


@multi_asset(
    specs=[
        AssetSpec(["parquet", "raw_documents"], group_name="ingest",
                  description="Decoded, NFC-normalized inbox files, one row per distinct text."),
        AssetSpec(["parquet", "inbox_files"], group_name="ingest",
                  description="Ledger of every inbox file read: name, size, mtime, hash, document, status."),
        AssetSpec(["parquet", "quarantine"], group_name="ingest",
                  description="Inbox files that could not be ingested, with a reason a person can act on."),
    ],
)
def raw_documents(context: AssetExecutionContext, hoptac: HoptacResource):
    counts = update_raw_documents(hoptac.settings)
    context.log.info(f"ingest from {hoptac.settings.inbox}: {counts}")
    yield MaterializeResult(asset_key=["parquet", "raw_documents"], metadata=counts)
    yield MaterializeResult(asset_key=["parquet", "inbox_files"], metadata={"files_seen": counts["files_seen"]})
    yield MaterializeResult(asset_key=["parquet", "quarantine"], metadata={"quarantined": counts["quarantined"]})
