"""Per-document work on every core: documents are independent, so a stage maps them over a process pool.

Workers are forked, so what the parent has loaded (the gazetteer, compiled lexicon patterns) is shared
rather than rebuilt. The parent's objects are frozen out of the garbage collector while the workers run:
otherwise each worker's collector walks the whole inherited heap (which grows batch after batch, so a
stage slows down as the run goes on), copying every page it touches, and runs finalizers of objects
that are not its own (the Dagster instance's SQLite connections, which then log errors).

Batches under MIN_PARALLEL documents stay in-process, where a pool costs more than it saves."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from assets import progress

T = TypeVar("T")
R = TypeVar("R")
MIN_PARALLEL = 400
CHUNK = 200


def workers() -> int:
    return int(os.environ.get("HOPTAC_WORKERS", os.cpu_count() or 1))


def map_documents(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """`fn` of every item, in order; each result counts as one document done for the stage's progress."""
    if workers() < 2 or len(items) < MIN_PARALLEL:
        return [_counted(fn(item)) for item in items]
    gc.freeze()
    try:
        with ProcessPoolExecutor(workers(), mp_context=multiprocessing.get_context("fork")) as pool:
            return [_counted(result) for result in pool.map(fn, items, chunksize=CHUNK)]
    finally:
        gc.unfreeze()


def _counted(result: R) -> R:
    progress.advance()
    return result
