"""The catalogue covers what the standards list: every ISO 3166-1 country, every ISO 3166-2 subdivision of the
partners the analysts count (checked against pycountry itself, not against our copy of it), Vietnamese names for
Laos, Cambodia, China and Viet Nam, and Viet Nam's 34 units of 2025."""

from __future__ import annotations

import pycountry
import pytest
import vietnam_provinces

from assets.places import load_places
from assets.places.catalogue import DATA, rows
from assets.places.generate import GENERATED
from assets.places.stage import alias_rows, place_rows

PLACES = {row["code"]: row for row in place_rows(load_places())}
PARTNERS = ["LA", "KH", "CN", "TH", "KR", "JP", "RU", "MM", "MN", "CU", "FR", "DE", "US", "VN",
            "BY", "UA", "KZ", "HU", "CZ", "SK", "PL", "BG", "ID", "MY", "PH", "IN", "AU", "NZ", "IT", "CA"]
WITH_VIETNAMESE_NAMES = ["LA", "KH", "CN", "VN"]


@pytest.mark.parametrize("country", PARTNERS)
def test_every_subdivision_of_a_partner_is_a_place(country: str) -> None:
    codes = {s.code for s in pycountry.subdivisions.get(country_code=country)}
    assert codes
    assert codes <= set(PLACES)
    assert all(PLACES[c]["level"] == "province" and PLACES[c]["country_code"] == country for c in codes)


@pytest.mark.parametrize("country", WITH_VIETNAMESE_NAMES)
def test_laos_cambodia_china_and_viet_nam_have_a_written_vietnamese_name_for_every_unit(country: str) -> None:
    for subdivision in pycountry.subdivisions.get(country_code=country):
        place = PLACES[subdivision.code]
        assert place["name_vi"], subdivision.code
        assert "foreign_provinces.csv" in place["source"] or "vn_provinces.csv" in place["source"], subdivision.code


def test_every_country_is_a_place_with_a_vietnamese_name() -> None:
    for country in pycountry.countries:
        assert PLACES[country.alpha_2]["level"] == "country"
        assert PLACES[country.alpha_2]["name_vi"]


def test_every_alias_names_a_place_and_every_place_has_a_spelling() -> None:
    aliases = alias_rows(load_places())
    assert {a["code"] for a in aliases} <= set(PLACES)
    spelled = {a["code"] for a in aliases}
    assert {code for code in PLACES if code not in spelled} == set()


def test_units_below_a_province_roll_up_to_one_that_is_a_place() -> None:
    localities = [p for p in PLACES.values() if p["level"] == "locality"]
    assert len([p for p in localities if p["country_code"] == "LA"]) == 148
    assert all(PLACES[p["admin_code"]]["level"] == "province" for p in localities)


def test_the_2025_crosswalk_names_the_34_units_of_vietnam_provinces() -> None:
    new_units = {p.name.removeprefix("Thành phố ") for p in vietnam_provinces.Province.iter_all()}
    assert {row["merged_into"] for row in rows("vn_provinces.csv")} == new_units
    assert {PLACES[code]["unit_2025"] for code in PLACES if code.startswith("VN-") and ":" not in code} == new_units


@pytest.mark.parametrize("name", GENERATED)
def test_generated_files_are_what_the_pinned_libraries_give(name: str) -> None:
    assert (DATA / name).read_text(encoding="utf-8") == GENERATED[name](), "run python -m assets.places.generate"
