"""Cross-article event identity: the same real-world event reported by several articles gets one key.

Visits match on type, dyad and direction with dates within a day; agreements on dyad and a compatible
signing year or period (signed in 2013 ~ signed within 2013-2018); pledges, aid and scholarships on the
same stated amount, or on the same sentence (a story republished by another outlet).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import timedelta

import pyarrow as pa
import pyarrow.compute as pc

from assets.vntext import match_key

# The columns identity is decided on (read back from earlier runs' events).
KEY_COLUMNS = ("event_key", "event_type", "vn_party_code", "foreign_party_code", "direction", "event_date",
               "period_start", "period_end", "quantity_min", "quantity_max", "unit", "category", "committed_by",
               "evidence_hash", "doc_id")
VISIT_TOLERANCE_DAYS = 1


class EventIdentity:
    """Keys new events batch after batch within one run. Earlier events stay in Arrow; before each batch,
    the known events that could be the same fact as one of its events (same dyad, and a date within the
    visit tolerance, the same sentence or amount, or an agreement) move into the look-ups, so the work
    grows with the batch and its matches, not with the archive."""

    def __init__(self, known: pa.Table) -> None:
        self.known = known.append_column("dyad", pc.binary_join_element_wise(
            pc.fill_null(known.column("vn_party_code"), "?"), pc.fill_null(known.column("foreign_party_code"), "?"),
            "|"))
        self.index = _KnownEvents()

    def assign(self, new: list[dict]) -> None:
        """Set `event_key` on each new event, reusing the key of a known event that is the same fact."""
        if new and self.known.num_rows:
            candidates = _may_match(self.known, new)
            for event in self.known.filter(candidates).to_pylist():
                self.index.add(event)
            self.known = self.known.filter(pc.invert(candidates))
        for event in new:
            event["event_key"] = self.index.find(event) or _fresh_key(event)
            self.index.add(event)


def _may_match(known: pa.Table, new: list[dict]) -> pa.Array:
    """A superset of the known events _KnownEvents.find could match to one of `new`."""
    def among(column: str, values: set) -> pa.ChunkedArray:
        return pc.is_in(known.column(column), pa.array(list(values - {None}), known.schema.field(column).type))

    days = {e["event_date"] + timedelta(days=d) for e in new if e["event_type"] == "VISIT" and e["event_date"]
            for d in range(-VISIT_TOLERANCE_DAYS, VISIT_TOLERANCE_DAYS + 1)}
    same_fact = pc.or_(pc.equal(known.column("event_type"), "AGREEMENT"),
                       pc.or_(among("evidence_hash", {e["evidence_hash"] for e in new}),
                              among("quantity_min", {e["quantity_min"] for e in new})))
    same_visit = pc.and_(pc.equal(known.column("event_type"), "VISIT"), among("event_date", days))
    could = pc.and_(among("dyad", {_dyad(e) for e in new}), pc.or_(same_fact, same_visit))
    return pc.fill_null(could, False)


def _dyad(event: dict) -> str:
    return f"{event['vn_party_code'] or '?'}|{event['foreign_party_code'] or '?'}"


class _KnownEvents:
    """Look-ups that keep identity cheap however long a dyad's history: visits by day, agreements by
    dyad (a handful each), other facts by their sentence or their stated amount."""

    def __init__(self) -> None:
        self.visits: dict[tuple, str] = {}
        self.agreements: dict[tuple, list[dict]] = defaultdict(list)
        self.facts: dict[tuple, tuple[str, str]] = {}

    def find(self, event: dict) -> str | None:
        dyad = (event["event_type"], event["vn_party_code"], event["foreign_party_code"])
        if event["event_type"] == "VISIT":
            day = event["event_date"]
            if day is None:
                return None
            near = (day + timedelta(days=d) for d in range(-VISIT_TOLERANCE_DAYS, VISIT_TOLERANCE_DAYS + 1))
            return next((k for d in near if (k := self.visits.get((*dyad, event["direction"], d)))), None)
        if event["event_type"] == "AGREEMENT":
            return next((k["event_key"] for k in reversed(self.agreements[dyad]) if _compatible_agreements(event, k)),
                        None)
        for fact in _fact_keys(event):
            known = self.facts.get((*dyad, *fact))
            if known and known[1] != event["doc_id"]:
                return known[0]
        return None

    def add(self, event: dict) -> None:
        dyad = (event["event_type"], event["vn_party_code"], event["foreign_party_code"])
        if event["event_type"] == "VISIT":
            if event["event_date"] is not None:
                self.visits.setdefault((*dyad, event["direction"], event["event_date"]), event["event_key"])
        elif event["event_type"] == "AGREEMENT":
            self.agreements[dyad].append(event)
        else:
            for fact in _fact_keys(event):
                self.facts.setdefault((*dyad, *fact), (event["event_key"], event["doc_id"]))


def evidence_hash(evidence: str) -> str:
    """The evidence sentence as a short key, alike however a republishing outlet spaced or accented it."""
    return hashlib.sha1(match_key(evidence).encode()).hexdigest()[:16]


def _fact_keys(event: dict) -> list[tuple]:
    """A pledge, gift or grant is known by its sentence (republished stories), and by its amount if stated and
    who pledged or gave it (the same sum given each way between two partners is two gifts)."""
    keys = [("sentence", event["evidence_hash"])]
    if event["quantity_min"] is not None:
        keys.append(("amount", event["quantity_min"], event["quantity_max"], event["unit"], event["category"],
                     event.get("committed_by")))
    return keys


def _compatible_agreements(a: dict, b: dict) -> bool:
    a_period, b_period = (a["period_start"], a["period_end"]), (b["period_start"], b["period_end"])
    a_year = a["event_date"].year if a["event_date"] else None
    b_year = b["event_date"].year if b["event_date"] else None
    if a_period[0] is not None and b_period[0] is not None:
        return a_period == b_period
    if a_year is not None and b_year is not None:
        return a_year == b_year
    if a_year is not None and b_period[0] is not None:
        return b_period[0] <= a_year <= b_period[1]
    if b_year is not None and a_period[0] is not None:
        return a_period[0] <= b_year <= a_period[1]
    return False


def _fresh_key(event: dict) -> str:
    identity = "|".join(str(event.get(k)) for k in ("event_type", "vn_party_code", "foreign_party_code",
                                                    "direction", "event_date", "period_start", "doc_id",
                                                    "evidence_start"))
    return hashlib.sha256(identity.encode()).hexdigest()[:16]
