"""Issue codes of the incident review (:mod:`sahel_events.incidents`)."""

from __future__ import annotations

from .model import IssueCode

LAYER = "incidents"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "incidents.review-conflict",
        "warning",
        LAYER,
        "reviewers disagree on a candidate link (one says same incident, another "
        "different or unsure): the events are not linked",
        "have the reviewers agree in Label Studio (one changes or deletes their "
        "annotation of the task), then `sahel-events incidents pull`",
    ),
    IssueCode(
        "incidents.review-event-missing",
        "warning",
        LAYER,
        "a reviewed candidate names an event that is no longer in the tables (its "
        "annotation changed since the review): the link is not made",
        "run `sahel-events incidents propose` and `incidents push` to review the current "
        "events; the stale task can be deleted from the review project",
    ),
    IssueCode(
        "incidents.review-invalid",
        "error",
        LAYER,
        "a task or annotation of a review snapshot does not have the review's shape "
        "(its data lacks the candidate's event ids, or an annotation has no decision)",
        "fix the task in the review project (every annotation picks same incident, "
        "different or unsure) and pull again; never edit a snapshot",
    ),
    IssueCode(
        "incidents.no-candidates",
        "info",
        LAYER,
        "the candidate rule proposes no link between the current events",
        "nothing to review",
    ),
)
