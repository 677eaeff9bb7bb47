"""Deaths told as what came before something else: "après la mort de quatre bergers".

A reaction, a protest or a tension is often dated by the killing behind it, told only by
the noun "mort" and its count ("a convoqué l'ambassadeur après la mort de quatre bergers
en territoire malien", "au lendemain de la mort d'une vingtaine de civils"). The codebook
codes that killing as an ASSAULT of its own (often historical); the lexicon cannot list
"mort", which mostly counts the dead of an act already told ("faisant trois morts",
"causant la mort de douze personnes"). :func:`earlier_deaths` makes a trigger of the noun
only after "après", "depuis", "suite à" or "au lendemain de" and before a count of
people (since 0.66.0); not when the killing has its own verb in the sentence ("après la
mort de deux bergers, tués selon leurs proches par des soldats"), which is the trigger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .ner import Analysis
from .triggers import Trigger, uncovered_words, word_trigger
from .wordgate import gated

__all__ = ["earlier_deaths"]

_DEATH = gated(re.compile(r"\bmort\b", re.IGNORECASE))
_AFTER = re.compile(
    r"\b(?:après|depuis|suite\s+à|à\s+la\s+suite\s+de|lendemain\s+de)\s+la\s+$", re.IGNORECASE
)
#: A count of people right after: "de quatre bergers", "d'une vingtaine de civils",
#: "de plusieurs commerçants", "de 12 orpailleurs".
_COUNTED = re.compile(
    r"\s+(?:de|d['’])\s*(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|"
    r"douze|quinze|vingt|trente|cent|plusieurs|nombreux|dizaines|centaines|\w+aine)\b",
    re.IGNORECASE,
)
#: The killing told by its own verb in the sentence: that verb is the trigger.
_KILLING_VERB = re.compile(
    r"\b(?:tués?|tuées?|abattus?|abattues?|exécutés?|massacrés?|assassinés?)\b", re.IGNORECASE
)


def earlier_deaths(
    text: str,
    analysis: Analysis,
    ranges: Sequence[tuple[int, int]] | None,
    triggers: Sequence[Trigger],
    language: str,
) -> list[Trigger]:
    """The nouns "mort" after "après la" (and the like) and before a count of people that
    no trigger of ``triggers`` covers: ASSAULT triggers (module docstring); none in
    English."""
    if language != "fr":
        return []
    out = []
    for token in uncovered_words(text, analysis, _DEATH, ranges, triggers):
        if not _AFTER.search(text, max(0, token.start - 30), token.start):
            continue
        if not _COUNTED.match(text, token.end):
            continue
        stops = [e for e in (text.find(". ", token.end), text.find("\n", token.end)) if e >= 0]
        if _KILLING_VERB.search(text, token.end, min(stops, default=len(text))):
            continue
        out.append(word_trigger(token, "ASSAULT", None, 0.55, "mort"))
    return out
