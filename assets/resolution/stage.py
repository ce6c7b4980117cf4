"""The resolution stage on the Parquet tables: new mentions → canonical entities and person links."""

from __future__ import annotations

from collections import Counter

import pyarrow as pa

from assets.extraction.stage import MENTIONS
from assets.locking import one_writer
from assets.places import default_gazetteer
from assets.resolution.persons import Person, PersonIndex
from assets.settings import Settings
from assets.tables import TableStore

_TITLE_REACH = 60  # characters between an office's place and the name it introduces
MENTION_BATCH = 40_000
_APPOSITION_GAP = 2  # " (" between a name and its other spelling
ENTITIES = pa.schema([
    ("entity_id", pa.string()),
    ("entity_type", pa.string()),
    ("name", pa.string()),
    ("name_en", pa.string()),
    ("country_code", pa.string()),
    ("admin_code", pa.string()),
    ("aliases", pa.list_(pa.string())),
])
PERSON_LINKS = pa.schema([
    ("doc_id", pa.string()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("entity_id", pa.string()),
])


@one_writer
def update_entities(settings: Settings, full_refresh: bool = False) -> dict[str, int]:
    """Resolve the mentions of documents not yet resolved, batch by batch, into entities and person links."""
    store = TableStore(settings.tables_dir)
    if full_refresh:
        for table in ("entities", "person_links"):
            store.clear(table)
        store.clear_processed("entities")
    counts = Counter(mentions=0, new_entities=0, person_links=0)
    columns = [field.name for field in MENTIONS]
    known_ids: set[str] | None = None
    for batch in store.pending("mentions", columns, store.processed("entities"), size=MENTION_BATCH):
        if known_ids is None:  # the known entities are read only when there is something to resolve
            known = store.read("entities", ENTITIES, ["entity_id", "entity_type", "name", "country_code"]).to_pylist()
            known_ids = {e["entity_id"] for e in known}
            persons = PersonIndex.of([Person(e["entity_id"], e["name"], e["country_code"])
                                      for e in known if e["entity_type"] == "PERSON"])
        mentions = sorted(batch, key=lambda m: (m["doc_id"], m["start"]))
        entities, links = _resolve(mentions, persons, known_ids)
        store.append("entities", entities, ENTITIES)
        store.append("person_links", links, PERSON_LINKS)
        store.mark_processed("entities", {m["doc_id"] for m in mentions})
        known_ids.update(e["entity_id"] for e in entities)
        counts.update(mentions=len(mentions), new_entities=len(entities), person_links=len(links))
    store.ensure("entities", ENTITIES)
    store.ensure("person_links", PERSON_LINKS)
    return dict(counts)


def _resolve(mentions: list[dict], persons: PersonIndex, known_ids: set[str]) -> tuple[list[dict], list[dict]]:
    """New entities (with every spelling seen as an alias) and the person each PERSON mention denotes."""
    gazetteer = default_gazetteer()
    new_entities: dict[str, dict] = {}
    links = []
    previous: tuple[dict, Person] | None = None
    for mention, country in zip(mentions, _person_countries(mentions), strict=True):
        if mention["mention_type"] == "PERSON":
            if previous and _in_apposition(previous[0], mention):
                person = persons.alias(mention["text"], country, previous[1])
            else:
                person = persons.resolve(mention["text"], country)
            previous = (mention, person)
            links.append({"doc_id": mention["doc_id"], "start": mention["start"], "end": mention["end"],
                          "entity_id": person.entity_id})
            entity = {"entity_id": person.entity_id, "entity_type": "PERSON", "name": person.name,
                      "name_en": None, "country_code": person.country_code, "admin_code": None,
                      "aliases": [mention["text"]]}
        elif mention["mention_type"] == "LOC":
            place = gazetteer.places[mention["entity_id"]]
            entity = {"entity_id": place.entity_id, "entity_type": "LOC", "name": place.name,
                      "name_en": place.name_en, "country_code": place.country_code, "admin_code": place.admin_code,
                      "aliases": list(place.aliases)}
        else:
            entity = {"entity_id": mention["entity_id"], "entity_type": "ORG", "name": mention["text"],
                      "name_en": None, "country_code": mention["country_code"], "admin_code": mention["admin_code"],
                      "aliases": [mention["text"]]}
        if entity["entity_id"] in known_ids:
            continue
        seen = new_entities.setdefault(entity["entity_id"], entity)
        if mention["text"] not in seen["aliases"]:
            seen["aliases"].append(mention["text"])
    return list(new_entities.values()), links


def _in_apposition(first: dict, second: dict) -> bool:
    """"Bonthieng Khounsy (Bun-thiêng Khun-xi)": one person's two spellings, the second in brackets."""
    gap = second["start"] - first["end"]
    return first["doc_id"] == second["doc_id"] and 0 < gap <= _APPOSITION_GAP


def _person_countries(mentions: list[dict]) -> list[str | None]:
    """For each mention (in document order), the country of the organisation or place named just before
    it (Chủ tịch UBND tỉnh Sơn La Nguyễn Văn A → VN): the side a person speaks for."""
    countries: list[str | None] = []
    last: tuple[str, int, str] | None = None
    for mention in mentions:
        near = last is not None and last[0] == mention["doc_id"] and mention["start"] - last[1] <= _TITLE_REACH
        countries.append(last[2] if near else None)
        if mention["mention_type"] in ("ORG", "LOC") and mention["country_code"]:
            last = (mention["doc_id"], mention["end"], mention["country_code"])
    return countries
