"""Inter-annotator agreement, computed from the export (Community edition has none).

Only tasks with two or more non-cancelled annotations count. Every pair of annotations
of a task is compared, and counts are summed over all pairs (micro-average), so each
figure comes with the number of items behind it:

* **spans** (entity and event regions), per label: F1 = 2·matched / (spans of the
  first + spans of the second), with *exact* matching (same start, end, label) and
  *overlap* matching (same label, overlapping spans, one-to-one: a maximum matching);
* **events**: the same F1 on event triggers (span and type, exact);
* **arguments**: F1 on (trigger span, role, argument span) triples;
* **factuality_certainty** on events matched across annotators (same trigger span and
  type): Krippendorff's alpha (nominal, any number of annotators, missing values
  allowed) and, when exactly two annotators coded every matched event, Cohen's kappa.
  An event without a certainty takes the codebook default when one is given.

Pure Python and deterministic: sums run in sorted order, figures are rounded to six
decimals, and a figure with no items behind it is ``None``.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from .annotation.ids import EventAttribute
from .annotation.model import Annotation, event_and_argument
from .annotation.names import EVENT_CONTROL, SPAN_CONTROLS

__all__ = [
    "AgreementAccumulator",
    "cohen_kappa",
    "compute_agreement",
    "krippendorff_alpha_nominal",
    "max_overlap_matching",
]

CERTAINTY = EventAttribute.FACTUALITY_CERTAINTY
DIGITS = 6


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, DIGITS)


def _f1(matched: int, total: int) -> float | None:
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


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of two raters over items given as (rater 1 value, rater 2 value).

    None when there is no item or when chance agreement is 1 (one category only).
    """
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(1 for x, y in pairs if x == y) / n
    first = Counter(x for x, _ in pairs)
    second = Counter(y for _, y in pairs)
    categories = sorted(set(first) | set(second), key=repr)
    expected = sum(first[c] * second[c] for c in categories) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha_nominal(units: Iterable[Sequence[Hashable]]) -> float | None:
    """Krippendorff's alpha for nominal data.

    ``units`` holds, for each item, the values the raters gave it (missing values simply
    left out); items with fewer than two values are not pairable and are skipped. None
    when fewer than two values are pairable or all values are the same category.
    """
    coincidence: dict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for values in units:
        m = len(values)
        if m < 2:
            continue
        for i, j in itertools.permutations(range(m), 2):
            coincidence[(values[i], values[j])] += 1 / (m - 1)
    totals: dict[Hashable, float] = defaultdict(float)
    for (c, _), weight in sorted(coincidence.items(), key=repr):
        totals[c] += weight
    n = sum(totals[c] for c in sorted(totals, key=repr))
    if n <= 1:
        return None
    disagree = sum(w for (c, k), w in sorted(coincidence.items(), key=repr) if c != k)
    cats = sorted(totals, key=repr)
    expected = sum(totals[c] * totals[k] for c in cats for k in cats if c != k) / (n - 1)
    if expected == 0:
        return None
    return 1 - disagree / expected


def _arguments(a: Annotation) -> set[tuple[int, int, str, int, int]]:
    """(trigger start, trigger end, role, argument start, argument end) of an annotation."""
    out = set()
    for rel in a.relations:
        pair = event_and_argument(rel, a.regions)
        if pair is None:
            continue
        event, argument = pair
        for role in rel.labels:
            out.add((event.start, event.end, role, argument.start, argument.end))
    return out


class AgreementAccumulator:
    """Collects agreement counts task by task (streaming), then :meth:`result`."""

    def __init__(self, default_certainty: str | None = None) -> None:
        self.default_certainty = default_certainty
        self.tasks = 0
        self.pairs = 0
        self.annotators: set[Hashable] = set()
        self.exact: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # label: matched, total
        self.overlap: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.events = [0, 0]
        self.arguments = [0, 0]
        self.certainty_units: list[dict[Hashable, str]] = []

    def add_task(self, annotations: Sequence[Annotation]) -> None:
        """Add one task's annotations (cancelled ones are ignored)."""
        done = [a for a in annotations if not a.was_cancelled]
        if len(done) < 2:
            return
        self.tasks += 1
        for a in done:
            self.annotators.add(self._rater(a))
        for a, b in itertools.combinations(done, 2):
            self._add_pair(a, b)
        self._add_certainty(done)

    @staticmethod
    def _rater(a: Annotation) -> Hashable:
        return ("user", a.user_id) if a.user_id is not None else ("annotation", a.annotation_id)

    @staticmethod
    def _spans(a: Annotation) -> dict[str, list[tuple[int, int]]]:
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for r in a.regions.values():
            if r.control in SPAN_CONTROLS:
                spans[r.label].append((r.start, r.end))
        return spans

    def _add_pair(self, a: Annotation, b: Annotation) -> None:
        self.pairs += 1
        spans_a, spans_b = self._spans(a), self._spans(b)
        for label in sorted(set(spans_a) | set(spans_b)):
            xs, ys = sorted(set(spans_a.get(label, []))), sorted(set(spans_b.get(label, [])))
            total = len(xs) + len(ys)
            self.exact[label][0] += len(set(xs) & set(ys))
            self.exact[label][1] += total
            self.overlap[label][0] += max_overlap_matching(xs, ys)
            self.overlap[label][1] += total
        ev_a = {(r.start, r.end, r.label) for r in a.regions.values() if r.control == EVENT_CONTROL}
        ev_b = {(r.start, r.end, r.label) for r in b.regions.values() if r.control == EVENT_CONTROL}
        self.events[0] += len(ev_a & ev_b)
        self.events[1] += len(ev_a) + len(ev_b)
        arg_a, arg_b = _arguments(a), _arguments(b)
        self.arguments[0] += len(arg_a & arg_b)
        self.arguments[1] += len(arg_a) + len(arg_b)

    def _add_certainty(self, done: Sequence[Annotation]) -> None:
        units: dict[tuple[int, int, str], dict[Hashable, str]] = defaultdict(dict)
        for a in done:
            rater = self._rater(a)
            for r in a.regions.values():
                if r.control != EVENT_CONTROL:
                    continue
                chosen = r.choices.get(CERTAINTY)
                value = chosen[0] if chosen else self.default_certainty
                if value is not None:
                    # One value per rater and event; a rater's second annotation of the
                    # same task counts as another rater only when the user is unknown.
                    units[(r.start, r.end, r.label)].setdefault(rater, value)
        for key in sorted(units):
            if len(units[key]) >= 2:
                self.certainty_units.append(units[key])

    def result(self) -> dict[str, Any]:
        """The figures, JSON-ready, each with the number of items behind it."""

        def per_label(table: dict[str, list[int]]) -> dict[str, Any]:
            return {
                label: {"f1": _round(_f1(m, t)), "matched": m, "spans": t}
                for label, (m, t) in sorted(table.items())
            }

        def overall(table: dict[str, list[int]]) -> dict[str, Any]:
            m = sum(v[0] for _, v in sorted(table.items()))
            t = sum(v[1] for _, v in sorted(table.items()))
            return {"f1": _round(_f1(m, t)), "matched": m, "spans": t}

        units = self.certainty_units
        raters = sorted({r for u in units for r in u}, key=repr)
        kappa = None
        if len(raters) == 2 and all(len(u) == 2 for u in units):
            kappa = cohen_kappa([(u[raters[0]], u[raters[1]]) for u in units])
        alpha = krippendorff_alpha_nominal([[u[r] for r in sorted(u, key=repr)] for u in units])
        return {
            "tasks": self.tasks,
            "annotation_pairs": self.pairs,
            "annotators": len(self.annotators),
            "spans": {
                "exact": {"all": overall(self.exact), "by_label": per_label(self.exact)},
                "overlap": {"all": overall(self.overlap), "by_label": per_label(self.overlap)},
            },
            "events": {
                "f1": _round(_f1(*self.events)),
                "matched": self.events[0],
                "events": self.events[1],
            },
            "arguments": {
                "f1": _round(_f1(*self.arguments)),
                "matched": self.arguments[0],
                "arguments": self.arguments[1],
            },
            CERTAINTY: {
                "matched_events": len(units),
                "values": sum(len(u) for u in units),
                "krippendorff_alpha": _round(alpha),
                "cohen_kappa": _round(kappa),
            },
        }


def compute_agreement(
    tasks: Iterable[Sequence[Annotation]], default_certainty: str | None = None
) -> dict[str, Any]:
    """Agreement over tasks, each given as the list of its annotations."""
    acc = AgreementAccumulator(default_certainty)
    for task_annotations in tasks:
        acc.add_task(task_annotations)
    return acc.result()
