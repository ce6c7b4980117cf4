"""VISIT: a delegation travelling to the other side, one event per trip and partner in an article.

Every sentence about the trip (a diplomatic verb, or a visit verb with a delegation word) votes on the
direction and may date it; talks and courtesy calls during the trip belong to it. A trip that is only
planned or being prepared is not a visit. The partner must be named by the trip's own sentences (by
name, by a group word pointing to the article's list, or as "đoàn bạn"): a domestic trip in an article
that mentions a foreign province elsewhere is not a visit.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from functools import cache

import regex

from assets.extraction.dates import DateMention
from assets.extraction.document import LEAD_SENTENCES, LIST_JOINER, Document, in_a_heads_title
from assets.extraction.event import Event
from assets.extraction.lexicon import find_phrases, has_phrase, phrase_pattern, words
from assets.extraction.mentions import Mention
from assets.extraction.parties import foreign_parties, group_words, is_country, vn_party
from assets.extraction.sentences import Sentence

# not "trưởng đoàn" (its head), "tập đoàn" (a company), "sư đoàn" (a division) nor "đoàn kết" (unity)
_DELEGATION = re.compile(r"(?<!\w)(?<!trưởng )(?<!tập )(?<!sư )(?:đoàn|phái đoàn)(?! thanh niên| kết)(?!\w)")
_PLACE_AFTER_WORD = 45  # characters from "tại"/"sang" or "đoàn" to the place they introduce
_PLACE_BEFORE_HOST = 60  # characters from the host's place to its verb ("lãnh đạo tỉnh X đã tiếp đón")
_PLACE_AFTER_HOST = 90  # "tiếp ông X, Phó Tỉnh trưởng tỉnh Y": the guest's title comes before the place
_CLAUSE_END = re.compile(r"[,;:]|(?<!tp)\.")  # "TP. Vinh" goes on
# "đoàn (công tác) các tỉnh: A, B, C": the units of a delegation listed after a colon
_LIST_INTRO = re.compile(r"\s*(?:(?:công tác|đại biểu|cấp cao)\s+)?(?:của\s+)?"
                         r"(?:các|những|\d+|hai|ba|bốn|năm|sáu)\s+(?:tỉnh|địa phương|thành phố)\s*")
_HOSTS_LISTED = re.compile(r"\s*(?:(?:và\s+)?(?:làm việc|hội đàm)\s+với\s+)?(?:các\s+)?"
                           r"đoàn(?:\s+(?:bạn|công tác|đại biểu))?\s*,?\s+có(?!\w)")
_WITH = re.compile(r"(?<!\w)với(?!\w)")
_HAS = re.compile(r"\s+có\s+")
_SIDE = re.compile(r"(?<!\w)phía\s+(?:(?:tỉnh|thành phố|tp\.?|thủ đô)\s+)?$")
_SIDE_REACH = 20
_OWNED_BY = re.compile(r"\s*(?:(?:đại biểu|công tác|cấp cao|lãnh đạo)\s+)?của\s")
_OWNER_STOP = re.compile(r"[,;:]|(?<!tp)\.|(?<!\w)(?:do|đã|đến|sang|tới|tại)(?!\w)")
_OWNER_REACH = 100  # characters from "đoàn … của" to the end of the bodies it names
_VENUE_AFTER = re.compile(r"\s*(?:tại|ở)(?!\w)")
_NO_OBJECT = re.compile(r"\s*(?:[,;.]|$)")
_TO_A_MISSION = re.compile(r"(?<!\w)(?:đến|tới|thăm|với)\s+(?:trụ sở\s+(?:của\s+)?)?$")
_VENUE_WORD = re.compile(r"(?<!\w)(?:tại|ở)(?!\w)")
# "có mặt (tại) thị xã X": arrived at a place, not present at a meeting
_ARRIVED_AT = re.compile(r"\s*(?:(?:tại|ở)\s+)?(?:thị xã|thành phố|tp\.?|tỉnh|thủ đô|huyện|thị trấn|bản)(?!\w)")
_UNITS_COUNTED = re.compile(r"(?<!\w)(?:hai|ba|bốn|năm|\d)\s+(?=tỉnh\s)")  # "hai tỉnh A, B": a list follows
_UNIT_WORD = re.compile(r"tỉnh\s+")
_CAME = re.compile(r"\s*(?:đã\s+)?(?:sang|đến|tới)(?!\w)")  # "hai tỉnh A và B đã đến chung vui"
_ARRIVED_BEFORE = re.compile(r"(?<!\w)(?:tới|đến|sang)\s+(?:(?:thủ đô|thành phố|tp\.?)\s+)?$")
# "Bun - thân Đuông - sa - vẳn", "Khăm Phăn Xay-nha-vông": capitalised words, lower-case ones only after a dash
_NAME_AFTER_UNIT = regex.compile(r"\s+(\p{Lu}\p{L}*(?:\s*-\s*\p{L}+|\s+\p{Lu}\p{L}*)*)")
_ALONGSIDE = re.compile(r"(?<!\w)cùng(?:\s+với)?(?!\w)")
_END_OF_SENTENCE = re.compile(r";|(?<!tp)\.")
_WITH_HIS_DELEGATION = re.compile(r"(?<!\w)(?:cùng|và)\s+(?:các thành viên\s+)?(?:đoàn|phái đoàn)(?!\w)")
# "… X (, <title>,) đã hội đàm / đã thăm": the verb the subject of a trip's sentence goes on to
_TRIP_VERB_AFTER = re.compile(r"(?<!\w)đã\s+(?:có\s+(?:buổi|cuộc)\s+)?(?:sang\s+|đến\s+)?(?:hội đàm|thăm|hội kiến|"
                              r"làm việc|gặp|chào)(?!\w)")
_HOST_SIDE = re.compile(r";|(?<!tp)\.|(?<!\w)(?:về phía|tại|ở)(?!\w)")
_TRIP_DAYS = timedelta(days=7)
_REPORTED_WITHIN = timedelta(days=60)
# Inbound when the delegation is foreign or the trip goes to or meets in Viet Nam, outbound the other way
# round; a delegation's own unit says it more surely than a place it passes or meets in.
_WEIGHT = {"delegation": 2, "destination": 1}
_NEXT_GUEST_REACH = 90  # characters from a guest's unit to the next guest's: his name, "và", the other's title
_JOINING = re.compile(r"\s*(?:,|và)\s+[^,;.()]{0,40}")  # "tỉnh A và Khu tự trị dân tộc Choang B"
_AND_ANOTHER_BODY = re.compile(r"\s*và\s+[^,;.()]{0,40}")  # "Công an tỉnh A và Công an thành phố B"
# "của Việt Nam gồm A, B": the units of a delegation listed after its country
_MEMBERS_LISTED = re.compile(r"\s*,?\s*(?:gồm(?:\s+có)?|là|:)\s*(?:(?:các\s+)?(?:tỉnh|thành phố|địa phương)\s*:?\s*)?")
_FUTURE_REACH = 12  # words between "sẽ" and the visit verb it puts in the future
_MET_REACH = 25  # characters between "làm việc với" and the unit met ("với lãnh đạo tỉnh X")
_TO_WHOM = re.compile(r"\s*(?:với\s+)?")
_VENUE_ROLE = 1  # Document.role of a place introduced by "tại"/"ở"
_NAME_AFTER_GUEST = 40  # characters after the guest's unit in which his name may follow ("tỉnh Y (Nhật Bản), ông X")
_COUNTRY_AFTER_WORD = 20  # characters from "tại"/"sang" to the country it introduces ("sang nước CHDCND Lào")
_MISSION_REACH = 50  # characters from a mission's name to its "tại" ("Đại sứ quán nước CHDCND Lào tại")
_ABBREVIATION = re.compile(r"\s*\([^()\s]{2,10}\)\s*")  # "Bộ đội Biên phòng (BĐBP) tỉnh X"
_APPOSITION = re.compile(r"\s*[,–-]\s*(?:kiêm\s+)?")
_SIDE_OPENING = 40  # characters from a sentence's start to the side it opens with ("Về phía tỉnh X có")
_BARE_GUEST = re.compile(r"\s*(?:các\s+)?đoàn(?:\s+(?:bạn|công tác|đại biểu))?\s*(?:[.,;]|$)")
_UNIT_BEFORE_NAME = 3  # "Phó Tỉnh trưởng tỉnh Y Somboun H.": the unit right before the name
_TITLE_AFTER_NAME = 60  # "ông X, Ủy viên Trung ương Đảng, Phó Tỉnh trưởng tỉnh Y": the title after the name
# Ranks that may stand before a head's name, in "do <rank> X" as an honorific would
_MILITARY_RANKS = "đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá"
# "do ngài Oh-Sae-Hyun, Thị trưởng …", "do Đại tá Bun My Pha My Xay, …": a head's name read after his honorific
# or rank when no person was found there (hyphenated or long foreign names)
_NAME_AFTER_HONORIFIC = regex.compile(
    rf"(?<!\w)do\s+(?:ngài|ông|bà|đồng chí|(?i:{_MILITARY_RANKS}))\s+"
    r"(\p{Lu}\p{L}*(?:(?:\s*-\s*|\s+)\p{Lu}\p{L}*)*)")
# "về phía tỉnh X có (ông) Y": Y is an official of X
_SIDE_HAS = re.compile(r"\s*,?\s*có\s+(?:các\s+)?(?:(?:đồng chí|ông|bà|ngài)\s+)?")
_VISITOR_REACH = 25  # characters from "chuyến thăm của" to the visitor's name
_TITLE_REACH = 45  # characters after a state's office in which its country is named ("Thủ tướng Chính phủ Lào")
_HEADED_BY = re.compile(r"[^,;.]{0,30}?(?<!\w)do(?!\w)")  # "Đoàn đại biểu nước X (cấp cao) do …": its head follows
_HEAD_REACH = 120  # characters after "do" in which the head's office is named when no "dẫn đầu" ends it
_SEPARATE = re.compile(r"[,;]|(?<!\w)và(?!\w)")  # "tiếp Đoàn và báo cáo … tại X": another clause, another place
# "Tại buổi tiếp, …": the reception named, no guest after it; the one speaking there hosts it
_AT_THE_RECEPTION = re.compile(r"\s*tại\s+(?:các\s+)?buổi\s+(?:tiếp|đón tiếp|tiếp đón)"
                               r"(?:\s+(?:và\s+)?làm việc)?\s*,\s*")
_APPOSED_TITLE = re.compile(r"\w\s*[,–-]\s*\w")  # "ông A, Tỉnh trưởng tỉnh Y": a title in apposition
_RECEPTION_NAMED = re.compile(r"(?:\s+(?:và\s+)?làm việc)?\s*,")
_AND = re.compile(r"(?<!\w)và(?!\w)")
_PURPOSE = re.compile(r"(?<!\w)(?:để|nhằm)(?!\w)")
_HONORIFIC_OPENING = re.compile(r"\s*(?:ông|bà|ngài|đồng chí)\s")  # "; ông B, Thống đốc bang Y"
# "do (đồng chí) (PGS.TS. / Đại tá / BSCKII) X": degrees and ranks may stand between "do" and the name
_LED_BY = re.compile(r"(?<!\w)do(?:\s+(?:đồng chí|ông|bà|ngài)(?!\w))?(?:\s*"
                     + phrase_pattern(words("name_prefixes")).pattern + r"\.?)*\s*$")


def visits(doc: Document) -> list[Event]:
    # the delegations of several countries listed at a conference abroad visited no one there
    trip = [s for s in doc.eventful if _about_the_trip(doc, s) and not _attendees_abroad(doc, s)]
    anchors = [(s, _anchored_places(doc, s)) for s in trip]
    anchored = [anchor for _, found in anchors for anchor in found]
    # the lead's venue abroad, unless the delegation met a business there
    abroad = _lead_venue_abroad(doc) if any(p.country_code == "VN" and role == "delegation" for p, role in anchored) \
        and not any(_business_met().search(doc.folded_of(s)) for s in trip) else None
    anchored += [(abroad, "destination")] * bool(abroad)
    if anchored and not any(p.country_code == "VN" for p, _ in anchored) and any(
            _our_mission_abroad(doc, s) for s in doc.sentences[:LEAD_SENTENCES]):
        return []  # "Đoàn Đại sứ quán Việt Nam tại Y đã tới thăm tỉnh X. … Cuộc gặp với Thống đốc tỉnh X": its trip
    codes, national = [], set()
    for sentence, own in anchors:
        if host := _national_host(doc, sentence, own):  # "tại Viêng Chăn, Đoàn … được Thủ tướng … tiếp": the state
            country, own = host
            codes.append(country)
            national.add(country)
            if not any(p.country_code != "VN" for p, _ in own):
                continue
        if led := _led_for_the_state(doc, sentence, own):  # "Đoàn đại biểu nước X do Phó Thủ tướng Y dẫn đầu"
            national.add(led)
        if any(_an_office_of_ours(p) and role == "delegation" for p, role in own) and not any(
                p.country_code != "VN" and not is_country(p) for p, _ in own):
            national |= {p.admin_code for p, _ in own if p.country_code != "VN"}  # our state's office met theirs
        codes += _partners(doc, sentence, own)
    partners = _provinces_first(codes, national) or (foreign_parties(doc, [abroad]) if abroad else [])
    main = doc.foreign_main or ""
    # a trip to a country in an article about one of its provinces went to that province
    partners = list(dict.fromkeys(main if main.startswith(code + "-") and code not in national else code
                                  for code in partners))
    if not partners:
        return []
    places = [p for s in trip for p in doc.places_in(s.start, s.end)]
    if not any(p.country_code == "VN" and not is_country(p) for p in places):  # the host is where the lead says
        places += [p for s in doc.sentences[:LEAD_SENTENCES] for p in doc.places_in(s.start, s.end)]
    votes = Counter()
    for place, role in anchored:
        travelled = (place.country_code != "VN") == (role == "delegation")
        votes["inbound" if travelled else "outbound"] += _WEIGHT[role]
    direction = votes.most_common(1)[0][0] if votes else None
    # the state anchored, no province but a venue, meeting a foreign state ("lễ đón Chủ tịch nước X"): the state
    state = any(_an_office_of_ours(p) for p, _ in anchored) and all("-" not in code for code in partners) and not any(
        p.country_code == "VN" and not is_country(p) and doc.role(p) != _VENUE_ROLE for p, _ in anchored)
    vn_codes = _provinces_of_the_delegation(doc, anchors, direction) or ["VN" if state else vn_party(doc, places)]
    if direction == "inbound" and _only_arrived_at(doc, anchored, vn_codes) and _meets_our_state(doc, trip):
        vn_codes = ["VN"]  # "đoàn công tác tới Hà Nội … hội đàm với lãnh đạo Bộ Công Thương": the state received it
    when = _first_day(doc, trip)
    first = trip[0]
    leaders = _leaders(doc, partners, direction, vn_codes)
    return [Event.of("VISIT", vn_code, code, first, direction=direction, leader_name=leaders[code],
                     when=(_partners_day(doc, trip, code) if len(partners) > 1 else None) or when)
            for vn_code in vn_codes for code in partners]


def _only_arrived_at(doc: Document, anchored: list[tuple[Mention, str]], vn_codes: list[str | None]) -> bool:
    """The one Vietnamese unit of a trip is named only as where the delegation arrived ("tới Hà Nội")."""
    if len(vn_codes) != 1 or vn_codes[0] in (None, "VN"):
        return False
    ours = [p for p, _ in anchored if p.admin_code == vn_codes[0]]
    return bool(ours) and all(
        _ARRIVED_BEFORE.search(doc.folded, max(0, p.start - _PLACE_AFTER_WORD), p.start) for p in ours)


@cache
def _state_met() -> re.Pattern[str]:
    """"hội đàm với lãnh đạo Bộ Công Thương": a meeting verb whose counterpart is a national body."""
    verbs, bodies = phrase_pattern(words("visit", "meeting_verbs")).pattern, phrase_pattern(
        words("parties", "national_bodies")).pattern
    return re.compile(rf"{verbs}\s+(?:(?:lãnh đạo|đại diện)\s+)?{bodies}")


def _meets_our_state(doc: Document, trip: list[Sentence]) -> bool:
    """A sentence of the trip meets a national body of Viet Nam, no foreign one ("Bộ Ngoại giao Lào")."""
    for sentence in trip:
        for met in _state_met().finditer(doc.folded, sentence.start, sentence.end):
            stop = _CLAUSE_END.search(doc.folded, met.end(), sentence.end)
            if not any(p.country_code != "VN" for p in doc.places_in(met.end(), min(
                    stop.start() if stop else sentence.end, met.end() + _TITLE_REACH))):
                return True
    return False


def _an_office_of_ours(place: Mention) -> bool:
    """An office of Viet Nam's state a rule anchors in place of a place ("lễ đón Chủ tịch nước X"): no gazetteer
    entry."""
    return place.admin_code == "VN" and place.entity_id is None


def _provinces_of_the_delegation(doc: Document, anchors: list[tuple[Sentence, list[tuple[Mention, str]]]],
                                 direction: str | None) -> list[str]:
    """A delegation made of several Vietnamese provinces travelled for each: listed as its unit ("đoàn lãnh đạo
    bốn tỉnh A, B, C và D do X làm trưởng đoàn"), or, for a delegation of Viet Nam going abroad, as taking part
    in another sentence ("có sự tham gia của lãnh đạo các tỉnh A, B và C"); units of several provinces joined in
    one delegation ("Đoàn đại biểu BĐBP tỉnh A và BĐBP tỉnh B"), or listed after its country ("đoàn lãnh đạo các
    địa phương của Việt Nam gồm A, B, C và D"). On a trip in, the hosts joined the same way ("chúc Tết Công an tỉnh
    A và Công an tỉnh B") received it each."""
    for sentence, found in anchors:
        units = [p for p, role in found if role == "delegation" and p.country_code == "VN" and not is_country(p)]
        if len(listed := _listed(doc, units, _JOINING)) >= 2:
            return listed
        if not units and len(listed := _listed_after_the_country(doc, sentence, found)) >= 2:
            return listed
    if direction == "inbound":
        return _hosts_joined(doc, anchors)
    if direction == "outbound" and len(came := _provinces_who_came(doc)) >= 2:
        return came
    if direction != "outbound" or any(p.country_code == "VN" and not is_country(p) and role == "delegation"
                                      for _, found in anchors for p, role in found):
        return []
    for sentence in doc.sentences:
        for taking_part in _taking_part().finditer(doc.folded, sentence.start, sentence.end):
            units = [p for p in doc.places_in(taking_part.end(), sentence.end) if not is_country(p)]
            starts_the_list = units and units[0].start == taking_part.end() and units[0].country_code == "VN"
            if starts_the_list and len(listed := _listed(doc, units)) >= 2:
                return listed
    return []


def _listed(doc: Document, units: list[Mention], joiner: re.Pattern[str] = LIST_JOINER) -> list[str]:
    """The codes of the first list of Vietnamese units, each joined to the one before by a comma or "và" (with
    `joiner` _JOINING, over the name of the body of the unit: "BĐBP tỉnh A và BĐBP tỉnh B")."""
    chain = units[:1]
    for unit in units[1:]:
        if unit.country_code != "VN" or not joiner.fullmatch(doc.folded, chain[-1].end, unit.start):
            break
        chain.append(unit)
    return list(dict.fromkeys(p.admin_code for p in chain)) if len(chain) >= 2 else []


def _provinces_who_came(doc: Document) -> list[str]:
    """"cám ơn lãnh đạo hai tỉnh A và B đã đến chung vui": Vietnamese provinces counted and listed as the ones who
    came, each travelled."""
    if not _UNITS_COUNTED.search(doc.folded):
        return []  # the common case, read cheaply
    for sentence in doc.eventful:
        for counted in _UNITS_COUNTED.finditer(doc.folded, sentence.start, sentence.end):
            units = _units_listed_at(doc, counted.end(), sentence.end)
            if not units or units[0].country_code != "VN":
                continue
            listed = _listed(doc, units)
            last = units[len(listed) - 1] if listed and len(listed) <= len(units) else None
            if last and last.admin_code == listed[-1] and _CAME.match(doc.folded, last.end):
                return listed
    return []


def _listed_after_the_country(doc: Document, sentence: Sentence, found: list[tuple[Mention, str]]) -> list[str]:
    """"đoàn lãnh đạo các địa phương của Việt Nam gồm A, B, C và D": a delegation of Viet Nam whose provinces are
    listed right after the country."""
    country = next((p for p, role in found if role == "delegation" and p.admin_code == "VN"), None)
    if country is None:
        return []
    units = [p for p in doc.places_in(country.end, sentence.end) if not is_country(p)]
    if not units or units[0].country_code != "VN" or not _MEMBERS_LISTED.fullmatch(
            doc.folded, country.end, units[0].start):
        return []
    return _listed(doc, units)


def _hosts_joined(doc: Document, anchors: list[tuple[Sentence, list[tuple[Mention, str]]]]) -> list[str]:
    """The first Vietnamese unit a trip in goes to, with the units joined to it ("Công an tỉnh A và Công an tỉnh
    B"): several hosts, each received the delegation. A Vietnamese unit travelling with the foreign delegation
    ("đoàn công tác của tỉnh Y (Lào) và đoàn công tác của tỉnh B đến thăm tỉnh A") is no host: the unit it went
    to is."""
    units = [(p, role) for _, found in anchors for p, role in found if p.country_code == "VN" and not is_country(p)]
    travelled = {p.admin_code for p, role in units if role == "delegation"} - {
        p.admin_code for p, role in units if role == "destination"}
    for sentence, found in anchors:
        host = next((p for p, role in found if role == "destination" and p.country_code == "VN"
                     and not is_country(p) and p.admin_code not in travelled
                     and not (travelled and doc.role(p) == _VENUE_ROLE)), None)
        if host is not None:
            joined = _joined_units(doc, host, sentence.end, _AND_ANOTHER_BODY) if doc.role(host) == 0 else []
            return list(dict.fromkeys(p.admin_code for p in [host, *joined])) if joined or travelled else []
    return []


@cache
def _taking_part() -> re.Pattern[str]:
    return re.compile(rf"{phrase_pattern(words('visit', 'participation')).pattern}\s+(?:(?:lãnh đạo|đại diện|"
                      r"đoàn đại biểu|đoàn)\s+)?(?:(?:chính quyền|ubnd)\s+)?(?:(?:các|\d+|hai|ba|bốn|năm|sáu)\s+)?"
                      r"(?:(?:tỉnh|thành phố|địa phương)\s*:\s*)?")


def _partners_day(doc: Document, trip: list[Sentence], code: str) -> DateMention | None:
    """On a trip to several partners, the day a sentence naming only this one gives ("Chúc Tết tỉnh A, ngày
    7-4" after "trong hai ngày 6 và 7-4, … tỉnh A và tỉnh B"): the day the delegation was with it."""
    for sentence in trip:
        named = {p.admin_code for p in doc.places_in(sentence.start, sentence.end)
                 if p.country_code != "VN" and not is_country(p)}
        days = [d for d in doc.dates_in(sentence) if d.precision == "day" and _recent(doc, d)]
        if named == {code} and days:
            return days[0]
    return None


def _first_day(doc: Document, trip: list[Sentence]) -> DateMention | None:
    """A trip is dated by its first day: the first date its sentences give, moved back to an earlier day
    of the same trip that any sentence about the delegation tells ("Sáng nay … hội đàm. Chiều hôm qua,
    đoàn đã nhập cảnh"); when the trip's sentences give none, the date of the article's lead."""
    days = [d for s in trip for d in doc.dates_in(s) if d.precision in ("day", "month") and _recent(doc, d)]
    if not days:
        days = [d for s in doc.sentences[:LEAD_SENTENCES] for d in doc.dates_in(s)
                if d.precision == "day" and _recent(doc, d)]
    delegation = [d for s in doc.sentences if _DELEGATION.search(doc.folded_of(s)) for d in doc.dates_in(s)]
    if not days:  # "Theo chương trình, Đoàn sẽ thăm … từ ngày 24 đến ngày 27/1": the programme of the trip under way
        days = [d for d in delegation if d.precision == "day" and _recent(doc, d)][:1]
    if not days or days[0].value is None:
        return days[0] if days else None
    first = days[0]
    same_trip = [d for d in days + delegation if d.precision == "day" and d.value is not None
                 and timedelta(0) <= first.value - d.value <= _TRIP_DAYS]
    return min(same_trip, key=lambda d: d.value, default=first)


def _recent(doc: Document, day: DateMention) -> bool:
    """A trip is reported soon after it: a date long before the page's (an anniversary, an earlier
    visit) or after it is not the trip's."""
    if doc.published is None or day.value is None or day.year_source == "none":
        return True
    return timedelta(0) <= doc.published - day.value <= _REPORTED_WITHIN


def _about_the_trip(doc: Document, sentence: Sentence) -> bool:
    """A visit verb with a diplomatic or delegation word, a delegation named with its unit ("đoàn đại biểu
    tỉnh X"), or a foreign official acting at a Vietnamese venue, in a sentence that does not speak of a trip
    still to come."""
    folded = _without_business(doc.folded_of(sentence))
    triggered = has_phrase(folded, "visit", "triggers")
    named = triggered or any(has_phrase(folded, "visit", kind) for kind in ("delegation_nouns", "presence",
                                                                           "host_verbs", "meeting_verbs",
                                                                           "conferences", "attending"))
    # read only when no visit word stands
    at_home = None if named else (_guests_at_home(doc, sentence) or _acting_abroad(doc, sentence))
    if not (named or at_home):
        return False
    if has_phrase(_other_verbs_of_hosting().sub(" ", phrase_pattern(words("visit", "invitation_honoured")).sub(
            " ", _before_its_purpose(folded))), "visit", "planned"):
        return False  # "sẽ tiếp đoàn" is a plan, "sẽ tiếp tục hợp tác" is not
    if not _tells_a_trip(doc, sentence, folded, triggered, at_home):
        return False
    # read last, as the dates of a sentence cost the most to read
    return not (_still_to_come().search(folded) or _calls_at_a_home_mission(doc, sentence)
                or _envoy_at_his_seat(doc, sentence) or _our_mission_abroad(doc, sentence)
                or _dated_after_the_page(doc, sentence))


def _before_its_purpose(folded: str) -> str:
    """A sentence up to the purpose of its meeting ("tổ chức hội đàm … để kiểm tra công tác chuẩn bị …"): what
    the meeting is for may be still to come, the meeting is not."""
    trigger = next(iter(find_phrases(folded, "visit", "diplomatic")), None)
    purpose = _PURPOSE.search(folded, trigger.end()) if trigger else None
    return folded[: purpose.start()] if purpose else folded


def _tells_a_trip(doc: Document, sentence: Sentence, folded: str, triggered: bool,
                  at_home: list[Mention] | None) -> bool:
    if triggered and (has_phrase(folded, "visit", "diplomatic") or has_phrase(folded, "visit", "delegation")):
        return True
    if at_home is None:
        at_home = _guests_at_home(doc, sentence)
    if at_home or _present(doc, sentence) or _receives_a_foreign_guest(doc, sentence) or _met(doc, sentence):
        return True
    if _thanked(doc, sentence) or _between_sides(doc, sentence) or _arrived(doc, sentence) or _attended(doc, sentence):
        return True
    if _hosted_by(doc, sentence) or _our_leader_welcomed(doc, sentence) or _state_offices_meeting(doc, sentence):
        return True
    return any(_first_place_after(doc, sentence.start + m.end()) or _side_before(doc, sentence.start + m.start())
               or (_own_side(doc, sentence.start + m.end()) and _held_abroad(doc, sentence))
               for m in find_phrases(folded, "visit", "delegation_nouns"))


def _provinces_first(codes: list[str], national: set[str]) -> list[str]:
    """Every partner the trip's sentences anchor, once each, in order (a trip to several provinces, each leg
    told in its own sentence); a country drops out once one of its provinces is anchored, unless an office of
    the state received the delegation (`national`)."""
    unique = list(dict.fromkeys(codes))
    return [c for c in unique if "-" in c or c in national or not any(o.startswith(c + "-") for o in unique)]


@cache
def _national_receptions() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where an office of a state receives a delegation: "được <title> … tiếp", "<verb> (với) (ông) <title>",
    "<title> … (đã) <verb>"."""
    title, verb = (phrase_pattern(words("visit", kind)).pattern for kind in ("national_hosts", "national_receptions"))
    honorific = phrase_pattern(words("honorifics")).pattern
    return (re.compile(rf"(?<!\w)được\s+(?:{honorific}\s+)?({title})[^,;.]{{0,80}}?\s{verb}"),
            re.compile(rf"{verb}\s+(?:với\s+)?(?:{honorific}\s+)?({title})"),
            re.compile(rf"({title})[^,;.]{{0,60}}?\s(?:đã\s+)?(?:có\s+(?:buổi|cuộc)\s+)?{verb}"))


def _led_for_the_state(doc: Document, sentence: Sentence, anchors: list[tuple[Mention, str]]) -> str | None:
    """"Đoàn đại biểu Vương quốc X do bà Y, Phó Thủ tướng X làm trưởng đoàn": a delegation of a foreign country
    headed by an office of its state is the state's, even when provinces of the country join it."""
    title = phrase_pattern(words("visit", "national_hosts"))
    for place, role in anchors:
        if role != "delegation" or not is_country(place) or place.country_code == "VN":
            continue
        led = _HEADED_BY.match(doc.folded, place.end)
        if led is None:
            continue
        marker = next(iter(find_phrases(doc.folded[led.end() : sentence.end], "visit", "leader_after")), None)
        end = led.end() + marker.start() if marker else min(sentence.end, led.end() + _HEAD_REACH)
        for office in title.finditer(doc.folded, led.end(), end):
            stop = _CLAUSE_END.search(doc.folded, office.end(), min(end, office.end() + _TITLE_REACH))
            after = doc.places_in(office.end(), stop.start() if stop else min(end, office.end() + _TITLE_REACH))
            if all(p.country_code == place.country_code for p in after):
                return place.country_code
    return None


def _national_host(doc: Document, sentence: Sentence,
                   anchors: list[tuple[Mention, str]]) -> tuple[str, list[tuple[Mention, str]]] | None:
    """"Chiều 1/8 tại Viêng Chăn, Đoàn đại biểu tỉnh X … đã được Thủ tướng Y tiếp": a Vietnamese delegation
    received abroad by an office of the state there (head of state or government, a minister) met the state:
    the partner is the country, not the city the reception is held in. Returns the country and the anchors
    left once the venue of the reception (before the title, or in its clause) and the countries are taken out."""
    if not any(p.country_code == "VN" and role == "delegation" for p, role in anchors):
        return None
    venues = _venues(doc, [sentence])
    if not venues or any(v.country_code == "VN" for v in venues):
        return None
    folded = doc.folded_of(sentence)
    for pattern in _national_receptions():
        for match in pattern.finditer(folded):
            title = sentence.start + match.start(1)
            if _LED_BY.search(doc.folded, max(sentence.start, title - 30), title):
                continue  # "do Phó Thủ tướng X dẫn đầu": the head of the delegation, not its host
            end = sentence.start + match.end(1)
            stop = _CLAUSE_END.search(doc.folded, end, min(sentence.end, end + _TITLE_REACH))
            after = doc.places_in(end, stop.start() if stop else min(sentence.end, end + _TITLE_REACH))
            if any(p.country_code == "VN" for p in after):
                continue  # "Thủ tướng Chính phủ Việt Nam": the Vietnamese side's own
            countries = {p.country_code for p in after if is_country(p)} or {v.country_code for v in venues}
            if len(countries) != 1:
                continue
            kept = [(p, role) for p, role in anchors if p.country_code == "VN" or not (is_country(p) or (
                doc.role(p) == _VENUE_ROLE and (p.start < title or not _SEPARATE.search(doc.folded, end, p.start))))]
            return countries.pop(), kept
    return None


def _dated_after_the_page(doc: Document, sentence: Sentence) -> bool:
    """Every day a sentence gives falls after the page's date: the trip it tells is still to come
    ("Chuyến thăm diễn ra từ ngày 1 - 3/10" in a communiqué of 25/9)."""
    if doc.published is None:
        return False
    days = [d.value for d in doc.dates_in(sentence) if d.precision == "day" and d.value and d.year_source != "none"]
    return bool(days) and all(day > doc.published for day in days)


def _receives_a_foreign_guest(doc: Document, sentence: Sentence) -> bool:
    """"Thủ tướng tiếp Thống đốc tỉnh Nagano": a host verb whose guest is an official of a foreign province."""
    return any(guest is not None and guest.country_code != "VN" and not is_country(guest)
               for _, guest in _guests(doc, sentence))


def _guests(doc: Document, sentence: Sentence) -> list[tuple[re.Match[str], Mention | None]]:
    """Each host verb of a sentence ("tiếp", "đón", "chào mừng") with the unit of the guest it names, if any,
    across the guest's name and title ("tiếp ông X, Phó Tỉnh trưởng tỉnh Y"); right before a comma it names the
    reception, no guest ("Tại buổi tiếp, …", "Ngay sau lễ đón, …")."""
    return [(verb, None if _HOSTS_LISTED.match(doc.folded, sentence.start + verb.end())
             or _RECEPTION_NAMED.match(doc.folded, sentence.start + verb.end())
             else _first_place_after(doc, sentence.start + verb.end(), _PLACE_AFTER_HOST))
            for verb in _host_verbs(doc.folded_of(sentence))]


def _reception_host(doc: Document, sentence: Sentence) -> list[tuple[Mention, str]]:
    """"Tại buổi tiếp, Chủ tịch UBND tỉnh X … đánh giá cao … của tỉnh Y": the Vietnamese official speaking at the
    reception gives it; the other side's units the sentence names are his guests. A foreign official named with
    his title there hosts it ("Tại buổi tiếp, ông A, Tỉnh trưởng tỉnh Y …"), unless named as the head of the
    delegation ("Tại các buổi tiếp, Trưởng đoàn các tỉnh Y …") or with no title ("ông A thông tin về … tỉnh Y")."""
    opening = _AT_THE_RECEPTION.match(doc.folded, sentence.start)
    if opening is None:
        return []
    # the unit of his title, in its clause, else across his long name and titles when it is foreign
    host = _first_place_after(doc, opening.end()) or _first_place_after(doc, opening.end(), _PLACE_AFTER_HOST)
    if host is not None and host.country_code != "VN":
        # a foreign official named with the title of his unit hosts it, unless he speaks as the head of the
        # delegation; named bare, telling of his unit ("ông X thông tin về … huyện Y"), he is the guest
        speaker = doc.folded[opening.end() : host.start]
        titled = _APPOSED_TITLE.search(speaker) and not has_phrase(speaker, "visit", "heads")
        return [(host, "destination" if titled else "delegation")]
    if host is None or is_country(host):
        return []
    guests = [p for p in doc.places_in(host.end, sentence.end) if p.country_code != host.country_code
              and not is_country(p) and doc.role(p) == 0]
    return [(host, "destination"), *((p, "delegation") for p in guests)]


def _hosts_listed(doc: Document, position: int) -> Mention | None:
    """"Tiếp (và làm việc với) đoàn có ông X, Chủ tịch tỉnh Y": the officials named after "có" receive the
    delegation; their unit hosts it."""
    listed = _HOSTS_LISTED.match(doc.folded, position)
    return _first_place_after(doc, listed.end(), _PLACE_AFTER_HOST) if listed else None


def _partners(doc: Document, sentence: Sentence, anchors: list[tuple[Mention, str]]) -> list[str]:
    """The foreign units the trip is about: the unit of a delegation, the place it goes to or meets in, or
    the partner named by its role ("đoàn bạn"); a foreign place named in passing is not one."""
    anchored = [place for place, _ in anchors if place.country_code != "VN"]
    folded = doc.folded_of(sentence)
    if anchored and all(is_country(p) for p in anchored):
        # "đoàn đại biểu 3 tỉnh biên giới của Campuchia gồm A, B và C": the provinces the sentence lists
        countries = {p.country_code for p in anchored}
        anchored = [p for p in doc.places_in(sentence.start, sentence.end) if p.country_code in countries
                    and not is_country(p) and not in_a_heads_title(doc.folded, p)] or anchored
    if anchored:
        return foreign_parties(doc, anchored, folded)
    return foreign_parties(doc, [], folded, fallback=False)


def _anchored_places(doc: Document, sentence: Sentence) -> list[tuple[Mention, str]]:
    """Places a sentence names as a delegation's unit ("đoàn … tỉnh X", "ông A, Chủ tịch tỉnh X, Trưởng
    đoàn") or as where the trip goes or meets ("sang", "tại" X, "sang thăm 3 tỉnh Lào là A, B và C"), with
    that role; a mission abroad and its seat are neither. When only the Vietnamese side is anchored, the
    foreign actors the sentence names are the other side."""
    missions = _missions(doc, sentence)
    found = [(p, role) for p, role in _named_anchors(doc, sentence, missions) if not _inside(p, missions)]
    if _meets_a_business_abroad(doc, sentence, found):  # "tại Y, đoàn … làm việc với Hiệp hội Doanh nhân …"
        found = [(p, role) for p, role in found if p.country_code == "VN" or doc.role(p) != _VENUE_ROLE]
    if found and all(p.country_code == "VN" for p, _ in found):
        found += [(p, role) for p, role in _other_side(doc, sentence, found) if not _inside(p, missions)]
    if found and all(p.country_code == "VN" and role == "destination" for p, role in found):
        found += [(p, "delegation") for p in _led_here(doc, sentence)]
    return _seat_hosts(doc, found)


def _seat_hosts(doc: Document, found: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """"Tại Bộ CHQS tỉnh B, đoàn đại biểu BĐBP tỉnh A đã hội đàm với đoàn đại biểu Bộ CHQS tỉnh B", "tại Bộ Chỉ huy
    BĐBP tỉnh A đã diễn ra hội đàm giữa đoàn đại biểu BĐBP tỉnh A với Bộ CHQS tỉnh B": a side named as a delegation
    at its own seat, named as the venue, travelled nowhere; it hosts, the other side came."""
    if len({p.country_code == "VN" for p, _ in found}) < 2:
        return found  # the common case: one side only
    delegations = [p for p, role in found if role == "delegation" and not is_country(p)]
    seat = next((p for p, _ in found if not is_country(p) and p in doc.places_in(p.start, p.end)  # not "tỉnh ta"
                 and doc.role(p) == _VENUE_ROLE), None)
    if seat is None or seat.admin_code not in {p.admin_code for p in delegations} or any(
            p.start < seat.start for p in delegations):
        return found  # the seat opens the sentence, before the sides meeting there
    return [(p, "destination" if p.country_code == seat.country_code else "delegation") for p, _ in found]


@cache
def _leading_to() -> re.Pattern[str]:
    """"dẫn đầu (phái) đoàn … đến / tới <place>": the head brought his delegation to the place."""
    return re.compile(r"(?<!\w)dẫn đầu\s+(?:phái\s+)?đoàn(?!\w)[^,;.]{0,60}?\s(?:đến|tới|sang)\s+")


def _led_here(doc: Document, sentence: Sentence) -> list[Mention]:
    """"Thống đốc X đã dẫn đầu phái đoàn … đến Việt Nam", "Bộ trưởng Y, người dẫn đầu đoàn công tác tới Hà Nội":
    a head with no Vietnamese unit of his own brought his delegation to Viet Nam; it is of the foreign units the
    sentence names, else of the article's partner."""
    lead = _leading_to().search(doc.folded, sentence.start, sentence.end)
    if lead is None:
        return []
    arrival = doc.places_in(lead.end(), sentence.end)
    if not arrival or arrival[0].start != lead.end() or arrival[0].country_code != "VN" or any(
            p.country_code == "VN" and not is_country(p) for p in doc.places_in(sentence.start, lead.start())):
        return []
    foreign = [p for p in doc.places_in(sentence.start, sentence.end)
               if p.country_code != "VN" and not is_country(p) and doc.role(p) == 0]
    return foreign or [p for p in doc.places if p.admin_code == doc.foreign_main][:1]


def _attendees_abroad(doc: Document, sentence: Sentence) -> bool:
    """"Tham dự Hội nghị có đoàn đại biểu các tỉnh: A, B (Việt Nam); C, D (Lào); E (Thái Lan)": the delegations
    present at a conference held abroad, of several countries, came each from its own; none visited another."""
    folded = doc.folded_of(sentence)
    if ":" not in folded or not has_phrase(folded, "visit", "presence"):
        return False  # the common case, read cheaply
    for match in _DELEGATION.finditer(folded):
        intro = _LIST_INTRO.match(folded, match.end())
        if intro is None or not folded.startswith(":", intro.end()):
            continue
        listed = [p for p in doc.places_in(sentence.start + intro.end(), sentence.end) if not is_country(p)]
        if len({p.country_code for p in listed}) >= 2 and _held_abroad(doc, sentence):
            return True
    return False


def _held_abroad(doc: Document, sentence: Sentence) -> bool:
    """The first unit (else country) a sentence, else the lead, introduces as the venue is foreign."""
    for sentences in ([sentence], doc.sentences[:LEAD_SENTENCES]):
        venues = _venues(doc, sentences)
        if venue := next((v for v in venues if not is_country(v)), venues[0] if venues else None):
            return venue.country_code != "VN"
    return False


def _named_anchors(doc: Document, sentence: Sentence, missions: list[tuple[int, int]]) -> list[tuple[Mention, str]]:
    folded = _without_business(doc.folded_of(sentence))
    found = []
    hosts = _hosts_listed_spans(doc, sentence)
    for kind, matches in (("delegation", _DELEGATION.finditer(folded)),
                          ("delegation", find_phrases(folded, "visit", "envoys")),
                          ("destination", find_phrases(folded, "visit", "place_words"))):
        for match in matches:
            if _inside_at(sentence.start + match.start(), missions + hosts):
                continue  # "tiếp và làm việc với đoàn có ông X, Tỉnh trưởng tỉnh Y": Y hosts the delegation
            if kind == "delegation" and (own := _own_side(doc, sentence.start + match.end())):
                found.append((own, "delegation"))  # "Đoàn đại biểu tỉnh ta": the article's own unit
                continue
            place = _first_place_after(doc, sentence.start + match.end()) or (
                (_owner_after(doc, sentence.start + match.end(), sentence.end)
                 or _side_before(doc, sentence.start + match.start())) if kind == "delegation" else None)
            if place is None or (kind == "destination" and is_country(place)
                                 and place.start - sentence.start - match.end() > _COUNTRY_AFTER_WORD):
                continue  # "dâng hoa tại Đài tưởng niệm liệt sĩ quân tình nguyện Việt Nam": a name, not a place
            gap = doc.folded[sentence.start + match.end() : place.start]
            if kind == "delegation" and _WITH.search(gap):
                continue  # "các đoàn chia sẻ thông tin với lãnh đạo tỉnh X": whom it met, not whose it is
            # "đoàn công tác đến thăm … tại X": where the delegation went, not whose it is
            role = "destination" if kind == "delegation" and _goes_to(gap) else kind
            found.append((place, role))
            found += [(joined, role) for joined in _joined_units(
                doc, place, sentence.end, _JOINING if role == "delegation" else LIST_JOINER)]
    found += [(place, "delegation") for place, _ in _heads(doc, sentence)]
    for match, guest in _guests(doc, sentence):  # "lãnh đạo tỉnh X tiếp (đoàn) Y": X hosts, Y travelled
        host = _hosts_listed(doc, sentence.start + match.end()) or _last_place_before(
            doc, sentence.start, sentence.start + match.start(),
            skip=[place for place, role in found if role == "delegation"]) or _side_opening(doc, sentence)
        if guest is None and host is not None and host.country_code == "VN" and _BARE_GUEST.match(folded, match.end()):
            guest = next((p for p in doc.places if p.admin_code == doc.foreign_main), None)  # "… tiếp đoàn."
        found += [(host, "destination")] * bool(host) + [(guest, "delegation")] * bool(guest)
        found += [(other, "delegation") for other in (_more_guests(doc, guest, sentence.end) if guest else [])]
    found += [(place, "delegation") for place in _present(doc, sentence)] + _met(doc, sentence)
    found += _thanked(doc, sentence) + _between_sides(doc, sentence)
    if not any(p.country_code != "VN" for p, _ in found):
        found += _joint_talks(doc, sentence)
    found += _reception_host(doc, sentence)
    if not any(p.country_code != "VN" for p, _ in found):
        found += [(place, "delegation") for place in _guests_at_home(doc, sentence)]
    if not any(p.country_code == "VN" and role == "delegation" for p, role in found):
        found += [(place, "delegation") for place in _acting_abroad(doc, sentence)]
    if not any(role == "delegation" for _, role in found):
        found += _attended(doc, sentence)
    found += _hosted_by(doc, sentence) + _our_leader_welcomed(doc, sentence)
    if len({p.country_code == "VN" for p, _ in found}) < 2:  # one side anchored at most
        found += _state_offices_meeting(doc, sentence)
    return found + [(place, "destination") for place in _listed_after_a_visit_verb(doc, sentence)]


@cache
def _business_met() -> re.Pattern[str]:
    verbs, bodies = (phrase_pattern(words("visit", kind)).pattern
                     for kind in ("meeting_verbs", "business_counterparts"))
    return re.compile(rf"{verbs}\s+(?:với\s+)?(?:đại diện\s+)?{bodies}")


def _meets_a_business_abroad(doc: Document, sentence: Sentence, found: list[tuple[Mention, str]]) -> bool:
    """A Vietnamese delegation meeting a business body at a foreign venue, with no foreign unit acting in the
    sentence: the venue is where it met a company or an association, no partner of the trip."""
    if not _business_met().search(doc.folded_of(sentence)):
        return False  # the common case, read cheaply
    foreign = [p for p, _ in found if p.country_code != "VN"]
    return bool(foreign) and all(doc.role(p) == _VENUE_ROLE or is_country(p) for p in foreign) and any(
        p.country_code == "VN" and role == "delegation" for p, role in found)


def _other_side(doc: Document, sentence: Sentence, found: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """With only the Vietnamese side anchored, the foreign provinces the sentence names as actors are where its
    delegation went ("Trưởng đoàn … chúc Tết nhân dân các tỉnh A và B"), or, named before the place it came
    to, the guests ("Bí thư Tỉnh ủy Y … vui mừng được sang thăm TP. Huế")."""
    went = any(role == "delegation" for _, role in found)
    end = sentence.end if went else min(p.start for p, _ in found)
    return [(p, "destination" if went else "delegation") for p in doc.places_in(sentence.start, end)
            if p.country_code != "VN" and not is_country(p) and doc.role(p) == 0]


def _inside(place: Mention, spans: list[tuple[int, int]]) -> bool:
    return _inside_at(place.start, spans)


def _inside_at(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _missions(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Spans naming a mission abroad with its country and seat ("Đại sứ quán Việt Nam tại Seoul"): neither
    place is whose delegation it is or where it went, and its envoy word names no envoy."""
    spans = []
    for mission in find_phrases(doc.folded_of(sentence), "visit", "missions"):
        start = sentence.start + mission.start()
        end = sentence.start + mission.end()
        seat = _VENUE_WORD.search(doc.folded, end, end + _MISSION_REACH)
        named = doc.places_in(seat.end() if seat else end, end + _MISSION_REACH)
        spans.append((start, named[0].end if named else end))
    return spans


def _arrived(doc: Document, sentence: Sentence) -> bool:
    """"Sau 5 tiếng, đoàn đã có mặt (tại) thành phố X": a delegation arriving at a place."""
    folded = doc.folded_of(sentence)
    if not has_phrase(folded, "visit", "arrivals"):
        return False  # the common case, read cheaply
    for match in _DELEGATION.finditer(folded):
        place = _first_place_after(doc, sentence.start + match.end())
        if place and has_phrase(doc.folded[sentence.start + match.end() : place.start], "visit", "arrivals"):
            return True
    return False


def _calls_at_a_home_mission(doc: Document, sentence: Sentence) -> bool:
    """"Đoàn đại biểu tỉnh Y đã đến trụ sở Đại sứ quán Việt Nam tại <Y's country>": a delegation calling at a
    mission seated in its own country crossed no border; the unit it brings a gift for is not where it went."""
    folded = doc.folded_of(sentence)
    for mission in find_phrases(folded, "visit", "missions"):
        if not _TO_A_MISSION.search(folded, max(0, mission.start() - _MISSION_REACH), mission.start()):
            continue
        end = sentence.start + mission.end()
        seat = _VENUE_WORD.search(doc.folded, end, end + _MISSION_REACH)
        seats = doc.places_in(seat.end(), seat.end() + _PLACE_AFTER_WORD) if seat else []
        units = [_first_place_after(doc, sentence.start + d.end())
                 for d in _DELEGATION.finditer(folded, 0, mission.start())]
        if seats and any(u is not None and u.country_code == seats[0].country_code for u in units):
            return True
    return False


def _envoy_at_his_seat(doc: Document, sentence: Sentence) -> bool:
    """"Chủ tịch UBND TP A tiếp ông X, Tổng Lãnh sự nước Y tại A": an envoy received by the very unit his mission
    sits in crossed no border, as a consulate's staff present at a meeting there do not; no other foreign unit
    is named. Received by another province, he travelled to it."""
    folded = doc.folded_of(sentence)
    for envoy in find_phrases(folded, "visit", "envoys"):
        end = sentence.start + envoy.end()
        seat = _VENUE_WORD.search(doc.folded, end, end + _MISSION_REACH)
        seats = doc.places_in(seat.end(), seat.end() + _PLACE_AFTER_WORD) if seat else []
        if not seats or seats[0].country_code != "VN" or is_country(seats[0]):
            continue
        home = seats[0]
        others = [p for p in doc.places_in(sentence.start, sentence.end) if p != home and not is_country(p)]
        if any(p.country_code != "VN" for p in others):
            return False  # "tiếp đoàn tỉnh Y cùng Tổng Lãnh sự …": a delegation came
        units = {p.admin_code for p in others if p.country_code == "VN"} or {doc.vn_main}
        return units == {home.admin_code}
    return False


def _our_mission_abroad(doc: Document, sentence: Sentence) -> bool:
    """"Đại sứ quán Việt Nam tại Thái Lan đã tổ chức đoàn công tác … đến thăm tỉnh X", "Tỉnh trưởng tỉnh X … chúc
    mừng Tổng lãnh sự quán Việt Nam tại Y": Viet Nam's mission or envoy abroad meeting units of the country it
    sits in, with no Vietnamese province taking part, is no trip across the border."""
    folded = doc.folded_of(sentence)
    for mission in [*find_phrases(folded, "visit", "missions"), *find_phrases(folded, "visit", "envoys")]:
        end = sentence.start + mission.end()
        seat = _VENUE_WORD.search(doc.folded, end, end + _MISSION_REACH)
        ours = seat is not None and any(p.admin_code == "VN" for p in doc.places_in(end, seat.start()))
        seated = doc.places_in(seat.end(), seat.end() + _PLACE_AFTER_WORD)[:1] if ours else []
        if seated and seated[0].country_code == "VN":
            continue
        others = [p for p in doc.places_in(sentence.start, sentence.end)
                  if not (ours and end <= p.start < seat.end()) and p not in seated]
        countries = {p.country_code for p in [*others, *seated] if p.country_code != "VN"}
        if len(countries) > 1 or any(p.country_code == "VN" and not is_country(p) for p in others):
            continue
        # named bare ("đoàn Đại sứ quán", "Đại sứ X"), the mission is the one the article seats in that country
        if ours or (countries and not doc.places_in(end, end + _COUNTRY_AFTER_WORD)
                    and countries <= _our_missions_abroad(doc)):
            return True
    return False


def _our_missions_abroad(doc: Document) -> set[str]:
    """The countries an article seats a mission of Viet Nam in ("Đại sứ quán Việt Nam tại Thái Lan")."""
    seats = set()
    for mission in phrase_pattern(words("visit", "missions") + words("visit", "envoys")).finditer(doc.folded):
        seat = _VENUE_WORD.search(doc.folded, mission.end(), mission.end() + _MISSION_REACH)
        if seat and any(p.admin_code == "VN" for p in doc.places_in(mission.end(), seat.start())):
            seats |= {p.country_code for p in doc.places_in(seat.end(), seat.end() + _PLACE_AFTER_WORD)[:1]}
    return seats - {"VN"}


def _heads(doc: Document, sentence: Sentence) -> list[tuple[Mention, str | None]]:
    """"ông A, Phó Chủ tịch UBND tỉnh X, Trưởng đoàn công tác": the unit of the head's title, right before
    the word that makes him the head, is the delegation's; the person named before it heads it."""
    found = []
    folded = doc.folded_of(sentence)
    for head in find_phrases(folded, "visit", "heads"):
        if _standing().match(folded, head.end()):
            continue
        before = doc.places_in(sentence.start, sentence.start + head.start())
        if before and _APPOSITION.fullmatch(doc.folded, before[-1].end, sentence.start + head.start()):
            named = [p for p in doc.persons if sentence.start <= p.start < before[-1].start]
            found.append((before[-1], named[-1].text if named else None))
    return found


def _side_opening(doc: Document, sentence: Sentence) -> Mention | None:
    """"Về phía tỉnh X có các đồng chí …": the side a sentence opens with."""
    opening = doc.places_in(sentence.start, sentence.start + _SIDE_OPENING)
    return next((p for p in opening if _SIDE.search(doc.folded, max(0, p.start - _SIDE_REACH), p.start)), None)


def _listed_after_a_visit_verb(doc: Document, sentence: Sentence) -> list[Mention]:
    """"đã sang thăm, chúc Tết 3 tỉnh Lào là A, B và C", "sang thăm, chúc mừng Bộ CHQS hai tỉnh A, B": the provinces
    a group word lists after a visit verb, with no delegation word between them, are where the trip went."""
    folded = doc.folded_of(sentence)
    found: list[Mention] = []
    if len([p for p in doc.places_in(sentence.start, sentence.end) if p.country_code != "VN"]) < 2:
        return found  # no list to read, the common case
    counted = [m for m in _UNITS_COUNTED.finditer(folded) if _foreign_list_at(doc, sentence.start + m.end(),
                                                                              sentence.end)]
    for group in [*group_words(folded), *counted]:
        verbs = find_phrases(folded[: group.start()], "visit", "triggers")
        if not verbs or _DELEGATION.search(folded, verbs[-1].start(), group.start()):
            continue
        stop = folded.find(";", group.end())
        end = sentence.start + (stop if stop >= 0 else len(folded))
        found += [p for p in doc.places_in(sentence.start + group.end(), end)
                  if p.country_code != "VN" and not is_country(p)]
    return found


def _units_listed_at(doc: Document, position: int, end: int) -> list[Mention]:
    """The units named from `position` on, when the first stands right there, with or without its unit word ("tỉnh
    A, B")."""
    units = [p for p in doc.places_in(position, end) if not is_country(p)]
    word = _UNIT_WORD.match(doc.folded, position)
    return units if units and units[0].start in (position, word.end() if word else position) else []


def _foreign_list_at(doc: Document, position: int, end: int) -> bool:
    """A list of foreign units starts right at `position` ("hai tỉnh A, B"), not one of both sides ("hai tỉnh A
    và B" with B of ours)."""
    listed = _units_listed_at(doc, position, end)[:2]
    return (len(listed) == 2 and all(p.country_code != "VN" for p in listed)
            and LIST_JOINER.fullmatch(doc.folded, listed[0].end, listed[1].start) is not None)


def _met(doc: Document, sentence: Sentence) -> list[tuple[Mention, str]]:
    """"Lãnh đạo tỉnh A làm việc với / hội kiến Tỉnh trưởng tỉnh B tại X": the foreign official met travelled
    when the meeting is held on the Vietnamese side, and was visited when it is held abroad; where the
    meeting is held comes from its sentence, else from the lead (without a venue it tells no direction)."""
    folded = doc.folded_of(sentence)
    found: list[tuple[Mention, str]] = []
    for verb in find_phrases(folded, "visit", "meeting_verbs"):
        start = sentence.start + verb.end()
        if _NO_OBJECT.match(doc.folded, start):
            continue  # "phát biểu tại buổi gặp mặt, ông X …": the meeting named, not whom it met
        if _business_met().match(folded, verb.start()):
            continue  # "làm việc với Hiệp hội Du lịch Y": a business body, whatever place its name holds
        if listed := _hosts_listed(doc, start):
            found.append((listed, "destination"))  # "làm việc với đoàn có ông X, Chủ tịch tỉnh Y": Y hosts
            continue
        if _DELEGATION.match(doc.folded, _TO_WHOM.match(doc.folded, start).end()):
            # "X, ông A, đã có cuộc gặp mặt với phái đoàn Y": X (the subject) hosts, the delegation's unit travelled
            host = next(iter(doc.places_in(sentence.start, sentence.start + verb.start())[-1:]), None)
            guest = _first_place_after(doc, start, _PLACE_AFTER_HOST)
            found += [(host, "destination")] * bool(host) + [(guest, "delegation")] * bool(guest)
            continue
        other = _first_place_after(doc, start, _PLACE_AFTER_HOST)
        if other is None or other.country_code == "VN" or is_country(other):
            continue
        abroad = _venue_of(doc, sentence)
        trip_to = has_phrase(folded[: verb.start()], "visit", "triggers") and other.start - start <= _MET_REACH
        met = [other, *_officials_listed_after(doc, sentence, other)]
        if abroad is None and (trip_to or _bare_delegation_before(doc, sentence, verb.start())):
            # "đã có chuyến thăm và làm việc với tỉnh X", "Đoàn đã hội đàm với lãnh đạo tỉnh X": the trip went to X
            found += [(unit, "destination") for unit in met]
        elif abroad is not None:
            found += [(unit, "destination" if abroad else "delegation") for unit in met]
    return found


def _officials_listed_after(doc: Document, sentence: Sentence, first: Mention) -> list[Mention]:
    """"làm việc với ông A, Thống đốc bang X; bà B, Phó Thị trưởng thành phố Y": the officials met, listed one
    per item after a semicolon, each with his unit; the units of the first one's country met too."""
    found: list[Mention] = []
    item = doc.folded.find(";", first.end, sentence.end)
    while item >= 0:
        end = doc.folded.find(";", item + 1, sentence.end)
        opening = _HONORIFIC_OPENING.match(doc.folded, item + 1)
        named = next((p for p in doc.persons if item < p.start <= item + 3), None)
        unit = next((p for p in doc.places_in(item + 1, end if end >= 0 else sentence.end) if not is_country(p)), None)
        if not (opening or named) or unit is None or unit.country_code != first.country_code:
            break
        found.append(unit)
        item = end
    return found


def _bare_delegation_before(doc: Document, sentence: Sentence, verb: int) -> bool:
    """The article's own delegation, named by "đoàn" alone, is the subject of a meeting verb: no place or
    comma stands between them ("Chiều 5/4, đoàn đã có buổi hội đàm với …")."""
    found = list(_DELEGATION.finditer(doc.folded, sentence.start, sentence.start + verb))
    if not found:
        return False
    between = doc.folded[found[-1].end() : sentence.start + verb]
    return "," not in between and not doc.places_in(found[-1].end(), sentence.start + verb)


def _venue_of(doc: Document, sentence: Sentence) -> bool | None:
    """Whether the meeting of a sentence is held abroad: its venue ("tại X"), else the lead's; None if neither
    names one."""
    for sentences in ([sentence], doc.sentences[:LEAD_SENTENCES]):
        if venues := _venues(doc, sentences):
            return venues[0].country_code != "VN"
    return None


def _venues(doc: Document, sentences: list[Sentence]) -> list[Mention]:
    """The places some sentences introduce as where things happen ("tại X", "ở X")."""
    return [p for s in sentences for p in doc.places_in(s.start, s.end) if doc.role(p) == _VENUE_ROLE]


def _goes_to(gap: str) -> bool:
    """A visit verb, a word of place or of arrival between a delegation word and a place: the place is where
    it went ("đoàn đã có mặt tại thị xã X")."""
    return any(has_phrase(gap, "visit", kind) for kind in ("triggers", "place_words", "arrivals"))


def _more_guests(doc: Document, guest: Mention, end: int) -> list[Mention]:
    """"tiếp ông A, Phó Tỉnh trưởng tỉnh X và Phó Thị trưởng thành phố Y (Hàn Quốc) B": each further guest a host
    verb names after "và" with his own title came from his own unit, whatever its country (not Viet Nam's)."""
    found, last = [], guest
    for other in doc.places_in(guest.end, end):
        if is_country(other):
            continue  # "(Nhật Bản)": where the unit before it lies
        gap = doc.folded[last.end : other.start]
        joined = _AND.search(gap)
        if (other.country_code == "VN" or len(gap) > _NEXT_GUEST_REACH or joined is None
                or _HOST_SIDE.search(gap) or not has_phrase(gap[joined.end() :], "titles")):
            break
        found.append(other)
        last = other
    return found


def _joined_units(doc: Document, place: Mention, end: int, joining: re.Pattern[str] = _JOINING) -> list[Mention]:
    """Units of the same country joined to a delegation's unit by "và" or a comma over an organisation's
    name ("Đoàn đại biểu Chính hiệp tỉnh A và Ủy ban Nhân dân tỉnh B"): the delegation is of each; with
    `joining` LIST_JOINER, units listed after the place a trip went to ("tại hai tỉnh A và B"): it went to each."""
    joined = []
    for other in doc.places_in(place.end, end):
        if other.country_code != place.country_code or is_country(other) or not joining.fullmatch(
                doc.folded, (joined[-1] if joined else place).end, other.start):
            break
        joined.append(other)
    return joined


def _present(doc: Document, sentence: Sentence) -> list[Mention]:
    """Officials of a foreign province named at a meeting held on the Vietnamese side ("Tham dự có lãnh đạo 3
    tỉnh A, B và C", "dưới sự chủ trì của … và ngài X - Thống đốc tỉnh Y", "Về phía tỉnh Y có đồng chí X")
    travelled to it, as a delegation would have: the meeting is a visit even if no delegation is named. At a
    meeting abroad or held online they say nothing of a trip."""
    folded = doc.folded_of(sentence)
    markers = [m for m in find_phrases(folded, "visit", "presence")
               if not (has_phrase(m.group(), "visit", "arrivals") and _ARRIVED_AT.match(folded, m.end()))]
    if not markers or _venue_of(doc, sentence) or _hosts_listed_spans(doc, sentence) or any(
            has_phrase(doc.folded_of(s), "visit", "online") for s in [sentence, *doc.sentences[:LEAD_SENTENCES]]):
        return []
    start = sentence.start + markers[0].end()
    if has_phrase(markers[0].group(0), "visit", "co_chairs"):  # "ông A và ngài B, Tỉnh trưởng tỉnh X đồng chủ trì"
        start = sentence.start + max(0, folded.rfind(";", 0, markers[0].start()) + 1)
    stop = doc.folded.find(";", sentence.start + markers[0].end(), sentence.end)
    return [p for p in doc.places_in(start, stop if stop >= 0 else sentence.end)
            if p.country_code != "VN" and not is_country(p) and doc.role(p) == 0]


def _lead_venue_abroad(doc: Document) -> Mention | None:
    """The foreign place the lead introduces as where it happens ("Theo phóng viên tại Cuba, tại tỉnh
    Artemisa, …"): where a Vietnamese delegation the article names went, when no sentence of the trip
    names it."""
    venues = [p for p in _venues(doc, doc.sentences[:LEAD_SENTENCES]) if p.country_code != "VN"]
    return next((p for p in reversed(venues) if not is_country(p)), venues[-1] if venues else None)



def _host_verbs(folded: str) -> list[re.Match[str]]:
    """"tiếp", "đón" as receiving a guest, not "tiếp tục", "tiếp nhận", "đón nhận"; nor the noun "sự đón tiếp",
    whose unit after it ("sự đón tiếp của lãnh đạo tỉnh X") is the host, not a guest."""
    return [m for m in find_phrases(folded, "visit", "host_verbs") if not _other_verb().match(folded, m.end())
            and not folded.endswith("sự ", 0, m.start())]


@cache
def _other_verbs_of_hosting() -> re.Pattern[str]:
    """"tiếp tục", "đón nhận": a host verb's word starting another verb."""
    verbs, others = (phrase_pattern(words("visit", kind)).pattern for kind in ("host_verbs", "not_hosting"))
    return re.compile(rf"{verbs}\s*{others}")


@cache
def _business_delegation() -> re.Pattern[str]:
    return re.compile(rf"{_DELEGATION.pattern}\s*{phrase_pattern(words('visit', 'business_delegations')).pattern}")


def _without_business(folded: str) -> str:
    """A sentence with its delegations of companies blanked out ("đoàn doanh nghiệp Hàn Quốc đã đến thăm"):
    companies and investors are no government party, so their trip is no visit."""
    return _business_delegation().sub(lambda m: " " * len(m.group()), folded)


def _hosts_listed_spans(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Spans "(tiếp và làm việc với) đoàn có ông X, Tỉnh trưởng tỉnh Y" after a host or meeting verb: the
    officials named there receive the delegation, so its word there names no unit of its own."""
    folded = doc.folded_of(sentence)
    spans = []
    for verb in [*_host_verbs(folded), *find_phrases(folded, "visit", "meeting_verbs")]:
        if listed := _HOSTS_LISTED.match(doc.folded, sentence.start + verb.end()):
            spans.append((sentence.start + verb.end(), listed.end()))
    return spans


@cache
def _own_side_after() -> re.Pattern[str]:
    # "Đoàn đại biểu tỉnh do …": the unit word with its name left out, as the province's own paper writes it
    return re.compile(r"\s*(?:(?:đại biểu|công tác|cấp cao|lãnh đạo)\s+)?(?:của\s+)?"
                      rf"(?:{phrase_pattern(words('visit', 'own_side')).pattern}"
                      r"|(?:tỉnh|thành phố)(?=\s*(?:,|do(?!\w)|đã(?!\w))))")


def _own_side(doc: Document, position: int) -> Mention | None:
    """"Đoàn đại biểu tỉnh ta", "đoàn chúng tôi", "Đoàn đại biểu tỉnh do …": the delegation of the article's own
    (Vietnamese) unit."""
    own = _own_side_after().match(doc.folded, position)
    if own is None:
        return None
    code = doc.vn_main or "VN"
    return Mention(position, own.end(), doc.body[position : own.end()].strip(), "LOC", None, code, "VN")


@cache
def _thanks() -> re.Pattern[str]:
    thanks, receptions = (phrase_pattern(words("visit", kind)).pattern for kind in ("thanks", "receptions"))
    return re.compile(rf"{thanks}\s+(?:(?:về|vì)\s+)?{receptions}")


def _thanked(doc: Document, sentence: Sentence) -> list[tuple[Mention, str]]:
    """"Tỉnh trưởng tỉnh Y cảm ơn sự đón tiếp của lãnh đạo tỉnh X", "cảm ơn sự đón tiếp mà tỉnh X đã dành cho
    đoàn": the unit after the reception hosted; the one who thanks, named before, travelled."""
    found: list[tuple[Mention, str]] = []
    for thanks in _thanks().finditer(doc.folded_of(sentence)):
        host = _first_place_after(doc, sentence.start + thanks.end(), _PLACE_AFTER_HOST)
        guest = _last_place_before(doc, sentence.start, sentence.start + thanks.start(), skip=[])
        found += [(host, "destination")] * bool(host) + [(guest, "delegation")] * bool(
            guest and (host is None or guest.country_code != host.country_code))
    if opening := _thanks_for_receiving().match(doc.folded, sentence.start):
        # "Cảm ơn Phó Thủ tướng dành thời gian tiếp, Phó Tỉnh trưởng tỉnh Y …": the one thanking came
        guest = _first_place_after(doc, opening.end(), _PLACE_AFTER_HOST)
        found += [(guest, "delegation")] * bool(guest)
    return found


@cache
def _thanks_for_receiving() -> re.Pattern[str]:
    """A sentence opening with thanks for being received, its subject after the comma."""
    thanks, verbs = (phrase_pattern(words("visit", kind)).pattern for kind in ("thanks", "host_verbs"))
    return re.compile(rf"\s*{thanks}[^,;.]{{0,60}}?{verbs}(?:\s+(?:và\s+)?làm việc)?\s*,\s*")


@cache
def _sides_met() -> re.Pattern[str]:
    """A meeting "giữa" two sides: named units ("giữa 2 tỉnh A – B", "giữa tỉnh A và tỉnh B") or a pair."""
    return re.compile(r"(?<!\w)giữa\s+(?:(?:\d+|hai|ba|bốn|các)\s+)?(?:tỉnh|thành phố|tp\.?|thủ đô|địa phương"
                      r"|đô thị|lãnh đạo|chính quyền|ubnd|ủy ban)?")


def _between_sides(doc: Document, sentence: Sentence) -> list[tuple[Mention, str]]:
    """"Tại thành phố A đã diễn ra Hội nghị … giữa 2 tỉnh A – B": a meeting of two sides held at a venue of
    one of them; held at home, the foreign units it names came (inbound), held abroad the delegation went to
    the venue (outbound). A meeting still to come or held online tells no trip."""
    folded = doc.folded_of(sentence)
    if "giữa" not in folded:
        return []  # the common case, read cheaply
    documents = [(m.start(), m.end()) for m in find_phrases(folded, "agreement", "nouns")]
    nouns = [m for m in find_phrases(folded, "visit", "conferences") if not _inside_at(m.start(), documents)]
    days = [d for d in doc.dates_in(sentence) if d.precision == "day"]
    if not nouns or (days and not any(_recent(doc, d) for d in days)):
        return []  # "Biên bản Hội nghị … ký ngày 21/12/2015": a record of an earlier meeting
    between = next((m for m in _sides_met().finditer(folded, nouns[0].end()) if m.group().strip() != "giữa"
                    or doc.places_in(sentence.start + m.end(), sentence.start + m.end() + 3)), None)
    if between is None or has_phrase(folded, "visit", "future_markers") or has_phrase(folded, "visit", "online"):
        return []
    venues = [v for v in _venues(doc, [sentence]) if not is_country(v)]
    if not venues:
        return []
    if venues[0].country_code != "VN":
        return [(venues[0], "destination")]
    return [(p, "delegation") for p in doc.places_in(sentence.start, sentence.end)
            if p.country_code != "VN" and not is_country(p) and doc.role(p) == 0]


def _joint_talks(doc: Document, sentence: Sentence) -> list[tuple[Mention, str]]:
    """"Ngày 29/8, tại <a place of tỉnh A>, UBND tỉnh A và Ban hành chính tỉnh B tổ chức hội đàm": talks two sides
    hold together at a venue of one of them; held at home the foreign side came (inbound), held abroad the
    Vietnamese side went."""
    folded = doc.folded_of(sentence)
    talks = next(iter(find_phrases(folded, "visit", "conferences")), None)
    if talks is None or not _VENUE_WORD.search(folded, 0, talks.start()) or has_phrase(folded, "visit", "online"):
        return []
    sides = [p for p in doc.places_in(sentence.start, sentence.start + talks.start())
             if not is_country(p) and doc.role(p) == 0]
    if len({p.country_code == "VN" for p in sides}) < 2 or not _AND.search(doc.folded, sides[0].end, sides[-1].start):
        return []
    abroad = _held_abroad(doc, sentence)
    return [(p, "delegation" if (p.country_code == "VN") == abroad else "destination") for p in sides]


@cache
def _other_verb() -> re.Pattern[str]:
    return re.compile(rf"\s*{phrase_pattern(words('visit', 'not_hosting')).pattern}")


@cache
def _hosting_next() -> re.Pattern[str]:
    """A host verb right after a head's marker ("do Y dẫn đầu (đã) (có buổi) tiếp đón …")."""
    verbs = phrase_pattern(words("visit", "host_verbs")).pattern
    return re.compile(rf"\s*(?:đã\s+)?(?:có\s+)?(?:buổi\s+|cuộc\s+)?{verbs}")


@cache
def _standing() -> re.Pattern[str]:
    return re.compile(rf"\s*{phrase_pattern(words('visit', 'standing_delegations')).pattern}")


@cache
def _still_to_come() -> re.Pattern[str]:
    """A visit verb a few words after "sẽ", "mong muốn", in the same clause ("sẽ dẫn đầu đoàn đại biểu cấp cao
    … thăm chính thức"): a trip still to come or wished for."""
    marker, trigger = (phrase_pattern(words("visit", kind)).pattern for kind in ("future_markers", "triggers"))
    return re.compile(rf"{marker}(?:\s+[^\s,;.]+){{0,{_FUTURE_REACH}}}?\s+{trigger}")


def _owner_after(doc: Document, position: int, end: int) -> Mention | None:
    """"Đoàn đại biểu của Đồn Biên phòng cửa khẩu X và huyện Y do …": the units a delegation is "của", over names of
    bodies the gazetteer does not know, up to its head ("do") or the end of its clause; the first unit is its own."""
    owner = _OWNED_BY.match(doc.folded, position)
    if owner is None:
        return None
    stop = _OWNER_STOP.search(doc.folded, owner.end(), min(end, owner.end() + _OWNER_REACH))
    return next((p for p in doc.places_in(owner.end(), stop.start() if stop else min(end, owner.end() + _OWNER_REACH))
                 if not is_country(p)), None)


def _side_before(doc: Document, position: int) -> Mention | None:
    """"Về phía tỉnh X có đoàn công tác do …": the delegation of the side named just before it."""
    place = next((p for p in reversed(doc.places) if p.end <= position), None)
    if place is None or not _HAS.fullmatch(doc.folded, place.end, position):
        return None
    return place if _SIDE.search(doc.folded, max(0, place.start - _SIDE_REACH), place.start) else None


def _last_place_before(doc: Document, start: int, position: int, skip: list[Mention]) -> Mention | None:
    """The host of a host verb: the last place named in its clause before it, not a delegation's unit
    ("lãnh đạo tỉnh X đã dành cho đoàn đại biểu tỉnh Y sự đón tiếp": X received Y)."""
    clause = max(start, doc.body.rfind(",", start, position) + 1, doc.body.rfind(";", start, position) + 1)
    before = [p for p in doc.places_in(max(clause, position - _PLACE_BEFORE_HOST), position) if p not in skip]
    return before[-1] if before else None


def _first_place_after(doc: Document, position: int, reach: int = 0) -> Mention | None:
    """The place a word introduces: the first one named soon after it, in the same clause (a delegation's
    unit follows it directly; "Tiếp đoàn, về phía tỉnh X có …" names the host) or, with `reach`, across a
    guest's name and title up to the host's side ("về phía"); when an organisation comes first ("đoàn Ủy
    ban Mặt trận Lào xây dựng đất nước Thủ đô Viêng Chăn"), the most specific place it names."""
    stops = _HOST_SIDE if reach else _CLAUSE_END
    stop = stops.search(doc.folded, position, position + (reach or _PLACE_AFTER_WORD))
    if stop and stop.group() == ":" and _LIST_INTRO.fullmatch(doc.folded, position, stop.start()):
        stop = stops.search(doc.folded, stop.end(), stop.end() + _PLACE_AFTER_WORD)  # "đoàn các tỉnh: A, B"
    while stop and stop.group() == "," and _chained_verb().match(doc.folded, stop.end()):
        stop = stops.search(doc.folded, stop.end(), position + (reach or _PLACE_AFTER_WORD))  # "thăm, chúc Tết X"
    venue = _VENUE_AFTER.match(doc.folded, position)
    if venue:  # "đón tiếp đoàn tại thị xã X": where the guest is met, not whose the guest is
        return None
    limit = stop.start() if stop else min(position + (reach or _PLACE_AFTER_WORD), len(doc.body))
    place = next((p for p in doc.places if position <= p.start < limit), None)
    if place is None:
        place = _unit_after_abbreviation(doc, position, limit)
    org = next((o for o in doc.orgs if position <= o.start < limit and o.admin_code), None)
    if org is None or (place is not None and place.start < org.start):
        return place
    inside = doc.places_in(org.start, org.end)
    return next((p for p in reversed(inside) if not is_country(p)), inside[-1] if inside else place)


def _unit_after_abbreviation(doc: Document, position: int, limit: int) -> Mention | None:
    """"Đoàn đại biểu Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) thành phố X": a body's long name with its abbreviation
    in brackets, then its unit, which the name pushes past the usual reach."""
    org = next((o for o in doc.orgs if position <= o.start < limit), None)
    abbreviation = _ABBREVIATION.match(doc.folded, org.end) if org else None
    if abbreviation is None:
        return None
    return next((p for p in doc.places_in(abbreviation.end(), abbreviation.end() + _PLACE_AFTER_WORD)
                 if p.start == abbreviation.end()), None)


@cache
def _chained_verb() -> re.Pattern[str]:
    """A visit verb right after a comma goes on with the trip the verb before began ("sang thăm, chúc Tết
    tỉnh X"): the place after it is still the one the delegation went to."""
    return re.compile(r"\s*" + phrase_pattern(words("visit", "chained")).pattern)


def _leaders(doc: Document, partners: list[str], direction: str | None,
             vn_codes: list[str | None]) -> dict[str, str | None]:
    """Head of each partner's delegation: "X, <title> tỉnh Y, Trưởng đoàn", "do (đồng chí) X … làm trưởng
    đoàn / dẫn đầu", or "X … cùng các thành viên đoàn"; when each partner's delegation has its head, the one
    of the clause naming this partner, before the head ("đoàn tỉnh A do X dẫn đầu") or else after him
    ("Đoàn thứ hai do Y dẫn đầu đã sang thăm B")."""
    found = [leader for sentence in doc.sentences for leader in _leaders_in(doc, sentence)]
    apposed = [(unit, name) for sentence in doc.eventful for unit, name in _heads(doc, sentence) if name]
    heads = {}
    for partner in partners:
        names = [p for p in doc.places if p.admin_code == partner]
        own = [_own_head(doc, start, end, partner) or name for start, end, _, name in found
               if any(start <= p.start and p.end <= end for p in names)] or [
            name for _, end, tail, name in found if any(end <= p.start and p.end <= tail for p in names)]
        heads[partner] = ([name for unit, name in apposed if unit.admin_code == partner] or own
                          or [name for *_, name in found] or [name for _, name in apposed]
                          or [_visitor(doc) or _spokesman(doc) or _first_present(doc, partner, direction)
                              or _first_official(doc, partner, direction, vn_codes)])[0]
    return heads


def _spokesman(doc: Document) -> str | None:
    """"Thay mặt đoàn công tác, Bí thư Tỉnh ủy Y X bày tỏ …": the one speaking for the delegation; "Trong khuôn
    khổ chuyến thăm …, đồng chí X … đã hội đàm với …", "…, Chủ tịch Quốc hội X và Đoàn … đã thăm …": the subject
    of the trip's meeting or visit verb, not of a host verb."""
    for sentence in doc.eventful:
        if subject := _subject_of_the_trip(doc, sentence):
            return subject[1].text
    return None


def _subject_of_the_trip(doc: Document, sentence: Sentence) -> tuple[int, Mention] | None:
    """(end of its opening, person) of a sentence opening "Thay mặt đoàn …, X" or "Trong khuôn khổ chuyến thăm …, X
    … đã hội đàm / đã thăm …"."""
    folded = doc.folded_of(sentence)
    openings = [*find_phrases(folded, "visit", "speaking_for"), *find_phrases(folded, "visit", "within_the_trip")]
    for opening in openings:
        comma = folded.find(",", opening.end())
        if comma < 0 or opening.start() > _SIDE_OPENING:
            continue  # "Thay mặt đoàn, …" opens its sentence
        start = sentence.start + comma
        named = next((p for p in doc.persons if start < p.start < sentence.end), None)
        if has_phrase(opening.group(), "visit", "speaking_for") and (named := named or _name_after_unit(doc, start)):
            return start, named
        if named is None:
            continue
        verb = _TRIP_VERB_AFTER.search(doc.folded, named.end, sentence.end)
        if verb and not _host_verbs(doc.folded[named.end : verb.end()]):
            return start, named
    return None


def _name_after_unit(doc: Document, position: int) -> Mention | None:
    """"…, Bí thư Tỉnh ủy Y Bun - thân Đuông - sa - vẳn bày tỏ": a name the mentions missed, read right after the unit
    of the title that opens a clause."""
    unit = next(iter(doc.places_in(position, position + _SIDE_OPENING)), None)
    name = _NAME_AFTER_UNIT.match(doc.body, unit.end) if unit else None
    return Mention(name.start(1), name.end(1), name.group(1), "PERSON", None, None, None) if name else None


def _framed_by_another_trip(doc: Document, sentence: Sentence) -> tuple[int, Mention] | None:
    """"Trong khuôn khổ chuyến thăm … của Tổng Bí thư X cùng Đoàn … tới Lào, …, đồng chí Y, Bí thư Thành ủy Hà Nội
    đã có cuộc hội đàm với …": the frame is another's trip; Y, not of the country it went to, leads this one."""
    if "trong" not in doc.folded[sentence.start : sentence.start + _SIDE_OPENING]:
        return None  # the common case, read cheaply
    subject = _subject_of_the_trip(doc, sentence)
    if subject is None:
        return None
    comma, person = subject
    visited = {p.country_code for p in doc.places_in(sentence.start, comma) if p.country_code != "VN"}
    unit = next((u for p, u in _officials(doc, sentence) if p == person), None)
    return subject if visited and unit is not None and unit.country_code not in visited else None


def _visitor(doc: Document) -> str | None:
    """"đánh giá cao chuyến thăm của đồng chí X": the one named as making the visit."""
    for sentence in doc.eventful:
        for visit in find_phrases(doc.folded_of(sentence), "visit", "visitor_of"):
            end = sentence.start + visit.end()
            named = [p for p in doc.persons if end <= p.start < end + _VISITOR_REACH]
            if named:
                return named[0].text
    return None


def _own_head(doc: Document, start: int, end: int, partner: str) -> str | None:
    """Of the heads a clause lists for several partners ("do các đồng chí: X, Chủ tịch tỉnh A; Y, Chủ tịch
    tỉnh B dẫn đầu"), the one named right before this partner's unit."""
    places = doc.places_in(start, end)
    if len({p.admin_code for p in places if p.country_code != "VN" and not is_country(p)}) < 2:
        return None
    unit = next(p for p in places if p.admin_code == partner)
    named = [p for p in doc.persons if start <= p.start < unit.start]
    return named[-1].text if named else None


def _first_present(doc: Document, partner: str, direction: str | None) -> str | None:
    """With no head of delegation named, the guest a host verb names ("tiếp ông X, Phó Tỉnh trưởng tỉnh Y",
    "tiếp Thống đốc tỉnh Y, ông X", "chào mừng đồng chí Bí thư Tỉnh ủy Y X"), else the partner's first
    official present at the meeting: the name before his title and province ("về phía tỉnh Y có đồng chí X -
    Bí thư Tỉnh ủy tỉnh Y")."""
    for sentence in doc.eventful:
        if direction == "outbound":  # "lễ đón chính thức Chủ tịch nước X", "Phó Thủ tướng X đã đến chào xã giao"
            for office, role in _our_leader_welcomed(doc, sentence) + _state_offices_meeting(doc, sentence):
                named = [p for p in doc.persons if office.end <= p.start < office.end + _NAME_AFTER_GUEST]
                if role == "delegation" and office.admin_code == "VN" and named:
                    return named[0].text
        if direction == "inbound":  # "Tại buổi tiếp, ông X thông tin về … huyện Y": the guest speaking
            for unit, role in _reception_host(doc, sentence)[:1]:
                named = [p for p in doc.persons if sentence.start <= p.start < unit.start]
                if role == "delegation" and unit.country_code != "VN" and named:
                    return named[0].text
        for verb, guest in _guests(doc, sentence):
            if guest is None:
                continue
            # the guest travelled: the partner's official on a visit in, the Vietnamese one on a trip out
            if guest.admin_code == partner if direction == "inbound" else guest.country_code == "VN":
                start = sentence.start + verb.end()
                named = [p for p in doc.persons if start <= p.start < guest.end + _NAME_AFTER_GUEST]
                if named:
                    return named[0].text
    for sentence in doc.eventful:
        for place in _present(doc, sentence):
            if place.admin_code == partner:
                named = [p for p in doc.persons if sentence.start <= p.start < place.start]
                if named:
                    return named[-1].text
    return None


def _first_official(doc: Document, partner: str, direction: str | None, vn_codes: list[str | None]) -> str | None:
    """Failing all else, the travelling side's first official named with his unit: in the sentences about events,
    else in any ("Phó Chủ tịch UBND tỉnh X Y khẳng định mối quan hệ …"); going out, an official of the Vietnamese
    party (not of another province, as a host's twinning committee may be named after one)."""
    if direction is None:
        return None
    read = {s.start for s in doc.eventful}
    for sentence in [*doc.eventful, *(s for s in doc.sentences if s.start not in read)]:
        for person, unit in _officials(doc, sentence):
            if unit.admin_code == partner if direction == "inbound" else (
                    unit.country_code == "VN" and not is_country(unit) and unit.admin_code in vn_codes):
                return person.text
    return None


def _officials(doc: Document, sentence: Sentence) -> list[tuple[Mention, Mention]]:
    """(person, unit) of the officials a sentence names with their unit: the unit right before the name
    ("Phó Tỉnh trưởng tỉnh Y Somboun H.") or in the title after it ("ông X, Phó Tỉnh trưởng tỉnh Y")."""
    found = []
    for person in (p for p in doc.persons if sentence.start <= p.start < sentence.end):
        before = [p for p in doc.places_in(sentence.start, person.start) if person.start - p.end <= _UNIT_BEFORE_NAME
                  or (_SIDE_HAS.fullmatch(doc.folded, p.end, person.start)
                      and _SIDE.search(doc.folded, max(0, p.start - _SIDE_REACH), p.start))]
        title = _CLAUSE_END.search(doc.folded, person.end, min(sentence.end, person.end + _TITLE_AFTER_NAME))
        after = doc.places_in(person.end, title.start() if title and title.start() > person.end + 2
                              else min(sentence.end, person.end + _TITLE_AFTER_NAME))
        if not (title and title.start() <= person.end + 2) and not _title_next().match(doc.folded, person.end):
            after = []  # "X đánh giá cao … của tỉnh Y": a place his words name, no title of his
        found += [(person, unit) for unit in (before[-1:] or after[:1])]
    return found


@cache
def _title_next() -> re.Pattern[str]:
    """A title right after a name ("ông X Phó Tỉnh trưởng tỉnh Y", "X - Bí thư Tỉnh ủy")."""
    return re.compile(rf"\s*[-–]?\s*{phrase_pattern(words('titles')).pattern}")


def _guests_at_home(doc: Document, sentence: Sentence) -> list[Mention]:
    """"Ngày 29/11, tại tỉnh A, ông X, Tỉnh trưởng tỉnh Y trao tặng …": officials of a foreign province acting
    at a Vietnamese venue came to it."""
    if not any(sentence.start <= p.start < sentence.end for p in doc.persons) or not _VENUE_WORD.search(
            doc.folded_of(sentence)):
        return []  # the common case, read cheaply
    venues = _venues(doc, [sentence])
    if not venues or any(v.country_code != "VN" or is_country(v) for v in venues) or has_phrase(
            doc.folded_of(sentence), "visit", "online"):
        return []
    return [unit for _, unit in _officials(doc, sentence) if unit.country_code != "VN" and not is_country(unit)]


def _acting_abroad(doc: Document, sentence: Sentence) -> list[Mention]:
    """"Sáng 12/3, tại Thủ đô Y (Lào), Bí thư Thành ủy X A … khánh thành …": officials of a Vietnamese province
    performing a ceremony at a foreign venue travelled to it. An envoy resident there ("Đại sứ Việt Nam tại
    Lào B trao tặng") is of the country, not of a province, and travelled nowhere."""
    folded = doc.folded_of(sentence)
    if not _VENUE_WORD.search(folded) or not has_phrase(folded, "visit", "ceremonies") or not any(
            sentence.start <= p.start < sentence.end for p in doc.persons):
        return []  # the common case, read cheaply
    venues = _venues(doc, [sentence])
    if (not venues or any(v.country_code == "VN" for v in venues) or all(is_country(v) for v in venues)
            or has_phrase(folded, "visit", "online")):
        return []
    return [unit for _, unit in _officials(doc, sentence) if unit.country_code == "VN" and not is_country(unit)]


def _attended(doc: Document, sentence: Sentence) -> list[tuple[Mention, str]]:
    """"Lãnh đạo tỉnh A đã đến dự lễ khánh thành … tại huyện Y, Vương quốc C", "tỉnh B (Lào) sang chúc Tết … tại
    tỉnh A": the unit named before a verb of going to attend or to greet went to the venue "tại" names after it,
    when the venue is across the border from it; a venue on its own side (an envoy attending where he sits) is
    no trip."""
    folded = doc.folded_of(sentence)
    verb = next(iter(find_phrases(folded, "visit", "attending")), None)
    if verb is None:
        return []  # the common case, read cheaply
    start = sentence.start + verb.start()
    actor = next((p for p in reversed(doc.places_in(sentence.start, start)) if not is_country(p)), None)
    venue = _VENUE_WORD.search(doc.folded, sentence.start + verb.end(), sentence.end)
    if actor is None or venue is None or has_phrase(folded, "visit", "online"):
        return []
    there = next(iter(doc.places_in(venue.end(), sentence.end)), None)
    if there is None or there.country_code == actor.country_code or "VN" not in (there.country_code,
                                                                                 actor.country_code):
        return []
    return [(actor, "delegation"), (there, "destination")]


@cache
def _leader_after_a_host_verb() -> re.Pattern[str]:
    """"(chủ trì lễ) đón (chính thức) Chủ tịch nước X": an office of a state right after a host verb."""
    title = phrase_pattern(words("visit", "national_hosts")).pattern
    honorific = phrase_pattern(words("honorifics")).pattern
    return re.compile(rf"\s*(?:(?:chính thức|trọng thể|long trọng|thân mật)\s+)*(?:{honorific}\s+)?{title}")


def _our_leader_welcomed(doc: Document, sentence: Sentence) -> list[tuple[Mention, str]]:
    """"Tại Thủ đô X, Chủ tịch nước Y đã chủ trì lễ đón chính thức Chủ tịch nước <name>": a host verb whose guest is
    an office of a state. Named with no country of its own, at a foreign venue, it is Viet Nam's, come to that
    country; named with its foreign country ("đón Chủ tịch nước Lào"), at home, that country's, come here."""
    folded = doc.folded_of(sentence)
    if not has_phrase(folded, "visit", "national_hosts"):
        return []  # the common case, read cheaply: no office of a state named
    for verb in _host_verbs(folded):
        office = _leader_after_a_host_verb().match(doc.folded, sentence.start + verb.end())
        if office is None:
            continue
        # the first place after the office, across the titles it is apposed to ("Tổng Bí thư, Chủ tịch nước Lào")
        stop = _END_OF_SENTENCE.search(doc.folded, office.end(), sentence.end)
        first = next((p for p in doc.places_in(office.start(), stop.start() if stop else sentence.end)
                      if p.end > office.end() and p.start - office.end() <= _PLACE_AFTER_HOST), None)  # "nước Lào"
        country = first if first is not None and first.country_code != "VN" else None
        venue = next((v for v in _venues(doc, [sentence]) if v.start < sentence.start + verb.start()), None)
        if country is not None and is_country(country) and (venue is None or venue.country_code == "VN"):
            host = _our_office_before(doc, sentence, sentence.start + verb.start())
            return [(country, "delegation")] + [(host or venue, "destination")] * bool(host or venue)
        if (first is None or first.admin_code == "VN") and venue is not None and venue.country_code != "VN":
            ours = Mention(office.start(), office.end(), doc.body[office.start() : office.end()].strip(), "LOC",
                           None, "VN", "VN")
            return [(ours, "delegation"), (venue, "destination")]
    return []


def _state_offices_meeting(doc: Document, sentence: Sentence) -> list[tuple[Mention, str]]:
    """Offices of two states meeting with no unit of ours named: "Phó Thủ tướng X đã đến chào xã giao lãnh đạo
    Chính phủ Y" (the caller, ours, went to the country called on); "<office> … Y tiếp thân mật Thượng tướng X cùng
    đoàn" (a foreign office receiving one of ours and his delegation: ours went there)."""
    folded = doc.folded_of(sentence)
    if not has_phrase(folded, "visit", "national_hosts"):
        return []  # the common case, read cheaply
    for call in find_phrases(folded, "visit", "courtesy_calls"):
        ours = _our_office_before(doc, sentence, sentence.start + call.start())
        stop = _END_OF_SENTENCE.search(doc.folded, sentence.start + call.end(), sentence.end)
        called = doc.places_in(sentence.start + call.end(), min(stop.start() if stop else sentence.end,
                                                                sentence.start + call.end() + _PLACE_AFTER_HOST))
        if ours and called and called[0].country_code != "VN":
            return [(ours, "delegation"), (called[0], "destination")]
    if alongside := _their_office_alongside_ours(doc, sentence):
        return alongside
    for verb in _host_verbs(folded):
        start, end = sentence.start + verb.start(), sentence.start + verb.end()
        clause = _CLAUSE_END.search(doc.folded, end, sentence.end)
        guest_clause = doc.folded[end : clause.start() if clause else sentence.end]
        if doc.places_in(end, end + len(guest_clause)) or not _WITH_HIS_DELEGATION.search(guest_clause):
            continue
        host = next(iter(find_phrases(doc.folded[sentence.start : start], "visit", "national_hosts")), None)
        country = next((p for p in doc.places_in(sentence.start + host.end(), start) if is_country(p)),
                       None) if host else None
        if country is not None and country.country_code != "VN":
            ours = Mention(end, end, "", "LOC", None, "VN", "VN")
            return [(country, "destination"), (ours, "delegation")]
    return []


def _their_office_alongside_ours(doc: Document, sentence: Sentence) -> list[tuple[Mention, str]]:
    """"Tại tỉnh A, Phó Thủ tướng X cùng Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Vương quốc Y Z đồng chủ trì Hội nghị":
    an office of a foreign state acting beside one of ours at a Vietnamese venue came to Viet Nam."""
    venue = next(iter(_venues(doc, [sentence])), None)
    if venue is None or venue.country_code != "VN":
        return []
    for together in _ALONGSIDE.finditer(doc.folded, sentence.start, sentence.end):
        theirs = _leader_after_a_host_verb().match(doc.folded, together.end())
        ours = _our_office_before(doc, sentence, together.start())
        if theirs is None or ours is None:
            continue
        stop = _END_OF_SENTENCE.search(doc.folded, theirs.end(), sentence.end)
        first = next(iter(doc.places_in(theirs.start(), stop.start() if stop else sentence.end)), None)
        if first is not None and is_country(first) and first.country_code != "VN" and first.end > theirs.end() and (
                first.start - theirs.end() <= _PLACE_AFTER_HOST):
            return [(first, "delegation"), (ours, "destination")]
    return []


def _our_office_before(doc: Document, sentence: Sentence, position: int) -> Mention | None:
    """The office of Viet Nam's state hosting before a host verb ("Chủ tịch nước Y đã chủ trì lễ đón"): the last
    one named with no foreign country after its title."""
    for office in reversed(find_phrases(doc.folded[sentence.start : position], "visit", "national_hosts")):
        start, end = sentence.start + office.start(), sentence.start + office.end()
        stop = _CLAUSE_END.search(doc.folded, end, min(position, end + _TITLE_REACH))
        if not any(p.country_code != "VN" for p in doc.places_in(start, stop.start() if stop else min(
                position, end + _TITLE_REACH)) if p.end > end):
            return Mention(start, end, doc.body[start:end], "LOC", None, "VN", "VN")
    return None


@cache
def _host_named() -> re.Pattern[str]:
    """"do <unit> chủ trì (tổ chức)", "do <unit> đăng cai": the unit that hosts an event, named after "do"."""
    return re.compile(r"(?<!\w)do\s+([^,;.]{0,90}?)\s+(?:chủ trì|đăng cai)(?!\w)")


def _hosted_by(doc: Document, sentence: Sentence) -> list[tuple[Mention, str]]:
    """"Đoàn Thanh niên tỉnh A tham gia chương trình gặp gỡ … ba tỉnh A – B – C do Tỉnh đoàn tỉnh B chủ trì tổ chức":
    the unit hosting the event is where it is held; the units of the other country the sentence names came to it."""
    folded = doc.folded_of(sentence)
    if "chủ trì" not in folded and "đăng cai" not in folded:
        return []  # the common case, read cheaply
    for named in _host_named().finditer(folded):
        start, end = sentence.start + named.start(1), sentence.start + named.end(1)
        host = next((p for p in reversed(doc.places_in(start, end)) if not is_country(p)), None)
        if host is None:
            continue
        guests = [p for p in doc.places_in(sentence.start, sentence.end) if not start <= p.start < end
                  and (p.country_code == "VN") != (host.country_code == "VN") and not is_country(p)
                  and doc.role(p) == 0]
        if guests:
            return [(host, "destination"), *((p, "delegation") for p in guests)]
    return []


def _leaders_in(doc: Document, sentence: Sentence) -> list[tuple[int, int, int, str]]:
    """(clause start, clause end, tail end, name) of every head named in a sentence: "đoàn tỉnh A do X dẫn
    đầu; đoàn tỉnh B do Y dẫn đầu" names two, each in its clause; the tail runs from the head's marker to
    the next one, or to the sentence's end. The head of the hosts, before their host verb, leads no trip."""
    leaders = []
    start = sentence.start
    markers = find_phrases(doc.folded_of(sentence), "visit", "leader_after")
    if markers and (framed := _framed_by_another_trip(doc, sentence)):
        start, person = framed  # the frame's head leads another trip
        markers = [m for m in markers if sentence.start + m.start() > start]
        leaders.append((start, person.start, markers[0].start() + sentence.start if markers else sentence.end,
                        person.text))
    for marker, after in zip(markers, [*markers[1:], None], strict=False):
        end = sentence.start + marker.start()
        hosting = _hosting_next().match(doc.folded, sentence.start + marker.end())
        if hosting and hosting.end() <= sentence.end and not _other_verb().match(doc.folded, hosting.end()):
            start = sentence.start + marker.end()  # "lãnh đạo tỉnh B do Y dẫn đầu có buổi tiếp đón đoàn …": Y hosts
            continue
        persons = [p for p in doc.persons if start <= p.start < end]
        led = [p for p in persons if _LED_BY.search(doc.folded[start : p.start])]
        tail = sentence.start + after.start() if after else sentence.end
        if led or persons:
            leaders.append((start, end, tail, (led or persons[-1:])[0].text))
        elif named := _NAME_AFTER_HONORIFIC.search(doc.body, start, end):
            leaders.append((start, end, tail, named.group(1)))
        start = sentence.start + marker.end()
    return leaders
