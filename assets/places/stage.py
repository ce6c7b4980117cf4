"""The places as Parquet reference tables: `places` (one row per code) and `place_aliases` (every spelling the
resolver accepts), rewritten only when the catalogue changed, so a run with the same code changes nothing."""

from __future__ import annotations

import pyarrow as pa

from assets.locking import one_writer
from assets.places.catalogue import Place, load_places, rows
from assets.settings import Settings
from assets.tables import TableStore

PLACES = pa.schema([
    ("code", pa.string()),
    ("name_vi", pa.string()),
    ("name_en", pa.string()),
    ("country_code", pa.string()),
    ("level", pa.string()),
    ("parent_code", pa.string()),
    ("source", pa.string()),
    ("admin_code", pa.string()),
    ("unit_2025", pa.string()),
])
PLACE_ALIASES = pa.schema([
    ("alias", pa.string()),
    ("code", pa.string()),
    ("source", pa.string()),
])


def place_rows(places: list[Place]) -> list[dict]:
    """One row per code. `admin_code` is the party code the place resolves to; `unit_2025` names the
    province-level unit a Vietnamese unit belongs to since the 2025 merger."""
    merged = {row["code"]: row["merged_into"] for row in rows("vn_provinces.csv")}
    return [{"code": p.entity_id, "name_vi": p.name, "name_en": p.name_en, "country_code": p.country_code,
             "level": p.level, "parent_code": p.parent_code, "source": p.source, "admin_code": p.admin_code,
             "unit_2025": merged.get(p.admin_code) if p.country_code == "VN" and p.level != "country" else None}
            for p in places]


def alias_rows(places: list[Place]) -> list[dict]:
    return [{"alias": alias, "code": p.entity_id, "source": p.source} for p in places for alias in p.aliases]


@one_writer
def update_place_tables(settings: Settings) -> dict[str, int]:
    """Write both tables when what the catalogue holds differs from what they hold."""
    store = TableStore(settings.tables_dir)
    places = load_places()
    counts = {}
    for name, schema, table_rows in (("places", PLACES, place_rows(places)),
                                     ("place_aliases", PLACE_ALIASES, alias_rows(places))):
        table = pa.Table.from_pylist(table_rows, schema=schema)
        if not store.read(name, schema).equals(table):
            store.clear(name)
            store.append(name, table, schema)
        counts[name] = table.num_rows
    return counts
