"""`make bench`: build the warehouse from a synthetic corpus the way users do (the Dagster job with every
asset, dbt models included), then alternate runs with nothing new (the fixed cost of a run) and runs with
an increment, on the full size and on a smaller one (is the marginal cost flat?); time a reference NER
pass; print per-stage wall time and docs/s, end-to-end docs/s, peak RSS, warehouse size and mart query
latency, and write the same as JSON beside the bench data."""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import duckdb
from dagster import DagsterEventType, DagsterInstance

from assets.settings import REPO_ROOT
from pipelines.definitions import build_definitions
from pipelines.resources import HoptacResource
from tests.bench.corpus import write_corpus
from tests.bench.pages import page_rates
from tests.bench.reference import extraction_ratio

MARTS = ["visit_frequency", "commitments_per_partner", "scholarship_counts", "agreements", "partner_dyads"]
_FROM = re.compile(r"\bfrom\s+(\w+)")
PER_DOCUMENT_STEPS = ("raw_documents", "clean_documents", "mentions", "entities", "events")
# A run started as a user starts it, and as the daemon does (the schedule, the sensor, the UI): a new process
# that loads the code location and runs the job with the job's own executor.
LAUNCHES = {
    "make run": [sys.executable, "-m", "pipelines.run"],
    "dagster job execute": [str(Path(sys.executable).with_name("dagster")), "job", "execute",
                            "-m", "pipelines.definitions", "-j", "build_warehouse"],
}


def run_build(hoptac: HoptacResource) -> dict:
    """One in-process run of the build job: wall time and each step's duration."""
    job = build_definitions(hoptac).resolve_job_def("build_warehouse")
    started = time.perf_counter()
    result = job.execute_in_process(instance=DagsterInstance.ephemeral(), raise_on_error=True)
    wall = time.perf_counter() - started
    steps = {}
    for event in result.all_events:
        if event.event_type == DagsterEventType.STEP_SUCCESS:
            steps[event.step_key] = event.event_specific_data.duration_ms / 1000
    return {"wall_s": wall, "steps_s": steps}


def time_launches(inbox: Path, data: Path) -> dict[str, float]:
    """Wall seconds of a run with nothing new started each way, imports included, on the data folder's own
    run history."""
    env = dict(os.environ, HOPTAC_INBOX=str(inbox), HOPTAC_DATA_DIR=str(data), DAGSTER_HOME=str(data / ".dagster"),
               PYTHONPATH=str(REPO_ROOT))
    (data / ".dagster").mkdir(parents=True, exist_ok=True)
    seconds = {}
    for name, command in LAUNCHES.items():
        started = time.perf_counter()
        subprocess.run(command, env=env, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
        seconds[name] = time.perf_counter() - started
    return seconds


def readme_queries() -> list[str]:
    """The analyst queries of README.md, one per mart."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [block.split("```")[0] for block in readme.split("```sql")[1:]]
    return [s.strip() for block in blocks for s in block.split(";") if s.strip()]


def mart_latency(warehouse: Path) -> dict[str, float]:
    """Median of five runs, in milliseconds, of each README query and of a full read of each mart, fetched
    as Arrow (as BI tools and dataframes read it)."""
    queries = {f"README query {n} ({_FROM.search(q).group(1)})": q for n, q in enumerate(readme_queries(), start=1)}
    queries |= {f"select * from {mart}": f"select * from {mart}" for mart in MARTS}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        latencies = {}
        for name, sql in queries.items():
            times = []
            for _ in range(5):
                started = time.perf_counter()
                con.execute(sql).to_arrow_table()
                times.append((time.perf_counter() - started) * 1000)
            latencies[name] = statistics.median(times)
    return latencies


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def stage_seconds(run: dict) -> float:
    """Seconds spent in the per-document steps of a run (the part that should grow with new articles)."""
    return sum(s for step, s in run["steps_s"].items() if step.endswith(PER_DOCUMENT_STEPS))


def stage_rows(run: dict, documents: int) -> list[tuple[str, float, float | None]]:
    rows = []
    for step, seconds in sorted(run["steps_s"].items(), key=lambda kv: -kv[1]):
        per_doc = any(step.endswith(name) for name in PER_DOCUMENT_STEPS)
        rows.append((step, seconds, documents / seconds if per_doc and seconds else None))
    return rows


def measure(folder: Path, documents: int, increment: int, seed: int, repeats: int) -> dict:
    """Build `documents` articles from scratch, then `repeats` pairs of (a run with nothing new, a run with
    `increment` new articles): the marginal cost of an increment is the median over the pairs of the
    difference, so one slow dbt start does not decide it."""
    shutil.rmtree(folder, ignore_errors=True)
    inbox, data = folder / "inbox", folder / "data"
    hoptac = HoptacResource(inbox=str(inbox), data_dir=str(data))
    started = time.perf_counter()
    corpus = write_corpus(inbox, documents, seed)
    print(f"corpus: {documents} files in {time.perf_counter() - started:.1f} s {corpus}", flush=True)
    full = run_build(hoptac)
    print(f"full build of {documents}: {full['wall_s']:.1f} s", flush=True)
    nothing_new, increments = [], []
    for n in range(repeats):
        nothing_new.append(run_build(hoptac))
        write_corpus(inbox, increment, seed + 1 + n, first=documents + n * increment)
        increments.append(run_build(hoptac))
        print(f"pair {n + 1}: nothing new {nothing_new[-1]['wall_s']:.1f} s, "
              f"+{increment} {increments[-1]['wall_s']:.1f} s", flush=True)
    pairs = list(zip(increments, nothing_new, strict=True))
    return {
        "documents": documents, "increment": increment, "corpus": corpus, "full": full,
        "nothing_new": nothing_new, "increments": increments,
        "fixed_cost_s": statistics.median(r["wall_s"] for r in nothing_new),
        "increment_wall_s": statistics.median(r["wall_s"] for r in increments),
        "increment_marginal_s": statistics.median(i["wall_s"] - z["wall_s"] for i, z in pairs),
        "increment_marginal_stages_s": statistics.median(stage_seconds(i) - stage_seconds(z) for i, z in pairs),
        "end_to_end_docs_per_s": documents / full["wall_s"],
        "warehouse_mb": (data / "warehouse.duckdb").stat().st_size / 2**20,
        "parquet_mb": sum(p.stat().st_size for p in (data / "tables").rglob("*.parquet")) / 2**20,
        "mart_latency_ms": mart_latency(data / "warehouse.duckdb"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--increment", type=int, default=200)
    parser.add_argument("--compare", type=int, default=0,
                        help="also measure the increment on a warehouse of this many articles (flatness)")
    parser.add_argument("--repeats", type=int, default=3, help="(nothing new, increment) pairs per size")
    parser.add_argument("--reference-sample", type=int, default=200,
                        help="bodies the reference NER pass and hoptac's extraction are timed on")
    parser.add_argument("--page-sample", type=int, default=1000,
                        help="text pages and HTML pages each timed through reading and cleaning")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--folder", type=Path, default=REPO_ROOT / "warehouse" / "bench")
    args = parser.parse_args()

    report = {}
    if 0 < args.compare < args.documents:
        report["compare"] = measure(args.folder / f"n{args.compare}", args.compare, args.increment, args.seed,
                                    args.repeats)
    report |= measure(args.folder / f"n{args.documents}", args.documents, args.increment, args.seed, args.repeats)
    report["peak_rss_mb"] = peak_rss_mb()  # of the in-process runs (before the launches below)
    main_size = args.folder / f"n{args.documents}"
    report["launch_s"] = time_launches(main_size / "inbox", main_size / "data")
    report["pages"] = page_rates(main_size / "inbox", args.page_sample)
    report["reference_ner"] = extraction_ratio(main_size / "data" / "tables",
                                               args.reference_sample)
    print_report(report)
    (args.folder / "bench.json").write_text(json.dumps(report, indent=2, default=str))
    print(f"\nJSON: {args.folder / 'bench.json'}")


def print_report(report: dict) -> None:
    n = report["documents"]
    print(f"\nfull build of {n} documents: {report['full']['wall_s']:.1f} s wall, "
          f"{report['end_to_end_docs_per_s']:.0f} docs/s end to end")
    print(f"{'step':44} {'seconds':>8} {'docs/s':>8}")
    for step, seconds, rate in stage_rows(report["full"], n):
        print(f"{step:44} {seconds:8.2f} {rate:8.0f}" if rate else f"{step:44} {seconds:8.2f} {'':>8}")
    for size in (report.get("compare"), report):
        if size:
            print(f"\non {size['documents']} documents, median of {len(size['increments'])} pairs:")
            print(f"  fixed cost of a run with nothing new: {size['fixed_cost_s']:.1f} s")
            print(f"  increment of {size['increment']} documents: {size['increment_wall_s']:.1f} s wall, "
                  f"marginal {size['increment_marginal_s']:.1f} s over the fixed cost "
                  f"({size['increment_marginal_stages_s']:.1f} s in the per-document steps)")
    launch = report["launch_s"]
    print(f"\na run with nothing new on {n} documents, launched as users do: "
          + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in launch.items())
          + f" (daemon-style / make run: {launch['dagster job execute'] / launch['make run']:.2f})")
    print(f"\npeak RSS: {report['peak_rss_mb']:.0f} MB; warehouse.duckdb {report['warehouse_mb']:.1f} MB; "
          f"Parquet {report['parquet_mb']:.1f} MB")
    for query, ms in report["mart_latency_ms"].items():
        print(f"query {query:52} {ms:7.1f} ms")
    print("\none page in one process, file bytes to clean document:")
    for kind, rate in report["pages"].items():
        print(f"  {kind:5} pages ({rate['documents']}): reading {rate['read_docs_per_s']:6.0f} docs/s, "
              f"cleaning {rate['clean_docs_per_s']:6.0f} docs/s")
    ref = report["reference_ner"]
    print(f"\nextraction (mentions and events) of {ref['sample_documents']} bodies in one process: "
          f"hoptac {ref['hoptac_docs_per_s']:.0f} docs/s")
    if "ratio" in ref:
        print(f"reference ({ref['reference']}): {ref['reference_docs_per_s']:.1f} docs/s; "
              f"hoptac is {ref['ratio']:.0f}x faster")
    else:
        print(f"reference: {ref['reference']}")


if __name__ == "__main__":
    main()
