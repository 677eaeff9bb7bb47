"""Issue codes of `sahel-events schema check`: the generated files."""

from __future__ import annotations

from .model import IssueCode

LAYER = "schema"

CODES: tuple[IssueCode, ...] = (
    IssueCode(
        "schema.missing",
        "error",
        LAYER,
        "a file generated from the codebook is missing",
        "run `sahel-events schema generate`",
    ),
    IssueCode(
        "schema.stale",
        "error",
        LAYER,
        "a generated file differs from what the codebook (or the issue catalogue) generates: "
        "edited by hand, or its source changed",
        "edit the source, not the file, then run `sahel-events schema generate`",
    ),
)
