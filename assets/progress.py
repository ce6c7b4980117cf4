"""Progress of a long stage — rows done of total, rate, time left — logged at most every ten seconds.

Stages take no logger: whoever runs one opens `reporting(stage, log)` around it; the scan that finds the
pending rows (`TableStore.pending`) says how many there are, and the loop doing the work
(`map_documents`, or the scan itself batch by batch) says how many are done. Outside `reporting`
(plain calls, tests) nothing is logged."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

PROGRESS_PREFIX = "progress: "
INTERVAL_S = 10.0


@dataclass
class Progress:
    stage: str
    log: Callable[[str], None]
    interval_s: float = INTERVAL_S
    unit: str = "rows"
    total: int = 0
    done: int = 0
    started: float = field(default_factory=time.monotonic)
    logged: float = field(default_factory=time.monotonic)

    def expect(self, total: int, unit: str) -> None:
        self.total, self.unit, self.started = total, unit, time.monotonic()

    def reach(self, done: int) -> None:
        """At least `done` rows are done (a batch finished, whether or not its loop counted its rows)."""
        if done <= self.done:
            return
        self.done = done
        now = time.monotonic()
        if now - self.logged >= self.interval_s:
            self.logged = now
            self.log(self.line(now))

    def line(self, now: float) -> str:
        rate = self.done / max(now - self.started, 1e-9)
        left = (self.total - self.done) / rate if rate else 0
        share = f" ({100 * self.done / self.total:.0f} %)" if self.total else ""
        return (f"{PROGRESS_PREFIX}{self.stage}: {self.done:,} of {self.total:,} {self.unit}{share}, "
                f"{rate:,.0f}/s, about {left:,.0f} s left")


_current: ContextVar[Progress | None] = ContextVar("progress", default=None)


@contextmanager
def reporting(stage: str, log: Callable[[str], None], interval_s: float = INTERVAL_S) -> Iterator[Progress]:
    token = _current.set(progress := Progress(stage, log, interval_s))
    try:
        yield progress
    finally:
        _current.reset(token)


def expect(total: int, unit: str) -> None:
    if progress := _current.get():
        progress.expect(total, unit)


def advance(count: int = 1) -> None:
    if progress := _current.get():
        progress.reach(progress.done + count)


def reach(done: int) -> None:
    if progress := _current.get():
        progress.reach(done)
