"""Folding names for matching: lower case, no accents, one apostrophe and one dash.

Used by pre-annotation's matchers and by the gazetteer's name look-up (which the
compile stage uses too), so it belongs to neither.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

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
    if text.isascii():
        # What _fold_char gives every ASCII character, for the whole string at once (most
        # tokens and names are ASCII; this runs for every token of every document).
        return text.lower().replace("`", "'")
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=65536)
def fold_key(name: str) -> str:
    """A lookup key for a name: folded, hyphens and apostrophes as spaces, spaces collapsed.
    Remembered: the gazetteer and the matchers key the same names again and again."""
    return " ".join(re.sub(r"[-'.]", " ", fold(name)).split())
