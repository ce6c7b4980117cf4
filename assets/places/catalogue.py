"""The catalogue of places: every unit with its code, names and accepted spellings, read from data/.

Each place resolves to an `admin_code`: the ISO 3166-2 code of its province-level unit (Viet Nam's codes as
before the 2025 merger), or the ISO 3166-1 code of a country. Units below a province (a Lao muang, a Chinese
county, a Korean city) carry their province's code. See data/README.md for the source of every file.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from assets.places.spelling import capitalised, distinctive, with_ascii
from assets.vntext import ascii_key, fold

DATA = Path(__file__).parent / "data"
_CITY_PREFIXES = ("thành phố", "TP", "TP.")  # for centrally-run cities and for district-level cities
# How the press writes a foreign county or a Lao muang: "huyện Mường Xay", "mường Xay", "Muang Xay".
_LOCALITY_PREFIXES = ("huyện", "mường", "Muang", *_CITY_PREFIXES)
# Type words the ISO names carry ("Yunnan Sheng", "Primorskiy kray", "Adygeya, Respublika").
_ISO_TYPE_WORDS = re.compile(
    r"\s+(?:sheng|shi|zizhiqu|zhuangzu zizhiqu|huizu zizhiqu|uygur zizhiqu|oblast'|kray|avtonomnyy okrug|"
    r"avtonomnaya oblast'|respublika)$|-(?:teukbyeolsi|gwangyeoksi|teukbyeoljachido)$", re.IGNORECASE)
_ISO_UNIT_WORDS = ("tỉnh", "bang", "vùng")
_TRAILING_TYPE_WORD = re.compile(r"(?:\s+[^\W\d_A-Z][\w'’]*)+$")  # "kraj", "län", "oblysy", "novads"
_QUALIFIER = re.compile(r"\s*\(.*\)$")
LEVELS = ("country", "province", "locality")


@dataclass(frozen=True)
class Place:
    entity_id: str
    kind: str  # country | province | city | district
    name: str
    name_en: str
    country_code: str
    admin_code: str
    aliases: tuple[str, ...]
    parent_code: str | None = None  # the unit it belongs to (its country, its ISO parent, its province)
    source: str = ""  # the data file(s) it was read from

    @cached_property
    def level(self) -> str:
        """country, province (a party code of its own) or locality (rolled up to its province)."""
        if self.kind == "country":
            return "country"
        return "province" if self.entity_id == self.admin_code else "locality"


def rows(name: str) -> list[dict[str, str]]:
    """The rows of a data file; lines starting with # are its header notes."""
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@cache
def units_since_2025() -> dict[str, str]:
    """Code of each pre-2025 province → code of the province-level unit it belongs to since 1 July 2025 (the
    pre-2025 province whose name the merged unit kept)."""
    provinces = rows("vn_provinces.csv")
    code_of = {name: row["code"] for row in provinces for name in [row["name"], *_split_aliases(row["aliases"])]}
    return {row["code"]: code_of[row["merged_into"]] for row in provinces}  # "Huế" is Thừa Thiên Huế's alias


def _split_aliases(aliases: str) -> list[str]:
    return [a.strip() for a in aliases.split("|") if a.strip()]


def load_places() -> list[Place]:
    curated = list(_curated_provinces())
    curated_codes = {p.entity_id for p in curated}
    return [*_countries(), *curated, *_iso_subdivisions(curated_codes), *_vn_districts(), *_foreign_localities()]


def _countries() -> Iterator[Place]:
    """Press names (countries.csv) and the CLDR Vietnamese name of every ISO 3166-1 country."""
    cldr = {row["code"]: row["name_vi"] for row in rows("iso_countries.csv")}
    for row in rows("countries.csv"):
        names = _split_aliases(row["aliases"]) + ([] if row["ambiguous_name"] == "1" else [row["name"]])
        names += [n for n in _cldr_names(cldr.get(row["code"], "")) if fold(n) != fold(row["name"])]
        yield Place(row["code"], "country", row["name"], row["name_en"], row["code"], row["code"],
                    tuple(dict.fromkeys(names)), None, "countries.csv+iso_countries.csv")


def _cldr_names(name: str) -> list[str]:
    """"Myanmar (Miến Điện)" → both names; a one-syllable name (Nga, Đức) is a word too: countries.csv
    lists it with a marker instead. ("Đặc khu Hành chính Hồng Kông, Trung Quốc" stays whole.)"""
    parts = [p.strip(" )") for p in re.split(r"[(]", name) if p.strip(" )")]
    return [p for p in [name, *parts] if distinctive(p) or " " in p]


def _curated_provinces() -> Iterator[Place]:
    """Viet Nam's 63 units (with their post-2025 forms) and the partners' units with Vietnamese spellings."""
    iso = {row["code"]: row for row in rows("iso_subdivisions.csv")}
    for row in rows("vn_provinces.csv"):
        prefixes = _CITY_PREFIXES if row["kind"] == "city" else ("tỉnh",)
        names = [row["name"], *(f"{p} {row['name']}" for p in prefixes), row["name_en"],
                 *_split_aliases(row["aliases"])]
        if row["code"] == "VN-SG":  # "Hồ Chí Minh" alone is the President far more often than the city
            names.remove(row["name"])
        names += _reorganisation_forms(row, prefixes)
        yield Place(row["code"], row["kind"], row["name"], row["name_en"], "VN", row["code"],
                    tuple(with_ascii(names)), "VN", "vn_provinces.csv+iso_subdivisions.csv")
    vietnamese = {fold(row["name"]) for row in rows("vn_provinces.csv")}
    for row in rows("foreign_provinces.csv"):
        names = [row["name"], row["name_en"], *_split_aliases(row["aliases"])]
        if fold(row["name"]) in vietnamese:  # "tỉnh Hà Nam" is Henan's too: the context decides (senses.py)
            names.append(f"tỉnh {row['name']}")
        parent = iso[row["code"]]["parent_code"] or row["code"].split("-")[0]
        yield Place(row["code"], "province", row["name"], row["name_en"], row["code"].split("-")[0], row["code"],
                    tuple(with_ascii(names)), parent, "foreign_provinces.csv+iso_subdivisions.csv")


def _reorganisation_forms(row: dict[str, str], prefixes: tuple[str, ...]) -> list[str]:
    """"Long An (cũ)" is the old unit; "Tây Ninh (mới)" the 2025 unit that kept Tây Ninh's name and code."""
    marks = ["cũ", "mới"] if row["merged_into"] == row["name"] else ["cũ"]
    return [f"{prefix}{row['name']} ({mark})" for mark in marks for prefix in ("", *(p + " " for p in prefixes))]


def _iso_subdivisions(curated: set[str]) -> Iterator[Place]:
    """Every other ISO 3166-2 unit under its standard name: bare when the name is distinctive, otherwise only
    after a unit word ("bang X", "tỉnh X")."""
    for row in rows("iso_subdivisions.csv"):
        if row["code"] in curated:
            continue
        names = _iso_names(row["name"])
        bare = [n for n in names if distinctive(n)]
        aliases = [*with_ascii(bare), *(f"{word} {n}" for n in names if n not in bare for word in _ISO_UNIT_WORDS)]
        yield Place(row["code"], "province", names[0], names[0], row["country_code"], row["code"],
                    tuple(aliases), row["parent_code"] or row["country_code"], "iso_subdivisions.csv")


def _iso_names(name: str) -> list[str]:
    """"Adygeya, Respublika" → Adygeya; "Yunnan Sheng" → Yunnan, Yunnan Sheng; "Uppsala län" → Uppsala;
    "(EH)" notes dropped. Only forms that can be written capitalised in running text."""
    plain = re.sub(r"\s*[(\[].*?[)\]]", "", name).split(",")[0].strip()
    short = _ISO_TYPE_WORDS.sub("", plain).strip()
    short = _TRAILING_TYPE_WORD.sub("", short) if not capitalised(short) else short
    names = [n for n in dict.fromkeys((short, plain)) if n and capitalised(n)]
    return names or [plain]


def _vn_districts() -> Iterator[Place]:
    """Matched with their type word (huyện, quận, thị xã, thành phố): most bare names are common words; the
    towns the press names alone (vn_bare_names.csv) are matched bare too."""
    bare = {(row["province_code"], row["kind"], row["name"]) for row in rows("vn_bare_names.csv")}
    for row in rows("vn_districts.csv"):
        prefixes = _CITY_PREFIXES if row["kind"] == "thành phố" else (row["kind"],)
        names = [f"{p} {row['name']}" for p in prefixes]
        if (row["province_code"], row["kind"], row["name"]) in bare:
            names.append(row["name"])
        entity_id = f"{row['province_code']}:{ascii_key(row['kind'] + ' ' + row['name']).replace(' ', '-')}"
        yield Place(entity_id, "district", f"{row['kind']} {row['name']}", ascii_key(row["name"]).title(),
                    "VN", row["province_code"], tuple(with_ascii(names)), row["province_code"],
                    "vn_districts.csv+vn_bare_names.csv" if names[-1] == row["name"] else "vn_districts.csv")


def _foreign_localities() -> Iterator[Place]:
    """Districts, counties and cities of the partners, each rolled up to its province."""
    for row in rows("foreign_localities.csv"):
        spellings = [row["name"], row["name_en"], *_split_aliases(row["aliases"])]
        names = with_ascii([s for s in spellings if distinctive(s) or "(" in s])
        # "Kim Bình (Vân Nam)" is also "huyện Kim Bình"
        bases = dict.fromkeys(_QUALIFIER.sub("", s) for s in spellings)
        prefixes = _LOCALITY_PREFIXES + (("huyện Mường",) if row["code"].startswith("LA-") else ())
        names += [f"{p} {base}" for base in bases for p in prefixes if not base.lower().startswith(p.lower())]
        entity_id = f"{row['code']}:{ascii_key(row['name_en']).replace(' ', '-')}"
        yield Place(entity_id, row["kind"], row["name"], row["name_en"], row["code"].split("-")[0], row["code"],
                    tuple(dict.fromkeys(names)), row["code"], "foreign_localities.csv")
