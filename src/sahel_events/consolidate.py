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
6. the record's *Document status* (``doc_status``) can still hold it back: ``unusable``
   (truncated, garbled, a stub) keeps the document out of the tables (outcome
   ``unusable``), and ``needs_review`` does too (outcome ``needs_review``) until an
   adjudicator marks an annotation ground truth, which is what reviewing means here.
   Both are listed, like the tasks that need adjudication.

Annotations that are neither record nor cancelled get ``not_used``. When a task is in
several snapshots, the copy in the newest snapshot wins (:func:`iter_latest_tasks`).

Annotators are never named: :class:`Pseudonyms` gives each Label Studio user
``annotator-NN``, numbered by the user's first annotation id across all snapshots read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .codebook import DOC_STATUS, DOC_STATUS_NEEDS_REVIEW, DOC_STATUS_UNUSABLE
from .errors import Issue, Location, Report
from .generate.labelconfig import ENTITY_CONTROL, EVENT_CONTROL
from .snapshots import SnapshotFormatError, iter_tasks, order_snapshots
from .validate.regions import parse_result

__all__ = [
    "Consolidated",
    "ParsedAnnotation",
    "Pseudonyms",
    "Region",
    "Relation",
    "consolidate_task",
    "event_argument",
    "iter_latest_tasks",
    "parse_annotation",
    "task_doc_id",
    "user_id_of",
]

STATUS_GROUND_TRUTH = "ground_truth"
STATUS_CONSENSUS = "consensus"
STATUS_SINGLE = "single_annotation"

OUTCOME_RECORD = "record"
OUTCOME_NOT_USED = "not_used"
OUTCOME_CANCELLED = "cancelled"
OUTCOME_ADJUDICATION = "needs_adjudication"
OUTCOME_NEEDS_REVIEW = "needs_review"
OUTCOME_UNUSABLE = "unusable"
HELD_BACK_OUTCOMES = (OUTCOME_ADJUDICATION, OUTCOME_NEEDS_REVIEW, OUTCOME_UNUSABLE)


# ---------------------------------------------------------------------------- parsing


@dataclass(frozen=True)
class Region:
    """A labelled span of one annotation, with its per-region attributes."""

    id: str
    control: str  # the Labels control: entity, event or layout
    start: int
    end: int
    text: str | None  # value.text as exported (the span's text)
    labels: tuple[str, ...]
    choices: Mapping[str, tuple[str, ...]]  # per-region Choices, by control name
    texts: Mapping[str, str]  # per-region TextArea: the last non-empty string, by control

    @property
    def label(self) -> str:
        """The region's label (the first, when several were given)."""
        return self.labels[0] if self.labels else ""

    def content(self) -> tuple[str, int, int, str]:
        """What identifies the region regardless of its id."""
        return (self.control, self.start, self.end, self.label)


@dataclass(frozen=True)
class Relation:
    """A relation between two regions of the same annotation."""

    from_id: str
    to_id: str
    labels: tuple[str, ...]  # empty when the annotator picked no role
    direction: str  # right (from -> to, the UI default), left or bi


@dataclass
class ParsedAnnotation:
    """One Label Studio annotation, its result grouped into regions and relations."""

    annotation_id: int
    user_id: int | None
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    lead_time: float | None
    was_cancelled: bool
    ground_truth: bool
    n_results: int
    regions: dict[str, Region]
    relations: tuple[Relation, ...]
    document_choices: dict[str, tuple[str, ...]]
    issues: list[Issue] = field(default_factory=list)

    def _relation_content(self, rel: Relation) -> tuple[Any, ...]:
        pair = event_argument(rel, self.regions)
        if pair is not None:
            # The same argument drawn either way round is the same decision.
            return ("argument", pair[0].content(), pair[1].content(), tuple(sorted(rel.labels)))
        return (
            rel.direction,
            self.regions[rel.from_id].content(),
            self.regions[rel.to_id].content(),
            tuple(sorted(rel.labels)),
        )

    def content_key(self) -> tuple[Any, ...]:
        """Everything the annotator decided, with region ids replaced by region content.

        Two annotations with equal keys agree exactly.
        """
        regions = sorted(
            (
                r.content(),
                tuple(sorted(r.choices.items())),
                tuple(sorted(r.texts.items())),
            )
            for r in self.regions.values()
        )
        relations = sorted(
            self._relation_content(rel)
            for rel in self.relations
            if rel.from_id in self.regions and rel.to_id in self.regions
        )
        dangling = sorted(
            (rel.from_id, rel.to_id, rel.labels)
            for rel in self.relations
            if rel.from_id not in self.regions or rel.to_id not in self.regions
        )
        return (
            tuple(regions),
            tuple(relations),
            tuple(dangling),
            tuple(sorted(self.document_choices.items())),
        )


def user_id_of(annotation: Mapping[str, Any]) -> int | None:
    """The Label Studio user id of ``completed_by`` (an int, or an object with ``id``)."""
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        who = who.get("id")
    return who if isinstance(who, int) and not isinstance(who, bool) else None


def _timestamp(value: Any) -> dt.datetime | None:
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


def task_doc_id(task: Mapping[str, Any]) -> str | None:
    """The doc_id of a task: ``data.doc_id``, else ``meta.doc_id``."""
    for part in ("data", "meta"):
        box = task.get(part)
        if isinstance(box, dict) and isinstance(box.get("doc_id"), str):
            return str(box["doc_id"])
    return None


def parse_annotation(
    annotation: Mapping[str, Any], task_id: int | None = None, file: str | None = None
) -> ParsedAnnotation:
    """Group an annotation's result items (Label Studio JSON) by region.

    The grouping is the validate stage's (:func:`sahel_events.validate.regions.
    parse_result`), so validation and compilation read an annotation the same way: the
    ``labels`` item of an id is the region, the other items with that id its attributes
    (Choices) and normalised values (TextArea: the last non-empty submission), items
    without a start offset document-level choices. On top of it, duplicate regions (same
    control, span and label under two ids, which the labeling screen can produce) are
    merged into the first, and relations to the dropped id are redirected to it.
    """
    annotation_id = int(annotation.get("id") or 0)
    result = annotation.get("result")
    grouped = parse_result(result)
    issues: list[Issue] = []

    def at(region: Any) -> Location:
        return Location(
            file=file,
            task=task_id,
            annotation=annotation_id,
            region=region if isinstance(region, str) else None,
        )

    for items, code, message in (
        (
            grouped.orphans,
            "consolidate.attribute-without-region",
            "per-region values with no labelled span under this id; ignored",
        ),
        (
            grouped.id_clashes,
            "consolidate.region-id-clash",
            "a second labelled span under an id already used; ignored",
        ),
    ):
        issues += [Issue(code, message, at(item.get("id")), "warning") for _, item in items]

    regions: dict[str, Region] = {}
    by_content: dict[tuple[str, int, int, str], str] = {}
    alias: dict[str, str] = {}
    for region_id, found in grouped.regions.items():
        if not _is_int(found.start) or not _is_int(found.end):
            issues.append(
                Issue(
                    "consolidate.bad-offsets",
                    "the region has no integer start/end; ignored",
                    at(region_id),
                )
            )
            continue
        texts = {name: t for name, v in found.texts.items() if (t := _last_text(v)) is not None}
        region = Region(
            id=region_id,
            control=found.control,
            start=found.start,
            end=found.end,
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
            issues.append(
                Issue(
                    "consolidate.duplicate-region",
                    f"same span and label as region {kept_id}: merged into it",
                    at(region_id),
                    "info",
                )
            )
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
    return ParsedAnnotation(
        annotation_id=annotation_id,
        user_id=user_id_of(annotation),
        created_at=_timestamp(annotation.get("created_at")),
        updated_at=_timestamp(annotation.get("updated_at")),
        lead_time=_seconds(lead),
        was_cancelled=bool(annotation.get("was_cancelled")),
        ground_truth=bool(annotation.get("ground_truth")),
        n_results=len(result) if isinstance(result, list) else 0,
        regions=regions,
        relations=tuple(relations),
        document_choices={name: tuple(v) for name, v in grouped.document_choices.items()},
        issues=issues,
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _seconds(value: Any) -> float | None:
    """``lead_time`` as a float; None when missing or not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def event_argument(
    relation: Relation, regions: Mapping[str, Region]
) -> tuple[Region, Region] | None:
    """The (event trigger, argument mention) a relation links, or None.

    Read as validate reads it: ``direction`` right goes from ``from_id`` to ``to_id`` (the
    UI default), left the other way, and for bi the event end is the source; the source
    must be an event region and the target an entity region.
    """
    source, target = regions.get(relation.from_id), regions.get(relation.to_id)
    if source is None or target is None:
        return None
    if relation.direction == "left" or (
        relation.direction == "bi" and target.control == EVENT_CONTROL
    ):
        source, target = target, source
    if source.control == EVENT_CONTROL and target.control == ENTITY_CONTROL:
        return source, target
    return None


# ---------------------------------------------------------------------------- consolidation


@dataclass
class Consolidated:
    """What consolidation decided for one task."""

    task_id: int
    doc_id: str | None
    record: ParsedAnnotation | None
    status: str | None  # ground_truth | consensus | single_annotation
    outcomes: dict[int, str]  # annotation id -> outcome
    annotations: list[ParsedAnnotation]
    issues: list[Issue] = field(default_factory=list)

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
    def completed(self) -> list[ParsedAnnotation]:
        """The annotations that were not cancelled, in export order."""
        return [a for a in self.annotations if not a.was_cancelled]


_EPOCH = dt.datetime.min.replace(tzinfo=dt.UTC)


def consolidate_task(
    task_id: int,
    doc_id: str | None,
    annotations: Sequence[ParsedAnnotation],
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
    record: ParsedAnnotation | None = None
    status: str | None = None
    truths = [a for a in completed if a.ground_truth]
    if truths:
        record = max(truths, key=lambda a: (a.updated_at or _EPOCH, a.annotation_id))
        status = STATUS_GROUND_TRUTH
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
        else:
            outcomes[record.annotation_id], issue = held
            issues.append(issue)
            record = status = None
    return Consolidated(task_id, doc_id, record, status, outcomes, list(annotations), issues)


def _held_back_by_status(
    record: ParsedAnnotation, status: str | None, where: Location
) -> tuple[str, Issue] | None:
    """The outcome and note when the record's document status keeps it out, else None."""
    doc_status = record.document_choices.get(DOC_STATUS, ())
    where = replace(where, annotation=record.annotation_id)
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
    """``annotator-NN`` per Label Studio user, numbered by the user's first annotation id.

    Call :meth:`observe` for every annotation read (in any order), then :meth:`name`.
    """

    def __init__(self) -> None:
        self._first: dict[int, int] = {}
        self._names: dict[int, str] | None = None

    def observe(self, user_id: int | None, annotation_id: int | None) -> None:
        """Note that ``user_id`` made annotation ``annotation_id``."""
        if user_id is None or annotation_id is None:
            return
        current = self._first.get(user_id)
        if current is None or annotation_id < current:
            self._first[user_id] = annotation_id
            self._names = None

    def observe_task(self, task: Mapping[str, Any]) -> None:
        """Observe every annotation of a raw exported task."""
        for annotation in task.get("annotations") or []:
            if isinstance(annotation, dict) and isinstance(annotation.get("id"), int):
                self.observe(user_id_of(annotation), annotation["id"])

    def mapping(self) -> dict[int, str]:
        """User id -> pseudonym."""
        if self._names is None:
            order = sorted(self._first, key=lambda user: (self._first[user], user))
            self._names = {user: f"annotator-{n:02d}" for n, user in enumerate(order, 1)}
        return self._names

    def name(self, user_id: int | None) -> str | None:
        """The pseudonym of ``user_id`` (None for an unknown user)."""
        return None if user_id is None else self.mapping().get(user_id)


# ---------------------------------------------------------------------------- snapshots


def iter_latest_tasks(
    snapshot_paths: Iterable[Path],
    report: Report,
    pseudonyms: Pseudonyms | None = None,
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Yield ``(snapshot, task)`` once per task id: the copy in the newest snapshot.

    Snapshots are read newest first (timestamp in the name, then name), one task at a
    time; memory holds the set of task ids seen, not the tasks. Every copy, kept or not,
    is shown to ``pseudonyms`` so numbering covers all snapshots. A snapshot that is not
    a complete JSON array adds an error (its complete tasks are still used).
    """
    seen: set[int] = set()
    for path in reversed(order_snapshots(snapshot_paths)):
        try:
            for task in iter_tasks(path):
                if pseudonyms is not None:
                    pseudonyms.observe_task(task)
                task_id = task.get("id")
                if not isinstance(task_id, int) or task_id in seen:
                    continue
                seen.add(task_id)
                yield path, task
        except SnapshotFormatError as exc:
            report.add(
                exc.code, exc.message, Location(file=str(path), line=exc.line, path=exc.path)
            )
        except OSError as exc:
            report.add(
                "export.unreadable",
                f"cannot read the snapshot: {exc.strerror}",
                Location(file=str(path)),
            )
