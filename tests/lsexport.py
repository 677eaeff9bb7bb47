"""Build Label Studio JSON exports in the exact shape the server writes (for tests).

The shapes follow the real exports in ``shared/notes/label-studio-export-*.json``
(label-studio.md §8): span regions are ``labels`` items; per-region Choices and TextAreas
repeat the span's ``id``, ``start``, ``end`` (TextArea ``value.text`` is a list of
submissions); relations carry ``from_id``/``to_id`` and ``labels`` only when a role was
picked; ``completed_by`` is the full user object of a snapshot export.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sahel_events.ingest import Document

USERS = {
    1: {"id": 1, "email": "ci@example.com", "first_name": "", "last_name": ""},
    2: {"id": 2, "email": "annotator2@example.com", "first_name": "Ann", "last_name": ""},
    3: {"id": 3, "email": "annotator3@example.com", "first_name": "Bob", "last_name": "B"},
}


class Regions:
    """The result items of one annotation, built region by region over ``text``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.items: list[dict[str, Any]] = []

    def _find(self, span: str, occurrence: int = 1) -> tuple[int, int]:
        """``span`` may be ``"context>>target"``: the target inside that context."""
        context, _, target = span.rpartition(">>")
        start = -1
        for _ in range(occurrence):
            start = self.text.index(context or target, start + 1)
        if context:
            start = self.text.index(target, start)
        return start, start + len(target)

    def span(
        self, rid: str, control: str, label: str, span: str, occurrence: int = 1, **extra: Any
    ) -> Regions:
        """A labelled region on the ``occurrence``-th ``span`` of the text, with per-region
        Choices (``name=[values]``) and TextAreas (``name="value"``) given as keywords."""
        start, end = self._find(span, occurrence)
        value = {"start": start, "end": end, "text": self.text[start:end]}
        self.items.append(
            {
                "value": {**value, "labels": [label]},
                "id": rid,
                "from_name": control,
                "to_name": "text",
                "type": "labels",
                "origin": "manual",
            }
        )
        for name, given in extra.items():
            if isinstance(given, list):
                item = {"value": {**value, "choices": given}, "type": "choices"}
            else:
                item = {"value": {**value, "text": [given]}, "type": "textarea"}
            self.items.append(
                {**item, "id": rid, "from_name": name, "to_name": "text", "origin": "manual"}
            )
        return self

    def entity(self, rid: str, label: str, span: str, occurrence: int = 1, **extra: Any) -> Regions:
        """An ``entity`` region."""
        return self.span(rid, "entity", label, span, occurrence, **extra)

    def event(self, rid: str, label: str, span: str, occurrence: int = 1, **extra: Any) -> Regions:
        """An ``event`` region."""
        return self.span(rid, "event", label, span, occurrence, **extra)

    def relation(self, from_id: str, to_id: str, role: str | None) -> Regions:
        """A relation; ``role=None`` leaves ``labels`` out, as the UI does."""
        item: dict[str, Any] = {
            "from_id": from_id,
            "to_id": to_id,
            "type": "relation",
            "direction": "right",
        }
        if role is not None:
            item["labels"] = [role]
        self.items.append(item)
        return self

    def document_choice(self, rid: str, name: str, value: str) -> Regions:
        """A document-level choice (no offsets)."""
        self.items.append(
            {
                "value": {"choices": [value]},
                "id": rid,
                "from_name": name,
                "to_name": "text",
                "type": "choices",
                "origin": "manual",
            }
        )
        return self


def annotation(
    aid: int,
    user: int,
    result: list[dict[str, Any]],
    *,
    ground_truth: bool = False,
    cancelled: bool = False,
    created: str = "2026-11-28T20:33:28.807678Z",
    updated: str | None = None,
    lead_time: float | None = 12.5,
) -> dict[str, Any]:
    """An annotation object as a full snapshot export has it."""
    return {
        "id": aid,
        "completed_by": USERS[user],
        "result": result,
        "was_cancelled": cancelled,
        "ground_truth": ground_truth,
        "created_at": created,
        "updated_at": updated or created,
        "draft_created_at": None,
        "lead_time": None if cancelled else lead_time,
        "prediction": {},
        "result_count": 0,
        "unique_id": f"00000000-0000-4000-8000-{aid:012d}",
        "import_id": None,
        "last_action": None,
        "bulk_created": False,
        "task": None,
        "project": 1,
        "updated_by": user,
        "parent_prediction": None,
        "parent_annotation": None,
        "last_created_by": None,
    }


def task(
    tid: int, doc: Document, annotations: list[dict[str, Any]], text: str | None = None
) -> dict[str, Any]:
    """A task object with the document's text and doc_id in ``data``."""
    for a in annotations:
        a["task"] = tid
    return {
        "id": tid,
        "annotations": annotations,
        "drafts": [],
        "predictions": [],
        "data": {
            "text": doc.text if text is None else text,
            "doc_id": doc.doc_id,
            "title": doc.title or "",
            "repeats_note": "",
        },
        "meta": {},
        "created_at": "2026-11-28T20:32:57.050846Z",
        "updated_at": "2026-11-28T20:33:29.002484Z",
        "inner_id": tid,
        "total_annotations": sum(1 for a in annotations if not a["was_cancelled"]),
        "cancelled_annotations": sum(1 for a in annotations if a["was_cancelled"]),
        "total_predictions": 0,
        "comment_count": 0,
        "unresolved_comment_count": 0,
        "last_comment_updated_at": None,
        "project": 1,
        "updated_by": 1,
        "comment_authors": [],
    }


def write_snapshot(
    directory: Path, stamp: str, tasks: list[dict[str, Any]], project: str = "sahel-events"
) -> Path:
    """Write tasks as ``<project>-<stamp>-<hash>.json`` (stamp like 20261128T203300Z)."""
    body = json.dumps(tasks, ensure_ascii=False, indent=1)
    digest = hashlib.sha256(body.encode()).hexdigest()[:8]
    path = directory / f"{project}-{stamp}-{digest}.json"
    directory.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def make_document(
    doc_id: str,
    text: str,
    *,
    dateline_place: str = "Gao",
    dateline_date: str = "2025-03-03",
    duplicates: tuple[Any, ...] = (),
) -> Document:
    """A document as ingest makes it, for a text written in a test."""
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Document(
        doc_id=doc_id,
        source_file=f"raw/{doc_id}.txt",
        raw_sha256=sha,
        text=text,
        text_sha256=sha,
        language="fr",
        dateline_place=dateline_place,
        dateline_country="ML",
        dateline_date=dateline_date,
        dateline=(0, len(dateline_place)),
        title=None,
        title_span=None,
        headings=(),
        paragraphs=((0, len(text)),),
        signature=None,
        duplicates=duplicates,
        source="Test",
        url=f"https://example.org/{doc_id}",
        published=dateline_date,
        license="CC-BY-4.0",
    )
