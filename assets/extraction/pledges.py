"""COMMITMENT and AID: what one side pledges, and what it has given or handed over.

A pledge is readiness or a promise ("sẵn sàng", "cam kết", "sẽ tiếp tục hỗ trợ"); a request or a hope
("đề nghị", "mong muốn") before it is not. Aid is a giving verb with something material, delivered by
either side (kept in `committed_by`, as a pledge keeps who pledged); a pledge of aid is a COMMITMENT, an
exchange of views ("trao đổi") is neither, and scholarships handed over are SCHOLARSHIP events. Several
partners named together give one event each.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from functools import cache, lru_cache

from assets.extraction.document import GEOGRAPHY, LIST_JOINER, Document
from assets.extraction.event import Event
from assets.extraction.lexicon import find_phrases, has_phrase, lexicon, phrase_pattern, words
from assets.extraction.parties import foreign_parties, has_side_word, is_country, of_the_province, vn_party
from assets.extraction.quantities import Quantity, find_quantities
from assets.extraction.sentences import Sentence
from assets.vntext import fold

# "sẽ tiếp tục dành 10 suất học bổng": counted scholarships pledged are a SCHOLARSHIP event, not a COMMITMENT
_COUNTED_AWARDS = re.compile(r"\d+\s*(?:(?:-|–|đến)\s*\d+\s*)?(?:suất|chỉ tiêu|học bổng)(?!\w)")
_A_DOCUMENT = re.compile(r"(?<!\w)bản\s+$")  # "đã ký 30 bản cam kết": the noun of a signed paper, no pledge
_ROUTE_REACH = 60  # characters between a route word and a place named in the route
_ROUTE_GAP = re.compile(r"[^,.;:()]*")  # a route's words run on to its places without a break
_HEDGE_WINDOW = 20  # characters after a trigger in which a hedge takes the promise back
_ANOTHER_GIFT = re.compile(r"\bvà\s*$")  # "500 triệu kíp xây nhà văn hóa và 20 bộ máy vi tính"
_RECEIVED_REACH = 40  # "tiếp nhận trang thiết bị": what is received follows the verb closely
_FUTURE_WINDOW = 5  # words between "sẽ" and its verb (sẽ tiếp tục làm cầu nối, giới thiệu)
_CARRIERS = "sẽ|tiếp tục|cũng|sẵn sàng"  # between a coordination and its verb: "đồng thời tiếp tục nhận"
_CO_ACTOR_WINDOW = 10  # words of a partner named with "cùng" between "sẽ" and its verb
_PASSIVE = r"(?<!được )(?<!bị )"  # a verb right after these is done to the subject, not promised by it
_NAME_REACH = 40  # characters over which a body's name runs on to the country or province it belongs to
_NAME_STOP = re.compile(r"[,.;:()]| tại | đã | do | với | cho | trao| tặng| hỗ trợ| ủng hộ")
_RECEIVER_REACH = 45  # characters between a giving verb (or "cho") and the unit it names as the receiver
_ITEM_RUN = 6  # sentences back over which a run of programme items looks for its pledge
_VENUE_GAP = 12  # characters between a venue's district and the province named after it
# a giving verb used as a noun after the thing given ("nguồn vốn viện trợ", "số tiền hỗ trợ", "gói hỗ trợ")
_AID_NOUN = re.compile(r"(?<!\w)(?:vốn|tiền|khoản|gói|quà)\s+$")
# "Đây là …", "Công trình này là …": a sentence that names again what the sentence before told
_POINTS_BACK = re.compile(r"\s*(?:đây|đó|công trình này|dự án này|công trình|dự án)\s+(?:cũng\s+)?(?:là|chính là)\s")
_OF_GIVER = re.compile(r"(?:\s+không\s+hoàn\s+lại)?\s+của\s+")
_NOMINALISED = re.compile(r"(?<!\w)sự\s+$")  # "sự hỗ trợ": the verb made a noun
_GIVER_REACH = 80  # characters over which a giver's full name runs ("Chính phủ nước Cộng hòa … Việt Nam")
_HONOUR_REACH = 60  # characters between a giving verb and the honour it gives (after the receiver it names)
_RECEIVER_STOP = re.compile(r"[,.;:]")
# "cho Chính phủ và nhân dân Lào, Chính phủ và nhân dân Campuchia": a list of receivers named alike
_ANOTHER_RECEIVER = re.compile(r"(?:,|,? và) [^\d,.;:]{0,30}")
_NOT_A_RECEIVER = re.compile(r"\s+(?:biết|rằng|hay|thấy|phép)\b")


def commitments(doc: Document, sentence: Sentence) -> list[Event]:
    """One COMMITMENT per pledge of a sentence: its clauses apart ("…; đồng thời sẵn sàng …") each make one
    when a pledge word or a "sẽ + verb" stands in them."""
    folded = doc.folded_of(sentence)
    if _is_planned_item(doc, sentence):
        return _planned_items(doc, sentence)
    decided = _decided_ahead(doc, sentence)
    if not (has_phrase(folded, "commitment", "triggers") or has_phrase(folded, "commitment", "future_markers")
            or _intent_to_give("plans").search(folded) or decided):
        return []
    if phrase_pattern(words("commitment", "plan_content")).match(folded):
        return []  # a plan's or programme's content is planned, not pledged
    content = phrase_pattern(words("commitment", "agreement_content")).match(folded) is not None
    pledges: list[tuple[int, int, int]] = []  # where the promise starts and its clause ends, who promised
    for clause in _clauses(folded):
        if ((found := _pledge_in(folded, clause, decided)) and _is_a_promise(folded, clause, *found)
                and not (content and _joint_work(folded, *found, clause[1]))):
            pledges.append((found[0], clause[1], found[0]))
        elif pledges and (carried := _carried_over(folded, clause)):
            pledges.append((carried, clause[1], pledges[-1][2]))  # promised by whoever made the first pledge
    if not pledges:
        return []  # none, or a request, a hope or a consideration ("sẽ nghiên cứu mời") rather than a promise
    places = _not_on_a_route(doc, doc.places_in(sentence.start, sentence.end))
    if _to_business_only(doc, places):
        return []  # "cam kết … với các nhà đầu tư Hàn Quốc": no government party
    vn_code = "VN" if _the_state_pledges(doc, sentence, places, sentence.start + pledges[0][0]) else vn_party(
        doc, places, (sentence.start, sentence.end))
    partners = _works_at(doc, places) or of_the_province(doc, vn_code, foreign_parties(doc, places, folded), places)
    return [Event.of("COMMITMENT", vn_code, code, sentence, category=_category(folded, "COMMITMENT", start, end),
                     committed_by=_committed_by(doc, sentence, places, trigger))
            for start, end, trigger in pledges for code in partners]


def _the_state_pledges(doc: Document, sentence: Sentence, places: list, trigger: int) -> bool:
    """"Việt Nam và Campuchia nhất trí tiếp tục đầu tư …", "Việt Nam sẽ tiếp tục hỗ trợ …": Viet Nam itself is the
    subject right before the pledge, and the sentence names no Vietnamese province: the state pledges, not the
    article's province (nor the province where the meeting sat)."""
    if any(p.country_code == "VN" and not is_country(p) for p in places):
        return False
    actors = [p for p in places if p.end <= trigger and _acts(doc, sentence, p)]
    subject = _subject_of(doc, actors) if actors else []
    return any(p.country_code == "VN" and is_country(p) for p in subject) and _SUBJECT_GAP.fullmatch(
        doc.folded, subject[-1].end, trigger) is not None


_SUBJECT_GAP = re.compile(r"[^,.;:()]{0,30}")  # between a subject and its pledge word: "… luôn", "… đều"


def _acts(doc: Document, sentence: Sentence, place) -> bool:
    """An actor of the sentence; a venue word of the sentence before makes no venue of this one's subject ("… tại
    tỉnh A. Việt Nam và Campuchia nhất trí …")."""
    return doc.role(place) == 0 or (doc.role(place) == 1 and not _VENUE_WORD.search(
        doc.folded, sentence.start, place.start))


def _not_on_a_route(doc: Document, places: list) -> list:
    """The places of a pledge without the foreign ones named only in a route ("mở rộng tuyến hàng không Bangkok -
    Savannakhet - Huế"), when it names foreign partners elsewhere."""
    routes = phrase_pattern(words("commitment", "routes"))
    on_route = {id(p) for p in places if p.country_code != "VN" and any(
        _ROUTE_GAP.fullmatch(doc.folded, r.end(), p.start) and not _A_LEVEL.match(doc.folded, r.end())
        for r in routes.finditer(doc.folded, max(0, p.start - _ROUTE_REACH), p.start))}
    kept = [p for p in places if id(p) not in on_route]
    return kept if on_route and any(p.country_code != "VN" for p in kept) else places


_A_LEVEL = re.compile(r"\s+(?:huyện|tỉnh|xã|trung ương|cơ sở)(?!\w)")  # "bệnh viện tuyến huyện": a level, no route


def _joint_work(folded: str, start: int, end: int, clause_end: int) -> bool:
    """What a signed agreement has both sides do together ("Theo biên bản, hai bên sẽ phối hợp …", "… sẽ hỗ trợ
    nhau") or each do for the other's ("… tạo điều kiện cho doanh nghiệp của mỗi bên"): the AGREEMENT's content,
    no pledge of one side; one side's giving in it ("Theo thỏa thuận, tỉnh A sẽ hỗ trợ tỉnh B …") is a pledge."""
    return has_phrase(folded[start : end + _HEDGE_WINDOW], "commitment", "joint_work") or has_phrase(
        folded[start:clause_end], "commitment", "reciprocal")


def _to_business_only(doc: Document, places: list) -> bool:
    """The only foreign places of a pledge are countries that say where its business people come from."""
    foreign = [p for p in places if p.country_code != "VN"]
    business = phrase_pattern(words("commitment", "business_people")).pattern
    return bool(foreign) and all(
        is_country(p) and re.search(rf"{business}\s+(?:của\s+)?$", doc.folded[max(0, p.start - 30) : p.start])
        for p in foreign)


def _planned_items(doc: Document, sentence: Sentence) -> list[Event]:
    """Items of a programme told after its pledge ("Cụ thể, tỉnh sẽ …. Hỗ trợ các tỉnh A, B mô hình …; hỗ trợ
    chuyên gia …"): a sentence opening on a verb of doing, with no subject, carries on the pledge of the sentence
    before. Each of its items after ";" that names a partner of its own is a pledge to it; the others add to the
    first."""
    folded = doc.folded_of(sentence)
    places = doc.places_in(sentence.start, sentence.end)
    vn_code = vn_party(doc, places, (sentence.start, sentence.end))
    events = []
    for number, (start, end) in enumerate(_items(folded)):
        own = [p for p in places if start <= p.start - sentence.start < end and p.country_code != "VN"]
        if not own and number:
            continue
        partners = of_the_province(doc, vn_code, foreign_parties(doc, own or places, folded[start:end]), places)
        events += [Event.of("COMMITMENT", vn_code, code, sentence,
                            category=_category(folded, "COMMITMENT", start, end), committed_by="vn")
                   for code in partners]
    return events


def _items(folded: str) -> list[tuple[int, int]]:
    bounds = [0, *(m.end() for m in re.finditer(";", folded)), len(folded)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if folded[a:b].strip()]


def _is_planned_item(doc: Document, sentence: Sentence) -> bool:
    """A sentence that opens on a verb of doing with no subject, after a sentence that pledges (or is such an
    item itself)."""
    if not _opens_on_a_verb(doc.folded_of(sentence)) or (index := _index_of(doc, sentence)) is None:
        return False
    for previous in reversed(doc.sentences[max(0, index - _ITEM_RUN) : index]):
        folded = doc.folded_of(previous)
        if _opens_on_a_verb(folded) or _sends_delegations(folded):
            continue  # another item, or the programme's visits ("Tỉnh A sẽ tổ chức các đoàn sang thăm …")
        return any((found := _pledge_in(folded, clause)) and _is_a_promise(folded, clause, *found)
                   for clause in _clauses(folded))
    return False


def _index_of(doc: Document, sentence: Sentence) -> int | None:
    index = bisect.bisect_left([s.start for s in doc.sentences], sentence.start)
    return index if index < len(doc.sentences) and doc.sentences[index].start == sentence.start else None


def _opens_on_a_verb(folded: str) -> bool:
    """An item opens on a verb of giving or doing, not on support coupled with facilitation."""
    return _item_opening().match(folded) is not None and not phrase_pattern(words("aid", "not_giving")).match(
        folded, _item_opening().match(folded).start("verb"))


@cache
def _item_opening() -> re.Pattern[str]:
    return re.compile(rf"(?:[-–•+*]\s*)?(?P<verb>{phrase_pattern(words('commitment', 'item_verbs')).pattern})")


def _is_a_promise(folded: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """Not a request or hope before it, nor a hedge after it, nor one's own political calendar ("sẽ tiến hành
    bầu cử"), nor counted scholarships pledged, nor a company's or a fund's."""
    return not (has_phrase(_clause_before(folded, start), "commitment", "not_after")
                or _internal_step().search(folded, clause[0], start)
                or _quoted_from_a_text(folded, start)
                or _inside_a_wish(folded[clause[0] : start])
                or _bare_cooperation().match(folded, end)
                or _ready_for_an_occasion().match(folded, end)
                or _DELEGATION_SENT.match(folded, end)
                or _by_a_business(folded, clause[0], start)
                or (clause[0] and has_phrase(folded[clause[0] : clause[0] + _HEDGE_WINDOW], "commitment",
                                             "not_after"))  # "đồng thời tin tưởng … sẽ": a hope
                or has_phrase(folded[start : end + _HEDGE_WINDOW], "commitment", "hedges")
                or has_phrase(folded[start : end + _HEDGE_WINDOW], "commitment", "domestic_agenda")
                or _COUNTED_AWARDS.search(_clause_of(folded, start), end - start))


@cache
def _internal_step() -> re.Pattern[str]:
    """"sẽ báo cáo … lên Chính phủ … để xin ý kiến": a step inside one's own government earlier in the clause."""
    return re.compile(rf"(?<!\w)sẽ\s+(?:{phrase_pattern(words('commitment', 'internal_steps')).pattern})")


_OPENING_QUOTE = re.compile(r"[\"“«]")
_QUOTE_REACH = 120  # characters before a quotation in which the text it quotes is named


def _quoted_from_a_text(folded: str, start: int) -> bool:
    """A pledge inside a quotation, still open, from a treaty or a charter named before it ("đúng với tinh thần
    Hiệp ước hữu nghị …: "Hai bên cam kết …"): the text's own words, no pledge made now."""
    quotes = list(_OPENING_QUOTE.finditer(folded, 0, start))
    if not quotes:
        return False
    opening = quotes[-1]
    straight = [q for q in quotes if q.group() == '"']
    if (opening.group() == '"' and len(straight) % 2 == 0) or "”" in folded[opening.end() : start]:
        return False  # closed before the pledge
    return has_phrase(folded[max(0, opening.start() - _QUOTE_REACH) : opening.start()], "commitment", "quoted_texts")


def _inside_a_wish(before: str) -> bool:
    """A wish earlier in the clause, with no assertion after it: what follows is wished
    ("mong muốn qua buổi hội đàm sắp tới, hai bên sẽ cùng nhau chia sẻ …")."""
    hopes = find_phrases(before, "commitment", "wishes")
    return bool(hopes) and not has_phrase(before[hopes[-1].end() :], "commitment", "assertions")


@cache
def _bare_cooperation() -> re.Pattern[str]:
    """Right after a pledge word, cooperating or sharing "với" someone and nothing else."""
    return re.compile(rf"\s+{phrase_pattern(words('commitment', 'bare_cooperation')).pattern}")


def _sends_delegations(folded: str) -> bool:
    return any((found := _pledge_in(folded, clause)) and _DELEGATION_SENT.match(folded, found[1])
               for clause in _clauses(folded))


# "sẽ tổ chức các đoàn công tác sang thăm và làm việc", "sẽ cử đoàn sang khảo sát": a visit planned, nothing given
_DELEGATION_SENT = re.compile(r"\s+(?:(?:các|một|những|\d+)\s+)?đoàn(?:\s+(?:công tác|đại biểu|cán bộ))?\s+"
                              r"(?:sang|đi|đến|tới|qua)\s+(?:thăm|làm việc|khảo sát)(?!\w)")


@cache
def _ready_for_an_occasion() -> re.Pattern[str]:
    """"sẵn sàng cho năm học mới", "sẵn sàng cho mùa mưa bão", "sẵn sàng bước vào giai đoạn mới": ready for a time,
    an event or a stage, nothing promised to anyone."""
    occasions, entering = (phrase_pattern(words("commitment", kind)).pattern for kind in ("occasions", "entering"))
    return re.compile(rf"\s+(?:cho\s+(?:các\s+|những\s+)?{occasions}|{entering})")


def _by_a_business(folded: str, start: int, trigger: int) -> bool:
    """"Quỹ học bổng sẽ tập trung hỗ trợ …", "Tập đoàn X cam kết …": a company or a fund pledges, no government."""
    subject = folded[start:trigger]
    names = [m.span() for m in find_phrases(subject, "parties", "companies")]
    # "đoàn" of "tập đoàn" is the company's own word, not a delegation acting beside it
    return bool(names) and not any(not any(a <= g.start() < b for a, b in names)
                                   for g in find_phrases(subject, "parties", "governments"))


def _carried_over(folded: str, clause: tuple[int, int]) -> int | None:
    """A clause added after a pledge ("…, đồng thời tiếp tục nhận đào tạo …") is pledged too when it opens on
    a verb of doing: the promise's scope runs on over "đồng thời". ("Sẽ cử … và tiếp nhận …" stays one
    pledge: the gold reads a pledge of two verbs joined by "và" as one.)"""
    found = _carried_pattern().match(folded, *clause)
    return found.start("verb") if found else None


@cache
def _carried_pattern() -> re.Pattern[str]:
    openers = phrase_pattern(words("commitment", "continuation_markers")).pattern
    return re.compile(rf"[\s,;]*{openers}[\s,]+(?:(?:{_CARRIERS})\s+){{0,2}}(?P<verb>{_future_verbs()})")


@cache
def _future_verbs() -> str:
    """A verb of doing, not the head of a noun it starts ("cấp cao")."""
    nouns = phrase_pattern(words("commitment", "not_verbs")).pattern
    return f"(?!{nouns}){phrase_pattern(words('commitment', 'future_verbs')).pattern}"


@lru_cache(maxsize=256)
def _clauses(folded: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of a sentence's clauses, split at ";" and at words that add a second pledge (kept for the
    sentence: every rule of a sentence asks for them)."""
    bounds = [0, *(m.start() for m in _clause_breaks().finditer(folded)), len(folded)]
    return tuple((a, b) for a, b in itertools.pairwise(bounds) if b > a)


def _pledge_in(folded: str, clause: tuple[int, int], decided: bool = False) -> tuple[int, int] | None:
    """Where the first pledge word of a clause, or "sẽ" with its verb, or a plan to give ("có kế hoạch tài trợ"),
    or — when `decided` — a decision to give whose carrying out is still ahead, stands in the sentence."""
    start, end = clause
    text = folded[start:end]
    pledge_words = (m for m in find_phrases(text, "commitment", "triggers")
                    if not _A_DOCUMENT.search(text, 0, m.start()) and not _a_pledge_named(text, m))
    patterns = [_future_pattern(), _intent_to_give("plans"), *([_intent_to_give("decisions")] if decided else [])]
    found = next((m for m in itertools.chain(pledge_words, *(p.finditer(text) for p in patterns))
                  if not _aimed_at(text, m.start())), None)
    return (start + found.start(), start + found.end()) if found else None


def _a_pledge_named(text: str, word: re.Match[str]) -> bool:
    """"phù hợp với cam kết", "thực hiện các cam kết", "ký kết các nội dung đã cam kết.": the pledge word as a
    noun, or with nothing pledged after it, names a pledge made elsewhere."""
    return _noun_before().search(text, 0, word.start()) is not None or _NOTHING_AFTER.match(
        text, word.end()) is not None


_NOTHING_AFTER = re.compile(r"\s*(?:[.,;:!?)\]]|$)")


@cache
def _noun_before() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){phrase_pattern(words('commitment', 'noun_before')).pattern}\s+$")


def _aimed_at(text: str, position: int) -> bool:
    """A purpose right before the pledge ("nhằm thống nhất kế hoạch phối hợp"), or an agreement made by someone
    the subject is acted on by ("Số tiền này được bà con trong bản thống nhất để đầu tư …")."""
    return _purpose_before().search(text, 0, position) is not None or _PASSIVE_AGENT.search(
        text, 0, position) is not None


_PASSIVE_AGENT = re.compile(r"(?<!\w)được(?:\s+[^\s,.;]+){1,6}\s+$")


@cache
def _purpose_before() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){phrase_pattern(words('commitment', 'purposes')).pattern}(?:\s+[^\s,.;]+)?\s+$")


@cache
def _intent_to_give(kind: str) -> re.Pattern[str]:
    """A plan ("plans": "có kế hoạch (tiếp tục) tài trợ") or a decision ("decisions": "quyết định tặng") to
    give, its giving verb right after it."""
    intents, verbs = (phrase_pattern(words("commitment", k)).pattern for k in (kind, "item_verbs"))
    return re.compile(rf"(?<!\w)(?:{intents})\s+(?:tiếp tục\s+)?(?:{verbs})")


def _decided_ahead(doc: Document, sentence: Sentence) -> bool:
    """A decision to give whose carrying out the sentence, after it, or the next sentence tells as still ahead
    ("quyết định tặng … công trình …. … phối hợp triển khai nhanh, hoàn thành trong năm 2026"): given later, a
    pledge. A decision told alone ("Thủ tướng quyết định hỗ trợ 200.000 USD cho …") is the gift itself."""
    folded = doc.folded_of(sentence)
    decision = _intent_to_give("decisions").search(folded)
    if decision is None:
        return False
    if has_phrase(folded[decision.end() :], "aid", "still_ahead"):
        return True
    index = _index_of(doc, sentence)
    return index is not None and index + 1 < len(doc.sentences) and has_phrase(
        doc.folded_of(doc.sentences[index + 1]), "aid", "still_ahead")


def _committed_by(doc: Document, sentence: Sentence, places: list, trigger: int) -> str:
    folded = doc.folded_of(sentence)
    before = [p for p in places if p.start < sentence.start + trigger]
    # "…; khẳng định, lực lượng A luôn … sẵn sàng …": a clause after ";" that names its own subject pledges for it
    opening = sentence.start + folded.rfind(";", 0, trigger) + 1
    if opening > sentence.start and any(p.start >= opening and doc.role(p) == 0 for p in before):
        before = [p for p in before if p.start >= opening]
    if (actors := [p for p in before if _acts(doc, sentence, p)]) and _COORDINATED.search(folded, 0, trigger):
        before = _subject_of(doc, actors)
    subject = _subject_of(doc, actors) if actors else []
    if (has_phrase(folded, "commitment", "bilateral") and not before) or len(
            {p.country_code == "VN" for p in before if not is_country(p)}) == 2 or (
            len({p.country_code == "VN" for p in subject}) == 2 and _SUBJECT_GAP.fullmatch(
            doc.folded, subject[-1].end, sentence.start + trigger)):
        return "both"  # "hai bên cam kết", "lãnh đạo hai tỉnh A và B cam kết", "Việt Nam và Campuchia nhất trí"
    if (before and before[-1].country_code != "VN") or has_side_word(folded[:trigger]):
        return "foreign"
    return "vn"


# "Lãnh đạo tỉnh A đánh giá cao … với tỉnh B và cam kết …": a pledge word joined to an earlier predicate
_COORDINATED = re.compile(r"(?:,|\svà)\s+(?:(?:cùng|đều|cũng)\s+)?$")


def _subject_of(doc: Document, before: list) -> list:
    """The units a sentence opens on, listed together ("Lãnh đạo các tỉnh A, B và C"): the subject of a pledge
    word joined to an earlier predicate, whose object may name others ("… hợp tác với tỉnh D và cam kết …")."""
    subject = [before[0]]
    for previous, place in itertools.pairwise(before):
        if not LIST_JOINER.fullmatch(doc.folded, previous.end, place.start):
            break
        subject.append(place)
    return subject


def one_per_handover(events: list[Event]) -> list[Event]:
    """An article tells one handover in several sentences (the ceremony, the list of what was given, its
    value): AID events of the same parties, giver and category are one, read from the first sentence that
    states an amount, else from the first; so are those of the same parties, giver and amount, whatever the words
    of what was given; a sentence pointing back to it ("Đây là …") with the same parties names it again. A gift
    told as an addition or as earlier starts a handover of its own, and so does, after an earlier one, another sum
    of the same goods."""
    kept: dict[tuple, Event] = {}
    amounts: set[tuple] = set()  # the parties and amount of each handover kept
    result: list[Event] = []
    for event in events:
        if event.event_type != "AID":
            result.append(event)
            continue
        if event.committed_by is None:
            event = replace(event, committed_by=_giver_told_before(event, kept))
        # gifts in opposite directions between the same parties are two handovers
        key = (event.vn_party_code, event.foreign_party_code, event.category, event.committed_by)
        amount = (event.vn_party_code, event.foreign_party_code, event.quantity_min, event.unit, event.committed_by)
        if event.unit is not None and amount in amounts and not _another_handover(event.evidence):
            continue  # the same sum restated ("… cho hay, đã quyên góp được 30.000 USD để ủng hộ …")
        if event.unit is not None:
            amounts.add(amount)
        if _another_handover(event.evidence):
            kept[key] = event  # "X cũng đã trao tặng …", "Trước đó, …": a gift of its own, which later ones retell
            result.append(event)
            continue
        if (told := _detailed(event, result)) is not None:
            # "… vừa quyết định hỗ trợ kinh phí …. Cụ thể, … hỗ trợ 200.000 USD cho …": the sum of the gift just told
            result[result.index(told)] = event
            kept.update({k: event for k, e in kept.items() if e is told})
            kept[key] = event
            continue
        if _POINTS_BACK.match(fold(event.evidence)) and any(
                (vn, foreign) == key[:2] for vn, foreign, *_ in kept):
            continue  # "Đây là lô gạo đầu tiên được Việt Nam trao cho Cuba …": the handover before, named again
        first = kept.get(key)
        if first is None or (_another_handover(first.evidence) and first.unit is not None
                             and event.unit == first.unit and event.quantity_min != first.quantity_min):
            # after an earlier gift ("Trước đó, … 285.000 khẩu trang"), another sum of the same goods is this one
            kept[key] = event
            result.append(event)
        elif first.unit is None and event.unit is not None:
            result[result.index(first)] = kept[key] = event
    return [event for event in result if not _told_for_its_provinces(event, result)]


_DETAIL = re.compile(r"\s*cụ thể\s*,")  # "Cụ thể, …": the sentence details the one before
_ADJACENT = 3  # characters between a sentence and the next


def _detailed(event: Event, result: list[Event]) -> Event | None:
    """The gift of the sentence right before, with the same parties and giver and no sum, that a sentence opening
    on "Cụ thể," details with its sum."""
    if event.unit is None or not _DETAIL.match(fold(event.evidence)):
        return None
    return next((e for e in reversed(result) if e.event_type == "AID" and e.unit is None
                 and (e.vn_party_code, e.foreign_party_code, e.committed_by)
                 == (event.vn_party_code, event.foreign_party_code, event.committed_by)
                 and 0 <= event.evidence_start - e.evidence_end <= _ADJACENT), None)


def _giver_told_before(event: Event, kept: dict[tuple, Event]) -> str:
    """"Số trang thiết bị được trao tặng gồm …": a gift whose sentence names no side is given by whoever gave the
    handover of the same parties told before (of its kind, else of any); else by Viet Nam's side, which gives in
    most of this news."""
    same = [e for key, e in kept.items() if key[:2] == (event.vn_party_code, event.foreign_party_code)]
    return next((e.committed_by for e in same if e.category == event.category),
                same[0].committed_by if same else "vn")


def _told_for_its_provinces(event: Event, events: list[Event]) -> bool:
    """A gift to or from a whole country with no amount ("lãnh đạo một số tỉnh Bắc Lào … trao tặng tiền ủng hộ
    Chính phủ và nhân dân Việt Nam"), on a page whose other gifts name provinces of that country, is those
    gifts summed up, told with less detail."""
    country = event.foreign_party_code
    if event.event_type != "AID" or not country or "-" in country or event.quantity_min is not None:
        return False
    return any(other.event_type == "AID" and (other.foreign_party_code or "").startswith(country + "-")
               and event.vn_party_code in ("VN", other.vn_party_code) for other in events)


def _another_handover(evidence: str) -> bool:
    """A sentence that tells a gift as an addition ("cũng (đã) trao tặng") or as earlier ("Trước đó, …") tells
    another handover than the one before it, though of the same parties and kind."""
    return _another_pattern().search(fold(evidence)) is not None


@cache
def _another_pattern() -> re.Pattern[str]:
    verbs = phrase_pattern(words("aid", "verbs")).pattern
    openers = phrase_pattern(words("aid", "earlier_openers")).pattern
    return re.compile(rf"^{openers}|(?<!\w)cũng\s+(?:đã\s+)?{verbs}")


def _clause_before(folded: str, position: int) -> str:
    return re.split(r"[,;:]", folded[:position])[-1]


@cache
def _future_pattern() -> re.Pattern[str]:
    """"sẽ" and its verb a few words on, or further when "cùng" names a partner in between ("sẽ cùng Tổng Lãnh
    sự quán … làm cầu nối"); a verb after "được" is done to the subject ("sẽ có 18 em được đào tạo"), no promise."""
    marker = phrase_pattern(words("commitment", "future_markers")).pattern
    together = phrase_pattern(words("commitment", "co_actors")).pattern
    word = r"[\s,]+[^\s,.;]+"
    between = rf"(?:[\s,]+{together}(?:{word}){{0,{_CO_ACTOR_WINDOW}}}?|(?:{word}){{0,{_FUTURE_WINDOW}}}?)"
    predictions = phrase_pattern(words("commitment", "predictions")).pattern
    return re.compile(rf"{marker}(?!\s+{predictions}){between}[\s,]+{_PASSIVE}{_future_verbs()}")


@cache
def _clause_breaks() -> re.Pattern[str]:
    """";" and the words that open a second pledge or gift of a sentence ("đồng thời")."""
    return re.compile(rf";|{phrase_pattern(words('commitment', 'continuation_markers')).pattern}")


def aid(doc: Document, sentence: Sentence) -> list[Event]:
    """The gifts of a sentence; a clause after ";" that names a giver of its own before its verb ("…; tỉnh Kon
    Tum ủng hộ 550 triệu đồng") tells a gift of its own."""
    return [event for part in _giver_parts(doc, sentence) for event in _aid_of(doc, part)]


def _giver_parts(doc: Document, sentence: Sentence) -> list[Sentence]:
    folded = doc.folded_of(sentence)
    if ";" not in folded:
        return [sentence]
    starts = [0]
    for semicolon in re.finditer(";", folded):
        verb = next(iter(find_phrases(folded[semicolon.end() :], "aid", "verbs")), None)
        if verb is None:
            continue
        verb_at = sentence.start + semicolon.end() + verb.start()
        if any(sentence.start + semicolon.end() <= p.start and p.end <= verb_at and doc.role(p) == 0
               and not is_country(p) for p in doc.places):
            starts.append(semicolon.end())
    bounds = [*starts, len(folded)]
    return [_part(sentence, a, b) for a, b in itertools.pairwise(bounds)]


def _part(sentence: Sentence, start: int, end: int) -> Sentence:
    text = sentence.text[start:end]
    stripped = text.strip(" ;")
    offset = sentence.start + start + text.index(stripped) if stripped else sentence.start + start
    return Sentence(offset, offset + len(stripped), stripped)


def _aid_of(doc: Document, sentence: Sentence) -> list[Event]:
    folded = doc.folded_of(sentence)
    giving = [(v, _clause_of(folded, v.start())) for v in find_phrases(folded, "aid", "verbs")
              if not _occasion().search(folded, 0, v.start()) and not _a_decoration(sentence, folded, v.end())]
    receiving = [(v, folded[v.end() : v.end() + _RECEIVED_REACH]) for v in find_phrases(folded, "aid", "receiving")]
    if not (giving or receiving):
        return []
    exchanges = {m.start() for m in find_phrases(folded, "aid", "not_giving")}
    # "với sự hỗ trợ của …, X đã trao tặng …": the support named as a noun yields to the verb that gives
    verb = next((v for v, what in sorted(giving + receiving, key=lambda vw: (
        _NOMINALISED.search(folded, 0, vw[0].start()) is not None, vw[0].start()))
                 if v.start() not in exchanges and _gives_material(what)), None)
    pointed = None if verb else _gift_pointed_back(
        doc, sentence, folded, [v for v, _ in giving if v.start() not in exchanges])
    verb = verb or pointed
    if verb is None:
        return []
    if _MUTUAL_HELP.search(folded, _clause_start(folded, verb.start()), verb.end() + _HEDGE_WINDOW) or (
            _HELP_EACH_OTHER.match(folded, verb.end())):
        return []  # "nhân dân hai bên cùng hỗ trợ, giúp đỡ nhau …": both sides help each other, nothing handed over
    if has_phrase(folded[: verb.start()], "aid", "pledged") or has_phrase(folded[: verb.start()], "aid", "discussed"):
        return []
    if _decided_ahead(doc, sentence) and _intent_to_give("decisions").search(folded, 0, verb.end()):
        return []  # a decision to give, carried out later: a COMMITMENT
    if _gift_pledged_after(folded, verb):
        return []
    if has_phrase(folded[_clause_start(folded, verb.start()) : verb.start()], "aid", "in_general"):
        return []  # "một trong rất nhiều công trình … đã hỗ trợ": a kind spoken of, no handover
    if _is_planned_item(doc, sentence):
        return []  # an item of a programme pledged in the sentence before
    places = doc.places_in(sentence.start, sentence.end)
    if _charity_to_residents(doc, sentence, folded, places, verb):
        return []
    many = has_phrase(folded, "aid", "many_partners")
    named = [p for p in places if p.country_code != "VN" and not is_country(p)] or [
        p for p in places if p.country_code != "VN"]
    givers_named = _nominal_givers(folded, verb)
    if givers_named and _a_third_country_gives(doc, sentence, places, givers_named):
        return []
    receivers = [p for p in places if p.start > sentence.start + verb.start()
                 and not (givers_named and givers_named[0] <= p.start - sentence.start < givers_named[1])]
    domestic = (receivers and all(p.country_code == "VN" for p in receivers)) or (
        not any(p.country_code != "VN" for p in receivers) and _own_ground().search(folded, verb.end()))
    if not (named or many or has_side_word(folded) or (doc.foreign_main and not domestic)):
        return []  # support between Vietnamese units, or to the province's own people, is not foreign relations
    gifts = _gifts(folded, [q for q in find_quantities(sentence.text) if unit_of(q)], verb.start())
    receivers = _named_receivers(doc, sentence, folded, places)
    # "trao tặng Quân đội nhân dân Lào …": who receives, not the place of the disaster or the ceremony
    verb_clause = next((start, end) for start, end in _clauses(folded) if start <= verb.start() < end)
    clause = [p for p in places if verb_clause[0] <= p.start - sentence.start < verb_clause[1]]
    partner_places = next((found for found in (receivers, clause) if any(p.country_code != "VN" for p in found)),
                          places)
    struck = _where_it_struck(doc, partner_places)
    partner_places = [p for p in partner_places if p not in struck]
    events = []
    vn_receivers = _vn_receivers(doc, places, sentence.start + verb.start())
    by_the_state = _by_the_state(doc, sentence, folded, places, verb.start())
    to_the_country = _to_the_country(folded) and any(p.country_code != "VN" for p in places
                                                     if p.start < sentence.start + verb.start())
    given_by = "foreign" if vn_receivers or to_the_country else "vn" if by_the_state else _given_by(
        doc, sentence, folded, places, verb, any(v is verb for v, _ in receiving), receivers, givers_named)
    the_country = _the_country_acts(doc, places, verb_clause, sentence.start + verb.start())
    for vn_code in vn_receivers or [
            "VN" if by_the_state or to_the_country or the_country
            else vn_party(doc, places, (sentence.start, sentence.end))]:
        pointed_to = _works_pointed_back(doc, sentence, places) if pointed else []
        partners = [None] if many and not named else pointed_to or _works_at(doc, places) or _one_per_country(
            _struck_to_country(of_the_province(
                doc, vn_code, _state_receivers(receivers) or foreign_parties(doc, partner_places, folded), places),
                struck), places)
        events += [Event.of("AID", vn_code, code, sentence, quantity=amount,
                            unit=unit_of(amount) if amount else None, category=category, committed_by=given_by)
                   for amount, category in gifts for code in partners]
    return events


# "cùng hỗ trợ, giúp đỡ nhau", "cùng giúp đỡ lẫn nhau": help both sides give each other
_MUTUAL_HELP = re.compile(r"(?<!\w)cùng\s+(?:[^\s.;]+\s+){0,6}?(?:lẫn\s+)?nhau(?!\w)")
# "hỗ trợ, giúp đỡ nhau": a giving verb joined to help given each other
_HELP_EACH_OTHER = re.compile(r"\s*(?:,|và)\s*(?:giúp đỡ|giúp|hỗ trợ|ủng hộ|chia sẻ)\s+(?:lẫn\s+)?nhau(?!\w)")


def _works_pointed_back(doc: Document, sentence: Sentence, places: list) -> list[str]:
    """"Lễ khởi công Dự án … Bệnh viện huyện A (tỉnh B). Đây là món quà … dành tặng nhân dân Lào": a gift that points
    back to the works the sentence before named, and names only countries itself, goes to the foreign provinces
    that sentence named."""
    if any(p.country_code != "VN" and not is_country(p) for p in places) or (
            index := _index_of(doc, sentence)) is None or not index:
        return []
    previous = doc.sentences[index - 1]
    return list(dict.fromkeys(p.admin_code for p in doc.places_in(previous.start, previous.end)
                              if p.country_code != "VN" and not is_country(p) and doc.role(p) < GEOGRAPHY))


def _works_at(doc: Document, places: list) -> list[str]:
    """"tặng … công trình xây dựng Bệnh viện tuyến huyện tại tỉnh X": the foreign province where the works given
    stand receives them, though named after "tại" beside its country."""
    return list(dict.fromkeys(p.admin_code for p in places if p.country_code != "VN" and not is_country(p)
                              and _works_before().search(doc.folded, max(0, p.start - _WORKS_REACH), p.start)))


_WORKS_REACH = 70  # characters between the works' noun and the province after "tại"


@cache
def _works_before() -> re.Pattern[str]:
    works = phrase_pattern(words("aid", "works")).pattern
    return re.compile(rf"(?<!\w){works}[^,.;:()]*\s(?:tại|ở)\s+(?:tỉnh\s+|thành phố\s+)?$")


@cache
def _of_the_works() -> re.Pattern[str]:
    """A place named in the works' name or right after it ("công trình nâng cấp Trường Tiểu học Hữu nghị tỉnh X")."""
    works = phrase_pattern(words("aid", "works") + words("aid", "schools")).pattern
    return re.compile(rf"(?<!\w){works}[^,.;:()]*\s(?:tỉnh\s+|thành phố\s+)?$")


def _where_it_struck(doc: Document, places: list) -> list:
    """"hỗ trợ … khắc phục hậu quả sự cố vỡ đập thủy điện tại tỉnh X, nước CHDCND Lào": the foreign province named
    as where a disaster struck is no receiver when the span names its country (or another foreign unit) too."""
    struck = [p for p in places if p.country_code != "VN" and not is_country(p)
              and _struck_at().search(doc.folded, max(0, p.start - _STRUCK_REACH), p.start)]
    return struck if any(p.country_code != "VN" and p not in struck for p in places) else []


def _struck_to_country(partners: list, struck: list) -> list:
    """The partner read back from the article's province ("nhân dân Lào" → its partner province) is the country
    when that province is only where the disaster struck."""
    codes = {p.admin_code for p in struck}
    return list(dict.fromkeys(code.split("-")[0] if code in codes else code for code in partners))


_STRUCK_REACH = 80  # characters between a disaster's noun and the place it struck


@cache
def _struck_at() -> re.Pattern[str]:
    disasters = phrase_pattern(words("aid", "disasters")).pattern
    return re.compile(rf"(?<!\w){disasters}(?:\s+[^\s,.;:]+){{0,6}}\s+(?:tại|ở)\s+(?:tỉnh\s+|thành phố\s+)?$")


def _the_country_acts(doc: Document, places: list, clause: tuple[int, int], verb: int) -> bool:
    """"món quà Việt Nam tặng Lào": Viet Nam itself, right before the giving verb, gives, and the sentence names no
    Vietnamese province: the state is the party, not the article's province."""
    return any(p.country_code == "VN" and is_country(p) and doc.role(p) == 0 and p.end <= verb
               and _RIGHT_BEFORE.fullmatch(doc.folded, p.end, verb) for p in places) and not any(
        p.country_code == "VN" and not is_country(p) for p in places)


_RIGHT_BEFORE = re.compile(r"\s+(?:(?:đã|cũng|sẽ|vừa|dành|gửi)\s+)*")  # "Việt Nam (đã) dành tặng Lào"


def _state_receivers(receivers: list) -> list[str]:
    """"trao cho Bộ trưởng An ninh Lào …": a body of a foreign state a giving verb names receives for its country,
    when the receivers it names are countries only (a country is a receiver only after such a body's word)."""
    foreign = [p for p in receivers if p.country_code != "VN"]
    return list(dict.fromkeys(p.admin_code for p in foreign)) if foreign and all(
        is_country(p) for p in foreign) else []


def _one_per_country(partners: list, places: list) -> list:
    """One gift goes to a country or to one of its provinces, not both: a province the sentence does not name
    (read from the article's partner, "nhân dân Lào" → the partner province) yields to its country named there."""
    named = {p.admin_code for p in places}
    return [code for code in partners if not (code and "-" in code and code not in named
                                              and code.split("-")[0] in partners)]


def _given_by(doc: Document, sentence: Sentence, folded: str, places: list, verb: re.Match[str], received: bool,
              receivers: list, givers_named: tuple[int, int] | None) -> str | None:
    """Which side gives ("vn" or "foreign"): the giver a gift names as a noun ("nguồn vốn viện trợ của X", "quà
    tặng của X"), with "do" ("trang thiết bị do thành phố X trao tặng") or by thanks ("cảm ơn X đã … tặng …");
    after a verb of receiving ("tỉnh A tiếp nhận …"), the other side than its subject; at a ceremony ("lễ bàn
    giao công trình … tỉnh B"), the other side than where the works stand; else the other side than the receiver
    a giving verb or "cho" names ("trao tặng tỉnh B", "cho tỉnh B"); else the unit acting before the verb in
    its clause, not one travelled to ("Tỉnh A trao tặng …", "X đến Đại sứ quán Y … trao"); else a partner word
    before the verb gives ("phía bạn trao tặng"); else None, left to the handover it retells (one_per_handover)."""
    at = sentence.start + verb.start()
    clause_start = _clause_start(folded, verb.start())
    clause = (clause_start, clause_start + len(_clause_of(folded, verb.start())))
    # "Hội người Việt Nam tại X": a nationality names people living abroad, no side
    places = [p for p in places if not _NATIONALITY.search(doc.folded, max(0, p.start - 8), p.start)]
    receivers = [p for p in receivers if p in places]
    if givers_named and (named := [p for p in places
                                   if givers_named[0] <= p.start - sentence.start < givers_named[1]]):
        return _side_of(named[0])
    if giver := _giver_named(doc, sentence, folded, places, clause, verb.start()):
        return _side_of(giver)
    before = [p for p in places if sentence.start + clause[0] <= p.start < at]
    # "công trình … Trường Tiểu học … tỉnh X đã hoàn thành và bàn giao": X is where the works stand, no giver
    works = [p for p in before if _of_the_works().search(doc.folded, max(0, p.start - _WORKS_REACH), p.start)]
    subject = [p for p in before if p not in works and (doc.role(p) == 0 or (
        # a venue word of the sentence before is not this one's ("… tại Kon Tum. Năm 2022, Kon Tum đã hỗ trợ …")
        doc.role(p) == 1 and not _VENUE_WORD.search(doc.folded, sentence.start, p.start)))
               and not _DESTINATION.search(doc.folded, max(0, p.start - _DESTINATION_REACH), p.start)]
    if received:
        return _other_side(subject[-1]) if subject else "vn"
    # at a ceremony ("lễ bàn giao công trình … tỉnh B"), or when both sides do it together ("lãnh đạo hai Thủ đô
    # khánh thành Dự án trụ sở … Viêng Chăn"), the works' ground after the verb receives
    if _CEREMONY.search(folded, 0, verb.start()) or len({_side_of(p) for p in subject}) == 2:
        ground = next((p for p in places if p.start > at), None)
        if ground is not None and not _OF_BEFORE.search(doc.folded, max(0, ground.start - _RECEIVER_REACH),
                                                        ground.start):
            return _other_side(ground)
    after = [p for p in receivers if p.start > at and not _OF_BEFORE.search(
        doc.folded, max(0, p.start - _RECEIVER_REACH), p.start)]
    if after:
        return _other_side(after[0])
    if subject:
        return _side_of(subject[-1])
    if works:
        return _other_side(works[0])
    if has_side_word(folded[clause[0] : verb.start()]):
        return "foreign"  # "phía bạn trao tặng …"
    return "vn" if has_side_word(folded[verb.end() : clause[1]]) else None  # "… hỗ trợ tỉnh bạn 2 tỷ đồng"


def _side_of(place) -> str:
    return "vn" if place.country_code == "VN" else "foreign"


def _other_side(place) -> str:
    return "foreign" if place.country_code == "VN" else "vn"


_OF_BEFORE = re.compile(r"(?<!\w)(?:của|do)\s+[^,.;:]*$")  # "hỗ trợ của tỉnh X", "do tỉnh X": X gives, not receives
_AGENT_MARK = re.compile(r"(?<!\w)do\s")  # "… do tỉnh X trao tặng": X gives
_VENUE_WORD = re.compile(r"(?<!\w)(?:tại|ở)\s")
_NATIONALITY = re.compile(r"(?<!\w)người\s+$")
_THANKS = re.compile(r"(?<!\w)(?:cảm ơn|cám ơn|biết ơn|tri ân)\s")  # "cảm ơn X đã … tặng …": X gives
# "… là quà (tặng) của X", "món quà có ý nghĩa của X": X gives
_GIFT_OF = re.compile(r"(?<!\w)(?:món quà|quà tặng|quà)(?:\s+[^\s,.;:]+){0,3}?\s+của\s+")
_CEREMONY = re.compile(r"(?<!\w)(?:lễ|buổi)\s+$")  # "lễ bàn giao công trình …": the verb names a ceremony
# "đến Đại sứ quán Việt Nam … trao": the unit a giver travels to before giving receives
_DESTINATION = re.compile(r"(?<!\w)(?:đến|sang|tới)\s+(?:[^\s,.;:]+\s+){0,3}$")
_DESTINATION_REACH = 40


def _giver_named(doc: Document, sentence: Sentence, folded: str, places: list, clause: tuple[int, int],
                 verb: int):
    """The unit a clause names as the giver: after "quà (tặng) của" or an aid noun's "của" ("tiền hỗ trợ của X"),
    after "do" right before a giving verb ("do thành phố X tặng"), or after thanks before the verb."""
    def first_after(position: int, end: int):
        stop = _NAME_STOP.search(folded, position, min(end, position + _GIVER_REACH))
        limit = sentence.start + (stop.start() if stop else min(end, position + _GIVER_REACH))
        return next((p for p in places if sentence.start + position <= p.start and p.end <= limit), None)

    for of in _GIFT_OF.finditer(folded, *clause):
        if giver := first_after(of.end(), clause[1]):
            return giver
    for noun_verb in find_phrases(folded[clause[0] : clause[1]], "aid", "verbs"):
        start, end = clause[0] + noun_verb.start(), clause[0] + noun_verb.end()
        if _AID_NOUN.search(folded, 0, start) and (of := _OF_GIVER.match(folded, end)) and (
                giver := first_after(of.end(), clause[1])):
            return giver
    for mark in _AGENT_MARK.finditer(folded, *clause):
        stop = _RECEIVER_STOP.search(folded, mark.end(), clause[1])
        limit = sentence.start + (stop.start() if stop else clause[1])
        named = next((p for p in places if sentence.start + mark.end() <= p.start < limit), None)
        if named is not None and (next_verb := next(iter(find_phrases(
                folded[named.end - sentence.start : limit - sentence.start], "aid", "verbs")), None)) and (
                next_verb.start() <= _NAME_REACH):
            return named
    for thanks in _THANKS.finditer(folded, *clause):
        if giver := first_after(thanks.end(), clause[1]):
            return giver
    return None


def _gift_pledged_after(folded: str, verb: re.Match[str]) -> bool:
    """"Tiếp tục thực hiện …, hỗ trợ các tỉnh Bắc Lào phát triển nông nghiệp, giai đoạn 2025-2027 tỉnh A sẽ hỗ trợ
    cây giống …": a giving verb with nothing material of its own before a pledge later in its clause names the
    aim of that pledge; what is given is pledged, not delivered."""
    clause_end = _clause_start(folded, verb.start()) + len(_clause_of(folded, verb.start()))
    pledge = phrase_pattern(words("aid", "pledged")).search(folded, verb.end(), clause_end)
    return pledge is not None and not _gives_material(folded[verb.end() : pledge.start()]) and _gives_material(
        folded[pledge.end() : clause_end])


def _gift_pointed_back(doc: Document, sentence: Sentence, folded: str, verbs: list) -> re.Match[str] | None:
    """"Đây là quà tặng của X cho Y", "Đây là dự án … từ nguồn vốn viện trợ của X": the gift named as a noun in a
    sentence that points back to the works the sentence before inaugurated or handed over."""
    if not verbs or not (pointer := _POINTS_BACK.match(folded)) or (index := _index_of(doc, sentence)) is None or (
            not index):
        return None
    if not _gives_material(doc.folded_of(doc.sentences[index - 1])):
        return None
    if _A_GIFT.match(folded, pointer.end()):  # "Đây là món quà có ý nghĩa của X dành tặng Y"
        return verbs[0]
    return next((v for v in verbs if _AID_NOUN.search(folded, 0, v.start())), None)


_A_GIFT = re.compile(r"\s*(?:một\s+)?(?:món quà|quà tặng|phần quà)(?!\w)")


def _charity_to_residents(doc: Document, sentence: Sentence, folded: str, places: list, verb: re.Match[str]) -> bool:
    """"Các doanh nghiệp, Tỉnh đoàn và các trường đã trao tặng hàng nghìn suất quà tới các em": businesses,
    unions or schools, no unit of government named, give to foreign students or residents living here, named by
    who they are and not by a foreign unit — charity at home, not aid to a foreign party."""
    start = _clause_start(folded, verb.start())
    subject = folded[start : verb.start()]
    if not has_phrase(subject, "aid", "private_givers") or any(
            p.start < sentence.start + verb.start() and p.end > sentence.start + start and not is_country(p)
            for p in places):
        return False
    after = folded[verb.end() : start + len(_clause_of(folded, verb.start()))]
    return has_phrase(after, "aid", "residents") and not any(
        p.country_code != "VN" and not is_country(p) for p in places if p.start > sentence.start + verb.start())


def _nominal_givers(folded: str, verb: re.Match[str]) -> tuple[int, int] | None:
    """"nguồn vốn viện trợ không hoàn lại của Chính phủ Việt Nam", "tiền hỗ trợ của Bộ Quốc phòng": the aid
    named as a noun, its giver after "của" — where that giver's name stands, not a receiver."""
    if not _AID_NOUN.search(folded, 0, verb.start()):
        return None
    found = _OF_GIVER.match(folded, verb.end())
    if not found:
        return None
    stop = _NAME_STOP.search(folded, found.end(), found.end() + _GIVER_REACH)
    return found.end(), stop.start() if stop else min(len(folded), found.end() + _GIVER_REACH)


def _a_third_country_gives(doc: Document, sentence: Sentence, places: list, giver: tuple[int, int]) -> bool:
    """"dự án bệnh viện tỉnh Bolikhamxay …, trên cơ sở nguồn vốn viện trợ của chính phủ Luxembourg": aid named as
    a noun whose giver is a foreign country, in a sentence naming no Vietnamese unit and places of another country
    only — aid between two other countries, no party of Viet Nam's."""
    givers = [p for p in places if giver[0] <= p.start - sentence.start < giver[1]]
    if not givers or any(p.country_code == "VN" for p in places):
        return False
    countries = {p.country_code for p in givers}
    return any(p.country_code not in countries for p in places if p not in givers)


@cache
def _own_ground() -> re.Pattern[str]:
    """"cho gần 14.000 học sinh trên địa bàn tỉnh": the receivers live on the unit's own ground."""
    return re.compile(rf"(?<!\w){phrase_pattern(words('aid', 'own_ground')).pattern}(?!\s+(?:nước bạn|bạn))")


def _a_decoration(sentence: Sentence, folded: str, verb_end: int) -> bool:
    """"trao tặng Trường THPT A Huân chương Hữu nghị", "tặng Bằng khen cho tỉnh B": an honour given is a
    decoration, not aid, unless money is given with it in the same clause."""
    end = next(end for start, end in _clauses(folded) if start < verb_end <= end)
    given = folded[verb_end:end]
    honour = next(iter(find_phrases(given, "aid", "honours")), None)
    return honour is not None and honour.start() <= _HONOUR_REACH and not any(
        unit_of(q) for q in find_quantities(sentence.text[verb_end:end]))


def _by_the_state(doc: Document, sentence: Sentence, folded: str, places: list, verb: int) -> bool:
    """A body of the state or its army gives ("Binh đoàn 11 trao tặng …", "… do Bộ Tư lệnh Quân khu 4 hỗ
    trợ"): the state (VN) gives, when the sentence names no Vietnamese province acting beside it. A body whose
    name runs on to a province ("Bộ Tư lệnh Bộ đội Biên phòng tỉnh X") is the province's; one whose name runs on
    to a foreign country ("Bộ Quốc phòng Lào") receives."""
    if any(p.country_code == "VN" and not is_country(p) and doc.role(p) == 0 and not _in_a_venue(doc, places, p)
           for p in places):
        return False
    last_verb = max([verb, *(m.start() for m in find_phrases(folded, "aid", "verbs"))])
    for body in find_phrases(folded, "aid", "national_givers"):
        if body.start() > last_verb and not folded[: body.start()].endswith(("do ", "của ")):
            continue  # after the verbs, a body receives, unless "do" or "của" names it as the giver
        stop = _NAME_STOP.search(folded, body.end(), body.end() + _NAME_REACH)
        name_end = stop.start() if stop else min(len(folded), body.end() + _NAME_REACH)
        named = doc.places_in(sentence.start + body.end(), sentence.start + name_end)
        if all(p.country_code == "VN" and is_country(p) for p in named):
            return True
    return False


_TO_THE_COUNTRY = re.compile(
    r"(?<!\w)(?:đến|tới|cho)\s+(?:(?:chính phủ|nhà nước|nhân dân)(?:\s+và\s+nhân dân)?\s+)?việt nam(?!\w)")


def _to_the_country(folded: str) -> bool:
    """"(Chính phủ Nhật Bản) đã gửi lô hàng cứu trợ đến Việt Nam nhằm hỗ trợ …": a gift sent to the country, which
    the state receives, wherever its people live."""
    return _TO_THE_COUNTRY.search(folded) is not None


def _in_a_venue(doc: Document, places: list, place) -> bool:
    """"tại cửa khẩu …, huyện A, tỉnh B": the province that goes on naming a venue is the venue too."""
    return any(q.end <= place.start and place.start - q.end <= _VENUE_GAP and q.admin_code == place.admin_code
               and doc.role(q) > 0 for q in places)


def _named_receivers(doc: Document, sentence: Sentence, folded: str, places: list) -> list:
    """The units a giving verb or "cho" names right after it ("trao tặng Bộ Quốc phòng Lào", "cho đại diện
    chính quyền tỉnh X"), with the units listed after each ("2 tỉnh A và B"): who receives."""
    found: list = []
    for marker in find_phrases(folded, "aid", "receiver_markers"):
        if _NOT_A_RECEIVER.match(folded, marker.end()):
            continue  # "cho biết": saying, not giving
        stop = _RECEIVER_STOP.search(folded, marker.end(), marker.end() + _RECEIVER_REACH)
        end = sentence.start + (stop.start() if stop else min(len(folded), marker.end() + _RECEIVER_REACH))
        after = [p for p in places if p.start >= sentence.start + marker.end()]
        if not after or after[0].end > end:
            continue
        if is_country(after[0]) and not has_phrase(folded[marker.end() : after[0].start - sentence.start], "aid",
                                                    "state_receivers"):
            continue  # "dành tặng con em các bộ tộc Lào": the country's people, not a body of the state
        found.append(after[0])
        for previous, place in itertools.pairwise(after):
            if not (LIST_JOINER.fullmatch(doc.body, previous.end, place.start) or _ANOTHER_RECEIVER.fullmatch(
                    doc.folded, previous.end, place.start)):
                break
            found.append(place)
    return list(dict.fromkeys(found))


def _vn_receivers(doc: Document, places: list, verb: int) -> list[str]:
    """A foreign giver's gift to several Vietnamese provinces named after the verb ("trao tặng 260 triệu kíp
    ủng hộ 5 tỉnh A, B, C, D và E", "bàn giao 5 xe của Nhật Bản cho 2 tỉnh A và B") is one per province; else
    none, and the sentence's own unit acts."""
    vn_units = [p for p in places if p.country_code == "VN" and not is_country(p) and doc.role(p) == 0]
    if any(p.start < verb for p in vn_units) or not vn_units:
        return []
    # the giver before the verb, or named after the gift before its receivers ("bàn giao 5 xe … của Nhật Bản cho
    # 2 tỉnh A và B")
    if not any(p.country_code != "VN" for p in places if p.end <= max(verb, vn_units[0].start)):
        return []
    codes = list(dict.fromkeys(p.admin_code for p in vn_units))
    return codes if len(codes) >= 2 else []


def _gifts(folded: str, amounts: list[Quantity], verb: int) -> list[tuple[Quantity | None, str]]:
    """(amount, category) of each gift a sentence lists: the first amount (money or counted items) with the
    category after the verb, then an amount joined by "và" that is about another kind of thing, after a gift
    told with its purpose or receiver ("500 triệu kíp xây nhà văn hóa và 20 bộ máy vi tính"). A list of goods
    ("10 tấn gạo, 5.000 khẩu trang và 300 triệu đồng", "200.000 khẩu trang và 10 tấn gạo") is one handover:
    neither a comma, nor money alone, nor another kind of goods in a row opens a second gift."""
    first = amounts[0] if amounts else None
    gifts = [(first, _category(folded, "AID", verb, clause_start=_clause_start(folded, verb)))]
    for previous, amount in itertools.pairwise(amounts):
        category = _category(folded, "AID", amount.start)
        # "285.000 khẩu trang và 10 tấn gạo": goods in a row are one handover; a gift with its own purpose or
        # receiver before the "và" ("… để sửa trạm y tế và 15 bộ máy vi tính") leaves the next one its own
        if _ANOTHER_GIFT.search(folded[: amount.start]) and has_phrase(
                folded[previous.start : amount.start], "aid", "gift_purposes") and category not in {
                c for _, c in gifts} | {"general", *words("generic_categories")}:
            gifts.append((amount, category))
    return gifts


def _clause_of(folded: str, position: int) -> str:
    """The clause a giving verb stands in, between breaks of its own ("; ", "đồng thời"): what it gives,
    before it ("kinh phí 3 tỷ đồng do tỉnh hỗ trợ") or after it."""
    return folded[_clause_start(folded, position) : next(end for start, end in _clauses(folded)
                                                         if start <= position < end)]


def _clause_start(folded: str, position: int) -> int:
    return next(start for start, end in _clauses(folded) if start <= position < end)


@cache
def _occasion() -> re.Pattern[str]:
    """A giving verb that names the occasion a speech was made at ("Phát biểu tại lễ bàn giao, …")."""
    return re.compile(rf"{phrase_pattern(words('aid', 'occasions')).pattern}\s+$")


def _gives_material(clause: str) -> bool:
    """Something material, and not scholarships (those handed over are SCHOLARSHIP events)."""
    if has_phrase(clause, "aid", "not_materials"):
        clause = phrase_pattern(words("aid", "not_materials")).sub(" ", clause)
    return (has_phrase(clause, "aid", "materials") or _school_handed_over().search(clause) is not None) and not (
        has_phrase(clause, "scholarship", "award_units"))


@cache
def _school_handed_over() -> re.Pattern[str]:
    """A school right after a verb of handing over ("bàn giao (một) Trường tiểu học …")."""
    verbs, schools = (phrase_pattern(words("aid", kind)).pattern for kind in ("handover_verbs", "schools"))
    return re.compile(rf"{verbs}(?:\s+[^\s,.;]+){{0,2}}?\s+{schools}")


def unit_of(quantity: Quantity) -> str | None:
    """A currency code, or the counted item's unit (50.000 khẩu trang → masks)."""
    text = fold(quantity.unit_text)
    return next((unit for name, unit in _units() if text.startswith(name)), None)


@cache
def _units() -> list[tuple[str, str]]:
    """Currencies and counted items of lexicon.yaml, folded once."""
    units = {**lexicon()["aid"]["currencies"], **lexicon()["aid"]["item_units"]}
    return [(fold(name), unit) for name, unit in units.items()]


def _category(folded: str, event_type: str, trigger: int = 0, end: int | None = None,
              clause_start: int | None = None) -> str:
    """What the pledge or gift is about: the first category word from the trigger to the end of its clause,
    else one named before the trigger in the same clause when `clause_start` is given (the gift as the
    subject: "Gói vật tư y tế tỉnh A trao tặng … trị giá 1 tỷ đồng"), else the first category (in the type's
    order) named in that stretch, else before it ("Về đào tạo, …"), never in a later clause (that is another
    pledge's)."""
    order = words("category_order", event_type)
    specific = [c for c in order if c not in words("generic_categories")]
    own = folded[trigger:end]
    after = [(match.start(), -len(match.group(0)), category) for category in specific
             for match in find_phrases(own, "categories", category)[:1]]
    if after:  # the first named, the longest of those named at the same place (thiết bị y tế over thiết bị)
        return min(after)[2]
    subject = folded[clause_start:trigger] if clause_start is not None else ""
    if named_before := next((c for c in specific if has_phrase(subject, "categories", c)), None):
        return named_before
    return next((c for text in (own, folded[:end]) for c in order if has_phrase(text, "categories", c)), "general")
