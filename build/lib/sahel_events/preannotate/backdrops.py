"""Trigger words that name the backdrop of a told act, not an act of their own.

The press often names a happening only as the setting or the cause of what it reports.
An annotator deletes such a suggestion (codebook, event identity: code the act the text
states). :func:`backdrop` says whether a trigger is one of them (since 0.66.0):

* a meeting named as the frame of an announcement: "a annoncé, à l'issue de la réunion
  du comité régional de sécurité, la prolongation du couvre-feu", "à sa sortie
  d'audience", "en marge du sommet", "after a cabinet meeting", "précise le communiqué
  final du sommet" (kept when the parties are named: "à l'issue de la rencontre entre
  les deux ministres" tells who met);
* threats as a state, not a threat made: "une session consacrée aux menaces pesant sur
  la zone", "tant que ces menaces n'auront pas été levées", "invoquant les taxes et les
  menaces de l'État islamique" ("a menacé de ...", "a reçu des menaces" stay);
* a flight told as already done before the reported act: "la plupart des familles
  avaient déjà fui vers Bankass après une première attaque" (the flight of "ont fui
  samedi le village" stays);
* an attack named again by those who condemn it, once an attack has been told: "le
  ministre a condamné une « attaque lâche et barbare »", "a déploré « une nouvelle
  attaque contre des civils »" (the condemner's words in quotes, or the bare noun);
  "a condamné l'attaque du 17 novembre contre une position de l'armée" stays, its
  date and target telling an attack of its own;
* a demand told as what protesters want, right after their protest: "ont observé jeudi
  un sit-in devant le gouvernorat. Ils exigent la libération de deux commerçants", "une
  marche de militants qui réclamaient la libération de leurs responsables", "Les
  grévistes réclament le paiement des arriérés" (codebook, REQUEST: demands made by
  demonstrating are PROTEST). A demand with no protest told before it stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .triggers import Trigger

__all__ = ["backdrop"]

#: A meeting noun, as the lexicon's CONSULT triggers write it.
_MEETING = re.compile(
    r"^(?:réunions?|rencontres?|audiences?|sommets?|sessions?|conclaves?|"
    r"meetings?|summits?|sessions?)$",
    re.IGNORECASE,
)
#: The frame before a meeting noun: "à l'issue de la", "au terme d'une", "à sa sortie
#: d'", "en marge du", "after a cabinet", "on the sidelines of the". One word may come
#: between the article and the noun in English ("after a cabinet meeting").
_FRAME_BEFORE = re.compile(
    r"(?:\b[àa]\s+l['’]issue|\bau\s+terme|\bau\s+sortir|\b[àa]\s+(?:sa|la|leur)\s+sortie|"
    r"\ben\s+marge|\bat\s+the\s+end|\bon\s+the\s+sidelines|\bafter|\bfollowing)"
    r"\s*(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+the\s+|of\s+)?"
    r"(?:cette\s+|leur\s+|ces\s+|une\s+|un\s+|this\s+|their\s+|an?\s+|the\s+)?"
    r"(?:[A-Za-z-]+\s+)?$"
    # The meeting named as the issuer of a text: "le communiqué final du sommet".
    r"|\bcommuniqué\s+(?:final\s+|conjoint\s+)?(?:du|de\s+la|de\s+l['’]|d['’])\s*$",
    re.IGNORECASE,
)
#: The parties named soon after the noun, past a length or a day: the meeting is told as
#: an act ("à l'issue d'une rencontre de près de quatre heures avec le ministre", "à
#: l'issue d'une rencontre, jeudi matin, entre une délégation et le gouverneur").
_PARTIES_AFTER = re.compile(r"[^.;:»\n]{0,45}?\b(?:entre|avec|between|with)\b", re.IGNORECASE)

#: Threats in the plural: a state when a cue below frames them.
_THREATS = re.compile(r"^(?:menaces|threats)$", re.IGNORECASE)
#: Threats pointed back to ("ces menaces") or given as a cause or a topic ("invoquant
#: les menaces", "à cause des menaces", "consacrée aux menaces", "face aux menaces").
_THREATS_FRAMED_BEFORE = re.compile(
    r"(?:\b(?:ces|these)\s+"
    r"|\b(?:invoquant|évoquant|citant|citing|à\s+cause|en\s+raison|because\s+of|"
    r"consacrée?s?|dédiée?s?|devoted|face)\s+(?:[^.;,]{0,30}?\b)?"
    r"(?:aux|à\s+la|des|de\s+la|d['’]|les|the|to\s+the|to)\s+"
    r"(?:(?:nouvelles|multiples|graves|fortes|growing|serious|new)\s+)?)$",
    re.IGNORECASE,
)
#: Threats told as a standing condition after the noun: "pesant sur", "qui pèsent sur",
#: "sécuritaires", "terroristes", "facing the region".
_THREATS_STATE_AFTER = re.compile(
    r"\s+(?:pesant|qui\s+pèsent|planant|qui\s+planent|sécuritaires|terroristes|"
    r"jihadistes|djihadistes|persistantes|grandissantes|facing|posed\s+by)\b",
    re.IGNORECASE,
)

_FLED = re.compile(r"^(?:fui|fled)$", re.IGNORECASE)
#: "avaient déjà fui", "had already fled": the flight came before the told act.
_ALREADY_BEFORE = re.compile(r"\b(?:déjà|already)\s+(?:\S+\s+)?$", re.IGNORECASE)


_ATTACK_NOUN = re.compile(r"^(?:attaques?|attentats?|attacks?)$", re.IGNORECASE)
#: A condemnation right before the noun, with its article and an epithet: "a condamné
#: dans un communiqué une « attaque", "a déploré « une nouvelle attaque", "condemned the
#: cowardly attack".
_CONDEMNED_BEFORE = re.compile(
    r"\b(?:condamn|déplor|dénonc|fustig|condemn|deplor|denounc)\w*\s+"
    r"(?:[^.;«»\s]+\s+){0,4}?(?:«\s*)?"
    r"(?:une|l['’]|cette|la|les|ces|des|an?|the|this|these)\s*(?:«\s*)?"
    r"(?:(?:nouvelles?|énième|lâches?|odieuses?|barbares?|ignobles?|new|latest|cowardly|"
    r"heinous|barbaric)\s+)?$",
    re.IGNORECASE,
)

#: What tells an attack's own date, target or place right after the noun.
_OWN_COMPLEMENT = re.compile(
    r"\s+(?:du|de|d['’]|des|contre|against|on|of|at|à|au|aux|near|près|dans|in|"
    r"perpétrée?s?|menée?s?|commise?s?|carried)\b",
    re.IGNORECASE,
)


def _meeting_as_frame(text: str, t: Trigger) -> bool:
    """Whether a CONSULT meeting noun only frames the act told with it."""
    return (
        _MEETING.match(t.text) is not None
        and _FRAME_BEFORE.search(text, max(0, t.start - 40), t.start) is not None
        and _PARTIES_AFTER.match(text, t.end) is None
    )


def _threats_as_state(text: str, t: Trigger) -> bool:
    """Whether plural threats are a standing condition or a cause, no threat made."""
    return _THREATS.match(t.text) is not None and (
        _THREATS_FRAMED_BEFORE.search(text, max(0, t.start - 60), t.start) is not None
        or _THREATS_STATE_AFTER.match(text, t.end) is not None
    )


def _flight_already_done(text: str, t: Trigger) -> bool:
    """Whether a flight is told as done before the reported act ("avaient déjà fui")."""
    return (
        _FLED.match(t.text) is not None
        and _ALREADY_BEFORE.search(text, max(0, t.start - 25), t.start) is not None
    )


def _condemned_again(text: str, t: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether an attack noun is named again as what someone condemns."""
    if _ATTACK_NOUN.match(t.text) is None:
        return False
    condemned = _CONDEMNED_BEFORE.search(text, max(0, t.start - 70), t.start)
    return (
        condemned is not None
        # The condemner's own words in quotes, or the noun with no date, target or
        # place of its own: "l'attaque du 17 novembre contre une position" is told there.
        and ("«" in condemned.group() or _OWN_COMPLEMENT.match(text, t.end) is None)
        and any(o.label == "ASSAULT" and o.start < t.start for o in triggers)
    )


#: Who demands, right before the verb: the protesters named, a relative pronoun after
#: them, or a pronoun opening the sentence after their protest.
_PROTESTERS_BEFORE = re.compile(
    r"(?:\b(?:grévistes|manifestants|protestataires|marcheurs|strikers|protesters|"
    r"demonstrators)\s+(?:\S+\s+)?(?:ont\s+|avaient\s+|have\s+|had\s+)?"
    r"|[,\s]\s*(?:qui|où|who|where)\s+(?:\S+\s+)?(?:ont\s+|avaient\s+|have\s+|had\s+)?"
    r"|(?:^|[.!?]\s+|\n)(?:Ils|Elles|They)\s+(?:\S+\s+)?(?:ont\s+|have\s+)?)$",
)
#: A demand handed or addressed in writing or in a statement.
_WRITTEN_DEMAND = re.compile(
    r"\b(?:remis|remettre|adressé|adressée|lettre|mémorandum|memorandum|pétition|petition|"
    r"plateforme|cahier\s+de\s+doléances|déclaration|communiqué|letter|statement|handed)\b",
    re.IGNORECASE,
)
#: How far before a demand its protest may be told (the sentence before).
_PROTEST_REACH = 260


def _demand_of_a_protest(text: str, t: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether a demand is what the protesters told just before want."""
    if _PROTESTERS_BEFORE.search(text, max(0, t.start - 40), t.start) is None:
        return False
    lo = max(0, t.start - _PROTEST_REACH)
    return any(
        o.label == "PROTEST"
        and lo <= o.start < t.start
        and "\n" not in text[o.start : t.start]
        # A letter handed over between them makes the demand a verbal one (REQUEST):
        # "ont marché jusqu'au gouvernorat où ils ont remis une lettre au gouverneur".
        and _WRITTEN_DEMAND.search(text, o.start, t.start) is None
        for o in triggers
    )


def backdrop(text: str, t: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether trigger ``t`` names the setting or the cause of a told act, or an attack
    told before named again (``triggers``: all the document's triggers)."""
    if t.label == "ASSAULT":
        return _condemned_again(text, t, triggers)
    if t.label == "CONSULT":
        return _meeting_as_frame(text, t)
    if t.label == "REQUEST":
        return _demand_of_a_protest(text, t, triggers)
    if t.label == "THREATEN":
        return _threats_as_state(text, t)
    if t.label == "SANCTION":
        return _flight_already_done(text, t)
    return False
