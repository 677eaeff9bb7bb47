"""Read a snapshot's tasks on its bytes, decoding only the tasks whose text is not known.

:func:`iter_task_texts` reads the tasks of a snapshot for an incremental compile: the
array's punctuation and white space are read as bytes, and where a task starts, a
known text (:class:`.rawtasks.KnownTasks`: first bytes, then length and digest) is
matched on the bytes themselves, with no UTF-8 decoding, no copy (the digest is taken
over a view of the window) and no JSON decoding. Only a task that is not known is turned
into text, alone, and decoded by the hardened decoder as
:func:`~sahel_events.annotation.reader.iter_tasks` would (same values, same errors with
the same line and column: the text reader starts at that task's byte offset and works
out the line and column before it only when a message needs them).

The bytes pass through a window (:class:`_Window`) that holds what is being read, not
the file, and the file's SHA-256 is taken on the way (:attr:`_Window.sha256`), so that
whoever records the snapshot's hash need not read it again.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .. import jsonread
from .rawtasks import PREFIX, KnownTasks, task_digest
from .reader import (
    CHUNK_SIZE,
    _Buffer,
    _decode_known,
    _decode_value,
    _iter,
    after_task,
    extra_data,
    truncated_in_array,
)
from .snapindex import IndexedStub, SpanCollector, TaskSpans, identity, read_span

__all__ = ["iter_indexed_texts", "iter_task_texts"]

_SPACE = re.compile(rb"[ \t\n\r]*")
_SEPARATOR = re.compile(rb"[ \t\n\r]*,[ \t\n\r]*")
_BOM = b"\xef\xbb\xbf"
#: Bytes a task that is not known is first read with (more when it is longer).
TEXT_CHUNK = 1 << 14


class _Window:
    """The bytes of a file from :attr:`start` on, read forward as asked (never the whole
    file: what lies before the position a caller keeps is dropped on the next read)."""

    def __init__(
        self, handle: BinaryIO, chunk_size: int, progress: Callable[[int], None] | None = None
    ) -> None:
        self.handle = handle
        self.chunk_size = chunk_size
        self.progress = progress  # called with the bytes read so far
        self.read = 0
        self.data = b""
        self.start = 0  # the file offset of data[0]
        self.eof = False
        self.sha256 = hashlib.sha256()  # of every byte read so far

    def reach(self, end: int, keep: int) -> None:
        """Hold the bytes up to offset ``end`` (fewer at the end of the file), dropping
        those before offset ``keep``."""
        have = self.start + len(self.data)
        if have >= end or self.eof:
            return
        parts = [self.data[keep - self.start :]] if keep > self.start else [self.data]
        self.start = max(keep, self.start)
        while have < end:
            more = self.handle.read(max(self.chunk_size, end - have))
            if not more:
                self.eof = True
                break
            self.sha256.update(more)
            self.read += len(more)
            if self.progress is not None:
                self.progress(self.read)
            parts.append(more)
            have += len(more)
        self.data = b"".join(parts)

    def byte(self, at: int) -> int | None:
        """The byte at offset ``at`` (None at the end of the file)."""
        self.reach(at + 1, at)
        i = at - self.start
        return self.data[i] if i < len(self.data) else None

    def skip_space(self, at: int) -> int:
        """The offset of the first byte at or after ``at`` that is not white space."""
        while True:
            self.reach(at + 1, at)
            i = at - self.start
            end = _SPACE.match(self.data, i).end()  # type: ignore[union-attr]
            at += end - i
            if end < len(self.data) or self.eof:
                return at


class _Feed:
    """A file-like view of a :class:`_Window` from offset ``at``, for the text reader
    (the window keeps every byte from ``at`` on while it reads)."""

    def __init__(self, window: _Window, at: int) -> None:
        self.window = window
        self.origin = at
        self.at = at

    def read(self, size: int) -> bytes:
        w = self.window
        w.reach(self.at + size, self.origin)
        i = self.at - w.start
        chunk = w.data[i : i + size]
        self.at += len(chunk)
        return chunk


def _text_at(path: Path, window: _Window, at: int) -> _Buffer:
    """The text reader started at byte offset ``at`` (a task's start, or where an error
    is), its lines and columns those of the file."""
    return _Buffer(_Feed(window, at), TEXT_CHUNK, None, origin=(path, at))


def _match(window: _Window, at: int, known: KnownTasks) -> tuple[Any, bytes, int] | None:
    """The stub of the known text at offset ``at``, its digest and its end offset."""
    i = at - window.start
    if i + PREFIX > len(window.data):  # (the test spares a call per task)
        window.reach(at + PREFIX, at)
        i = at - window.start
    for length, digest in known.candidates(window.data[i : i + PREFIX]):
        if i + length > len(window.data):
            window.reach(at + length, at)
            i = at - window.start
        view = memoryview(window.data)[i : i + length]
        if len(view) == length and task_digest(view) == digest:
            return known.stub(digest, view), digest, at + length
    return None


def _next_task(window: _Window, at: int) -> int | None:
    """The offset of the next task when a comma follows the task that ends at ``at``
    (white space around it), None otherwise (then the slow path says what is there)."""
    i = at - window.start
    found = _SEPARATOR.match(window.data, i)
    if found is None or found.end() >= len(window.data):
        return None
    return at + found.end() - i


def _decode(
    path: Path, window: _Window, at: int, index: int, known: KnownTasks, short: bool
) -> tuple[Any, bytes, int]:
    """The task at offset ``at`` decoded from its text (plainly when its text is known,
    by the hardened decoder otherwise, then added to ``known``): task, digest, end.
    ``short``: whether ``known`` has texts too short for :func:`_match` to find."""
    buf = _text_at(path, window, at)
    found = _decode_known(buf, known) if short else None
    if found is None:
        task = _decode_value(buf, f"task {index + 1} of the array", (index,))
    else:
        task = found[0]
    end = at + len(buf.text[: buf.pos].encode("utf-8"))
    raw = window.data[at - window.start : end - window.start]
    digest = task_digest(raw)
    if found is None:
        known.add(digest, raw, task)
    return task, digest, end


def iter_task_texts(
    path: Path,
    known: KnownTasks,
    *,
    chunk_size: int = CHUNK_SIZE,
    progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, Any, bytes]]:
    """:func:`~sahel_events.annotation.reader.iter_tasks`, yielding ``(index, task,
    digest of its raw text)``.

    A task whose text is in ``known`` is yielded as its :class:`.rawtasks.TaskStub`,
    not decoded (it passed the hardened checks before; ``stub.full()`` decodes it); any
    other is decoded as by ``iter_tasks`` and, once it passes, added to ``known``. What
    is raised is the same as ``iter_tasks`` raises. A file read to its end is recorded
    in ``known.read_whole`` with its SHA-256. ``progress`` is called with the number of
    bytes read so far.

    With ``known.index`` (:mod:`.snapindex`), a file read whole before and unchanged
    since is not read again: each task's digest comes from the index (the same tasks,
    stubs and digests, in the same order).
    """
    index = known.index
    if index is None:
        yield from _scan(path, chunk_size, known, progress)
        return
    spans = index.lookup(path)
    if spans is not None:
        yield from _indexed(path, spans, known, progress)
        return
    started = time.time()
    try:
        before = identity(path)
    except OSError:  # the scan says what is wrong with the file
        yield from _scan(path, chunk_size, known, progress)
        return
    collector = SpanCollector()
    yield from _scan(path, chunk_size, known, progress, collector)
    if collector.sha256 is not None:  # an array read to its end
        index.record(path, before, collector.spans(), started)


def _indexed(
    path: Path, spans: TaskSpans, known: KnownTasks, progress: Callable[[int], None] | None
) -> Iterator[tuple[int, Any, bytes]]:
    """The tasks of a file that ``spans`` describes (:func:`iter_indexed_texts` of all)."""
    yield from _at(path, spans, known, range(len(spans)))
    if progress is not None:
        progress(spans.offsets[-1] + spans.lengths[-1] if len(spans) else 0)
    known.read_whole[path] = spans.sha256


def iter_indexed_texts(
    path: Path, spans: TaskSpans, known: KnownTasks, positions: Iterable[int]
) -> Iterator[tuple[int, Any, bytes]]:
    """``(index, task, digest)`` of the tasks at ``positions`` (in order) of the indexed
    file ``path`` (``spans``: its :meth:`.SnapshotIndex.lookup`), as
    :func:`iter_task_texts` yields them. The others are not read, and their texts not
    met (:meth:`.rawtasks.KnownTasks.save` drops them by the quarter: a cold read that
    skips the superseded copies never decodes them either); the file counts as read
    whole."""
    yield from _at(path, spans, known, positions)
    known.read_whole[path] = spans.sha256


def _at(
    path: Path, spans: TaskSpans, known: KnownTasks, positions: Iterable[int]
) -> Iterator[tuple[int, Any, bytes]]:
    """The tasks at ``positions``: a known text as a stub that reads its bytes only if
    asked for them; another read (checked against its digest) and decoded by the
    hardened decoder, then added to ``known``."""
    for index in positions:
        digest = spans.digest(index)
        offset, length = spans.offsets[index], spans.lengths[index]
        fields = known.fields_of(digest)
        if fields is not None:
            yield index, IndexedStub(fields, path, offset, length, digest), digest
            continue
        raw = read_span(path, offset, length, digest)
        task = _decode_span(path, raw, index)
        known.add(digest, raw, task)
        yield index, task, digest


def _decode_span(path: Path, raw: bytes, index: int) -> Any:
    """The task whose text is ``raw``, by the hardened decoder. The text passed it when
    the file was indexed (same bytes: same digest), so a refusal means the file is not
    what the index says: an OSError, as for a file that changed while read."""
    text = str(raw, "utf-8")
    try:
        task, end = jsonread.raw_decode(text, 0, (index,))
    except ValueError:
        end = -1
    if end != len(text):
        raise OSError(f"{path} changed while it was being read; run the command again")
    return task


def _scan(
    path: Path,
    chunk_size: int,
    known: KnownTasks,
    progress: Callable[[int], None] | None,
    spans: SpanCollector | None = None,
) -> Iterator[tuple[int, Any, bytes]]:
    """:func:`iter_task_texts` by reading the file (``spans``: told where each task of
    an array is). A file that does not open an array is read by the text reader, which
    says what it is."""
    with path.open("rb") as handle:
        window = _Window(handle, chunk_size, progress)
        window.reach(len(_BOM), 0)
        at = window.skip_space(len(_BOM) if window.data.startswith(_BOM) else 0)
        if window.byte(at) != ord("["):
            yield from _iter(path, chunk_size, progress, known)
            return
        at = window.skip_space(at + 1)
        index = 0
        short = known.has_short()
        if window.byte(at) == ord("]"):
            at += 1
        else:
            while True:
                if at - window.start >= len(window.data) and window.byte(at) is None:
                    raise truncated_in_array(_text_at(path, window, at))
                found = _match(window, at, known) or _decode(path, window, at, index, known, short)
                task, digest, end = found
                if spans is not None:
                    spans.add(at, end - at, digest, task)
                at = end
                yield index, task, digest
                index += 1
                following = _next_task(window, at)
                if following is not None:
                    at = following
                    continue
                at = window.skip_space(at)
                nxt = window.byte(at)
                if nxt == ord(","):
                    at = window.skip_space(at + 1)
                    continue
                if nxt == ord("]"):
                    at += 1
                    break
                buf = _text_at(path, window, at)
                raise after_task(buf, index, buf.skip_whitespace())
        at = window.skip_space(at)
        if window.byte(at) is not None:
            raise extra_data(_text_at(path, window, at))
        known.read_whole[path] = window.sha256.hexdigest()
        if spans is not None:
            spans.sha256 = known.read_whole[path]
