"""Compiled rows cached per document, so that one changed annotation rebuilds one document.

What compiling one task gives (its rows for ``annotations``, ``mentions``, ``events``
and ``event_arguments``, the issues found on the way, whether it is held back) depends
only on the task's annotations, its id, the snapshot it was read from, the document, the
codebook and the code. :class:`RowCache` stores it under ``work/compile-cache/``, one
file per document, keyed by a hash of all of these; a key that differs is a miss and the
task is compiled again, so the cache never changes what a build gives, only how fast.
The directory can be deleted at any time.

The dataset-wide steps (which task wins a document, pseudonyms, agreement, sorting, the
derived tables and the table checks) always run. A task with two or more completed
annotations is never cached: agreement needs its parsed annotations.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import pickle
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .annotation.rawtasks import KnownTasks
from .errors import Issue

if TYPE_CHECKING:
    from .codebook import Codebook
    from .ingest.documents import Document

__all__ = ["CACHE_DIR", "RowCache", "TaskRows", "tool_fingerprint"]

#: Under the project's ``work/`` directory.
CACHE_DIR = "compile-cache"
#: Bumped when :class:`TaskRows` changes shape (old entries then miss).
CACHE_FORMAT = "3"


@dataclass
class TaskRows:
    """Everything compiling one task gives before the dataset-wide steps."""

    snapshot: str  # the snapshot the task was read from, as rows and issues name it
    consolidation_issues: list[Issue]
    annotations: list[dict[str, Any]]
    record_issues: list[Issue]  # of the annotation of record and of turning it into rows
    mentions: list[dict[str, Any]]
    events: list[dict[str, Any]]
    arguments: list[dict[str, Any]]
    # reason, annotation ids and Label Studio user ids of a held-back document
    held_back: dict[str, Any] | None = None
    completed: int = 0  # completed annotations (two or more: not cached)
    # How the record was chosen and by whom (Label Studio user ids), when there is one.
    chosen: tuple[str, tuple[int | None, ...]] | None = None


@functools.cache
def tool_fingerprint() -> str:
    """A hash of the package's own files (code and data such as the gazetteer).

    A cache filled by another version of the code, or by a checkout with a local edit,
    then misses instead of serving rows that code would no longer give.
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file() or path.suffix == ".pyc":
            continue
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class RowCache:
    """Compiled rows of each document, in ``directory`` (created when first written)."""

    def __init__(self, directory: Path, codebook: Codebook, tool: str | None = None) -> None:
        self.directory = directory
        # What every key shares: the cache format, the codebook and the code.
        self.salt = "\x1f".join(
            (CACHE_FORMAT, codebook.version, codebook.sha256, tool or tool_fingerprint())
        )
        self.hits = 0
        self.misses = 0
        # Task texts that passed the hardened decoder, for this version of the code.
        fingerprint = tool or tool_fingerprint()
        self.known = KnownTasks(directory / f"known-tasks-{_short(fingerprint)}.bin")

    def key(self, task_digest: bytes, document: Document, source: str) -> str:
        """The hash of everything one task's rows depend on: the digest of the task's raw
        text (:func:`sahel_events.annotation.rawtasks.task_digest`: its id, data and
        annotations as exported), the document, and ``source`` (the snapshot's server
        instance and project, which the rows' annotation keys name).

        Not the snapshot's name: each pull writes a new snapshot, and a task unchanged in
        it must still hit (:meth:`get` renames the snapshot in the stored rows).
        """
        digest = hashlib.sha256(self.salt.encode())
        digest.update(source.encode() + b"\0" + task_digest)
        # pickle, not sorted JSON: four times faster, and as exact (two different contents
        # never give the same bytes). Without its memo (``fast``), equal values give equal
        # bytes however the objects are shared.
        out = io.BytesIO()
        pickler = pickle.Pickler(out, protocol=5)
        pickler.fast = True  # JSON values hold no cycles, which fast mode cannot pickle
        pickler.dump(document.as_dict())
        digest.update(out.getbuffer())
        return digest.hexdigest()

    def _path(self, doc_id: str) -> Path:
        name = hashlib.sha256(doc_id.encode()).hexdigest()
        return self.directory / name[:2] / f"{name}.pickle"

    def get(self, doc_id: str, key: str, snapshot: str) -> TaskRows | None:
        """The rows stored for ``doc_id`` under ``key``, as read from ``snapshot``; None
        when absent, stale or damaged."""
        try:
            with self._path(doc_id).open("rb") as handle:
                stored_key, rows = pickle.load(handle)
        except Exception:  # absent, or damaged (a miss: it is rewritten)
            rows = stored_key = None
        fresh = stored_key == key and isinstance(rows, TaskRows)
        found = _renamed(rows, snapshot) if fresh else None
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    def put(self, doc_id: str, key: str, rows: TaskRows) -> None:
        """Store ``rows`` for ``doc_id`` (atomically: a reader sees the old or the new)."""
        path = self._path(doc_id)
        tmp: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump((key, rows), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            # A cache that cannot be written only makes the next build slower.
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)


def _short(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _renamed(rows: TaskRows, snapshot: str) -> TaskRows | None:
    """``rows`` as if read from ``snapshot``; None when a message names the old one."""
    old = rows.snapshot
    if old == snapshot:
        return rows
    issues = [*rows.consolidation_issues, *rows.record_issues]
    if any(old in issue.message for issue in issues):
        return None  # rare; compiling the task again is simpler than rewording

    def moved(found: list[Issue]) -> list[Issue]:
        return [
            replace(i, location=replace(i.location, file=snapshot)) if i.location.file == old else i
            for i in found
        ]

    return replace(
        rows,
        snapshot=snapshot,
        consolidation_issues=moved(rows.consolidation_issues),
        record_issues=moved(rows.record_issues),
        annotations=[
            {**r, "snapshot": snapshot} if r.get("snapshot") == old else r for r in rows.annotations
        ],
    )
