"""Where hoptac reads and writes, from environment variables, resolved once to absolute paths."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024


def _path_from_env(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser().resolve() if value else default


@dataclass(frozen=True)
class Settings:
    """The inbox to ingest, the folder that holds the Parquet tables and the warehouse, the size limit."""

    inbox: Path
    data_dir: Path
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            inbox=_path_from_env("HOPTAC_INBOX", REPO_ROOT / "seeds"),
            data_dir=_path_from_env("HOPTAC_DATA_DIR", REPO_ROOT / "warehouse"),
            max_file_bytes=int(os.environ.get("HOPTAC_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES)),
        )

    @property
    def tables_dir(self) -> Path:
        return self.data_dir / "tables"

    @property
    def warehouse_path(self) -> Path:
        """The published warehouse analysts open."""
        return self.data_dir / "warehouse.duckdb"

    @property
    def build_path(self) -> Path:
        """The private file dbt builds into; published by copy + rename so readers never wait or see a half build."""
        return self.data_dir / ".build" / "warehouse.duckdb"

    @property
    def dagster_home(self) -> Path:
        """Dagster's run history of this warehouse (DAGSTER_HOME unless set): one history per data folder."""
        return self.data_dir / ".dagster"

    @property
    def export_dir(self) -> Path:
        """The marts as Parquet files, for readers without DuckDB 2."""
        return self.data_dir / "export"

    @property
    def report_path(self) -> Path:
        """The HTML report of the published warehouse."""
        return self.data_dir / "report.html"

    @property
    def logs_dir(self) -> Path:
        """`make run`'s log files: Dagster's and dbt's full output of each run."""
        return self.data_dir / "logs"

    @property
    def dbt_target_path(self) -> Path:
        """dbt's artifacts (run results, partial parse) of the builds of this data folder."""
        return self.data_dir / ".build" / "dbt-target"
