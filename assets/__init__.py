"""hoptac's stages: one sub-package each, plain domain code beside a thin Dagster asset module."""
