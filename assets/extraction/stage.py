"""The extraction stages on the Parquet tables: new clean documents → mentions, then → events."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import fields

import pyarrow as pa

from assets.cleaning.stage import CLEAN_DOCUMENTS
from assets.extraction.events import extract_events
from assets.extraction.mentions import Mention, find_mentions
from assets.locking import one_writer
from assets.parallel import map_documents
from assets.places import default_gazetteer
from assets.resolution.event_identity import KEY_COLUMNS, EventIdentity, evidence_hash
from assets.settings import Settings
from assets.tables import TableStore, only

MENTIONS = pa.schema([
    ("doc_id", pa.string()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("text", pa.string()),
    ("mention_type", pa.string()),
    ("entity_id", pa.string()),
    ("admin_code", pa.string()),
    ("country_code", pa.string()),
])
MENTION_FIELDS = tuple(field.name for field in fields(Mention))
EVENTS = pa.schema([
    ("event_id", pa.string()),
    ("doc_id", pa.string()),
    ("event_type", pa.string()),
    ("vn_party_code", pa.string()),
    ("foreign_party_code", pa.string()),
    ("direction", pa.string()),
    ("event_date", pa.date32()),
    ("date_precision", pa.string()),
    ("year_source", pa.string()),
    ("period_start", pa.int32()),
    ("period_end", pa.int32()),
    ("quantity_min", pa.float64()),
    ("quantity_max", pa.float64()),
    ("unit", pa.string()),
    ("category", pa.string()),
    ("committed_by", pa.string()),
    ("leader_name", pa.string()),
    ("evidence", pa.string()),
    ("evidence_start", pa.int32()),
    ("evidence_end", pa.int32()),
    ("evidence_hash", pa.string()),
    ("event_key", pa.string()),
])


def _pending(store: TableStore, stage: str, full_refresh: bool) -> Iterator[list[dict]]:
    """Batches of clean documents this stage (and its table of the same name) has not handled; a full
    refresh clears the table first."""
    if full_refresh:
        store.clear(stage)
        store.clear_processed(stage)
    yield from store.pending("clean_documents", ["doc_id", "title", "body", "published_date"],
                             store.processed(stage))


@one_writer
def update_mentions(settings: Settings, full_refresh: bool = False) -> dict[str, int]:
    store = TableStore(settings.tables_dir)
    counts = Counter(documents=0, mentions=0)
    for docs in _pending(store, "mentions", full_refresh):
        default_gazetteer()  # loaded before the workers fork, so they share it
        rows = [row for rows in map_documents(_mentions_of, docs) for row in rows]
        _finish(store, "mentions", rows, MENTIONS, docs)
        counts.update(documents=len(docs), mentions=len(rows))
    store.ensure("mentions", MENTIONS)
    return dict(counts)


@one_writer
def update_events(settings: Settings, full_refresh: bool = False) -> dict[str, int]:
    store = TableStore(settings.tables_dir)
    counts = Counter(documents=0, events=0)
    mentions = identity = None
    for docs in _pending(store, "events", full_refresh):
        if mentions is None:  # once per run, and only when there is something to do
            mentions = store.read_documents("mentions", MENTIONS, _unprocessed(store, "events"))
            identity = EventIdentity(store.read("events", EVENTS, list(KEY_COLUMNS)))
        by_doc = _mention_fields_by_doc(only(mentions, "doc_id", {d["doc_id"] for d in docs}))
        rows = [row for rows in map_documents(_events_of, [(d, by_doc[d["doc_id"]]) for d in docs]) for row in rows]
        identity.assign(rows)
        _finish(store, "events", rows, EVENTS, docs)
        counts.update(documents=len(docs), events=len(rows))
    store.ensure("events", EVENTS)
    return dict(counts)


def _mention_fields_by_doc(mentions: pa.Table) -> dict[str, list[tuple]]:
    """Each document's mentions as tuples of Mention's fields. Read column by column and made into Mention
    objects in the workers: the parent's share of the step is serial, so it stays small."""
    columns = [mentions.column(name).to_pylist() for name in ("doc_id", *MENTION_FIELDS)]
    by_doc: dict[str, list[tuple]] = defaultdict(list)
    for doc_id, *values in zip(*columns, strict=True):
        by_doc[doc_id].append(tuple(values))
    return by_doc


def _unprocessed(store: TableStore, stage: str) -> set[str]:
    return store.column_values("clean_documents", CLEAN_DOCUMENTS, "doc_id") - store.processed(stage)


def _finish(store: TableStore, stage: str, rows: list[dict], schema: pa.Schema, docs: list[dict]) -> None:
    """Rows first, then the processed marks: a crash in between re-does the documents, never loses them."""
    store.append(stage, rows, schema)
    store.mark_processed(stage, (d["doc_id"] for d in docs))


def _mentions_of(doc: dict) -> list[dict]:
    return [{"doc_id": doc["doc_id"], **vars(m)} for m in find_mentions(doc["body"], default_gazetteer())]


def _events_of(work: tuple[dict, list[tuple]]) -> list[dict]:
    doc, mention_fields = work
    mentions = [Mention(*values) for values in mention_fields]
    rows = []
    seen: Counter[str] = Counter()
    for event in extract_events(doc["body"], mentions, doc["published_date"], doc["title"]):
        row = {"doc_id": doc["doc_id"], **vars(event), "evidence_hash": evidence_hash(event.evidence)}
        identity = _identity(row)
        seen[identity] += 1  # two events of one sentence alike in all of these (two pledges, two agreements)
        row["event_id"] = hashlib.sha256(f"{identity}|{seen[identity]}".encode()).hexdigest()[:16]
        rows.append(row)
    return rows


def _identity(row: dict) -> str:
    return "|".join(str(row[k]) for k in ("doc_id", "event_type", "vn_party_code", "foreign_party_code",
                                          "evidence_start", "quantity_min", "event_date"))
