"""Cross-article event identity: one key per real-world event."""

from __future__ import annotations

from datetime import date

import pyarrow as pa

from assets.resolution.event_identity import KEY_COLUMNS, EventIdentity, evidence_hash


def event(doc: str, kind: str = "VISIT", **facts) -> dict:
    base = {"doc_id": doc, "event_type": kind, "vn_party_code": "VN-HN", "foreign_party_code": "LA-VT",
            "direction": "inbound", "event_date": None, "period_start": None, "period_end": None,
            "quantity_min": None, "quantity_max": None, "unit": None, "category": None,
            "committed_by": None, "evidence": f"câu của {doc}", "evidence_start": 0}
    merged = {**base, **facts}
    return {**merged, "evidence_hash": evidence_hash(merged["evidence"])}


def keys(*events: dict, existing: list[dict] = ()) -> list[str]:
    new = list(events)
    known = pa.Table.from_pylist([{c: e[c] for c in KEY_COLUMNS} for e in existing]) if existing else \
        pa.table({c: pa.array([], pa.string()) for c in ("vn_party_code", "foreign_party_code")})
    identity = EventIdentity(known)
    identity.assign(new[:1])
    identity.assign(new[1:])  # a later batch of the same run sees the earlier one
    return [e["event_key"] for e in new]


def test_visits_reported_a_day_apart_are_one_trip_and_a_week_apart_are_two() -> None:
    a, b, c = keys(event("a", event_date=date(2024, 3, 11)), event("b", event_date=date(2024, 3, 12)),
                   event("c", event_date=date(2024, 3, 19)))
    assert a == b != c


def test_a_visit_in_the_other_direction_is_another_trip() -> None:
    a, b = keys(event("a", event_date=date(2024, 3, 11)),
                event("b", event_date=date(2024, 3, 11), direction="outbound"))
    assert a != b


def test_an_agreement_signed_in_a_year_matches_one_signed_within_a_period() -> None:
    signed, within, other = keys(
        event("a", "AGREEMENT", direction=None, event_date=date(2013, 1, 1)),
        event("b", "AGREEMENT", direction=None, period_start=2013, period_end=2018),
        event("c", "AGREEMENT", direction=None, period_start=2022, period_end=2025))
    assert signed == within != other


def test_keys_of_earlier_runs_are_reused() -> None:
    [first] = keys(event("a", event_date=date(2024, 3, 11)))
    earlier = {**event("a", event_date=date(2024, 3, 11)), "event_key": first}
    assert keys(event("z", event_date=date(2024, 3, 12)), existing=[earlier]) == [first]


def test_the_same_sentence_republished_is_one_fact_and_two_pledges_are_two() -> None:
    a, b, c = keys(event("a", "COMMITMENT", direction=None, category="training", evidence="Hà Nội sẵn sàng hỗ trợ."),
                   event("b", "COMMITMENT", direction=None, category="training", evidence="Hà Nội sẵn sàng hỗ trợ."),
                   event("c", "COMMITMENT", direction=None, category="training", evidence="Một cam kết khác."))
    assert a == b != c


def test_the_same_sum_given_each_way_is_two_gifts() -> None:
    gift = {"direction": None, "category": "medical_supplies", "quantity_min": 5e4, "quantity_max": 5e4,
            "unit": "USD"}
    ours, retold, theirs = keys(event("a", "AID", committed_by="vn", evidence="Hà Nội tặng Viêng Chăn.", **gift),
                                event("b", "AID", committed_by="vn", evidence="Hà Nội đã tặng.", **gift),
                                event("c", "AID", committed_by="foreign", evidence="Viêng Chăn tặng Hà Nội.", **gift))
    assert ours == retold != theirs
