"""When hoptac runs by itself: every night at 02:00 in Viet Nam, and soon after new files reach the inbox."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from dagster import (
    AssetSelection,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    RunRequest,
    ScheduleDefinition,
    SensorEvaluationContext,
    SkipReason,
    define_asset_job,
    in_process_executor,
    sensor,
)

from assets.ingest.stage import new_inbox_files
from assets.settings import Settings
from pipelines.resources import HoptacResource

if TYPE_CHECKING:  # define_asset_job's return type, not exported by dagster
    from dagster._core.definitions.unresolved_asset_job_definition import UnresolvedAssetJobDefinition

JOB = "build_warehouse"


def build_warehouse_job(settings: Settings) -> UnresolvedAssetJobDefinition:
    """The whole build. In one process wherever it is launched (schedule, sensor, UI, `dagster job execute`):
    its steps run one after the other anyway and the stages use every core themselves, so a process per
    step would only re-import Dagster, dbt and the code at each step (a run with nothing new: 65 s against
    11 s on the seeds). Every run is tagged with the inbox and data folder it built."""
    return define_asset_job(
        JOB, selection=AssetSelection.all(), executor_def=in_process_executor,
        tags={"hoptac/inbox": str(settings.inbox), "hoptac/data_dir": str(settings.data_dir)},
        description="Ingest what is new in the inbox, run every stage, rebuild the marts and publish warehouse.duckdb.",
    )


nightly = ScheduleDefinition(
    name="nightly_build", job_name=JOB, cron_schedule="0 2 * * *",
    execution_timezone="Asia/Ho_Chi_Minh", default_status=DefaultScheduleStatus.RUNNING,
)


@sensor(job_name=JOB, minimum_interval_seconds=60, default_status=DefaultSensorStatus.RUNNING)
def inbox_sensor(context: SensorEvaluationContext, hoptac: HoptacResource):
    """One run per new set of inbox files; the run key makes the same set never trigger twice."""
    new = new_inbox_files(hoptac.settings)
    if not new:
        return SkipReason(f"nothing new in {hoptac.settings.inbox}")
    fingerprint = hashlib.sha256("\n".join(new).encode()).hexdigest()[:16]
    context.log.info(f"{len(new)} new file(s) in the inbox")
    return RunRequest(run_key=f"inbox-{fingerprint}", tags={"hoptac/new_files": str(len(new))})
