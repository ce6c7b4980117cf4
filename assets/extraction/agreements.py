"""AGREEMENT: an agreement, memorandum or cooperation plan signed now or cited, one per partner.

The same agreement named in several sentences is one event; one signed with several partners is one
event each. An agreement being negotiated or planned ("dự kiến ký", "tiến tới ký kết") is not one yet,
and agreements in general ("các hiệp định") are not an agreement.
"""

from __future__ import annotations

import re
from datetime import date

from assets.extraction.dates import DateMention
from assets.extraction.document import Document
from assets.extraction.event import Event
from assets.extraction.lexicon import find_phrases, has_phrase, phrase_pattern, words
from assets.extraction.mentions import Mention
from assets.extraction.parties import foreign_parties, names_a_counterpart, vn_party
from assets.vntext import fold

_DATE_NEAR_AGREEMENT = 60
# "biên bản ghi nhớ (MOU) giữa các doanh nghiệp": businesses sign it, no government
_BETWEEN_BUSINESSES = re.compile(r"[^.;,]{0,25}?\s(?:giữa|của)\s+(?:các\s+)?(?:doanh nghiệp|công ty|tập đoàn)")
_BACK_REACH = 20  # characters after the noun in which "lần này", "nói trên" point back to it
_AS_A_BASIS = re.compile(r"(?<!\w)(?:theo|căn cứ|căn cứ vào)\s+$")
_SIGNED = re.compile(r"(?<!\w)ký(?: kết)?(?!\w)")
_SIGNING_REACH = 200  # characters after the noun in which its signing verb is looked for
_DATE_AFTER_VERB = 20  # characters between "ký (kết)" and the date it was signed
# "kế hoạch hợp tác năm 2023": a plan for one year is a period of one year.
_PLAN_YEAR = re.compile(r"\s*(?:năm|cho năm)\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)")


def agreements(doc: Document) -> list[Event]:
    found: list[Event] = []
    generic = phrase_pattern(words("agreement", "generic_before")).pattern
    for sentence in doc.eventful:
        folded = doc.folded_of(sentence)
        nouns = [n for n in find_phrases(folded, "agreement", "nouns")
                 if not re.search(generic + r"\s*$", folded[: n.start()])
                 and not (found and _points_back(folded, n.end()))
                 and not _BETWEEN_BUSINESSES.match(folded, n.end())]
        if not nouns or has_phrase(folded[: nouns[0].start()], "agreement", "not_yet"):
            continue
        places = doc.places_in(sentence.start, sentence.end)
        if not any(p.country_code != "VN" for p in places) and names_a_counterpart(doc, sentence.start, sentence.end):
            continue  # a province's agreement with a Vietnamese university or company
        vn_code = vn_party(doc, places, (sentence.start, sentence.end))
        partners = foreign_parties(doc, places, folded)
        sentence_dates = doc.dates_in(sentence)
        for index, noun in enumerate(nouns):
            # One sentence may name several agreements ("biên bản ký năm 2022 và thỏa thuận giai đoạn
            # 2021 - 2025"): each reads the dates of its own stretch, a lone one those of the sentence.
            end = sentence.start + (nouns[index + 1].start() if index + 1 < len(nouns) else len(folded))
            start = sentence.start + (noun.start() if index else 0)
            dates = [d for d in sentence_dates if start <= d.start < end] if len(nouns) > 1 else sentence_dates
            yearly = has_phrase(noun.group(0), "agreement", "yearly_plans")
            plan = _PLAN_YEAR.match(folded, noun.end()) if yearly else None
            period = next((d.period for d in dates if d.precision == "period"), None) or (
                (int(plan.group(1)), int(plan.group(1))) if plan else None)
            if plan:  # the plan's year is its period, not when it was signed
                dates = [d for d in dates if not plan.start() <= d.start - sentence.start < plan.end()]
            if _AS_A_BASIS.search(folded[: noun.start()]) and not (dates or period or _SIGNED.search(folded)):
                continue  # "… theo Hiệp định giữa hai Chính phủ": the framework a request rests on, no event
            for code in partners:
                signed = _signing_date(doc, dates, places, code, sentence.start + noun.start())
                found.append(Event.of("AGREEMENT", vn_code, code, sentence, when=signed, period=period))
    return _one_per_agreement(found, doc.published)


def _points_back(folded: str, end: int) -> bool:
    """"Thỏa thuận ký kết lần này …": the agreement already counted, named again."""
    return has_phrase(folded[end : end + _BACK_REACH], "agreement", "back_references")


def _signing_date(doc: Document, dates: list[DateMention], places: list[Mention], code: str,
                  anchor: int) -> DateMention | None:
    """The date given right after this partner (… Bắc Kinh (tháng 3 năm 2017)), else one near the noun."""
    points = [d for d in dates if d.precision != "period"]
    own = [p for p in places if p.admin_code == code]
    others = [p.start for p in places
              if p.admin_code not in (code, code.split("-")[0]) and own and p.start > own[-1].end]
    if own:
        bound = min(others, default=len(doc.body))
        after = [d for d in points if own[-1].end <= d.start < bound]
        if after and len({p.admin_code for p in places if p.country_code != "VN"}) > 1:
            return after[0]
    signing = [d for d in points for verb in _SIGNED.finditer(doc.folded, anchor, anchor + _SIGNING_REACH)
               if 0 <= d.start - verb.end() <= _DATE_AFTER_VERB]
    if signing:  # "… giữa A và B được ký kết vào tháng 3/2022"
        return signing[0]
    near = [d for d in points if abs(d.start - anchor) <= _DATE_NEAR_AGREEMENT]
    return near[0] if near else None


def _one_per_agreement(events: list[Event], published: date | None) -> list[Event]:
    """Group mentions by dyad and signing year or period; undated mentions join their dyad's dated group,
    unless they are signed on the page's day while every dated one is over (a new memorandum beside the one
    of 2009 it follows)."""
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        groups.setdefault((event.vn_party_code, event.foreign_party_code, _when_key(event)), []).append(event)
    merged = []
    for (vn, foreign, when), members in groups.items():
        dated = [k[2] for k in groups if k[:2] == (vn, foreign) and k[2] is not None]
        new = published and any(_SIGNED.search(fold(e.evidence)) for e in members) and all(
            _over(key, published) for key in dated)
        if when is None and dated and not new:
            continue
        merged.append(members[0])
    return merged


def _over(key: tuple, published: date) -> bool:
    """Signed before the page's previous year, or a period that ended before the page's year."""
    return key[-1] < published.year - 1 if key[0] == "year" else key[2] < published.year


def _when_key(event: Event) -> tuple | None:
    if event.period_start is not None:
        return ("period", event.period_start, event.period_end)
    if event.event_date is not None:
        return ("year", event.event_date.year)
    return None
