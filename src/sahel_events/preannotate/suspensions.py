"""The noun "suspension", read by what it suspends.

The lexicon knows the verb ("suspendre", COERCE) and a few phrases ("suspension de
l'aide", "levée de la suspension"); the noun alone names very different acts, told by
its complement, often after an aside ("la suspension, le 30 octobre, de la radio
privée", "la suspension « jusqu'à nouvel ordre » de deux chaînes"). :func:`suspensions`
makes each noun the lexicon's triggers do not cover a trigger (since 0.22.0):

* a medium suspended: COERCE censor (codebook: censorship);
* an agency's own aid or convoys ("la suspension provisoire de ses distributions"):
  SANCTION discontinue;
* anything else named after it ("la suspension des marchés"): COERCE, as the verb is
  (``events.relabel`` makes the suspension of a strike or a sit-in a concession).

No trigger when nothing suspended is told ("après une suspension de deux semaines",
"menacés de suspension"), and none when a lifting comes right before it ("a levé
vendredi la suspension"): the lifting is the act, on its own verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .events import LIFTED
from .ner import Analysis
from .triggers import MEDIUM, Trigger, uncovered_words, word_trigger
from .wordgate import gated

__all__ = ["suspensions"]

_NOUN = gated(re.compile(r"\bsuspensions?\b", re.IGNORECASE))
#: After the noun, an adjective and an aside ("la suspension, le 30 octobre, de",
#: "la suspension « jusqu'à nouvel ordre » de"), then the preposition of its complement.
_OF = (
    r"(?:\s+(?:temporaire|provisoire|immédiate|définitive|totale|partielle)s?)?"
    r"(?:\s*,[^,.;\n]{1,80},|\s*«[^»\n]{1,60}»)?"
    r"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
)
#: A medium suspended, up to three words in.
_MEDIUM_SUSPENDED = re.compile(
    _OF + r"(?:[^\s.,;]+\s+){0,3}?"
    # Nouns only: "hebdomadaire" or "quotidien" may be a market's, "site" a gold mine's.
    rf"(?:{MEDIUM}|diffusion|publications?|émissions?|signal|"
    r"sites?\s+(?:d['’]information|internet|web))\b",
    re.IGNORECASE,
)
#: An agency's own aid suspended.
_AID_SUSPENDED = re.compile(
    _OF + r"(?:ses|leurs|son|sa|nos|notre)\s+"
    r"(?:convois|distributions?|aides?|assistances?|livraisons?|financements?|appuis?|"
    r"programmes?\s+d['’]aide|opérations\s+humanitaires)\b",
    re.IGNORECASE,
)
#: A complement that names what is suspended, not for how long.
_THING_SUSPENDED = re.compile(
    _OF + r"(?!(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|quelques|"
    r"plusieurs)\s+(?:heures?|jours?|semaines?|mois|ans?|années?)\b)\w",
    re.IGNORECASE,
)


def suspensions(
    text: str,
    analysis: Analysis,
    ranges: Sequence[tuple[int, int]] | None,
    triggers: Sequence[Trigger],
) -> list[Trigger]:
    """The nouns "suspension" the lexicon's ``triggers`` do not cover, each a trigger
    labelled by what it suspends (module docstring), in text order."""
    out = []
    for token in uncovered_words(text, analysis, _NOUN, ranges, triggers):
        if LIFTED.search(text[max(0, token.start - 40) : token.start]):
            continue
        if _MEDIUM_SUSPENDED.match(text, token.end):
            label, mode = "COERCE", "censor"
        elif _AID_SUSPENDED.match(text, token.end):
            label, mode = "SANCTION", "discontinue"
        elif _THING_SUSPENDED.match(text, token.end):
            label, mode = "COERCE", None
        else:
            continue
        out.append(word_trigger(token, label, mode, 0.55, "suspension"))
    return out
