"""Issue codes of choosing the annotation of record (:mod:`sahel_events.consolidate`)."""

from __future__ import annotations

from .model import IssueCode

LAYER = "consolidate"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "consolidate.document-unusable",
        "info",
        LAYER,
        "the annotation of record marks the document unusable; it is left out of the tables",
        "fix or replace the text in `raw/`, or change the document status",
    ),
    IssueCode(
        "consolidate.needs-adjudication",
        "warning",
        LAYER,
        "several completed annotations disagree and none is ground truth; the document is left out",
        "run `sahel-events adjudicate`, resolve the draft in Label Studio and mark it ground "
        "truth (or mark one annotation ground truth)",
    ),
    IssueCode(
        "consolidate.needs-review",
        "warning",
        LAYER,
        "the annotator asked for review; the document is left out until a reviewer marks an "
        "annotation ground truth",
        "review the document and mark the checked annotation ground truth",
    ),
    IssueCode(
        "consolidate.source-conflict",
        "warning",
        LAYER,
        "a document is annotated in several sources (Label Studio server instances or "
        "projects) whose annotations of record have equal standing and disagree; it is left "
        "out of the tables and listed for adjudication in the release card",
        "make the sources agree (correct one, or mark the one you keep ground truth), then "
        "pull again",
    ),
    IssueCode(
        "consolidate.several-ground-truths",
        "warning",
        LAYER,
        "several annotations are marked ground truth; the latest updated is used",
        "unmark the others in Label Studio",
    ),
    IssueCode(
        "export.unreadable",
        "error",
        LAYER,
        "a snapshot file cannot be read (permissions, I/O error)",
        "restore the snapshot from git",
    ),
    IssueCode(
        "consolidate.unresolved-conflict",
        "warning",
        LAYER,
        "a draft adjudication was marked ground truth while it still holds CONFLICT marks; "
        "the document is left out",
        "settle each disagreement, delete its CONFLICT mark in Label Studio, submit, pull",
    ),
)
