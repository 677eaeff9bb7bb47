"""Text helpers shared by the matchers: folding that keeps offsets, spans and their overlaps."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

# Folding lives outside this package: the gazetteer (which compile uses too) needs it.
from ..folding import fold, fold_key

__all__ = [
    "containing",
    "earliest_longest",
    "fold",
    "fold_key",
    "in_ranges",
    "sentence_spans",
]

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
