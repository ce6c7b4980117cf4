"""The reference tables on disk: written on the first run, left alone while the catalogue is unchanged."""

from __future__ import annotations

from pathlib import Path

from assets.places.stage import PLACE_ALIASES, PLACES, update_place_tables
from assets.settings import Settings
from assets.tables import TableStore


def test_place_tables_are_written_once_and_kept_while_nothing_changes(tmp_path: Path) -> None:
    settings = Settings(inbox=tmp_path / "inbox", data_dir=tmp_path / "data")
    store = TableStore(settings.tables_dir)
    counts = update_place_tables(settings)
    parts = {name: store.parts(name) for name in ("places", "place_aliases")}
    assert update_place_tables(settings) == counts
    assert {name: store.parts(name) for name in parts} == parts
    places = store.read("places", PLACES)
    assert places.num_rows == counts["places"] == len(set(places.column("code").to_pylist()))
    assert store.read("place_aliases", PLACE_ALIASES).num_rows == counts["place_aliases"]
    codes = dict(zip(places.column("code").to_pylist(), places.column("name_vi").to_pylist(), strict=True))
    assert codes["LA-KH"] == "Khăm Muộn"
    assert codes["VN-37"] == "Tây Ninh"
