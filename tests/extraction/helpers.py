"""Run mention finding and event extraction on a body written for a test."""

from __future__ import annotations

from datetime import date

from assets.extraction.events import Event, extract_events
from assets.extraction.mentions import find_mentions
from assets.places import default_gazetteer


def events_of(body: str, published: date | None = None, title: str | None = None) -> list[Event]:
    return extract_events(body, find_mentions(body, default_gazetteer()), published, title)


def one(body: str, event_type: str, published: date | None = None) -> Event:
    found = [e for e in events_of(body, published) if e.event_type == event_type]
    assert len(found) == 1, found
    return found[0]


def none_of(body: str, event_type: str) -> bool:
    return not [e for e in events_of(body) if e.event_type == event_type]
