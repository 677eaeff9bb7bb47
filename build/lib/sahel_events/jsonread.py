"""The one JSON reader for everything the project reads.

Python's :mod:`json` accepts what no file of ours should hold and fails badly on what a
hostile or damaged file can hold: nesting thousands of levels deep ends in
``RecursionError``, an integer of thousands of digits in ``ValueError`` ("Exceeds the
limit (4300 digits)"), ``NaN`` and ``Infinity`` (and ``1e999``) are read as floats that
later break Parquet, a key given twice silently keeps the last value, and a lone
``\\ud800`` escape gives a string that cannot be written back as UTF-8. Every reader
here refuses those with a :class:`JSONInputError` whose ``code`` is the issue code and
whose ``path`` (``$.annotations[0].result[3]``) says where.

The C decoder still does the parsing: the hooks only mark what is wrong, and the
decoded value is walked once (iteratively, so depth cannot exhaust the stack) to
measure its depth and find the place of anything marked.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = [
    "MAX_DEPTH",
    "MAX_INTEGER",
    "MAX_NUMBER_CHARS",
    "JSONInputError",
    "load_path",
    "loads",
    "raw_decode",
]

#: Deepest nesting of arrays and objects accepted. A Label Studio task is about 7 deep.
MAX_DEPTH = 64
#: Largest magnitude of an integer: what a Parquet int64 column holds.
MAX_INTEGER = 2**63 - 1
#: Longest number literal accepted (digits, sign, point, exponent).
MAX_NUMBER_CHARS = 64

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


class JSONInputError(ValueError):
    """JSON that is refused; ``code`` is the issue code, ``path`` the place in the value.

    Codes: ``json.not-json`` (syntax; ``line``/``column`` set), ``json.not-utf8``,
    ``json.too-deep``, ``json.number-too-large``, ``json.non-finite``,
    ``json.duplicate-key``, ``json.bad-string``.
    """

    def __init__(
        self,
        code: str,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def where(self) -> str:
        """The place as words: the JSON path, else the line and column, else ''."""
        if self.path is not None:
            return f"at {self.path}"
        if self.line is not None:
            return f"at line {self.line}, column {self.column}"
        return ""

    def __str__(self) -> str:
        where = self.where()
        return f"{self.message} ({where})" if where else self.message


class _Marked:
    """Stands in the decoded value for something refused; found again by the walk."""

    __slots__ = ("code", "message")

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message


class _DuplicateKeys(dict[str, Any]):
    """An object in which a key was given twice (the first duplicate is kept)."""

    duplicate: str = ""


class _State:
    marked = False


def _decoder(state: _State) -> json.JSONDecoder:
    def constant(name: str) -> Any:
        state.marked = True
        return _Marked(
            "json.non-finite",
            f"{name} is not a number JSON allows; write a finite number or null",
        )

    def integer(text: str) -> Any:
        if len(text) > MAX_NUMBER_CHARS or abs(value := int(text)) > MAX_INTEGER:
            state.marked = True
            return _Marked(
                "json.number-too-large",
                f"the integer {_preview(text)} is too large (at most {MAX_INTEGER} in magnitude)",
            )
        return value

    def real(text: str) -> Any:
        value = float(text) if len(text) <= MAX_NUMBER_CHARS else math.inf
        if not math.isfinite(value):
            state.marked = True
            return _Marked(
                "json.number-too-large",
                f"the number {_preview(text)} is too large for a 64-bit float or longer than "
                f"{MAX_NUMBER_CHARS} characters",
            )
        return value

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) == len(items):
            return obj
        state.marked = True
        marked = _DuplicateKeys(items)
        seen: set[str] = set()
        for key, _ in items:
            if key in seen:
                marked.duplicate = key
                break
            seen.add(key)
        return marked

    return json.JSONDecoder(
        parse_constant=constant, parse_int=integer, parse_float=real, object_pairs_hook=pairs
    )


_LOCAL = threading.local()


def _local_decoder() -> tuple[json.JSONDecoder, _State]:
    """This thread's decoder and its state (making a decoder costs more than a task)."""
    pair: tuple[json.JSONDecoder, _State] | None = getattr(_LOCAL, "pair", None)
    if pair is None:
        state = _State()
        pair = (_decoder(state), state)
        _LOCAL.pair = pair
    return pair


def _preview(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:12]}…{text[-6:]} ({len(text)} characters)"


def _children(value: Any) -> Iterator[tuple[str | int, Any]]:
    if isinstance(value, dict):
        return iter(value.items())
    return enumerate(value)


def _too_deep(path: str | None = None) -> JSONInputError:
    return JSONInputError(
        "json.too-deep",
        f"arrays and objects are nested more than {MAX_DEPTH} levels deep; a file of ours "
        "never is (damaged or hostile input?)",
        path,
    )


def _is_clean(value: Any, marked: bool, strings: bool) -> bool:
    """Fast check: nothing marked, not too deep, no lone surrogate (when ``strings``)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        items = node.values() if isinstance(node, dict) else node
        if marked and type(node) is _DuplicateKeys:
            return False
        for child in items:
            kind = type(child)
            if kind is dict or kind is list or kind is _DuplicateKeys:
                stack.append((child, depth + 1))
            elif kind is _Marked or (strings and kind is str and _SURROGATE.search(child)):
                return False
        if strings and isinstance(node, dict) and any(_SURROGATE.search(k) for k in node):
            return False
    return True


def _path(parts: list[str | int]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else _key(p) for p in parts)


def _key(key: str) -> str:
    return f".{key}" if key.isidentifier() else f"[{json.dumps(key, ensure_ascii=False)}]"


def _first_problem(value: Any, prefix: list[str | int]) -> JSONInputError:
    """The first problem in document order, with its path (the slow walk)."""
    stack: list[tuple[Any, list[str | int]]] = [(value, prefix)]
    while stack:
        node, parts = stack.pop()
        depth = len(parts) - len(prefix) + 1
        if isinstance(node, _Marked):
            return JSONInputError(node.code, node.message, _path(parts))
        if isinstance(node, str):
            if _SURROGATE.search(node):
                return _bad_string(_path(parts))
            continue
        if not isinstance(node, dict | list):
            continue
        if depth > MAX_DEPTH:
            return _too_deep(_path(parts[: len(prefix) + 6]) + "…")
        if isinstance(node, _DuplicateKeys):
            return JSONInputError(
                "json.duplicate-key",
                f"the key {node.duplicate!r} is given twice in one object; keep one",
                _path(parts),
            )
        if isinstance(node, dict):
            for key in node:
                if _SURROGATE.search(key):
                    return _bad_string(_path(parts))
        children = list(_children(node))
        stack.extend((child, [*parts, key]) for key, child in reversed(children))
    raise AssertionError("unreachable: a value found unclean has a problem")


def _bad_string(path: str) -> JSONInputError:
    return JSONInputError(
        "json.bad-string",
        "a string holds a lone surrogate escape (\\ud800-\\udfff), which is not text",
        path,
    )


def _has_lone_surrogate_escape(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` may hold a surrogate escape that is not half of a pair.

    A pair (``\\ud83d\\ude00``) is one character and fine. A literal backslash before
    the ``u`` may count too: that only costs the slower check of every string.
    """
    expect_low_at = -1
    for match in _SURROGATE_ESCAPE.finditer(text, pos, end):
        low = match.group()[3].lower() in "cdef"
        if low != (match.start() == expect_low_at):
            return True
        expect_low_at = -1 if low else match.end()
    return expect_low_at != -1


def raw_decode(text: str, pos: int = 0, path_prefix: tuple[str | int, ...] = ()) -> tuple[Any, int]:
    """Decode the JSON value at ``text[pos:]``; return it and the index after it.

    Raises :class:`json.JSONDecodeError` on a syntax error (so that a streaming caller
    can read more and try again) and :class:`JSONInputError` on a value that decodes
    but is refused; its path starts with ``path_prefix``.
    """
    decoder, state = _local_decoder()
    state.marked = False
    try:
        value, end = decoder.raw_decode(text, pos)
    except RecursionError:
        raise _too_deep() from None
    strings = _has_lone_surrogate_escape(text, pos, end)
    if isinstance(value, dict | list):
        if not _is_clean(value, state.marked, strings):
            raise _first_problem(value, list(path_prefix))
    elif isinstance(value, _Marked) or (
        isinstance(value, str) and strings and _SURROGATE.search(value)
    ):
        raise _first_problem(value, list(path_prefix))
    return value, end


def loads(text: str | bytes) -> Any:
    """Decode a whole JSON document (a leading byte-order mark is dropped).

    Every failure is a :class:`JSONInputError`: ``json.not-utf8``, ``json.not-json``
    (with line and column) or one of the refusals of :func:`raw_decode`.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise JSONInputError(
                "json.not-utf8", f"the file is not UTF-8 (bad byte at byte {exc.start})"
            ) from None
    elif text.startswith("\ufeff"):
        text = text[1:]
    try:
        start = len(text) - len(text.lstrip(" \t\n\r"))
        value, end = raw_decode(text, start)
        if text[end:].strip(" \t\n\r"):
            raise json.JSONDecodeError("Extra data", text, end)
    except json.JSONDecodeError as exc:
        raise JSONInputError(
            "json.not-json", f"not valid JSON: {exc.msg}", line=exc.lineno, column=exc.colno
        ) from None
    return value


def load_path(path: Path) -> Any:
    """Read and decode the JSON file at ``path`` (see :func:`loads`); OSError passes."""
    return loads(path.read_bytes())


def iter_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """Yield ``(line number, value)`` for each non-blank line of a JSON Lines file.

    A line that is refused raises :class:`JSONInputError` with its ``line`` set (and
    ``path`` when the place inside the line is known). OSError passes.
    """
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                yield number, loads(raw)
            except JSONInputError as exc:
                exc.line = number
                raise


def describe(exc: JSONInputError, file: str) -> str:
    """One line naming the file, the line and the place: ``[code] file, line 3, at $.x: …``."""
    parts = [file]
    if exc.line is not None:
        parts.append(f"line {exc.line}")
    if exc.path is not None:
        parts.append(f"at {exc.path}")
    return f"[{exc.code}] {', '.join(parts)}: {exc.message}"
