"""How a plain quality check (assets/quality.py) reports to Dagster."""

from dagster import AssetCheckResult

from assets.quality import CheckOutcome


def check_result(outcome: CheckOutcome) -> AssetCheckResult:
    return AssetCheckResult(passed=outcome.passed, description=outcome.description,
                            metadata={"failing_rows": outcome.failing_rows})
