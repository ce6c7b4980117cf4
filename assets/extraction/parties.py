"""The parties of an event, read from the actors a sentence names rather than from every place in it.

A place is an actor when it is the unit of a delegation, an organisation, a signatory, a giver or a
receiver; it is only a venue when the sentence introduces it with "tại"/"ở" and names another unit of the
same side (a forum in a third province, talks held in a neighbouring city). Several foreign partners
named together give one party each: a list ("các tỉnh Bắc Lào (A, B, C)"), or a group word ("ba tỉnh bạn",
"từng tỉnh bạn") that points back to the article's list. A country stands for the article's partner
province when a side word introduces it ("phía Lào", "nước bạn Lào").
"""

from __future__ import annotations

import re
from functools import cache

from assets.extraction.document import Document
from assets.extraction.lexicon import phrase_pattern, words
from assets.extraction.mentions import Mention

_VENUE_WINDOW = 40  # characters between "tại"/"ở" and the place it introduces
_SIDE_WINDOW = 12  # characters between a side word (phía, bạn) and the country it qualifies
_COMPANY_GAP = 6  # characters between a company's name and its country: " (", " của "


def is_country(place: Mention) -> bool:
    return place.admin_code == place.country_code


def vn_party(doc: Document, places: list[Mention]) -> str | None:
    """The Vietnamese unit acting in a span: a province it names as an actor; else the state when the span
    names Viet Nam as one ("Tại Hà Nội, Bộ … Việt Nam và Bộ … Lào ký"); else a province named only as the
    venue; else the article's unit."""
    named = [p for p in places if p.country_code == "VN"]
    actors = [p.admin_code for p in named if not is_country(p) and not _is_venue(doc, p)]
    if actors:
        return actors[0]
    if any(is_country(p) and not _is_venue(doc, p) for p in named):
        return "VN"
    venues = [p.admin_code for p in named if not is_country(p)]
    return venues[0] if venues else doc.vn_main or ("VN" if named else None)


def foreign_parties(doc: Document, places: list[Mention], folded: str = "",
                    fallback: bool = True) -> list[str]:
    """Every foreign unit acting in a span, in order: the provinces it names; else the article's list of
    partners when a group word points to it; else the countries it names (the partner province when a
    side word introduces its country); else the article's partner when a partner word ("tỉnh bạn")
    names it by its role or, with `fallback`, always."""
    foreign = [p for p in places if p.country_code != "VN" and not _of_a_company(doc, p)]
    provinces = _actors_first(doc, [p for p in foreign if not is_country(p)])
    if provinces:
        return provinces
    if folded and doc.group and has_group_word(folded):
        return list(doc.group)
    named = [p for p in foreign if is_country(p)]
    # A country named as where something happened ("hy sinh tại Lào") leaves the article's partner acting.
    acting = [p for p in named if not _is_venue(doc, p)] or ([] if fallback and doc.foreign_main else named)
    countries = list(dict.fromkeys(_country_as_partner(doc, p) for p in acting))
    if countries:
        return countries
    if folded and has_side_word(folded):
        return [doc.foreign_main] if doc.foreign_main else list(doc.group)
    return [doc.foreign_main] if fallback and doc.foreign_main else []


def has_group_word(folded: str) -> bool:
    """"ba tỉnh bạn", "các tỉnh Bắc Lào", "từng đoàn": several partners at once."""
    return _group_words().search(folded) is not None


@cache
def _group_words() -> re.Pattern[str]:
    combined = tuple(f"{quantifier} {noun} {owner}" for quantifier in words("parties", "group_quantifiers")
                     for noun in words("parties", "group_nouns") for owner in words("parties", "group_owners"))
    return phrase_pattern(combined + words("parties", "group_alone"))


def has_side_word(folded: str) -> bool:
    """"tỉnh bạn", "phía bạn", "đoàn bạn": the article's partner without its name."""
    return phrase_pattern(words("parties", "partner_words")).search(folded) is not None


def names_a_counterpart(doc: Document, start: int, end: int) -> bool:
    """A span names a Vietnamese business or school as the other side ("UBND tỉnh và Trường Đại học Vinh",
    "… với Tập đoàn Viettel"), not a foreign partner."""
    heads = phrase_pattern(words("parties", "domestic_counterparts"))
    return any(heads.match(doc.folded, o.start) and o.country_code in (None, "VN")
               for o in doc.orgs if start <= o.start < end)


def _of_a_company(doc: Document, place: Mention) -> bool:
    """A country that says where a company is from ("Công ty Hyosung (Hàn Quốc)", "Tập đoàn X của Nhật
    Bản") is not a government party."""
    if not is_country(place):
        return False
    heads = phrase_pattern(words("parties", "companies"))
    return any(heads.match(doc.folded, o.start) and (o.start <= place.start < o.end
                                                     or 0 <= place.start - o.end <= _COMPANY_GAP)
               for o in doc.orgs)


def _actors_first(doc: Document, places: list[Mention]) -> list[str]:
    """Codes in order of mention, a venue after the actors of its side (and dropped when there are some)."""
    actors = [p.admin_code for p in places if not _is_venue(doc, p)]
    venues = [p.admin_code for p in places if _is_venue(doc, p)]
    chosen = actors or venues
    return [code for code in dict.fromkeys(chosen) if code is not None]


def _is_venue(doc: Document, place: Mention) -> bool:
    before = doc.folded[max(0, place.start - _VENUE_WINDOW) : place.start]
    venue = phrase_pattern(words("parties", "venue_words")).pattern
    found = list(re.finditer(venue, before))
    if not found:
        return False
    gap_start = place.start - (len(before) - found[-1].end())
    return not any(gap_start <= p.start and p.end <= place.start for p in doc.places)


def _country_as_partner(doc: Document, country: Mention) -> str:
    main = doc.foreign_main
    if not main or not main.startswith(country.admin_code + "-"):
        return country.admin_code
    before = doc.folded[max(0, country.start - _SIDE_WINDOW) : country.start]
    side = phrase_pattern(words("side_markers")).pattern
    return main if re.search(side + r"\s*$", before) else country.admin_code
