"""Closures told by the participle alone, as an adjective.

The lexicon finds "fermer" when the tagger reads a verb ("ont fermé la frontière"); the
participle used as an adjective ("la frontière, fermée côté nigérien depuis août 2023",
"la frontière terrestre demeure fermée") has the lemma "fermé", and a one-verb entry
matched by its stem alone is no trigger there (``triggers._by_verb_stem``: "la porte
fermée" names no act). :func:`closed_by_order` makes such a participle a COERCE restrict
trigger (since 0.66.0) when the closure is an order still in force, as the corpus notes
code it (`ongoing` while it lasts): a border is what is closed, or who ordered the
closure is told right after ("demeure fermée par décision du gouverneur"). A school
"fermée faute d'élèves" or shops "fermées en signe de deuil" stay uncoded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .idioms import ordered_closure
from .ner import Analysis
from .triggers import Trigger, uncovered_words, word_trigger
from .wordgate import gated

__all__ = ["closed_by_order"]

#: The French participle of closing, in any gender and number.
_CLOSED = gated(re.compile(r"\bferm(?:é|ée|és|ées)\b", re.IGNORECASE))


def closed_by_order(
    text: str,
    analysis: Analysis,
    ranges: Sequence[tuple[int, int]] | None,
    triggers: Sequence[Trigger],
) -> list[Trigger]:
    """The participles of closing no trigger of ``triggers`` covers that tell an ordered
    closure still in force (module docstring), each a COERCE restrict trigger."""
    return [
        word_trigger(token, "COERCE", "restrict", 0.7, "fermer")
        for token in uncovered_words(text, analysis, _CLOSED, ranges, triggers)
        if ordered_closure(text, token.start, token.end)
    ]
