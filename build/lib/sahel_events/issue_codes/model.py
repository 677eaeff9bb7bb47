"""What the catalogue says about one issue code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]

#: The stages that report issues, in pipeline order (the order of docs/issue-codes.md).
LAYERS: tuple[str, ...] = (
    "codebook",
    "schema",
    "ingest",
    "preannotate",
    "push",
    "validate",
    "consolidate",
    "compile",
    "incidents",
    "tables",
    "release",
)


@dataclass(frozen=True)
class IssueCode:
    """One declared issue code.

    ``severity`` is the severity the code is normally reported with: ``validate``
    reports every issue found in a prediction or a draft as a warning, and a few codes
    say in their meaning when they are reported at another severity.
    """

    code: str
    severity: Severity
    layer: str  # one of LAYERS: the stage that reports it
    meaning: str  # what went wrong, in a phrase
    action: str  # what the user should do about it
