"""How many annotators code each task: ``push --overlap N [--share S]``.

What Label Studio 1.23.2 (open source) honours, checked against the real server
(``tests/test_studio_overlap.py``): the project's ``maximum_annotations`` and each task's
own ``overlap``. A task is served by ``/api/projects/{id}/next/`` (the "Label all tasks"
stream) to annotators who have not coded it, until it holds ``overlap`` annotations; a
task with ``overlap = 1`` goes to one annotator only. The server's own way to pick a
share (``overlap_cohort_percentage`` below 100) picks tasks at random, and again at every
import, so the project picks them itself:

* the project keeps ``maximum_annotations = N`` and records the share as its
  ``overlap_cohort_percentage`` (so Label Studio's settings page shows it);
* a document is double-coded when the SHA-256 of its doc_id, read as a number in
  [0, 1), falls below the share (:func:`is_overlapped`): the same documents on every
  machine and every push, and a document never moves in or out of the share when others
  are added (the share is met on average, not exactly);
* every push then sets each task's ``overlap`` (N inside the share, 1 outside), after
  the import, overriding whatever the server's cohort logic chose.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..errors import UsageError

__all__ = ["OverlapPlan", "is_overlapped", "overlap_of", "plan_from"]

MAX_OVERLAP = 10
"""More annotators per task than this is a typo, not a campaign."""


@dataclass(frozen=True)
class OverlapPlan:
    """N annotators on a share of the documents (a whole percent), one on the others."""

    annotators: int
    percent: int  # 1..100

    @property
    def share(self) -> float:
        """The share as a fraction."""
        return self.percent / 100

    def describe(self) -> str:
        """One line a person reads."""
        if self.annotators == 1:
            return "one annotator per task"
        part = "every task" if self.percent == 100 else f"{self.percent}% of the tasks"
        return f"{self.annotators} annotators on {part} (chosen by doc_id hash), one on the rest"


def plan_from(annotators: int, share: float | None) -> OverlapPlan:
    """Check ``--overlap`` and ``--share`` (UsageError) and make the plan."""
    if not 1 <= annotators <= MAX_OVERLAP:
        raise UsageError(f"--overlap must be between 1 and {MAX_OVERLAP} annotators per task")
    if share is None:
        share = 1.0
    percent = round(share * 100)
    if not 0 < share <= 1 or abs(share * 100 - percent) > 1e-9:
        raise UsageError(
            f"--share must be a whole percent between 0.01 and 1 (for instance 0.2), not {share}"
        )
    if annotators == 1:
        percent = 100
    return OverlapPlan(annotators, percent)


def is_overlapped(doc_id: str, percent: int) -> bool:
    """True when the document falls in the double-coded share (stable, by doc_id hash)."""
    digest = hashlib.sha256(doc_id.encode("utf-8")).digest()
    position = int.from_bytes(digest[:8], "big") / 2**64
    return position < percent / 100


def overlap_of(doc_id: str | None, plan: OverlapPlan) -> int:
    """The ``overlap`` a task of this document gets under ``plan``."""
    if plan.annotators == 1 or doc_id is None:
        return 1
    return plan.annotators if is_overlapped(doc_id, plan.percent) else 1
