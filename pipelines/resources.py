"""The one resource every hoptac asset reads: where the inbox and the data folder are."""

from __future__ import annotations

from pathlib import Path

from dagster import ConfigurableResource

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
