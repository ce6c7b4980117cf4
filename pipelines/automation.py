"""When hoptac runs by itself: every night at 02:00 in Viet Nam, and soon after new files reach the inbox."""

from __future__ import annotations

import hashlib

from dagster import (
    AssetSelection,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    RunRequest,
    ScheduleDefinition,
    SensorEvaluationContext,
    SkipReason,
    define_asset_job,
    sensor,
)

from assets.ingest.stage import new_inbox_files
from pipelines.resources import HoptacResource

build_warehouse = define_asset_job(
    "build_warehouse", selection=AssetSelection.all(),
    description="Ingest what is new in the inbox, run every stage, rebuild the marts and publish warehouse.duckdb.",
)

nightly = ScheduleDefinition(
    name="nightly_build", job=build_warehouse, cron_schedule="0 2 * * *",
    execution_timezone="Asia/Ho_Chi_Minh", default_status=DefaultScheduleStatus.RUNNING,
)


@sensor(job=build_warehouse, minimum_interval_seconds=60, default_status=DefaultSensorStatus.RUNNING)
def inbox_sensor(context: SensorEvaluationContext, hoptac: HoptacResource):
    """One run per new set of inbox files; the run key makes the same set never trigger twice."""
    new = new_inbox_files(hoptac.settings)
    if not new:
        return SkipReason(f"nothing new in {hoptac.settings.inbox}")
    fingerprint = hashlib.sha256("\n".join(new).encode()).hexdigest()[:16]
    context.log.info(f"{len(new)} new file(s) in the inbox")
    return RunRequest(run_key=f"inbox-{fingerprint}", tags={"hoptac/new_files": str(len(new))})
