"""English relief goods given, with words between the verb and them (since 0.64.0).

The lexicon knows English food aid word after word ("provide food", "bring food", "drop
food"); relief other than food ("provided tents and blankets", "handed over medical
kits", "supplied medicine and hygiene kits") matched no phrase, and a phrase per verb and
good would not reach the counts and adjectives the press puts between them.
:func:`relief_deliveries` finds a verb of giving whose clause goes on, within a few
words and no stop, to a relief good (a closed class: food, shelter, tents, blankets,
kits, medicine, water, nets...; not drugs or fuel, which the press tells smuggled), and
makes the verb an AID trigger. A verb the lexicon already made a trigger keeps its
reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .ner import Analysis
from .triggers import Trigger, uncovered_words, word_trigger

__all__ = ["relief_deliveries"]

#: The verbs of giving, by their form: the English analysis has no lemmas.
_GIVING = re.compile(
    r"\b(?:provid(?:e|ed|es|ing)|suppl(?:y|ied|ies|ying)|hand(?:ed|s|ing)?|"
    r"g(?:ive|ave|iven|ives|iving)|offer(?:ed|s|ing)?|sen(?:d|t|ds|ding)|"
    r"br(?:ing|ought|ings|inging)|ship(?:ped|s|ping)?|airlift(?:ed|s|ing)?|"
    r"donat(?:e|ed|es|ing)|deliver(?:ed|s|ing)?|distribut(?:e|ed|es|ing))\b",
    re.IGNORECASE,
)
#: Relief goods, a closed class: food, shelter, health and water.
_GOODS = (
    r"(?:food(?:stuffs?)?|rations?|grains?|cereals?|rice|millet|sorghum|maize|flour|"
    r"seeds?|water|tents?|blankets?|mats?|tarpaulins?|shelters?|kits?|medicines?|"
    r"medications?|vaccines?|nets|cloth(?:es|ing)|soap|"
    r"(?:relief|medical|humanitarian|food|emergency)\s+supplies)\b"
)
#: After the verb: its particle, then up to three words of the object's count and
#: qualifiers, no clause crossed ("that", "said", "after"), then the good.
_GOODS_AFTER = re.compile(
    r"(?:\s+(?:over|out))?"
    r"(?:\s+(?!(?:that|which|who|whom|where|when|said|says|after|before|but|because|"
    r"while|if)\b)[\w'’-]+){0,3}?\s+" + _GOODS,
    re.IGNORECASE,
)


def relief_deliveries(
    text: str,
    analysis: Analysis,
    ranges: Sequence[tuple[int, int]] | None,
    triggers: Sequence[Trigger],
) -> list[Trigger]:
    """English verbs of giving relief goods the lexicon's ``triggers`` do not cover
    (module docstring), each an AID trigger on its verb, in text order."""
    out = []
    for token in uncovered_words(text, analysis, _GIVING, ranges, triggers):
        found = _GOODS_AFTER.match(text, token.end)
        # An object that is a trigger of its own ("provided aid", "gave an interview")
        # is read as that trigger.
        if found is None or any(token.end < t.start < found.end() for t in triggers):
            continue
        out.append(word_trigger(token, "AID", None, 0.6, "provide relief"))
    return out
