"""Corrections of published gold made in another Label Studio source, and why each
record changed.

A published annotation of record lives in the snapshots of the server it was made on.
When that server is gone, a reviewer corrects the gold on a new server (loading the
published annotation there, editing it as the labeling screen stores edits, marking it
ground truth); the new server is another *source*, and two ground-truth records of
equal standing that differ are a ``source_conflict`` (never settled by recency). The
correction settles it explicitly: the corrected task's ``meta`` (pulled with the
snapshot, so it is an input of the release, checked by hash) names the record it
replaces and says why each region changed::

    "meta": {"sahel_events_correction": {
        "supersedes": [{"source": "legacy:http://127.0.0.1:8080/project-1", "task_id": 1}],
        "reason": "gold review under codebook 1.0.0",
        "regions": {"mf5v4DUyKA": "the drone is the platform: VEH, not WEA"}}}

A statement is honoured only on a task whose record is ground truth; the superseded
task then counts as history (like an older copy from its own source), and the release's
``diff.json`` and ``CHANGES.md`` give each record the reason of its region.
:func:`sahel_events.annotation.snapshots.snapshot_corrections` reads them from snapshots.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .typed import task_doc_id, task_id_of

__all__ = ["CORRECTION_KEY", "Correction", "read_correction"]

#: The key of a correction statement in a task's ``meta``.
CORRECTION_KEY = "sahel_events_correction"


@dataclass(frozen=True)
class Correction:
    """One task's statement that it corrects (replaces) other sources' records."""

    doc_id: str
    source: str
    task_id: int
    supersedes: tuple[tuple[str, int], ...]
    reason: str
    regions: Mapping[str, str] = field(default_factory=dict)


def _has_ground_truth(task: Mapping[str, Any]) -> bool:
    return any(
        isinstance(a, dict) and a.get("ground_truth") is True and not a.get("was_cancelled")
        for a in task.get("annotations") or []
    )


def read_correction(task: Mapping[str, Any], source: str) -> Correction | None:
    """The correction statement of one exported task, None when it has none or it is not
    honoured (malformed, or the task's record is not ground truth)."""
    meta = task.get("meta")
    statement = meta.get(CORRECTION_KEY) if isinstance(meta, dict) else None
    doc_id, task_id = task_doc_id(task), task_id_of(task)
    if not isinstance(statement, dict) or doc_id is None or task_id is None:
        return None
    if not _has_ground_truth(task):
        return None
    supersedes = []
    for item in statement.get("supersedes") or []:
        if (
            isinstance(item, dict)
            and isinstance(item.get("source"), str)
            and isinstance(item.get("task_id"), int)
            and item["source"] != source  # a source supersedes its own copies by itself
        ):
            supersedes.append((str(item["source"]), int(item["task_id"])))
    regions = statement.get("regions")
    return Correction(
        doc_id,
        source,
        task_id,
        tuple(supersedes),
        str(statement.get("reason") or ""),
        {str(k): str(v) for k, v in regions.items()} if isinstance(regions, dict) else {},
    )
