"""Bootstrap confidence intervals over documents, with reproducible bytes.

Documents are the unit of resampling (annotations of one document are not independent
of each other). Each resample draws as many documents as there are, with replacement;
because every measure reads counts that add up across documents, a resample's counts
are the documents' counts weighted by how often each was drawn (one integer matrix
product). The interval is the 2.5th and 97.5th percentile of the figure over the
resamples in which it is defined (linear interpolation between order statistics).

Reproducible: the draws come from SplitMix64, a counter-based generator written out
here (numpy's generators promise no stable stream across versions), seeded from a fixed
number and the scope's name, so adding an annotator pair does not move the draws of
another. Integer sums are exact, and every figure is computed in a fixed order, so the
same documents give the same bytes on any machine.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["RESAMPLES", "SEED", "Estimate", "Figure", "draws", "estimate", "quantile"]

#: Number of resamples and the base seed; both are published with the figures.
RESAMPLES = 1000
SEED = 20261201
CONFIDENCE = 0.95

_GAMMA = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)

Key = tuple[Hashable, ...]


@dataclass(frozen=True)
class Figure:
    """A figure to estimate: the counts it reads and how it turns them into a value."""

    name: str
    keys: tuple[Key, ...]
    compute: Callable[[Mapping[Key, int]], float | None]


@dataclass(frozen=True)
class Estimate:
    """A figure on all documents, and its bootstrap interval (None when undefined)."""

    value: float | None
    low: float | None
    high: float | None


def scope_seed(scope: str) -> int:
    """The seed of one scope: the base seed and the scope's name, hashed."""
    digest = hashlib.sha256(f"{SEED}:{scope}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def draws(seed: int, resamples: int, documents: int) -> npt.NDArray[np.int64]:
    """A ``resamples x documents`` matrix of document indices (SplitMix64, vectorised)."""
    counter = np.arange(1, resamples * documents + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):  # uint64 arithmetic wraps, as SplitMix64 intends
        z = np.uint64(seed) + counter * _GAMMA
        z = (z ^ (z >> np.uint64(30))) * _MIX1
        z = (z ^ (z >> np.uint64(27))) * _MIX2
        z = z ^ (z >> np.uint64(31))
    # The top 32 bits scaled to [0, documents): exact in uint64 for fewer than 2**32.
    picks = ((z >> np.uint64(32)) * np.uint64(documents)) >> np.uint64(32)
    return picks.astype(np.int64).reshape(resamples, documents)


def quantile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile of sorted ``values``, interpolating linearly between ranks."""
    position = q * (len(values) - 1)
    below = int(position)
    above = min(below + 1, len(values) - 1)
    return values[below] + (values[above] - values[below]) * (position - below)


def estimate(
    documents: Sequence[Mapping[Key, int]],
    figures: Sequence[Figure],
    scope: str,
    resamples: int = RESAMPLES,
) -> dict[str, Estimate]:
    """Each figure on the summed counts of ``documents``, with its bootstrap interval."""
    keys = sorted({k for f in figures for k in f.keys}, key=repr)
    column = {k: i for i, k in enumerate(keys)}
    matrix = np.array(
        [[int(doc.get(k, 0)) for k in keys] for doc in documents], dtype=np.int64
    ).reshape(len(documents), len(keys))
    total = matrix.sum(axis=0)
    sums: npt.NDArray[np.int64] = np.zeros((0, len(keys)), dtype=np.int64)
    if documents and resamples:
        picks = draws(scope_seed(scope), resamples, len(documents))
        weights = np.zeros((resamples, len(documents)), dtype=np.int64)
        rows = np.repeat(np.arange(resamples), len(documents))
        np.add.at(weights, (rows, picks.ravel()), 1)
        sums = weights @ matrix
    tail = (1 - CONFIDENCE) / 2
    out: dict[str, Estimate] = {}
    for f in figures:
        cols = [column[k] for k in f.keys]
        value = f.compute(dict(zip(f.keys, total[cols].tolist(), strict=True)))
        samples = []
        for row in sums[:, cols].tolist():
            sample = f.compute(dict(zip(f.keys, row, strict=True)))
            if sample is not None:
                samples.append(sample)
        samples.sort()
        if value is None or not samples:
            out[f.name] = Estimate(value, None, None)
        else:
            out[f.name] = Estimate(value, quantile(samples, tail), quantile(samples, 1 - tail))
    return out
