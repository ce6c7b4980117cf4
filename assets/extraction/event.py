"""The event record every rule module produces: its type, parties, date, quantity and evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assets.extraction.dates import DateMention
from assets.extraction.quantities import Quantity
from assets.extraction.sentences import Sentence


@dataclass(frozen=True)
class Event:
    event_type: str
    vn_party_code: str | None
    foreign_party_code: str | None
    direction: str | None
    event_date: date | None
    date_precision: str | None
    year_source: str | None
    period_start: int | None
    period_end: int | None
    quantity_min: float | None
    quantity_max: float | None
    unit: str | None
    category: str | None
    committed_by: str | None  # who commits (COMMITMENT: vn, foreign, both) or gave (AID: vn, foreign)
    leader_name: str | None
    evidence: str
    evidence_start: int
    evidence_end: int

    @classmethod
    def of(cls, event_type: str, vn: str | None, foreign: str | None, sentence: Sentence, *,
           direction: str | None = None, when: DateMention | None = None,
           period: tuple[int, int] | None = None, quantity: Quantity | None = None, unit: str | None = None,
           category: str | None = None, committed_by: str | None = None, leader_name: str | None = None) -> Event:
        """An event read from `sentence` (its evidence and offsets)."""
        return cls(
            event_type, vn, foreign, direction,
            when.value if when else None, when.precision if when else None, when.year_source if when else None,
            period[0] if period else None, period[1] if period else None,
            quantity.minimum if quantity else None, quantity.maximum if quantity else None, unit,
            category, committed_by, leader_name, sentence.text, sentence.start, sentence.end,
        )
