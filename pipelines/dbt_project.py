"""The dbt project of warehouse/, alone in its module so `dagster-dbt project prepare-and-package` can
build its manifest before the code location is imported."""

from pathlib import Path

from dagster_dbt import DbtProject

warehouse_project = DbtProject(project_dir=Path(__file__).resolve().parents[1] / "warehouse")
warehouse_project.prepare_if_dev()
