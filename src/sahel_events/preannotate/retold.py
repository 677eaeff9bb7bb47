"""Trigger words that name an act again, not the act told (since 0.66.0).

Annotators delete these suggestions: the act is either coded where it is told, or is only
the subject of other news (codebook, event identity: code the act the text states, once).
:func:`retold` says whether a trigger is one of them; it runs before the mentions of a
happening are merged, so a later telling of the same act becomes the suggestion's head:

* a tally over a period: "au moins cinq chefs de village ont été enlevés dans la région
  depuis le mois de juillet", "C'est le troisième agent enlevé dans la province depuis le
  début de l'année", "kidnapped in the area since January" ("enlevés depuis le car",
  "depuis le 12 mars", a day, stay);
* acts of several weeks gathered in one phrase: "Six éleveurs enlevés ces dernières
  semaines dans le département ont été libérés" (each abduction is coded where told);
* the lines of a bulletin's summary, titles the bulletin tells after: "Au sommaire : un
  camion attaqué sur la route de Sikasso", "À la une ce soir : des bergers enlevés";
* a meeting that could not take place: "son avocat n'a pas pu le rencontrer", "affirme
  ne pas avoir pu s'entretenir avec son client".
"""

from __future__ import annotations

import re

from .triggers import Trigger
from .wordgate import gated

__all__ = ["retold"]

#: A period with no day, after a told act in its sentence: a tally, not one act.
_MONTHS = (
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_PERIOD_AFTER = re.compile(
    r"[^.;!?\n]{0,70}?\b(?:depuis\s+(?:le\s+(?:mois\s+d(?:e\s+|['’])|début\s+d(?:e\s+l['’]|e\s+|['’])"
    r"|premier\s+semestre)|(?:le\s+)?début\s+|l['’]an\s+dernier|l['’]année|"
    r"(?:plusieurs|quelques|\w+)\s+mois|(?:" + _MONTHS + r")\b)"
    # "depuis qu'il a annoncé le blocus", "since it announced the blockade": a period
    # opened by another act.
    r"|depuis\s+qu(?:e\s|['’])"
    r"|since\s+(?:the\s+(?:start|beginning)|early|last\s+year|it|they|(?:" + _MONTHS + r")\b))",
    re.IGNORECASE,
)
#: Several weeks or months right after the act: acts of different days gathered.
_WEEKS_AFTER = re.compile(
    r"\s+(?:ces|au\s+cours\s+des|durant\s+les|over\s+the\s+(?:past|last))\s+"
    r"(?:derni(?:ères|ers)\s+|past\s+|last\s+|few\s+)?(?:semaines|mois|weeks|months)\b",
    re.IGNORECASE,
)
#: A count or a rank opening the tally: "au moins cinq", "le troisième", "plus de dix".
_TALLY_BEFORE = re.compile(
    r"\b(?:au\s+moins|plus\s+d(?:e|['’])|près\s+d(?:e|['’])|une\s+(?:dizaine|vingtaine|trentaine)|"
    r"\w+ième|at\s+least|more\s+than|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b"
    # The counted words run to the act, with no comma: "au moins cinq chefs de village
    # ont été enlevés" (not "at least 40 people on Saturday, the deadliest attack").
    r"[^,;:]{0,60}$",
    re.IGNORECASE,
)
#: Many targets counted between the act and its period: "JNIM has attacked hundreds of
#: trucks since it announced the blockade".
_MANY_AFTER = re.compile(
    r"\b(?:des\s+(?:centaines|dizaines)|hundreds|dozens|scores)\b", re.IGNORECASE
)
#: A superlative after the act: "the deadliest attack since January", "l'attaque la plus
#: meurtrière depuis mars" rank one act, no tally.
_SUPERLATIVE = re.compile(
    r"\b(?:la\s+plus|le\s+plus|les\s+plus|\w+iest|worst|biggest|largest|most)\b",
    re.IGNORECASE,
)
#: A bulletin's summary line: its titles run to the end of the sentence.
_SUMMARY_BEFORE = gated(
    re.compile(
        r"(?:\bAu\s+sommaire|\b[ÀA]\s+la\s+une|\bLes\s+titres|\bIn\s+the\s+headlines|"
        r"\bThe\s+headlines)\b[^.!?\n]*:[^.!?\n]*$",
    )
)
#: A meeting that could not be held: "n'a pas pu le rencontrer", "sans pouvoir".
_COULD_NOT_BEFORE = re.compile(
    r"(?:\bpas\s+(?:pu|avoir\s+pu|été\s+autorisée?s?\s+à)|\bsans\s+(?:avoir\s+)?pu|"
    r"\bsans\s+pouvoir|\bunable\s+to|\bcould\s+not|\bcouldn['’]t|\bnot\s+allowed\s+to)\s+"
    r"(?:(?:le|la|les|l['’]|lui|leur|s['’]|se)\s*)?$",
    re.IGNORECASE,
)


def _tally(text: str, t: Trigger) -> bool:
    """Whether an attack or an abduction is counted over a period ("au moins cinq chefs
    enlevés depuis le mois de juillet"), or gathers acts of several weeks ("Six personnes
    enlevées ces dernières semaines dans le département")."""
    if t.label != "ASSAULT":
        return False
    if _WEEKS_AFTER.match(text, t.end) is not None:
        return True
    period = _PERIOD_AFTER.match(text, t.end)
    if period is None:
        return False
    start = max(text.rfind(". ", 0, t.start), text.rfind("\n", 0, t.start)) + 1
    return (
        _TALLY_BEFORE.search(text, max(start, t.start - 120), t.start) is not None
        or _MANY_AFTER.search(text, t.end, period.end()) is not None
    ) and _SUPERLATIVE.search(text, max(start, t.start - 25), period.end()) is None


def _summary_title(text: str, t: Trigger) -> bool:
    """Whether a trigger is in a bulletin's summary ("Au sommaire : ...")."""
    start = max(text.rfind(". ", 0, t.start), text.rfind("\n", 0, t.start)) + 1
    return _SUMMARY_BEFORE.search(text, start, t.start) is not None


def retold(text: str, t: Trigger) -> bool:
    """Whether trigger ``t`` names acts again, in a tally or a summary, or a meeting
    that did not take place."""
    if t.label == "CONSULT":
        return _COULD_NOT_BEFORE.search(text, max(0, t.start - 40), t.start) is not None
    if _summary_title(text, t):
        return True
    if t.label != "ASSAULT":
        return False
    return _tally(text, t)
