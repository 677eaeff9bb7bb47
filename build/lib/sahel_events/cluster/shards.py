"""Record files at archive scale: one JSONL file, or a directory of JSONL shard files.

Documents and predictions are JSON Lines sorted by ``doc_id``. A corpus too big to hold
in memory is stored as a directory of shard files (``part-00000.jsonl``,
``part-00001.jsonl``, ...), each at most ``shard_size`` records, whose concatenation in
name order is the single file's content. Every reader streams them a line at a time
(:func:`record_files` gives the files in order), and :class:`RecordWriter` writes them
a line at a time, so no stage needs the whole corpus in one list.

Writes are whole or not at all: a single file goes through a temporary file renamed into
place, a directory is written beside the target and swapped in when complete.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any, TypeVar

from .. import jsonread
from ..errors import UsageError

T = TypeVar("T")

SHARD_PATTERN = "part-*.jsonl"


def shard_name(index: int) -> str:
    """The file name of shard ``index`` (``part-00000.jsonl``): name order is shard order."""
    return f"part-{index:05d}.jsonl"


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter), read lazily."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def record_files(path: Path) -> list[Path]:
    """The files holding the records at ``path``: itself, or its shards in order."""
    if path.is_dir():
        return sorted(path.glob(SHARD_PATTERN))
    return [path]


def iter_records(
    path: Path,
    decode: Callable[[Any], T],
    *,
    what: str,
    command: str,
    again: str,
) -> Iterator[T]:
    """Stream the records at ``path`` (a file or its shards), each decoded by ``decode``.

    These files are regenerable, so a line that is not JSON, or that ``decode`` refuses
    (KeyError, TypeError, ValueError, AttributeError), is a :class:`UsageError` naming the
    file and line, saying ``what`` it should have been (written by ``command``) and telling
    the user to run ``again``.
    """
    for file in record_files(path):
        try:
            for number, value in jsonread.iter_lines(file):
                try:
                    yield decode(value)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise UsageError(
                        f"{file}, line {number}: not {what} written by `{command}` "
                        f"({type(exc).__name__}: {exc}); run {again} again"
                    ) from None
        except jsonread.JSONInputError as exc:
            raise UsageError(
                f"{jsonread.describe(exc, str(file))}; run `{command}` again"
            ) from None


def count_records(path: Path) -> int:
    """How many records ``path`` holds (non-blank lines), without decoding them."""
    total = 0
    for file in record_files(path):
        with file.open("rb") as handle:
            total += sum(1 for line in handle if line.strip())
    return total


class RecordWriter:
    """Writes JSONL records in ``key`` order to one file or to a shard directory.

    With ``shard_size`` None the records go to the file ``target``; otherwise to the
    directory ``target``, ``shard_size`` records per shard. Keys must come in strictly
    increasing order (the files are sorted by ``doc_id``; a key out of order raises
    :class:`UsageError`). Nothing replaces ``target`` unless the ``with`` block ends
    without error and :meth:`discard` was not called.
    """

    def __init__(self, target: Path, shard_size: int | None = None) -> None:
        if shard_size is not None and shard_size < 1:
            raise UsageError(f"--shard-size must be at least 1 (got {shard_size})")
        if shard_size is None and target.is_dir():
            raise UsageError(
                f"{target} is a directory; give a file, or --shard-size to write shards"
            )
        if shard_size is not None and target.exists() and not target.is_dir():
            raise UsageError(f"{target} is a file; shards are written to a directory")
        self.target = target
        self.shard_size = shard_size
        self.count = 0
        self._last: str | None = None
        self._discarded = False
        self._handle: IO[str] | None = None
        self._scratch: Path | None = None

    def __enter__(self) -> RecordWriter:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        prefix = f".{self.target.name}."
        if self.shard_size is None:
            fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=self.target.parent)
            os.close(fd)
            self._scratch = Path(name)
            self._handle = self._scratch.open("w", encoding="utf-8", newline="\n")
        else:
            self._scratch = Path(tempfile.mkdtemp(prefix=prefix, dir=self.target.parent))
        return self

    def write(self, key: str, line: str) -> None:
        """Append one record (``line`` ends with a newline) whose sort key is ``key``."""
        if self._last is not None and key <= self._last:
            raise UsageError(
                f"records out of order: {key!r} after {self._last!r}; the input must be "
                "sorted by doc_id with no id twice (as `sahel-events ingest` writes it)"
            )
        self._last = key
        if self.shard_size is not None and self.count % self.shard_size == 0:
            self._close_handle()
            assert self._scratch is not None
            shard = self._scratch / shard_name(self.count // self.shard_size)
            self._handle = shard.open("w", encoding="utf-8", newline="\n")
        assert self._handle is not None
        self._handle.write(line)
        self.count += 1

    def discard(self) -> None:
        """Leave ``target`` as it was when the block ends."""
        self._discarded = True

    def _close_handle(self) -> None:
        if self._handle is not None:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            self._handle = None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._scratch is not None
        try:
            self._close_handle()
        finally:
            if kind is not None or self._discarded:
                self._remove(self._scratch)
            else:
                self._commit(self._scratch)

    def _commit(self, scratch: Path) -> None:
        if self.shard_size is None:
            os.chmod(scratch, 0o644)
            os.replace(scratch, self.target)
            return
        os.chmod(scratch, 0o755)
        old = None
        if self.target.exists():
            # A directory cannot be replaced in one rename: move the old one aside first.
            old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.old.", dir=self.target.parent))
            old.rmdir()
            os.replace(self.target, old)
        os.replace(scratch, self.target)
        if old is not None:
            shutil.rmtree(old)

    @staticmethod
    def _remove(scratch: Path) -> None:
        if scratch.is_dir():
            shutil.rmtree(scratch, ignore_errors=True)
        else:
            scratch.unlink(missing_ok=True)
