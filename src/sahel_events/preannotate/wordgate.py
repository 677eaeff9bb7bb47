"""Patterns tried only where a word every match of theirs holds is there (since 0.68.0).

Most rules try a pattern on the sentence of every trigger or mention, and most of the
time it finds nothing: the regular expression engine is tried at every character for
nothing. Every match of most patterns holds one of a few words written in the pattern
(``depuis|since``, ``semaine|mois|week|month``): :func:`required_words` reads them off
the compiled pattern once, and a :class:`Gated` pattern is searched only when one of
them is in the text searched. What it finds is what the pattern finds: the gate only
skips a search that could not match.

The words are read, not written by hand, so that they follow the pattern when it
changes: a literal run of characters that every match holds (in a sequence, in every
alternative of a branch, in a repetition of at least one); none when an alternative
holds none, and then the pattern is always tried. A case-blind pattern's words are
looked for in the lower-cased text, where lower() keeps every letter one letter and
equates no letter IGNORECASE keeps apart (:data:`_PLAIN`); else it is tried.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from functools import cache
from typing import Any

__all__ = ["Gated", "gated", "required_words"]

# The parser of the ``re`` module: its trees are what the gate reads (a private module,
# stable across the 3.11-3.13 versions the project supports; looked up, not imported by
# name, as the type stubs do not know it).
# Should a later Python drop or rename them, no pattern is gated: the same matches, only
# slower (required_words returns None).
try:
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - depends on the interpreter
    _parser = _c = None

#: The characters a case-blind pattern's word may hold: those whose every IGNORECASE
#: equal lower() makes the same letter, but for the three lower() keeps apart or makes
#: two letters (dotless i, long s, dotted capital I: a text that holds one is always
#: tried); checked over every code point by the tests. A word with another character
#: is no gate.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789àâäçéèêëîïôöùûüÿœæ'’- ")
#: The most words a gate looks for: past that, the test costs what the search saves.
_MOST_WORDS = 40

_Words = frozenset[str] | None


def _choose(options: list[frozenset[str]]) -> _Words:
    """The most selective of several word sets every match holds one word of: the one
    whose shortest word is longest, then the one with the fewest words."""
    usable = [o for o in options if o and len(o) <= _MOST_WORDS]
    if not usable:
        return None
    return max(usable, key=lambda o: (min(len(w) for w in o), -len(o)))


def _sequence(items: Any, blind: bool) -> _Words:
    """The words one of which every match of the sequence ``items`` holds, or None."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= 2:
            options.append(frozenset({"".join(run)}))
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            char = chr(av)
            if blind:
                char = char.lower()
                if char not in _PLAIN:
                    close()
                    continue
            run.append(char)
            continue
        close()
        found = _node(op, av, blind)
        if found is not None:
            options.append(found)
    close()
    return _choose(options)


def _node(op: Any, av: Any, blind: bool) -> _Words:
    """The words one of which every match of one node holds, or None."""
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, items = av
        # A part made case-sensitive in a case-blind pattern ("(?-i:says)") matches
        # what its words in lower case find in the lower-cased text: read as blind.
        # Any other scoped flag: no gate.
        if add_flags or del_flags & ~re.IGNORECASE or (del_flags and not blind):
            return None
        return _sequence(items, blind)
    if op is _c.ATOMIC_GROUP:
        return _sequence(av, blind)
    if op is _c.BRANCH:
        words: set[str] = set()
        for alternative in av[1]:
            found = _sequence(alternative, blind)
            if found is None:
                return None
            words |= found
        return frozenset(words) if len(words) <= _MOST_WORDS else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, _most, items = av
        return _sequence(items, blind) if least >= 1 else None
    return None


@cache
def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words one of which every match of ``pattern`` holds (in lower case for a
    case-blind pattern), or None when the pattern's tree tells none."""
    flags = pattern.flags
    if _parser is None:
        return None
    if flags & ~(re.IGNORECASE | re.UNICODE):
        return None  # VERBOSE, MULTILINE, DOTALL...: kept out, to keep the reading simple
    tree = _parser.parse(pattern.pattern, flags)
    return _sequence(tree.data, bool(flags & re.IGNORECASE))


#: The last text lower-cased for a gate, with that text (held, so that the identity test
#: cannot meet another text at the same address): every gated pattern first tried on an
#: article reads its words in the same lower case.
_LOWERED: tuple[str, str] = ("", "")


def _lower(text: str) -> str | None:
    """``text`` lower-cased, when lower() keeps every letter one letter and apart from
    the letters IGNORECASE equates (:data:`_PLAIN`); else None (the pattern is tried)."""
    global _LOWERED
    known = _LOWERED
    if known[0] is text:
        lower = known[1]
    else:
        lower = text.lower()
        _LOWERED = (text, lower)
    # lower() made a letter two, or kept one apart that IGNORECASE equates: tried.
    if len(lower) != len(text) or "\u0131" in lower or "\u017f" in lower:
        return None
    return lower


class Gated:
    """A compiled pattern whose :meth:`search` and :meth:`finditer` are tried only where
    one of its :func:`required_words` is: the same matches, found in less time where most
    texts tried hold none. Its other uses go to the pattern (:attr:`compiled`) as they
    are: an anchored match tries one place, in less time than the gate would take."""

    __slots__ = ("blind", "compiled", "last", "words")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.words = required_words(compiled)
        # Read once: a flag test on every search costs an enum operation.
        self.blind = bool(compiled.flags & re.IGNORECASE)
        # The last text searched, as the words are looked for in it (lower-cased for a
        # case-blind pattern), and those of the words it holds anywhere (None: not told,
        # the pattern is tried): a rule searches one article's sentences one after the
        # other, and most of the words are in none of them. The text is held, so that
        # the identity test cannot meet another text at its address.
        self.last: tuple[str, str, tuple[str, ...] | None] = ("", "", ())

    def _skips(self, text: str, pos: int, endpos: int) -> bool:
        """Whether no match can be in ``text[pos:endpos]``: none of the words is there."""
        if self.words is None:
            return False
        last = self.last
        if last[0] is text:
            _, read, held = last
        else:
            lower = _lower(text) if self.blind else text
            read = lower or ""
            held = None if lower is None else tuple(w for w in self.words if w in lower)
            self.last = (text, read, held)
        if held is None:
            return False
        if not held:
            return True  # none of the words anywhere in the text
        if pos <= 0 and endpos >= len(text):
            return False  # the whole text, which holds one
        # Offsets as the engine reads them: a negative one is the text's start. The
        # lower-cased text keeps the offsets (_lower), so a word is looked for in place.
        pos, endpos = max(pos, 0), max(endpos, 0)
        return all(read.find(word, pos, endpos) < 0 for word in held)

    @property
    def pattern(self) -> str:
        """The pattern's source, as ``re.Pattern.pattern``."""
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        """The pattern's flags, as ``re.Pattern.flags``."""
        return self.compiled.flags

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``, not tried where none of the words is."""
        if self._skips(text, pos, endpos):
            return None
        return self.compiled.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``, not tried where none of the words is."""
        if self._skips(text, pos, endpos):
            return iter(())
        return self.compiled.finditer(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.match``, tried as it is."""
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``, tried as it is."""
        return self.compiled.fullmatch(text, pos, endpos)


def gated(compiled: re.Pattern[str]) -> Gated:
    """``compiled``, searched only where one of its words is (:class:`Gated`)."""
    return Gated(compiled)
