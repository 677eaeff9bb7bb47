"""The agreement measures, computed from counts that add up across documents.

Every measure here reads totals that are sums over documents (matched and total items
for an F1, a two-rater contingency table for Cohen's kappa, coincidence counts for
Krippendorff's alpha). That is what lets the bootstrap (:mod:`.bootstrap`) resample
documents by adding their counts, without going back to the annotations.

A measure with nothing behind it (no item, or a single category so chance agreement is
total) is ``None``, never 0 or 1: an undefined figure is not a perfect or a failed one.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence

__all__ = [
    "alpha_from_coincidences",
    "cohen_kappa",
    "coincidences",
    "f1",
    "kappa_from_table",
    "krippendorff_alpha_nominal",
    "max_overlap_matching",
]


def f1(matched: float, total: float) -> float | None:
    """F1 of two annotators = 2·matched / (items of the first + items of the second)."""
    return None if total == 0 else 2 * matched / total


def max_overlap_matching(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    """Size of a maximum one-to-one matching of overlapping spans (Kuhn's algorithm)."""
    adjacent = [[j for j, y in enumerate(b) if x[0] < y[1] and y[0] < x[1]] for x in a]
    owner = [-1] * len(b)

    def augment(i: int, visited: set[int]) -> bool:
        for j in adjacent[i]:
            if j in visited:
                continue
            visited.add(j)
            if owner[j] == -1 or augment(owner[j], visited):
                owner[j] = i
                return True
        return False

    return sum(1 for i in range(len(a)) if augment(i, set()))


def kappa_from_table(table: Mapping[tuple[Hashable, Hashable], float]) -> float | None:
    """Cohen's kappa from a contingency table ``(rater 1 value, rater 2 value) -> count``.

    None when there is no item or when chance agreement is 1 (one category only).
    """
    cells = sorted(table.items(), key=repr)
    n = sum(count for _, count in cells)
    if n == 0:
        return None
    observed = sum(count for (x, y), count in cells if x == y) / n
    first: dict[Hashable, float] = defaultdict(float)
    second: dict[Hashable, float] = defaultdict(float)
    for (x, y), count in cells:
        first[x] += count
        second[y] += count
    categories = sorted(set(first) | set(second), key=repr)
    expected = sum(first[c] * second[c] for c in categories) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of two raters over items given as (rater 1 value, rater 2 value)."""
    return kappa_from_table(Counter(pairs))


def coincidences(values: Sequence[Hashable]) -> Counter[tuple[Hashable, Hashable]]:
    """The ordered value pairs of one unit (every pair of raters, both ways round).

    Krippendorff weighs each pair of a unit coded by ``m`` raters by ``1 / (m - 1)``;
    the weight is left to :func:`alpha_from_coincidences` (which is told ``m``) so that
    these counts stay integers and add up exactly across documents.
    """
    out: Counter[tuple[Hashable, Hashable]] = Counter()
    if len(values) >= 2:
        for i, j in itertools.permutations(range(len(values)), 2):
            out[(values[i], values[j])] += 1
    return out


def alpha_from_coincidences(
    counts: Mapping[tuple[int, Hashable, Hashable], float],
) -> float | None:
    """Krippendorff's alpha (nominal) from ``(m, value, value) -> ordered pair count``.

    ``m`` is the number of values of the units the pairs come from (each pair weighs
    ``1 / (m - 1)``). None when fewer than two values are pairable or every value is the
    same category.
    """
    matrix: dict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for (m, c, k), count in sorted(counts.items(), key=repr):
        if m >= 2:
            matrix[(c, k)] += count / (m - 1)
    totals: dict[Hashable, float] = defaultdict(float)
    for (c, _), weight in sorted(matrix.items(), key=repr):
        totals[c] += weight
    cats = sorted(totals, key=repr)
    n = sum(totals[c] for c in cats)
    if n <= 1:
        return None
    disagree = sum(w for (c, k), w in sorted(matrix.items(), key=repr) if c != k)
    expected = sum(totals[c] * totals[k] for c in cats for k in cats if c != k) / (n - 1)
    if expected == 0:
        return None
    return 1 - disagree / expected


def krippendorff_alpha_nominal(units: Iterable[Sequence[Hashable]]) -> float | None:
    """Krippendorff's alpha for nominal data.

    ``units`` holds, for each item, the values the raters gave it (missing values simply
    left out); items with fewer than two values are not pairable and are skipped.
    """
    counts: Counter[tuple[int, Hashable, Hashable]] = Counter()
    for values in units:
        for (c, k), count in coincidences(values).items():
            counts[(len(values), c, k)] += count
    return alpha_from_coincidences(counts)
