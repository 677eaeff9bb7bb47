"""Tasks known by their raw bytes: what lets an incremental compile skip decoding them.

The hardened decoder of :mod:`sahel_events.jsonread` checks every value of a task
(duplicate keys, huge numbers, lone surrogates, depth), which costs more than plain JSON
decoding, and plain decoding still costs more than an unchanged task is worth.
:class:`KnownTasks` remembers, for each task text that passed the hardened decoder (by
its digest, :func:`task_digest`, over the file's bytes), its length in bytes, its first
bytes and a :class:`TaskStub`: the few fields that the passes over every task read (id,
doc_id, correction statement, and who made each annotation when). The snapshot reader
(:func:`sahel_events.annotation.rawscan.iter_task_texts`) recognises a
known text where a task starts, on the file's bytes (same first bytes, then the same
digest over the same length: a JSON value ends where its text ends, so the task there is
that text) and yields its stub without decoding it, nor even turning its bytes into
text. :meth:`TaskStub.full` decodes the text when a pass needs all of it
(with the plain C decoder: for a text the hardened one accepted, it gives the same
value). Any text not known (changed, new, or refused before) is decoded as always.

The set is saved with the compile cache's state (:mod:`sahel_events.compile_cache`),
whose key covers the code (a change to the checks starts a new set), and can be deleted
at any time.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .corrections import CORRECTION_KEY

if TYPE_CHECKING:
    from .snapindex import SnapshotIndex

__all__ = ["DIGEST_SIZE", "PREFIX", "KnownTasks", "Raw", "TaskStub", "task_digest"]

#: Bytes of a digest: a truncated SHA-256, as collision-safe here as the whole one.
DIGEST_SIZE = 20
#: Bytes of a task's text that index it (a task's id comes first in an export).
PREFIX = 64
#: The fields of an annotation that a stub keeps (who, when, which kind).
_ANNOTATION_FIELDS = ("id", "created_at", "ground_truth", "was_cancelled")
#: The task ``meta`` entries that a stub keeps (the doc_id fallback, corrections).
_META_FIELDS = ("doc_id", CORRECTION_KEY)

_PLAIN = json.JSONDecoder()


#: The bytes of a task's text as the file holds them (UTF-8), or a view of them.
Raw = bytes | memoryview


def task_digest(raw: Raw) -> bytes:
    """The digest of a task's raw JSON text, as in the file (its UTF-8 bytes)."""
    return hashlib.sha256(raw).digest()[:DIGEST_SIZE]


class TaskStub(dict[str, Any]):
    """What the passes over every task read of a known task, with its bytes (``raw``)
    for :meth:`full` when a pass needs the whole task."""

    def __init__(self, fields: dict[str, Any], raw: Raw) -> None:
        super().__init__(fields)
        self._raw = raw

    @property
    def raw(self) -> Raw:
        """The task's text as the file holds it."""
        return self._raw

    def full(self) -> Any:
        """The whole task, decoded from its text (known to pass the hardened checks)."""
        return _PLAIN.decode(str(self.raw, "utf-8"))


def _stub_fields(task: Any) -> dict[str, Any] | None:
    """The fields of ``task`` a stub keeps; None for what is not a task object."""
    if not isinstance(task, dict):
        return None
    fields: dict[str, Any] = {"id": task.get("id")}
    data = task.get("data")
    if isinstance(data, dict) and "doc_id" in data:
        fields["data"] = {"doc_id": data["doc_id"]}
    meta = task.get("meta")
    if isinstance(meta, dict):
        fields["meta"] = {k: meta[k] for k in _META_FIELDS if k in meta}
    annotations = task.get("annotations")
    if isinstance(annotations, list):
        kept = []
        for a in annotations:
            if isinstance(a, dict):
                who = a.get("completed_by")
                item = {k: a[k] for k in _ANNOTATION_FIELDS if k in a}
                # The user id only: an export may give the user's e-mail beside it.
                item["completed_by"] = {"id": who.get("id")} if isinstance(who, dict) else who
                kept.append(item)
            else:
                kept.append(a)
        fields["annotations"] = kept
    elif annotations is not None:
        fields["annotations"] = annotations
    return fields


class KnownTasks:
    """Task texts that passed the hardened decoder, loaded from and saved to ``path``
    (absent or damaged: empty, each task is decoded and checked again)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        # digest -> (length in bytes, first bytes, stub fields)
        self._entries: dict[bytes, tuple[int, bytes, dict[str, Any]]] = {}
        #: The snapshots read whole through this set, with the SHA-256 of their bytes
        #: (hex), taken while reading them: not saved.
        self.read_whole: dict[Path, str] = {}
        self._added = False
        #: Whether ``path`` exists but could not be read as a set (it is then empty).
        self.damaged = False
        # The entries of the delta file (:meth:`save`) and those added since.
        self._delta: dict[bytes, tuple[int, bytes, dict[str, Any]]] = {}
        self._base = 0  # entries read from ``path`` itself
        # The digests met while reading (found, or added): at :meth:`save`, the others
        # are texts no snapshot holds any more, dropped once they are many.
        self._met: set[bytes] = set()
        #: Where the tasks of the snapshots read whole are (:mod:`.snapindex`), so that
        #: a snapshot read before is not read again; None: every read scans the file.
        self.index: SnapshotIndex | None = None
        if path is not None:
            try:
                self._entries = _read(path)
                first = itertools.islice(self._entries.values(), 1)
                if any(not isinstance(entry[1], bytes) for entry in first):
                    # Text prefixes: a set written by an older version. Start again.
                    raise FileNotFoundError("a set of another format")
                self._base = len(self._entries)
                self._delta = _read(_delta_path(path), missing_ok=True)
                self._entries.update(self._delta)
            except FileNotFoundError:  # no set yet
                self._entries, self._delta, self._base = {}, {}, 0
            except Exception:  # damaged: start again
                self._entries, self._delta, self._base = {}, {}, 0
                self.damaged = True
        self._by_prefix: dict[bytes, list[bytes]] = {}
        for digest, (_, prefix, _) in self._entries.items():
            self._by_prefix.setdefault(prefix, []).append(digest)

    def __contains__(self, digest: object) -> bool:
        if digest in self._entries:
            self._met.add(digest)
            return True
        return False

    def __len__(self) -> int:
        return len(self._entries)

    def digests(self) -> set[bytes]:
        """The digests of every known text."""
        return set(self._entries)

    def add(self, digest: bytes, raw: Raw, task: Any) -> None:
        """Note that ``raw`` (whose digest is ``digest``), decoded as ``task``, passed the
        hardened decoder."""
        self._met.add(digest)
        if digest in self._entries:
            return
        fields = _stub_fields(task)
        if fields is None:
            return
        prefix = bytes(raw[:PREFIX])
        self._entries[digest] = self._delta[digest] = (len(raw), prefix, fields)
        self._by_prefix.setdefault(prefix, []).append(digest)
        self._added = True

    def meet(self, digests: frozenset[bytes]) -> None:
        """Note that a snapshot read holds the texts ``digests`` (those known are not
        stale, :meth:`save`), as reading each would."""
        self._met.update(digests)

    def has_short(self) -> bool:
        """Whether a known text is shorter than :data:`PREFIX` bytes (such a text is not
        found by its first bytes, which the bytes after it in the file extend)."""
        return any(length < PREFIX for length, _, _ in self._entries.values())

    def candidates(self, prefix: bytes) -> list[tuple[int, bytes]]:
        """(length in bytes, digest) of the known texts whose first :data:`PREFIX` bytes
        are ``prefix``."""
        return [(self._entries[d][0], d) for d in self._by_prefix.get(prefix, ())]

    def fields_of(self, digest: bytes) -> dict[str, Any] | None:
        """The stub fields of the known text whose digest is ``digest``; None when it is
        not known."""
        entry = self._entries.get(digest)
        if entry is None:
            return None
        self._met.add(digest)
        return entry[2]

    def stub(self, digest: bytes, raw: Raw) -> TaskStub:
        """The stub of the known text ``raw``."""
        self._met.add(digest)
        return TaskStub(self._entries[digest][2], raw)

    def save(self, path: Path, delta: bool = False) -> None:
        """Write the set to ``path``, a new file (a hard link to the file it was read
        from when nothing was added). Raises OSError when it cannot.

        With ``delta`` (for a caller that keeps the files where they are written), the
        file read is linked, not written again, and the entries added since it go to a
        delta file beside it (``<name>.delta``, rewritten whole: it is small), so that
        one changed task does not rewrite ten thousand entries; the two are merged into
        one file once the delta holds more than :data:`MERGE_SHARE` of the main file's
        entries.

        Texts not met since the set was loaded (no snapshot read holds them any more: a
        task edited since, a snapshot removed) are dropped once they are more than
        :data:`MERGE_SHARE` of the entries, the set then written whole: it does not grow
        with every edit of a campaign, and is not rewritten for each one either."""
        stale = len(self._entries) - len(self._met.intersection(self._entries))
        if stale and stale > MERGE_SHARE * len(self._entries):
            _write(path, {d: e for d, e in self._entries.items() if d in self._met})
            return
        if not delta and not self._delta and self.path is not None:
            try:
                os.link(self.path, path)
                return
            except OSError:
                pass  # another file system, or the file is gone: write it
        if not delta:
            _write(path, self._entries)
            return
        if self.path is not None and self._base and len(self._delta) <= MERGE_SHARE * self._base:
            try:
                os.link(self.path, path)
            except OSError:
                pass  # another file system, or the file is gone: write it whole
            else:
                if self._delta and not self._linked(_delta_path(self.path), _delta_path(path)):
                    _write(_delta_path(path), self._delta)
                return
        _write(path, self._entries)

    def _linked(self, old: Path, new: Path) -> bool:
        """Link the delta file read to ``new`` when nothing was added to it."""
        if self._added:
            return False
        try:
            os.link(old, new)
        except OSError:
            return False
        return True


#: The share of the main file's entries above which the delta is merged into it.
MERGE_SHARE = 0.25


def _delta_path(path: Path) -> Path:
    return path.with_name(path.name + ".delta")


def _read(path: Path, missing_ok: bool = False) -> dict[bytes, tuple[int, bytes, dict[str, Any]]]:
    """The entries pickled in ``path`` (none when ``missing_ok`` and it is absent)."""
    try:
        with path.open("rb") as handle:
            entries = pickle.load(handle)
    except FileNotFoundError:
        if missing_ok:
            return {}
        raise
    if not isinstance(entries, dict):
        raise TypeError("not a dictionary")
    return entries


def _write(path: Path, entries: dict[bytes, tuple[int, bytes, dict[str, Any]]]) -> None:
    with path.open("xb") as handle:
        pickle.dump(entries, handle, protocol=pickle.HIGHEST_PROTOCOL)
