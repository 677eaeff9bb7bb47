"""The build's caches under ``work/``: what each holds, and removing what a build left unused.

``build`` keeps five caches (``docs/releases.md``, *What a build keeps under work/*):

* ``ingest-cache/``: one file per raw file as ingested (``<key[:2]>/<key>.pickle``), plus
  the near-duplicate pairs of the last corpus and the packed index of the entries the last
  run used (two files, always kept: each holds the last run's corpus only);
* ``validate-cache/``: one *state* per codebook and code (``tasks-<hash>.pickle`` and
  ``known-<hash>.pickle``), holding the tasks of the last validation;
* ``compile-cache/``: one state per codebook and code (``state-<hash>/``), holding the
  tasks of the last compile (only its newest generation survives a build);
* ``content-hash-cache/``: one file per table file written (``<sha256>.txt``), and one
  per compiled table, naming the file it gave (``<key>.txt``, :mod:`.release.tablereuse`);
* ``snapshot-index/``: one file per snapshot read whole (``<key>.pickle``: where each of
  its tasks is, :mod:`.annotation.snapindex`), for the path and code in its key.

An entry here is what pruning removes as a whole: an ingest file, a validate or compile
state, a content-hash file, a snapshot's index. Within the state a build uses, the
validate and compile caches keep only that build's tasks already; what grows over a
campaign is the rest: one ingest entry per version of each raw file, one state per
codebook or code version, one content-hash file per version of each table, one index
per snapshot read. :func:`prune` removes those at the end
of a successful build, from what the build records in a :class:`CacheUse` as it runs.

Why at the end of every build and not as a separate command: which entries are in use is
only known while building (every key hashes a raw file or a task with the code); a
separate command would have to compute every key again, most of a warm build's work,
while the build already has them and pruning then costs a directory listing.

Safety with a build running beside this one: an entry modified after this build started
is never removed (a concurrent build may just have written it); a file is removed by
one unlink and a state directory by one rename out of the way before it is deleted, so
a reader sees an entry whole or not at all, and an entry gone is a miss: it is computed
again. Nothing here changes what a build writes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "CACHES",
    "CacheUse",
    "Holding",
    "cache_info",
    "clear",
    "describe",
    "prune",
    "prune_after_build",
]

#: The directories under ``work/``, in the order of the pipeline.
INGEST, VALIDATE, COMPILE, HASHES, SNAPSHOTS = (
    "ingest-cache",
    "validate-cache",
    "compile-cache",
    "content-hash-cache",
    "snapshot-index",
)
CACHES = (INGEST, VALIDATE, COMPILE, HASHES, SNAPSHOTS)
#: What a write killed mid-way leaves (each cache writes through ``.name-*`` temporary
#: files): removed once older than this, never sooner (a write in progress is younger).
LEFTOVER_AGE = 3600.0
#: Where a state directory is moved before it is deleted (hidden: not an entry).
TRASH_PREFIX = ".pruned-"


@dataclass
class CacheUse:
    """What one build used of each cache, recorded as it runs."""

    #: When the build started (``time.time()``): anything modified since is kept.
    started: float = field(default_factory=time.time)
    #: Keys of the ingest entries looked up or written.
    ingest: set[str] = field(default_factory=set)
    #: The hash naming the validate state's files (``tasks-<hash>.pickle``), and the name
    #: of the compile state's directory (``state-<hash>``).
    validate: set[str] = field(default_factory=set)
    compile: set[str] = field(default_factory=set)
    #: SHA-256 of each table file written, and the key of each table written or kept
    #: (the content-hash and table-reuse entries).
    hashes: set[str] = field(default_factory=set)
    #: Keys of the snapshot index's entries read or written (one per snapshot read).
    snapshots: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Holding:
    """One cache: its entries and their bytes on disk (and what pruning removed)."""

    name: str
    directory: Path
    entries: int
    bytes: int

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (``cache info --json``)."""
        return {
            "cache": self.name,
            "directory": str(self.directory),
            "entries": self.entries,
            "bytes": self.bytes,
        }


def _scan(name: str, directory: Path) -> Iterator[tuple[str | None, str]]:
    """(entry name, path) of each entry of cache ``name``, and (None, path) of each hidden
    file or directory beside them (a temporary file, a state being removed); a state's two
    validate files are two paths of one entry (its hash). One listing of each directory:
    paths stay strings, as most are only compared with the entries in use."""
    try:
        children = list(os.scandir(directory))
    except OSError:  # no cache yet
        return
    for child in children:
        if child.name.startswith("."):
            yield None, child.path
        elif name == INGEST and child.is_dir(follow_symlinks=False):
            try:
                inner = list(os.scandir(child.path))
            except OSError:
                continue
            for entry in inner:
                if entry.name.startswith("."):
                    yield None, entry.path
                elif entry.name.endswith(".pickle"):
                    yield entry.name[: -len(".pickle")], entry.path
        elif name == INGEST:
            yield child.name, child.path  # the near-duplicate pairs
        elif name == VALIDATE:
            stem = child.name.split(".", 1)[0]
            yield stem.split("-", 1)[-1], child.path
        elif name == HASHES:
            yield child.name[: -len(".txt")], child.path
        elif name == SNAPSHOTS:
            yield child.name.removesuffix(".pickle"), child.path
        else:
            yield child.name, child.path


def _entries(name: str, directory: Path) -> set[str]:
    """The names of the entries of cache ``name``."""
    return {entry for entry, _ in _scan(name, directory) if entry is not None}


def _size(path: Path) -> int:
    """Bytes of the file, or of every file under the directory, at ``path``."""
    try:
        if not path.is_dir() or path.is_symlink():
            return path.lstat().st_size
        total = 0
        for root, _, files in os.walk(path):
            for file in files:
                with contextlib.suppress(OSError):  # removed meanwhile
                    total += os.lstat(os.path.join(root, file)).st_size
        return total
    except OSError:
        return 0


def cache_info(work: Path) -> list[Holding]:
    """Entries and bytes of each cache under ``work`` (bytes: every file under its
    directory, temporary files included, so the sum is what ``du`` counts of them)."""
    found = []
    for name in CACHES:
        directory = work / name
        found.append(Holding(name, directory, len(_entries(name, directory)), _size(directory)))
    return found


def _modified(path: Path) -> float | None:
    """The newest modification time of ``path`` (a directory: of anything under it);
    None when it is gone."""
    try:
        newest = path.lstat().st_mtime
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path):
                for item in (*dirs, *files):
                    with contextlib.suppress(OSError):  # removed meanwhile
                        newest = max(newest, os.lstat(os.path.join(root, item)).st_mtime)
    except OSError:
        return None
    return newest


def _remove(path: Path) -> int | None:
    """Remove the file or directory at ``path`` in one step a reader can see (an unlink,
    or a rename out of the way before the delete); its bytes, None when it was not
    removed (gone already, or not ours to remove)."""
    size = _size(path)
    try:
        if path.is_dir() and not path.is_symlink():
            trash = path.with_name(f"{TRASH_PREFIX}{os.getpid()}-{path.name}")
            os.rename(path, trash)
            shutil.rmtree(trash, ignore_errors=True)
        else:
            path.unlink()
    except OSError:
        return None
    return size


def prune(work: Path, use: CacheUse) -> list[Holding]:
    """Remove from the caches under ``work`` every entry ``use`` does not name and that
    was not modified since ``use.started``; return what was removed, per cache.

    A cache ``use`` names nothing of (the build did not use it) is left alone.
    """
    kept = {
        INGEST: use.ingest,
        VALIDATE: use.validate,
        COMPILE: use.compile,
        HASHES: use.hashes,
        SNAPSHOTS: use.snapshots,
    }
    now = time.time()
    removed = []
    for name in CACHES:
        directory = work / name
        size = 0
        gone: set[str] = set()
        for entry, where in list(_scan(name, directory)):
            if entry is None:  # hidden: what a killed write left, once old
                path = Path(where)
                modified = _modified(path)
                if modified is not None and now - modified > LEFTOVER_AGE:
                    size += _remove(path) or 0
                continue
            if not kept[name] or entry in kept[name] or (name == INGEST and "." in entry):
                continue  # in use (or the near-duplicate pairs or packed index, one file)
            path = Path(where)
            modified = _modified(path)
            if modified is None or modified >= use.started:
                continue  # gone already, or written by a build running beside
            freed = _remove(path)
            if freed is not None:
                size += freed
                gone.add(entry)
        removed.append(Holding(name, directory, len(gone), size))
    # A whole cache that ``clear`` renamed out of the way and was killed deleting.
    for path in work.glob(f"{TRASH_PREFIX}*") if work.is_dir() else []:
        modified = _modified(path)
        if modified is not None and now - modified > LEFTOVER_AGE:
            _remove(path)
    return removed


def prune_after_build(
    work: Path, use: CacheUse, table_sha256: Iterable[str], say: Callable[[str], None]
) -> list[Holding]:
    """What ``build`` runs once its dataset is in place: :func:`prune` with the content
    hashes of the table files it wrote (``table_sha256``, the memo entries it used);
    says what went, when anything did."""
    use.hashes.update(table_sha256)
    removed = prune(work, use)
    if any(h.entries for h in removed):
        say(f"cache: removed what this build did not use: {describe(removed)}")
    return removed


def clear(work: Path) -> list[Holding]:
    """Remove every cache under ``work`` whole (each directory renamed out of the way,
    then deleted); return what each held. The next build is a cold one."""
    held = cache_info(work)
    for holding in held:
        _remove(holding.directory)
    return held


def describe(held: list[Holding]) -> str:
    """One line for what :func:`prune` or :func:`clear` removed, per cache."""
    parts = [f"{h.name} {h.entries} ({_human(h.bytes)})" for h in held if h.entries or h.bytes]
    return ", ".join(parts) if parts else "nothing"


def _human(size: int) -> str:
    """Bytes as a person reads them (powers of 1,024)."""
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"
