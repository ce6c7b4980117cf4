"""Resolution: names → canonical places, organisations and persons, with ISO 3166 codes."""
