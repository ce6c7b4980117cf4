"""Mentions in a cleaned body: places (gazetteer), organisations (head nouns) and persons (name patterns)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import regex

from assets.extraction.lexicon import find_phrases, phrase_pattern, words
from assets.places import Gazetteer, PlaceMatch
from assets.vntext import ascii_key, fold

# A capitalised syllable; names join them with spaces, hyphens (Bun-thiêng) or " - " (Phít Sà May - Kong Xa Đệt).
_CAP = r"\p{Lu}[\p{Ll}\p{M}]*"
# A syllable may carry a capital inside (KouSoum, SaRun: Khmer and Lao names in Latin letters).
_NAME_TOKEN = _CAP + r"(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{L}[\p{Ll}\p{M}]*)*"
_NAME_RUN = regex.compile(_NAME_TOKEN + r"(?:(?:\s|\s[-–]\s)" + _NAME_TOKEN + r")*")
_LATIN_NAME = regex.compile(r"(?<![\p{L}])[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,}){1,2}(?![\p{L}])")
_MAX_NAME_TOKENS = 8
_SPACES = regex.compile(r" *")
_LIST_COLON = regex.compile(r" *: *")
_ITEM_BREAK = regex.compile(r"; *")
_SENTENCE_END = regex.compile(r"\.(?:\s|$)")
_NAME_PARTS = regex.compile(r"(?:^|\s[-–]\s)([^–]+?)(?=\s[-–]\s|$)")
_STOP = regex.compile(r"[,.;:()“”\"!?\n]")
# A capitalised syllable and at most one lower-case syllable of the same word (Tư pháp, Chính trị).
_CAP_WORD = regex.compile(_NAME_TOKEN + r"(?:\s[\p{Ll}][\p{Ll}\p{M}]*)?")
_STOP_WORDS = {"và", "của", "với", "đã", "sẽ", "được", "là", "có", "tại", "trong", "cho", "về", "đến", "tới", "từ",
               "do", "như", "nhằm", "để", "theo"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    mention_type: str  # PERSON | ORG | LOC
    entity_id: str | None
    admin_code: str | None
    country_code: str | None


def find_mentions(body: str, gazetteer: Gazetteer) -> list[Mention]:
    folded = fold(body)
    places = gazetteer.find(body, folded=folded)
    orgs = _organisations(body, folded, places)
    taken = bytearray(len(body))  # 1 where a place or an organisation already stands
    for mention in [*places, *orgs]:
        taken[mention.start : mention.end] = b"\1" * (mention.end - mention.start)
    persons = _persons(body, folded, places, taken, gazetteer)
    place_mentions = [Mention(m.start, m.end, m.text, "LOC", m.place.entity_id, m.place.admin_code,
                              m.place.country_code) for m in places]
    return sorted(place_mentions + orgs + persons, key=lambda m: (m.start, m.end))


def _organisations(body: str, folded: str, places: list[PlaceMatch]) -> list[Mention]:
    """An organisation runs from its head noun over capitalised words and connectors; when it names a
    place, it ends there and belongs to that place (the most specific one it names)."""
    connectors = phrase_pattern(words("org_connectors"))
    found: list[Mention] = []
    last_end = -1
    for head in find_phrases(folded, "org_heads"):
        if head.start() < last_end or not body[head.start()].isupper():
            continue
        end = _extend(body, folded, head.end(), connectors)
        inside = [p for p in places if head.start() <= p.start and p.end <= end]
        end = inside[-1].end if inside else _trim_person(body, head.end(), end)
        text = body[head.start() : end].rstrip()
        end = head.start() + len(text)
        best = _most_specific(inside)
        found.append(Mention(head.start(), end, text, "ORG", "org:" + ascii_key(text).replace(" ", "-"),
                             best.place.admin_code if best else None, best.place.country_code if best else None))
        last_end = end
    return found


def _extend(body: str, folded: str, position: int, connectors: regex.Pattern[str]) -> int:
    end = position
    while True:
        gap = len(body[end:]) - len(body[end:].lstrip(" -–"))
        nxt = end + gap
        if nxt >= len(body) or _STOP.match(body[nxt]):
            return end
        connector = connectors.match(folded, nxt)
        if connector:
            end = connector.end()
            continue
        run = _CAP_WORD.match(body, nxt)
        if not run:
            return end
        if " " in run.group(0) and fold(run.group(0)).split()[-1] in _STOP_WORDS:
            return nxt + run.group(0).index(" ")
        end = run.end()


def _trim_person(body: str, head_end: int, end: int) -> int:
    """Cut a trailing person name off an organisation (Thành ủy Đinh Tiến Dũng → Thành ủy)."""
    surnames = set(words("surnames"))
    for token in regex.finditer(_CAP, body[head_end:end]):
        if token.group(0) in surnames:
            return head_end + token.start()
    return end


def _most_specific(places: list[PlaceMatch]) -> PlaceMatch | None:
    below_country = [p for p in places if p.place.kind != "country"]
    return (below_country or places or [None])[-1]


def _persons(body: str, folded: str, places: list[PlaceMatch], taken: bytearray,
             gazetteer: Gazetteer) -> list[Mention]:
    surnames = set(words("surnames"))
    honorific = phrase_pattern(words("honorifics"))
    found: dict[tuple[int, int], Mention] = {}

    def overlaps(start: int, end: int) -> bool:
        return taken.find(1, start, end) >= 0

    def add(start: int, end: int) -> None:
        text = body[start:end].strip(" -–")
        start = body.index(text, start)
        end = start + len(text)
        if len(text.split()) >= 2 and not overlaps(start, end):
            found[(start, end)] = Mention(start, end, text, "PERSON", None, None, None)
            taken[start:end] = b"\1" * (end - start)

    prefixes = _prefixes()
    for m in honorific.finditer(folded):
        for position in _listed_after(body, m.end()):
            run = _name_after(body, prefixes.match(folded, position).end())
            if run:
                add(*run)
    for title in find_phrases(folded, "titles"):  # "do Phó Tỉnh trưởng Phon-xay Vi-la-xúc"
        run = _name_after(body, prefixes.match(folded, title.end()).end())
        if run:
            add(*run)
    for prefix in _prefixes(at_least_one=True).finditer(folded):  # "do Đại tá Bun-mi Pha-mi-xay", "BSCKII Vừ A Sử"
        if run := _name_after(body, prefix.end()):
            add(*run)
    for place in places:  # "Chủ tịch ... tỉnh Khăm Muồn Phít Sà May - Kong Xa Đệt": a name right after a place
        run = _name_after(body, place.end)
        if run and _title_before(folded, place.start):
            add(*run)
    for run in _NAME_RUN.finditer(body):
        tokens = run.group(0).split()
        if tokens[0] in surnames and len(tokens) >= 2 and not gazetteer.is_place_name(run.group(0)):
            end = run.start() + len(" ".join(tokens[:4]))
            add(run.start(), end)
    for latin in _LATIN_NAME.finditer(body):
        add(latin.start(), latin.end())
    for person in list(found.values()):  # "Bounthieng Khounsy (Bun-thiêng Khun-xi)": the other spelling
        if body.startswith(" (", person.end):
            run = _name_after(body, person.end + 2)
            if run and body.startswith(")", run[1]):
                add(*run)
    return sorted(found.values(), key=lambda m: m.start)


def _listed_after(body: str, position: int) -> list[int]:
    """Where the names an honorific introduces start: right after it, or, after "các đồng chí:", at the head
    of each item of the list ("các đồng chí: A, Bí thư tỉnh X; B, Chủ tịch tỉnh Y")."""
    colon = _LIST_COLON.match(body, position)
    if not colon:
        return [position]
    end = _SENTENCE_END.search(body, colon.end())
    stop = end.start() if end else len(body)
    return [colon.end()] + [m.end() for m in _ITEM_BREAK.finditer(body, colon.end(), stop)]


def _name_after(body: str, position: int) -> tuple[int, int] | None:
    start = _SPACES.match(body, position).end()
    run = _NAME_RUN.match(body, start)
    if not run or _offices().match(fold(body[start : start + 40])):
        return None  # "Ủy viên Ban Chấp hành": an organisation follows the title, not a name
    end = _name_end(body, run)
    if len(body[start:end].split()) > _MAX_NAME_TOKENS:
        return None
    return start, end


def _name_end(body: str, run: regex.Match[str]) -> int:
    """A name's parts joined by " - " stop before a part that is an office or organisation (X - Ủy viên...)."""
    offices = _offices()
    end = run.start()
    for part in _NAME_PARTS.finditer(run.group(0)):
        start = run.start() + part.start(1)
        if end > run.start() and offices.match(fold(body[start : start + 40])):
            break
        end = run.start() + part.end()
    return end


@cache
def _prefixes(at_least_one: bool = False) -> regex.Pattern[str]:
    """Degrees and ranks before a name, chained ("PGS.TS.", "Đại tá TS."), with their dots and spaces; unless
    `at_least_one`, matches the empty string where none stands."""
    one = phrase_pattern(words("name_prefixes")).pattern
    return regex.compile(r"(?:\s*" + one + r"\.?)" + ("+" if at_least_one else "*") + r"\s*")


@cache
def _offices() -> re.Pattern[str]:
    return phrase_pattern(words("titles") + words("org_heads") + words("committees"))


def _title_before(folded: str, position: int) -> bool:
    window = folded[max(0, position - 120) : position]
    return phrase_pattern(words("titles")).search(window) is not None
