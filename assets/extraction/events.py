"""Typed events from one cleaned body: VISIT, AGREEMENT, COMMITMENT, AID, SCHOLARSHIP.

Every rule reads the language (verbs, nouns, date and number forms of lexicon.yaml) over the document
model of document.py; parties come from the actors each sentence names (parties.py), then from the
article's partner. Each event keeps the sentence it was read from and that sentence's offsets in the body.
"""

from __future__ import annotations

from datetime import date

from assets.extraction.agreements import agreements
from assets.extraction.document import read_document
from assets.extraction.event import Event
from assets.extraction.lexicon import has_phrase
from assets.extraction.mentions import Mention
from assets.extraction.pledges import aid, commitments, one_per_handover
from assets.extraction.scholarships import one_per_count, scholarships
from assets.extraction.visits import visits


def extract_events(body: str, mentions: list[Mention], published: date | None, title: str | None = None) -> list[Event]:
    doc = read_document(body, mentions, published, title)
    events = visits(doc) + agreements(doc)
    for sentence in doc.eventful:
        if has_phrase(doc.folded_of(sentence), "captions"):
            continue  # a photo caption repeats what the article says
        events += commitments(doc, sentence) + aid(doc, sentence) + scholarships(doc, sentence)
    # An event the article ties to no Vietnamese unit (a gift of a school or a company, a delegation received
    # by a university) is no relation between Viet Nam and its partner.
    return one_per_count(doc, one_per_handover([event for event in events if event.vn_party_code]))
