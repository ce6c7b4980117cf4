"""AGREEMENT: an agreement, memorandum or cooperation plan signed now or cited, one per partner.

The same agreement named in several sentences is one event; one signed with several partners is one
event each. An agreement being negotiated, planned or asked for ("dự kiến ký", "tiến tới ký kết", "đề nghị …
ký kết") is not one yet, and agreements in general ("các hiệp định") are not an agreement; a signed undertaking
("ký cam kết") is one. Several agreements in one sentence each take the partners of their own clause, and
documents a count announces and lists ("hai văn kiện gồm A; B") are one each; a treaty or protocol, and a
memorandum between two ministries named with their countries, bind the two states. A noun named again bare
("triển khai Bản ghi nhớ, …") is the agreement already counted.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from itertools import pairwise

from assets.extraction.dates import DateMention
from assets.extraction.document import LEAD_SENTENCES, Document, names_a_relation
from assets.extraction.event import Event
from assets.extraction.lexicon import find_phrases, has_phrase, phrase_pattern, words
from assets.extraction.mentions import Mention
from assets.extraction.parties import foreign_parties, is_country, names_a_counterpart, vn_party
from assets.extraction.sentences import Sentence
from assets.vntext import fold

_DATE_NEAR_AGREEMENT = 60
# "biên bản ghi nhớ (MOU) giữa các doanh nghiệp": businesses sign it, no government
_BETWEEN_BUSINESSES = re.compile(r"[^.;,]{0,25}?\s(?:giữa|của)\s+(?:các\s+)?(?:doanh nghiệp|công ty|tập đoàn)")
# "15 thỏa thuận hợp tác giữa các bên": a count of documents between parties the sentence does not name
_COUNTED = re.compile(r"(?<!\w)(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|hàng chục|hàng trăm)\s+$")
_BACK_REACH = 20  # characters after the noun in which "lần này", "nói trên" point back to it
_AS_A_BASIS = re.compile(r"(?<!\w)(?:theo|căn cứ|căn cứ vào)\s+$")
# "trên cơ sở biên bản ký năm 2024": an agreement the page's talks build on
_BASIS_BEFORE = re.compile(r"(?<!\w)(?:trên cơ sở|căn cứ|trên tinh thần)(?!\w)")
# "45 năm ký kết Hiệp định", "kỷ niệm ngày ký": an anniversary of the relation, not an agreement of the page
_ANNIVERSARY = re.compile(r"(?<!\w)(?:\d+\s+năm|kỷ niệm)(?:\s+ngày)?\s+ký(?:\s+kết)?\s+$")
# "15 năm kết nghĩa", "kỷ niệm 20 năm lễ kết nghĩa": before a twinning's own word, the anniversary needs no "ký"
_ANNIVERSARY_OF_TWINNING = re.compile(r"(?<!\w)(?:\d+\s+năm|kỷ niệm)(?:\s+ngày)?\s+$")
# "… Nghị định thư về đường biên giới …” và Hiệp định …": a treaty joined to the one before it
_JOINED = re.compile(r"[\"“”']?\s*(?:,|(?<!\w)và)\s*[\"“”']?\s*$")
_SIDES_AFTER = re.compile(r"[^.;,]{0,60}?(?<!\w)giữa(?!\w)")  # "Lễ kết nghĩa (cụm dân cư …) giữa A và B"
_HELD_BEFORE = 20  # characters before a ceremony in which the verb attending or holding it stands
_CLAUSE_STOP = re.compile(r"[.;:]")
_JOINED_REACH = 160  # characters between two treaties joined in one object
_SIGNED = re.compile(r"(?<!\w)ký(?: kết)?(?!\w)")
_SIGNING_REACH = 200  # characters after the noun in which its signing verb is looked for
_DATE_AFTER_VERB = 20  # characters between "ký (kết)" and the date it was signed
_OPENING_DATE = 12  # characters before a date that opens its sentence ("Chiều ngày 23-2, …")
_SIGNING_BEFORE_NOUN = 25  # characters between "ký kết", "lễ ký" and the noun they sign
# "kế hoạch hợp tác năm 2023": a plan for one year is a period of one year.
_PLAN_YEAR = re.compile(r"\s*(?:năm|cho năm)\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)")
# ", trong giai đoạn 2020 - 2022, tỉnh X hỗ trợ …": a period set off by commas opens the next clause
_CLAUSE_OPENER_AFTER = re.compile(r"\s*,")
# "đề nghị hai tỉnh … ký kết bản ghi nhớ", "mong muốn … sớm ký": a signing asked for, not done; "theo đề nghị
# của" is the request as a noun, and "đã ký", "được ký" a signing done
_DONE_BEFORE_VERB = re.compile(r"(?<!\w)(?:đã|vừa|được|đã được)\s+$")
# "hai văn kiện hợp tác gồm A; B": a count of documents that a list after it names one by one
_LIST_AFTER = re.compile(r"[^.;:]{0,40}?(?:(?<!\w)(?:gồm|bao gồm|là)(?!\w)|:)")
# "… giữa Bộ Công an Việt Nam và Bộ Công an Lào": two national bodies, whatever province acts under it
_BETWEEN = re.compile(r"[^.;]{0,80}?(?<!\w)giữa\s+")
_BETWEEN_REACH = 120  # characters after "giữa" in which the two signatories are named
_STOP = re.compile(r"[.;]|,\s")


def agreements(doc: Document) -> list[Event]:
    found: list[Event] = []
    distinct: dict[int, tuple[int, int]] = {}  # an event's index in found → (sentence, item) of a listed document
    named: set[str] = set()  # the nouns of the agreements found so far
    for sentence in doc.eventful:
        folded = doc.folded_of(sentence)
        every = find_phrases(folded, "agreement", "nouns")
        if not every or _generic_subject(doc, sentence, folded, every[0]):
            continue  # "Nhiều địa phương đã ký kết hợp tác": a practice of unnamed units, no signing
        heads = [n for i, n in enumerate(every) if _heads_a_list(folded, n, every[i + 1 :])]
        nouns = [n for i, n in enumerate(every)
                 if not _in_general(folded, n)
                 and not (_is(n, "weak_nouns") and _examples().match(folded, n.end()))
                 and not _ANNIVERSARY.search(folded, 0, n.start())
                 and not (_is(n, "twinnings") and _ANNIVERSARY_OF_TWINNING.search(folded, 0, n.start()))
                 and not (_is(n, "twinning_ceremonies") and not _names_its_sides(folded, n, every[i + 1 :]))
                 and not _a_law_to_keep(doc, sentence, folded, every, i)
                 and not (found and _points_back(folded, n.end()))
                 and not _named_again(folded, n, named)
                 and not _requested(folded, every[i - 1].end() if i else 0, n)
                 and n not in heads
                 and not _BETWEEN_BUSINESSES.match(folded, n.end())]
        if not nouns or has_phrase(folded[: _verb_end(folded, nouns[0])], "agreement", "not_yet"):
            continue
        named.update(n.group(0) for n in nouns)
        places = [p for p in doc.places_in(sentence.start, sentence.end)
                  if not names_a_relation(doc.body, doc.places, p)]
        if _businesses_sign(doc, sentence, folded, places, nouns[0]):
            continue  # "Công ty A cùng Hiệp hội B ký hợp tác", "… ký bởi ông X, Tổng giám đốc công ty Y"
        if not any(p.country_code != "VN" for p in places) and names_a_counterpart(doc, sentence.start, sentence.end):
            continue  # a province's agreement with a Vietnamese university or company
        if not places and has_phrase(folded, "parties", "local_pairs") and _domestic_lead(doc):
            continue  # "Lãnh đạo hai thành phố ký biên bản hội nghị" on a page about two Vietnamese cities
        vn_code = vn_party(doc, places, (sentence.start, sentence.end))
        partners = foreign_parties(doc, places, folded)
        if not any(p.country_code != "VN" for p in places) and not _names_a_pair(folded):
            partners = _conference(doc) or partners  # "Đồng thời thống nhất ký biên bản ghi nhớ …" of a 3-sided meeting
        sentence_dates = doc.dates_in(sentence)
        for index, noun in enumerate(nouns):
            # One sentence may name several agreements ("biên bản ký năm 2022 và thỏa thuận giai đoạn
            # 2021 - 2025", "bản ghi nhớ với tỉnh A; thỏa thuận … tỉnh B"): each reads the dates and the
            # partners of its own stretch, a lone one those of the sentence.
            end = sentence.start + (nouns[index + 1].start() if index + 1 < len(nouns) else len(folded))
            start = sentence.start + (noun.start() if index else 0)
            dates = [d for d in sentence_dates if start <= d.start < end] if len(nouns) > 1 else sentence_dates
            clause = _clause_of(folded, nouns, index, sentence.start)
            own = _own_partners(doc, places, *clause) if len(nouns) > 1 else []
            yearly = has_phrase(noun.group(0), "agreement", "yearly_plans")
            plan = _PLAN_YEAR.match(folded, noun.end()) if yearly else None
            dates = [d for d in dates if not _opens_next_clause(doc, sentence.start + noun.end(), d)]
            period = next((d.period for d in dates if d.precision == "period"), None) or (
                (int(plan.group(1)), int(plan.group(1))) if plan else None)
            if plan:  # the plan's year is its period, not when it was signed
                dates = [d for d in dates if not plan.start() <= d.start - sentence.start < plan.end()]
            signed_here = _SIGNED.search(folded) is not None
            if _AS_A_BASIS.search(folded[: noun.start()]) and not (dates or period or signed_here):
                continue  # "… theo Hiệp định giữa hai Chính phủ": the framework a request rests on, no event
            if _is(noun, "weak_nouns") and not (dates or period or signed_here):
                continue  # "chương trình hợp tác giữa hai tỉnh": the cooperation itself, no document named
            dyad_partners = own or partners
            if _COUNTED.search(folded[: noun.start()]) and not (own or _names_a_pair(folded) or any(
                    p.country_code != "VN" and not is_country(p) and doc.role(p) == 0 for p in places)):
                continue  # "ký 15 thỏa thuận hợp tác giữa các bên" at a business forum: deals of unnamed bodies
            vn_side = vn_code
            states = _between_states(doc, sentence, noun)
            if states:  # "Bản ghi nhớ … giữa Bộ Công an Việt Nam và Bộ Công an Lào": the ministries sign for the states
                vn_side, dyad_partners = "VN", states
            elif _is(noun, "between_states"):
                # a treaty or protocol binds the two states, whichever province the page is about
                vn_side, dyad_partners = "VN", list(dict.fromkeys(code.split("-")[0] for code in dyad_partners))
            listed = len(nouns) > 1 and bool(heads) and _listed(folded, nouns)
            for code in dyad_partners:
                signed = _signing_date(doc, sentence, dates, places, code, sentence.start + noun.start())
                side = vn_side or ("VN" if "-" not in code else None)  # a country's counterpart is the state
                if listed:
                    distinct[len(found)] = (sentence.start, index)
                found.append(Event.of("AGREEMENT", side, code, sentence, when=signed, period=period))
    return _one_per_agreement(found, doc.published, distinct)


def _in_general(folded: str, noun: re.Match[str]) -> bool:
    """"các hiệp định", "một số chương trình hợp tác": agreements in general; but "đã ký kết các bản ghi nhớ
    với ba tỉnh" are the ones signed."""
    general = _general_before().search(folded, 0, noun.start())
    return general is not None and _signed_before_general().search(folded, 0, general.start()) is None


@cache
def _general_before() -> re.Pattern[str]:
    return re.compile(phrase_pattern(words("agreement", "generic_before")).pattern + r"\s*$")


@cache
def _signed_before_general() -> re.Pattern[str]:
    return re.compile(phrase_pattern(words("agreement", "signed_before_generic")).pattern + r"\s*$")


@cache
def _examples() -> re.Pattern[str]:
    """"chương trình hợp tác (nổi bật) như: …": a few qualifying words, then a word introducing examples not
    followed by one pointing back ("như đã ký")."""
    examples, back = (phrase_pattern(words("agreement", kind)).pattern for kind in ("examples", "not_examples_after"))
    return re.compile(rf"(?:\s+[^\s,;.:()]+){{0,3}}?\s+{examples}(?!\s*{back})")


@cache
def _generic_units() -> re.Pattern[str]:
    quantifiers, units = (phrase_pattern(words("agreement", kind)).pattern
                          for kind in ("generic_quantifiers", "generic_units"))
    return re.compile(rf"{quantifiers}\s+{units}")


def _generic_subject(doc: Document, sentence: Sentence, folded: str, noun: re.Match[str]) -> bool:
    """"Nhiều địa phương đã ký kết hợp tác trực tiếp, nhất là ở các tỉnh có chung đường biên giới": an
    indefinite number of a kind of units before the first agreement, and no unit named in the sentence: a
    practice, not a signing the page reports."""
    if _generic_units().search(folded, 0, noun.start()) is None:
        return False
    return all(is_country(p) for p in doc.places_in(sentence.start, sentence.end))


def _businesses_sign(doc: Document, sentence: Sentence, folded: str, places: list[Mention],
                     noun: re.Match[str]) -> bool:
    """Businesses sign, no government: the sentence names no place and its signatories by business titles ("ký
    bởi ông A, Chủ tịch hiệp hội …, và bà B, Tổng giám đốc …"), or the words before the noun name a business or
    an association and neither a unit nor a word of government ("Công ty A cùng Hiệp hội B ký hợp tác")."""
    if not places and has_phrase(folded, "agreement", "business_signatories"):
        return True
    before = folded[: _verb_end(folded, noun)]
    return (has_phrase(before, "agreement", "business_signers") and not has_phrase(before, "parties", "governments")
            and not any(not is_country(p) and p.start < sentence.start + noun.start() for p in places))


def _verb_end(folded: str, noun: re.Match[str]) -> int:
    """Where the words before a noun end, with the signing verb a noun may start with ("ký cam kết", "ký kết
    hợp tác"): "sẽ ký cam kết" is not signed yet."""
    verb = _SIGNED.match(folded, noun.start())
    return verb.end() if verb else noun.start()


def _requested(folded: str, start: int, noun: re.Match[str]) -> bool:
    """A signing one side asks or hopes for ("đề nghị hai tỉnh tổ chức kỷ niệm, ký kết bản ghi nhớ giai đoạn
    mới", "đề nghị … trước mắt thông qua ký kết biên bản ghi nhớ"): a request word, then a signing verb not
    said to be done, between the agreement before (`start`) and the noun."""
    end = _verb_end(folded, noun)
    for request in find_phrases(folded[start:end], "agreement", "requests"):
        if folded.startswith(" của", start + request.end()):
            continue  # "theo đề nghị của tỉnh bạn, hai bên đã ký …": the request as a noun
        if any(not _DONE_BEFORE_VERB.search(folded, 0, verb.start())
               for verb in _SIGNED.finditer(folded, start + request.end(), end)):
            return True
    return False


def _named_again(folded: str, noun: re.Match[str], named: set[str]) -> bool:
    """"Để triển khai có hiệu quả Bản ghi nhớ, …": a noun the page has named before, standing bare (nothing
    after it says which) and not signed here ("Sở A và Sở B đã ký bản ghi nhớ, …" is another), is the agreement
    already counted."""
    return (noun.group(0) in named and re.match(r"\s*(?:[,.;:)]|$)", folded[noun.end() :]) is not None
            and not _SIGNED.search(folded, max(0, noun.start() - _SIGNING_BEFORE_NOUN), noun.start()))


def _a_law_to_keep(doc: Document, sentence: Sentence, folded: str, every: list[re.Match[str]], index: int) -> bool:
    """A treaty the sides are to carry out ("mong muốn … thực hiện tốt Hiệp định quy chế biên giới", "vận động
    nhân dân thực hiện nghiêm “Nghị định thư …” và Hiệp định …"): a law in force, no agreement of the page,
    unless a signing verb or a date follows it in the sentence ("… Hiệp định … ký ngày 16/3/2016")."""
    noun = every[index]
    if not _is(noun, "between_states"):
        return False
    before = every[index - 1] if index else None
    if not (_carry_out_before().search(folded, 0, noun.start()) or (
            before is not None and noun.start() - before.end() <= _JOINED_REACH
            and _JOINED.search(folded, before.end(), noun.start()) is not None
            and not _SIGNED.search(folded, before.end(), noun.start())
            and _a_law_to_keep(doc, sentence, folded, every, index - 1))):
        return False
    return not _SIGNED.search(folded, noun.end()) and not any(
        d.start >= sentence.start + noun.end() for d in doc.dates_in(sentence))


@cache
def _carry_out_before() -> re.Pattern[str]:
    verbs, manner = (phrase_pattern(words("agreement", kind)).pattern for kind in ("carry_out", "carry_out_manner"))
    return re.compile(rf"{verbs}(?:\s+{manner})*\s*[\"“”']?\s*$")


def _domestic_lead(doc: Document) -> bool:
    """The page opens on two Vietnamese units and names no foreign place in its lead ("thành phố A và thành phố B
    đã tổ chức Hội nghị thường niên"): "hai thành phố" is that pair, whatever partner a later paragraph names."""
    lead = doc.sentences[:LEAD_SENTENCES]
    if not lead:
        return False
    named = doc.places_in(lead[0].start, lead[-1].end)
    return not any(p.country_code != "VN" for p in named) and len(
        {p.admin_code for p in named if not is_country(p) and doc.role(p) == 0}) > 1


def _names_its_sides(folded: str, noun: re.Match[str], after: list[re.Match[str]]) -> bool:
    """"Lễ kết nghĩa (cụm dân cư …) giữa A và B": a twinning ceremony with its two sides after it, not those of
    another document named first ("Lễ kết nghĩa được thực hiện theo biên bản ghi nhớ giữa …")."""
    sides = _SIDES_AFTER.match(folded, noun.end())
    if sides is None or (after and after[0].start() < sides.end()):
        return False
    held = phrase_pattern(words("agreement", "ceremony_held"))
    stop = _CLAUSE_STOP.search(folded, sides.end())
    return (not folded[: noun.start()].strip(" \"“”'-–") or held.search(folded, max(0, noun.start() - _HELD_BEFORE),
                                                                        noun.start()) is not None
            or held.search(folded, sides.end(), stop.start() if stop else len(folded)) is not None)


def _heads_a_list(folded: str, noun: re.Match[str], after: list[re.Match[str]]) -> bool:
    """"ký kết hai văn kiện hợp tác gồm A; B": a count of documents whose list follows is those documents, each
    counted by its own noun."""
    if not after or not _COUNTED.search(folded[: noun.start()]):
        return False
    head = _LIST_AFTER.match(folded, noun.end())
    return head is not None and after[0].start() >= head.end() and not folded[head.end() : after[0].start()].strip(" ")


def _listed(folded: str, nouns: list[re.Match[str]]) -> bool:
    """Several documents a count announces, then lists one by one ("hai văn kiện gồm Bản ghi nhớ về A …; Bản ghi
    nhớ về B …"): each is an agreement of its own even between the same two sides. Without the count, two
    clauses of one pair ("A và B đã ký thỏa thuận khung; A và châu C đã ký hợp tác toàn diện") stay one."""
    return all(";" in folded[a.end() : b.start()] for a, b in pairwise(nouns))


def _between_states(doc: Document, sentence: Sentence, noun: re.Match[str]) -> list[str]:
    """The foreign countries of a document "giữa" two national bodies named with their countries only ("giữa Bộ
    Khoa học và Công nghệ Việt Nam và Bộ Giáo dục và Thể thao Lào"): it binds the states, whatever province
    the sentence says acts under it; [] when a province signs."""
    between = _BETWEEN.match(doc.folded, sentence.start + noun.end(), sentence.end)
    if not between or not phrase_pattern(words("parties", "national_bodies")).match(doc.folded, between.end()):
        return []
    stop = _STOP.search(doc.folded, between.end(), min(sentence.end, between.end() + _BETWEEN_REACH))
    places = doc.places_in(between.end(), stop.start() if stop else min(sentence.end, between.end() + _BETWEEN_REACH))
    if not places or not all(is_country(p) for p in places) or not any(p.country_code == "VN" for p in places):
        return []
    return list(dict.fromkeys(p.admin_code for p in places if p.country_code != "VN"))


def _is(noun: re.Match[str], kind: str) -> bool:
    return phrase_pattern(words("agreement", kind)).fullmatch(noun.group(0)) is not None


def _clause_of(folded: str, nouns: list[re.Match[str]], index: int, offset: int) -> tuple[int, int]:
    """The stretch of a sentence that speaks of its index-th agreement: from the last comma or semicolon
    before it (its signatories may come first: "…; tỉnh A và châu B đã ký hợp tác toàn diện") to the
    clause of the next one."""
    def boundary(i: int) -> int:
        if i == 0:
            return 0
        cut = max(folded.rfind(";", nouns[i - 1].end(), nouns[i].start()),
                  folded.rfind(",", nouns[i - 1].end(), nouns[i].start()))
        return cut + 1 if cut >= 0 else nouns[i].start()
    end = boundary(index + 1) if index + 1 < len(nouns) else len(folded)
    return offset + boundary(index), offset + end


def _own_partners(doc: Document, places: list[Mention], start: int, end: int) -> list[str]:
    """The foreign provinces a stretch of a sentence names itself, [] when it names none."""
    inside = [p for p in places if start <= p.start < end]
    if not any(p.country_code != "VN" and not is_country(p) for p in inside):
        return []
    return foreign_parties(doc, inside, doc.folded[start:end], fallback=False)


def _names_a_pair(folded: str) -> bool:
    """"hai bên", "hai tỉnh", "tỉnh bạn": the sentence speaks of two sides."""
    return any(has_phrase(folded, *kind) for kind in (("parties", "local_pairs"), ("parties", "partner_words"),
                                                    ("agreement", "two_sides")))


def _conference(doc: Document) -> list[str]:
    """The foreign provinces of a meeting of several countries' provinces that the lead names ("giữa 3 tỉnh
    Quảng Trị (Việt Nam), Mukdahan (Thái Lan) và Savannakhet (Lào)"); [] for a page about one country."""
    for sentence in doc.sentences[:LEAD_SENTENCES]:
        named = [p for p in doc.places_in(sentence.start, sentence.end)
                 if p.country_code != "VN" and not is_country(p) and doc.role(p) == 0]
        if len({p.country_code for p in named}) > 1:
            return list(dict.fromkeys(p.admin_code for p in named))
    return []


def _opens_next_clause(doc: Document, noun_end: int, when: DateMention) -> bool:
    """A period after the noun set off by commas (", trong giai đoạn 2020 - 2022, tỉnh … hỗ trợ") dates the
    clause it opens, not the agreement."""
    return (when.precision == "period" and when.start > noun_end and "," in doc.body[noun_end : when.start]
            and _CLAUSE_OPENER_AFTER.match(doc.body, when.end) is not None
            and re.search(r",\s*(?:trong\s+)?(?:giai đoạn|thời kỳ|từ)?\s*$", doc.folded[noun_end : when.start])
            is not None)


def _points_back(folded: str, end: int) -> bool:
    """"Thỏa thuận ký kết lần này …": the agreement already counted, named again."""
    return has_phrase(folded[end : end + _BACK_REACH], "agreement", "back_references")


def _signing_date(doc: Document, sentence: Sentence, dates: list[DateMention], places: list[Mention], code: str,
                  anchor: int) -> DateMention | None:
    """The date given right after this partner (… Bắc Kinh (tháng 3 năm 2017)), else one near the noun or in
    its own phrase, else the date that opens a sentence telling the signing ("Ngày 23-2, … ký kết bản ghi
    nhớ …")."""
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
    if near:
        return near[0]
    stop = re.compile(r"[,;]").search(doc.folded, anchor, sentence.end)
    phrase = [d for d in points if d.precision in ("day", "month")
              and anchor < d.start < (stop.start() if stop else sentence.end)]
    if phrase:  # "Bản ghi nhớ … giữa thành phố A và B vào ngày 20-2-2009, …"
        return phrase[0]
    opening = [d for d in points if d.precision == "day" and d.start - sentence.start <= _OPENING_DATE]
    if opening and _SIGNED.search(doc.folded, max(sentence.start, anchor - _SIGNING_BEFORE_NOUN), anchor):
        return opening[0]
    return None


def _one_per_agreement(events: list[Event], published: date | None,
                       distinct: dict[int, tuple[int, int]]) -> list[Event]:
    """Group mentions by dyad and signing year or period; undated mentions join their dyad's dated group,
    unless they are signed on the page's day while every dated one is over (a new memorandum beside the one
    of 2009 it follows), or signed on the page's occasion ("trong chuyến thăm này") beside ones dated by an
    earlier year only. Documents listed one by one in a sentence (`distinct`) stay apart. A group is told by
    the mention of its signing ceremony, else by its first."""
    groups: dict[tuple, list[Event]] = {}
    for index, event in enumerate(events):
        key = (event.vn_party_code, event.foreign_party_code, _when_key(event), distinct.get(index))
        groups.setdefault(key, []).append(event)
    merged = []
    for (vn, foreign, when, _item), members in groups.items():
        dated = [(k[2], groups[k]) for k in groups if k[:2] == (vn, foreign) and k[2] is not None]
        signed = [fold(e.evidence) for e in members if _SIGNED.search(fold(e.evidence))]
        over = published is not None and all(_over(key, published, cited) for key, cited in dated)
        on_occasion = any(has_phrase(text, "agreement", "this_occasion") for text in signed) and all(
            _years_before(key, cited, published) for key, cited in dated)
        new = bool(signed) and (over or on_occasion)
        if when is None and dated and not new:
            continue
        merged.append(next((e for e in members if has_phrase(fold(e.evidence), "agreement", "ceremonies")),
                           members[0]))
    return merged


def _over(key: tuple, published: date, mentions: list[Event]) -> bool:
    """Signed before the page's previous year, or a period that ended before the page's year; signed before
    the page's year when every mention names it as the basis of what is done now ("trên cơ sở biên bản ký
    kết năm 2024")."""
    if key[0] != "year":
        return key[2] < published.year
    if all(_BASIS_BEFORE.search(fold(e.evidence)) for e in mentions):
        return key[-1] < published.year
    return key[-1] < published.year - 1


def _years_before(key: tuple, mentions: list[Event], published: date | None) -> bool:
    """Dated by its year only ("năm 2016, tỉnh đã ký kết …"), before the page's year when the page has one:
    not what a page signs "trong chuyến thăm này", which it would date to the day if it dated it."""
    return key[0] == "year" and all(e.date_precision == "year" for e in mentions) and (
        published is None or key[-1] < published.year)


def _when_key(event: Event) -> tuple | None:
    if event.period_start is not None:
        return ("period", event.period_start, event.period_end)
    if event.event_date is not None:
        return ("year", event.event_date.year)
    return None
