"""``sahel-events adjudicate``: list disagreements and put draft adjudications into Label Studio.

1. ``pull`` first, so that the disagreements are those of the server's current state and
   the snapshot they were read from stays in ``annotations/``;
2. for each task of this server's project (its newest copy) whose completed codings
   disagree and which has no ground truth yet, :func:`sahel_events.adjudication.plan_adjudication`
   lists the conflicts and builds the draft;
3. unless ``dry_run``, the draft is created on the task as an annotation of the
   reviewer (``completed_by``), who finds it as their own on the labeling screen,
   settles each CONFLICT (keeps one version, deletes the others and the mark) and
   updates it. A task that already holds a draft gets no second one, so the command can
   be run again at any time;
4. run again, it marks ground truth each of the reviewer's drafts with no CONFLICT mark
   left (Label Studio 1.23.2 open source has no ground-truth action on its screen: the
   data manager's ``groundTruth`` interface is off), which the next pull makes the
   annotation of record.

Annotators are named by their pseudonyms, numbered as the release numbers them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..adjudication import Adjudication, plan_adjudication
from ..annotation.snapshots import iter_current_tasks, snapshot_paths, source_key
from ..annotation.typed import parse_annotation, user_id_of
from ..consolidate import Pseudonyms
from ..errors import Report, UsageError
from ..paths import Project
from . import Echo, _quiet
from .client import StudioClient
from .pull import pull

__all__ = ["AdjudicateResult", "adjudicate"]


@dataclass
class AdjudicateResult:
    """The disagreements found and the drafts posted (task id -> annotation id)."""

    url: str
    project_id: int
    reviewer: str
    disagreements: list[Adjudication] = field(default_factory=list)
    posted: dict[int, int] = field(default_factory=dict)
    pending: dict[int, int] = field(default_factory=dict)  # task -> draft already there
    accepted: dict[int, int] = field(default_factory=dict)  # task -> resolved draft, now GT
    dry_run: bool = False
    report: Report = field(default_factory=Report)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (``adjudicate --json``)."""
        return {
            "url": self.url,
            "project_id": self.project_id,
            "reviewer": self.reviewer,
            "dry_run": self.dry_run,
            "disagreements": [
                {
                    **d.as_dict(),
                    "draft_annotation": self.posted.get(d.task_id),
                    "draft_already_there": self.pending.get(d.task_id),
                    "accepted_as_ground_truth": self.accepted.get(d.task_id),
                }
                for d in self.disagreements
            ],
            "report": self.report.as_dict(),
        }

    def to_text(self) -> str:
        """The disagreements per document, then what was posted."""
        if not self.disagreements:
            return (
                "No disagreement to adjudicate: every double-coded document agrees or is settled."
            )
        lines = []
        for d in self.disagreements:
            lines.append(d.to_text())
            if d.task_id in self.posted:
                lines.append(
                    f"  -> draft adjudication {self.posted[d.task_id]} posted for {self.reviewer}"
                )
            elif d.task_id in self.accepted:
                lines.append(
                    f"  -> resolved draft {self.accepted[d.task_id]} marked ground truth: "
                    "the annotation of record after the next pull"
                )
            elif d.task_id in self.pending:
                lines.append(
                    f"  -> draft {self.pending[d.task_id]} waits for the reviewer (CONFLICT "
                    "marks left)"
                )
        if self.posted:
            lines.append(
                f"{len(self.posted)} draft(s) to resolve at {self.url} (project "
                f"{self.project_id}): open the task, keep the right version at each CONFLICT "
                "mark, delete the others and the mark, and Update; then run `sahel-events "
                "adjudicate` again: it marks each resolved draft ground truth."
            )
        return "\n".join(lines)


def adjudicate(
    project: Project,
    client: StudioClient,
    *,
    title: str,
    reviewer: str | None = None,
    dry_run: bool = False,
    echo: Echo = _quiet,
) -> AdjudicateResult:
    """List the disagreements of the project on this server and post draft adjudications.

    ``reviewer`` is the e-mail of the account the drafts are made for (default: the
    token's user); an unknown e-mail is a :class:`UsageError`.
    """
    info = client.find_project(title)
    if info is None:
        raise UsageError(f"no project titled {title!r} on {client.url}: run `sahel-events push`")
    email = reviewer or client.whoami()
    user = client.user_id(email)
    if user is None:
        raise UsageError(
            f"no account {email} on {client.url}: add it with `sahel-events studio annotator add`"
        )
    pulled = pull(project, client, title=title, echo=echo)
    source = source_key(client.server_instance(), info.id, info.created_at)
    result = AdjudicateResult(client.url, info.id, email, dry_run=dry_run)
    if pulled.snapshot is not None:
        echo(f"Pulled {pulled.snapshot.name} first.")

    pseudonyms = Pseudonyms()
    tasks = [
        task
        for _path, task_source, task in iter_current_tasks(
            snapshot_paths(project.annotations), result.report, pseudonyms
        )
        if task_source == source
    ]

    def name(user_id: int | None) -> str:
        return pseudonyms.name(source, user_id) or f"user {user_id}"

    for task in sorted(tasks, key=lambda t: int(t.get("id") or 0)):
        raw = [
            a
            for a in task.get("annotations") or []
            if isinstance(a, dict) and not a.get("was_cancelled")
        ]
        if any(a.get("ground_truth") for a in raw):
            continue  # settled: the ground truth is the record
        # The reviewer's annotations are drafts (or resolved drafts), not codings.
        drafts = [a for a in raw if parse_annotation(a).conflict_marks or user_id_of(a) == user]
        codings = [a for a in raw if a not in drafts]
        found = plan_adjudication(task, codings, name)
        if found is None:
            continue
        result.disagreements.append(found)
        resolved = [a for a in drafts if not parse_annotation(a).conflict_marks]
        if resolved and not dry_run:
            # Label Studio's open-source screen cannot mark ground truth: the project does.
            accepted = int(resolved[0].get("id") or 0)
            client.set_ground_truth(accepted)
            result.accepted[found.task_id] = accepted
        elif drafts:
            result.pending[found.task_id] = int(drafts[0].get("id") or 0)
        elif not dry_run:
            result.posted[found.task_id] = client.create_annotation(
                found.task_id, found.draft, lead_time=0.0, completed_by=user
            )
    return result
