"""What the last build compiled, so that one changed annotation rebuilds one document.

What compiling one task gives (its rows for ``annotations``, ``mentions``, ``events``
and ``event_arguments``, the issues found on the way, whether it is held back) depends
only on the task's raw text as exported (its id, data and annotations), the source it
was read from, the document, the codebook and the code. :class:`RowCache` keeps it
under ``work/compile-cache/`` keyed by a hash of all of these; a key that differs is a
miss and the task is compiled again, so the cache never changes what a build gives,
only how fast. The directory can be deleted at any time.

What a hit skips: the hardened JSON checks of the task's text (its digest is known to
pass them, :mod:`sahel_events.annotation.rawtasks`), parsing its annotations,
consolidating them and compiling the record, and turning its rows into Arrow (they are
taken back from the last build's Arrow files in one filter). The dataset-wide steps
still run over every task: which task wins a document, pseudonyms (numbered over every
annotation read), agreement, sorting, the derived tables and the table checks. A task
with two or more completed annotations, or whose document several sources hold, is
never cached: agreement and the choice between sources need its parsed annotations.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from .annotation.rawtasks import KnownTasks
from .errors import Issue
from .gcpause import paused_collector
from .toolprint import tool_fingerprint

if TYPE_CHECKING:
    from .codebook import Codebook
    from .ingest.documents import Document

__all__ = ["CACHE_DIR", "KEY_COLUMN", "RowCache", "TaskRows", "state_name", "tool_fingerprint"]

#: Under the project's ``work/`` directory.
CACHE_DIR = "compile-cache"
#: Bumped when :class:`TaskRows` changes shape (old entries then miss).
CACHE_FORMAT = "5"
#: In a generation of the state: the known task texts, and the marker written last.
KNOWN_FILE = "known-tasks.pickle"
META_FILE = "task-entries.pickle"
COMPLETE = "complete"
#: The staged tables' hidden column holding the key of the task a row came from.
KEY_COLUMN = "_key"


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


def _salt(codebook: Codebook, tool: str | None) -> str:
    """What every key of a state shares: the cache format, the codebook and the code."""
    return "\x1f".join(
        (CACHE_FORMAT, codebook.version, codebook.sha256, tool or tool_fingerprint())
    )


def state_name(codebook: Codebook, tool: str | None = None) -> str:
    """The name of the state directory a build with ``codebook`` and this code uses (the
    others are of other codebooks or code: :mod:`sahel_events.workcache` prunes them)."""
    return f"state-{_short(_salt(codebook, tool))}"


class RowCache:
    """What the last build compiled, in ``directory`` (created when first written).

    Two parts, saved together at the end of a build as one generation of
    ``state-<hash>/`` (the hash of the codebook and the code, so a build with another
    codebook keeps its own): ``task-entries.pickle``, each task's :class:`TaskRows` without its
    rows (key -> issues, held-back, record choice), and one Arrow file per staged table
    holding the rows of every cached task with its key, so that a hit costs a dictionary
    look-up and its rows are taken back in one vectorised filter. Only the tasks of the
    last build are kept. A state that cannot be read whole (deleted, damaged, of another
    shape) is no state: every task is compiled again.
    """

    def __init__(self, directory: Path, codebook: Codebook, tool: str | None = None) -> None:
        self.directory = directory
        self.salt = _salt(codebook, tool)
        self._salted = hashlib.sha256(self.salt.encode())  # copied for each key
        self.state_dir = directory / state_name(codebook, tool)
        self.hits = 0
        self.misses = 0
        # Task texts that passed the hardened decoder, for this version of the code.
        newest = self._newest()
        with paused_collector():
            self.known = KnownTasks(newest / KNOWN_FILE if newest is not None else None)
        self._meta: dict[str, _Packed] = {}
        self._tables: dict[str, pa.Table] = {}
        self._kept: dict[str, _Packed] = {}  # the entries of this build, saved at its end
        self._forgotten = False  # whether an entry was dropped from _kept
        # The keys asked for by :meth:`rows`, and the entries of the last build not among them.
        self._left_out: tuple[list[str], pa.Array] | None = None
        # Whether the table checks found nothing in the last build.
        self.prior_clean = False
        #: Why the last build's state, marked complete, could not be read (damaged or
        #: cut short): every task is then compiled again. None when it was read, or when
        #: there is none (a first build, or the cache deleted).
        self.unreadable: str | None = None

    def key(self, task_digest: bytes, document: Document | bytes, source: str) -> str:
        """The hash of everything one task's rows depend on: the digest of the task's raw
        text (:func:`sahel_events.annotation.rawtasks.task_digest`: its id, data and
        annotations as exported), the document, and ``source`` (the snapshot's server
        instance and project, which the rows' annotation keys name).

        ``document``: the document itself, or the digest of its line in the corpus file
        (:meth:`sahel_events.ingest.corpusindex.CorpusIndex.digest`), which changes
        whenever the document does; the two give different keys (a miss, never a wrong
        hit).

        Not the snapshot's name: each pull writes a new snapshot, and a task unchanged in
        it must still hit (:meth:`get` renames the snapshot in the stored issues).
        """
        digest = self._salted.copy()
        digest.update(source.encode() + b"\0" + task_digest)
        if isinstance(document, bytes):
            digest.update(b"corpus-line\0" + document)
            return digest.hexdigest()
        # pickle, not sorted JSON: four times faster, and as exact (two different contents
        # never give the same bytes). Without its memo (``fast``), equal values give equal
        # bytes however the objects are shared.
        out = io.BytesIO()
        pickler = pickle.Pickler(out, protocol=5)
        pickler.fast = True  # JSON values hold no cycles, which fast mode cannot pickle
        pickler.dump(document)  # a frozen dataclass: its fields in order, nested ones too
        digest.update(out.getbuffer())
        return digest.hexdigest()

    def load(self, schemas: Mapping[str, pa.Schema]) -> None:
        """Open the last build's state, whose staged tables must have ``schemas`` (memory
        mapped: a hit's rows are read when taken). Anything missing or odd: no state."""
        folder = self._newest()
        reading = META_FILE  # the file being read, named when it cannot be
        try:
            if folder is None:
                raise FileNotFoundError("no state")
            with (folder / META_FILE).open("rb") as handle, paused_collector():
                meta, clean = pickle.load(handle)
            if not isinstance(meta, dict) or not all(
                isinstance(v, tuple) and len(v) == len(_PACKED) for v in meta.values()
            ):
                raise ValueError("not a dictionary of packed task rows")
            tables = {}
            for name, schema in schemas.items():
                reading = f"{name}.arrow"
                with pa.memory_map(str(folder / reading)) as source:
                    table = pa.ipc.open_file(source).read_all()
                if not table.schema.equals(schema):
                    raise ValueError("another schema")
                tables[name] = table
        except Exception as exc:  # absent, damaged, another shape: every task misses
            meta, tables, clean = {}, {}, False
            # A state marked complete that cannot be read; one removed while it was
            # being read (pruned, or replaced by a newer build's) is only no state.
            if folder is not None and (folder / COMPLETE).is_file():
                self.unreadable = f"{folder / reading}: {type(exc).__name__}: {exc}"
        if self.known.damaged and self.unreadable is None:
            self.unreadable = f"{self.known.path}: not a set of known task texts"
        self._meta, self._tables, self.prior_clean = meta, tables, clean is True

    def _newest(self) -> Path | None:
        """The newest complete generation of the state (its marker written last)."""
        try:
            found = sorted(self.state_dir.glob("g-*"), reverse=True)
        except OSError:
            return None
        return next((g for g in found if (g / COMPLETE).is_file()), None)

    def get(self, key: str, snapshot: str, count_miss: bool = True) -> TaskRows | None:
        """What the task with ``key`` gave when last compiled, as read from ``snapshot``
        (its rows are not in it: :meth:`rows` takes them); None on a miss (not counted
        without ``count_miss``: the caller looks again once it has the whole task)."""
        packed = self._meta.get(key)
        if packed is None:
            self.misses += count_miss
            return None
        if packed[0] == snapshot:  # read from the same snapshot: kept as it was
            self.hits += 1
            self._kept[key] = packed
            return _unpack(packed)
        if not packed[1] and not packed[2]:  # no issue names the old snapshot: renamed
            # as a tuple (what :func:`_renamed` gives, without a dataclass to copy and
            # pack again: ten thousand of them are most of a warm build's compile step)
            self.hits += 1
            self._kept[key] = renamed = (snapshot, *packed[1:])
            return _unpack(renamed)
        found = _renamed(_unpack(packed), snapshot)
        if found is None:
            self.misses += count_miss
        else:
            self.hits += 1
            self._kept[key] = _pack(found)
        return found

    def put(self, key: str, rows: TaskRows) -> None:
        """Keep what compiling a task gave (its rows are saved from the staged tables)."""
        self._kept[key] = _pack(rows)

    def forget(self, key: str) -> None:
        """Keep no entry for ``key`` (a task whose rows this build does not stage: the
        next build compiles it again)."""
        self._kept.pop(key, None)
        self._forgotten = True

    def _of_kept(self, table: pa.Table, keys: pa.Array) -> pa.Table:
        """The rows of ``table`` whose :data:`KEY_COLUMN` is one of ``keys`` (the entries
        kept). The tables saved hold rows of tasks taken (hits and entries put, whose keys
        are kept unless forgotten) and of tasks not cached (a null key): without a
        forgotten entry, dropping the null keys is the same filter, without a look-up."""
        column = table.column(KEY_COLUMN)
        if self._forgotten:
            return table.filter(pc.is_in(column, value_set=keys))
        return table.filter(pc.is_valid(column)) if column.null_count else table

    def prior(self, name: str) -> pa.Table | None:
        """Table ``name`` as the last build kept it (None when there is no state)."""
        return self._tables.get(name)

    def rows(self, name: str, keys: list[str]) -> pa.Table | None:
        """The stored rows of table ``name`` of the tasks with ``keys`` (entries of the
        last build), and rows of keys it has no entry for, if any (the caller drops them:
        a saved table holds rows of its entries only, unless it was tampered with).

        Filtered by the few entries *not* taken, the rest of an incremental build's
        tasks: a look-up in a set of one key instead of ten thousand."""
        table = self._tables.get(name)
        if table is None or not keys:
            return None
        if self._left_out is None or self._left_out[0] is not keys:
            left = sorted(set(self._meta).difference(keys))
            self._left_out = (keys, pa.array(left, pa.string()))
        left_out = self._left_out[1]
        if not len(left_out):
            return table
        return table.filter(pc.invert(pc.is_in(table.column(KEY_COLUMN), value_set=left_out)))

    def save(self, tables: Mapping[str, pa.Table], clean: bool) -> None:
        """Write this build's state: the entries kept and, of ``tables``, the rows of
        those tasks (by :data:`KEY_COLUMN`; a table without it is kept whole); ``clean``:
        the table checks found nothing; with the known task texts (:mod:`.rawtasks`).

        A new generation directory, named by the time so that names sort in the order of
        builds, and a marker written last: a reader takes the newest with a marker, one
        whole state or none. New files only, never one renamed over another: replacing
        a file makes the file system write out the data just written first, seconds on a
        busy disk. Older generations go once the new one is complete."""
        keys = pa.array(list(self._kept), pa.string())
        generation = f"g-{time.time_ns():020d}-{os.getpid()}"
        folder = self.state_dir / generation
        try:
            folder.mkdir(parents=True)
            with (folder / META_FILE).open("wb") as handle:
                pickle.dump((self._kept, clean), handle, protocol=pickle.HIGHEST_PROTOCOL)
            for name, table in tables.items():
                rows = table
                if KEY_COLUMN in table.column_names:
                    rows = self._of_kept(table, keys)
                with (
                    pa.OSFile(str(folder / f"{name}.arrow"), "wb") as sink,
                    pa.ipc.new_file(sink, rows.schema) as writer,
                ):
                    writer.write_table(rows)
            self.known.save(folder / KNOWN_FILE, delta=True)
            (folder / COMPLETE).touch(exist_ok=False)
        except OSError:
            # A cache that cannot be written only makes the next build slower.
            shutil.rmtree(folder, ignore_errors=True)
            return
        for old in self.state_dir.glob("g-*"):
            if old.name < generation:
                shutil.rmtree(old, ignore_errors=True)


#: What is kept of a :class:`TaskRows` besides its rows, as a plain tuple: ten thousand
#: dataclasses take a second to unpickle, as many tuples a few milliseconds.
_PACKED = ("snapshot", "consolidation_issues", "record_issues", "held_back", "completed", "chosen")
_Packed = tuple[Any, ...]


def _pack(rows: TaskRows) -> _Packed:
    return tuple(getattr(rows, name) for name in _PACKED)


def _unpack(packed: _Packed) -> TaskRows:
    snapshot, consolidation, record, held_back, completed, chosen = packed
    return TaskRows(snapshot, consolidation, [], record, [], [], [], held_back, completed, chosen)


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
    )
