"""`make run`: materialize every asset once over the inbox (as the nightly job does) and print the tables.

Runs in-process against the persistent instance in DAGSTER_HOME when set, so runs appear in the UI."""

from __future__ import annotations

import os
import sys
import time

from dagster import DagsterInstance

from assets.publishing.warehouse import row_counts
from pipelines.definitions import defs
from pipelines.resources import HoptacResource


def main() -> int:
    settings = HoptacResource.from_env().settings
    print(f"hoptac: inbox {settings.inbox} → {settings.warehouse_path}", flush=True)
    instance = DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else DagsterInstance.ephemeral()
    started = time.perf_counter()
    result = defs.resolve_job_def("build_warehouse").execute_in_process(instance=instance, raise_on_error=False)
    elapsed = time.perf_counter() - started
    if not result.success:
        failed = [e.step_key for e in result.all_events if e.is_step_failure]
        print(f"build failed in {elapsed:.1f} s at {failed}; the previous warehouse (if any) is unchanged",
              file=sys.stderr)
        return 1
    print(f"built in {elapsed:.1f} s; rows per relation of {settings.warehouse_path}:")
    for name, count in row_counts(settings.warehouse_path).items():
        print(f"  {name:28} {count:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
