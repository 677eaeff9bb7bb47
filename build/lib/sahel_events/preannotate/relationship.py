"""Words for a relationship between partners that tell no act of cooperation.

Diplomatic writing is full of "coopération", "partenariat", "collaboration": "les axes
de la coopération bilatérale", "la diversification des partenariats", "une volonté de
collaborer étroitement", "cette intensification de la coopération intervient dans un
contexte...". The codebook's COOPERATE is material cooperation *that has started,
resumed or expanded*; the bare word names the relationship, which an annotator deletes
as a suggestion. The specific acts (a joint patrol, intelligence sharing, a joint
exercise) are other lexicon entries and are not touched here.

A relationship word stays a suggested event only when the clause tells that something
happened to it:

* the noun is the object or the subject of a conjugated verb (not an infinitive: "visait
  à *relancer* la coopération" is an aim) of starting, resuming or expanding: "ont
  relancé leur coopération militaire", "la coopération a repris", "have stepped up
  security cooperation";
* the verb ("coopérer", "collaborer", "cooperate") is itself conjugated: "les deux armées
  ont collaboré", not "une volonté de collaborer".

Without a parse (the English pipeline has none), the same signs are read from the words
around the noun: a past or perfect form of such a verb up to four words before it ("have
stepped up security cooperation", "resumed their military cooperation") or right after
it ("cooperation between the two armies has resumed").

A demonstrative ("cette coopération") is left to the merging of mentions, which makes
it point at the event already told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .ner import Token
from .triggers import Trigger

#: The relationship words of the COOPERATE lexicon (with their qualified forms,
#: "coopération sécuritaire", "military cooperation").
_RELATIONSHIP = re.compile(r"\b(?:coopér|cooper|collabor|partenari|partnership)", re.IGNORECASE)
#: Verbs that make the relationship a happening: it starts, resumes or grows.
_HAPPENING = frozenset(
    {
        # French lemmas
        "relancer",
        "reprendre",
        "renforcer",
        "intensifier",
        "élargir",
        "étendre",
        "approfondir",
        "lancer",
        "engager",
        "nouer",
        "établir",
        "entamer",
        "démarrer",
        "commencer",
        "accroître",
        "augmenter",
        "développer",
        # English lemmas
        "resume",
        "restart",
        "relaunch",
        "strengthen",
        "step",
        "expand",
        "intensify",
        "deepen",
        "launch",
        "begin",
        "start",
        "establish",
        "increase",
        "boost",
    }
)
#: Without a parse: "resumed their", "have stepped up" before the noun ...
_HAPPENED_BEFORE = re.compile(
    r"\b(?:resumed|restarted|relaunched|strengthened|stepped\s+up|expanded|intensified|"
    r"deepened|launched|began|begun|started|established|increased|boosted)\s+"
    r"(?:[^\s.,;:!?]+\s+){0,3}$",
    re.IGNORECASE,
)
#: ... or "between the two armies has resumed" after it.
_HAPPENED_AFTER = re.compile(
    r"(?:\s+[^\s.,;:!?]+){0,6}?\s+(?:has|have|had|was|were)\s+(?:been\s+)?"
    r"(?:resumed|restarted|relaunched|strengthened|stepped\s+up|expanded|intensified|"
    r"deepened|launched|begun|started|established|increased|boosted)\b",
    re.IGNORECASE,
)
_ARGUMENT = frozenset({"obj", "nsubj", "nsubj:pass", "dobj", "nsubjpass"})
_POINTER = re.compile(r"\b(?:cette|ce|cet|ces|this|these)\s*$", re.IGNORECASE)


def _conjugated(tok: Token) -> bool:
    """A finite verb or a participle: spaCy gives an infinitive no tense and no mood."""
    return tok.pos in ("VERB", "AUX") and bool(tok.tense or tok.mood)


def relationship_words(text: str, triggers: Sequence[Trigger], tokens: Sequence[Token]) -> set[int]:
    """Indices of the COOPERATE triggers that name a relationship, not an act of
    cooperation that happened (module docstring)."""
    out: set[int] = set()
    for i, t in enumerate(triggers):
        if t.label != "COOPERATE" or not _RELATIONSHIP.search(t.text):
            continue
        if _POINTER.search(text[max(0, t.start - 8) : t.start]):
            continue  # "cette coopération": a pointer, merged with the event told
        first = t.tokens[0]
        if first < 0 or first >= len(tokens) or not tokens[first].dep:
            # No parse: read the verb from the words around the noun.
            before = text[max(0, t.start - 60) : t.start]
            if not (
                _HAPPENED_BEFORE.search(before) or _HAPPENED_AFTER.match(text, t.end, t.end + 80)
            ):
                out.add(i)
            continue
        word = tokens[first]
        if word.pos == "VERB":
            if not _conjugated(word):
                out.add(i)  # "une volonté de collaborer": a wish
            continue
        head = tokens[word.head]
        happened = (
            word.dep in _ARGUMENT
            and head.index != word.index
            and _conjugated(head)
            and head.lemma.lower() in _HAPPENING
        )
        if not happened:
            out.add(i)  # "les axes de la coopération bilatérale": the relationship
    return out
