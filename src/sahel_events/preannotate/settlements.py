"""Settlements named only by their kind ("le village", "la localité", "the town") in an
article whose body names no town before them (round 8, s18p8).

The press often puts the village in the title alone ("neuf civils tués à Gasseliki")
and tells the act in the body as "une attaque contre le village". Titles are not coded
(codebook), so without a mention of its own the act has no place at all. Such a phrase
is the settlement the article is about: a GPE at town precision, left without a
gazetteer id (the annotator copies the title's). Once a town has been named, the same
words point back to it (:mod:`.eventplace`), and no mention is made.
"""

from __future__ import annotations

import re

from .wordgate import gated

#: A settlement named by its bare kind ("La ville a de nouveau été attaquée", "the town
#: was shelled"), not one named there ("la ville de Gao") nor another ("le village
#: voisin"). Once a town has been named, :mod:`.eventplace` reads it as pointing back to
#: that town; before any, :func:`bare_settlements` makes it a mention of its own.
TOWN = gated(
    re.compile(
        r"\b(?:la\s+(?:ville|localité)|le\s+village|the\s+(?:town|village))(?=[\s,.;:'’]|$)"
        r"(?!\s+(?:de|d['’]|du|des|voisin|voisine|natal|natale|of|near)\b)"
        # Since 0.64.0 nor one named after adjectives: "la localité frontalière de
        # Makalondi", "la ville septentrionale de Djibo".
        r"(?!\s+(?:[a-zà-ÿ-]+\s+){1,2}(?:de\s+|d['’]|du\s+)(?-i:[A-ZÀ-Ý]))",
        re.IGNORECASE,
    )
)


def bare_settlements(text: str) -> list[tuple[int, int, str]]:
    """Every settlement named by its bare kind in ``text``: (start, end, text). Not one
    followed by an apostrophe ("the town's market"): that one is a possessor."""
    return [
        (m.start(), m.end(), m.group())
        for m in TOWN.finditer(text)
        if text[m.end() : m.end() + 1] not in ("'", "’")
    ]
