"""Cleaning: a scraped news page → its title, article body, outlet and publication date."""
