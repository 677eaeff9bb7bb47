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

Since 0.67.0 the cooperative acts of diplomatic writing whose words stand apart:

* AGREE, an agreement signed (codebook: "reaching or signing an agreement"): "ont signé
  lundi à Niamey un mémorandum d'entente", "ont procédé à la signature de deux accords",
  "signed on Friday in Dakar a security pact". The verb (or "signature") is the
  trigger, as the codebook's examples put it, unless the lexicon read the agreement on
  its noun ("ont signé mardi un accord de sécurité": one agreement). An agreement signed
  in a given year ("signé en 2015") is one in force, not signed now.
* AGREE, a decision to start, extend or keep a cooperation ("ont décidé de créer une
  banque confédérale", "décidé de relancer les patrouilles mixtes", "decided to extend
  the transitional arrangements"): what a summit or two parties decide together is their
  commitment. Not a decision to restrict ("décidé de prolonger le couvre-feu") or to
  keep up a protest ("a décidé de maintenir la grève").
* AGREE, a readiness stated (codebook, stance statements: "a statement of readiness or
  willingness to give, help or sign is AGREE"): "est disposé à mettre des entrepôts à
  la disposition", "s'est dit ouvert à la poursuite des discussions", "s'est en outre
  engagé à financer", "said it was ready to share intelligence", "willing to resume
  talks", "a réaffirmé la disponibilité de Moscou à accompagner le Niger"; not an offer
  named by a possessive, told before ("sont disposés à offrir leur aide").
* CONSULT visit, a delegation led to a place ("a conduit mardi une délégation à
  Nadiagou", "arrivé à la tête d'une délégation", "led a delegation to Niamey"), a visit
  told by "venir" and its purpose ("est venu dimanche présenter les condoléances"), and a
  session held ("a tenu lundi sa troisième session", "a coprésidé la session de la
  commission mixte", "held its fourth session").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .ner import Analysis, Token
from .triggers import Trigger, uncovered_words, word_trigger
from .wordgate import gated

__all__ = ["cooperative_acts", "political_acts"]

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
_REQUIRE = gated(
    re.compile(r"\b(?:requis|requiert|requièrent|requérait|requéraient)\b", re.IGNORECASE)
)
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
_JUDGE = gated(
    re.compile(
        r"\b(?:qualifi(?:é|ée|és|ées|e|ent|ait|aient|ant|er|era)|jug(?:é|ée|és|ées|e|ent|eait|"
        r"eaient|eant)|called|calls|call|described|describes|termed|branded|dismissed|"
        r"dismisses)\b",
        re.IGNORECASE,
    )
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


#: "signer" and "signature", English "sign", by form (since 0.67.0).
_SIGN = gated(
    re.compile(
        r"\b(?:sign(?:é|ée|és|ées|ent|era|eront|erait|ant|er|èrent|ait|aient|ature)|"
        r"signed|signs|signing)\b",
        re.IGNORECASE,
    )
)
#: The written agreement, as a French or English noun.
_PACT = (
    r"(?P<pact>accords?(?:-cadres?)?|mémorandums?|memorand(?:um|a)|protocoles?|conventions?|"
    r"traités?|chartes?|contrats?|pactes?|agreements?|deals?|treat(?:y|ies)|contracts?|"
    r"protocols?|charters?|pacts?|MoU)\b"
)
#: After the verb: up to 60 characters of its clause (a day, a place), a determiner or a
#: count, up to two words, the agreement: "ont signé lundi à Niamey un mémorandum".
_PACT_AFTER = re.compile(
    r"(?:(?!\b(?:et|puis|and|then|qui|que|which|who|that|après|after)\b)[^.;:!?\n«»]){0,60}?"
    r"(?<![\w'’])(?:le|la|les|l['’]|un|une|des|du|de|d['’]|deux|trois|quatre|cinq|plusieurs|"
    r"the|an?|two|three|four|several|its|their|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s*"
    r"(?:[\w-]+\s+){0,2}?" + _PACT,
    re.IGNORECASE,
)
#: A year near the signing: an agreement in force ("signé en 2015 à Alger").
_YEAR_NEAR = re.compile(r"[^.;:!?\n]{0,50}?\b(?:19|20)\d\d\b")
#: "décider", "decide", by form.
_DECIDE = gated(
    re.compile(
        r"\b(?:décid(?:é|ée|és|ées|e|ent|era|eront|èrent|ait|aient|ant)|decided|decides)\b",
        re.IGNORECASE,
    )
)
#: What is decided, when it starts, extends or keeps a cooperation: "de créer", "de mettre
#: en place", "de relancer dès le mois prochain", "to extend by six months".
_COOPERATION_DECIDED = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:de|d['’]|to)\s*(?:(?:\w+ment|also|jointly|conjointement)\s+)?"
    r"(?:créer|mettre\s+en\s+(?:place|œuvre|circulation|commun)|relancer|lancer|prolonger|"
    r"proroger|maintenir|renforcer|reprendre|rouvrir|établir|instituer|harmoniser|mutualiser|"
    r"ouvrir|intensifier|approfondir|élargir|extend|set\s+up|create|establish|launch|"
    r"maintain|keep|resume|reopen|strengthen|step\s+up|expand|renew)\b"
    # A restriction kept or extended is no cooperation.
    r"(?![^.;:!?\n]{0,40}?\b(?:couvre-feux?|interdictions?|suspensions?|état\s+d['’]urgence|"
    r"sanctions?|restrictions?|curfews?|bans?|state\s+of\s+emergency|détention|"
    r"gardes?\s+à\s+vue|grèves?|mots?\s+d['’]ordre|sit-in|boycotts?|marches?|strikes?|"
    r"protests?)\b)",
    re.IGNORECASE,
)
#: A readiness stated: "disposé à", "ouvert à", "prêt à", "engagé à" (reflexive), "ready
#: to", "willing to", "prepared to".
_READY = gated(
    re.compile(
        r"\b(?:disposée?s?|ouverte?s?|prête?s?|engagée?s?|ready|willing|prepared)\b",
        re.IGNORECASE,
    )
)
#: "la disponibilité de Moscou à accompagner", "sa disponibilité à reprendre le dialogue":
#: the noun of readiness, its holder, then what is offered.
_AVAILABILITY = gated(re.compile(r"\b(?:disponibilité|readiness|willingness)\b", re.IGNORECASE))
_AVAILABILITY_SAID = re.compile(
    r"\b(?:réaffirm|réitér|exprim|transm|affirm|confirm|souligné|rappel|reaffirm|express|"
    r"confirm|reiterat|stated)\w*\s+(?:\w+\s+)?(?:la|sa|leur|the|its|their)\s+$",
    re.IGNORECASE,
)
_AVAILABILITY_TO = re.compile(
    r"(?:\s+(?:de|d['’]|du|des|of)\s*[^.;:!?«»]{1,40}?)?\s+(?:à|to)\s+(?:«\s*)?"
    r"(?:\w+\s+)?(?:accompagner|aider|coopérer|collaborer|partager|offrir|fournir|soutenir|"
    r"appuyer|reprendre|dialoguer|négocier|discuter|renforcer|accueillir|financer|"
    r"faciliter|œuvrer|travailler|help|share|provide|support|offer|resume|work|cooperate|"
    r"assist|negotiate|talk|host|finance|fund|supply|facilitate)\b",
    re.IGNORECASE,
)
#: After the adjective: "à"/"to" and the act offered (an infinitive, or "la poursuite de",
#: "the resumption of"), never a fight ("prêts à en découdre", "ready to fight").
_READY_TO = re.compile(
    r"\s+(?:à|to)\s+(?:(?:la|une|le|l['’]|the|a)\s*)?(?:mettre|aider|accompagner|"
    r"coopérer|collaborer|partager|offrir|fournir|soutenir|appuyer|reprendre|dialoguer|"
    r"négocier|discuter|renforcer|accueillir|financer|faciliter|œuvrer|travailler|"
    r"poursuite|reprise|dialogue|discussions?|négociations?|coopération|"
    r"help|share|provide|support|offer|resume|work|cooperate|assist|negotiate|talk|host|"
    r"finance|fund|supply|facilitate|resumption|talks)\b",
    re.IGNORECASE,
)
#: The offer named by a possessive ("sont disposés à offrir leur aide", "ready to offer
#: its support"): the article told that offer already (codebook, event identity: an
#: offer repeated by a second speaker is the same event).
_OWN_OFFER = re.compile(
    r"\s+(?:leur|son|sa|ses|leurs|notre|nos|their|its|his|her|our)\s+(?:\w+\s+)?"
    r"(?:aide|appui|soutien|assistance|concours|help|support|assistance|aid)\b",
    re.IGNORECASE,
)
#: Who says it: "s'est dit", "se dit", "est", "était", "reste", "a dit être"; for
#: "engagé", the reflexive ("s'est engagé", "se sont engagés").
_READY_SAID = re.compile(
    r"(?:\b(?:s['’]est|se\s+sont|se)\s+(?:\w+\s+){0,2}?(?:dite?s?\s+)?|"
    r"\b(?:est|sont|était|étaient|reste|restent|demeure|être|is|are|was|were|"
    r"remains?|be)\s+(?:\w+\s+)?)$",
    re.IGNORECASE,
)
_REFLEXIVE_SAID = re.compile(r"^(?:s['’]|se\s)", re.IGNORECASE)
#: "conduire"/"diriger" and "arriver"/"venir", English "led", by form: the verbs of a
#: delegation led to a place.
_LEAD = gated(
    re.compile(
        r"\b(?:condui(?:t|te|ts|sait|saient|ra|ront|sant|re)|conduisent|dirig(?:é|ée|eait|eant|"
        r"er|e|ent)|arrivée?s?|venue?s?|led|leads|leading)\b",
        re.IGNORECASE,
    )
)
#: The delegation after the verb: "une délégation", "une forte délégation
#: gouvernementale", "à la tête d'une délégation", "a delegation".
_DELEGATION_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:à\s+la\s+tête\s+d['’]\s*)?(?:une|la|sa|a|an|the|his|her)\s+"
    r"(?:[\w-]+\s+)?(?:délégation|mission|delegation)\b",
    re.IGNORECASE,
)
#: "venir" in a compound past, then the purpose of the visit in the infinitive: "Le
#: préfet est venu dimanche présenter les condoléances", "la ministre est venue
#: s'enquérir de la situation", "sont venus rencontrer les chefs de village".
_CAME = gated(re.compile(r"\bvenu(?:e|s|es)?\b", re.IGNORECASE))
_CAME_AUX = re.compile(r"\b(?:est|sont|était|étaient|serait|seraient)\s+(?:\w+ment\s+)?$")
_TO_VISIT = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:présenter|s['’]enquérir|rencontrer|réconforter|"
    r"constater|échanger|s['’]entretenir|visiter|apporter|remettre|soutenir|témoigner)\b",
    re.IGNORECASE,
)
#: "tenir"/"co-présider"/"présider", English "held"/"chaired", by form.
_HOLD = gated(
    re.compile(
        r"\b(?:tenu|tenue|tient|tiennent|tiendra|tiendront|tenait|coprésid\w+|co-présid\w+|"
        r"held|holds|co-chaired|chaired)\b",
        re.IGNORECASE,
    )
)
#: The session held: up to 30 characters (a day), a determiner, up to two words (an
#: ordinal), "session"; never a press conference.
_SESSION_AFTER = re.compile(
    r"[^.;:!?\n]{0,30}?(?<![\w'’])(?:sa|leur|la|une|its|their|the|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:session|sessions|réunion|assemblée)\b(?!\s+(?:de|d['’])\s*(?:presse|vote))",
    re.IGNORECASE,
)


def cooperative_acts(
    text: str,
    analysis: Analysis,
    ranges: Sequence[tuple[int, int]] | None,
    triggers: Sequence[Trigger],
) -> list[Trigger]:
    """``triggers`` with the AGREE and CONSULT acts of the module docstring (since 0.67.0)
    added, in text order; a lexicon AGREE on a signed agreement's noun is replaced by the
    signing verb."""
    added: list[Trigger] = []
    dropped: set[Trigger] = set()
    for token in uncovered_words(text, analysis, _SIGN, ranges, triggers):
        found = _PACT_AFTER.match(text, token.end)
        if found is None or _YEAR_NEAR.match(text, token.end):
            continue
        pact = found.span("pact")
        if any(t.label == "AGREE" and t.start < pact[1] and pact[0] < t.end for t in triggers):
            continue  # the lexicon read the agreement on its noun already (one agreement)
        added.append(word_trigger(token, "AGREE", None, 0.6, "signer un accord"))
    for token in uncovered_words(text, analysis, _DECIDE, ranges, triggers):
        if _COOPERATION_DECIDED.match(text, token.end):
            added.append(word_trigger(token, "AGREE", None, 0.6, "décider de"))
    for token in uncovered_words(text, analysis, _READY, ranges, triggers):
        said = _READY_SAID.search(text, max(0, token.start - 40), token.start)
        offered = _READY_TO.match(text, token.end)
        if said is None or offered is None:
            continue
        if token.text.lower().startswith("engag") and not _REFLEXIVE_SAID.match(said.group(0)):
            continue  # "est engagé à": a state; "s'est engagé à" commits
        if _OWN_OFFER.match(text, offered.end()):
            continue  # "disposés à offrir leur aide": the offer told before, said again
        added.append(word_trigger(token, "AGREE", None, 0.6, "se dire disposé à"))
    for token in uncovered_words(text, analysis, _AVAILABILITY, ranges, triggers):
        if _AVAILABILITY_SAID.search(
            text, max(0, token.start - 50), token.start
        ) and _AVAILABILITY_TO.match(text, token.end):
            added.append(word_trigger(token, "AGREE", None, 0.6, "réaffirmer sa disponibilité"))
    for token in uncovered_words(text, analysis, _LEAD, ranges, triggers):
        if _DELEGATION_AFTER.match(text, token.end):
            added.append(word_trigger(token, "CONSULT", "visit", 0.7, "conduire une délégation"))
    for token in uncovered_words(text, analysis, _CAME, ranges, triggers):
        if _CAME_AUX.search(text, max(0, token.start - 25), token.start) and _TO_VISIT.match(
            text, token.end
        ):
            added.append(word_trigger(token, "CONSULT", "visit", 0.7, "venir présenter"))
    for token in uncovered_words(text, analysis, _HOLD, ranges, triggers):
        if _SESSION_AFTER.match(text, token.end):
            added.append(word_trigger(token, "CONSULT", None, 0.6, "tenir une session"))
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
