"""The typed view of one annotation (:class:`~.model.Annotation`), built from its result.

What cannot be placed is left out and reported with the codes of :mod:`.rules`, the
codes validation uses for the same fault.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ..errors import Issue, Location, Severity
from . import rules
from .model import Annotation, Region, Relation, offset, parse_result

__all__ = ["parse_annotation", "task_doc_id", "task_id_of", "timestamp_of", "user_id_of"]


def task_id_of(task: Mapping[str, Any]) -> int | None:
    """The Label Studio task id, when the task has a well-typed one."""
    value = task.get("id")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def task_doc_id(task: Mapping[str, Any]) -> str | None:
    """The doc_id of a task: ``data.doc_id``, else ``meta.doc_id``."""
    for part in ("data", "meta"):
        box = task.get(part)
        if isinstance(box, dict) and isinstance(box.get("doc_id"), str):
            return str(box["doc_id"])
    return None


def user_id_of(annotation: Mapping[str, Any]) -> int | None:
    """The Label Studio user id of ``completed_by`` (an int, or an object with ``id``)."""
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        who = who.get("id")
    return who if isinstance(who, int) and not isinstance(who, bool) else None


def timestamp_of(value: Any) -> dt.datetime | None:
    """A Label Studio time (ISO 8601 text) in UTC; None when absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)


def _last_text(values: list[str]) -> str | None:
    """A TextArea's value: ``value.text`` is the list of submissions; the last counts."""
    for item in reversed(values):
        if item.strip():
            return item.strip()
    return None


def _seconds(value: Any) -> float | None:
    """``lead_time`` as a float; None when missing or not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def parse_annotation(
    annotation: Mapping[str, Any], task_id: int | None = None, file: str | None = None
) -> Annotation:
    """The typed view of one annotation (Label Studio JSON), built on :func:`parse_result`.

    The ``labels`` item of an id is the region, the other items with that id its
    attributes (Choices) and normalised values (TextArea: the last non-empty
    submission), items without a start offset document-level choices. Items that cannot
    be placed (per-region values without a span, a second span under one id, a span
    without integer offsets) are left out and reported in ``issues`` under the codes of
    :mod:`.rules`; duplicate regions (same control, span and label under two ids, which
    the labeling screen can produce) are merged into the first, and relations to the
    dropped id are redirected to it.
    """
    annotation_id = int(annotation.get("id") or 0)
    result = annotation.get("result")
    grouped = parse_result(result)
    issues: list[Issue] = []

    def sink(
        code: str,
        message: str,
        index: int | None = None,
        region: str | None = None,
        severity: Severity | None = None,
    ) -> None:
        where = Location(file=file, task=task_id, annotation=annotation_id, region=region)
        issues.append(Issue(code, message, where, severity or "error"))

    rules.check_grouping(grouped, sink)
    regions: dict[str, Region] = {}
    by_content: dict[tuple[str, int, int, str], str] = {}
    alias: dict[str, str] = {}
    for region_id, found in grouped.regions.items():
        start, end = offset(found.start), offset(found.end)
        if start is None or end is None:
            rules.report_unplaced(found, sink)
            continue
        texts = {name: t for name, v in found.texts.items() if (t := _last_text(v)) is not None}
        region = Region(
            id=region_id,
            control=found.control,
            start=start,
            end=end,
            text=found.text if isinstance(found.text, str) else None,
            labels=(found.label,) if found.label else (),
            choices={name: tuple(v) for name, v in found.choices.items()},
            texts=texts,
        )
        key = region.content()
        if key in by_content:
            kept_id = by_content[key]
            kept = regions[kept_id]
            # Keep the first region; fill in what only the duplicate carries.
            regions[kept_id] = replace(
                kept,
                choices={**region.choices, **kept.choices},
                texts={**region.texts, **kept.texts},
            )
            alias[region_id] = kept_id
            rules.report_duplicate(found, kept_id, start, end, sink)
            continue
        by_content[key] = region_id
        regions[region_id] = region

    relations = []
    seen: set[tuple[str, str, tuple[str, ...], str]] = set()
    for rel in grouped.relations:
        if not isinstance(rel.from_id, str) or not isinstance(rel.to_id, str):
            continue  # the schema layer of validate reports it
        from_id = alias.get(rel.from_id, rel.from_id)
        to_id = alias.get(rel.to_id, rel.to_id)
        labels = rel.labels or ()
        marker = (from_id, to_id, labels, rel.direction)
        if marker in seen:
            continue
        seen.add(marker)
        relations.append(Relation(from_id, to_id, labels, rel.direction))

    lead = annotation.get("lead_time")
    return Annotation(
        annotation_id=annotation_id,
        user_id=user_id_of(annotation),
        created_at=timestamp_of(annotation.get("created_at")),
        updated_at=timestamp_of(annotation.get("updated_at")),
        lead_time=_seconds(lead),
        was_cancelled=bool(annotation.get("was_cancelled")),
        ground_truth=bool(annotation.get("ground_truth")),
        n_results=len(result) if isinstance(result, list) else 0,
        regions=regions,
        relations=tuple(relations),
        document_choices={name: tuple(v) for name, v in grouped.document_choices.items()},
        issues=issues,
    )
