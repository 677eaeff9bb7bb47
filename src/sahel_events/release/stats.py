"""What a dataset holds, in numbers: the summary the card and ``build`` print.

Everything is computed from the tables alone, so it is deterministic and the same for a
release and for a scratch build of the same content.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from ..annotation.ids import EventAttribute


def _counts(table: pa.Table | None, column: str) -> dict[str, int]:
    """Value -> rows, most frequent first, then by value (nulls are left out)."""
    if table is None or column not in table.column_names or table.num_rows == 0:
        return {}
    counted = pc.value_counts(table.column(column).combine_chunks()).to_pylist()
    pairs = [
        (str(item["values"]), int(item["counts"])) for item in counted if item["values"] is not None
    ]
    return dict(sorted(pairs, key=lambda p: (-p[1], p[0])))


def _range(table: pa.Table | None, start: str, end: str) -> dict[str, str | None]:
    if table is None or table.num_rows == 0 or start not in table.column_names:
        return {"min": None, "max": None}
    low = pc.min(table.column(start)).as_py()
    high_col = end if end in table.column_names else start
    high = pc.max(table.column(high_col)).as_py()
    return {
        "min": low.isoformat() if low is not None else None,
        "max": high.isoformat() if high is not None else None,
    }


def _distinct(table: pa.Table | None, column: str) -> int:
    if table is None or column not in table.column_names:
        return 0
    return int(pc.count_distinct(table.column(column)).as_py())


def _incidents(incidents: pa.Table | None) -> dict[str, Any] | None:
    """How many incidents the events make, and how many of them several articles report."""
    if incidents is None or "incident_id" not in incidents.column_names:
        return None
    rows = incidents.select(["incident_id", "n_events", "n_reports", "rule_version"]).to_pylist()
    first = {r["incident_id"]: r for r in rows}
    linked = [r for r in first.values() if r["n_events"] > 1]
    return {
        "incidents": len(first),
        "linked": len(linked),
        "events_linked": sum(r["n_events"] for r in linked),
        "reported_by_several_articles": sum(1 for r in linked if r["n_reports"] > 1),
        "rule_versions": sorted({str(r["rule_version"]) for r in linked}),
    }


def summarize(tables: Mapping[str, pa.Table]) -> dict[str, Any]:
    """Counts, events by type, coverage in time and space, and annotation figures."""
    events = tables.get("events")
    documents = tables.get("documents")
    annotations = tables.get("annotations")
    mentions = tables.get("mentions")
    places_in_mentions = _distinct(mentions, "place_id")
    return {
        "rows": {name: table.num_rows for name, table in tables.items()},
        "events_by_type": _counts(events, "event_type"),
        "events_by_status": _counts(events, "status"),
        "events_by_factuality": _counts(events, EventAttribute.FACTUALITY_CERTAINTY),
        "time": {
            "events": _range(events, "date_start", "date_end"),
            "events_undated": int(events.column("date_start").null_count)
            if events is not None and "date_start" in events.column_names
            else 0,
            "documents": _range(documents, "dateline_date", "dateline_date"),
        },
        "space": {
            "events_by_country": _counts(events, "country_code"),
            "events_by_admin1": _counts(events, "admin1"),
            "events_by_place": _counts(events, "place_name"),
            "places": max(_distinct(events, "place_id"), places_in_mentions),
            "events_unplaced": int(events.column("place_id").null_count)
            if events is not None and "place_id" in events.column_names
            else 0,
        },
        "documents_by_language": _counts(documents, "language"),
        "documents_by_source": _counts(documents, "source"),
        "annotations_by_outcome": _counts(annotations, "outcome"),
        "annotators": _distinct(annotations, "annotator"),
        "incidents": _incidents(tables.get("incidents")),
    }
