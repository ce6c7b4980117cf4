"""Extraction: cleaned bodies → mentions (persons, organisations, places) and typed events with evidence."""
