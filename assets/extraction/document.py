"""One cleaned body as the event rules read it: sentences, folded text, places, persons and dates.

Built once per document; every rule module (visits, agreements, pledges, scholarships) reads this model
and the party rules of parties.py, never the raw mentions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from assets.extraction.dates import DateMention, context_year, find_dates
from assets.extraction.lexicon import phrase_pattern, words
from assets.extraction.mentions import Mention
from assets.extraction.sentences import Sentence, split_sentences
from assets.vntext import fold

_LEAD_SENTENCES = 2
_COMPANY_GAP = 6  # characters between a company's name and its country: " (", " của "


@dataclass
class Document:
    body: str
    folded: str
    sentences: list[Sentence]
    places: list[Mention]
    persons: list[Mention]
    orgs: list[Mention]
    vn_main: str | None  # the Vietnamese unit the article is about
    foreign_main: str | None  # the partner it is about (a province, else a country)
    group: list[str]  # the partners of an article about several: the first list of foreign provinces it names
    published: date | None
    default_year: int | None  # the year of a day written without one
    year_source: str  # where default_year came from: published | context | none

    def places_in(self, start: int, end: int) -> list[Mention]:
        return [p for p in self.places if start <= p.start and p.end <= end]

    def folded_of(self, sentence: Sentence) -> str:
        return self.folded[sentence.start : sentence.end]

    def dates_in(self, sentence: Sentence) -> list[DateMention]:
        return [replace(d, start=d.start + sentence.start, end=d.end + sentence.start)
                for d in find_dates(sentence.text, self.default_year, self.year_source, self.published)]


def read_document(body: str, mentions: list[Mention], published: date | None) -> Document:
    """The dates of a page come from the page: its stamp (`published`), else the years the article names;
    never from the day the file arrived."""
    orgs = [m for m in mentions if m.mention_type == "ORG"]
    folded = fold(body)
    places = [m for m in mentions if m.mention_type == "LOC" and m.admin_code and not _of_a_company(folded, orgs, m)]
    vn = Counter(p.admin_code for p in places if p.country_code == "VN" and p.admin_code != "VN")
    foreign = Counter(p.admin_code for p in places if p.country_code != "VN" and p.admin_code != p.country_code)
    countries = Counter(p.admin_code for p in places if p.country_code != "VN" and p.admin_code == p.country_code)
    year, source = (published.year, "published") if published else (context_year(body), "context")
    sentences = split_sentences(body)
    return Document(
        body=body, folded=folded, sentences=sentences, places=places,
        persons=[m for m in mentions if m.mention_type == "PERSON"],
        orgs=orgs,
        vn_main=dominant(vn), foreign_main=_partner(foreign, countries, places, sentences),
        group=_first_list(sentences, places),
        published=published, default_year=year, year_source=source if year else "none",
    )


def _of_a_company(folded: str, orgs: list[Mention], place: Mention) -> bool:
    """A country that says where a company is from ("Công ty Hyosung (Hàn Quốc)", "Tập đoàn X của Nhật
    Bản") is not a place the rules read: a company is no party of foreign relations."""
    if place.admin_code != place.country_code:
        return False
    heads = phrase_pattern(words("parties", "companies"))
    return any(heads.match(folded, o.start) and (o.start <= place.start < o.end
                                                 or 0 <= place.start - o.end <= _COMPANY_GAP) for o in orgs)


def _partner(foreign: Counter[str], countries: Counter[str], places: list[Mention],
             sentences: list[Sentence]) -> str | None:
    """The partner the article is about: its most named foreign province (else country), provided it is
    named twice or in the lead; a place named once in passing (a border gate's neighbour) is not a partner."""
    main = dominant(foreign) or dominant(countries)
    if main is None or (foreign | countries)[main] >= 2:
        return main
    lead_end = sentences[min(_LEAD_SENTENCES, len(sentences)) - 1].end if sentences else 0
    return main if any(p.admin_code == main and p.start < lead_end for p in places) else None


def _first_list(sentences: list[Sentence], places: list[Mention]) -> list[str]:
    """The foreign provinces of the first sentence that names two or more of one country."""
    for sentence in sentences:
        named = [p for p in places if sentence.start <= p.start < sentence.end
                 and p.country_code != "VN" and p.admin_code != p.country_code]
        for country in dict.fromkeys(p.country_code for p in named):
            codes = list(dict.fromkeys(p.admin_code for p in named if p.country_code == country))
            if len(codes) >= 2:
                return codes
    return []


def dominant(counts: Counter[str]) -> str | None:
    """The unit an article is about: the most named, and more often than any other."""
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return None
