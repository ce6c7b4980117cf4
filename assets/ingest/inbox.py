"""Scan the inbox and turn what is new into raw documents, file-ledger rows and quarantine rows.

A file is new when its (name, size, mtime) is not in the ledger, so a nightly run stats old files but
never reads them again. A document is its normalized text (for an HTML page, its article text): `doc_id`
hashes that text, and the same text under two names is one document with two ledger rows. New files are
read and decoded on every core (an HTML page's article extraction is the costly part), a chunk at a time.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path

import pyarrow as pa

from assets.ingest.decode import Rejected
from assets.ingest.saved_page import SavedPage, read_saved_page
from assets.parallel import map_documents

RAW_DOCUMENTS = pa.schema([
    ("doc_id", pa.string()),
    ("source_file", pa.string()),
    ("text", pa.string()),
    ("encoding", pa.string()),
    ("ingested_at", pa.timestamp("us", tz="UTC")),
    # text | html; for an HTML page, `text` is its article text and these come from its markup.
    ("format", pa.string()),
    ("html_title", pa.string()),
    ("html_published_date", pa.date32()),
    ("html_site_name", pa.string()),
])
INBOX_FILES = pa.schema([
    ("source_file", pa.string()),
    ("size_bytes", pa.int64()),
    ("mtime_ns", pa.int64()),
    ("sha256", pa.string()),
    ("doc_id", pa.string()),
    ("status", pa.string()),  # ingested | duplicate | quarantined
    ("seen_at", pa.timestamp("us", tz="UTC")),
])
QUARANTINE = pa.schema([
    ("source_file", pa.string()),
    ("reason", pa.string()),
    ("detail", pa.string()),
    ("size_bytes", pa.int64()),
    ("sha256", pa.string()),
    ("detected_at", pa.timestamp("us", tz="UTC")),
])


@dataclass(frozen=True)
class InboxEntry:
    """One regular file (or link) found in the inbox; `name` is its path relative to the inbox."""

    name: str
    path: str
    size: int
    mtime_ns: int

    @property
    def ledger_key(self) -> tuple[str, int, int]:
        return (self.name, self.size, self.mtime_ns)


@dataclass
class IngestBatch:
    """What one run adds: rows for the three tables, ready to append."""

    documents: list[dict] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)
    quarantined: list[dict] = field(default_factory=list)


def doc_id_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def scan_inbox(inbox: Path) -> Iterator[InboxEntry]:
    """Every file below the inbox, in name order; dot-files (editor and temp files) are left alone."""
    if not inbox.is_dir():
        raise FileNotFoundError(f"inbox {inbox} is not a folder; set HOPTAC_INBOX to the folder of articles")
    yield from _scan_folder(str(inbox), "")


def _scan_folder(folder: str, prefix: str) -> Iterator[InboxEntry]:
    """os.scandir rather than pathlib: a nightly run stats the whole archive, and Path objects cost more
    than the stat calls themselves."""
    with os.scandir(folder) as listing:
        entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
    folders = []
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            folders.append(entry)
            continue
        stat = entry.stat(follow_symlinks=False)
        yield InboxEntry(prefix + entry.name, entry.path, stat.st_size, stat.st_mtime_ns)
    for entry in folders:
        yield from _scan_folder(entry.path, f"{prefix}{entry.name}/")


def read_entry(entry: InboxEntry, inbox: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing links that leave the inbox and files over the size limit."""
    path = Path(entry.path)
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(inbox.resolve()):
            raise Rejected("symlink_outside_inbox",
                           f"the link points to {target}, outside the inbox; copy the file in instead")
        if not target.is_file():
            raise Rejected("unreadable", f"the link points to {target}, which is not a regular file")
    elif not path.is_file():
        raise Rejected("unreadable", "not a regular file (a device, socket or pipe)")
    size = path.stat().st_size
    if size > max_bytes:
        raise Rejected("too_large", f"{size} bytes is over the limit of {max_bytes} "
                       "(HOPTAC_MAX_FILE_BYTES); split the file or raise the limit")
    try:
        return path.read_bytes()
    except OSError as error:
        raise Rejected("unreadable", f"{type(error).__name__}: {error.strerror}; fix its permissions") from error


# Files read per round of the process pool: bounds the bytes in flight.
READ_CHUNK = 4000


def ingest_inbox(
    inbox: Path, seen_files: set[tuple[str, int, int]], known_doc_ids: set[str], max_bytes: int, now: datetime
) -> IngestBatch:
    """Read every file not yet in the ledger; decode it into a new document, a duplicate, or a quarantine row."""
    batch = IngestBatch()
    new_doc_ids = set(known_doc_ids)
    new_entries = [entry for entry in scan_inbox(inbox) if entry.ledger_key not in seen_files]
    for first in range(0, len(new_entries), READ_CHUNK):
        chunk = new_entries[first : first + READ_CHUNK]
        for entry, (sha256, page) in zip(chunk, map_documents(partial(_read, inbox=inbox, max_bytes=max_bytes),
                                                              chunk), strict=True):
            ledger = {"source_file": entry.name, "size_bytes": entry.size, "mtime_ns": entry.mtime_ns,
                      "sha256": sha256, "doc_id": None, "seen_at": now}
            if isinstance(page, Rejected):
                batch.quarantined.append({"source_file": entry.name, "reason": page.reason, "detail": page.detail,
                                          "size_bytes": entry.size, "sha256": sha256, "detected_at": now})
                batch.files.append({**ledger, "status": "quarantined"})
                continue
            doc_id = doc_id_of(page.text)
            batch.files.append({**ledger, "doc_id": doc_id,
                                "status": "duplicate" if doc_id in new_doc_ids else "ingested"})
            if doc_id not in new_doc_ids:
                new_doc_ids.add(doc_id)
                batch.documents.append({"doc_id": doc_id, "source_file": entry.name, "ingested_at": now,
                                        **asdict(page)})
    return batch


def _read(entry: InboxEntry, inbox: Path, max_bytes: int) -> tuple[str | None, SavedPage | Rejected]:
    """(sha256 of the bytes, the page or why it was rejected): the work a worker does for one file."""
    sha256 = None
    try:
        data = read_entry(entry, inbox, max_bytes)
        sha256 = hashlib.sha256(data).hexdigest()
        return sha256, read_saved_page(entry.name, data)
    except Rejected as rejected:
        return sha256, rejected
