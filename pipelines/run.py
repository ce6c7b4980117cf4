"""`make run`: materialize every asset once over the inbox (the nightly job, in this process) and say what
happened in a few lines: one per stage, the quarantine by reason, the warehouse's tables.

Dagster's and dbt's full output goes to a log file under the data folder (`--verbose`: to the console).
The run is recorded in DAGSTER_HOME, by default the data folder's own `.dagster/`, where `make ui` finds it."""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from datetime import datetime
from pathlib import Path
from typing import TextIO

from dagster import DagsterInstance

from assets.publishing.relations import quarantine_by_reason, row_counts
from assets.settings import Settings
from pipelines.automation import JOB
from pipelines.console import RunConsole
from pipelines.definitions import build_definitions
from pipelines.resources import HoptacResource

KEPT_LOGS = 20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="Dagster's and dbt's output here, not in a file")
    args = parser.parse_args(argv)
    hoptac = HoptacResource.from_env()
    settings = hoptac.settings
    home = Path(os.environ.get("DAGSTER_HOME") or settings.dagster_home)
    home.mkdir(parents=True, exist_ok=True)
    job = build_definitions(hoptac).resolve_job_def(JOB)
    out = sys.stdout
    log = None if args.verbose else new_log_file(settings)
    print(f"hoptac: inbox {settings.inbox} → {settings.warehouse_path}", file=out)
    print(f"log: {log or 'here (--verbose)'}; run history: {home}", file=out, flush=True)
    console = RunConsole(out)
    with output_to(log), DagsterInstance.from_config(str(home)) as instance:
        run_id = str(uuid.uuid4())
        instance.add_event_listener(run_id, console)
        started = time.perf_counter()
        result = job.execute_in_process(instance=instance, run_id=run_id, raise_on_error=False)
        elapsed = time.perf_counter() - started
    print(console.checks_line(), file=out)
    if not result.success:
        print(f"build failed in {elapsed:.1f} s; the previous warehouse (if any) is unchanged; see {log or 'above'}",
              file=out)
        return 1
    print_summary(settings, elapsed, out)
    return 0


def new_log_file(settings: Settings) -> Path:
    """A new log file under the data folder; the oldest beyond KEPT_LOGS are removed."""
    settings.logs_dir.mkdir(parents=True, exist_ok=True)
    for old in sorted(settings.logs_dir.glob("run-*.log"))[:-KEPT_LOGS + 1]:
        old.unlink()
    return settings.logs_dir / f"run-{datetime.now():%Y%m%d-%H%M%S}.log"


@contextmanager
def output_to(log: Path | None) -> Iterator[None]:
    """Everything the run prints (Dagster's console logger, dbt's output as dagster-dbt relays it) into `log`."""
    if log is None:
        yield
        return
    with log.open("w", encoding="utf-8") as handle, redirect_stdout(handle), redirect_stderr(handle):
        yield


def print_summary(settings: Settings, elapsed: float, out: TextIO) -> None:
    quarantined = quarantine_by_reason(settings.warehouse_path)
    reasons = ", ".join(f"{count} {reason}" for reason, count in quarantined.items())
    print(f"built in {elapsed:.1f} s; quarantine: "
          f"{f'{sum(quarantined.values())} files ({reasons})' if quarantined else 'none'}", file=out)
    print(f"rows per relation of {settings.warehouse_path.name}:", file=out)
    cells = [f"  {name:26} {count:>9,}" for name, count in row_counts(settings.warehouse_path).items()]
    for left in range(0, len(cells), 2):
        print("".join(cells[left:left + 2]), file=out)


if __name__ == "__main__":
    sys.exit(main())
