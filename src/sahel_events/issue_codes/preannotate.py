"""Issue codes of pre-annotation and its YAML resources (:mod:`sahel_events.preannotate`)."""

from __future__ import annotations

from .model import IssueCode

LAYER = "preannotate"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "lexicon.invalid",
        "error",
        LAYER,
        "the trigger lexicon YAML breaks its format",
        "fix the entry at the given path",
    ),
    IssueCode(
        "preannotate.bad-offsets",
        "error",
        LAYER,
        "a suggested region's offsets are outside the text (a pre-annotation bug)",
        "report the bug; the suggestion is not pushed as is",
    ),
    IssueCode(
        "preannotate.bad-textarea",
        "error",
        LAYER,
        "a suggested TextArea value is not a list of strings (a pre-annotation bug)",
        "report the bug",
    ),
    IssueCode(
        "preannotate.dangling-relation",
        "error",
        LAYER,
        "a suggested relation names a region that is not in the prediction (a pre-annotation bug)",
        "report the bug",
    ),
    IssueCode(
        "preannotate.hidden-attribute",
        "error",
        LAYER,
        "a suggested per-region value on a label whose regions do not show that control (a "
        "pre-annotation bug)",
        "report the bug",
    ),
    IssueCode(
        "preannotate.orphan-attribute",
        "error",
        LAYER,
        "a suggested per-region value whose id is no suggested region (a pre-annotation bug)",
        "report the bug",
    ),
    IssueCode(
        "preannotate.text-mismatch",
        "error",
        LAYER,
        "a suggested region's text differs from the text at its offsets (a pre-annotation bug)",
        "report the bug",
    ),
    IssueCode(
        "preannotate.unknown-control",
        "error",
        LAYER,
        "a suggestion uses a control that is not in the labeling config, or of another kind",
        "regenerate the schema (`sahel-events schema generate`) or report the bug",
    ),
    IssueCode(
        "preannotate.unknown-role",
        "error",
        LAYER,
        "a suggested relation role that is not in the labeling config",
        "regenerate the schema or report the bug",
    ),
    IssueCode(
        "preannotate.unknown-value",
        "error",
        LAYER,
        "a suggested label or choice that is not a value of its control",
        "regenerate the schema or report the bug",
    ),
    IssueCode(
        "registry.invalid",
        "error",
        LAYER,
        "the actor registry YAML breaks its format",
        "fix the entry at the given path",
    ),
)
