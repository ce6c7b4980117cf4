"""Every gazetteer entry resolves by each of its spellings, in a sentence and alone."""

from __future__ import annotations

from collections import defaultdict

import pytest

from assets.places import Place, default_gazetteer, load_places
from assets.places.catalogue import rows
from assets.places.spelling import capitalised
from assets.vntext import fold

PLACES = load_places()


def shared_aliases() -> set[str]:
    """Spellings several units share (huyện Châu Thành, Hà Nam): the context decides them, which
    tests/places/test_spellings.py tests rule by rule."""
    owners: dict[str, set[str]] = defaultdict(set)
    for place in PLACES:
        for alias in place.aliases:
            owners[fold(alias)].add(place.admin_code)
    return {alias for alias, units in owners.items() if len(units) > 1}


SHARED = shared_aliases()


def test_the_gazetteer_covers_the_units_the_analysts_count() -> None:
    codes = {p.entity_id for p in PLACES}
    assert len({c for c in codes if c.startswith("VN-") and ":" not in c}) == 63
    assert len({c for c in codes if c.startswith("LA-") and ":" not in c}) == 18
    assert len({c for c in codes if c.startswith("KH-") and ":" not in c}) == 25
    assert {"CN-BJ", "CN-SH", "CN-GX", "CN-YN", "KR-11", "JP-13", "LA", "KH", "CN", "TH", "US"} <= codes
    assert len([p for p in PLACES if p.kind == "country"]) == 249
    assert len([p for p in PLACES if p.admin_code == "LA-VT" and p.kind == "district"]) == 9


@pytest.mark.parametrize("place", [p for p in PLACES if p.kind != "country"], ids=lambda p: p.entity_id)
def test_every_spelling_resolves_to_its_unit(place: Place) -> None:
    gazetteer = default_gazetteer()
    for alias in place.aliases:
        if fold(alias) in SHARED:
            continue
        assert gazetteer.resolve(alias).admin_code == place.admin_code, alias
        if capitalised(alias):  # "Ústí nad Labem" is only resolved whole: running text needs capitals
            found = gazetteer.find(f"Đoàn đại biểu {alias} sang thăm.")
            assert [m.place.admin_code for m in found] == [place.admin_code], alias


def test_countries_resolve_and_common_words_stay_words() -> None:
    gazetteer = default_gazetteer()
    for country in [p for p in PLACES if p.kind == "country"]:
        for alias in country.aliases:
            if fold(alias) not in SHARED:
                assert gazetteer.resolve(alias).admin_code == country.admin_code, alias
    assert [m.text for m in gazetteer.find("Anh Tuấn nói ý kiến về pháp luật của Mỹ Đức với nước Anh.")] == [
        "nước Anh"]


@pytest.mark.parametrize(("text", "code"), [
    ("Khăm Muồn", "LA-KH"), ("Khăm Muộn", "LA-KH"), ("Khammouane", "LA-KH"), ("KHĂM MUỘN", "LA-KH"),
    ("Bô-ly-khăm-xay", "LA-BL"), ("Bô ly khăm xay", "LA-BL"), ("Bolikhamxay", "LA-BL"),
    ("Thủ đô Viêng Chăn", "LA-VT"), ("Vientiane", "LA-VT"), ("tỉnh Viêng Chăn", "LA-VI"),
    ("huyện Chanthabuly", "LA-VT"), ("Xi-khốt-ta-bong", "LA-VT"), ("Thanh Hoá", "VN-21"), ("Thanh Hóa", "VN-21"),
    ("TP.HCM", "VN-SG"), ("Thừa Thiên - Huế", "VN-26"), ("Ha Tinh", "VN-23"), ("huyện Thạch Hà", "VN-23"),
    ("Phnôm Pênh", "KH-12"), ("Quảng Tây", "CN-GX"), ("Nam Ninh", "CN-GX"), ("Gyeonggi-do", "KR-41"),
])
def test_usual_spellings(text: str, code: str) -> None:
    assert default_gazetteer().resolve(text).admin_code == code


def test_vietnamese_units_know_where_they_went_in_2025() -> None:
    merged = {row["name"]: row["merged_into"] for row in rows("vn_provinces.csv")}
    assert len(set(merged.values())) == 34
    assert {name for name, unit in merged.items() if unit == "Ninh Bình"} == {"Ninh Bình", "Hà Nam", "Nam Định"}
