"""The validation cache: each task's findings, kept under ``work/validate-cache/``.

What the layers find in one task (structure, ground truths, text against its document,
the codebook, text and value rules of each annotation) depends on the task's raw text,
its position in the snapshot (issue paths say ``$[index]``), the ingested text of its
document, the codebook, whether predictions are checked, and the code. Everything but
the task and its document is the *salt* of one cache state (``tasks-<hash>.pickle``);
within it an entry is found by the digest of the task's raw text
(:func:`sahel_events.annotation.rawtasks.task_digest`) and its index, and serves only
while the document's ``text_sha256`` is the one it was checked against. A task in a new
snapshot whose text is unchanged therefore costs a look-up, not a check; a task whose
text is known is not even decoded (:class:`~sahel_events.annotation.rawtasks.KnownTasks`,
kept beside the state).

What spans tasks is never cached: a task or document exported twice, a snapshot with no
task or cut short, superseded snapshots, the closing note of a snapshot with errors.
Cached issues are reported again, errors included: a warm validation says what a cold
one says, in the same order.

The directory can be deleted at any time; a state that cannot be read is noted
(``validate.cache-unreadable``) and every task is checked again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from ..annotation.rawtasks import KnownTasks
from ..codebook import Codebook
from ..errors import Issue, Location, Report
from .text_rules import DocumentLike

__all__ = ["CACHE_DIR", "TaskEntry", "ValidationCache"]

#: The cache's directory under ``work/``.
CACHE_DIR = "validate-cache"
#: The layout of the state; bumped when it changes (an older state is then not read).
FORMAT = "validate-cache-1"


@dataclass(frozen=True)
class TaskEntry:
    """What checking one task found. Issues are kept without their file (the snapshot
    the task is met in next may have another name)."""

    task_id: int | None
    doc_id: str | None
    document: str | None  # text_sha256 of the document checked against (None: none)
    passed: bool  # whether the structure layer let the other layers run
    structure: tuple[Issue, ...]  # issues of the structure layer
    rest: tuple[Issue, ...]  # issues of the layers after the duplicate checks
    counts: tuple[int, int, int]  # annotations, cancelled, predictions

    def serves(self, documents: Mapping[str, DocumentLike] | None) -> bool:
        """Whether the task's document is still the one it was checked against."""
        if documents is None or self.doc_id is None:
            return True
        found = documents.get(self.doc_id)
        return (found.text_sha256 if found is not None else None) == self.document


def unfiled(issues: list[Issue]) -> tuple[Issue, ...]:
    """``issues`` without their file, as an entry keeps them."""
    return tuple(replace(i, location=replace(i.location, file=None)) for i in issues)


def filed(issues: tuple[Issue, ...], file: str) -> list[Issue]:
    """Cached ``issues`` located in ``file`` again."""
    return [replace(i, location=replace(i.location, file=file)) for i in issues]


class ValidationCache:
    """The entries of the last validation in ``directory``, and those of this one."""

    def __init__(
        self,
        directory: Path,
        codebook: Codebook,
        *,
        check_predictions: bool,
        with_documents: bool,
        tool: str | None = None,
    ) -> None:
        from ..toolprint import tool_fingerprint  # the hash of the package's files

        salt = "\x1f".join(
            (
                FORMAT,
                codebook.version,
                codebook.sha256,
                tool or tool_fingerprint(),
                f"predictions={check_predictions}",
                f"documents={with_documents}",
            )
        )
        short = hashlib.sha256(salt.encode()).hexdigest()[:16]
        self.directory = directory
        #: The hash naming this state's files (the others are of another codebook or code).
        self.state_hash = short
        self.state = directory / f"tasks-{short}.pickle"
        self.known_file = directory / f"known-{short}.pickle"
        self.hits = 0
        self.misses = 0
        self._last: dict[tuple[bytes, int], TaskEntry] = {}
        self._now: dict[tuple[bytes, int], TaskEntry] = {}
        self.known = KnownTasks(self.known_file if self.known_file.is_file() else None)
        self._unreadable: str | None = None
        try:
            with self.state.open("rb") as handle:
                loaded = pickle.load(handle)
            if not isinstance(loaded, tuple) or len(loaded) != 2 or loaded[0] != salt:
                raise ValueError("another format")
            if not isinstance(loaded[1], dict):
                raise ValueError("not a table of entries")
            self._last = loaded[1]
        except FileNotFoundError:
            pass
        except Exception as exc:  # damaged in any way: every task is checked again
            self._unreadable = f"{type(exc).__name__}: {exc}"
        self._salt = salt

    def note(self, report: Report) -> None:
        """Say in ``report`` that the state could not be read, if so."""
        if self._unreadable is not None:
            report.add(
                "validate.cache-unreadable",
                f"the validation cache {self.state} could not be read ({self._unreadable}); "
                "every task was checked again and the cache is written anew. Nothing to do",
                Location(file=str(self.state)),
                "info",
            )
            self._unreadable = None

    def get(
        self, digest: bytes, index: int, documents: Mapping[str, DocumentLike] | None
    ) -> TaskEntry | None:
        """The entry of the task with this raw-text ``digest`` at ``index``, if it still
        serves (its document unchanged); kept for the next validation."""
        key = (digest, index)
        entry = self._now.get(key) or self._last.get(key)
        if not isinstance(entry, TaskEntry) or not entry.serves(documents):
            self.misses += 1
            return None
        self.hits += 1
        self._now[key] = entry
        return entry

    def put(self, digest: bytes, index: int, entry: TaskEntry) -> None:
        """Keep what checking a task found."""
        self._now[(digest, index)] = entry

    def save(self) -> None:
        """Write this validation's entries (and the known task texts) for the next one;
        skipped when they cannot be written (the cache is an optimisation)."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            _atomic(self.state, lambda h: pickle.dump((self._salt, self._now), h, protocol=5))
            fd, tmp = tempfile.mkstemp(prefix=".known-", dir=self.directory)
            os.close(fd)
            os.unlink(tmp)
            try:
                self.known.save(Path(tmp))
                os.replace(tmp, self.known_file)
            finally:
                Path(tmp).unlink(missing_ok=True)
        except OSError:
            return


def _atomic(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write ``path`` through a temporary file in its directory, then rename it."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
