"""Read a Label Studio JSON export snapshot one task at a time.

A snapshot is one JSON array of tasks (not JSONL), and can be large. Loading it whole
with :func:`json.load` holds the text and every task in memory at once; this reader
keeps one chunk of text and one decoded task instead, so memory does not grow with the
number of tasks (``benchmarks/bench_validate.py`` measures it). It is plain
:meth:`json.JSONDecoder.raw_decode` over a sliding buffer: the C decoder does the
work, and no dependency is added.

A file that is not a well-formed array of JSON values stops the iteration with a
:class:`SnapshotFormatError`, whose ``code`` is the issue code to report
(``export.empty-file``, ``export.not-json``, ``export.truncated``, ``export.not-array``,
``export.not-utf8``) and whose ``line``/``column`` say where. The tasks yielded before
the error were complete and can be used.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .. import jsonread
from .rawtasks import KnownTasks, task_digest

__all__ = ["CHUNK_SIZE", "SnapshotFormatError", "iter_tasks"]

#: Bytes read at a time. A task larger than this is read in doubling steps.
CHUNK_SIZE = 1 << 20

_WHITESPACE = " \t\n\r"


class SnapshotFormatError(Exception):
    """The file is not a complete JSON array; ``code`` is the issue code."""

    def __init__(
        self,
        code: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column
        self.path = path


class _Buffer:
    """Decoded text of the file, from ``base`` (a character offset) on."""

    def __init__(
        self,
        handle: Any,
        chunk_size: int,
        progress: Callable[[int], None] | None,
        origin: tuple[Path, int] | None = None,
    ):
        self.handle = handle
        self.chunk_size = chunk_size
        # utf-8-sig: a leading byte-order mark is dropped rather than failing the parse
        # (only at the start of the file: ``origin``, a byte offset into it, starts
        # inside it; its line and column are worked out when a message needs them).
        encoding = "utf-8-sig" if origin is None else "utf-8"
        self.decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        self.origin = origin
        self._before: tuple[int, int] | None = None if origin else (0, 0)
        self.text = ""
        self.pos = 0  # index into self.text
        self.base = 0  # character offset of self.text[0] in the file
        self.lines_before = 0  # newlines in the file before self.text[0]
        self.bytes_read = origin[1] if origin else 0
        self.start = 0  # index into self.text where the value last decoded began
        self.eof = False
        self.progress = progress

    def fill(self, at_least: int | None = None) -> bool:
        """Read more text, dropping what was consumed; False at end of file."""
        if self.eof:
            return False
        if self.pos:
            # Drop the consumed prefix, remembering how many lines it held (for messages).
            self.lines_before += self.text.count("\n", 0, self.pos)
            self.base += self.pos
            self.text = self.text[self.pos :]
            self.pos = 0
        size = max(self.chunk_size, at_least or 0)
        data = self.handle.read(size)
        self.bytes_read += len(data)
        if self.progress is not None:
            self.progress(self.bytes_read)
        try:
            if not data:
                self.eof = True
                try:
                    self.text += self.decoder.decode(b"", final=True)
                except UnicodeDecodeError:
                    # The last character is incomplete: the file was cut, not mis-encoded.
                    raise self.error(
                        "export.truncated",
                        "the file ends in the middle of a character: it was cut short; pull "
                        "the snapshot again",
                        len(self.text),
                    ) from None
                return False
            self.text += self.decoder.decode(data)
        except UnicodeDecodeError as exc:
            offset = self.bytes_read - len(data) + exc.start
            raise SnapshotFormatError(
                "export.not-utf8",
                f"the file is not UTF-8 (bad byte near byte {offset}); "
                "Label Studio writes UTF-8: pull the snapshot again instead of editing it",
            ) from None
        return True

    def skip_whitespace(self) -> str:
        """Advance past white space; return the next character, or '' at end of file."""
        while True:
            text, pos = self.text, self.pos
            while pos < len(text) and text[pos] in _WHITESPACE:
                pos += 1
            self.pos = pos
            if pos < len(text):
                return text[pos]
            if not self.fill():
                return ""

    def before(self) -> tuple[int, int]:
        """Newlines before the origin, and characters between the last of them and it."""
        if self._before is None:
            assert self.origin is not None
            path, offset = self.origin
            with path.open("rb") as handle:
                head = handle.read(offset).decode("utf-8-sig", errors="replace")
            self._before = (head.count("\n"), len(head) - head.rfind("\n") - 1)
        return self._before

    def where(self, index: int) -> tuple[int, int | None]:
        """Line and column (1-based) of ``self.text[index]``; the column may be unknown."""
        lines, column = self.before()
        line = lines + self.lines_before + self.text.count("\n", 0, index) + 1
        newline = self.text.rfind("\n", 0, index)
        if newline >= 0:
            return line, index - newline
        return line, column + self.base + index + 1 if self.lines_before == 0 else None

    def error(self, code: str, message: str, index: int | None = None) -> SnapshotFormatError:
        line, column = self.where(self.pos if index is None else index)
        return SnapshotFormatError(code, message, line, column)


def _decode_value(buf: _Buffer, what: str, prefix: tuple[int, ...] = ()) -> Any:
    """Decode the JSON value at ``buf.pos``, reading more until it is complete.

    The hardened decoder of :mod:`sahel_events.jsonread` refuses deep nesting, huge or
    non-finite numbers, duplicate keys and lone surrogates, as ``json.*`` codes whose
    path starts with ``prefix`` (the task's index in the array).
    """
    want = buf.chunk_size
    while True:
        try:
            value, end = jsonread.raw_decode(buf.text, buf.pos, prefix)
        except jsonread.JSONInputError as exc:
            line, column = buf.where(buf.pos)
            raise SnapshotFormatError(
                exc.code,
                f"{exc.message} (in {what}, at {exc.path or 'its start'}); the file was edited "
                "or damaged, pull the snapshot again",
                line,
                column,
                exc.path,
            ) from None
        except json.JSONDecodeError:
            if buf.fill(want):
                want *= 2  # a value larger than a chunk: grow geometrically, not linearly
                continue
            # At end of file. Decode once more: filling may have moved the text, and the
            # error's position must be in the text as it is now.
            try:
                json.JSONDecoder().raw_decode(buf.text, buf.pos)
            except RecursionError:
                raise buf.error(
                    "json.too-deep",
                    f"{what} is nested deeper than Python can read; the file was edited or "
                    "damaged, pull the snapshot again",
                ) from None
            except json.JSONDecodeError as exc:
                raise _classify(buf, exc, what) from None
            raise AssertionError("unreachable: the same text decoded twice") from None
        # A number (or a literal) ending exactly at the end of the buffer may go on in
        # the next chunk: read more before trusting it.
        if end == len(buf.text) and not buf.eof and buf.fill(want):
            continue
        buf.start, buf.pos = buf.pos, end
        return value


#: Plain decoding, for texts known to pass the hardened checks (:mod:`.rawtasks`).
_PLAIN = json.JSONDecoder()


def _decode_known(buf: _Buffer, known: KnownTasks) -> tuple[Any, bytes] | None:
    """The value at ``buf.pos`` and its digest when its text is in ``known``; None (the
    buffer not advanced) otherwise, so that the hardened decoder reads it.

    For a text the hardened decoder accepted, the plain decoder gives the same value: the
    hooks of :mod:`sahel_events.jsonread` only refuse, they never change what is decoded.
    """
    want = buf.chunk_size
    while True:
        try:
            value, end = _PLAIN.raw_decode(buf.text, buf.pos)
        except json.JSONDecodeError:
            if buf.fill(want):  # cut by the buffer, or invalid: more text tells
                want *= 2
                continue
            return None
        except RecursionError:
            return None
        if end == len(buf.text) and not buf.eof and buf.fill(want):
            continue
        digest = task_digest(buf.text[buf.pos : end].encode("utf-8"))
        if digest not in known:
            return None
        buf.start, buf.pos = buf.pos, end
        return value, digest


_PARTIAL_NUMBER = re.compile(r"-?(?:\d+(?:\.\d*)?(?:[eE][+-]?\d*)?)?")
_NUMBER_CHARS = frozenset("0123456789+-.eE")


def _is_cut(text: str, exc: json.JSONDecodeError) -> bool:
    """Whether the JSON error is only the end of the text coming too early.

    True when some continuation would make the text valid: the error is at the very
    end, inside an unterminated string or escape, or in a literal (``tr``) or a number
    (``1.``, ``1e-``) that the end cut short.
    """
    rest = text.rstrip(_WHITESPACE)
    if exc.pos >= len(rest) or exc.msg.startswith("Unterminated string"):
        return True
    tail = rest[exc.pos :]
    if exc.msg.startswith("Invalid \\uXXXX escape") and '"' not in tail:
        return True
    if any(word.startswith(tail) for word in ("true", "false", "null")):
        return True
    if tail == "-":
        return True
    # A number cut short: "1." or "1e-" fails after its first digits, so the number
    # starts before the error's position.
    start = exc.pos
    while start > 0 and rest[start - 1] in _NUMBER_CHARS:
        start -= 1
    return start < exc.pos and _PARTIAL_NUMBER.fullmatch(rest[start:]) is not None


def _classify(buf: _Buffer, exc: json.JSONDecodeError, what: str) -> SnapshotFormatError:
    """Tell a file cut short from one with a syntax error, at end of file."""
    if _is_cut(buf.text, exc):
        return buf.error(
            "export.truncated",
            f"the file ends in the middle of {what}: it was cut short (an interrupted "
            "download or copy?); pull the snapshot again",
            len(buf.text.rstrip(_WHITESPACE)),
        )
    return buf.error(
        "export.not-json",
        f"not valid JSON in {what}: {exc.msg}; the file was edited or damaged, pull the "
        "snapshot again",
        exc.pos,
    )


def iter_tasks(
    path: Path,
    *,
    chunk_size: int = CHUNK_SIZE,
    progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, Any]]:
    """Yield ``(index, task)`` for each element of the top-level array in ``path``.

    Tasks are yielded as decoded JSON (usually dicts; anything else is left to the
    schema check to report). Raises :class:`SnapshotFormatError` when the file is empty,
    not JSON, cut short, or not an array, after yielding the complete tasks before the
    problem. ``progress`` is called with the number of bytes read so far.
    """
    for index, task, _ in _iter(path, chunk_size, progress, None):
        yield index, task


def _iter(
    path: Path,
    chunk_size: int,
    progress: Callable[[int], None] | None,
    known: KnownTasks | None,
) -> Iterator[tuple[int, Any, bytes]]:
    """The reading loop of :func:`iter_tasks` and of ``rawscan.iter_task_texts`` (digests only
    with ``known``; empty otherwise)."""
    with path.open("rb") as handle:
        buf = _Buffer(handle, chunk_size, progress)
        first = buf.skip_whitespace()
        if first == "":
            raise SnapshotFormatError(
                "export.empty-file",
                "the file is empty; a Label Studio export is a JSON array of tasks. Pull the "
                "snapshot again",
            )
        if first != "[":
            raise _not_an_array(buf)
        buf.pos += 1
        index = 0
        nxt = buf.skip_whitespace()
        if nxt == "]":
            buf.pos += 1
        else:
            while True:
                if nxt == "":
                    raise truncated_in_array(buf)
                found = _decode_known(buf, known) if known else None
                if found is not None:
                    task, digest = found
                else:
                    task = _decode_value(buf, f"task {index + 1} of the array", (index,))
                    digest = b""
                    if known is not None:
                        raw = buf.text[buf.start : buf.pos].encode("utf-8")
                        digest = task_digest(raw)
                        known.add(digest, raw, task)
                yield index, task, digest
                index += 1
                nxt = buf.skip_whitespace()
                if nxt == ",":
                    buf.pos += 1
                    nxt = buf.skip_whitespace()
                    continue
                if nxt == "]":
                    buf.pos += 1
                    break
                raise after_task(buf, index, nxt)
        if buf.skip_whitespace() != "":
            raise extra_data(buf)


def truncated_in_array(buf: _Buffer) -> SnapshotFormatError:
    """The file ends where a task should start."""
    return buf.error(
        "export.truncated",
        "the file ends inside the array of tasks: it was cut short; pull the snapshot again",
    )


def after_task(buf: _Buffer, index: int, nxt: str) -> SnapshotFormatError:
    """Neither ',' nor ']' after task ``index`` (``nxt``: what is there, '' at the end)."""
    if nxt == "":
        return buf.error(
            "export.truncated",
            f"the file ends after task {index} without closing the array: it was "
            "cut short; pull the snapshot again",
        )
    return buf.error(
        "export.not-json",
        f"expected ',' or ']' after task {index}, found {nxt!r}; the file was "
        "edited or damaged, pull the snapshot again",
    )


def extra_data(buf: _Buffer) -> SnapshotFormatError:
    """Something after the array's closing ']'."""
    return buf.error(
        "export.not-json",
        "extra data after the closing ']' of the array (two exports pasted together, "
        "or JSON Lines?); keep one JSON array per snapshot file",
    )


_KINDS = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}


def _not_an_array(buf: _Buffer) -> SnapshotFormatError:
    """The file does not start with '[': say what it is, if it is JSON at all."""
    line, column = buf.where(buf.pos)
    try:
        value = _decode_value(buf, "the top-level value")
    except SnapshotFormatError as exc:
        return exc
    kind = "null" if value is None else _KINDS.get(type(value), "a number")
    hint = (
        " (a single task, or another export format such as JSON-MIN?)"
        if isinstance(value, dict)
        else ""
    )
    return SnapshotFormatError(
        "export.not-array",
        f"the top level is {kind}{hint}, not an array of tasks; export the project as "
        "Label Studio JSON (sahel-events pull does)",
        line,
        column,
    )
