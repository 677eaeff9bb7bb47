"""Casualty counts as low / best / high estimates (the codebook's decision rule
"fatalities").

A CASUALTY span carries a count (``norm_count``: ``N`` or ``LOW-HIGH``) and how the text
words it (``casualty_qualifier``). :func:`casualty_figures` turns one count into the
three figures UCDP publishes; :func:`killed_figures` combines the killed counts linked to
one event. How they do it follows the codebook the data is compiled with
(:class:`~sahel_events.codebookdecisions.Estimates`): a release rebuilt with its own,
older codebook copy keeps the figures it published.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .annotation.ids import CasualtyQualifier
from .codebookdecisions import Estimates
from .values import CountRange

__all__ = ["Count", "Figures", "best_of", "casualty_figures", "killed_figures"]

#: (low, best, high); None where the wording gives no such figure (high: open-ended).
Figures = tuple[int | None, int | None, int | None]

#: The wordings from the most precise to the least (the best estimate of alternative
#: tolls is that of the most precise one).
PRECISION = (
    CasualtyQualifier.EXACT,
    CasualtyQualifier.AT_LEAST,
    CasualtyQualifier.APPROXIMATE,
    CasualtyQualifier.VAGUE,
)


def casualty_figures(
    count: CountRange | None, qualifier: str | None, estimates: Estimates | None = None
) -> Figures:
    """(low, best, high) of one casualty count, by its qualifier (no qualifier: exact).

    A single figure N: exact → N, N, N; at-least → N, N, open; approximate → best N
    only; vague → nothing. A range LOW-HIGH: low and high from it (at-least: low = best
    = LOW, open above), and no best. With ``estimates.range_best == "low"`` (codebook
    1.1.0 on: "the best estimate is the lowest figure the words warrant") a range's best
    is LOW, and a vague single figure N gives best N like an approximate one.
    """
    if count is None:
        return None, None, None
    q = qualifier or CasualtyQualifier.EXACT
    low_end = estimates is not None and estimates.range_best == "low"
    if count.exact:
        n = count.low
        figures: dict[str, Figures] = {
            CasualtyQualifier.EXACT: (n, n, n),
            CasualtyQualifier.AT_LEAST: (n, n, None),
            CasualtyQualifier.APPROXIMATE: (None, n, None),
        }
        if low_end:
            figures[CasualtyQualifier.VAGUE] = (None, n, None)
        return figures.get(q, (None, None, None))
    if q == CasualtyQualifier.AT_LEAST:
        return count.low, count.low, None
    return count.low, count.low if low_end else None, count.high


@dataclass(frozen=True)
class Count:
    """One killed count linked to an event: its figures, wording and side."""

    figures: Figures
    qualifier: str | None
    side: str | None


def _sum(parts: Sequence[int | None]) -> int | None:
    """A sum is known only when every part gives that figure."""
    return None if any(p is None for p in parts) else sum(p for p in parts if p is not None)


def _alternatives(counts: Sequence[Count]) -> Figures:
    """Alternative tolls of the same dead: the lowest low and the highest high (each
    known only when every toll gives it), the best of the most precise wording (the
    lowest among equals)."""
    lows = [c.figures[0] for c in counts]
    highs = [c.figures[2] for c in counts]
    low = None if any(x is None for x in lows) else min(x for x in lows if x is not None)
    high = None if any(x is None for x in highs) else max(x for x in highs if x is not None)

    def rank(c: Count) -> int:
        q = c.qualifier or CasualtyQualifier.EXACT
        return PRECISION.index(q) if q in PRECISION else len(PRECISION)

    with_best = [c for c in counts if c.figures[1] is not None]
    best = None
    if with_best:
        top = min(rank(c) for c in with_best)
        best = min(c.figures[1] for c in with_best if rank(c) == top and c.figures[1] is not None)
    return low, best, high


def _tolls(counts: Sequence[Count], estimates: Estimates | None) -> list[Figures]:
    """The figures of each separate toll among ``counts``: before codebook 1.1.0 every
    count is its own toll; with ``estimates.same_side_counts == "alternatives"`` the
    counts of one side are alternative tolls of the same dead (:func:`_alternatives`);
    a count without a side (invalid under 1.1.0) stays a toll of its own, as before."""
    groups: list[list[Count]] = []
    if estimates is not None and estimates.same_side_counts == "alternatives":
        by_side: dict[str, list[Count]] = {}
        for c in counts:
            if c.side is None:
                groups.append([c])
            else:
                by_side.setdefault(c.side, []).append(c)
        groups.extend(by_side.values())
    else:
        groups = [[c] for c in counts]
    return [_alternatives(g) for g in groups]


def killed_figures(counts: Sequence[Count], estimates: Estimates | None = None) -> Figures:
    """(low, best, high) deaths of an event from its linked killed counts: the separate
    tolls (:func:`_tolls`) added up, each figure known only when every toll gives it."""
    if not counts:
        return None, None, None
    tolls = _tolls(counts, estimates)
    return _sum([f[0] for f in tolls]), _sum([f[1] for f in tolls]), _sum([f[2] for f in tolls])


def best_of(counts: Sequence[Count], estimates: Estimates | None = None) -> int | None:
    """The best estimate of the deaths ``counts`` (a subset, such as the civilians)
    give: the best estimates of its separate tolls added up, those without one left
    out; None when none has one."""
    bests = [f[1] for f in _tolls(counts, estimates) if f[1] is not None]
    return sum(bests) if bests else None
