"""Case-blind patterns scanned in less time: on the lower-cased text, case-sensitively.

A case-blind (``re.IGNORECASE``) alternation of words is tried letter by letter at every
character of a text, and that is most of the time the date and casualty recognisers
take. Written in lower-case letters only, the same pattern without IGNORECASE finds in
the lower-cased text the same matches in under half the time. Each match is then taken
from the text as written, by the case-blind pattern at the same place, so that what the
handlers read (the groups) is what the article says.

Both conditions are checked, not assumed: :func:`lowered` gives no lower-cased text when
lower-casing would move offsets or IGNORECASE equates letters that lower() keeps apart,
and :func:`case_sensitive` gives no fast pattern when the pattern holds an upper-case
letter or an inline flag. Then :func:`scan` scans case-blind, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

__all__ = ["case_sensitive", "lowered", "lowered_text", "may_hold", "scan", "scan_spans"]

#: Letters IGNORECASE equates with an ASCII letter that lower() keeps apart (dotless i,
#: long s): a text holding one is scanned case-blind.
_FOLDED_APART = ("\u0131", "\u017f")
#: What is not a letter of the pattern's text: escapes, group names and references.
_NOT_LETTERS = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\(\?\(\w+\)")
#: Extensions that change no matching of letters: non-capturing groups, lookarounds.
_PLAIN_EXTENSIONS = re.compile(r"\(\?(?:[:=!]|<[=!])")


def lowered(text: str) -> str | None:
    """``text`` lower-cased, when a case-sensitive pattern of lower-case letters finds in
    it exactly what the case-blind one finds in ``text``; else None. lower() keeps the
    offsets unless a letter lower-cases to two ("İ"), and IGNORECASE equates a dotless
    i and a long s with i and s, which lower() keeps apart."""
    lower = text.lower()
    # Looked for with ``in``, not a character class: this runs hundreds of times per
    # article, on short texts, where a regex call costs more than the look (0.68.0).
    apart = _FOLDED_APART[0] in text or _FOLDED_APART[1] in text
    return lower if len(lower) == len(text) and not apart else None


@lru_cache(maxsize=8)
def lowered_text(text: str) -> str | None:
    """:func:`lowered` of a whole article, remembered: the date, casualty and other
    recognisers each scan the same article's lower case."""
    return lowered(text)


def may_hold(lower: str | None, words: Iterable[str]) -> bool:
    """Whether a text whose lower case is ``lower`` (:func:`lowered`) may hold a match of
    a pattern every match of which holds one of ``words`` (in lower case): False only
    when none is there. A text lower() could hide a match in (``lower`` None) may.

    The gate of a case-blind scan: a pattern tried at every character of a text or of a
    window is tried only when the window holds one of its words (since 0.57.0)."""
    return lower is None or any(word in lower for word in words)


@cache
def case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without IGNORECASE, for a lower-cased text; None when it holds an
    upper-case letter (escapes, group names and conditions aside) or an inline flag."""
    if not pattern.flags & re.IGNORECASE:
        return None
    bare = _NOT_LETTERS.sub("", pattern.pattern)
    if "(?" in _PLAIN_EXTENSIONS.sub("", bare) or bare != bare.lower():
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def scan(
    pattern: re.Pattern[str], text: str, lower: str | None, start: int, end: int
) -> list[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, found in less time in ``lower`` (the
    lower-cased text, :func:`lowered`) by the case-sensitive pattern, each match then
    taken from ``text`` where it was found (the handlers read its groups as written)."""
    return scan_spans(pattern, text, lower, ((start, end),))


def scan_spans(
    pattern: re.Pattern[str],
    text: str,
    lower: str | None,
    spans: Iterable[tuple[int, int]],
) -> list[re.Match[str]]:
    """:func:`scan` of each span of ``text`` in turn, the matches in order: one call for
    the many windows a date rule is tried in."""
    sensitive = case_sensitive(pattern) if lower is not None else None
    if sensitive is None or lower is None:
        return [m for start, end in spans for m in pattern.finditer(text, start, end)]
    out = []
    for start, end in spans:
        found_here = []
        for found in sensitive.finditer(lower, start, end):
            m = pattern.match(text, found.start(), end)
            if m is None or m.end() != found.end():  # not expected: the case-blind scan then
                found_here = list(pattern.finditer(text, start, end))
                break
            found_here.append(m)
        out += found_here
    return out
