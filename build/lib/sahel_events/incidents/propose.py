"""``incidents propose``: the candidate links of the current tables, as review tasks.

The command compiles the project as ``build`` does (every text in reach: reviewers see
the trigger sentences even of texts a release withholds); :func:`.rule.candidate_links`
runs on its ``events_flat``, and each candidate becomes a review task
(:func:`.tasks.review_task`), written to ``work/incidents/candidates.jsonl`` for
``incidents push``. Candidates between events already in one incident are left out:
there is nothing left to decide about them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..errors import Report, UsageError
from ..files import write_text_atomic
from ..paths import Project
from .rule import RULE_VERSION, candidate_links
from .tasks import review_task

#: Under ``work/``: the tasks ``incidents push`` imports.
CANDIDATES_FILE = "incidents/candidates.jsonl"


def candidates_path(project: Project) -> Path:
    """``work/incidents/candidates.jsonl``."""
    return project.work / CANDIDATES_FILE


@dataclass
class Proposal:
    """The candidates proposed, as review tasks."""

    path: Path
    tasks: list[dict[str, Any]]
    events: int
    report: Report = field(default_factory=Report)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (what ``incidents propose --json`` prints)."""
        return {
            "path": str(self.path),
            "rule_version": RULE_VERSION,
            "events": self.events,
            "candidates": [
                {k: t["data"][k] for k in ("candidate_id", "event_ids", "reasons", "distance_km")}
                for t in self.tasks
            ],
            "report": self.report.as_dict(),
        }

    def to_text(self) -> str:
        """What the terminal shows."""
        lines = [
            f"{len(self.tasks)} candidate link(s) among {self.events} event(s) "
            f"(rule version {RULE_VERSION}), written to {self.path}"
        ]
        for t in self.tasks:
            d = t["data"]
            lines.append(f"  {d['candidate_id']}: {' = '.join(d['event_ids'])} ({d['reasons'][2]})")
        if self.tasks:
            lines.append("Next: sahel-events incidents push")
        return "\n".join(lines)


def propose(project: Project, tables: Mapping[str, pa.Table]) -> Proposal:
    """Propose candidate links between the events of ``tables`` (compiled, with
    ``events_flat`` and ``documents``) and write them as review tasks."""
    rows = tables["events_flat"].to_pylist()
    documents = {d["doc_id"]: d for d in tables["documents"].to_pylist()}
    by_id = {r["event_id"]: r for r in rows}
    tasks = [
        review_task(link, by_id, documents)
        for link in candidate_links(rows)
        if by_id[link.event_a]["incident_id"] != by_id[link.event_b]["incident_id"]
    ]
    path = candidates_path(project)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(t, ensure_ascii=False, sort_keys=True) + "\n" for t in tasks)
    write_text_atomic(path, text)
    proposal = Proposal(path, tasks, len(rows))
    if not tasks:
        proposal.report.add(
            "incidents.no-candidates",
            f"the rule proposes no link between the {len(rows)} event(s)",
            None,
            "info",
        )
    return proposal


def read_candidates(project: Project) -> list[dict[str, Any]]:
    """The review tasks ``incidents propose`` wrote; a UsageError when there are none."""
    path = candidates_path(project)
    if not path.is_file():
        raise UsageError(f"no {path}: run `sahel-events incidents propose` first")
    tasks = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            task = json.loads(line)
        except ValueError:
            task = None
        meta = task.get("meta") if isinstance(task, dict) else None
        if not isinstance(meta, dict) or not isinstance(meta.get("candidate_id"), str):
            raise UsageError(
                f"{path}:{number} is not a task `incidents propose` wrote: run it again"
            )
        tasks.append(task)
    return tasks
