"""One writer at a time per data folder. The nightly schedule, the inbox sensor and a user in the UI can
start runs together; two stages reading the same "already handled" set and appending the same new
documents would store them twice. An advisory lock (flock) on the data folder serialises the writers:
the second waits, then finds the work done. The lock goes with the process, so a crash never leaves it held."""

from __future__ import annotations

import fcntl
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from assets.settings import Settings

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def data_folder_lock(settings: Settings) -> Iterator[None]:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with (settings.data_dir / ".lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def one_writer(fn: Callable[P, R]) -> Callable[P, R]:
    """Run a stage (whose first argument is the Settings) under the data folder's lock."""
    @functools.wraps(fn)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        with data_folder_lock(args[0]):
            return fn(*args, **kwargs)
    return locked
