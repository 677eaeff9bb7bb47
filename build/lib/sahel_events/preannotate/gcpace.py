"""Fewer garbage collections while documents are pre-annotated.

Each document makes thousands of small containers (tokens, mentions, result items) and
its prediction keeps about a thousand of them. CPython collects its youngest objects
every 700 new containers, and after every hundredth such collection it checks whether
the objects that survived since the last full collection have grown by a quarter; a
caller that keeps its predictions (``evaluate``, a list of them) grows them by that much
every fifty-odd documents, and each full collection then walks every prediction kept
so far: about 2 CPU ms per article of 200 (``benchmarks/bench_preannotate.py`` prints
the collector's share). :func:`fewer_collections` makes the youngest generation ten
times larger while predictions are made: the same objects are collected (a cycle lives
a few thousand allocations longer), but the full collections come ten times less
often. The thresholds are given back when the last pre-annotation in progress ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["YOUNG_THRESHOLD", "fewer_collections"]

#: New containers between two collections of the youngest generation (CPython's default
#: is 700).
YOUNG_THRESHOLD = 7000

#: Pre-annotations in progress, and the thresholds to give back when none is left.
_ACTIVE = 0
_SAVED: tuple[int, int, int] | None = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect the youngest generation every :data:`YOUNG_THRESHOLD` new containers
    inside the block (never less often than the process already does); the thresholds
    as they were come back when the last such block open ends, however it ends."""
    global _ACTIVE, _SAVED
    if _ACTIVE == 0:
        _SAVED = gc.get_threshold()
        young, *older = _SAVED
        if young:  # 0: automatic collection is off, and stays so
            gc.set_threshold(max(young, YOUNG_THRESHOLD), *older)
    _ACTIVE += 1
    try:
        yield
    finally:
        _ACTIVE -= 1
        if _ACTIVE == 0 and _SAVED is not None:
            gc.set_threshold(*_SAVED)
            _SAVED = None
