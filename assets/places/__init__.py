"""Places: reference data below every stage (countries, their subdivisions, the sub-province units the press
names as parties) and the one resolver that finds and codes them in Vietnamese text.

Extraction finds places with `default_gazetteer().find(body)`; resolution names them by code. Plain code: it
imports no Dagster (the Parquet reference tables are written by `assets.places.asset`).
"""

from assets.places.catalogue import units_since_2025
from assets.places.gazetteer import DATA, Gazetteer, Place, PlaceMatch, default_gazetteer, load_places

__all__ = ["DATA", "Gazetteer", "Place", "PlaceMatch", "default_gazetteer", "load_places", "units_since_2025"]
