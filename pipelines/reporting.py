"""How plain stage functions and quality checks report to Dagster: logs, metadata, check results."""

from dagster import AssetCheckResult, AssetExecutionContext, MaterializeResult

from assets.quality import CheckOutcome


def stage_result(context: AssetExecutionContext, stage: str, counts: dict[str, int]) -> MaterializeResult:
    """Log what a stage did (progress in the run's logs) and keep the counts as the asset's metadata."""
    context.log.info(f"{stage}: {counts}")
    return MaterializeResult(metadata=counts)


def check_result(outcome: CheckOutcome) -> AssetCheckResult:
    return AssetCheckResult(passed=outcome.passed, description=outcome.description,
                            metadata={"failing_rows": outcome.failing_rows})
