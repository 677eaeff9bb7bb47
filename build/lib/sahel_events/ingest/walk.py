"""The walk over ``raw/``: every entry in path order, from the directories' own listings.

``sorted(raw.rglob("*"))`` and a ``Path`` per file asked the file system three or four
times about each article (is it a file, is it a link, its identity, is there a sidecar)
and built a dozen ``Path`` objects for it: most of a warm ingest of 10,000 unchanged
articles (issue 17). :func:`walk_raw` lists each directory once with :func:`os.scandir`,
whose entries say whether they are files, directories or links from the listing itself
(no system call but for a link, or on a file system that does not say), and hands each
entry over with the listing of its directory, so that whether ``x.meta.json`` is beside
``x.txt`` is looked up there rather than asked of the file system and refused.

The walk is ``rglob``'s: hidden entries (a name starting with ``.``) are passed over with
all below them, directories that are links are not entered, a directory that cannot be
listed is passed over; the order is that of ``sorted`` of the paths on POSIX (part by
part: a directory's entries come right after it, before its next sibling).
"""

from __future__ import annotations

import errno
import os
import unicodedata
from collections.abc import Iterator
from pathlib import Path

__all__ = ["Listing", "walk_raw"]

#: The errors ``pathlib`` takes to mean "no such entry" (its ``_ignore_error``).
_ABSENT = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def _fold(name: str) -> str:
    """``name`` as a file system that ignores case, Unicode normalisation or trailing
    dots and spaces may compare it: two names it may take for one fold alike."""
    return unicodedata.normalize("NFKD", name).casefold().rstrip(" .")


class Listing:
    """One directory of ``raw/``: its path and its entries by name, as listed once."""

    __slots__ = ("_folded", "_inside", "entries", "path")

    def __init__(self, path: str, entries: dict[str, os.DirEntry[str]]) -> None:
        self.path = path
        self.entries = entries
        self._folded: set[str] | None = None
        self._inside: bool | None = None

    def may_hold(self, name: str) -> bool:
        """Whether opening ``name`` in this directory may find a file: it is listed, or
        a listed name folds like it (a case-insensitive file system finds ``X.META.JSON``
        for ``x.meta.json``). False only when no file by that name was there."""
        if name in self.entries:
            return True
        if self._folded is None:  # once per directory, and only when a name is missing
            self._folded = {_fold(listed) for listed in self.entries}
        return _fold(name) in self._folded

    def inside(self, root: Path) -> bool:
        """Whether this directory, links followed, is inside ``root`` (resolved already);
        asked of the file system once per directory."""
        if self._inside is None:
            self._inside = Path(self.path).resolve().is_relative_to(root)
        return self._inside


def _entered(entry: os.DirEntry[str]) -> bool:
    """Whether the walk goes into ``entry``: a directory that is not a link (as rglob)."""
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError as exc:
        if exc.errno not in _ABSENT:
            raise
        return False


def _order(name: str) -> str:
    # pathlib orders paths by their parts: as they are on POSIX, case-folded on Windows.
    return name if os.name == "posix" else name.lower()


def _walk(path: str, under: str) -> Iterator[tuple[str, os.DirEntry[str], Listing]]:
    try:
        with os.scandir(path) as listed:
            entries = {entry.name: entry for entry in listed}
    except PermissionError:  # as rglob: what cannot be listed is passed over
        return
    listing = Listing(path, entries)
    for name in sorted(entries, key=_order):
        if name.startswith("."):
            continue
        entry = entries[name]
        relative = under + name
        yield relative, entry, listing
        if _entered(entry):
            yield from _walk(entry.path, relative + "/")


def walk_raw(raw_dir: Path) -> Iterator[tuple[str, os.DirEntry[str], Listing]]:
    """Every entry under ``raw_dir`` but the hidden ones, in path order: its path
    relative to ``raw_dir`` (``/``-separated), its entry (``Path(entry.path)`` is
    ``raw_dir / relative``) and the listing of its directory. Nothing when ``raw_dir`` is
    not a directory."""
    if not raw_dir.is_dir():
        return iter(())
    return _walk(str(raw_dir), "")
