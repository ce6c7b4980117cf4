"""The cleaning stage on the Parquet tables: raw documents not yet cleaned → clean_documents."""

from __future__ import annotations

from datetime import UTC, datetime

import pyarrow as pa

from assets.cleaning.near_duplicates import find_duplicates, signature
from assets.cleaning.page import clean_page
from assets.ingest.inbox import RAW_DOCUMENTS
from assets.parallel import map_documents
from assets.settings import Settings
from assets.tables import TableStore

CLEAN_DOCUMENTS = pa.schema([
    ("doc_id", pa.string()),
    ("title", pa.string()),
    ("body", pa.string()),
    ("outlet", pa.string()),
    ("published_date", pa.date32()),
    ("duplicate_of", pa.string()),
    ("received_at", pa.timestamp("us", tz="UTC")),
    ("cleaned_at", pa.timestamp("us", tz="UTC")),
])
SIGNATURES = pa.schema([("doc_id", pa.string()), ("minhash", pa.list_(pa.uint64()))])


def update_clean_documents(settings: Settings, full_refresh: bool = False) -> dict[str, int]:
    store = TableStore(settings.tables_dir)
    done = set() if full_refresh else store.column_values("clean_documents", CLEAN_DOCUMENTS, "doc_id")
    raw = store.read("raw_documents", RAW_DOCUMENTS, ["doc_id", "text", "ingested_at"]).to_pylist()
    pending = [doc for doc in raw if doc["doc_id"] not in done]
    if not pending and not full_refresh:
        return {"documents_cleaned": 0, "near_duplicates": 0, "empty_bodies": 0}
    cleaned = map_documents(_clean, pending)
    now = datetime.now(UTC)
    rows = [{**row, "cleaned_at": now} for row, _ in cleaned]
    signatures = [{"doc_id": row["doc_id"], "minhash": minhash} for row, minhash in cleaned]
    earlier = [] if full_refresh else store.read("document_signatures", SIGNATURES).to_pylist()
    duplicates = find_duplicates(((s["doc_id"], s["minhash"]) for s in signatures),
                                 ((s["doc_id"], s["minhash"]) for s in earlier))
    for row in rows:
        row["duplicate_of"] = duplicates.get(row["doc_id"])
    write = store.replace if full_refresh else store.append
    write("document_signatures", signatures, SIGNATURES)
    write("clean_documents", rows, CLEAN_DOCUMENTS)
    return {"documents_cleaned": len(rows), "near_duplicates": len(duplicates),
            "empty_bodies": sum(not r["body"] for r in rows)}


def _clean(doc: dict) -> tuple[dict, list[int]]:
    article = clean_page(doc["text"])
    row = {"doc_id": doc["doc_id"], "title": article.title, "body": article.body, "outlet": article.outlet,
           "published_date": article.published_date, "duplicate_of": None, "received_at": doc["ingested_at"]}
    return row, signature(article.body)
