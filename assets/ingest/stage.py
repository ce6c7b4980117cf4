"""The ingest stage on the Parquet tables: what is new in the inbox becomes raw documents or quarantine rows."""

from __future__ import annotations

from datetime import UTC, datetime

from assets.ingest.inbox import INBOX_FILES, QUARANTINE, RAW_DOCUMENTS, ingest_inbox, scan_inbox
from assets.locking import one_writer
from assets.settings import Settings
from assets.tables import TableStore


def _seen_files(store: TableStore) -> set[tuple[str, int, int]]:
    ledger = store.read("inbox_files", INBOX_FILES, ["source_file", "size_bytes", "mtime_ns"])
    columns = (ledger.column(c).to_pylist() for c in ("source_file", "size_bytes", "mtime_ns"))
    return set(zip(*columns, strict=True))


def new_inbox_files(settings: Settings) -> list[str]:
    """Names of inbox files not yet in the ledger (new, or changed since they were read)."""
    seen = _seen_files(TableStore(settings.tables_dir))
    return [entry.name for entry in scan_inbox(settings.inbox) if entry.ledger_key not in seen]


@one_writer
def update_raw_documents(settings: Settings, now: datetime | None = None) -> dict[str, int]:
    """Append new documents, ledger rows and quarantine rows; return how many of each."""
    store = TableStore(settings.tables_dir)
    known = store.column_values("raw_documents", RAW_DOCUMENTS, "doc_id")
    batch = ingest_inbox(settings.inbox, _seen_files(store), known, settings.max_file_bytes, now or datetime.now(UTC))
    # Ledger last: a crash before it leaves the files unseen, so the next run reads them again.
    store.append("raw_documents", batch.documents, RAW_DOCUMENTS)
    store.append("quarantine", batch.quarantined, QUARANTINE)
    store.append("inbox_files", batch.files, INBOX_FILES)
    return {"files_seen": len(batch.files), "documents_added": len(batch.documents),
            "quarantined": len(batch.quarantined),
            "duplicates": sum(f["status"] == "duplicate" for f in batch.files)}
