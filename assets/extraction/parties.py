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

from assets.extraction.document import GEOGRAPHY as _GEOGRAPHY
from assets.extraction.document import Document, qualifies
from assets.extraction.lexicon import has_phrase, lexicon, phrase_pattern, words
from assets.extraction.mentions import Mention
from assets.vntext import fold

_NAME_END = re.compile(r"[,.;:(]| do | tại | đã | với ")
_NATIONAL_REACH = 120  # characters before a span's first place in which its national body may stand
_SIDE_WINDOW = 12  # characters between a side word (phía, bạn) and the country it qualifies
_STUDENTS_REACH = 20  # characters between "lưu học sinh" and the country they come from
# "Bộ CHQS tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng thành phố": a body whose name ends on a bare unit word is the
# province's own, not the state's
_OF_THE_PROVINCE = re.compile(r"(?<!\w)(?:tỉnh|thành phố|tp\.?)\s*$")
# "(Đảng, Nhà nước,) Chính phủ và nhân dân Lào": the people named beside the state are the nation's
_NATION = re.compile(r"(?<!\w)(?:chính phủ|nhà nước|đảng)\s+và\s+$")
_NATION_WINDOW = 20  # characters before a side word in which the state it is joined to is named
_TITLE_REACH = 45  # characters after a leader's title in which his country is named


def is_country(place: Mention) -> bool:
    return place.admin_code == place.country_code


def vn_party(doc: Document, places: list[Mention], span: tuple[int, int] | None = None) -> str | None:
    """The Vietnamese unit acting in a span: a province it names as an actor (the article's own when it is one
    of several); else the state when the span
    names Viet Nam beside a province named only as the venue ("Tại Hà Nội, Bộ … Việt Nam và Bộ … Lào
    ký"); else the article's unit; else the venue; else the state."""
    named = [p for p in places if p.country_code == "VN"]
    units = _by_role(doc, [p for p in named if not is_country(p)])
    if units and units[0][0] == 0:  # of several signatories ("Quảng Bình, Hà Tĩnh, Nghệ An"), the article's own
        return doc.vn_main if (0, doc.vn_main) in units else units[0][1]
    if units and any(is_country(p) and doc.role(p) == 0 and not _qualifies_a_noun(doc, p) for p in named):
        return "VN"
    if places and _names_the_state(doc, min(p.start for p in places), max(p.end for p in places)):
        return "VN"  # "Bộ Giáo dục và Đào tạo … tại Hà Nội": a ministry acts for the state
    if span and _national_leader(doc, *span):
        return "VN"  # "Thủ tướng quyết định hỗ trợ …": the head of government acts for the state
    if units and places and _national_leader(doc, min(p.start for p in places), max(p.end for p in places)):
        return "VN"  # "tại tỉnh Quảng Ninh, Thủ tướng … đã tiếp …": the province is only where the state hosts
    if not units and any(is_country(p) and _country_acts().match(doc.folded, p.end) for p in named):
        return "VN"  # "món quà Việt Nam tặng Lào" on a page that names a province elsewhere: the state gives
    return doc.vn_main or (units[0][1] if units else "VN" if named else None)


def foreign_parties(doc: Document, places: list[Mention], folded: str = "",
                    fallback: bool = True) -> list[str]:
    """Every foreign unit acting in a span, in order: the provinces it names; else the article's list of
    partners when a group word points to it; else the countries it names (the partner province when a
    side word introduces its country); else the article's partner when a partner word ("tỉnh bạn")
    names it by its role or, with `fallback`, always."""
    foreign = [p for p in places if p.country_code != "VN"]
    ranked = _by_role(doc, [p for p in foreign if not is_country(p)])
    acting_countries = [p for p in foreign if is_country(p) and doc.role(p) == 0
                        and not any(qualifies(p, unit) for unit in places)]
    if ranked and (ranked[0][0] == 0 or not acting_countries):
        return list(dict.fromkeys(code for rank, code in ranked if rank == ranked[0][0]))
    if ranked:  # "hỗ trợ Chính phủ Lào khắc phục sự cố tại tỉnh Attapeu": the country acts, the province is where
        return list(dict.fromkeys(_country_as_partner(doc, p) for p in acting_countries))
    if folded and doc.group and has_group_word(folded):
        return _of_the_region(doc, folded)
    named = [p for p in foreign if is_country(p) and doc.role(p) < _GEOGRAPHY]
    # A country named as where something happened ("hy sinh tại Lào") leaves the partner acting.
    acting = [p for p in named if doc.role(p) == 0] or ([] if fallback and doc.foreign_main else named)
    local = has_phrase(folded, "parties", "local_pairs")
    countries = list(dict.fromkeys(_country_as_partner(doc, p, local) for p in acting))
    if countries:
        return countries
    if folded and has_side_word(folded):
        return [doc.foreign_main] if doc.foreign_main else list(doc.group)
    return [doc.foreign_main] if fallback and doc.foreign_main else []


def of_the_province(doc: Document, vn_code: str | None, partners: list[str], places: list[Mention]) -> list[str]:
    """A province's gift or pledge named to a country ("công trình do tỉnh Bến Tre tài trợ … ở Cuba") goes to
    the partner province the article is about; the state's goes to the country ("Việt Nam viện trợ
    Campuchia"), and so do the country's students in Viet Nam ("tặng quà lưu học sinh Lào")."""
    main = doc.foreign_main
    if vn_code in (None, "VN") or not main or "-" not in main or partners != [main.split("-")[0]]:
        return partners
    students = phrase_pattern(words("scholarship", "units"))
    if any(p.admin_code == partners[0] and re.search(students.pattern + r"\s+$", doc.folded[
            max(0, p.start - _STUDENTS_REACH) : p.start]) for p in places):
        return partners
    return [main]


def acting(doc: Document, places: list[Mention]) -> list[Mention]:
    """The places of a span that may be parties: not those named only as geography ("giáp tỉnh X")."""
    return [p for p in places if doc.role(p) < _GEOGRAPHY]


def has_group_word(folded: str) -> bool:
    """"ba tỉnh bạn", "các tỉnh Bắc Lào", "từng đoàn": several partners at once."""
    return _group_words().search(folded) is not None


def group_words(folded: str) -> list[re.Match[str]]:
    """Where a span names several partners at once ("sang thăm 3 tỉnh Lào là A, B và C")."""
    return list(_group_words().finditer(folded))


@cache
def _group_words() -> re.Pattern[str]:
    combined = tuple(f"{quantifier} {noun} {owner}" for quantifier in words("parties", "group_quantifiers")
                     for noun in words("parties", "group_nouns") for owner in words("parties", "group_owners"))
    return phrase_pattern(combined + words("parties", "group_alone"))


def _of_the_region(doc: Document, folded: str) -> list[str]:
    """The article's list of partners a group word points to; when the word names one part of a country ("các
    tỉnh Nam Lào") and the page names a span of several ("7 tỉnh Trung, Nam Lào"), the listed provinces of
    that part only."""
    named = _regions().search(folded)
    if named is None or _several_regions().search(doc.folded) is None:
        return list(doc.group)
    country = fold(named.group(2))
    members = set(lexicon()["parties"]["regions"][country][named.group(1)])
    return [code for code in doc.group if code in members] or list(doc.group)


@cache
def _regions() -> re.Pattern[str]:
    """A group word naming one part of a country ("các tỉnh nam lào"): the part, then the country."""
    parts, countries = _region_words()
    return re.compile(rf"(?<!\w)(?:các|những|\d+)\s+(?:tỉnh|địa phương)\s+({parts})\s+({countries})(?!\w)")


@cache
def _several_regions() -> re.Pattern[str]:
    """"Trung, Nam Lào", "Trung và Nam Lào": a span of several parts of a country."""
    parts, countries = _region_words()
    return re.compile(rf"(?<!\w)(?:{parts})\s*(?:,|và|-)\s*(?:{parts})\s+(?:{countries})(?!\w)")


def _region_words() -> tuple[str, str]:
    """The parts of countries the lexicon divides ("bắc", "trung", "nam") and those countries, as alternations."""
    regions = lexicon()["parties"]["regions"]
    parts = "|".join(sorted({fold(part) for country in regions.values() for part in country}))
    return parts, "|".join(fold(country) for country in regions)


def has_side_word(folded: str) -> bool:
    """"tỉnh bạn", "phía bạn", "đoàn bạn": the article's partner without its name."""
    return has_phrase(folded, "parties", "partner_words")


def _national_leader(doc: Document, start: int, end: int) -> bool:
    """A span names Viet Nam's head of state or government with no foreign country right after the title
    ("Thủ tướng Chính phủ quyết định", not "Thủ tướng Chính phủ nước CHDCND Lào")."""
    for title in phrase_pattern(words("parties", "national_leaders")).finditer(doc.folded, start, end):
        stop = _NAME_END.search(doc.folded, title.end())
        after = doc.places_in(title.end(), min(stop.start() if stop else len(doc.body), title.end() + _TITLE_REACH))
        if not any(is_country(p) and p.country_code != "VN" for p in after):
            return True
    return False


def _names_the_state(doc: Document, start: int, end: int) -> bool:
    """A span names a national body of Viet Nam (a ministry, the government) with no province of its own, nor a
    bare unit word that makes it the province's ("Bộ CHQS tỉnh")."""
    heads, forces = (phrase_pattern(words("parties", kind)) for kind in ("national_bodies", "not_national_bodies"))
    return any(heads.match(doc.folded, o.start) and not forces.match(doc.folded, o.start)
               and o.admin_code in (None, "VN") and not _foreign_named_in(doc, o)
               and not _OF_THE_PROVINCE.search(doc.folded, o.start, o.end)
               for o in doc.orgs if start - _NATIONAL_REACH <= o.start < end)


def _foreign_named_in(doc: Document, org: Mention) -> bool:
    """The body's full name names a foreign country or unit ("Bộ Giáo dục và Thể thao Lào"): its name runs
    on over "và" to the end of its clause."""
    stop = _NAME_END.search(doc.folded, org.start)
    end = min(stop.start() if stop else len(doc.body), org.start + _NATIONAL_REACH)
    return any(p.country_code != "VN" for p in doc.places_in(org.start, end))


def names_a_counterpart(doc: Document, start: int, end: int) -> bool:
    """A span names a Vietnamese business or school as the other side ("UBND tỉnh và Trường Đại học Vinh",
    "… với Tập đoàn Viettel"), not a foreign partner."""
    heads = phrase_pattern(words("parties", "domestic_counterparts"))
    return any(heads.match(doc.folded, o.start) and o.country_code in (None, "VN")
               for o in doc.orgs if start <= o.start < end)


def _by_role(doc: Document, places: list[Mention]) -> list[tuple[int, str]]:
    """(role, code) of places, the most acting first, in order of mention within a role; geography out."""
    ranked = sorted(((doc.role(p), i, p.admin_code) for i, p in enumerate(places)), key=lambda r: r[:2])
    return [(rank, code) for rank, _, code in ranked if rank < _GEOGRAPHY and code is not None]


def _qualifies_a_noun(doc: Document, country: Mention) -> bool:
    """"liệt sĩ quân tình nguyện Việt Nam", "doanh nghiệp Việt Nam": the country says whose, it does not act."""
    return _qualified_noun().search(doc.folded, max(0, country.start - _SIDE_WINDOW - 8), country.start) is not None


@cache
def _qualified_noun() -> re.Pattern[str]:
    return re.compile(phrase_pattern(words("parties", "qualified_by_country")).pattern + r"\s+$")


@cache
def _country_acts() -> re.Pattern[str]:
    """Right after a country: the verb it is the subject of ("Việt Nam tặng", "Việt Nam đã dành cho")."""
    before, verbs = (phrase_pattern(words("parties", kind)).pattern for kind in ("country_acts_before", "country_acts"))
    return re.compile(rf"\s+(?:{before}\s+)*{verbs}")


def _country_as_partner(doc: Document, country: Mention, local: bool = False) -> str:
    """The article's partner province for its country when a side word introduces the country ("phía
    Lào") or the span speaks of the two local units ("hai tỉnh"); else the country."""
    main = doc.foreign_main
    if not main or not main.startswith(country.admin_code + "-"):
        return country.admin_code
    if local:
        return main
    before = doc.folded[max(0, country.start - _SIDE_WINDOW - _NATION_WINDOW) : country.start]
    side = re.search(phrase_pattern(words("side_markers")).pattern + r"\s*$", before)
    if side and _NATION.search(before, 0, side.start()):
        return country.admin_code  # "Chính phủ và nhân dân Lào": the nation, not the partner's people
    return main if side else country.admin_code
