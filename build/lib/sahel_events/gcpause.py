"""Fewer cyclic garbage collections while the pipeline runs (issue 17).

CPython's cyclic collector runs a young collection every 700 net allocations of
container objects, and an older one every 10 of those. A build allocates millions of
them (the caches' entries, decoded task stubs, issues, rows) and keeps most until it
ends, so each collection walks objects that are not garbage: about 0.6 of the 4.0 CPU
seconds of a warm ``sahel-events build`` at 10,000 tasks, and 1 s of a cold one
(``benchmarks/README.md``). :func:`fewer_collections` raises the thresholds for the
length of a stage, so collections still run (cycles are freed) but a few dozen times
instead of hundreds; the thresholds are restored afterwards, also after an error.
What a build writes does not depend on when garbage is collected.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

__all__ = ["THRESHOLDS", "fewer_collections", "paused_collector", "with_fewer_collections"]

#: The collector's thresholds during a stage: a young collection every 50,000
#: allocations (CPython: 700), an older one every 20 of those (10), the oldest every
#: 100 of those (10; CPython also waits until a quarter of the long-lived objects are
#: new). At most about 50,000 young objects wait for a collection: a few MB.
THRESHOLDS = (50_000, 20, 100)

_P = ParamSpec("_P")
_R = TypeVar("_R")


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with the collector's thresholds raised to :data:`THRESHOLDS`
    (never lowered: a caller that set higher ones keeps them), then restore them."""
    before = gc.get_threshold()
    gc.set_threshold(*(max(now, wanted) for now, wanted in zip(before, THRESHOLDS, strict=True)))
    try:
        yield
    finally:
        gc.set_threshold(*before)


def with_fewer_collections(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function`` run within :func:`fewer_collections`."""

    @wraps(function)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with fewer_collections():
            return function(*args, **kwargs)

    return run


@contextmanager
def paused_collector() -> Iterator[None]:
    """Pause Python's cycle collector while a saved state is unpickled.

    Unpickling tens of thousands of containers at once sets off collection after
    collection, each walking every object of the process (the gazetteer's included), for
    objects that hold no cycles: a third of an incremental build's time went there.
    Reference counting still frees what it always does.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
