"""Casualty counts: "12 soldats tués", "au moins 30 civils tués", "killing 12 gendarmes".

A CASUALTY span carries the codebook's ``casualty_kind`` (killed, injured, abducted,
arrested), ``casualty_qualifier`` (exact, at-least, approximate, vague) and a
``norm_count`` ("12", or "10-15"; none when the count is vague: "des dizaines").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import earliest_longest

_UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
_APPROX = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip
_KIND_WORDS = {
    "killed": r"tu[ée]e?s?|morts?|mortes?|décédée?s?|killed|dead|died",
    "injured": r"blessée?s?|injured|wounded",
    "abducted": r"enlevée?s?|kidnappée?s?|pris(?:es)?\s+en\s+otages?|abducted|kidnapped|"
                r"taken\s+hostage",
    "arrested": r"arrêtée?s?|interpellée?s?|appréhendée?s?|arrested|detained",
}  # fmt: skip
_KIND_VERBS = {
    "killed": r"tuant|tué|faisant|fait|killing|leaving",
    "injured": r"blessant|blessé|wounding|injuring",
    "abducted": r"enlevant|enlevé|kidnappant|abducting|kidnapping",
    "arrested": r"arrêtant|interpellant|arresting",
}
_NUMBER = r"\d{1,3}(?:[  .,]\d{3})*|\d+|" + "|".join(sorted(_UNITS, key=len, reverse=True))
_QUALIFIER = (
    r"(?P<qual>au\s+moins|plus\s+de|près\s+de|environ|quelque|pas\s+moins\s+de|"
    r"at\s+least|more\s+than|over|nearly|about|around|some|approximately)\s+"
)
_VAGUE = (
    r"(?P<vague>(?:une?|des|plusieurs)\s+(?P<approx>"
    + "|".join(_APPROX)
    + r")s?\s+d[e']\s*|des\s+dizaines\s+d[e']\s*|des\s+centaines\s+d[e']\s*|"
    r"dozens\s+of\s+|hundreds\s+of\s+|several\s+|plusieurs\s+|many\s+|de\s+nombreu(?:x|ses)\s+)"
)
_COUNT = rf"(?:{_QUALIFIER})?(?:{_VAGUE}|(?P<n>{_NUMBER})(?:\s*(?:à|-|–|to|et)\s*(?P<n2>\d+))?\s+)"
_NOUN = r"(?:[\wÀ-ÿ'’-]+\s+){0,3}?"


@dataclass(frozen=True)
class Casualty:
    """A casualty count span and its attributes."""

    start: int
    end: int
    text: str
    kind: str
    qualifier: str
    count: str | None  # "12", "10-15", or None when vague


def _number(word: str) -> int | None:
    word = word.lower()
    digits = re.sub(r"[  .,]", "", word)
    if digits.isdigit():
        return int(digits)
    return _UNITS.get(word)


_PATTERNS: list[tuple[str, re.Pattern[str]]] = []
for _kind, _words in _KIND_WORDS.items():
    # "12 soldats tués", "au moins 30 morts", "une dizaine de civils enlevés"
    _PATTERNS.append(
        (
            _kind,
            re.compile(
                rf"(?<!\w){_COUNT}{_NOUN}(?:ont\s+été\s+|were\s+|have\s+been\s+)?(?:{_words})(?!\w)",
                re.IGNORECASE,
            ),
        )
    )
    # "tuant 12 gendarmes", "killing at least 30 civilians"
    _PATTERNS.append(
        (
            _kind,
            re.compile(
                rf"(?<=\s)(?:{_KIND_VERBS[_kind]})\s+(?P<span>{_COUNT}[\wÀ-ÿ'’-]+)", re.IGNORECASE
            ),
        )
    )


def find_casualties(text: str, start: int = 0, end: int | None = None) -> list[Casualty]:
    """Casualty counts in ``text[start:end]``; the earliest, longest match wins."""
    end = len(text) if end is None else end
    found: list[Casualty] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            s, e = m.span("span") if m.groupdict().get("span") else m.span()
            qualifier, count = _qualify(m)
            if count is None and qualifier != "vague":
                continue
            found.append(Casualty(s, e, text[s:e], kind, qualifier, count))
    return earliest_longest(found)


def _qualify(m: re.Match[str]) -> tuple[str, str | None]:
    groups = m.groupdict()
    if groups.get("approx"):
        return "approximate", str(_APPROX[groups["approx"].lower()])
    if groups.get("vague"):
        return "vague", None
    n = _number(groups["n"]) if groups.get("n") else None
    if n is None:
        return "vague", None
    if groups.get("n2"):
        n2 = int(groups["n2"])
        return "approximate", f"{min(n, n2)}-{max(n, n2)}"
    qual = (groups.get("qual") or "").lower().split()
    if not qual:
        return "exact", str(n)
    if qual[0] in ("au", "plus", "pas", "at", "more", "over"):
        return "at-least", str(n)
    return "approximate", str(n)
