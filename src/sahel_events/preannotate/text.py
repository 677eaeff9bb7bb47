"""Text helpers shared by the matchers: folding that keeps offsets, spans and their overlaps."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Protocol, TypeVar

_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"


@cache
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    base = unicodedata.normalize("NFD", ch)[0].casefold()
    # casefold may grow a character ("ß" -> "ss"); keep the length, keep the offsets.
    return base if len(base) == 1 else ch.lower()[:1] or ch


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe- and dash-unified copy of ``text``.

    The result has exactly the length of ``text``, so an offset found in the folded copy
    is the same offset in the original: that is why this is not a plain
    ``unicodedata.normalize`` + ``casefold`` (which change lengths).
    """
    return "".join(_fold_char(ch) for ch in text)


def fold_key(name: str) -> str:
    """A lookup key for a name: folded, hyphens and apostrophes as spaces, spaces collapsed."""
    return " ".join(re.sub(r"[-'.]", " ", fold(name)).split())


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"«(\[]?[A-ZÀ-ÖØ-Þ0-9])|\n+")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` by punctuation and line breaks.

    Used where no parser runs (English documents); French documents take spaCy's
    sentences instead.
    """
    end = len(text) if end is None else end
    spans = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return spans


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)


def earliest_longest(items: Iterable[_S]) -> list[_S]:
    """The items that survive overlaps: the earliest start wins, then the longest span.

    Items are taken by start, then by decreasing length (ties keep their input order), and
    one that starts before the end of the last item kept is dropped.
    """
    chosen: list[_S] = []
    for item in sorted(items, key=lambda i: (i.start, -(i.end - i.start))):
        if chosen and item.start < chosen[-1].end:
            continue
        chosen.append(item)
    return chosen


def in_ranges(start: int, end: int, ranges: Sequence[tuple[int, int]] | None) -> bool:
    """Whether ``[start, end)`` lies inside one of ``ranges`` (always, when ``ranges`` is None)."""
    return ranges is None or any(s <= start and end <= e for s, e in ranges)


def containing(spans: Iterable[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The first span of ``spans`` containing ``offset``, or an empty span at ``offset``."""
    for start, end in spans:
        if start <= offset < end:
            return (start, end)
    return (offset, offset)
