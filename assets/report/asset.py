"""Dagster asset of the report: report.html, built from the published warehouse."""

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from assets.publishing.asset import published_warehouse
from assets.report.stage import key_figures_markdown, write_report
from pipelines.dbt_translator import OWNER
from pipelines.reporting import RUN_PREFIX
from pipelines.resources import HoptacResource


@asset(deps=[published_warehouse], group_name="report", kinds={"python", "html"}, owners=[OWNER],
       description="report.html beside warehouse.duckdb: visits per year, agreements on a timeline, scholarships, "
                   "commitments and aid per partner as inline SVG charts, and the latest events with their sentence.")
def report(context: AssetExecutionContext, hoptac: HoptacResource) -> MaterializeResult:
    built = write_report(hoptac.settings)
    context.log.info(f"report: {hoptac.settings.report_path}, {built.charts} charts")
    return MaterializeResult(metadata={
        f"{RUN_PREFIX}charts": built.charts,
        "path": MetadataValue.path(str(hoptac.settings.report_path)),
        "key figures": MetadataValue.md(key_figures_markdown(built)),
    })
