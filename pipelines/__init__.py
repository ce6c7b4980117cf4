"""hoptac's Dagster code location: definitions, resources, jobs, schedule and sensor."""
