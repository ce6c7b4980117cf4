"""What `make run` shows while a run goes on: one line per finished step — what it added, what its tables
now hold, its checks, its seconds — and the stages' progress, from the run's events as they are stored."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TextIO

from dagster import DagsterEventType, EventLogEntry

from assets.progress import PROGRESS_PREFIX
from pipelines.reporting import RUN_PREFIX


class RunConsole:
    """An event listener of the Dagster instance (`instance.add_event_listener(run_id, console)`).

    Asset checks run as steps of their own: they get no line, but a count (`checks_line`)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self._materialized: dict[str, list[tuple[list[str], dict]]] = defaultdict(list)
        self.checks = Counter(run=0, passed=0)
        self.failed_checks: list[str] = []

    def __call__(self, entry: EventLogEntry) -> None:
        event = entry.dagster_event
        if event is None:
            if entry.user_message.startswith(PROGRESS_PREFIX):
                self._print(f"{'':10}{entry.user_message.removeprefix(PROGRESS_PREFIX)}")
            return
        step = entry.step_key
        if event.event_type == DagsterEventType.ASSET_MATERIALIZATION:
            materialization = event.step_materialization_data.materialization
            self._materialized[step].append((materialization.asset_key.path, materialization.metadata))
        elif event.event_type == DagsterEventType.ASSET_CHECK_EVALUATION:
            evaluation = event.asset_check_evaluation_data
            self.checks.update(run=1, passed=int(evaluation.passed))
            if not evaluation.passed:
                self.failed_checks.append(evaluation.check_name)
        elif event.event_type == DagsterEventType.STEP_SUCCESS and step in self._materialized:
            self._print(self.step_line(step, event.event_specific_data.duration_ms / 1000))
        elif event.event_type == DagsterEventType.STEP_FAILURE:
            error = event.event_specific_data.error
            message = error.message.strip().splitlines()[0] if error else ""
            self._print(f"{'FAILED':>8}  {_label(step):19} {message}")

    def step_line(self, step: str, seconds: float) -> str:
        """`  0.4 s  clean_documents  0 documents cleaned, 0 near duplicates; in all: clean_documents 5`"""
        materialized = self._materialized.pop(step)
        done = {key.removeprefix(RUN_PREFIX): value.value for _, metadata in materialized
                for key, value in metadata.items() if key.startswith(RUN_PREFIX)}
        parts = [", ".join(f"{count:,} {name.replace('_', ' ')}" for name, count in done.items())] if done else []
        totals = [f"{key[-1]} {metadata['dagster/row_count'].value:,}" for key, metadata in materialized
                  if key[0] == "parquet" and "dagster/row_count" in metadata]
        if totals:
            parts.append(f"in all: {', '.join(totals)}")
        text = "; ".join(parts) or f"{len(materialized)} relations built"
        return f"{seconds:6.1f} s  {_label(step):19} {text}"

    def checks_line(self) -> str:
        failed = f"; failed: {', '.join(self.failed_checks)}" if self.failed_checks else ""
        return f"checks: {self.checks['passed']} of {self.checks['run']} passed{failed}"

    def _print(self, line: str) -> None:
        print(line, file=self.out, flush=True)


def _label(step: str | None) -> str:
    """parquet__clean_documents → clean_documents."""
    return (step or "run").split("__")[-1]
