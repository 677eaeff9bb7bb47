"""The layout of a normalised article: title, dateline, headings, paragraphs, signature.

An article is one block per line (blank lines are allowed and ignored). The rules, also
in ``docs/ingest.md``:

* the **dateline** opens the first paragraph; it must be on the first non-blank line,
  or on the second when the first is a **title** (a line of at most 30 words that does
  not end with ``. ! … : ; ,``);
* the **signature** is the last line when it is short (at most 4 words and 40
  characters) and does not end with ``. ! ? … : ; ,``, e.g. ``AK12``, ``(AFP)``; a final
  dot is allowed when no word is longer than 4 characters, as in ``A.K.``;
* a **heading** is any other line of at most 12 words and 100 characters that starts
  with a capital letter or a digit, does not end with ``. ! … : ; ,`` and is followed by
  another line;
* every other line is a **paragraph** (the dateline paragraph included).

Spans are ``(start, end)`` code-point offsets into the text, end exclusive, without the
line break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .dateline import Dateline, parse_dateline
from .rejection import Rejected

Span = tuple[int, int]

_SENTENCE_END = (".", "!", "?", "…", ":", ";", ",")
_HEADING_END = (".", "!", "…", ":", ";", ",")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Structure:
    """Where each part of an article is in its text."""

    dateline: Dateline
    title: Span | None
    headings: list[Span]
    paragraphs: list[Span]
    signature: Span | None


def line_spans(text: str) -> list[Span]:
    """The spans of the non-blank lines of ``text``."""
    return [m.span() for m in _LINE.finditer(text)]


def _words(line: str) -> int:
    return len(line.split())


def _is_title(line: str) -> bool:
    return _words(line) <= 30 and not line.endswith(_HEADING_END)


def _is_heading(line: str) -> bool:
    first = line[0]
    return (
        _words(line) <= 12
        and len(line) <= 100
        and (first.isupper() or first.isdigit())
        and not line.endswith(_HEADING_END)
    )


def _is_signature(line: str) -> bool:
    if _words(line) > 4 or len(line) > 40:
        return False
    if line.endswith("."):
        # "A.K." is a signature, "Il est parti." is not: only initials may end with a dot.
        return all(len(word) <= 4 for word in line.split())
    return not line.endswith(_SENTENCE_END)


def analyse_structure(text: str) -> Structure:
    """Find the dateline, title, headings, paragraphs and signature of a normalised text.

    Raises :class:`Rejected` with ``ingest.no-dateline`` when the first paragraph does not
    open with a dateline (and ``ingest.bad-dateline`` when its date cannot exist).
    """
    lines = line_spans(text)
    title: Span | None = None
    dateline = parse_dateline(text[slice(*lines[0])])
    first = 0
    if dateline is None and len(lines) > 1 and _is_title(text[slice(*lines[0])]):
        dateline = parse_dateline(text[slice(*lines[1])])
        if dateline is not None:
            title, first = lines[0], 1
    if dateline is None:
        opening = text[slice(*lines[0])]
        shown = opening if len(opening) <= 60 else opening[:60] + "…"
        raise Rejected(
            "ingest.no-dateline",
            "no dateline: the first paragraph must open with 'Place, date - ' (e.g. "
            f"'Bamako, 16 septembre 2025 - ' or 'Niamey, Sept. 16, 2025 - '); it opens "
            f"with {shown!r}",
        )
    offset = lines[first][0]
    dateline = replace(dateline, span=(offset + dateline.span[0], offset + dateline.span[1]))
    body = lines[first + 1 :]
    signature: Span | None = None
    if body and _is_signature(text[slice(*body[-1])]):
        signature, body = body[-1], body[:-1]
    headings: list[Span] = []
    paragraphs: list[Span] = [lines[first]]
    for index, span in enumerate(body):
        followed = index + 1 < len(body)
        (headings if followed and _is_heading(text[slice(*span)]) else paragraphs).append(span)
    return Structure(dateline, title, headings, paragraphs, signature)
