"""Licences, permits and accreditations withdrawn, with words between the verb and them.

The lexicon knows "retirer le permis" and "revoke the licence" as phrases, word after
word. The press puts words between the verb and the paper it withdraws ("avaient retiré
93 permis d'exploration", "a retiré en 2024 à Orano le permis d'exploitation", "avait
retiré pour trois mois l'autorisation d'émettre d'une radio") and names other papers
(an accreditation, an approval, an authorisation). :func:`revocations` finds the verb
("retirer", "revoke", "withdraw", "rescind") whose clause goes on, within a few words
and no stop, to a paper, or whose passive subject is one ("le permis ... a été
retiré"), and makes the verb a trigger (since 0.22.0):

* COERCE censor when a medium loses its right to broadcast or a journalist their
  accreditation (codebook: censorship), read from the paper ("accréditation",
  "autorisation d'émettre") or a medium named right after it;
* SANCTION otherwise (codebook: a measure taken against an actor, the lexicon's reading
  of "retirer le permis").

A verb the lexicon already made a trigger keeps its reading; "se retirer" is a
withdrawal of troops, not of a paper.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .events import REFLEXIVE
from .ner import Analysis
from .triggers import MEDIUM, Trigger, uncovered_words, word_trigger
from .wordgate import gated

__all__ = ["revocations"]

#: The verb, by its form: the English analysis has no lemmas.
_VERB = gated(
    re.compile(
        r"\b(?:retir(?:er|é|ée|és|ées|e|ent|ait|aient|a|èrent|era|eront|ant)|"
        r"revok(?:e|ed|es|ing)|withdr(?:ew|awn|aw|aws|awing)|rescind(?:ed|s|ing)?)\b",
        re.IGNORECASE,
    )
)
_PAPER = (
    r"(?P<paper>permis|licences?|autorisations?|agréments?|accréditations?|"
    r"licen[cs]es?|permits?|accreditations?|authori[sz]ations?)\b"
)
#: After the verb: up to 60 characters of its clause, a determiner or a count, the paper.
_PAPER_AFTER = re.compile(
    # No coordination or relative clause crossed: "a retiré ses troupes et suspendu le
    # permis" withdraws troops.
    r"(?:(?!\b(?:et|puis|and|then|qui|que|which|who|that)\b)[^.;:!?\n«»]){0,60}?"
    r"(?<![\w'’])(?:le|la|les|l['’]|son|sa|ses|leur|leurs|des|"
    r"the|its|their|his|her|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    # One word may qualify it: "the mining licence", "ses deux permis".
    r"plusieurs|several|two|three|four|five)\s*(?:[\w-]+\s+)?" + _PAPER,
    re.IGNORECASE,
)
#: Before a passive verb: the paper, then up to 60 characters and "a été", "was".
_PAPER_BEFORE = re.compile(
    _PAPER + r"[^.;:!?\n«»]{0,60}?\s(?:a|ont|avait|avaient|aurait|auraient|sera|seront|"
    r"was|were|has\s+been|have\s+been|had\s+been)\s+(?:été\s+)?$",
    re.IGNORECASE,
)
#: The right to broadcast or to report: censorship.
_MEDIUM_PAPER = re.compile(
    r"accr[ée]ditations?|autorisations?\s+d['’]émettre|autorisations?\s+de\s+(?:diffusion|"
    r"diffuser|paraître|publication)|broadcast(?:ing)?\s+licen[cs]es?",
    re.IGNORECASE,
)
_MEDIUM_AFTER = re.compile(
    rf"[^.;:!?\n]{{0,60}}?\b(?:{MEDIUM}|journalistes?|journalists?)\b", re.IGNORECASE
)


def revocations(
    text: str,
    analysis: Analysis,
    ranges: Sequence[tuple[int, int]] | None,
    triggers: Sequence[Trigger],
) -> list[Trigger]:
    """The withdrawals of a paper the lexicon's ``triggers`` do not cover (module
    docstring), each a trigger on its verb, in text order."""
    out = []
    for token in uncovered_words(text, analysis, _VERB, ranges, triggers):
        line_start = text.rfind("\n", 0, token.start) + 1
        if REFLEXIVE.search(text, max(line_start, token.start - 12), token.start):
            continue
        found = _PAPER_AFTER.match(text, token.end) or _PAPER_BEFORE.search(
            text, max(line_start, token.start - 90), token.start
        )
        if found is None:
            continue
        censored = bool(
            _MEDIUM_PAPER.match(text, found.start("paper"))
            or _MEDIUM_AFTER.match(text, found.end("paper"))
        )
        label, mode = ("COERCE", "censor") if censored else ("SANCTION", None)
        out.append(word_trigger(token, label, mode, 0.6, "retirer le permis"))
    return out
