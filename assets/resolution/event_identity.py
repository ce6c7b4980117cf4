"""Cross-article event identity: the same real-world event reported by several articles gets one key.

Visits match on type, dyad and direction with dates within a day; agreements on dyad and a compatible
signing year or period (signed in 2013 ~ signed within 2013-2018); pledges, aid and scholarships on the
same stated amount, or on the same sentence (a story republished by another outlet).
"""

from __future__ import annotations

import hashlib
from datetime import date

from assets.vntext import match_key

# The columns identity is decided on (read back from earlier runs' events).
KEY_COLUMNS = ("event_key", "event_type", "vn_party_code", "foreign_party_code", "direction", "event_date",
               "period_start", "period_end", "quantity_min", "quantity_max", "unit", "category", "evidence", "doc_id")
VISIT_TOLERANCE_DAYS = 1


def assign_event_keys(new: list[dict], existing: list[dict]) -> None:
    """Set `event_key` on each new event, reusing the key of a known event that is the same fact."""
    known = [e for e in existing if e.get("event_key")]
    for event in new:
        match = next((k for k in reversed(known) if _same_event(event, k)), None)
        event["event_key"] = match["event_key"] if match else _fresh_key(event)
        known.append(event)


def _same_event(a: dict, b: dict) -> bool:
    if (a["event_type"], a["vn_party_code"], a["foreign_party_code"]) != (
        b["event_type"], b["vn_party_code"], b["foreign_party_code"]):
        return False
    if a["event_type"] == "VISIT":
        return a["direction"] == b["direction"] and _close(a["event_date"], b["event_date"])
    if a["event_type"] == "AGREEMENT":
        return _compatible_agreements(a, b)
    if a["doc_id"] == b["doc_id"]:
        return False
    if _evidence_key(a) == _evidence_key(b):
        return True
    facts = ("quantity_min", "quantity_max", "unit", "category")
    return a["quantity_min"] is not None and all(a[f] == b[f] for f in facts)


def _evidence_key(event: dict) -> str:
    return " ".join(match_key(event["evidence"]).split())


def _close(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= VISIT_TOLERANCE_DAYS


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
