"""`make eval`: build the seeds and the development set into their own data folders and score each with
`../shared/eval/score.py` (the team's scorer, never copied into the repo).

The development pages numbered *4 and *9 are kept back while rules are tuned; their score is printed
beside the other pages' so a reader sees whether the rules generalise. `--set NAME=DOCS:GOLD` scores any
other annotated folder the same way (e.g. real pages a team keeps outside the repo, as unseen news).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from assets.settings import REPO_ROOT

SHARED = REPO_ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
SETS = {
    "seeds": (REPO_ROOT / "seeds", SHARED / "gold" / "seeds.json"),
    "dev": (SHARED / "dev" / "docs", SHARED / "gold" / "dev.json"),
}
EVAL_DIR = REPO_ROOT / "warehouse" / "eval"
_SUMMARY = re.compile(r"events F1=(?P<f1>[\d.]+) P=(?P<p>[\d.]+) R=(?P<r>[\d.]+)")
_TYPE_ROW = re.compile(r"^(?P<type>[A-Z]+)\s+\d+\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+(?P<f1>[\d.]+)$", re.M)


@dataclass(frozen=True)
class Score:
    """What score.py printed for one warehouse and one gold file."""

    output: str

    @property
    def summary(self) -> str:
        return self.output.strip().splitlines()[-1]

    @property
    def f1(self) -> float:
        return float(_SUMMARY.search(self.summary)["f1"])

    def type_f1(self) -> dict[str, float]:
        return {m["type"]: float(m["f1"]) for m in _TYPE_ROW.finditer(self.output)}

    def count(self, what: str) -> tuple[int, int]:
        """A `k/n` figure of the summary line, e.g. `count("visit dates")`."""
        found = re.search(rf"{what} (\d+)/(\d+)", self.summary)
        return int(found[1]), int(found[2])


def shared_missing() -> str | None:
    """Why the team's evaluation cannot run here (a user's clone has no ../shared), or None."""
    missing = [p for p in (SCORER, *(gold for _, gold in SETS.values())) if not p.exists()]
    return f"../shared is not beside the repo ({missing[0]} missing)" if missing else None


def score(warehouse: Path, gold: Path, verbose: bool = False) -> Score:
    command = [sys.executable, str(SCORER), "--warehouse", str(warehouse), "--gold", str(gold)]
    out = subprocess.run([*command, *(["--verbose"] if verbose else [])], capture_output=True, text=True, check=True)
    return Score(out.stdout)


def kept_back(document: dict) -> bool:
    return document["file"][2] in "49"


def split_gold(gold: Path, folder: Path) -> dict[str, Path]:
    """The development gold cut into the pages rules are tuned on and the pages kept back."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    parts = {}
    for name, keep in (("tuned", lambda d: not kept_back(d)), ("kept-back", kept_back)):
        part = dict(data, name=f"dev {name} pages", documents=[d for d in data["documents"] if keep(d)])
        parts[name] = folder / f"{name}.json"
        parts[name].write_text(json.dumps(part, ensure_ascii=False), encoding="utf-8")
    return parts


def build(inbox: Path, data_dir: Path) -> None:
    """A clean build of one inbox, the way `make run` builds, in a data folder of its own."""
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    env = dict(os.environ, HOPTAC_INBOX=str(inbox), HOPTAC_DATA_DIR=str(data_dir),
               DAGSTER_HOME=str(data_dir / ".dagster"))
    log = data_dir / "build.log"
    with log.open("w", encoding="utf-8") as handle:
        done = subprocess.run([sys.executable, "-m", "pipelines.run"], env=env, stdout=handle, stderr=handle,
                              check=False)
    if done.returncode:
        raise SystemExit(f"build of {inbox} failed; see {log}")


def annotated_set(text: str) -> tuple[str, tuple[Path, Path]]:
    """`NAME=DOCS:GOLD` from the command line, checked so that a typo fails before any build."""
    name, _, paths = text.partition("=")
    docs, _, gold = paths.partition(":")
    if not (name and Path(docs).is_dir() and Path(gold).is_file()):
        raise argparse.ArgumentTypeError(f"expected NAME=DOCS_FOLDER:GOLD_JSON with both present, got {text!r}")
    return name, (Path(docs).resolve(), Path(gold).resolve())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every missed and extra event")
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    parser.add_argument("--set", dest="extra", action="append", type=annotated_set, default=[],
                        metavar="NAME=DOCS:GOLD", help="also score this annotated folder (repeatable)")
    args = parser.parse_args()
    if reason := shared_missing():
        print(f"eval skipped: {reason}")
        return 0
    sets = {**{name: SETS[name] for name in args.sets}, **dict(args.extra)}
    for name, (inbox, gold) in sets.items():
        data_dir = EVAL_DIR / name
        build(inbox, data_dir)
        result = score(data_dir / "warehouse.duckdb", gold, verbose=args.verbose)
        print(f"== {name}: {inbox} → {data_dir / 'warehouse.duckdb'}")
        print(result.output.rstrip())
        if name == "dev":
            with tempfile.TemporaryDirectory() as folder:
                for part in split_gold(gold, Path(folder)).values():
                    print(score(data_dir / "warehouse.duckdb", part).summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
