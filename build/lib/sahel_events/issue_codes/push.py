"""Issue codes of importing documents and predictions into Label Studio (`push`)."""

from __future__ import annotations

from .model import IssueCode

LAYER = "push"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "studio.bad-text-sha256",
        "error",
        LAYER,
        "a document's `text_sha256` is not the SHA-256 of its text",
        "run `sahel-events ingest` again",
    ),
    IssueCode(
        "studio.config-orphans-annotations",
        "error",
        LAYER,
        "the new labeling config would orphan existing annotations; the config was not updated",
        "keep those labels in the codebook, or fix the annotations in Label Studio first",
    ),
    IssueCode(
        "studio.duplicate-doc-id",
        "error",
        LAYER,
        "the documents file holds a doc_id twice",
        "run `sahel-events ingest` again",
    ),
    IssueCode(
        "studio.duplicate-prediction",
        "error",
        LAYER,
        "the predictions file holds two predictions for one document",
        "run `sahel-events preannotate` again",
    ),
    IssueCode(
        "studio.duplicate-task",
        "warning",
        LAYER,
        "several tasks in the project show one document",
        "delete the extra tasks in Label Studio",
    ),
    IssueCode(
        "studio.mixed-model-versions",
        "error",
        LAYER,
        "the predictions file holds several model versions",
        "run `sahel-events preannotate` again so that one run writes the whole file",
    ),
    IssueCode(
        "studio.prediction-without-document",
        "warning",
        LAYER,
        "a prediction for a document that is not in the documents file; ignored",
        "run `sahel-events preannotate` again after ingest",
    ),
    IssueCode(
        "studio.text-changed",
        "error",
        LAYER,
        "a document's text changed since its task was created; not imported",
        "migrate the task's annotations before replacing it",
    ),
)
