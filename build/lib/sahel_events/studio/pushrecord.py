"""What the last complete push sent, so that a push with nothing to do answers at once.

A push lists every task and prediction of the project to decide what to send; for a
campaign-sized project that listing is most of its time, even when nothing changed.
After a push that sent everything and found nothing to report, push records here the
inputs it read (SHA-256 of the documents and predictions files, of the labeling config
and of the instructions) and what the project held after it (task and prediction
counts, model version). The next push compares those with the files and with the
project's counters, which the project lookup returns anyway; when all are equal there is
nothing to send and no listing is made.

A change on the server that keeps both counts (a task deleted and another imported by
someone else between two pushes) is not seen by the comparison: delete
``work/push-state/`` to make the next push list everything again. Records never hold a
secret: the server is named by its URL without credentials, and the project by its id
and creation time (a fresh server at the same URL has other creation times).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .. import __version__, jsonread
from ..paths import Project
from .client import ProjectInfo

__all__ = ["PushRecord", "file_digest", "forget", "load_record", "record_path", "save_record"]

STATE_DIR = "push-state"


@dataclass(frozen=True)
class PushRecord:
    """The inputs of a complete push and the project's counters after it."""

    inputs: dict[str, str]
    task_number: int
    total_predictions: int
    model_version: str
    documents: int
    tool: str = f"sahel-events {__version__}"


def file_digest(path: Path) -> str:
    """SHA-256 of a file read in blocks; ``absent`` when there is no such file."""
    if not path.is_file():
        return "absent"
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_path(project: Project, url: str, info: ProjectInfo) -> Path:
    """Where the record of pushes to this project on this server is kept."""
    parts = urlsplit(url)
    server = f"{parts.hostname}:{parts.port}{parts.path.rstrip('/')}"
    key = hashlib.sha256(f"{server}|{info.id}|{info.created_at}".encode()).hexdigest()[:16]
    return project.work / STATE_DIR / f"project-{info.id}-{key}.json"


def load_record(path: Path) -> PushRecord | None:
    """The record at ``path``; None when absent, unreadable or from another version."""
    try:
        raw: Any = jsonread.load_path(path)
        record = PushRecord(**raw) if isinstance(raw, dict) else None
    except (OSError, ValueError, TypeError):
        return None
    return record if record is not None and record.tool == PushRecord.tool else None


def save_record(path: Path, record: PushRecord) -> None:
    """Write the record (whole: a temporary file renamed over the old one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(record), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)


def forget(path: Path) -> None:
    """Remove the record: the next push lists the project again."""
    path.unlink(missing_ok=True)
