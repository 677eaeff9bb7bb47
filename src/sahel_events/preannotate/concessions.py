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
#: A claim the lexicon reads as an allegation ("affirmer avoir"): the thing denied.
_CLAIM = re.compile(r"(?:affirm|assur|indiqu|déclar)", re.IGNORECASE)
_HAVE = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "avoir", "ayant"})
#: "qualifier de"/"qualifiant d'" before a quote or an adjective.
_QUALIFY = re.compile(r"\bqualifi(?:é|ée|és|ées|e|ent|ait|aient|ant|er|era)\b", re.IGNORECASE)
#: One word (a day: "a qualifié mercredi de") may stand between the verb and "de".
_OF = re.compile(r"\s*(?:[\w-]+\s+)?(?:de|d['’])\s*(?:«|\"|“)?", re.IGNORECASE)
#: Since 0.67.0 the same judgment with what is judged between the verb and "de", or
#: with "juger" and English "called", "described as", "dismissed as": up to two words (a
#: day, an adverb), a determiner, what is judged (``thing``: its head noun first), up to
#: six words of its complement, then "de"/"d'" (French "qualifier"), "as" or the quoted
#: or adjectival judgment ("jugé ces libérations « insuffisantes »", "called reports of
#: civilian casualties "malicious rumours"").
_JUDGE = re.compile(
    r"\b(?:qualifi(?:é|ée|és|ées|e|ent|ait|aient|ant|er|era)|jug(?:é|ée|és|ées|e|ent|eait|"
    r"eaient|eant)|called|calls|call|described|describes|termed|branded|dismissed|"
    r"dismisses)\b",
    re.IGNORECASE,
)
#: A judgment of what someone says: false, baseless, exaggerated ("« exagéré »",
#: "baseless", "fabrications") when it is not in quotes.
_DISMISSIVE = (
    r"faux|fausses?|infondée?s?|fantaisistes?|mensongère?s?|exagérée?s?|erronée?s?|"
    r"calomnieuse?s?|baseless|false|unfounded|fabricated|lies|fabrications|exaggerated"
)
#: "juger" and the English verbs with no object after: the judgment follows at once
#: ("jugent « exagéré »"), what is judged stands before ("Un bilan que ... jugent").
_JUDGMENT_NEXT = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:«|\"|“|(?:" + _DISMISSIVE + r")\b)", re.IGNORECASE
)
#: What someone said, reported or counted: dismissing it is a denial (REJECT).
_STATEMENT = re.compile(
    r"(?:accusations?|allégations?|informations?|rumeurs?|propos|déclarations?|chiffres|"
    r"bilans?|rapports?|affirmations?|témoignages?|vidéos?|images|publications?|"
    r"revendications?|reports?|claims?|allegations?|figures|tolls?|statements?|rumou?rs|"
    r"footage|videos?|accounts?|assertions?)$",
    re.IGNORECASE,
)
#: An act, a decision or a measure: judging it harshly is a criticism (ACCUSE
#: disapprove, codebook: "criticism of a decision").
_MEASURE = re.compile(
    r"(?:décisions?|dissolutions?|mesures?|suspensions?|verdicts?|condamnations?|"
    r"arrestations?|interpellations?|libérations?|sanctions?|retraits?|décrets?|lois?|"
    r"réformes?|expulsions?|attaques?|interdictions?|procès|fermetures?|"
    r"decisions?|bans?|arrests?|withdrawals?|decrees?|laws?|expulsions?|attacks?|trials?|"
    r"closures?|measures?|ruling)$",
    re.IGNORECASE,
)
_DETERMINER = (
    r"(?:les|la|le|l['’]|ces|cette|ce|cet|leurs?|ses|sa|son|the|these|those|its|their|such)"
)
_JUDGED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:"
    + _DETERMINER
    + r"\s*)?(?P<thing>(?:"
    + _STATEMENT.pattern[:-1]
    + "|"
    + _MEASURE.pattern[:-1]
    + r"))\b(?:\s+[\w'’-]+){0,6}?\s*,?\s*(?:de\s*|d['’]\s*|as\s+)?(?=«|\"|“|(?:"
    + _DISMISSIVE
    + r")\b)",
    re.IGNORECASE,
)
#: An accusation as what is judged: "a qualifié les accusations du CISC d'« allégations »"
#: is a denial even beside a counter-accusation.
_ACCUSATION_JUDGED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:" + _DETERMINER + r"\s*)(?:accusations?|allégations?|"
    r"allegations?)\b",
    re.IGNORECASE,
)
#: What is judged told before "juger" in a relative: "Un bilan que des sources jugent".
_THING_BEFORE_RELATIVE = re.compile(
    r"(?P<thing>[\w-]+)\s+(?:que|qu['’]|that|which)\s+[^.;:!?«»]{0,80}$", re.IGNORECASE
)


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
    for token in uncovered_words(text, analysis, _JUDGE, ranges, triggers):
        if _rejected_before(text, token, triggers) and not (
            _own_subject(analysis.tokens, token) and not _denied_before(token, triggers)
        ):
            continue
        judged = _judged(text, token)
        if judged == "statement" or (
            judged is None and _QUALIFY.fullmatch(token.text) and _OF.match(text, token.end)
        ):
            if _denied_before(token, triggers) or (
                not _ACCUSATION_JUDGED.match(text, token.end)
                and _said_in_sentence(analysis, token, triggers)
            ):
                # "L'armée a démenti [...]. Le ministre a qualifié ces informations de
                # « pure affabulation »": the denial told again; "qualifie ces
                # déclarations d'« ingérence » et accuse Alger": one accusation.
                continue
            added.append(word_trigger(token, "REJECT", None, 0.6, "qualifier de"))
        elif judged == "measure":
            added.append(word_trigger(token, "ACCUSE", "disapprove", 0.6, "qualifier de"))
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
    return any(
        t.label in ("REJECT", "ACCUSE")
        and start <= t.start < token.start
        # "a affirmé avoir tué trente soldats" is a claim, no accusation (events.py drops
        # it later): "Un bilan que l'état-major juge « fantaisiste »" denies it.
        and not _CLAIM.match(t.text)
        for t in triggers
    )


def _judged(text: str, token: Token) -> str | None:
    """ "statement" when ``token`` ("qualifié", "jugent", "called") judges what someone
    said (the accusations, the figures, the reports), "measure" when it judges an act or
    a decision, None when it judges nothing of either or nothing at all (since 0.67.0)."""
    thing = None
    if after := _JUDGED_AFTER.match(text, token.end):
        thing = after.group("thing")
    elif _JUDGMENT_NEXT.match(text, token.end) and not _QUALIFY.fullmatch(token.text):
        line_start = text.rfind("\n", 0, token.start) + 1
        before = _THING_BEFORE_RELATIVE.search(
            text, max(line_start, token.start - 120), token.start
        )
        thing = before.group("thing") if before else None
    if thing is None:
        return None
    if _STATEMENT.match(thing):
        return "statement"
    if _MEASURE.match(thing):
        return "measure"
    return None


def _own_subject(tokens: Sequence[Token], token: Token) -> bool:
    """Whether the parse gives ``token`` a noun subject of its own: "des faits que les
    autorités avaient qualifiés de « rumeurs »" after an accusation is the authorities'
    denial, where "les qualifiant de mensongères" says the rejection before again."""
    return any(
        t.head == token.index and t.dep.startswith("nsubj") and t.pos in ("NOUN", "PROPN")
        for t in tokens[max(0, token.index - 12) : token.index]
    )


def _denied_before(token: Token, triggers: Sequence[Trigger]) -> bool:
    """Whether a denial of the lexicon ("a démenti", "a rejeté") is told before ``token``
    in the article: dismissing the reports after it retells that denial (since 0.67.0)."""
    return any(t.label == "REJECT" and t.start < token.start for t in triggers)


def _said_in_sentence(analysis: Analysis, token: Token, triggers: Sequence[Trigger]) -> bool:
    """Whether ``token``'s sentence holds an accusation or a denial of the lexicon after
    it, whose content the judgment is part of (since 0.67.0)."""
    end = analysis.sentence_of(token.start)[1]
    return any(
        t.label in ("ACCUSE", "REJECT") and token.end <= t.start < end and not _CLAIM.match(t.text)
        for t in triggers
    )
