"""Where a check is: the task or annotation being checked, and how to report on it.

Every layer reports through these two objects, so every issue carries the same
location fields: the snapshot file, the task id, the annotation id, the region id, the
document id, and a JSON path into the snapshot (``$[3].annotations[0].result[5]``) that
points at the very item to fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..annotation.model import ParsedResult
from ..errors import Location, Report, Severity

Kind = Literal["annotations", "predictions"]


@dataclass
class TaskContext:
    """One task of a snapshot."""

    file: str
    index: int  # position in the snapshot's array
    task: Any
    report: Report

    @property
    def task_id(self) -> int | None:
        """The Label Studio task id, when the task has a well-typed one."""
        if isinstance(self.task, dict):
            value = self.task.get("id")
            if isinstance(value, int) and not isinstance(value, bool):
                return value
        return None

    @property
    def data(self) -> dict[str, Any]:
        """The task's ``data`` (empty when missing or malformed)."""
        if isinstance(self.task, dict) and isinstance(self.task.get("data"), dict):
            data: dict[str, Any] = self.task["data"]
            return data
        return {}

    @property
    def doc_id(self) -> str | None:
        """The document the task shows (``data.doc_id``)."""
        value = self.data.get("doc_id")
        return value if isinstance(value, str) else None

    @property
    def text(self) -> str | None:
        """The task text (``data.text``) as annotated; None when missing."""
        value = self.data.get("text")
        return value if isinstance(value, str) else None

    @property
    def path(self) -> str:
        """JSON path of the task in the snapshot."""
        return f"$[{self.index}]"

    def location(
        self,
        path: str | None = None,
        annotation: int | None = None,
        region: str | None = None,
    ) -> Location:
        """A location in this task; ``path`` defaults to the task's own."""
        return Location(
            file=self.file,
            path=path or self.path,
            task=self.task_id,
            annotation=annotation,
            region=region,
            doc_id=self.doc_id,
        )

    def add(
        self, code: str, message: str, path: str | None = None, severity: Severity = "error"
    ) -> None:
        """Report an issue about the task as a whole."""
        self.report.add(code, message, self.location(path), severity)


@dataclass
class AnnotationContext:
    """One annotation (or prediction) of a task, with its result already grouped."""

    task: TaskContext
    kind: Kind
    position: int  # index in the task's annotations (or predictions) list
    id: int | None
    parsed: ParsedResult

    @property
    def path(self) -> str:
        """JSON path of the annotation in the snapshot."""
        return f"{self.task.path}.{self.kind}[{self.position}]"

    def item_path(self, index: int | None) -> str:
        """JSON path of one result item (or of the annotation when ``index`` is None)."""
        return self.path if index is None else f"{self.path}.result[{index}]"

    def add(
        self,
        code: str,
        message: str,
        index: int | None = None,
        region: str | None = None,
        severity: Severity | None = None,
    ) -> None:
        """Report an issue about result item ``index`` of this annotation.

        ``severity`` defaults to error. Issues found in a prediction are downgraded to
        warnings (predictions are suggestions, not data) and say so.
        """
        if self.kind == "predictions":
            message = f"in prediction {self.id}: {message}"
            severity = "warning"
        self.task.report.add(
            code,
            message,
            self.task.location(
                self.item_path(index),
                annotation=self.id if self.kind == "annotations" else None,
                region=region,
            ),
            severity or "error",
        )
