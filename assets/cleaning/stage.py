"""The cleaning stage on the Parquet tables: raw documents not yet cleaned → clean_documents."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pyarrow as pa

from assets.cleaning.near_duplicates import SIGNATURES, DuplicateFinder, signature
from assets.cleaning.page import clean_page, with_page_metadata
from assets.locking import one_writer
from assets.parallel import map_documents
from assets.settings import Settings
from assets.tables import BATCH, TableStore

RAW_COLUMNS = ["doc_id", "text", "ingested_at", "format", "html_title", "html_published_date", "html_site_name"]
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


@one_writer
def update_clean_documents(settings: Settings, full_refresh: bool = False) -> dict[str, int]:
    """Clean every raw document not cleaned yet, batch by batch; flag near-duplicates of earlier ones."""
    store = TableStore(settings.tables_dir)
    if full_refresh:
        store.clear("clean_documents")
        store.clear("document_signatures")
    done = store.column_values("clean_documents", CLEAN_DOCUMENTS, "doc_id")
    counts = Counter(documents_cleaned=0, near_duplicates=0, empty_bodies=0)
    finder: DuplicateFinder | None = None
    for batch in store.pending("raw_documents", RAW_COLUMNS, done, size=BATCH):
        finder = finder or DuplicateFinder(store.read("document_signatures", SIGNATURES))
        cleaned = map_documents(clean_document, batch)
        signatures = [{"doc_id": row["doc_id"], **sig} for row, sig in cleaned]
        duplicates = finder.find(signatures)
        now = datetime.now(UTC)
        rows = [{**row, "duplicate_of": duplicates.get(row["doc_id"]), "cleaned_at": now} for row, _ in cleaned]
        store.append("document_signatures", signatures, SIGNATURES)
        store.append("clean_documents", rows, CLEAN_DOCUMENTS)  # last: it marks the batch as cleaned
        counts.update(documents_cleaned=len(rows), near_duplicates=len(duplicates),
                      empty_bodies=sum(not r["body"] for r in rows))
    store.ensure("clean_documents", CLEAN_DOCUMENTS)
    return dict(counts)


def clean_document(doc: dict) -> tuple[dict, dict]:
    """A raw_documents row → its clean_documents row (without duplicate link and time) and its signature."""
    article = clean_page(doc["text"])
    if doc["format"] == "html":
        article = with_page_metadata(article, doc["html_title"], doc["html_published_date"], doc["html_site_name"])
    row = {"doc_id": doc["doc_id"], "title": article.title, "body": article.body, "outlet": article.outlet,
           "published_date": article.published_date, "received_at": doc["ingested_at"]}
    return row, signature(article.body)
