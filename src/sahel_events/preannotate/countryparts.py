"""A part of a named country as one place (pre-annotation 0.64.0): "dans le nord du
Mali", "au nord du Burkina Faso", "l'extrême-est du Niger", "in northern Mali", "in the
east of Burkina Faso".

Before, only the country's name was a mention: a place by overlap, but the same name is
also the state, and an act told "dans le nord du Mali contre des positions terroristes"
took the state as its target and had no place. The codebook makes such a vague area a
LOC at country precision with the country's id ("the east of Burkina Faso", "le nord du
Niger" in the corpus); a part of a country is where something happened, never a party.
"""

from __future__ import annotations

import re

from .wordgate import gated

#: The compass part before a country's name, ending right where the name starts. French
#: needs the article ("le nord du", "au nord du", "à l'est du", "l'extrême-nord du"):
#: "est du" alone is also the verb ("il est du Niger").
_FR_PART = gated(
    re.compile(
        # The span starts at the article, or at the part after "au", "à l'" (a preposition,
        # as "dans" before "le nord", is no part of the place).
        r"(?:\b(?P<article>le|l['’])|\b(?:au|à\s+l['’]))\s*(?P<part>(?:extrême[-\s])?"
        r"(?:centre|nord|sud|est|ouest)(?:-(?:nord|sud|est|ouest))?)"
        r"\s+(?:du\s+|de\s+la\s+|de\s+l['’]|d['’])$",
        re.IGNORECASE,
    )
)
_EN_PART = re.compile(
    r"\b(?:(?:[Nn]orth|[Ss]outh)-?(?:[Ee]ast|[Ww]est)ern|[Nn]orthern|[Ss]outhern|[Ee]astern|"
    r"[Ww]estern|[Cc]entral|[Tt]he\s+(?:north|south|east|west|centre|center)"
    r"(?:-?(?:east|west))?\s+of)\s+$"
)
#: How far before a country's name its part may start, in characters.
_WINDOW = 30


def part_before(text: str, start: int, language: str) -> int | None:
    """The start of the compass part told right before the country named at ``start``
    ("le nord du *Mali*", "northern *Mali*"), or None."""
    window = text[max(0, start - _WINDOW) : start]
    m = (_FR_PART if language == "fr" else _EN_PART).search(window)
    if m is None:
        return None
    # French "au nord du": the span starts at the part; English has no group for it.
    first = m.start("part") if "part" in m.re.groupindex and not m["article"] else m.start()
    return start - len(window) + first
