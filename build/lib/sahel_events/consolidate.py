"""From the annotations of one task to one annotation of record (or to adjudication).

Rules, applied per task (a task is one document in Label Studio):

1. cancelled (skipped) annotations are dropped (outcome ``cancelled``);
2. an annotation marked ground truth is the annotation of record (status
   ``ground_truth``); with several, the most recently updated wins and a warning says so;
3. otherwise the only completed annotation is the record (``single_annotation``);
4. several completed annotations that agree exactly (same spans, labels, attributes,
   normalised values, relations and document choices; region ids ignored) give the
   earliest one as record (``consensus``);
5. several that disagree, none ground truth: the task needs adjudication; none of its
   annotations enters the tables (outcome ``needs_adjudication``) and the task is listed;
   ``sahel-events adjudicate`` then puts a draft adjudication into Label Studio (its
   disagreements under CONFLICT marks). A draft that still holds a CONFLICT mark takes no
   part in rules 3-4; marked ground truth with a mark left, it keeps the task held back
   (``consolidate.unresolved-conflict``). A ground truth over annotations that disagree
   is ``adjudicated`` (by its own annotator, the reviewer), otherwise ``ground_truth``;
6. the record's *Document status* (``doc_status``) can still hold it back: ``unusable``
   (truncated, garbled, a stub) keeps the document out of the tables (outcome
   ``unusable``), and ``needs_review`` does too (outcome ``needs_review``) until an
   adjudicator marks an annotation ground truth, which is what reviewing means here.
   Both are listed, like the tasks that need adjudication.

Annotations that are neither record nor cancelled get ``not_used``. When a task is in
several snapshots of one source, the copy in the newest snapshot wins
(:func:`sahel_events.annotation.snapshots.iter_current_tasks`). Annotations are read
into the typed model of :mod:`sahel_events.annotation`.

Across sources. A source is one Label Studio server instance and one project
(:func:`sahel_events.annotation.snapshots.snapshot_source`); Label Studio's task and
annotation ids mean something only within one. A document (doc_id, its text checked
against the corpus) annotated in several sources gets its record from the source whose
record ranks highest (ground truth, then consensus, then a single annotation; a
held-back task ranks below any record) (:func:`choose_source`). Records of equal rank
that disagree are a ``source_conflict``: the document is held back and listed for
adjudication, never decided by recency: a fresh server's annotation cannot silently
replace published gold.

Annotators are never named: :class:`Pseudonyms` gives each Label Studio user of each
source ``annotator-NN``, numbered by the creation time of the user's first annotation
across all snapshots read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .annotation.model import Annotation
from .annotation.taskfacts import FirstAnnotation
from .annotation.typed import timestamp_of, user_id_of
from .codebook import DOC_STATUS, DOC_STATUS_NEEDS_REVIEW, DOC_STATUS_UNUSABLE
from .errors import Issue, Location

__all__ = [
    "Consolidated",
    "Pseudonyms",
    "SourceCandidate",
    "SourceChoice",
    "choose_source",
    "consolidate_task",
]

STATUS_GROUND_TRUTH = "ground_truth"
STATUS_ADJUDICATED = "adjudicated"
STATUS_CONSENSUS = "consensus"
STATUS_SINGLE = "single_annotation"

OUTCOME_RECORD = "record"
OUTCOME_NOT_USED = "not_used"
OUTCOME_CANCELLED = "cancelled"
OUTCOME_ADJUDICATION = "needs_adjudication"
OUTCOME_NEEDS_REVIEW = "needs_review"
OUTCOME_UNUSABLE = "unusable"
OUTCOME_SOURCE_CONFLICT = "source_conflict"
HELD_BACK_OUTCOMES = (OUTCOME_ADJUDICATION, OUTCOME_NEEDS_REVIEW, OUTCOME_UNUSABLE)
#: How records of different sources rank (higher wins); a held-back task ranks 0.
STATUS_RANK = {
    STATUS_ADJUDICATED: 3,
    STATUS_GROUND_TRUTH: 3,
    STATUS_CONSENSUS: 2,
    STATUS_SINGLE: 1,
}


# ---------------------------------------------------------------------------- consolidation


@dataclass
class Consolidated:
    """What consolidation decided for one task."""

    task_id: int
    doc_id: str | None
    record: Annotation | None
    status: str | None  # adjudicated | ground_truth | consensus | single_annotation
    outcomes: dict[int, str]  # annotation id -> outcome
    annotations: list[Annotation]
    issues: list[Issue] = field(default_factory=list)
    #: Label Studio users who chose the record: its annotator, or every annotator of a
    #: consensus (empty when there is no record).
    chosen_by: tuple[int, ...] = ()

    @property
    def needs_adjudication(self) -> bool:
        """True when completed annotations disagree and none is ground truth."""
        return OUTCOME_ADJUDICATION in self.outcomes.values()

    @property
    def held_back(self) -> str | None:
        """Why no annotation of this task enters the tables (an outcome), or None."""
        for outcome in HELD_BACK_OUTCOMES:
            if outcome in self.outcomes.values():
                return outcome
        return None

    @property
    def completed(self) -> list[Annotation]:
        """The annotations that were not cancelled, in export order."""
        return [a for a in self.annotations if not a.was_cancelled]

    @property
    def codings(self) -> list[Annotation]:
        """The annotators' own codings, what agreement compares: the completed annotations
        without draft adjudications and without the reviewer's adjudicated record."""
        adjudication = self.record if self.status == STATUS_ADJUDICATED else None
        return [
            a
            for a in self.completed
            if a is not adjudication and not (a.conflict_marks and not a.ground_truth)
        ]


_EPOCH = dt.datetime.min.replace(tzinfo=dt.UTC)


def consolidate_task(
    task_id: int,
    doc_id: str | None,
    annotations: Sequence[Annotation],
    file: str | None = None,
) -> Consolidated:
    """Choose the annotation of record of one task (rules in the module docstring)."""
    where = Location(file=file, task=task_id, doc_id=doc_id)
    outcomes = {a.annotation_id: OUTCOME_NOT_USED for a in annotations}
    issues: list[Issue] = []
    completed = []
    for a in annotations:
        if a.was_cancelled:
            outcomes[a.annotation_id] = OUTCOME_CANCELLED
        else:
            completed.append(a)
    record: Annotation | None = None
    status: str | None = None
    chosen_by: tuple[int, ...] = ()
    truths = [a for a in completed if a.ground_truth]
    # A draft adjudication in progress is no one's coding: it neither agrees nor disagrees.
    completed = [a for a in completed if a.ground_truth or not a.conflict_marks]
    if truths:
        record = max(truths, key=lambda a: (a.updated_at or _EPOCH, a.annotation_id))
        coders = [a for a in completed if not a.ground_truth]
        disagreed = len({a.content_key() for a in coders}) > 1
        status = STATUS_ADJUDICATED if disagreed else STATUS_GROUND_TRUTH
        if len(truths) > 1:
            others = ", ".join(str(a.annotation_id) for a in truths if a is not record)
            issues.append(
                Issue(
                    "consolidate.several-ground-truths",
                    f"{len(truths)} annotations are marked ground truth; the latest updated "
                    f"({record.annotation_id}) is used, not {others}. Unmark the others in "
                    "Label Studio",
                    where,
                    "warning",
                )
            )
    elif len(completed) == 1:
        record, status = completed[0], STATUS_SINGLE
    elif len(completed) > 1:
        keys = {a.content_key() for a in completed}
        if len(keys) == 1:
            record = min(completed, key=lambda a: (a.created_at or _EPOCH, a.annotation_id))
            status = STATUS_CONSENSUS
            chosen_by = tuple(sorted({a.user_id for a in completed if a.user_id is not None}))
        else:
            for a in completed:
                outcomes[a.annotation_id] = OUTCOME_ADJUDICATION
            ids = ", ".join(str(a.annotation_id) for a in completed)
            issues.append(
                Issue(
                    "consolidate.needs-adjudication",
                    f"{len(completed)} annotations ({ids}) disagree and none is ground truth: "
                    "the document is left out until one is marked ground truth",
                    where,
                    "warning",
                )
            )
    if record is not None:
        held = _held_back_by_status(record, status, where)
        if held is None:
            outcomes[record.annotation_id] = OUTCOME_RECORD
            if not chosen_by and record.user_id is not None:
                chosen_by = (record.user_id,)
        else:
            outcomes[record.annotation_id], issue = held
            issues.append(issue)
            record = status = None
    return Consolidated(
        task_id, doc_id, record, status, outcomes, list(annotations), issues, chosen_by
    )


def _held_back_by_status(
    record: Annotation, status: str | None, where: Location
) -> tuple[str, Issue] | None:
    """The outcome and note when the record's document status keeps it out, else None."""
    doc_status = record.document_choices.get(DOC_STATUS, ())
    where = replace(where, annotation=record.annotation_id)
    marks = record.conflict_marks
    if marks:
        spans = ", ".join(f"{m.start}-{m.end}" for m in sorted(marks, key=lambda m: m.start))
        return OUTCOME_ADJUDICATION, Issue(
            "consolidate.unresolved-conflict",
            f"the ground truth still holds {len(marks)} CONFLICT mark(s) of a draft "
            f"adjudication (at {spans}): the document is left out. Settle each disagreement, "
            "delete its mark in Label Studio, submit, then pull again",
            replace(where, region=marks[0].id),
            "warning",
        )
    if DOC_STATUS_UNUSABLE in doc_status:
        return OUTCOME_UNUSABLE, Issue(
            "consolidate.document-unusable",
            "the annotation of record marks the document unusable: it is left out of the "
            "tables (fix or replace the text in raw/, or change the document status)",
            where,
            "info",
        )
    # A ground-truth annotation is the reviewed one: its own "needs review" is stale.
    if DOC_STATUS_NEEDS_REVIEW in doc_status and status != STATUS_GROUND_TRUTH:
        return OUTCOME_NEEDS_REVIEW, Issue(
            "consolidate.needs-review",
            "the annotator asked for review (document status needs_review): the document "
            "is left out until a reviewer marks an annotation ground truth in Label Studio",
            where,
            "warning",
        )
    return None


# ---------------------------------------------------------------------------- pseudonyms


class Pseudonyms:
    """``annotator-NN`` per Label Studio user of each source, numbered in the order of
    each one's first annotation.

    A user is a source (server instance and project) and Label Studio's user id in it:
    user 1 of a fresh server is not user 1 of the server the published gold came from.
    A user's first annotation is the one with the lowest annotation id in its source;
    users are numbered by its creation time, then by source and annotation id. Creation
    times are comparable across servers, annotation ids are not, so a user who joins
    later, on any server, gets the next number and nobody is renumbered. Call
    :meth:`observe` for every annotation read (in any order), then :meth:`mapping`.
    E-mails never enter: only the user id keys a pseudonym.
    """

    def __init__(self, prefix: str = "annotator") -> None:
        # ``prefix``: "annotator", or "reviewer" for the incident review (its own numbers).
        self._prefix = prefix
        self._first: dict[tuple[str, int], tuple[int, dt.datetime | None]] = {}
        self._handles: dict[tuple[str, int], int] = {}
        self._names: dict[int, str] | None = None

    def handle(self, source: str, user_id: int | None) -> int | None:
        """A small integer standing for the user ``user_id`` of ``source`` (None for
        None): what tables hold until the pseudonyms are known."""
        if user_id is None:
            return None
        return self._handles.setdefault((source, user_id), len(self._handles))

    def observe(
        self,
        source: str,
        user_id: int | None,
        annotation_id: int | None,
        created_at: dt.datetime | None = None,
    ) -> None:
        """Note that ``user_id`` of ``source`` made annotation ``annotation_id``."""
        if user_id is None or annotation_id is None:
            return
        key = (source, user_id)
        self.handle(source, user_id)
        current = self._first.get(key)
        if current is None or annotation_id < current[0]:
            self._first[key] = (annotation_id, created_at)
            self._names = None

    def observe_task(self, task: Mapping[str, Any], source: str) -> None:
        """Observe every annotation of a raw exported task read from ``source``."""
        for annotation in task.get("annotations") or []:
            if isinstance(annotation, dict) and isinstance(annotation.get("id"), int):
                self.observe(
                    source,
                    user_id_of(annotation),
                    annotation["id"],
                    timestamp_of(annotation.get("created_at")),
                )

    def observe_users(self, users: Iterable[FirstAnnotation], source: str) -> None:
        """Observe a snapshot's users at once: each one's first annotation there, users
        in the order they first appear (:mod:`sahel_events.annotation.taskfacts`).
        Only the first annotation of a user counts, so this numbers and hands out
        handles as :meth:`observe_task` of each of its tasks would."""
        for user_id, annotation_id, created_at in users:
            self.observe(source, user_id, annotation_id, timestamp_of(created_at))

    def users(self) -> list[tuple[tuple[str, int], int]]:
        """``((source, user id), handle)`` of every user given a handle."""
        return list(self._handles.items())

    def mapping(self) -> dict[int, str]:
        """Handle (:meth:`handle`) -> pseudonym, for every user observed."""
        if self._names is None:

            def order(key: tuple[str, int]) -> tuple[bool, dt.datetime, str, int, int]:
                annotation_id, created = self._first[key]
                stamp = created or dt.datetime.max.replace(tzinfo=dt.UTC)
                return (created is None, stamp, key[0], annotation_id, key[1])

            ranked = sorted(self._first, key=order)
            self._names = {
                self._handles[key]: f"{self._prefix}-{n:02d}" for n, key in enumerate(ranked, 1)
            }
        return self._names

    def name(self, source: str, user_id: int | None) -> str | None:
        """The pseudonym of ``user_id`` of ``source`` (None for an unknown user)."""
        handle = self._handles.get((source, user_id)) if user_id is not None else None
        return None if handle is None else self.mapping().get(handle)


# ---------------------------------------------------------------------------- sources


@dataclass
class SourceCandidate:
    """One source's current state of a document: its task, consolidated."""

    source: str
    snapshot: Path
    consolidated: Consolidated

    @property
    def rank(self) -> int:
        """How its record ranks (:data:`STATUS_RANK`); 0 when held back, -1 with nothing
        completed (every annotation cancelled)."""
        c = self.consolidated
        if not c.completed:
            return -1
        if c.record is None or c.status is None:
            return 0
        return STATUS_RANK.get(c.status, 0)


@dataclass
class SourceChoice:
    """The source a document's record comes from, or the sources in conflict."""

    chosen: SourceCandidate | None
    conflicting: list[SourceCandidate]
    issue: Issue | None = None


def choose_source(doc_id: str, candidates: Sequence[SourceCandidate]) -> SourceChoice:
    """Choose between several sources' states of one document (rules in the module doc).

    Deterministic: ties between agreeing records go to the first source in sorted order.
    """
    ordered = sorted(candidates, key=lambda c: (c.source, c.consolidated.task_id))
    usable = [c for c in ordered if c.rank >= 0]
    if not usable:
        return SourceChoice(ordered[0] if ordered else None, [])
    top = max(c.rank for c in usable)
    best = [c for c in usable if c.rank == top]
    if top == 0 or len({_record_key(c) for c in best}) == 1:
        return SourceChoice(best[0], [])
    names = "; ".join(
        f"{c.source} task {c.consolidated.task_id} ({c.consolidated.status}, in {c.snapshot.name})"
        for c in best
    )
    issue = Issue(
        "consolidate.source-conflict",
        f"{len(best)} sources hold different annotations of record of equal standing "
        f"({names}): the document is left out and listed for adjudication. Make one of them "
        "ground truth and the others agree with it (or mark it ground truth in the source "
        "you keep and re-annotate the other), then pull again",
        Location(doc_id=doc_id),
        "warning",
    )
    return SourceChoice(None, best, issue)


def _record_key(candidate: SourceCandidate) -> tuple[Any, ...]:
    record = candidate.consolidated.record
    return record.content_key() if record is not None else ()
