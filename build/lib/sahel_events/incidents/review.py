"""The reviewers' decisions on candidate links, read from the pulled review snapshots.

``sahel-events incidents pull`` saves the review project's exports under
``annotations/incidents/`` exactly as ``pull`` saves the annotation project's (never
overwritten, with a provenance record). Here they are read back: each task's newest
copy per source (:func:`~sahel_events.annotation.snapshots.iter_current_tasks`), its
shape checked with a JSON Schema, every completed annotation a :class:`Review`.

A candidate becomes a :class:`~.table.ConfirmedLink` only when every review of it (in
every source) says *same incident*: a *different* or *unsure* alone leaves the events
apart, and *same incident* beside another answer is a disagreement
(``incidents.review-conflict``), left apart too until the reviewers agree. A reviewed
candidate whose events are no longer in the tables links nothing
(``incidents.review-event-missing``). Reviewers are published as ``reviewer-NN``
pseudonyms, numbered like the annotators' (:class:`~sahel_events.consolidate.Pseudonyms`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..annotation.snapshots import iter_current_tasks, snapshot_paths
from ..annotation.typed import user_id_of
from ..consolidate import Pseudonyms
from ..errors import Location, Report
from ..paths import Project
from .table import ConfirmedLink, Groups
from .tasks import DECISION_CONTROL, DECISIONS, DIFFERENT, NOTE_CONTROL, SAME, candidate_id

#: Where the review snapshots live, under ``annotations/``.
REVIEW_DIR = "incidents"

#: The shape of a review task in an export (what ``incidents push`` put in ``data``).
TASK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "data"],
    "properties": {
        "id": {"type": "integer"},
        "data": {
            "type": "object",
            "required": ["candidate_id", "event_ids", "rule_version"],
            "properties": {
                "candidate_id": {"type": "string", "pattern": "^cand-[0-9a-f]{16}$"},
                "event_ids": {
                    "type": "array",
                    "items": {"type": "string", "minLength": 1},
                    "minItems": 2,
                    "maxItems": 2,
                    "uniqueItems": True,
                },
                "rule_version": {"type": "string"},
            },
        },
        "annotations": {"type": "array", "items": {"type": "object"}},
    },
}


def review_folder(project: Project) -> Path:
    """``annotations/incidents/``: the pulled snapshots of the review project."""
    return project.annotations / REVIEW_DIR


def review_snapshots(project: Project) -> list[Path]:
    """Every review snapshot of the project, oldest first."""
    return snapshot_paths(review_folder(project))


@dataclass(frozen=True)
class Review:
    """One reviewer's decision on one candidate."""

    candidate_id: str
    event_ids: tuple[str, str]
    rule_version: str
    decision: str
    note: str | None
    reviewer: str
    where: Location


@dataclass
class ReviewSet:
    """Every current review, and the problems met reading them."""

    reviews: list[Review] = field(default_factory=list)
    report: Report = field(default_factory=Report)

    def decisions(self) -> dict[str, list[Review]]:
        """candidate_id -> its reviews, in every source."""
        out: dict[str, list[Review]] = {}
        for review in self.reviews:
            out.setdefault(review.candidate_id, []).append(review)
        return out

    def links(self, events: Collection[str]) -> tuple[list[ConfirmedLink], Report]:
        """The confirmed links between ``events`` (event ids in the tables), and the
        issues of the reviews that cannot be used."""
        report = Report()
        links: list[ConfirmedLink] = []
        rejected: list[Review] = []
        for cid, reviews in sorted(self.decisions().items()):
            first = reviews[0]
            missing = [e for e in first.event_ids if e not in events]
            if missing:
                report.add(
                    "incidents.review-event-missing",
                    f"candidate {cid} links {' and '.join(first.event_ids)}, but "
                    f"{', '.join(missing)} is no longer in the tables (its annotation "
                    "changed since the review): the link is not made; propose and push "
                    "the candidates again",
                    first.where,
                    "warning",
                )
                continue
            answers = {r.decision for r in reviews}
            if answers == {DIFFERENT}:
                rejected.append(first)
            if answers == {SAME}:
                reviewers = tuple(sorted({r.reviewer for r in reviews}))
                links.append(ConfirmedLink(*first.event_ids, first.rule_version, reviewers))
            elif SAME in answers:
                said = "; ".join(f"{r.reviewer}: {r.decision}" for r in reviews)
                report.add(
                    "incidents.review-conflict",
                    f"reviewers disagree on candidate {cid} ({' and '.join(first.event_ids)}): "
                    f"{said}; the events are not linked until they agree",
                    first.where,
                    "warning",
                )
        return _without_contradictions(links, rejected, report), report


def _without_contradictions(
    links: list[ConfirmedLink], rejected: list[Review], report: Report
) -> list[ConfirmedLink]:
    """The links, less those of every incident that would join two events a reviewer
    said are different (A=B and B=C confirmed, A=C rejected): links are transitive, so
    such an incident is left unlinked and reported until the reviews agree."""
    groups = Groups()
    for link in links:
        groups.join(link.event_a, link.event_b)
    broken: set[str] = set()
    for review in rejected:
        a, b = review.event_ids
        if groups.root(a) == groups.root(b):
            broken.add(groups.root(a))
            report.add(
                "incidents.review-conflict",
                f"candidate {review.candidate_id} was judged different ({a} and {b}), but "
                "other confirmed links join both into one incident: none of that incident's "
                "links is made until the reviews agree",
                review.where,
                "warning",
            )
    return [link for link in links if groups.root(link.event_a) not in broken]


def _decision(result: Any) -> tuple[list[str], str | None]:
    """The decisions and the note of an annotation's result."""
    decisions: list[str] = []
    note = None
    for item in result if isinstance(result, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("value"), dict):
            continue
        value = item["value"]
        if item.get("from_name") == DECISION_CONTROL:
            decisions += [str(c) for c in value.get("choices") or []]
        elif item.get("from_name") == NOTE_CONTROL:
            texts = [str(t) for t in value.get("text") or [] if str(t).strip()]
            note = "\n".join(texts) or None
    return decisions, note


def read_reviews(paths: Iterable[Path], root: Path | None = None) -> ReviewSet:
    """The reviews in review snapshots (``root``: paths are named relative to it)."""
    paths = list(paths)
    result = ReviewSet()
    if not paths:
        # No review snapshot (most builds): jsonschema, whose import costs about a CPU
        # second (it builds Lark grammars), is not imported for nothing.
        return result
    import jsonschema  # the pipeline extra; imported when reviews are read

    validator = jsonschema.Draft202012Validator(TASK_SCHEMA)
    pseudonyms = Pseudonyms("reviewer")
    # Pseudonyms are numbered once every annotation is seen: reviews wait for them.
    pending: list[tuple[dict[str, Any], str, str | None, int, str, Location]] = []
    for path, source, task in iter_current_tasks(paths, result.report, apply_corrections=False):
        name = str(path.relative_to(root)) if root is not None else path.name
        where = Location(
            file=name, task=task.get("id") if isinstance(task.get("id"), int) else None
        )
        errors = sorted(validator.iter_errors(task), key=lambda e: list(e.absolute_path))
        if errors:
            e = errors[0]
            part = "/".join(str(p) for p in e.absolute_path) or "(the task)"
            result.report.add(
                "incidents.review-invalid",
                f"review task {where.task}: {part}: {e.message} (not a task `incidents push` "
                "made, or edited since); delete it from the review project",
                where,
            )
            continue
        data = task["data"]
        if candidate_id(data["event_ids"]) != data["candidate_id"]:
            result.report.add(
                "incidents.review-invalid",
                f"review task {where.task}: candidate_id {data['candidate_id']} is not that "
                f"of its events {', '.join(data['event_ids'])} (the task data was edited)",
                where,
            )
            continue
        pseudonyms.observe_task(task, source)
        for annotation in task.get("annotations") or []:
            if annotation.get("was_cancelled"):
                continue  # a skipped task is no decision
            at = Location(file=name, task=where.task, annotation=annotation.get("id"))
            decisions, note = _decision(annotation.get("result"))
            user = user_id_of(annotation)
            if len(decisions) != 1 or decisions[0] not in DECISIONS or user is None:
                result.report.add(
                    "incidents.review-invalid",
                    f"annotation {at.annotation} of review task {where.task} has "
                    f"{decisions or 'no decision'}{'' if user is not None else ' and no user'}: "
                    f"pick exactly one of {', '.join(DECISIONS)} and submit",
                    at,
                )
                continue
            pending.append((data, decisions[0], note, user, source, at))
    for data, decision, note, user, source, at in pending:
        result.reviews.append(
            Review(
                candidate_id=data["candidate_id"],
                event_ids=(data["event_ids"][0], data["event_ids"][1]),
                rule_version=str(data["rule_version"]),
                decision=decision,
                note=note,
                reviewer=pseudonyms.name(source, user) or "reviewer-unknown",
                where=at,
            )
        )
    return result


__all__ = [
    "DIFFERENT",
    "REVIEW_DIR",
    "Review",
    "ReviewSet",
    "read_reviews",
    "review_folder",
    "review_snapshots",
]
