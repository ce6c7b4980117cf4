"""Dagster assets of the extraction stage: parquet/mentions and parquet/events, with their checks."""

from dagster import AssetCheckResult, AssetExecutionContext, MaterializeResult, asset, asset_check

from assets import quality
from assets.extraction.stage import update_events, update_mentions
from pipelines.reporting import check_result, stage_result
from pipelines.resources import HoptacResource


@asset(key=["parquet", "mentions"], deps=[["parquet", "clean_documents"]], group_name="extraction",
       description="Persons, organisations and places in each body, with offsets (places resolved by gazetteer).")
def mentions(context: AssetExecutionContext, hoptac: HoptacResource) -> MaterializeResult:
    return stage_result(context, "mentions", lambda: update_mentions(hoptac.settings, hoptac.full_refresh))


@asset(key=["parquet", "events"], deps=[["parquet", "mentions"], ["parquet", "entities"]], group_name="extraction",
       description="VISIT, AGREEMENT, COMMITMENT, AID and SCHOLARSHIP events with parties, dates, amounts, "
                   "evidence sentence and offsets, and a cross-article event_key.")
def events(context: AssetExecutionContext, hoptac: HoptacResource) -> MaterializeResult:
    return stage_result(context, "events", lambda: update_events(hoptac.settings, hoptac.full_refresh))


@asset_check(asset=["parquet", "mentions"], blocking=True,
             description="The body's text at each mention's offsets is the mention's text.")
def mention_offsets_spell_their_text(hoptac: HoptacResource) -> AssetCheckResult:
    return check_result(quality.mentions_inside_bodies(hoptac.settings))


@asset_check(asset=["parquet", "events"], blocking=True,
             description="Every event has an evidence and an event_key; the evidence is the body at its offsets.")
def event_evidence_is_the_body_at_its_offsets(hoptac: HoptacResource) -> AssetCheckResult:
    return check_result(quality.evidence_matches_offsets(hoptac.settings))
