"""The one resource every hoptac asset reads: where the inbox and the data folder are."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from dagster import ConfigurableResource
from dagster_dbt import DbtCliResource
from packaging import version

from assets.settings import DEFAULT_MAX_FILE_BYTES, Settings


class HoptacResource(ConfigurableResource):
    """Paths and limits; `from_env` reads HOPTAC_INBOX, HOPTAC_DATA_DIR and HOPTAC_MAX_FILE_BYTES.

    `full_refresh` reprocesses every document from cleaning onwards (after an extractor change)."""

    inbox: str
    data_dir: str
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    full_refresh: bool = False

    @classmethod
    def from_env(cls) -> HoptacResource:
        settings = Settings.from_env()
        return cls(inbox=str(settings.inbox), data_dir=str(settings.data_dir),
                   max_file_bytes=settings.max_file_bytes)

    @property
    def settings(self) -> Settings:
        return Settings(inbox=Path(self.inbox).expanduser().resolve(),
                        data_dir=Path(self.data_dir).expanduser().resolve(), max_file_bytes=self.max_file_bytes)


class WarehouseDbt(DbtCliResource):
    """dagster-dbt's dbt resource, with two start-up costs of every run removed (about 8 s of a nightly run):

    - it runs `dbt --version` in a subprocess (a full dbt import, ~3 s) to learn the version of the dbt it
      starts; that dbt is this environment's, so the installed dbt-core's version is the answer;
    - it builds an in-process dbt adapter (loading the project and parsing every dbt macro, ~5 s) only to
      fetch column metadata, which hoptac does not ask for; with no adapter it streams events as before.

    Both override private members of the pinned dagster-dbt (0.29.27): recheck them on an upgrade
    (tests/test_automation.py checks that they are still there)."""

    @property
    def _cli_version(self) -> version.Version:
        return version.parse(metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):  # the parent's signature, untyped there too
        return None
