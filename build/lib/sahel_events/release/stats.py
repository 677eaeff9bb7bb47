"""What a dataset holds, in numbers: the summary the card and ``build`` print.

Everything is computed from the tables alone, so it is deterministic and the same for a
release and for a scratch build of the same content. Each table is read a batch at a
time (:mod:`.batches`): counts, ranges and distinct values are accumulated per batch,
so a release of any size is summarised in bounded memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

import pyarrow.compute as pc

from ..annotation.ids import EventAttribute
from .batches import TableSource, column_names, extreme, iter_batches, num_rows


def _has(table: TableSource | None, column: str) -> bool:
    return table is not None and column in column_names(table)


def _counts(table: TableSource | None, column: str) -> dict[str, int]:
    """Value -> rows, most frequent first, then by value (nulls are left out)."""
    if table is None or not _has(table, column):
        return {}
    counted: Counter[Any] = Counter()
    for batch in iter_batches(table, [column]):
        for item in pc.value_counts(batch.column(0)).to_pylist():
            if item["values"] is not None:
                counted[item["values"]] += int(item["counts"])
    pairs = [(str(value), count) for value, count in counted.items()]
    return dict(sorted(pairs, key=lambda p: (-p[1], p[0])))


def _range(table: TableSource | None, start: str, end: str) -> dict[str, str | None]:
    if table is None or num_rows(table) == 0 or not _has(table, start):
        return {"min": None, "max": None}
    low = extreme(table, start, greatest=False)
    high = extreme(table, end if _has(table, end) else start, greatest=True)
    return {
        "min": low.isoformat() if low is not None else None,
        "max": high.isoformat() if high is not None else None,
    }


def _distinct(table: TableSource | None, column: str) -> int:
    """Distinct non-null values (a set of the values: as many as there are places, people)."""
    if table is None or not _has(table, column):
        return 0
    seen: set[Any] = set()
    for batch in iter_batches(table, [column]):
        seen.update(pc.unique(batch.column(0).drop_null()).to_pylist())
    return len(seen)


def _nulls(table: TableSource | None, column: str) -> int:
    if table is None or not _has(table, column):
        return 0
    return sum(batch.column(0).null_count for batch in iter_batches(table, [column]))


def _incidents(incidents: TableSource | None) -> dict[str, Any] | None:
    """How many incidents the events make, and how many of them several articles report."""
    if incidents is None or not _has(incidents, "incident_id"):
        return None
    first: dict[Any, dict[str, Any]] = {}  # one entry per incident (the last row of each)
    columns = ["incident_id", "n_events", "n_reports", "rule_version"]
    for batch in iter_batches(incidents, columns):
        for row in batch.to_pylist():
            first[row["incident_id"]] = row
    linked = [r for r in first.values() if r["n_events"] > 1]
    return {
        "incidents": len(first),
        "linked": len(linked),
        "events_linked": sum(r["n_events"] for r in linked),
        "reported_by_several_articles": sum(1 for r in linked if r["n_reports"] > 1),
        "rule_versions": sorted({str(r["rule_version"]) for r in linked}),
    }


def summarize(tables: Mapping[str, TableSource]) -> dict[str, Any]:
    """Counts, events by type, coverage in time and space, and annotation figures.

    ``tables``: each table in memory or as the path of its Parquet file.
    """
    events = tables.get("events")
    documents = tables.get("documents")
    annotations = tables.get("annotations")
    mentions = tables.get("mentions")
    places_in_mentions = _distinct(mentions, "place_id")
    return {
        "rows": {name: num_rows(table) for name, table in tables.items()},
        "events_by_type": _counts(events, "event_type"),
        "events_by_status": _counts(events, "status"),
        "events_by_factuality": _counts(events, EventAttribute.FACTUALITY_CERTAINTY),
        "time": {
            "events": _range(events, "date_start", "date_end"),
            "events_undated": _nulls(events, "date_start"),
            "documents": _range(documents, "dateline_date", "dateline_date"),
        },
        "space": {
            "events_by_country": _counts(events, "country_code"),
            "events_by_admin1": _counts(events, "admin1"),
            "events_by_place": _counts(events, "place_name"),
            "places": max(_distinct(events, "place_id"), places_in_mentions),
            "events_unplaced": _nulls(events, "place_id"),
        },
        "documents_by_language": _counts(documents, "language"),
        "documents_by_source": _counts(documents, "source"),
        "annotations_by_outcome": _counts(annotations, "outcome"),
        "annotators": _distinct(annotations, "annotator"),
        "incidents": _incidents(tables.get("incidents")),
    }
