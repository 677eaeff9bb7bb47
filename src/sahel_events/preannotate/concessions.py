"""Political acts the lexicon's word-after-word phrases miss: restrictions lifted, a
prosecutor's demand, a statement dismissed by "qualifier de" (since 0.66.0).

* CONCEDE (codebook: "announcing or promising to ease restrictions: lifting sanctions, a
  curfew, a ban, a suspension"). The lexicon knows "lever les sanctions" word after word;
  the press puts words between the verb and what it lifts ("ont levé mercredi les
  sanctions financières", "a annoncé la levée, à compter de vendredi, du couvre-feu"), or
  makes the restriction the passive subject ("les restrictions ... ont été levées").
  :func:`political_acts` makes the verb or the noun "levée" the trigger, and drops a
  trigger the lexicon put on the lifted restriction itself ("l'embargo" read as a
  SANCTION, "les restrictions" as a COERCE): a measure lifted is not imposed again.
* ACCUSE allege: "le parquet a requis cinq ans", "le procureur requiert la prison": the
  prosecutor's demand is the charge (corpus notes). Only a finite "requis" (after a form
  of "avoir") or "requiert", followed by a sentence: "les documents requis" is an
  adjective, "un habitant qui a requis l'anonymat" a source.
* REJECT: "a qualifié de « fantaisistes » les chiffres", "en qualifiant d'« irréversible »
  le retrait": dismissing what another says (codebook: REJECT, denials). Not when a
  REJECT or ACCUSE of the lexicon stands just before it in the paragraph ("a rejeté les
  accusations, les qualifiant de mensongères" is one rejection).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .ner import Analysis, Token
from .triggers import Trigger, uncovered_words, word_trigger

__all__ = ["political_acts"]

#: "lever" and "levée", and English "lift", by form (the English analysis has no lemmas).
_LIFT = re.compile(
    r"\b(?:lev(?:é|ée|és|ées|er|ait|aient|ant|èrent)|lève|lèvent|lèvera|lèveront|"
    r"lift(?:ed|s|ing)?)\b",
    re.IGNORECASE,
)
#: What a government lifts: a restriction, not a camp or a hand ("lever le camp" is a
#: withdrawal; "lever la main" nothing).
_RESTRICTION = (
    r"(?P<thing>sanctions?|suspensions?|couvre-feux?|interdictions?|embargos?|restrictions?|"
    r"mesures?\s+(?:restrictives?|d['’]interdiction|de\s+suspension)|état\s+d['’]urgence|"
    r"gel|mots?\s+d['’]ordre|curfews?|bans?|embargoes|state\s+of\s+emergency)\b"
)
#: After the verb or "levée": up to 60 characters of its clause (a time, an adjective, an
#: incise between commas), a determiner, up to two words, the restriction.
_THING_AFTER = re.compile(
    r"(?:(?!\b(?:et|puis|and|then|qui|que|which|who|that)\b)[^.;:!?\n«»]){0,60}?"
    r"(?<![\w'’])(?:le|la|les|l['’]|du|des|de\s+la|de\s+l['’]|d['’]|son|sa|ses|leur|leurs|"
    r"cette|ces|the|its|their|an?)\s*(?:[\w-]+\s+){0,2}?" + _RESTRICTION,
    re.IGNORECASE,
)
#: Before a passive verb: the restriction, then up to 80 characters and "ont été".
_THING_BEFORE = re.compile(
    _RESTRICTION + r"[^.;:!?\n«»]{0,80}?\s(?:a|ont|avait|avaient|aurait|auraient|sera|"
    r"seront|est|sont|was|were|has\s+been|have\s+been|had\s+been)\s+"
    # An adverb may stand on either side of "été": "ont également été levées".
    r"(?:\w+ment\s+)?(?:été\s+)?(?:\w+ment\s+)?$",
    re.IGNORECASE,
)
#: The restriction's own imposition told after it: a participle or "qui frappait".
_IMPOSED = re.compile(
    r"[^.;:!?\n]{0,40}?\b(?:instauré\w*|imposé\w*|décrété\w*|prise?s?|prononcé\w*|"
    r"qui\s+frapp\w+|en\s+vigueur|imposed|declared)\b",
    re.IGNORECASE,
)
#: "requis"/"requiert": the prosecutor's demand.
_REQUIRE = re.compile(r"\b(?:requis|requiert|requièrent|requérait|requéraient)\b", re.IGNORECASE)
#: What a prosecutor asks for, within a few words: a sentence ("cinq ans ferme", "la
#: prison à vie", "une amende", "la relaxe"), never "l'anonymat" (a source's wish).
_SENTENCE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"douze|quinze|vingt|trente|la\s+(?:peine|prison|réclusion|relaxe|perpétuité|"
    r"condamnation|mort)|l['’](?:acquittement|emprisonnement)|des\s+peines|"
    r"contre)\b",
    re.IGNORECASE,
)
_HAVE = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "avoir", "ayant"})
#: "qualifier de"/"qualifiant d'" before a quote or an adjective.
_QUALIFY = re.compile(r"\bqualifi(?:é|ée|és|ées|e|ent|ait|aient|ant|er|era)\b", re.IGNORECASE)
#: One word (a day: "a qualifié mercredi de") may stand between the verb and "de".
_OF = re.compile(r"\s*(?:[\w-]+\s+)?(?:de|d['’])\s*(?:«|\"|“)?", re.IGNORECASE)


def political_acts(
    text: str,
    analysis: Analysis,
    ranges: Sequence[tuple[int, int]] | None,
    triggers: Sequence[Trigger],
) -> list[Trigger]:
    """``triggers`` with the acts of the module docstring added, in text order, and the
    lexicon's triggers on a lifted restriction dropped."""
    added: list[Trigger] = []
    dropped: set[Trigger] = set()
    for token in uncovered_words(text, analysis, _LIFT, ranges, triggers):
        line_start = text.rfind("\n", 0, token.start) + 1
        found = _THING_AFTER.match(text, token.end) or _THING_BEFORE.search(
            text, max(line_start, token.start - 120), token.start
        )
        if found is None:
            continue
        thing = found.span("thing")
        on_thing = [t for t in triggers if t.start < thing[1] and thing[0] < t.end]
        if any(t.label == "CONCEDE" for t in on_thing):
            continue  # the lexicon read the lifting already ("levée du couvre-feu")
        if not _IMPOSED.match(text, thing[1]):
            # "levée du couvre-feu instauré le 9 octobre" tells the imposition too: the
            # lexicon's trigger on the restriction stays that event.
            dropped.update(on_thing)
        added.append(word_trigger(token, "CONCEDE", None, 0.7, "lever les sanctions"))
    for token in uncovered_words(text, analysis, _REQUIRE, ranges, triggers):
        if _prosecutor_demand(analysis.tokens, token) and _SENTENCE_AFTER.match(text, token.end):
            added.append(word_trigger(token, "ACCUSE", "allege", 0.6, "requérir"))
    for token in uncovered_words(text, analysis, _QUALIFY, ranges, triggers):
        if _OF.match(text, token.end) and not _rejected_before(text, token, triggers):
            added.append(word_trigger(token, "REJECT", None, 0.6, "qualifier de"))
    if not added:
        return list(triggers)
    return sorted([*(t for t in triggers if t not in dropped), *added], key=lambda t: t.start)


def _prosecutor_demand(tokens: Sequence[Token], token: Token) -> bool:
    """Whether "requis"/"requiert" is the finite verb of a demand, not an adjective."""
    if not token.text.lower().startswith("requis"):
        return True  # "requiert", "requérait": finite forms only
    k = token.index - 1
    while k >= 0 and tokens[k].pos == "ADV":  # "a également requis"
        k -= 1
    return k >= 0 and tokens[k].text.lower() in _HAVE


def _rejected_before(text: str, token: Token, triggers: Sequence[Trigger]) -> bool:
    """Whether a REJECT or ACCUSE trigger stands before ``token`` in its paragraph, within
    200 characters: "a rejeté ces accusations. Son porte-parole les a qualifiées de ..."
    says the rejection again."""
    start = max(text.rfind("\n", 0, token.start) + 1, token.start - 200)
    return any(t.label in ("REJECT", "ACCUSE") and start <= t.start < token.start for t in triggers)
