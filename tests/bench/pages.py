"""Reading and cleaning one page, text and HTML pages apart, in one process: the file's bytes → a raw
document (decoding; for HTML, trafilatura's extraction) → a clean document (the cleaner, the page
metadata, the near-duplicate signature). The job's steps mix both kinds; this shows what each costs."""

from __future__ import annotations

import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from assets.cleaning.stage import clean_document
from assets.ingest.decode import Rejected
from assets.ingest.saved_page import read_saved_page

FORMATS = {"text": "*.txt", "html": "*.html"}


def page_rates(inbox: Path, sample: int) -> dict[str, dict[str, float]]:
    """Per format: pages timed, and docs/s of reading (ingest's share) and of cleaning."""
    rates = {}
    for name, pattern in FORMATS.items():
        files = [(path.name, path.read_bytes()) for path in sorted(inbox.glob(pattern))[:sample]]
        started = time.perf_counter()
        pages = []
        for file, data in files:
            try:
                pages.append(read_saved_page(file, data))
            except Rejected:
                continue
        read_s = time.perf_counter() - started
        rows = [{"doc_id": str(n), "ingested_at": datetime.now(UTC), **asdict(page)} for n, page in enumerate(pages)]
        started = time.perf_counter()
        for row in rows:
            clean_document(row)
        clean_s = time.perf_counter() - started
        rates[name] = {"documents": len(pages), "read_docs_per_s": len(pages) / read_s if read_s else 0.0,
                       "clean_docs_per_s": len(pages) / clean_s if clean_s else 0.0}
    return rates
