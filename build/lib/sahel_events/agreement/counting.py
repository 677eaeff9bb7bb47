"""Agreement counts of each double-coded document, per annotator pair and overall.

A document counts when two or more annotators completed it (cancelled annotations are
ignored). Each annotator counts once per document, with their latest annotation; an
annotation marked ground truth is left out while two others remain, because it is the
adjudicator's settlement of the others, not an independent coding (when the reviewer
marks one annotator's own annotation ground truth, that annotation still counts).

Every pair of annotators of a document is compared. What is counted, as sums that add
up across documents (:mod:`.measures` turns them into figures):

* ``f1`` items: entity spans per entity type, matched *exactly* (same start, end and
  type) or by *overlap* (same type, overlapping, one-to-one: a maximum matching); event
  *detection* (trigger spans, type ignored, exact or overlap); *typed* event triggers
  (span and type) per event type; arguments as (trigger span, role, argument span) per
  role;
* ``nominal`` items: a value each annotator gave to the same unit: the event type of
  the same trigger span, each factuality attribute of the same trigger span (an empty
  choice takes the codebook's default), the normalised date and the date precision of
  the same TIME span, and the date of the same trigger span (its ``time`` argument's
  normalised date, ``undated`` without one). Per pair: observed agreement, a
  contingency table (Cohen's kappa) and the pair's coincidences (Krippendorff's alpha);
  overall: the pairs' agreement summed, coincidences over every annotator who coded the
  unit, and the pair table only when the document has exactly two annotators (kappa is
  a two-rater measure).

The *overall* F1 counts are the pairs' counts summed (micro-average over pairs).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from ..annotation.ids import EntityAttribute, EntityType, EventAttribute, Normalised, Role
from ..annotation.model import Annotation, Region, event_and_argument
from .measures import coincidences, max_overlap_matching

__all__ = [
    "OVERALL",
    "Counts",
    "DocumentCounts",
    "Rater",
    "count_document",
    "nominal_paths",
    "raters_of",
]

#: Statistic key: (kind, figure path, parts...). Kinds: ``f1`` (parts ``m``/``t``:
#: matched, total), ``agree`` (``m``/``t``: pairs agreeing, pairs), ``kappa`` (rater 1
#: value, rater 2 value), ``alpha`` (values in the unit, value, value).
Key = tuple[Hashable, ...]
Counts = Counter[Key]
#: A rater: a Label Studio user id, or ("annotation", id) when the export names no user.
Rater = Hashable
OVERALL = "overall"

UNDATED = "undated"
_EPOCH = dt.datetime.min.replace(tzinfo=dt.UTC)
FACTUALITY = (
    EventAttribute.FACTUALITY_CERTAINTY,
    EventAttribute.FACTUALITY_POLARITY,
    EventAttribute.FACTUALITY_SOURCE,
)


def nominal_paths() -> tuple[str, ...]:
    """The figure paths of the nominal measures, in report order."""
    return (
        "events/type",
        *(f"factuality/{a}" for a in FACTUALITY),
        f"dates/{Normalised.DATE}",
        f"dates/{EntityAttribute.DATE_PRECISION}",
        "dates/event_date",
    )


@dataclass
class DocumentCounts:
    """One document's counts: ``scopes`` maps OVERALL or a rater pair to its counts."""

    doc_id: str
    raters: tuple[Rater, ...]
    scopes: dict[Hashable, Counts]


def _rater(a: Annotation) -> Rater:
    return a.user_id if a.user_id is not None else ("annotation", a.annotation_id)


def _rater_order(r: Rater) -> tuple[int, str]:
    return (0, f"{r:012d}") if isinstance(r, int) else (1, repr(r))


def raters_of(annotations: Sequence[Annotation]) -> dict[Rater, Annotation]:
    """The annotation each annotator is compared with (rules in the module docstring)."""
    done = [a for a in annotations if not a.was_cancelled]
    independent = [a for a in done if not a.ground_truth]
    if len({_rater(a) for a in independent}) >= 2:
        done = independent
    latest: dict[Rater, Annotation] = {}
    for a in sorted(done, key=lambda a: (a.updated_at or _EPOCH, a.annotation_id)):
        latest[_rater(a)] = a  # the last one wins: the annotator's current decision
    return {r: latest[r] for r in sorted(latest, key=_rater_order)}


# ---------------------------------------------------------------------------- one annotation


def _regions(a: Annotation, event: bool) -> list[Region]:
    wanted = [r for r in a.regions.values() if (r.is_event if event else r.is_entity)]
    return sorted(wanted, key=lambda r: (r.start, r.end, r.label, r.id))


def _entity_spans(a: Annotation) -> dict[str, set[tuple[int, int]]]:
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for r in _regions(a, event=False):
        spans[r.label].add((r.start, r.end))
    return spans


def _arguments(a: Annotation) -> set[tuple[int, int, str, int, int]]:
    out = set()
    for rel in a.relations:
        pair = event_and_argument(rel, a.regions)
        if pair is not None:
            event, argument = pair
            for role in rel.labels:
                out.add((event.start, event.end, role, argument.start, argument.end))
    return out


def _choice(r: Region, attribute: str, defaults: Mapping[str, str | None]) -> str | None:
    chosen = r.choices.get(attribute)
    return chosen[0] if chosen else defaults.get(attribute)


def _units(a: Annotation, defaults: Mapping[str, str | None]) -> dict[str, dict[Key, str]]:
    """Per nominal path: unit (a span) -> the value this annotation gives it."""
    units: dict[str, dict[Key, str]] = defaultdict(dict)
    dates: dict[str, str] = {}
    for r in _regions(a, event=False):
        if r.label != EntityType.TIME:
            continue
        span = (r.start, r.end)
        date = r.texts.get(Normalised.DATE)
        if date:
            units[f"dates/{Normalised.DATE}"].setdefault(span, date)
            dates.setdefault(r.id, date)
        precision = _choice(r, EntityAttribute.DATE_PRECISION, defaults)
        if precision is not None:
            units[f"dates/{EntityAttribute.DATE_PRECISION}"].setdefault(span, precision)
    event_dates: dict[str, str] = {}
    for rel in sorted(a.relations, key=lambda rel: (rel.from_id, rel.to_id)):
        pair = event_and_argument(rel, a.regions)
        if pair is not None and Role.TIME in rel.labels and pair[1].id in dates:
            event_dates.setdefault(pair[0].id, dates[pair[1].id])
    for r in _regions(a, event=True):
        span = (r.start, r.end)
        units["events/type"].setdefault(span, r.label)
        for attribute in FACTUALITY:
            value = _choice(r, attribute, defaults)
            if value is not None:
                units[f"factuality/{attribute}"].setdefault(span, value)
        units["dates/event_date"].setdefault(span, event_dates.get(r.id, UNDATED))
    return units


# ---------------------------------------------------------------------------- one pair


def _add_f1(counts: Counts, path: str, matched: int, total: int) -> None:
    counts[("f1", path, "m")] += matched
    counts[("f1", path, "t")] += total


def _pair_f1(a: Annotation, b: Annotation) -> Counts:
    counts: Counts = Counter()
    spans_a, spans_b = _entity_spans(a), _entity_spans(b)
    for label in sorted(set(spans_a) | set(spans_b)):
        xs, ys = sorted(spans_a.get(label, set())), sorted(spans_b.get(label, set()))
        total = len(xs) + len(ys)
        exact = len(set(xs) & set(ys))
        overlap = max_overlap_matching(xs, ys)
        for path, matched in (("entities/exact", exact), ("entities/overlap", overlap)):
            _add_f1(counts, f"{path}/{label}", matched, total)
            _add_f1(counts, f"{path}/all", matched, total)
    ev_a = {(r.start, r.end, r.label) for r in _regions(a, event=True)}
    ev_b = {(r.start, r.end, r.label) for r in _regions(b, event=True)}
    trig_a, trig_b = sorted({e[:2] for e in ev_a}), sorted({e[:2] for e in ev_b})
    total = len(trig_a) + len(trig_b)
    _add_f1(counts, "events/detection/exact", len(set(trig_a) & set(trig_b)), total)
    _add_f1(counts, "events/detection/overlap", max_overlap_matching(trig_a, trig_b), total)
    for label in sorted({e[2] for e in ev_a | ev_b}):
        typed_a = {e for e in ev_a if e[2] == label}
        typed_b = {e for e in ev_b if e[2] == label}
        _add_f1(
            counts, f"events/typed/{label}", len(typed_a & typed_b), len(typed_a) + len(typed_b)
        )
    _add_f1(counts, "events/typed/all", len(ev_a & ev_b), len(ev_a) + len(ev_b))
    arg_a, arg_b = _arguments(a), _arguments(b)
    for role in sorted({x[2] for x in arg_a | arg_b}):
        role_a = {x for x in arg_a if x[2] == role}
        role_b = {x for x in arg_b if x[2] == role}
        _add_f1(counts, f"arguments/{role}", len(role_a & role_b), len(role_a) + len(role_b))
    _add_f1(counts, "arguments/all", len(arg_a & arg_b), len(arg_a) + len(arg_b))
    return counts


def _pair_nominal(units_a: dict[str, dict[Key, str]], units_b: dict[str, dict[Key, str]]) -> Counts:
    counts: Counts = Counter()
    for path in nominal_paths():
        ua, ub = units_a.get(path, {}), units_b.get(path, {})
        for unit in sorted(set(ua) & set(ub)):
            x, y = ua[unit], ub[unit]
            counts[("agree", path, "m")] += x == y
            counts[("agree", path, "t")] += 1
            counts[("kappa", path, x, y)] += 1
            counts[("alpha", path, 2, x, y)] += 1
            counts[("alpha", path, 2, y, x)] += 1
    return counts


# ---------------------------------------------------------------------------- one document


def count_document(
    doc_id: str, annotations: Sequence[Annotation], defaults: Mapping[str, str | None]
) -> DocumentCounts | None:
    """The counts of one document, or None when fewer than two annotators completed it.

    ``defaults``: attribute id -> the codebook's default value (used for empty choices).
    """
    chosen = raters_of(annotations)
    if len(chosen) < 2:
        return None
    raters = tuple(chosen)
    units = {r: _units(chosen[r], defaults) for r in raters}
    overall: Counts = Counter()
    scopes: dict[Hashable, Counts] = {OVERALL: overall}
    for ra, rb in itertools.combinations(raters, 2):
        pair = _pair_f1(chosen[ra], chosen[rb])
        nominal = _pair_nominal(units[ra], units[rb])
        pair.update(nominal)
        scopes[(ra, rb)] = pair
        for key, n in pair.items():
            if key[0] in ("f1", "agree") or (key[0] == "kappa" and len(raters) == 2):
                overall[key] += n
    for path in nominal_paths():
        by_unit: dict[Key, list[str]] = defaultdict(list)
        for r in raters:
            for unit, value in units[r].get(path, {}).items():
                by_unit[unit].append(value)
        for unit in sorted(by_unit):
            values = by_unit[unit]
            for (c, k), pairs in coincidences(values).items():
                overall[("alpha", path, len(values), c, k)] += pairs
    return DocumentCounts(doc_id, raters, scopes)
