"""The quality floors: a change that makes extraction or cleaning worse on the seeds or the development
set fails here. Raise a floor when a change lifts the score; never lower one to let a change in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import make_build
from tests.quality.evaluate import SETS, Score, score, shared_missing

pytestmark = pytest.mark.skipif(shared_missing() is not None, reason=shared_missing() or "")

# events F1, then the per-type F1, visit dates and leaders as fractions, clean bodies and titles as counts
FLOORS = {
    "seeds": {"f1": 0.95, "types": {}, "visit dates": 1.0, "leaders": 1.0, "clean bodies": 5, "titles": 5},
    "dev": {"f1": 0.97, "types": {"AGREEMENT": 0.95, "AID": 0.95, "COMMITMENT": 0.9, "SCHOLARSHIP": 0.95,
                                  "VISIT": 0.95},
            "visit dates": 1.0, "leaders": 1.0, "clean bodies": 40, "titles": 40},
}


@pytest.fixture(scope="module", params=list(FLOORS))
def scored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Score]:
    name = request.param
    inbox, gold = SETS[name]
    tmp = tmp_path_factory.mktemp(name)
    shutil.copytree(inbox, tmp / "inbox")
    build = make_build(tmp, tmp / "inbox")
    assert build.run().success
    return name, score(Path(build.settings.warehouse_path), gold)


def test_events_f1_meets_its_floor(scored: tuple[str, Score]) -> None:
    name, result = scored
    assert result.f1 >= FLOORS[name]["f1"], result.output


def test_every_event_type_meets_its_floor(scored: tuple[str, Score]) -> None:
    name, result = scored
    got = result.type_f1()
    assert all(got.get(t, 0.0) >= floor for t, floor in FLOORS[name]["types"].items()), result.output


@pytest.mark.parametrize("figure", ["visit dates", "leaders"])
def test_visit_figures_meet_their_floor(scored: tuple[str, Score], figure: str) -> None:
    name, result = scored
    right, total = result.count(figure)
    assert right >= FLOORS[name][figure] * total, result.summary


@pytest.mark.parametrize("figure", ["clean bodies", "titles"])
def test_cleaning_figures_meet_their_floor(scored: tuple[str, Score], figure: str) -> None:
    name, result = scored
    assert result.count(figure)[0] >= FLOORS[name][figure], result.summary
