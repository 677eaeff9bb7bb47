"""The error catalogue shared by every stage.

Two kinds of failure, kept apart on purpose (the frictionless-py model):

* invalid *data* is reported, not raised: a stage returns a :class:`Report` of
  :class:`Issue` objects, each with a stable ``code``, a ``severity``, a ``location``
  that names the file, task, annotation, region or table row, and a message a person
  can act on. The CLI prints the report (or ``--json``) and exits with
  :data:`EXIT_INVALID_DATA` when it holds an error.
* *misuse* (a missing file, a bad option, a server that cannot be reached, a bad
  token) raises :class:`UsageError`, which the CLI prints as one line and exits with
  :data:`EXIT_USAGE`.

Neither ever shows a traceback to the user.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .issue_codes import Severity, lookup

__all__ = [
    "EXIT_INVALID_DATA",
    "EXIT_OK",
    "EXIT_USAGE",
    "InvalidDataError",
    "Issue",
    "Location",
    "Report",
    "SahelEventsError",
    "Severity",
    "UsageError",
]

EXIT_OK = 0
EXIT_INVALID_DATA = 1
EXIT_USAGE = 2


class SahelEventsError(Exception):
    """Base class of the exceptions this package raises on purpose."""

    exit_code = EXIT_USAGE


class UsageError(SahelEventsError):
    """Misuse: wrong arguments, missing files, unreachable server, bad credentials.

    The message must say what is wrong and what to do; it must never contain a secret.
    """

    exit_code = EXIT_USAGE


class InvalidDataError(SahelEventsError):
    """Raised when a stage cannot go on because its input is invalid.

    Carries the :class:`Report` that explains why, so the CLI can print it.
    """

    exit_code = EXIT_INVALID_DATA

    def __init__(self, message: str, report: Report | None = None) -> None:
        super().__init__(message)
        self.report = report if report is not None else Report()


@dataclass(frozen=True)
class Location:
    """Where an issue is. Every field is optional; set the ones that apply."""

    file: str | None = None
    line: int | None = None
    path: str | None = None  # a JSON path or a dotted path inside a YAML file
    task: int | None = None
    annotation: int | None = None
    region: str | None = None
    table: str | None = None
    key: str | None = None  # primary key of a table row
    doc_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The location with unset fields left out."""
        return {k: v for k, v in self.__dict__.items() if v is not None}

    def __str__(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file + (f":{self.line}" if self.line else ""))
        for name in ("path", "doc_id", "task", "annotation", "region", "table", "key"):
            value = getattr(self, name)
            if value is not None:
                parts.append(f"{name} {value}")
        return ", ".join(parts) or "(no location)"


@dataclass(frozen=True)
class Issue:
    """One problem found in the data, with a stable code and where it is.

    The code must be declared in :mod:`sahel_events.issue_codes`: an undeclared one
    raises :class:`~sahel_events.issue_codes.UndeclaredCodeError` (a bug, caught by
    the first test that meets it).
    """

    code: str
    message: str
    location: Location = field(default_factory=Location)
    severity: Severity = "error"

    def __post_init__(self) -> None:
        lookup(self.code)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form; the shape of ``--json`` output."""
        return {
            "code": self.code,
            "severity": self.severity,
            "location": self.location.as_dict(),
            "message": self.message,
        }

    def __str__(self) -> str:
        return f"{self.severity}: [{self.code}] {self.location}: {self.message}"


@dataclass
class Report:
    """An ordered collection of issues; valid when it holds no error."""

    issues: list[Issue] = field(default_factory=list)

    def add(
        self,
        code: str,
        message: str,
        location: Location | None = None,
        severity: Severity = "error",
    ) -> Issue:
        """Record an issue and return it."""
        issue = Issue(code, message, location or Location(), severity)
        self.issues.append(issue)
        return issue

    def extend(self, issues: Iterable[Issue]) -> None:
        """Append issues found elsewhere."""
        self.issues.extend(issues)

    @property
    def errors(self) -> list[Issue]:
        """The issues of severity ``error``."""
        return [i for i in self.issues if i.severity == "error"]

    @property
    def valid(self) -> bool:
        """True when no issue is an error."""
        return not self.errors

    def codes(self) -> list[str]:
        """The codes of all issues, in order (handy in tests)."""
        return [i.code for i in self.issues]

    def __iter__(self) -> Iterator[Issue]:
        return iter(self.issues)

    def __len__(self) -> int:
        return len(self.issues)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form: validity, counts by severity, and every issue."""
        counts: dict[str, int] = {"error": 0, "warning": 0, "info": 0}
        for issue in self.issues:
            counts[issue.severity] += 1
        return {
            "valid": self.valid,
            "counts": counts,
            "issues": [i.as_dict() for i in self.issues],
        }

    def to_json(self) -> str:
        """The report as indented JSON (what ``--json`` prints)."""
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False)

    def to_text(self) -> str:
        """The report as lines a person reads, with a summary line last."""
        lines = [str(i) for i in self.issues]
        counts = self.as_dict()["counts"]
        verdict = "valid" if self.valid else "INVALID"
        lines.append(
            f"{verdict}: {counts['error']} error(s), {counts['warning']} warning(s), "
            f"{counts['info']} note(s)"
        )
        return "\n".join(lines)
