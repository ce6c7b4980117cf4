"""Dagster assets of the ingest stage: parquet/raw_documents and parquet/quarantine."""

from dagster import AssetExecutionContext, AssetSpec, multi_asset

from assets.ingest.stage import update_raw_documents
from pipelines.reporting import parquet_result, run_stage
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
    counts = run_stage(context, "ingest", lambda: update_raw_documents(hoptac.settings))
    new_files = {"new_files": counts["files_seen"]}  # files the ledger had not seen
    yield parquet_result(hoptac.settings, "raw_documents",
                         new_files | {k: counts[k] for k in ("documents_added", "duplicates")})
    yield parquet_result(hoptac.settings, "inbox_files", new_files)
    yield parquet_result(hoptac.settings, "quarantine", {"quarantined": counts["quarantined"]})
