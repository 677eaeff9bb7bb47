"""Where each task of a snapshot lies, kept so that a snapshot read once is not read again.

A warm ``sahel-events build`` read every snapshot five times (validation's pass for the
current tasks and its checks, compile's pass, over the old snapshots and the new one),
each time hashing every task's bytes to find it among the known texts
(:mod:`.rawscan`): about half a CPU second at 10,000 tasks, for files that never change
(``pull`` writes a new snapshot, it never rewrites one). :class:`SnapshotIndex` keeps,
per snapshot read to its end, the byte offset, length and digest of every task and the
file's SHA-256 (:class:`TaskSpans`); the next read of the same file, in the same build
or a later one, takes each task's digest from there instead of reading the file, and
reads a task's bytes only when its text is not among the reader's known texts (then
checking them against the digest) or when a pass needs the whole task
(:meth:`TaskSpans` entries become :class:`IndexedStub`). An entry also keeps the
snapshot's task ids and its users' first annotations (:mod:`.taskfacts`): the passes
over every snapshot take an older snapshot's ids as a set and its users as a merge, and
read only its tasks that are still current
(:func:`sahel_events.annotation.snapshots.iter_current_texts`), so that a build's cost
does not grow with the number of snapshots pulled.

The same file: the same path, device, inode, size, modification and change times
(nanoseconds), as read before and after it was read whole. An entry is kept on disk
(``work/snapshot-index/<key>.pickle``, the key hashing the path and the code) only when
the file was last changed (its modification and change times) more than
:data:`SETTLED` seconds before it was read, so that a write within the file system's
timestamp granularity of the read cannot go unseen; within one build the entry serves
from memory either way (a file changed while a build reads it was already read twice,
differently, before this index); such an entry is written at the end of the build
(:meth:`SnapshotIndex.settle`) when the file has settled since and its SHA-256 is still
the one read. An entry on disk is used only whole: its bytes must
match the hash at its head, its spans be in order and inside the file, and the file's
identity be the one recorded; anything else is no entry, and the file is read again.
The directory can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from array import array
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ..files import sha256_file, write_cache_entry
from .rawtasks import DIGEST_SIZE, TaskStub, task_digest
from .taskfacts import FirstAnnotation, TaskFacts, sound_facts

__all__ = ["CACHE_DIR", "IndexedStub", "SnapshotIndex", "TaskSpans"]

#: The index's directory under ``work/``.
CACHE_DIR = "snapshot-index"
#: The layout of an entry; bumped when it changes (an older entry is then not read).
FORMAT = "snapshot-index-2"
#: Seconds since its last modification after which a file read whole is indexed on disk.
SETTLED = 2.0

#: What identifies a file's version: device, inode, size, mtime and ctime (ns).
Identity = tuple[int, int, int, int, int]


def identity(path: Path) -> Identity:
    """The identity of the file at ``path`` now (raises OSError when it cannot be read)."""
    st = os.stat(path)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


@dataclass(frozen=True)
class TaskSpans:
    """Every task of a snapshot read whole: its byte offset, its length, its digest; its
    task ids and its users' first annotations (:mod:`.taskfacts`)."""

    sha256: str  # of the whole file (hex)
    offsets: array  # type: ignore[type-arg]  # array('q')
    lengths: array  # type: ignore[type-arg]
    digests: bytes  # DIGEST_SIZE bytes per task
    ids: list[int | None]  # per element: the id of a task object, else None
    users: tuple[FirstAnnotation, ...] | None  # None: show the tasks to an observer

    def __len__(self) -> int:
        return len(self.offsets)

    @cached_property
    def id_set(self) -> frozenset[int]:
        """The ids of the snapshot's task objects (computed once per entry in memory)."""
        return frozenset(i for i in self.ids if i is not None)

    @cached_property
    def digest_set(self) -> frozenset[bytes]:
        """The digests of every task's text."""
        d = self.digests
        return frozenset(d[i : i + DIGEST_SIZE] for i in range(0, len(d), DIGEST_SIZE))

    def digest(self, index: int) -> bytes:
        """The digest of task ``index``'s text."""
        return self.digests[index * DIGEST_SIZE : (index + 1) * DIGEST_SIZE]

    def sound(self, size: int) -> bool:
        """Whether the spans fit a file of ``size`` bytes, in order, without overlap."""
        n = len(self.offsets)
        if len(self.lengths) != n or len(self.digests) != n * DIGEST_SIZE or len(self.ids) != n:
            return False
        end = 0
        for offset, length in zip(self.offsets, self.lengths, strict=True):
            if offset < end or length <= 0:
                return False
            end = offset + length
        return end <= size


class SpanCollector:
    """The spans of a snapshot as a reader finds its tasks, in order."""

    def __init__(self) -> None:
        self.offsets = array("q")
        self.lengths = array("q")
        self.digests = bytearray()
        self.facts = TaskFacts()
        #: The file's SHA-256, once it is read to its end (None: not yet, or failed).
        self.sha256: str | None = None

    def add(self, offset: int, length: int, digest: bytes, task: Any) -> None:
        """Note the task whose text is ``length`` bytes at ``offset`` (decoded as
        ``task``, or its stub)."""
        self.offsets.append(offset)
        self.lengths.append(length)
        self.digests += digest
        self.facts.add(task)

    def spans(self) -> TaskSpans:
        """What was collected, once the file is read to its end."""
        assert self.sha256 is not None
        facts = self.facts
        return TaskSpans(
            self.sha256, self.offsets, self.lengths, bytes(self.digests), facts.ids, facts.users()
        )


class SnapshotIndex:
    """The spans of the snapshots read, from memory, then ``directory`` (None: memory
    only), for one version of the code (``tool``: default, the package's files).
    ``settled``: :data:`SETTLED` unless given."""

    def __init__(
        self, directory: Path | None, tool: str | None = None, settled: float | None = None
    ) -> None:
        if tool is None:
            from ..toolprint import tool_fingerprint  # the hash of the package's files

            tool = tool_fingerprint()
        self.directory = directory
        self.settled = SETTLED if settled is None else settled
        self.salt = f"{FORMAT}\x1f{tool}"
        self._memory: dict[str, tuple[Identity, TaskSpans]] = {}
        #: The keys of the entries this build read or wrote (the rest can be pruned).
        self.used: set[str] = set()
        self.hits = 0
        # Entries kept in memory only, their file too recent when read: key -> path.
        self._recent: dict[str, Path] = {}

    def key(self, path: Path) -> str:
        """The name of ``path``'s entry: a hash of its resolved path and the code."""
        text = f"{self.salt}\x1f{path.resolve()}"
        return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32]

    def lookup(self, path: Path) -> TaskSpans | None:
        """The spans of ``path`` when it is the very file indexed; None otherwise."""
        try:
            now = identity(path)
        except OSError:
            return None
        key = self.key(path)
        found = self._memory.get(key)
        if found is None and self.directory is not None:
            found = _read(self.directory / f"{key}.pickle", self.salt)
            if found is not None:
                self._memory[key] = found
        if found is None or found[0] != now or not found[1].sound(now[2]):
            return None
        self.used.add(key)
        self.hits += 1
        return found[1]

    def record(self, path: Path, before: Identity, spans: TaskSpans, started: float) -> None:
        """Keep the spans of ``path``, read whole from time ``started`` on, when its
        identity was ``before`` at the start and is still that now."""
        try:
            after = identity(path)
        except OSError:
            return
        if after != before:
            return  # changed while it was read
        key = self.key(path)
        self._memory[key] = (after, spans)
        self.used.add(key)
        if self.directory is None or max(after[3], after[4]) / 1e9 > started - self.settled:
            self._recent[key] = path  # too recent to tell a later write within the same tick
            return
        _write(self.directory / f"{key}.pickle", self.salt, after, spans)

    def settle(self) -> None:
        """Write the entries of files that were too recent when read and are settled now
        (last changed more than ``settled`` seconds ago) and still hold the bytes read:
        their hash is taken again. A write since the read within the same timestamp tick
        is then seen in the bytes, and a later one changes the file's times; so the next
        build does not read the snapshot just pulled once more. A build calls this once
        its passes are done (a SHA-256 of the file, not a scan of its tasks)."""
        if self.directory is None:
            return
        now = time.time()
        for key, path in list(self._recent.items()):
            ident, spans = self._memory[key]
            if max(ident[3], ident[4]) / 1e9 > now - self.settled:
                continue  # still too recent: the next build reads it again
            del self._recent[key]
            try:
                if identity(path) != ident or sha256_file(path) != spans.sha256:
                    continue
                if identity(path) != ident:
                    continue  # changed while hashed
            except OSError:
                continue
            _write(self.directory / f"{key}.pickle", self.salt, ident, spans)


class IndexedStub(TaskStub):
    """A known task's stub whose bytes are read from its snapshot only when needed."""

    def __init__(
        self, fields: dict[str, Any], path: Path, offset: int, length: int, digest: bytes
    ) -> None:
        dict.__init__(self, fields)
        self._where = (path, offset, length, digest)

    @property
    def raw(self) -> bytes:
        """The task's text as the file holds it (checked against its digest)."""
        return read_span(*self._where)


def read_span(path: Path, offset: int, length: int, digest: bytes) -> bytes:
    """The ``length`` bytes at ``offset`` in ``path``; OSError when they are not those
    whose digest is ``digest`` (the file changed while the build read it)."""
    with path.open("rb") as handle:
        handle.seek(offset)
        raw = handle.read(length)
    if len(raw) != length or task_digest(raw) != digest:
        raise OSError(f"{path} changed while it was being read; run the command again")
    return raw


def _read(path: Path, salt: str) -> tuple[Identity, TaskSpans] | None:
    """The entry in ``path`` when it is whole and of this code; None otherwise."""
    try:
        data = path.read_bytes()
        head, _, body = data.partition(b"\n")
        if head != hashlib.sha256(body).hexdigest().encode():
            return None
        found = pickle.loads(body)
        fmt, entry_salt, ident, sha256, offsets, lengths, digests, ids, users = found
        if fmt != FORMAT or entry_salt != salt:
            return None
        if not (
            isinstance(ident, tuple)
            and len(ident) == 5
            and all(isinstance(v, int) for v in ident)
            and isinstance(sha256, str)
            and isinstance(offsets, array)
            and isinstance(lengths, array)
            and offsets.typecode == lengths.typecode == "q"
            and isinstance(digests, bytes)
            and sound_facts(ids, users, len(offsets))
        ):
            return None
        return ident, TaskSpans(sha256, offsets, lengths, digests, ids, users)
    except Exception:  # absent, truncated, damaged: no entry, the file is read again
        return None


def _write(path: Path, salt: str, ident: Identity, spans: TaskSpans) -> None:
    """Write the entry atomically; give up quietly when it cannot be written."""
    body = pickle.dumps(
        (
            FORMAT,
            salt,
            ident,
            spans.sha256,
            spans.offsets,
            spans.lengths,
            spans.digests,
            spans.ids,
            spans.users,
        ),
        protocol=pickle.HIGHEST_PROTOCOL,
    )
    write_cache_entry(path, hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
