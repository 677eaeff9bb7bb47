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
        "registry.invalid",
        "error",
        LAYER,
        "the actor registry YAML breaks its format",
        "fix the entry at the given path",
    ),
)
