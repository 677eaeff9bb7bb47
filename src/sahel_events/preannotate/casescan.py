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

import importlib
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

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


# The ``re`` module's parser and compiler: what tells whether the engine skips ahead to
# a pattern's first letters (private modules, as in wordgate; looked up, not imported by
# name, as the type stubs do not know them).
# Should a later Python drop or rename them, patterns are scanned as they are.
try:
    _parser: Any = importlib.import_module("re._parser")
    _constants: Any = importlib.import_module("re._constants")
    _compiler: Any = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover - depends on the interpreter
    _parser = _constants = _compiler = None

#: The word-start lookbehinds a scanned pattern may open with, and the one character
#: each refuses right before a match (looked at by hand, see :func:`_after_lookbehind`).
_LOOKBEHINDS = {r"(?<!\w)": re.compile(r"\w"), r"(?<![\w-])": re.compile(r"[\w-]")}

#: The most first letters a rest may start with (:func:`_after_lookbehind`).
_MOST_FIRST = 6
_LITERAL = _constants.LITERAL if _constants is not None else None


@cache
def _after_lookbehind(
    sensitive: re.Pattern[str],
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """For a pattern opening with a word-start lookbehind (:data:`_LOOKBEHINDS`) whose
    rest starts with a letter of a known set ("(?<!\\w)(?:tuant|blessé|...)"): the rest
    alone, and the character the lookbehind refuses; else None.

    Why (0.68.0): a pattern that opens with a lookbehind is tried by the engine at every
    character of the text, the lookbehind first; without it, the engine skips to the
    characters an alternative of words may start with, in under half the time. The
    lookbehind is then checked by hand where the rest matched (:func:`_finditer`). Only
    where the rest has such a first letter: a rest that may start anywhere ("au moins",
    a figure, an optional word) matches inside words, and checking each costs more."""
    opening = next((o for o in _LOOKBEHINDS if sensitive.pattern.startswith(o)), None)
    if opening is None or _parser is None:
        return None
    refused = _LOOKBEHINDS[opening]
    tree = _parser.parse(sensitive.pattern, sensitive.flags)
    # "(?<!\w)a|b" is "(?<!\w)a" or "b": only a lookbehind before the whole pattern.
    if tree.data[0][0] is not _constants.ASSERT_NOT:
        return None
    rest = re.compile(sensitive.pattern[len(opening) :], sensitive.flags)
    rest_tree = _parser.parse(rest.pattern, rest.flags)
    if rest.groupindex != sensitive.groupindex or rest.groups != sensitive.groups:
        return None
    literal_prefix = getattr(_compiler, "_get_literal_prefix", None)
    charset_prefix = getattr(_compiler, "_get_charset_prefix", None)
    if literal_prefix is None or charset_prefix is None:
        return None  # another Python's engine: scanned as the pattern is
    if literal_prefix(rest_tree, rest.flags)[0]:
        return rest, refused
    first = charset_prefix(rest_tree, rest.flags)
    # A first letter of many (eleven for "plus tôt"/"the day before"/...) is found inside
    # words so often that checking each costs more than the lookbehind saved.
    if first is None or any(op is not _LITERAL for op, _ in first):
        return None
    if len({letter for _, letter in first}) > _MOST_FIRST:
        return None
    return rest, refused


#: :func:`case_sensitive` by the pattern's id, with the pattern (checked with ``is``):
#: the cache of :func:`case_sensitive` hashes the pattern's whole code at every call, and
#: :func:`scan_spans` asks it once per rule per article (0.68.0).
_SENSITIVE: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _sensitive_form(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """:func:`case_sensitive` of ``pattern``, remembered by identity."""
    known = _SENSITIVE.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = (pattern, case_sensitive(pattern))
        _SENSITIVE[id(pattern)] = known
    return known[1]


#: :func:`_after_lookbehind` by the pattern's id, with the pattern (checked with ``is``):
#: hashing a compiled pattern hashes its whole code, which for the long casualty
#: patterns cost more than the scan saved when asked once per date window.
_AFTER_LOOKBEHIND: dict[
    int, tuple[re.Pattern[str], tuple[re.Pattern[str], re.Pattern[str]] | None]
] = {}


def _fast_form(sensitive: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """:func:`_after_lookbehind` of ``sensitive``, remembered by identity."""
    known = _AFTER_LOOKBEHIND.get(id(sensitive))
    if known is None or known[0] is not sensitive:
        known = (sensitive, _after_lookbehind(sensitive))
        _AFTER_LOOKBEHIND[id(sensitive)] = known
    return known[1]


def _finditer(
    sensitive: re.Pattern[str],
    lower: str,
    start: int,
    end: int,
    fast: tuple[re.Pattern[str], re.Pattern[str]] | bool | None = True,
) -> Iterable[re.Match[str]]:
    """``sensitive.finditer(lower, start, end)``: the same spans, found in less time for a
    pattern opening with a word-start lookbehind (:func:`_after_lookbehind`; ``fast``
    when the caller has it already). As finditer does, each match is the leftmost one
    from where the last ended; the rest found inside a word (its lookbehind refused) is
    passed by one character."""
    if fast is True:
        fast = _fast_form(sensitive)
    if fast is None or fast is False:
        return sensitive.finditer(lower, start, end)
    rest, refused = fast
    out = []
    at = start
    while (found := rest.search(lower, at, end)) is not None:
        here = found.start()
        # The lookbehind reads the text before ``start`` too, as the engine's does.
        if here > 0 and refused.match(lower, here - 1):
            at = here + 1
            continue
        if found.end() == here:  # an empty match: finditer's own rules for it
            return sensitive.finditer(lower, start, end)
        out.append(found)
        at = found.end()
    return out


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
    sensitive = _sensitive_form(pattern) if lower is not None else None
    if sensitive is None or lower is None:
        return [m for start, end in spans for m in pattern.finditer(text, start, end)]
    out = []
    fast = _fast_form(sensitive)  # once per call, not once per span
    for start, end in spans:
        found_here = []
        for found in _finditer(sensitive, lower, start, end, fast):
            m = pattern.match(text, found.start(), end)
            if m is None or m.end() != found.end():  # not expected: the case-blind scan then
                found_here = list(pattern.finditer(text, start, end))
                break
            found_here.append(m)
        out += found_here
    return out
