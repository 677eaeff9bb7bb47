"""The incident review project: candidate links as tasks on the same Label Studio server.

A project of its own (title: the annotation project's and `` incident review``), with
the review config of :mod:`sahel_events.incidents.tasks`. ``push_reviews`` creates it
when missing and imports the candidates that have no task yet (found by the
``candidate_id`` in each task's meta), so it can be run again after new candidates or an
interruption without duplicates. Pulling it is ``pull`` itself, into
``annotations/incidents/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError
from ..incidents.tasks import INSTRUCTIONS, LABEL_CONFIG
from . import Echo, _quiet
from .client import StudioClient

#: Added to the annotation project's title to name the review project.
TITLE_SUFFIX = " incident review"

DESCRIPTION = (
    "Candidate links between events of different articles (sahel-events incidents "
    "propose): is it the same incident?"
)


@dataclass(frozen=True)
class ReviewPush:
    """What ``incidents push`` did."""

    project_id: int
    title: str
    created: bool
    imported: int
    already: int

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return dict(self.__dict__)

    def to_text(self) -> str:
        """One line for the terminal."""
        made = "created" if self.created else "updated"
        return (
            f"Review project {self.title!r} (id {self.project_id}) {made}: "
            f"{self.imported} candidate(s) imported, {self.already} already there."
        )


def push_reviews(
    client: StudioClient,
    tasks: Sequence[dict[str, Any]],
    *,
    title: str,
    batch_size: int = 200,
    echo: Echo = _quiet,
) -> ReviewPush:
    """Create or update the review project and import the tasks not there yet."""
    info = client.find_project(title)
    created = info is None
    if info is None:
        echo(f"Creating the review project {title!r} on {client.url}...")
        info = client.create_project(title, LABEL_CONFIG, DESCRIPTION, INSTRUCTIONS)
    elif info.label_config.strip() != LABEL_CONFIG.strip():
        problem = client.config_problem(info.id, LABEL_CONFIG)
        if problem is not None:
            raise UsageError(
                f"the review project {title!r} cannot take this version's review config: {problem}"
            )
        client.update_project(info.id, label_config=LABEL_CONFIG)
    there = {str(m.get("candidate_id")) for m in client.task_metas(info.id).values()}
    new = [t for t in tasks if t["meta"]["candidate_id"] not in there]
    for begin in range(0, len(new), batch_size):
        client.import_tasks(info.id, new[begin : begin + batch_size])
        echo(f"Imported {min(begin + batch_size, len(new))} of {len(new)} candidate(s).")
    return ReviewPush(info.id, title, created, len(new), len(tasks) - len(new))
