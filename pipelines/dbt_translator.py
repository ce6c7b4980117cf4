"""How the dbt models appear in the Dagster catalog: a group per layer, the team as owner, keys under
`warehouse/` (beside the Parquet tables' `parquet/`), a freshness expectation on the marts and a sentence
for every dbt test."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from dagster import AssetCheckSpec, AssetKey, AssetSpec, FreshnessPolicy
from dagster_dbt import DagsterDbtTranslator, DbtProject

OWNER = "team:hoptac"
# dbt folder (second part of a node's fqn) → catalog group; the seed (reference data) reads like staging.
LAYERS = {"staging": "staging", "core": "core", "intermediate": "core", "marts": "marts"}
# The nightly runs at 02:00; a mart older than a day means a nightly was missed (a warning), two more hours
# (time for the nightly itself to finish) make it a failure.
MARTS_FRESHNESS = FreshnessPolicy.time_window(fail_window=timedelta(hours=26), warn_window=timedelta(hours=24))


class HoptacTranslator(DagsterDbtTranslator):
    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> AssetKey:
        key = super().get_asset_key(dbt_resource_props)
        # Sources keep the Parquet tables' keys (sources.yml); relations of warehouse.duckdb go under warehouse/.
        return key if dbt_resource_props["resource_type"] == "source" else key.with_prefix("warehouse")

    def get_description(self, dbt_resource_props: Mapping[str, Any]) -> str:
        """schema.yml's description alone (dagster-dbt appends the model's SQL, which is in warehouse/models)."""
        return dbt_resource_props.get("description") or super().get_description(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str:
        return LAYERS.get(dbt_resource_props["fqn"][1], "staging")

    def get_owners(self, dbt_resource_props: Mapping[str, Any]) -> list[str]:
        return [OWNER]

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        if spec.group_name == "marts":
            spec = spec.replace_attributes(freshness_policy=MARTS_FRESHNESS)
        return spec

    def get_asset_check_spec(self, asset_spec: AssetSpec, manifest: Mapping[str, Any], unique_id: str,
                             project: DbtProject | None) -> AssetCheckSpec | None:
        spec = super().get_asset_check_spec(asset_spec, manifest, unique_id, project)
        if spec is None or spec.description:
            return spec
        return spec._replace(description=describe_test(manifest["nodes"][unique_id]))


def describe_test(test: Mapping[str, Any]) -> str:
    """A dbt test in words (its own description when schema.yml gives one)."""
    if test.get("description"):
        return test["description"]
    relation = test["attached_node"].split(".")[-1]
    column = f"{relation}.{test.get('column_name')}"
    kind = test["test_metadata"]["name"]
    arguments = test["test_metadata"]["kwargs"]
    if kind == "unique":
        return f"No two rows of {relation} have the same {test['column_name']}."
    if kind == "not_null":
        return f"{column} is never null."
    if kind == "accepted_values":
        return f"{column} is null or one of: {', '.join(map(str, arguments['values']))}."
    if kind == "relationships":
        target = arguments["to"].split("'")[1]
        return f"Every {column} is a {arguments['field']} of {target}."
    return f"dbt test {kind} on {column}."
