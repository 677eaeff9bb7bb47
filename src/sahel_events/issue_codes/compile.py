"""Issue codes of turning annotations of record into table rows (:mod:`sahel_events.compile`)."""

from __future__ import annotations

from .model import IssueCode

LAYER = "compile"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "compile.bad-offsets",
        "error",
        LAYER,
        "a region's offsets fall outside the document text; the region is left out",
        "run `sahel-events validate` and fix the region in Label Studio",
    ),
    IssueCode(
        "compile.document-in-several-tasks",
        "warning",
        LAYER,
        "one document is in several tasks; only the first task is compiled",
        "delete the duplicate task in Label Studio",
    ),
    IssueCode(
        "compile.document-not-in-corpus",
        "info",
        LAYER,
        "a task's document is not among the documents compiled; the task is skipped",
        "restore the article in `raw/` if it should be published",
    ),
    IssueCode(
        "compile.region-text-mismatch",
        "warning",
        LAYER,
        "a region's text differs from the document text at its offsets; the document's is kept",
        "label the span again in Label Studio",
    ),
    IssueCode(
        "compile.relation-dangling",
        "warning",
        LAYER,
        "a relation names a region that does not exist; skipped",
        "delete the relation and draw it again",
    ),
    IssueCode(
        "compile.relation-not-argument",
        "warning",
        LAYER,
        "a relation does not go from an event to an entity; skipped",
        "redraw it from the event to the entity",
    ),
    IssueCode(
        "compile.relation-unlabelled",
        "warning",
        LAYER,
        "a relation has no role; skipped",
        "pick its role in Label Studio",
    ),
    IssueCode(
        "compile.several-locations",
        "info",
        LAYER,
        "an event has several location arguments; the first in the text gives its place",
        "nothing, or keep one location argument",
    ),
    IssueCode(
        "compile.task-without-doc-id",
        "warning",
        LAYER,
        "a task's data has no `doc_id`, so it cannot be joined to a document",
        "push the documents again with `sahel-events push`",
    ),
    IssueCode(
        "compile.text-changed",
        "warning",
        LAYER,
        "a task's text is not the current text of its document; its annotations are left out",
        "re-import the task and annotate it again",
    ),
    IssueCode(
        "compile.unknown-control",
        "warning",
        LAYER,
        "a region of a control that is neither an entity nor an event; ignored",
        "run `sahel-events validate`; check the project's labeling config",
    ),
    IssueCode(
        "compile.unknown-place",
        "info",
        LAYER,
        "a place id that is not in the gazetteer; no name, country or admin1",
        "check the GeoNames id, or add the place to the gazetteer",
    ),
    IssueCode(
        "compile.unknown-role",
        "warning",
        LAYER,
        "a relation label that is not a codebook role; skipped",
        "pick one of the codebook's roles",
    ),
)
