"""One suggestion per real event: disambiguated triggers, mentions of a happening merged.

The lexicon finds every word that *can* name an event; an article names the same
happening several times (the lead, "l'attaque", "tués", "l'assaut" ...), and some trigger
words name no event in their context. This module decides which triggers become
suggested events:

* **Context** (:func:`disambiguate`): a trigger inside a name ("Front de *libération*
  de l'Azawad") is dropped; a claim of responsibility ("revendiqué par le JNIM",
  "a revendiqué l'attaque") is no REQUEST; "affirmer avoir" is a reporting verb, not an
  accusation; a sanction, a restriction or a curfew being lifted is a CONCEDE; the
  wounded evacuated, reinforcements sent and an "aid worker" are no AID; "released a
  statement" frees no one; what a request asks for ("called for their release",
  "réclamé une enquête"), a kind of event ("interdire tout rassemblement"), an attack
  counted, recalled or planned ("the third attack this year", "préparaient une
  attaque"), a trend ("la multiplication des enlèvements", "une série d'attaques" that
  nobody is said to have made; "une série de frappes" is one set of strikes) and "se
  manifester" (coming forward) are no events.
* **Merging** (:func:`merge_mentions`): triggers of the same type in one sentence are one
  event (but a seizure and an arrest, COERCE of two modes, are two); a later trigger
  of the same type in another sentence is the same event when the type is a material
  one (an attack, an arrest, a protest, a meeting...: verbal acts such as requests or
  accusations are separate acts), when its mode agrees (or
  one of them has none, or it only reports the toll: "tués", "killed"), and when its
  own time and place do not contradict the event's (a town inside the region or the
  country another mention gives does not). The merged event keeps its most
  informative mention (a word naming the event rather than its toll; else the first)
  and carries the arguments of the others for the roles it lacks, and the finer place
  when one mention gives a town inside the unit another gives ("near Tillia" and "the
  Tahoua region"). A mention in the
  pluperfect, the tense of background, is another event, unless it retells the one told
  (no time of its own, nothing like "déjà": "avaient pris d'assaut le poste") or is the
  sequence of tenses of reported speech ("a annoncé que ses unités avaient repoussé");
  a demonstrative ("cette attaque", "cette coopération") points at the latest event of
  its type, of any type, and gives it no argument when only the pointer joins it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache, lru_cache

from .. import gazetteer
from ..annotation.ids import EntityAttribute, Normalised, Role
from ..folding import fold_key
from .allegations import ALLEGED
from .argument import Argument
from .arguments import (
    GATHERING,
    GUESTS_PRONOUN,
    NAMED_ACT,
    NEW_CAUSE_BEFORE,
    REFLEXIVE_BEFORE,
    RELATIVE_BETWEEN,
    TOLD_AFTER,
    after_the_attack,
    burns,
    plain_attack,
    sentence_before,
)
from .carriedactors import carried_actors
from .casescan import lowered, may_hold
from .casualties import NUMBER_WORD, RELEASE_WORD, UPDATE_WHEN, side_of
from .contrastacts import CONTRAST_ELSEWHERE, CONTRAST_WORDS
from .dates import first_day
from .entities import Mention
from .eventplace import in_pursuit, pursuit_start
from .eventtime import since_bound
from .ner import Token
from .nominals import REPELLED_ATTACKERS
from .placing import relative_reference
from .pronounacts import PRONOUN_WORDS
from .retold import retold
from .triggers import MEDIUM, Factuality, Trigger
from .wordgate import gated

#: The end of a sentence or a line.
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|\n")
#: Types whose repeated mentions across sentences are one happening.
MATERIAL = frozenset(
    {"ASSAULT", "COERCE", "RETREAT", "PROTEST", "MOBILIZE", "AID", "CONSULT", "CONCEDE"}
)
#: Trigger words that report the toll of an event rather than name it.
_TOLL = re.compile(
    r"^(?:tu[ée]|neutralis|bless|mort|décéd|détrui|kill|wound|injur|dead|died|destroy|"
    # Since 0.17.0 "ont été abattus" (not "abattre" told as an act of its own).
    r"abattue?s?$)",
    re.IGNORECASE,
)
_CLAIM = re.compile(r"^(?:revendiqu|claim)", re.IGNORECASE)
#: A verb of fighting off right before the attack it names, a few words apart ("ont
#: repoussé mardi une attaque", "repelled an attack"): who repels is not the attacker.
_REPELLING_BEFORE = re.compile(
    r"\b(?:repouss|repel|déjou|foil)\w*\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
#: A verb conjoined to the act before it: "... and destroyed", "... et ont détruit".
_CONJOINED_ACT = re.compile(r"\b(?:and|et)\s+(?:(?:a|ont|then)\s+)?$", re.IGNORECASE)
#: Acts claimed, as a claim's object or subject.
_CLAIMABLE = (
    r"(?:attaque|attentat|embuscade|assaut|enlèvement|frappe|opération|responsabilité|"
    r"sabotage|destruction|assassinat|meurtre|attack|ambush|responsibility|bombing|"
    r"kidnapping|killing)"
)
#: Since 0.15.0 up to three words (a time) before it, and an indefinite article:
#: "revendiqué mercredi une attaque", "revendiqué en juin 2024 le sabotage".
_CLAIMED_THING = re.compile(
    r"^\s*(?:[\w'’]+\s+){0,3}?(?:l['’]|la\s+|le\s+|les\s+|une?\s+|des\s+|cette\s+|ces\s+|"
    r"the\s+|an?\s+)?" + _CLAIMABLE,
    re.IGNORECASE,
)
#: A claim "par"/"by" someone of an act named before it in the sentence: "Une embuscade
#: revendiquée par le JNIM", "l'attaque du 21 novembre contre le détachement de Banh,
#: revendiquée par" (since 0.15.0).
_CLAIMED_BEFORE = re.compile(_CLAIMABLE + r"s?\b[^.;:]{0,90}$", re.IGNORECASE)
_BY = re.compile(r"\s+(?:par|by)\b", re.IGNORECASE)
#: An auxiliary (and an adverb) before a claim: "a revendiqué", "avait déjà revendiqué".
_CLAIM_AUX = re.compile(
    r"\b(?:été|a|ont|avait|avaient|aurait|auraient|has|have|had)"
    r"(?:\s+(?:déjà|aussi|également|pas|jamais|already|also))?\s*$",
    re.IGNORECASE,
)
_ANAPHORA = re.compile(
    r"(?:\b(?:l['’]|la|le|les|cette|ce|cet|ces|the|this|that)\s*)$", re.IGNORECASE
)
#: Since 0.62.0 an English noun trigger after "the" and a word naming its target or
#: place ("in the market raid", "the Koumbri attack", "the convoy ambush"): as definite
#: as "the raid". Not an ordinal or a word of one more act ("the second attack", "the
#: latest raid"), nor a plural or "-men" subject before a verb ("the gunmen attacked":
#: the trigger must be one bare word, no "-ed" or "-ing" form).
_COMPOUND_DEFINITE = re.compile(
    r"\b(?:the|this)\s+(?!(?:second|third|fourth|fifth|new|other|latest|last|first|next|"
    r"fresh|earlier|previous|similar|same|deadliest|largest|biggest|worst|recent|"
    r"army|military|police|government)\b)"
    r"(?:[A-Z][\w-]+|[a-z]+(?<!s)(?<!men))\s+$"
)
_ENGLISH_NOUN_TRIGGER = re.compile(
    r"(?:attack|raid|ambush|assault|strike|blast|bombing|explosion|clash|massacre|"
    r"killing|shooting|kidnapping|abduction|offensive)",
    re.IGNORECASE,
)
#: The attackers as the noun of a toll (since 0.62.0): "23 of the attackers", "une
#: dizaine d'assaillants", "deux des assaillants".
_ATTACKERS_COUNTED = re.compile(r"\b(?:assaillants|attackers|assailants)\b", re.IGNORECASE)
#: A reporting verb right before a toll's time (since 0.62.0): "a fait état mercredi de
#: huit militaires tués", "a annoncé jeudi", "said on Friday that".
_REPORTED_ON = re.compile(
    r"\b(?:fait\s+état|annoncé|indiqué|précisé|rapporté|déclaré|affirmé|communiqué|"
    r"said|reported|announced|stated)\s*,?\s+(?:on\s+|ce\s+|dans\s+la\s+nuit\s+de\s+)?$",
    re.IGNORECASE,
)
#: Since 0.62.0 the day told before the reporting verb, opening its sentence:
#: "Mercredi, l'armée a fait état de sept soldats tués", "On Wednesday, the army said".
_REPORTED_AFTER = re.compile(
    r"(?:\s+soir|\s+matin|\s+evening|\s+morning)?\s*,\s*(?:[\w'’-]+\s+){1,5}?"
    r"(?:(?:a|ont)\s+(?:fait\s+état|annoncé|indiqué|précisé|rapporté|déclaré|affirmé|"
    r"communiqué)|said|reported|announced|stated)\b",
    re.IGNORECASE,
)
#: A toll told as a report of the dead, its participle after the count (since 0.66.0):
#: "l'état-major a fait état de neuf civils tués", "L'armée dénombre six morts", "the
#: army reported seven civilians killed". The speaker counts the dead of an act told
#: before; it kills no one itself (as "a annoncé avoir neutralisé" would).
_TOLL_REPORTED = re.compile(
    r"\b(?:(?:fait|faisant|faisait|font|faisaient)\s+état|dénombr\w*|recens\w*|"
    r"reported|recorded|counted)\s+(?:[\w'’-]+\s+){0,3}?(?:d[e'’]\s*)?"
    r"(?:au\s+moins\s+|at\s+least\s+|(?:plus|more)\s+(?:d[e'’]|than)\s*)?[\w-]+\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: "cette attaque", "this attack": a pointer back at an event already told.
_DEMONSTRATIVE = gated(re.compile(r"\b(?:cette|ce|cet|ces|this|these)\s*$", re.IGNORECASE))
#: Since 0.69.0 an act noun a later teller acknowledges or confirms, with its article
#: and up to two words (a quote mark, an adjective) between: "The army acknowledged a
#: \"complex terrorist attack\"", "L'armée a reconnu dimanche une « attaque complexe »",
#: "a confirmé l'embuscade". The act told before, retold by its teller, as a demonstrative.
_ACKNOWLEDGED = gated(
    re.compile(
        r"\b(?:acknowledged|confirmed|admitted|reconnu|confirmé|admis)\s+"
        r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?"
        r"(?:a|an|the|l['’]|la|le|une?)\s*(?:[«\"“]\s*)?"
        # Not one more act: "confirmed a new attack", "a reconnu une nouvelle attaque".
        r"(?:(?!(?:new|another|second|further|nouvel|nouvelle|autre|seconde|deuxième)\b)"
        r"[\w-]+\s+){0,2}$|"
        # A claim of the act by its definite name: "No group has claimed Monday's attack",
        # "le JNIM avait revendiqué l'embuscade de la veille" (not "claimed an attack").
        r"\b(?:claimed|revendiquée?)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        r"dimanche|hier)\s+)?(?:the|l['’]|la|le|\w+['’]s)\s*$",
        re.IGNORECASE,
    )
)
#: Since 0.58.0 the figure a toll reached, up to the toll's word that ends it: "le bilan
#: s'est alourdi à sept soldats | tués", "the toll rose to nine soldiers | killed".
_TOLL_UPDATE = re.compile(
    r"(?:\b(?:bilan|toll)\b[^.;\n]{0,60}?\b(?:(?:passé|monté|grimpé|atteint|alourdi|élevé|"
    r"rose|risen|climbed|reached|jumped|increased|"
    # Since 0.61.0 a toll revised or told as final: "a été revu à la hausse à", "was
    # raised to", "était désormais de"; and the toll a later death brings: "portant le
    # bilan à", "bringing the death toll to".
    # Since 0.69.0 the passive "a été porté à" and a time told between the verb and its
    # figure (casualties.UPDATE_WHEN): "le bilan a été porté dimanche soir à six soldats
    # tués", "the toll was raised on Sunday to nine".
    r"(?:revue?|révisée?)(?:\s+à\s+la\s+(?:hausse|baisse))?|relevée?|portée?|ramenée?|raised|lowered|"
    r"revised(?:\s+(?:up|down)(?:wards?)?)?)" + UPDATE_WHEN + r"(?:à|to)|"
    r"(?:est|était|serait|s['’](?:établit|établissait|élève|élevait))\s+(?:finalement|"
    r"désormais|maintenant|à\s+présent|dorénavant)\s+(?:de|à))|"
    r"\b(?:portant|porte|bringing|brings|brought|taking|takes|pushing|raising)\s+(?:ainsi\s+)?"
    r"(?:le|the)\s+(?:(?:death|overall)\s+)?(?:bilan|toll)\s+(?:à|to))\s+"
    r"(?:[\w'’-]+\s+){1,6}$",
    re.IGNORECASE,
)
#: Words that place a pluperfect mention before the events told: "avait déjà été visé".
_EARLIER_TIMES = re.compile(
    r"\b(?:déjà|auparavant|précédemment|à\s+plusieurs\s+reprises|already|previously|"
    r"in\s+the\s+past)\b",
    re.IGNORECASE,
)
#: Another act named by a pronoun before a pluperfect (since 0.61.0): "un an après celle
#: de Songho, qui avait fait 31 morts", "after the one in Songho, which had killed 31":
#: the pluperfect tells that act, not the one just told.
_ANOTHER_ACT_NAMED = re.compile(
    r"\b(?:(?:celle|celui|celles|ceux)\s+(?:de|du|des|d['’]|contre)|the\s+one\s+(?:in|at|on|near)|"
    r"(?:that|those)\s+(?:in|at|on|near))\b[^.;!?\n]{0,120}$",
    re.IGNORECASE,
)
_REPORTING = re.compile(r"^(?:affirm|assur|indiqu|déclar)", re.IGNORECASE)
#: The indefinite article right before a noun trigger: "un massacre", "a raid".
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])(?:une?|an?)\s+$", re.IGNORECASE)
#: An object pronoun before "revendiqué": "qui ne l'a pas revendiqué" (the attack).
_CLITIC = re.compile(
    r"\b(?:l['’]|les?\s+|la\s+)(?:a|ont|avait|avaient)\s+(?:pas\s+)?$", re.IGNORECASE
)
#: Words that add one more act to those told: "ont aussi incendié", "another march".
_ANOTHER = gated(
    re.compile(
        # Since 0.59.0 "par ailleurs" inside the clause: "a par ailleurs été interpellé".
        r"\b(?:aussi|également|en\s+outre|par\s+ailleurs|also|another|une?\s+autre|"
        r"une?\s+(?:second|nouvel)\w*|"
        r"a\s+(?:second|new|further)|"
        # Since 0.35.0 one of the same kind: "a similar strike".
        r"an?\s+similar)\b(?:\s+\S+){0,2}\s*$",
        re.IGNORECASE,
    )
)
#: "also" carried to a coordinated verb: "the attackers also looted shops *and torched*",
#: "ont aussi pillé les boutiques *et incendié*": one more act as well.
#: "also" of a speaker who retells or claims the act, not of one more act (since
#: 0.62.0): "Un habitant a également confirmé l'embuscade", "JNIM also claimed the
#: attack". Not "a également annoncé la fermeture": an announcement is the measure.
_ALSO_RETOLD = re.compile(
    r"\b(?:aussi|également|also)\s+(?:\S+\s+)?(?:confirm\w*|rapport\w*|évoqu\w*|"
    r"revendiqu\w*|décrit|racont\w*|relat\w*|claim\w*|report\w*|describ\w*|recount\w*|"
    r"mention\w*)\s+(?:l['’]|la\s+|le\s+|les\s+|cette\s+|ce\s+|cet\s+|the\s+|this\s+)$",
    re.IGNORECASE,
)
_ALSO_AND = gated(
    re.compile(
        r"\b(?:aussi|également|also)\s+[^\s.;:]+(?:\s+[^\s.;:]+){0,4}?\s+(?:et|and)\s+$",
        re.IGNORECASE,
    )
)
#: A sentence opening on what came next or beside: "Dans la foulée, le gouverneur a
#: ordonné la fermeture ...", "Separately, ...".
_SEQUEL = re.compile(
    r"\s*(?:dans\s+la\s+foulée|par\s+ailleurs|ensuite|puis|plus\s+tard|"
    r"later|separately|meanwhile|elsewhere|ailleurs|"
    # Since 0.24.0: "Le même jour, l'armée a affirmé avoir mené une frappe": another
    # act on the same day.
    r"(?:le|ce)\s+même\s+jour|(?:on\s+)?the\s+same\s+day|"
    # Since 0.30.0: "Quelques heures plus tard, un autre groupe a visé un marché", "In a
    # separate attack", "Dans une autre localité".
    r"(?:quelques|une|deux|trois|\d+)\s+(?:heures?|jours?|minutes)\s+plus\s+tard|"
    r"(?:a\s+few|several|an?|two|three|\d+)\s+(?:hours?|days?|minutes)\s+later|"
    r"in\s+(?:a\s+separate|another)\s+(?:incident|attack|raid)|"
    r"dans\s+une?\s+autres?\s+(?:incident|attaque|localité|village|région|province)|"
    # Since 0.61.0 a roundup's next item placed from the last one: "Plus au sud, des
    # assaillants ont attaqué un poste de police", "Further north, gunmen raided".
    r"plus\s+(?:au\s+(?:nord|sud|centre)|à\s+l['’](?:est|ouest)|loin)|"
    r"(?:further|farther)\s+(?:north|south|east|west|afield|away)|"
    # Since 0.60.0 a meeting on the sidelines of another, or on the eve of it: "En marge
    # de la réunion, le ministre s'est entretenu avec", "La veille de la visite".
    r"en\s+marge\s+(?:de|du|des|d['’])|on\s+the\s+sidelines\s+of|"
    r"(?:à\s+)?la\s+veille\s+(?:de|du|des|d['’])|"
    r"(?:on\s+)?the\s+(?:day|eve)\s+(?:before|of)|"
    # Since 0.61.0 the second of the acts a roundup announced: "Dans la seconde, six
    # gendarmes sont morts lors de l'attaque de leur poste", "In the second, ...".
    r"(?:dans|lors\s+de|au\s+cours\s+de|in|during)\s+(?:la|le|the)\s+(?:seconde?|deuxième|"
    r"troisième|third|latter)(?=\s*,))\b",
    re.IGNORECASE,
)
#: A relative clause of a place or an act, before an act it tells (since 0.61.0): ", où",
#: ", where", ", in which", ", au cours de laquelle".
_PLACE_RECALLED = re.compile(
    r",\s*(?:où|where|in\s+which|dans\s+lequel|dans\s+laquelle|lors\s+duquel|"
    r"lors\s+de\s+laquelle|au\s+cours\s+duquel|au\s+cours\s+de\s+laquelle)\b[^.;!?\n]*$",
    re.IGNORECASE,
)
#: A place the act came from, not where it happened.
_ORIGIN = re.compile(r"\b(?:depuis|from)\s+(?:l['’]|la\s+|le\s+|the\s+)?$", re.IGNORECASE)
#: A name given to an operation or a plan: « Libération des otages ».
_NAMED = re.compile(r"\b(?:opération|operation|mission|plan|programme)\s*[«\"“]\s*$", re.IGNORECASE)
#: An act named only to place another beside it or before it in time (since 0.60.0):
#: "En marge de la réunion, le ministre s'est entretenu avec", "La veille de la visite,
#: le gouverneur avait reçu", "on the sidelines of the summit".
_BESIDE_ACT = gated(
    re.compile(
        r"\b(?:en\s+marge|(?:à\s+)?la\s+veille|(?:au|le)\s+lendemain|on\s+the\s+sidelines|"
        r"on\s+the\s+eve|the\s+day\s+(?:before|after))\s+(?:de|d['’]|du|des|of)\s*"
        r"(?:la\s+|le\s+|les\s+|l['’]|the\s+|an?\s+|sa\s+|son\s+|ses\s+|its\s+|his\s+|her\s+)?$",
        re.IGNORECASE,
    )
)
#: What introduces the cause of the event just told: an earlier happening.
_EARLIER = gated(
    re.compile(
        r"(?:suite\s+(?:à|au|aux)|à\s+la\s+suite\s+d[eu'’]?|en\s+représailles?\s+(?:à|au|aux)|"
        # Since 0.17.0: "sous la pression de l'EI depuis l'offensive lancée en mars 2022".
        r"\bdepuis|\bsince|"
        r"following|in\s+the\s+wake\s+of|in\s+retaliation\s+for|"
        # Since 0.37.0: "The operations followed an attack on an army post", "came after",
        # "in response to", "intervient après".
        r"\bfollow(?:ed|s)|\bc(?:ame|omes)\s+after|in\s+response\s+to|en\s+réponse\s+(?:à|au|aux)|"
        r"\b(?:intervient|intervenait|survient|survenait)\s+après)\s*"
        r"(?:l['’]|la\s+|le\s+|les\s+|une?\s+|the\s+|an?\s+)?$",
        re.IGNORECASE,
    )
)
#: Nothing after an act's noun but the end of its phrase: "Depuis l'attaque, ...".
_BARE_END = re.compile(r"\s*(?:[,.;:)»]|$)")
#: A span of time counted before or after an act: "deux jours après", "two weeks before".
_INTERVAL = (
    r"(?:jours?|semaines?|heures|mois|days?|weeks?|hours|months?)\s+(?:après|avant|after|before)"
)
#: An act a span of time before the clause's: "Cette embuscade survient moins d'une
#: semaine *après l'*explosion", "two days after the raid".
_COUNTED_AFTER = re.compile(
    _INTERVAL + r"\s*(?:l['’]|la\s+|le\s+|les\s+|une?\s+|the\s+|an?\s+)?$",
    re.IGNORECASE,
)
#: The source's own saying, told in a relative clause right after it is named: "selon
#: l'association X, qui dénonce", "according to the committee, which condemned" (0.62.0).
_SOURCE_WHO = re.compile(
    r"\b(?:selon|d['’]après|according\s+to)\s+[^,;.\n]{2,80},\s+(?:qui|which|who)\s+"
    r"(?:a\s+|ont\s+|has\s+|have\s+)?$",
    re.IGNORECASE,
)
#: The words one of which :data:`_SOURCE_WHO` holds, in lower case.
_SOURCE_WORDS = ("selon", "après", "according")
#: What opens a second act of a sentence: "avant de s'en prendre", "puis attaqué".
_THEN_ANOTHER = gated(
    re.compile(
        r"\b(?:avant\s+d['’]|avant\s+de|puis|ensuite|before|then)\s+(?:s['’]\s*)?$", re.IGNORECASE
    )
)
#: Since 0.67.0 a source's saying that opens another story: "OCHA signale par ailleurs
#: qu'un véhicule", "L'armée a d'autre part indiqué que", "The UN separately said that".
_SAID_BESIDES = re.compile(
    r"\W*[^.;:!?\n]{0,80}?\b(?:par\s+ailleurs|d['’]autre\s+part|separately)\s+"
    r"(?:\w+\s+){0,2}?(?:que|qu['’]|that)\b",
    re.IGNORECASE,
)
#: Since 0.56.0 an act told with its own subject after the interval: "two weeks after
#: militants killed eight soldiers", "deux jours après que des hommes armés ont tué".
_COUNTED_AFTER_CLAUSE = re.compile(
    _INTERVAL + r"\s+(?:que\s+|qu['’]|that\s+)?(?!(?:l['’]|la|le|les|the)\b)(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE,
)
#: The words one of which every :data:`_INTERVAL` holds, in lower case.
_INTERVAL_WORDS = ("après", "avant", "after", "before")

#: Since 0.67.0 an earlier act named to date the clause's, "au lendemain de l'", "à la
#: veille d'une", "deux jours après l'", "the day after an", "hours after the": what
#: :data:`_EARLIER_ACT_TOLL` must follow for the act to be another happening.
_DAY_OF_ANOTHER_ACT = gated(
    re.compile(
        r"(?:\b(?:au\s+lendemain|le\s+lendemain|à\s+la\s+veille|la\s+veille)\s+d(?:u|es|e|['’])?|"
        + _INTERVAL
        + r"|\b(?:the|a|one)\s+day\s+(?:after|before)|\bshortly\s+(?:after|before)|"
        r"\bpeu\s+(?:après|avant))\s*(?:l['’]|la\s+|le\s+|les\s+|une?\s+|the\s+|an?\s+)?$",
        re.IGNORECASE,
    )
)
#: The toll of that earlier act in a pluperfect relative clause of its own: "l'explosion
#: d'une mine qui avait blessé deux soldats", "an ambush that had killed five", "une
#: attaque au cours de laquelle trois gendarmes avaient été tués".
_EARLIER_ACT_TOLL = re.compile(
    r"[^.;!?\n]{0,120}?\b(?:qui|lequel|laquelle|lesquel(?:le)?s|which|that|où|where)\s+"
    r"(?:[^.;!?\n]{0,40}?\s)?(?:avai(?:t|ent)|had)\s+(?:été\s+|been\s+)?(?:\w+\s+){0,2}?"
    r"(?:fait|tué|tués|blessé|blessés|coûté|causé|emporté|enlevé|enlevés|"
    r"killed|wounded|injured|left|claimed|cost|abducted)\b",
    re.IGNORECASE,
)
#: Where the words of that earlier act end: the sentence's end, or the main clause
#: going on ("..., qui avait blessé deux soldats, et a rassemblé les hommes").
_EARLIER_ACT_END = re.compile(
    r"[.!?;](?=\s|$)|\n|,\s+(?:et|puis|avant|and|then|before)\b", re.IGNORECASE
)


def earlier_act_words(text: str, t: Trigger, span: tuple[int, int]) -> tuple[int, int] | None:
    """The span from the dating words to the end of the toll when ``t`` (an assault's
    word, not a toll, in the sentence ``span``) names an act to date its clause and has
    its own toll in the pluperfect, "au lendemain de l'explosion d'une mine qui avait
    blessé deux soldats", "a day after an ambush that had killed five soldiers"
    (:data:`_DAY_OF_ANOTHER_ACT`, :data:`_EARLIER_ACT_TOLL`; since 0.67.0); else None."""
    if t.label != "ASSAULT" or _is_toll(t):
        return None
    dating = _DAY_OF_ANOTHER_ACT.search(text, max(span[0], t.start - 45), t.start)
    toll = _EARLIER_ACT_TOLL.match(text, t.end, span[1]) if dating else None
    if dating is None or toll is None:
        return None
    stop = _EARLIER_ACT_END.search(text, toll.end(), span[1])
    return dating.start(), stop.start() if stop else span[1]


def _counted_before(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` (an act counted from, :data:`_COUNTED_AFTER` or
    :data:`_COUNTED_AFTER_CLAUSE`) ends ``text[start:end]``; tried only when the window
    holds one of :data:`_INTERVAL_WORDS` (for speed, since 0.57.0; a window whose lower
    case could hide one is always tried)."""
    return (
        may_hold(lowered(text[start:end]), _INTERVAL_WORDS)
        and pattern.search(text, start, end) is not None
    )


#: A lifting right before a measure ("a levé vendredi la", "lifted the"): the lifting is the
#: act.
#: Since 0.61.0 a threat taken back: "a retiré sa menace", "renonce à ses menaces",
#: "withdrew its threat", "dropped the threat".
_THREAT_NOUN = re.compile(r"^(?:menaces?|threats?|ultimatum)$", re.IGNORECASE)
_THREAT_DROPPED = re.compile(
    r"(?<!\w)(?:retir(?:er|é|ée|e|ent|ait|ant)|renonc\w*\s+à|lev(?:er|é|ée|e|ent)|"
    r"withdr(?:ew|aw|awn|awing|aws)|dropp(?:ed|ing)|drops?|rescind\w*|retract\w*|"
    r"lift(?:ed|s|ing)?)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
_THREAT_AFTER = re.compile(
    r"\s+(?:its|their|his|her|the|sa|son|ses|leurs?|la|les)\s+(?:\S+\s+)?"
    r"(?:menaces?|threats?|ultimatum)\b",
    re.IGNORECASE,
)
LIFTED = re.compile(
    # Whole words (since 0.56.0): "in the *East* region imposed a night-time curfew" is
    # no easing.
    r"(?<!\w)(?:lev(?:er|é|ée|és|ées|ant)|levée|allég\w*|lift\w*|eas(?:e|es|ed|ing))\s+"
    r"(?:\S+\s+){0,4}$",
    re.IGNORECASE,
)


#: Arguments scored at least this were found in the trigger's own sentence.
OWN_SENTENCE = 0.6
#: The least score of an actor the parse or a "par" phrase gives (``arguments._actor``):
#: below it, the nearest name before the trigger or a pronoun's antecedent.
_PARSED_ACTOR = 0.5
#: A normalised date or interval ("2026-11-28", "2026-11-29/2026-11-30").
_ISO_DATE = re.compile(r"^\d{4}-\d{2}")
#: A sentence that opens on captives named again with a definite article: "The farmers
#: were seized", "Les otages avaient été enlevés" (up to the trigger, since 0.60.0).
#: Since 0.67.0 also after the source that tells it again: "Selon l'ONG, les agents
#: avaient été emmenés", "D'après le document, ...", "According to the company, the
#: engineers had been abducted".
_CAPTIVES_AGAIN = re.compile(
    r"\s*(?:(?:Selon|D['’]apr[eè]s|According\s+to)\s[^,.;:«»\"]{1,80},\s*)?"
    r"(?:[Tt]he|[Tt]hese|[Tt]hose|[Ll]es|[Cc]es)\s+(?:\w+\s+){0,2}?\w+\s+(?:were|had\s+been|have\s+been|"
    r"avaient\s+été|ont\s+été|auraient\s+été)\s+"
)
#: What joins a noun of an act to its date: "l'attaque *du* 21 novembre", "of", "on".
_DATE_COMPLEMENT = re.compile(r"\s+(?:du|de|d['’]|of|on)\s*", re.IGNORECASE)
#: What comes between the coordinating "et" and a bare participle: "et plusieurs greniers
#: incendiés", "et du bétail emporté" (the auxiliary left out).
_ELLIPTIC = re.compile(r"\bet\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
#: Words before a trigger that refer back to a happening told before: a possessive
#: ("leur libération", "Monday's strike") or people it named ("les personnes
#: interpellées", "those detained").
_BACK_REFERENCE = re.compile(
    r"(?:\b(?:leurs?|son|sa|ses|their|its|his|her)\s+|\w['’]s\s+|"
    r"\b(?:les|ces|des|those|the)\s+[\w-]+\s+|\bthose\s+)$",
    re.IGNORECASE,
)
_MEASURE = re.compile(
    r"(?:la|cette|ces|les|this|the)\s+(?:mesures?|décisions?|measures?|decision)\b", re.IGNORECASE
)
#: Words before a plural trigger that make it a kind of event, not one happening:
#: "la multiplication des enlèvements", "la persistance des attaques".
_GENERIC = gated(
    re.compile(
        r"(?:multiplication|recrudescence|persistance|série|vague|hausse|montée|nombre|menace|"
        r"lutte\s+contre|face\s+à|face\s+aux|contre|wave|series|rise|spate|threat|"
        # Since 0.61.0 what a measure is to keep from happening: "La mesure vise à
        # prévenir les attaques terroristes", "to prevent further attacks".
        r"prévenir|prévention|empêcher|éviter|prevent|preventing|deter)\s+"
        r"(?:des|de|d['’]|les|aux|of)?\s*(?:(?:nouvelles?|nouveaux|éventuelle?s|futures?|"
        r"further|future|possible|new)\s+)?$",
        re.IGNORECASE,
    )
)

#: Attacks told as a series or a trend (since 0.20.0): "après une série d'attaques
#: meurtrières", "le théâtre d'attaques répétées", "a string of attacks". The codebook
#: codes each act of a series told on its own, not the series.
_SERIES_NOUN = re.compile(
    r"^(?:attaques|attacks|raids|enlèvements|kidnappings|abductions|exactions|assassinats|"
    r"killings|incursions|violences)$",
    re.IGNORECASE,
)
_SERIES_BEFORE = re.compile(
    r"\b(?:série|succession|vague|recrudescence|multiplication|string|spate|wave|series)\s+"
    r"(?:d['’]\s*|de\s+|des\s+|of\s+)(?:\w+\s+)?$|"
    # Since 0.30.0 a kind of act, no one act: "has carried out similar attacks", "de
    # telles attaques", "ce type d'enlèvements".
    r"\b(?:similar|such|de\s+telles|ce\s+(?:type|genre)\s+d['’]\s*|"
    r"(?:this|that)\s+(?:kind|type)\s+of)\s+$",
    re.IGNORECASE,
)
_SERIES_AFTER = re.compile(
    r"\s+(?:répétée?s|repeated|incessante?s|récurrente?s|recurrent|successive?s|similaires)\b",
    re.IGNORECASE,
)
#: ... unless the series is attributed to its authors ("une série d'attaques contre
#: leurs localités attribuées à des groupes armés") or told as what people fled ("ont
#: fui fin octobre après une série d'attaques"): the cause of a flight, coded.
_FLED_BEFORE = re.compile(r"\b(?:fui|fuir|fuyant|fled|fleeing|quitté|left)\b[^.;]*$", re.IGNORECASE)
_SERIES_ATTRIBUTED = re.compile(
    r"[^.;]{0,50}?\b(?:attribuée?s|imputée?s|revendiquée?s|attributed|blamed|claimed)\b",
    re.IGNORECASE,
)


def _attack_series(text: str, t: Trigger) -> bool:
    """Whether an attack noun names a series ("une série d'attaques", "attaques
    répétées") that is not attributed and not what people fled (above)."""
    before = text[max(0, t.start - 70) : t.start]
    return (
        _SERIES_NOUN.match(t.text) is not None
        and (
            _SERIES_BEFORE.search(before) is not None
            or _SERIES_AFTER.match(text, t.end) is not None
        )
        and not (_SERIES_ATTRIBUTED.match(text, t.end) or _FLED_BEFORE.search(before))
    )


#: Before an attack's noun: an ordinal (how many so far), an earlier one, or one planned.
_NOT_THIS_ONE = gated(
    re.compile(
        r"\b(?:(?:the|an?|la|une|le|du|au|l['’])\s+(?:second|third|fourth|fifth|sixth|deuxième|troisième|"
        r"quatrième|cinquième|sixième|énième|earlier|previous|précédente?)|"
        r"(?:preparing|planning|plotting|préparaient|préparait|préparer|planifiaient|planifier|"
        r"projetaient|projeter)\s+(?:an?|une?|des|the|l['’]|les)?|"
        # Since 0.56.0 attacks in general, told as what means serve for: "des motos qu'ils
        # utilisent pour mener leurs attaques", "to carry out their attacks".
        r"\bpour\s+(?:mener|commettre|perpétrer|lancer|conduire)\s+(?:leurs|ses|des|de\s+nouvelles)|"
        r"\bto\s+(?:carry\s+out|launch|stage|mount|conduct)\s+(?:their|its|new|more|further))\s*$",
        re.IGNORECASE,
    )
)
#: "une série de frappes", "a series of raids": one set of acts told as such, not a trend.
_COUNTED_SET = re.compile(r"\b(?:une|a)\s+$", re.IGNORECASE)

#: Evacuating the wounded or the dead is care after an event, not aid to a party.
_CARE = re.compile(
    # Since 0.15.0 after a comma and up to five words: "et de neuf blessés, évacués vers",
    # "Deux autres agents, blessés par balles, ont été évacués".
    r"(?:blessée?s?|victimes?|corps|dépouilles?|wounded|injured|victims?|bodies)[\s,]+"
    r"(?:\S+[\s,]+){0,5}$",
    re.IGNORECASE,
)
#: The dead an act takes back: "Les corps de six d'entre eux ont été récupérés", "the
#: bodies were recovered".
_BODIES = re.compile(
    r"\b(?:corps|dépouilles?|restes|bodies|body|remains)\b[^.;:!?]{0,35}$", re.IGNORECASE
)
#: Troops as what is sent: "Des renforts ont été acheminés" moves forces, it aids no one.
_FORCES_SENT = re.compile(
    r"(?:renforts?|troupes?|soldats|militaires|reinforcements|troops)\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
#: A rescue done (not "sent to rescue"): captives freed by the forces, AID by the codebook.
_RESCUED = re.compile(r"(?:rescued|délivrée?s?)$", re.IGNORECASE)
#: "aid worker", "aid agency": the noun qualifies a person or body.
_AID_MODIFIER = re.compile(
    r"\s+(?:workers?|agenc(?:y|ies)|groups?|organi[sz]ations?|officials?|convoys?)\b",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"\s+(?:(?:on|late|early|last)\s+\w+\s+)?(?:a|an|its|their|the|new)\s+(?:\w+\s+)?"
    r"(?:statement|video|report|communiqué|audio|message|figures?|footage|recording|"
    r"document|list|findings|results|data|images?|photos?|pictures?|letter|note)\b",
    re.IGNORECASE,
)
#: The same things told before the participle: "In a statement released on Tuesday", "a
#: video released by the group", "the report, released on Monday" (since 0.59.0).
_PAPER_BEFORE = re.compile(
    r"\b(?:statements?|videos?|reports?|communiqués?|audio|messages?|figures|footage|"
    r"recordings?|documents?|lists?|findings|results|data|images|photos|pictures|"
    r"letters?|notes?|tally|toll|bulletin|update)\s*,?\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


#: A verb coordinated to what came before (since 0.59.0): "et appelé", "et a exhorté",
#: "and urged", "et a indiqué avoir sollicité".
_COORDINATED_ACT = re.compile(
    r"\b(?:et|and|puis)\s+(?:(?:a|ont|has|have|il|elle|ils|elles|l['’]|les?|leur|lui|y)\s+)*"
    r"(?:\w+\s+(?:avoir\s+)?)?$",
    re.IGNORECASE,
)


#: Verbal acts whose object may name another event ("called for their release").
_SAYING = frozenset({"REQUEST", "REJECT", "THREATEN"})
_OBJECT_GAP = re.compile(
    r"^\s*(?:(?:the|their|his|her|its|an?|immediate|le|la|les|leur|leurs|sa|son|ses|"
    r"l['’]|du|des|immédiate|"
    # Since 0.15.0: "réclamé lundi une enquête", "appelé à une enquête", "demande
    # l'ouverture d'une « enquête »".
    r"une?|à|aux?|de|d['’]|ouverture|«|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    # Since 0.34.0 a lifting asked for: "demandé la levée immédiate de la sanction".
    r"levée|abrogation|lifting|of|"
    r"hier|on\s+\w+day)\s*)*$",
    re.IGNORECASE,
)
_ANY = re.compile(r"\b(?:tout|toute|any)\s+$", re.IGNORECASE)
#: No act of the kind at all (since 0.63.0): "n'avait connu aucune attaque", "aucun
#: accord n'a été trouvé", "no arrests were made", "no new attack".
_NONE_OF = gated(
    re.compile(
        r"(?<![\w'’-])(?:aucune?|nulle?|no)\s+(?:(?:nouvelle|nouvel|nouveau|autre|new|other|"
        r"further|such)\s+)?$",
        re.IGNORECASE,
    )
)
#: Flight attempted during an attack, no one driven out (since 0.63.0): "les habitants
#: qui tentaient de fuir", "villagers trying to flee".
_TRIED_TO = re.compile(
    r"\b(?:tent\w*|essa\w*|cherch\w*|tri(?:ed|es)|trying|attempt\w*|sought|seeking)\s+"
    r"(?:de\s+|d['’]|to\s+)$",
    re.IGNORECASE,
)
_FLEE = re.compile(r"^(?:fui|fuy|fled|flee)", re.IGNORECASE)
#: Shops, schools or markets as the subject of an active "fermer"/"close" (since
#: 0.61.0): "de nombreux commerces ont fermé", "most shops have closed".
_CLOSED = re.compile(r"^(?:ferm(?:é|ée|és|ées|ent|aient|ait)|closed?)$", re.IGNORECASE)
_SHOPS_BEFORE = re.compile(
    r"\b(?:commerces|boutiques|magasins|écoles|marchés|banques|établissements|"
    r"stations-service|shops|stores|schools|markets|businesses|banks|traders|commerçants)"
    r"(?:\s+(?:scolaires|de\s+la\s+ville|du\s+quartier|in\s+the\s+town))?"
    r"\s+(?:(?:ont|avaient|have|had|also|aussi|également|ensuite|then|all|tous|toutes)\s+)*$",
    re.IGNORECASE,
)
#: A later moment of the same day, or the next, told in an act's sentence (since 0.61.0):
#: "later that day", "plus tard dans la journée", "dans l'après-midi", "le lendemain".
_LATER_THAT_DAY = gated(
    re.compile(
        r"\b(?:later\s+(?:that|the\s+same|in\s+the)\s+(?:day|evening|afternoon|night)|"
        r"hours\s+later|the\s+(?:next|following)\s+day|"
        r"plus\s+tard|quelques\s+heures\s+après|dans\s+l['’]après-midi|dans\s+la\s+soirée|"
        r"en\s+fin\s+de\s+journée|le\s+lendemain)\b",
        re.IGNORECASE,
    )
)
#: The condition a threat sets, between the threat and the act it asks for (since
#: 0.61.0): "si les milices ne déposent pas", "unless the militia withdrew".
_THREAT_CONDITION = re.compile(
    r"\b(?:unless|if|si|s['’]ils?|à\s+moins\s+qu|faute\s+de|sous\s+peine\s+de)\b",
    re.IGNORECASE,
)
#: A threat before the act it names (since 0.61.0): "threatened to", "threatened on
#: Monday to", "threatening again to".
_THREATENED_TO = re.compile(
    r"\bthreaten(?:ed|s|ing)?(?:\s+[\w'’]+){0,3}?\s+to\s+$",
    re.IGNORECASE,
)
#: A ban and the gatherings it covers, told in the plural: "a interdit mardi les
#: manifestations sur", "suspendu les réunions", "banned political meetings and".
_BANNED_BEFORE = re.compile(
    r"\b(?:interdi[rtse]\w*|suspend\w*|bann(?:ed|ing|s)?|ban|prohibit\w*|outlaw\w*)"
    r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|on\s+\w+day|\w+day))?"
    r"\s+(?:(?:toutes\s+)?les\s+|des\s+|all\s+)?(?:[a-zéèô-]+\s+)?"
    r"(?:(?:meetings|rallies|gatherings|protests|demonstrations|marches)\s+(?:and|or|et|ou)\s+"
    r"|(?:manifestations|réunions|rassemblements|marches|meetings)\s+(?:\w+\s+)?(?:et|ou)\s+(?:les\s+)?)?$",
    re.IGNORECASE,
)


#: Fighters gathered: "ont frappé un rassemblement de combattants de l'EIGS", "a
#: gathering of militants": what was struck, not a protest.
_FIGHTERS = re.compile(
    r"\s+(?:de|d['’]|des|of)\s*(?:\S+\s+)?(?:combattants|terroristes|jihadistes|djihadistes|"
    r"hommes\s+armés|assaillants|insurgés|fighters|militants|jihadists|terrorists|insurgents)\b",
    re.IGNORECASE,
)
#: A superlative that ranks an event, as the predicate of a copula or among others: "It
#: was the deadliest attack", "one of the deadliest attacks", "C'est la pire attaque", "Il
#: s'agit de l'attaque la plus meurtrière" (not "the worst fighting in years erupted",
#: which tells the event).
_RANKED = (
    r"\b(?:(?:it|this|that)\s+(?:was|is|has\s+been)|(?:one|among)\s+of|c['’]est|"
    r"il\s+s['’]agit\s+d(?:e\s+|['’])|l['’]une?\s+des|parmi\s+les|marks?|marqu\w+)\s*"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’])?"
)
_SUPERLATIVE_BEFORE = gated(
    re.compile(
        _RANKED + r"(?:deadliest|bloodiest|worst|most\s+(?:deadly|serious|violent)|pire|"
        r"plus\s+(?:grave|meurtri\w*|sanglant\w*|lourd\w*|violent\w*))\s+$",
        re.IGNORECASE,
    )
)
_RANKED_BEFORE = re.compile(_RANKED + r"$", re.IGNORECASE)
_SUPERLATIVE_AFTER = re.compile(
    r"\s+(?:la|le|les)\s+plus\s+(?:meurtri\w*|sanglant\w*|lourd\w*|grave\w*|violent\w*)",
    re.IGNORECASE,
)
#: A gathering struck: "a visé un rassemblement", "struck a gathering" (the strike's
#: target, a wedding or a market day as often as a crowd of protesters).
_STRUCK_BEFORE = re.compile(
    r"\b(?:visée?s?|visant|frappée?s?|frappant|ciblée?s?|ciblant|bombardée?s?|bombardant|"
    r"pilonnée?s?|targeted|targeting|struck|striking|hit|hitting|bombed|bombing)\s+"
    r"(?:un|une|le|la|l['’]|a|an|the)\s*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: What makes a struck gathering a protest all the same: "un rassemblement de manifestants".
_PROTESTERS = re.compile(
    r"\s+(?:de|d['’]|des|of)\s*(?:\S+\s+)?(?:manifestants|protestataires|partisans|"
    r"militants\s+(?!islamistes)|grévistes|protesters|demonstrators|supporters|strikers)\b",
    re.IGNORECASE,
)
#: A reflexive right before a verb, with its auxiliary and negation ("ne se sont jamais
#: manifestés": "se manifester" is coming forward, not demonstrating; "s'est retiré").
REFLEXIVE = re.compile(
    r"\b(?:se|s['’])\s*(?:(?:ne|n['’]|y|sont|est|soient|soit|étaient|était|seront|sera|"
    r"serait|seraient|pas|jamais|plus|encore|toujours|déjà|guère)\s*)*$",
    re.IGNORECASE,
)
_MANIFEST = re.compile(r"^manifest(?:e|é|a|o|i|er|ez|ons|ent)", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.;:!?»«]")
#: "une opération", "a military operation": an assault only when it fought (0.17.0).
_OPERATION = re.compile(r"^(?:opérations?|military\s+operations?)\b", re.IGNORECASE)
#: Air support told with an operation: "l'opération, appuyée par des hélicoptères".
_AIR_SUPPORT = re.compile(
    r"\b(?:appuyée?s?\s+par\s+(?:des|les|l['’])\s*(?:hélicoptères|aéronefs|drones|aviation|"
    r"vecteurs\s+aériens|moyens\s+aériens)|supported\s+by\s+(?:helicopters|drones|aircraft))",
    re.IGNORECASE,
)


def _written_sentence(text: str, t: Trigger) -> tuple[int, int]:
    """The span of the sentence, as written (between full stops or line ends), around
    trigger ``t``: before any parse, or where the parse may cut a sentence in two."""
    start = max(text.rfind(". ", 0, t.start), text.rfind("\n", 0, t.start)) + 1
    ends = [e for e in (text.find(". ", t.end), text.find("\n", t.end)) if e >= 0]
    return start, min(ends, default=len(text))


#: The gathering words of the PROTEST lexicon (lemmas as written there).
_GATHERINGS = frozenset({"gather", "rassemblement", "se rassembler", "rally"})
#: What a crowd gathers for that is no protest (since 0.62.0): a funeral, a burial, a
#: prayer, a ceremony, told a few words after the gathering.
_MOURNING = re.compile(
    r"[^.;!?\n]{0,50}?\b(?:funérailles|obsèques|inhumation|enterrement|prières?|"
    r"cérémonie|funerals?|burials?|prayers?|ceremony)\b",
    re.IGNORECASE,
)


def mourning_gathering(text: str, t: Trigger) -> bool:
    """Whether a gathering is for a funeral, a burial, a prayer or a ceremony ("Thousands
    gathered in Niamey for the funeral of 17 soldiers", "un rassemblement pour les
    obsèques des victimes"): no protest, and no event of the codebook (since 0.62.0)."""
    return (
        t.label == "PROTEST"
        and t.phrase in _GATHERINGS
        and _MOURNING.match(text, t.end) is not None
    )


#: What people gather at or for in daily life (since 0.62.0): a market, a fair, a
#: wedding, a well; wood or water they gather.
_ORDINARY_GATHERED = re.compile(
    r"\b(?:markets?|fairs?|weddings?|baptisms?|water\s+points?|wells?|(?:fire)?wood|water|"
    r"crops|harvest|marchés?|foires?|mariages?|baptêmes?|puits|bois)\b",
    re.IGNORECASE,
)
#: What makes a gathering a protest wherever it is: what the crowd demands or denounces,
#: its slogans and banners, whom it backs.
_PROTEST_AIM = re.compile(
    r"\b(?:protest|demand|denounc|condemn|call(?:ed|ing|s)?\s+for|against|in\s+support|"
    r"to\s+(?:back|support)|chant|slogan|banner|placard|manif|réclam|dénonc|exig|contre|"
    r"soutien|scand|pancarte|banderole)",
    re.IGNORECASE,
)
#: How far before a gathering word its sentence is searched for the market or fair
#: (characters): "The strike hit the fair at Dallah, ..., when several hundred people had
#: gathered".
_ORDINARY_BEFORE = 150


def ordinary_gathering(text: str, t: Trigger) -> bool:
    """Whether a gathering is people at a market, a fair, a wedding, or gathering wood
    or water ("opened fire on residents gathered at the market", "women who were
    gathering wood"): no protest when its sentence tells no demand, slogan or support
    (since 0.62.0)."""
    if t.label != "PROTEST" or t.phrase not in _GATHERINGS:
        return False
    lo, hi = _written_sentence(text, t)
    return (
        _ORDINARY_GATHERED.search(text, max(lo, t.start - _ORDINARY_BEFORE), min(hi, t.end + 60))
        is not None
        and _PROTEST_AIM.search(text, lo, hi) is None
    )


def aimed_without_force(text: str, t: Trigger) -> bool:
    """Whether ``t`` is "viser" or "target" told otherwise than as the passive of an
    attack on a place (since 0.60.0): "les localités visées", "vise à", "visé par une
    enquête", "targeted sanctions", "des frappes ont visé la colonne" (the strike is the
    trigger). Kept: "le village voisin a également été visé", "was also targeted"."""
    if t.phrase not in ("viser", "target"):
        return False
    lo = max(text.rfind(".", 0, t.start), text.rfind("\n", 0, t.start)) + 1
    return (
        not _AIMED.match(t.text)
        or not _AIMED_PASSIVE.search(text, max(0, t.start - 40), t.start)
        or _AIMED_UNARMED.match(text, t.end) is not None
        # "visée par un engin explosif", "par une attaque": the device or the attack
        # named after it is the trigger.
        or (_AIMED_BY.match(text, t.end) is not None and _AIMED_BY_ARMED.match(text, t.end) is None)
        # "C'est la deuxième fois que ce détachement est visé", "have increasingly been
        # targeted": a recurrence, no one act.
        or _AIMED_AGAIN.search(text, lo, t.start) is not None
    )


def idle_arrival(text: str, t: Trigger) -> bool:
    """Whether ``t`` is "arriver" or "reach" with no relief convoy or relief goods
    before it in its sentence: someone or something arrives, no aid is delivered. Only
    a relief convoy or its goods that arrive ("Un convoi de vivres est arrivé mardi à
    Djibo", "A relief convoy reached Léré") deliver aid (since 0.63.0). Told before the
    arguments are linked, so that an idle arrival takes no one's actor or place."""
    if t.label != "AID" or _ARRIVAL.match(t.text) is None:
        return False
    start, end = _written_sentence(text, t)
    if _RELIEF_BEFORE.search(text, start, t.start):
        return False
    # Since 0.67.0 a convoy, escorted or not, whose goods are told after the arrival:
    # "Un convoi de 150 camions escorté par les FDS est arrivé dimanche à Djibo,
    # apportant vivres et médicaments", "A convoy escorted by soldiers reached the town
    # carrying food" (corpus notes, round 15: "An escorted convoy that reaches a
    # besieged town is AID ..., triggered on the verb of arrival").
    return not (
        _CONVOY_BEFORE.search(text, start, t.start) and _RELIEF_AFTER.match(text, t.end, end)
    )


#: A call (since 0.67.0, :func:`called_protest`): "appeler", "call for", "call on".
_CALL = re.compile(r"^(?:appel|call)", re.IGNORECASE)
#: Between a call and the protest it calls for: who is called and "à", "for" or "to",
#: and a few words ("appelle ses militants à observer une journée « ville morte »",
#: "appelé les étudiants de toutes les facultés à boycotter", "called for a "ville
#: morte" stay-at-home").
_CALLED_TAIL = r"\s+(?:(?!(?:et|and|puis|then)\s)[^\s.;:!?]+\s+){0,4}?"
_CALLED_TO = re.compile(r"[^.;:!?\n]{0,60}?\b(?:à|au|aux|for|to)" + _CALLED_TAIL, re.IGNORECASE)
#: A call whose trigger ends on its preposition: "called for | a general strike".
_CALL_FOR = re.compile(r"\b(?:for|on|upon)$", re.IGNORECASE)
_CALLED_TAIL_ONLY = re.compile(_CALLED_TAIL, re.IGNORECASE)
#: A call to end, avoid or calm a protest, or one told after it: no protest called for.
_NOT_CALLED = re.compile(
    r"\b(?:lev\w*|suspen\w*|fin|arrêt\w*|cess\w*|renonc\w*|annul\w*|évit\w*|calme|"
    r"retenue|off|end(?:ing)?|calm|restraint|avoid\w*|after|après|suite|contre|against|"
    r"sécuris\w*|protég\w*|protect\w*|encadr\w*)\b",
    re.IGNORECASE,
)


def called_protest(
    text: str, call: Trigger, protest: Trigger, triggers: Sequence[Trigger] = ()
) -> bool:
    """Whether ``protest`` is the protest the request ``call`` calls for: "appelait à
    manifester samedi", "appelle ses militants à observer une journée « ville morte »",
    "called for a stay-at-home protest on Monday" (since 0.67.0): the protest to come
    is the event (corpus notes, PROTEST `future`), not a REQUEST. Not a call to lift,
    avoid or calm it ("appelé à la levée du mot d'ordre de grève"), nor a protest after
    another act of ``triggers`` ("appelé les organisations à venir en aide aux déplacés
    et interdit tout rassemblement")."""
    if call.label != "REQUEST" or protest.label != "PROTEST" or not _CALL.match(call.text):
        return False
    if protest.start < call.end or protest.start - call.end > 90:
        return False
    if _CALLED_TO.fullmatch(text, call.end, protest.start) is None and not (
        _CALL_FOR.search(call.text)
        and _CALLED_TAIL_ONLY.fullmatch(text, call.end, protest.start) is not None
    ):
        return False
    if any(call.end <= u.start < protest.start for u in triggers):
        return False
    return _NOT_CALLED.search(text, call.end, protest.start) is None


#: Between the force used on a protest and the protest: "la dispersion d'un", "the
#: dispersal of a" (since 0.67.0, :func:`dispersed_protest`).
_OF_THE_PROTEST = re.compile(
    r"\s+(?:d['’]une?\s+|de\s+la\s+|de\s+l['’]|du\s+|des\s+|of\s+(?:a|an|the)\s+)",
    re.IGNORECASE,
)


def dispersed_protest(text: str, t: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether ``t`` is a protest named by the force used on it ("lors de la dispersion
    d'un *sit-in*"): the dead, wounded and arrested told with it are the force's, not
    the protest's (codebook, PROTEST: force used against protesters is a separate event);
    since 0.67.0."""
    return t.label == "PROTEST" and any(
        u.label in ("ASSAULT", "COERCE")
        and u.end < t.start
        and _OF_THE_PROTEST.fullmatch(text, u.end, t.start) is not None
        for u in triggers
    )


def idle_taking(text: str, t: Trigger) -> bool:
    """Whether ``t`` is the lexicon's generic "prendre", "take" or "recover" with no
    goods as its object, or in a form that tells no seizure: no event. Since 0.67.0
    they are a seizure (COERCE seize) only with goods taken: "ont fouillé les cases et
    pris son téléphone et l'argent", "took medicines and two motorbikes", "The vehicle
    and the phones were taken", "recovered weapons and several motorcycles"; not "pris
    la fuite à moto", "took part", "taken to hospital", "recovered the bodies", nor the
    present of a habit ("on nous prend nos animaux"). Told before the arguments are
    linked, so that an idle verb takes no one's date or place."""
    if t.label != "COERCE" or t.phrase not in _TAKE:
        return False
    return not (
        _TAKE_TOLD.fullmatch(t.text.strip())
        and (
            _TAKEN_GOODS_AFTER.match(text, t.end)
            or _TAKEN_GOODS_BEFORE.search(text, max(0, t.start - 80), t.start)
        )
    )


def unfought_operation(text: str, t: Trigger, mentions: Sequence[Mention]) -> bool:
    """Whether ``t`` is an operation that did not fight: "une opération de recrutement",
    "l'opération Barkhane". Dropped before any other step, so that the act it names
    ("recrutement") is not taken for a mere part of it. An operation fought when its
    sentence counts dead ("une opération de sécurisation au cours de laquelle une
    dizaine de terroristes ont été neutralisés") or tells air support for it."""
    if t.label != "ASSAULT" or not _OPERATION.match(t.text):
        return False
    return not _operation_fought(text, t, mentions)


#: A police raid named again: "The raid followed a tip-off", "ce raid", "la descente".
_RAID = re.compile(r"^(?:raids?|descentes?|coups?\s+de\s+filet)$", re.IGNORECASE)
_THE_RAID = re.compile(r"\b(?:the|this|that|le|la|ce|cette|l['’])\s*$", re.IGNORECASE)


def raid_of_arrests(
    text: str, t: Trigger, triggers: Sequence[Trigger], mentions: Sequence[Mention]
) -> bool:
    """Whether ``t`` is a raid named again after the seizure or the arrests it made,
    with no fighting told (since 0.61.0): "Police seized weapons and arrested three
    suspects. The raid followed a tip-off" is one COERCE act, not an ASSAULT beside it.
    Kept: a raid whose sentence counts dead, or after an attack already told."""
    if t.label != "ASSAULT" or not _RAID.match(t.text):
        return False
    if not _THE_RAID.search(text, max(0, t.start - 8), t.start):
        return False
    start, end = _written_sentence(text, t)
    lo = max(0, text.rfind("\n", 0, max(0, start - 1)) + 1)
    before = [u for u in triggers if lo <= u.start < start]
    if not any(u.label == "COERCE" for u in before) or any(u.label == "ASSAULT" for u in before):
        return False
    return not any(
        m.label == "CASUALTY"
        and start <= m.start < end
        and m.choices.get(EntityAttribute.CASUALTY_KIND, [""])[0] in ("killed", "injured")
        for m in mentions
    )


#: The lexicon's phrases of a sentence told by its term (since 0.69.0): "a écopé de six
#: mois avec sursis", "vingt ans de prison ferme", "got a suspended sentence".
_TERM_PHRASES = frozenset({
    "écoper de", "prison ferme", "prison avec sursis", "suspended sentence",
})  # fmt: skip


def sentence_told_again(text: str, t: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether ``t`` is a prison term told after the conviction of its trial, in its
    paragraph or the one before (since 0.69.0): "La cour a condamné l'opposant à cinq ans. Ses deux
    co-prévenus ont écopé de six mois avec sursis", "reconnus coupables ... Le principal
    accusé écope de vingt ans de prison ferme". The trial's conviction is one event
    with all the sentenced; told alone ("L'ex-ministre a écopé de sept ans de prison
    ferme"), the term is the conviction."""
    if t.label != "SANCTION" or t.phrase not in _TERM_PHRASES:
        return False
    # The term's paragraph and the one before: the lead tells the conviction, the next
    # paragraph the co-defendants' terms.
    own = text.rfind("\n", 0, t.start)
    lo = text.rfind("\n", 0, max(0, own)) + 1 if own > 0 else 0
    return any(
        lo <= u.start < t.start
        # "condamné ... à cinq ans" is read as a conviction only later (relabel).
        and ((u.label == "SANCTION" and u.mode == "convict") or u.phrase.startswith("condamn"))
        for u in triggers
        if u is not t
    )


#: An operation launched or led ("a lancé une vaste opération", "ont mené une opération
#: aéroterrestre"): the act of force itself (codebook, actor: "Les FAMa ... ont mené une
#: opération dans la zone de Ménaka"), since 0.59.0; not one of another kind
#: (_CIVIL_OPERATION).
_LAUNCHED_BEFORE = re.compile(
    r"\b(?:lanc(?:é|ée|ées|és|er|e|ent)|m[eè]n(?:é|ée|ées|és|er|e|ent)|"
    r"conduit(?:e|es|s)?|conduire|déclench(?:é|ée|ées|és|er|e|ent)|"
    r"launch(?:ed|es|ing)?|conduct(?:ed|s|ing)?|carr(?:y|ied|ies|ying)\s+out|mount(?:ed|s)?)\s+"
    r"(?:(?:\w+|l['’]\w+)\s+){0,4}?(?:une|des|l['’]|cette|leur|son|sa|ses|leurs|an|a|its|"
    r"their|the)\s*"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Operations that are no use of force: "une opération de recrutement", "de distribution".
_CIVIL_OPERATION = re.compile(
    r"s?\s+(?:\w+\s+)?(?:de|d['’]|du|des)\s*(?:recrutement|distribution|vaccination|"
    r"sensibilisation|déguerpissement|recensement|dépistage|salubrité|assainissement|"
    r"enrôlement|reboisement|évacuation|rapatriement|retour|secours|ravitaillement|vote|"
    r"identification|désarmement|déminage|charme|nettoyage|vente|dons?|cession|"
    r"contrôle|escorte|transport)|s?\s+(?:humanitaires?|financières?|bancaires?|"
    r"chirurgicales?|commerciales?|électorales?)\b",
    re.IGNORECASE,
)


def _operation_fought(text: str, t: Trigger, mentions: Sequence[Mention]) -> bool:
    """Whether the military operation ``t`` names fought (:func:`unfought_operation`)."""
    start, end = _written_sentence(text, t)
    if _AIR_SUPPORT.search(text, t.end, end):
        return True
    if _LAUNCHED_BEFORE.search(text, max(start, t.start - 60), t.start) and not (
        _CIVIL_OPERATION.match(text, t.end)
    ):
        return True
    return any(
        m.label == "CASUALTY"
        and start <= m.start < end
        and m.choices.get(EntityAttribute.CASUALTY_KIND, [""])[0] == "killed"
        for m in mentions
    )


#: Arriving, aid only after a relief convoy or relief goods (since 0.63.0), or a convoy
#: whose goods follow (since 0.67.0, "atteindre" too: "a pu atteindre Diapaga").
_ARRIVAL = re.compile(r"^(?:arriv|reach|atteind|atteint)", re.IGNORECASE)
_RELIEF_BEFORE = re.compile(
    r"(?:\b(?:convois?|camions?|convoys?|trucks?)\s+(?:\w+\s+){0,2}?(?:humanitaires?|"
    r"de\s+vivres|d['’]aide|alimentaires?|de\s+céréales|de\s+l['’]aide|"
    r"du\s+PAM|of\s+(?:food|aid|relief)|(?:carrying|with)\s+(?:food|aid|relief))|"
    r"\b(?:relief|aid|humanitarian|food|supply|WFP)\s+(?:convoys?|trucks?|supplies|shipments?)|"
    r"\b(?:vivres|l['’]aide\s+humanitaire|humanitarian\s+aid|food\s+aid))"
    r"\b[^.;\n]{0,80}$",
    re.IGNORECASE,
)
#: A convoy before the arrival (its goods told after it, :func:`idle_arrival`): "Un
#: convoi d'environ 150 camions escorté par les FDS", "Le reste du convoi, escorté par
#: l'armée,", "A column of trucks under army escort".
_CONVOY_BEFORE = re.compile(
    r"\b(?:convois?|colonnes?|camions?|citernes?|convoys?|columns?|trucks?|lorries)\b"
    r"[^.;\n]{0,120}$",
    re.IGNORECASE,
)
#: Relief goods brought, told after the arrival in its sentence: "apportant vivres,
#: médicaments et carburant", "avec plus de 200 camions de vivres", "y décharger des
#: vivres", "carrying food and medicine".
_RELIEF_AFTER = re.compile(
    r"[^.;\n]{0,120}?\b(?:vivres|médicaments|denrées|céréales|intrants|aide\s+humanitaire|"
    r"food|medicines?|medical\s+supplies|relief\s+(?:supplies|goods)|humanitarian\s+aid)\b",
    re.IGNORECASE,
)
#: "remettre" alone, aid only when goods are handed over in its clause: "a remis
#: mercredi à Pama des vivres et des kits", "a remis à chaque ménage un kit" (0.17.0).
_HAND_OVER = re.compile(r"^(?:remis|remise|remises|remet|remett)\w*$", re.IGNORECASE)
_AID_GOODS = re.compile(
    r"[^.;\n]{0,60}?\b(?:vivres|kits?|dons?|médicaments|intrants|semences|denrées|vaccins|"
    r"moustiquaires|couvertures|nattes|vêtements|chèques?|tonnes|sacs|"
    # Since 0.60.0 money handed over: "a remis une enveloppe de cinq millions de francs".
    r"enveloppes?|francs|fcfa|rations|abris|ustensiles|vivres)\b",
    re.IGNORECASE,
)
#: A finite past auxiliary right before a verb (a word may stand between): "a ravitaillé",
#: "ont ensuite ravitaillé".
_DONE = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: "réunir" alone (not "se réunir", REFLEXIVE_BEFORE), a meeting only when people are
#: gathered (GATHERING) or sit in session (_IN_SESSION).
_IN_SESSION = re.compile(
    r"\s+(?:en\s+(?:session|conclave|assemblée|sommet|congrès|conseil)|à\s+huis\s+clos)\b",
    re.IGNORECASE,
)
#: "Les manifestants, réunis à l'appel d'une association": gathered to march, not to meet.
_AT_CALL = re.compile(r"\s+(?:à\s+l['’]appel|sur\s+l['’]appel)", re.IGNORECASE)
#: "recevoir" alone, a meeting only when people are received or receive.
_RECEIVE = re.compile(r"^re[çc]", re.IGNORECASE)
_BY_SOMEONE = re.compile(r"\s+(?:\S+\s+){0,2}?(?:par|by)\s+", re.IGNORECASE)
#: "a été reçu samedi à N'Djamena par son homologue", "Reçus en fin de journée par le
#: préfet": received by whoever a determiner opens, a day or a place between (0.17.0).
_BY_DETERMINED = re.compile(
    r"(?:\s*,?\s+[^\s,.;]+){0,5}?\s*,?\s+par\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|un|une)\b",
    re.IGNORECASE,
)
#: "before fleeing": what the attackers did last, not an event of its own (English; the
#: French "avant de se replier" is read from the parse).
_BEFORE = re.compile(r"\bbefore\s+$", re.IGNORECASE)


#: English "received" with guests or a host (since 0.60.0): "received a Russian military
#: delegation", "was received by the prime minister", "received his Malian counterpart";
#: not "received threats", "received food aid".
_EN_GUESTS = re.compile(
    r"\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday)\s+)?(?:in\s+audience\s+)?(?:by\s+)?(?:the|a|an|his|her|their|its)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:delegations?|envoys?|ambassadors?|ministers?|counterparts?|"
    r"presidents?|prime\s+minister|leaders?|representatives|officials|chiefs|head\s+of|"
    r"special\s+representative|emissar(?:y|ies)|mission)\b",
    re.IGNORECASE,
)


def _received(text: str, t: Trigger, people: Sequence[Mention]) -> bool:
    """Whether "recevoir" has a person or an organisation as agent ("Reçus vendredi par le
    préfet") or object ("a reçu une délégation des grévistes"); likewise English
    "received" ("received a delegation", "was received by the president")."""
    if _BY_DETERMINED.match(text, t.end) or GUESTS_PRONOUN.search(
        text, max(0, t.start - 20), t.start
    ):
        return True
    if t.text[:1] in "rR" and t.text[2:3] == "c" and _EN_GUESTS.match(text, t.end):
        return True
    after = _BY_SOMEONE.match(text, t.end)
    near = after.end() if after else t.end
    return any(
        (
            0 <= m.start - near <= 12
            and not text[near : m.start].strip(" ,").count(" ") > 1
            and not _SENTENCE_BREAK.search(text, near, m.start)  # "seront réunies ». Les"
        )
        # "a reçu mercredi au palais présidentiel de Nouakchott le ministre": a day and a
        # place before the visitor (since 0.11.0).
        or (0 <= m.start - near <= 90 and _WHEN_WHERE.fullmatch(text, near, m.start) is not None)
        for m in people
    )


#: A day and a place between "reçu" and whom: "mercredi matin", "au palais de Koulouba".
_WHEN_WHERE = re.compile(
    # "ce mercredi matin" since 0.14.0.
    r"(?:\s+(?:(?:ce|cet|cette)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|soir|"
    r"après-midi|en\s+audience|dans\s+la\s+matinée|dans\s+la\s+soirée"
    r"|en\s+(?:fin|début)\s+(?:de\s+matinée|de\s+journée|de\s+soirée|d['’]après-midi)))*"
    r"(?:\s*,?\s+(?:au|à\s+la|à\s+l['’]|à|dans\s+les?|dans\s+la)\s+[^,.;]{0,60}?)?\s*,?\s+"
    # Since 0.60.0 the partitive the visitors' span leaves out: "a reçu hier mercredi
    # des | représentants des déplacés".
    r"(?:des\s+|d['’])?",
    re.IGNORECASE,
)


#: "se réclamant du JNIM": a claim of allegiance, not a demand.
_RECLAIM = re.compile(r"^réclam", re.IGNORECASE)
_SE = re.compile(r"\bse\s+$", re.IGNORECASE)
#: An English protest, then the infinitive of what it asks for ("marched ... to demand").
_MARCHED_TO = gated(
    re.compile(
        r"\b(?:marched|protested|rallied|demonstrated|took\s+to\s+the\s+streets|walked\s+out|"
        r"went\s+on\s+strike|staged\s+(?:a\s+)?(?:\w+\s+)?(?:protest|strike|sit-in|march|rally))"
        r"\b[^.;:]{0,120}?\bto\s+$",
        re.IGNORECASE,
    )
)
#: An English request, its addressee, then the infinitive of what it asks (the French
#: "appelé le gouvernement à déployer" is read in the parse): "called on the government
#: to deploy more troops", "urged the kidnappers to free".
_ASKED_TO = gated(
    re.compile(
        r"\b(?:called\s+(?:on|upon)|urged|urging|asked|appealed\s+to|pressed|implored|"
        r"demanded\s+that)\s+[^.;:!?]{1,80}?\bto\s+(?:\w+ly\s+)?$",
        re.IGNORECASE,
    )
)
#: What an effort is made to obtain is no act yet (since 0.56.0): "tout mettre en œuvre
#: pour obtenir leur libération", "afin d'obtenir la levée des sanctions", "to secure the
#: release". Only the infinitive: "a obtenu la libération" tells a release.
_SOUGHT = gated(
    re.compile(
        r"(?:\b(?:pour|afin\s+d['’e]|en\s+vue\s+d['’e])\s*(?:[\w'’]+\s+){0,2}?"
        r"(?:obtenir|arracher|négocier|faciliter)|"
        r"\bto\s+(?:help\s+)?(?:secure|obtain|negotiate|win|facilitate))\s+"
        r"(?:la|le|les|l['’]|leur|leurs|sa|son|ses|the|their|his|her)\s*$",
        re.IGNORECASE,
    )
)
#: What people fear is no act: "for fear of abduction", "par peur des enlèvements".
_FEAR_OF = gated(
    re.compile(
        r"\b(?:for\s+fear\s+of|fearing|afraid\s+of|par\s+(?:peur|crainte)|de\s+(?:peur|crainte)|"
        r"craignant|redoutant|(?:la|leur|sa)\s+(?:peur|crainte))\s*"
        r"(?:(?:des|de|du|d['’]|les|une?|new|further|an?|the|nouvelles?|nouveaux|d['’]autres)\s*)*$",
        re.IGNORECASE,
    )
)
#: An article contracted with its preposition: "en marge du sommet", "au sommet".
_CONTRACTED = re.compile(r"\b(?:du|au|aux)\s+$", re.IGNORECASE)
#: The score of an actor a claim, an attribution or the parse gives (``arguments``).
_NAMED_AUTHOR = 0.7
#: The modes of a strike from the air, which one happening may be told in.
_FROM_THE_AIR = frozenset({"drone", "aerial"})
#: Aircraft as the subject right before an act (since 0.59.0): "Les vecteurs aériens ont
#: détruit", "l'aviation a frappé", "air force jets struck".
_AIRCRAFT_WORDS = (
    r"\b(?:vecteurs?\s+aériens|moyens\s+aériens|aviation|aéronefs?|hélicoptères?|avions?|"
    r"drones?|air\s+force|jets?|warplanes?|aircraft|helicopters?|aériens?|aériennes?|air)\b"
)
_AIRCRAFT = re.compile(_AIRCRAFT_WORDS, re.IGNORECASE)
#: Since 0.61.0 a vehicle or a walker on a mine: "a sauté sur une mine", "heurté un
#: engin explosif", "hit a landmine" (the lexicon's phrases of ASSAULT explosives).
_ON_A_MINE = re.compile(
    r"^(?:saut|heurt|percut|roul|march|touch|hit|struck|ran\s+over)\w*\s+"
    r"(?:sur\s+|par\s+)?(?:une?|an?)\s+(?:mine|engin|landmine|improvised|IED)",
    re.IGNORECASE,
)
#: Since 0.66.0 strikes from the air told as aimed at the fighters (in flight, grouped,
#: at their bases) or as the support of a riposte: "des frappes de drone sur les colonnes
#: en repli", "des frappes aériennes sur des regroupements terroristes", "la riposte,
#: appuyée par des frappes aériennes". The army's strikes, not the attackers' raid.
_ON_THE_FIGHTERS = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:«\s*)?(?:sur|contre|visant|ciblant|against|on|targeting)\s+"
    r"(?:les?|la|des|leurs?|une?|the|their|a)?\s*(?:[\w'’-]+\s+){0,2}?"
    r"(?:colonnes?|regroupements?|positions?|bases?|repaires?|fuyards|assaillants|"
    r"terroristes|jihadistes|djihadistes|combattants|fighters|militants|attackers|"
    r"columns?|hideouts?)\b",
    re.IGNORECASE,
)
_SUPPORTING = gated(
    re.compile(
        r"\b(?:appuyée?s?\s+par|avec\s+l['’]appui\s+(?:de|d['’])|grâce\s+(?:à|aux)|"
        r"backed\s+by|supported\s+by|with\s+the\s+support\s+of)\s+(?:des?|d['’]|une?|les?)?\s*$",
        re.IGNORECASE,
    )
)
_AIRCRAFT_SUBJECT = gated(
    re.compile(
        _AIRCRAFT_WORDS
        + r"(?:\s+[\w'’-]+){0,4}?\s+(?:a|ont|have|has|also|then|ensuite|également|aussi)?\s*$",
        re.IGNORECASE,
    )
)
#: Tyres set on fire: a protest's barricade.
_TYRES = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:des\s+|de\s+|les\s+)?(?:pneus|pneumatiques|tyres|tires)\b",
    re.IGNORECASE,
)
#: A plan told by "prévoir de" ("prévoit de distribuer", AGREE: the promise of aid).
_PLANNING = re.compile(r"^prévo[iy]", re.IGNORECASE)
#: A text whose provisions "prévoit" tells (since 0.56.0): "L'accord prévoit des
#: patrouilles conjointes", "l'arrêté prévoit"; what a document says is its content, no
#: promise of its own.
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:l['’](?:accord|arrêté|ordonnance)|le\s+(?:texte|décret|protocole|plan|budget|"
    r"programme|projet|mémorandum|traité|document|communiqué)|la\s+(?:mesure|loi|feuille\s+de\s+"
    r"route|convention|charte|déclaration|résolution|décision))"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:qui|également|aussi|notamment|en\s+outre)\s+)*$",
    re.IGNORECASE,
)
#: The nouns of a protest one organises.
_PROTEST_NOUNS = r"(?:marches?|manifestations?|rassemblements?|sit-in|meetings?|grèves?)"
#: ... of a protest: "prévoyait d'organiser une marche", "prévoient de manifester".
_PROTEST_PLANNED = re.compile(
    r"\s*(?:de\s+|d['’])?\s*(?:organiser\s+(?:une?\s+|des\s+|la\s+|le\s+)?(?:\w+\s+)?"
    + _PROTEST_NOUNS
    + r"|manifester|marcher|se\s+rassembler)\b",
    re.IGNORECASE,
)
#: ... or told before it, in a relative clause: "une marche que la coalition prévoyait
#: d'organiser".
_ORGANISE = re.compile(r"\s*(?:de\s+|d['’])?\s*(?:organiser|tenir)\b", re.IGNORECASE)
_PROTEST_THAT = re.compile(
    r"\b" + _PROTEST_NOUNS + r"\s+(?:qu['’]|que\s+)[^.;]{0,60}$", re.IGNORECASE
)
#: Aid stopped or wanting: "l'interruption des distributions", "le manque d'aide",
#: "the lack of aid", "cuts to food aid".
_AID_STOPPED = re.compile(
    r"\b(?:interruption|arrêt|manque|absence|insuffisance|baisse|réduction|fin|pénurie|"
    r"lack|shortage|halt|cuts?|suspension)\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’]|"
    r"of(?:\s+the)?|in(?:\s+the)?|to)\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: What something is called: "qualifié de", "described as".
_CALLED_AS = re.compile(
    r"\b(?:qualifi\w*|considér\w*|called|described|branded)\s+(?:de\s+|d['’]|comme\s+|as\s+)"
    r"(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
#: "à l'aide de", "avec l'aide d'": a means or a hand in the act, no aid given.
_WITH_THE_HELP = re.compile(r"\b(?:à|a|avec)\s+l['’]$", re.IGNORECASE)
_OF = re.compile(r"\s+(?:de|d['’]|des|du)", re.IGNORECASE)
_REINFORCEMENT = re.compile(r"^(?:renforts?|reinforcements?)$", re.IGNORECASE)
_ARRIVAL_OF = re.compile(
    r"(?:\barrivée\s+(?:des|de|du|d['’])\s*|\ben\s+|\barrival\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_AIR_OR_CAME = re.compile(r"\s+(?:aériens?|venus?\s+d|arrivés?\s+d|air\b)", re.IGNORECASE)
_DEPLORE = re.compile(r"^(?:déplor|deplor)\w*$", re.IGNORECASE)
#: A closing quote and its comma right before the verb: the verb tags the quote's speaker.
_QUOTE_TAG = re.compile(r"[»”\"]\s*,?\s*$")
_TO_DEPLORE = re.compile(r"\bà\s+$", re.IGNORECASE)
#: A count right after the verb: "déplorent 3 militaires tombés", "deplored two dead".
_LOSSES_AFTER = re.compile(
    r"\s+(?:la\s+perte\s+|la\s+mort\s+|the\s+(?:loss|death)\s+)?(?:de\s+|of\s+)?"
    # Since 0.30.0 a qualified or vague count, or losses named as such: "On déplore au
    # moins huit morts", "déplore des dizaines de victimes", "de lourdes pertes".
    r"(?:(?:au\s+moins|plus\s+de|près\s+de|environ|at\s+least|more\s+than|some|about)\s+)?"
    r"(?:\d+|"
    r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|one|two|three|four|five|"
    r"several|des\s+(?:dizaines|centaines|victimes|morts|blessés|pertes)|"
    r"(?:de\s+)?(?:lourdes|nombreuses)\s+pertes|heavy\s+losses|casualties|dozens)\b",
    re.IGNORECASE,
)
_DISINFORMATION = re.compile(r"^(?:désinformation|disinformation)$", re.IGNORECASE)
#: Words that call something by a name: "qualifie de", "relèvent d'", "il s'agit d'",
#: "dénonce", "called it".
_CALLED = re.compile(
    r"\b(?:qualifi\w*|relèv\w*|relev\w*|s['’]agit|dénonc\w*|parl\w*|évoqu\w*|"
    r"call\w*|describ\w*|dismiss\w*)\b[^.;]*$",
    re.IGNORECASE,
)
#: "détenu(s)": the participle of a detention, a state unless told as done.
_HELD = re.compile(r"^détenue?s?$", re.IGNORECASE)
#: What makes the participle an act: "ont été détenus", "a détenu", "avaient détenu".
_HELD_ACT = re.compile(
    r"\b(?:été|a|ont|avait|avaient|aurait|auraient)\s+(?:\S+\s+)?$", re.IGNORECASE
)
#: "visé(e)(s)", "targeted": a place aimed at, an attack only in the passive of an act
#: (since 0.60.0); "les personnes visées", "targeted sanctions" name who, "vise à" a goal.
_AIMED = re.compile(r"^(?:visée?s?|targeted)$", re.IGNORECASE)
#: The passive auxiliary before it, with "également", "aussi", "also", "à son tour":
#: "a également été visé", "was also targeted", "ont été visés à leur tour".
_AIMED_PASSIVE = re.compile(
    r"\b(?:été|est|sont|fut|furent|was|were|been|is|are)\s+"
    r"(?:(?:également|aussi|à\s+son\s+tour|à\s+leur\s+tour|lui\s+aussi|elle\s+aussi|"
    r"also|too|then|later|reportedly|allegedly|ensuite|alors|apparently)\s+){0,2}$",
    re.IGNORECASE,
)
#: What aims at someone without force: "visé par une enquête", "targeted by sanctions",
#: "visés par le décret", "visé à l'article 5", "targeted for recruitment".
_AIMED_UNARMED = re.compile(
    r"\s+(?:(?:par|by|dans|in|à|for)\s+(?:une?|la|le|les|l['’]|des|ces|cette|ce|a|an|the|"
    r"new|nouvelles?|its|their)?\s*(?:\w+\s+)?(?:enquêtes?|sanctions?|plaintes?|mandats?|"
    r"critiques?|mesures?|décrets?|arrêtés?|procédures?|poursuites?|accusations?|rumeurs?|"
    r"campagnes?|réformes?|article|loi|programmes?|projets?|investigations?|probes?|"
    r"inquir(?:y|ies)|criticism|charges?|warrants?|lawsuits?|complaints?|decrees?|bans?|"
    r"restrictions?|recruitment|propaganda|messages?|appels?|interdictions?|suspensions?)\b)",
    re.IGNORECASE,
)
#: An agent or a means named after it: "visée par un engin explosif", "targeted by".
#: Its day or time may come between: "visé le 4 mars 2023 par une attaque".
_AIMED_BY = re.compile(r"\s+(?:[^\s.,;:!?]+\s+){0,5}?(?:par|by)\b", re.IGNORECASE)
#: Armed men as the agent after it (since 0.63.0): "was targeted by militants", "a été
#: visé par des hommes armés": no device or attack is named, the passive is the attack.
_AIMED_BY_ARMED = re.compile(
    r"\s+(?:[^\s.,;:!?]+\s+){0,5}?(?:par|by)\s+(?:des|les|d['’]|de|suspected|presumed|"
    r"armed|unidentified|the|some|présumés?|(?:une?|a|an)\s+(?:groupe|group|bande|gang)\s+"
    r"(?:de|d['’]|of)\s*)?\s*(?:hommes\s+armés|individus|inconnus|assaillants|terroristes|"
    r"jihadistes|djihadistes|bandits|combattants|rebelles|gunmen|militants|jihadists|"
    r"insurgents|attackers|assailants|fighters|rebels|bandits|men)\b",
    re.IGNORECASE,
)
#: A recurrence told of the place: "la deuxième fois", "pas la première fois",
#: "régulièrement", "increasingly", "repeatedly", "not the first time".
_AIMED_AGAIN = re.compile(
    r"\b(?:fois|régulièrement|souvent|fréquemment|plusieurs\s+reprises|time|increasingly|"
    r"repeatedly|regularly|often|frequently)\b",
    re.IGNORECASE,
)
#: A determiner right before an English participle: "the retreating column" names who,
#: not an act.
_QUALIFYING_PARTICIPLE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.IGNORECASE)


def disambiguate(text: str, triggers: Sequence[Trigger], mentions: Sequence[Mention]) -> list[int]:
    """Indices of the triggers that name an event in their context (module docstring);
    a SANCTION being lifted is relabelled CONCEDE in place (see :func:`relabel`)."""
    names = [
        (m.start, m.end) for m in mentions if m.label in ("ORG", "PER") and m.source != "nominal"
    ]
    times = [(m.start, m.end) for m in mentions if m.label == "TIME"]
    people = [m for m in mentions if m.label in ("ORG", "PER")]
    keep = []
    for i, t in enumerate(triggers):
        if any(s <= t.start and t.end <= e for s, e in times):
            continue  # part of a date: "In March 2024"
        if _NAMED.search(text[max(0, t.start - 15) : t.start]):
            continue  # the name of an operation: « Libération des otages »
        if any(s <= t.start and t.end <= e and (s, e) != (t.start, t.end) for s, e in names):
            continue  # part of a name: "Front de libération de l'Azawad"
        if any((s, e) == (t.start, t.end) for s, e in names):
            continue  # the whole span is a name ("Libération", a newspaper)
        if t.label == "REQUEST" and _CLAIM.match(t.text):
            after = text[t.end : t.end + 40]
            before = text[max(0, t.start - 20) : t.start]
            if (
                _CLAIMED_THING.match(after)
                or _CLAIM_AUX.search(before)
                or _CLITIC.search(before)
                or (
                    _BY.match(text, t.end)
                    and _CLAIMED_BEFORE.search(text, max(0, t.start - 120), t.start)
                )
            ):
                # A claim of responsibility, "qui ne l'a pas revendiqué" included: who
                # did it, not a demand.
                continue
        if _HELD.match(t.text) and not _HELD_ACT.search(text, max(0, t.start - 20), t.start):
            # "leurs responsables détenus", "toujours détenus au commissariat", "Il est
            # détenu depuis": a state of detention, not an act (since 0.24.0).
            continue
        if (
            t.label == "REQUEST"
            and _RECLAIM.match(t.text)
            and _SE.search(text, max(0, t.start - 4), t.start)
        ):
            continue  # "des individus armés se réclamant du JNIM": allegiance (since 0.24.0)
        if t.label == "REQUEST" and _MARCHED_TO.search(text, max(0, t.start - 160), t.start):
            # "hundreds of people marched on Thursday to demand better protection": what
            # the protest asks, coded with it, as French "pour réclamer" (since 0.24.0).
            continue
        if t.label != "REQUEST" and _ASKED_TO.search(text, max(0, t.start - 120), t.start):
            continue  # "called on the government to deploy": what is asked (since 0.25.0)
        if (
            t.label == "AID"
            and _WITH_THE_HELP.search(text, max(0, t.start - 6), t.start)
            and _OF.match(text, t.end)
        ):
            continue  # "dispersés à l'aide de gaz lacrymogène": by means of (since 0.32.0)
        if (
            t.label == "AGREE"
            and _PLANNING.match(t.text)
            and (
                _PROTEST_PLANNED.match(text, t.end)
                or (
                    _ORGANISE.match(text, t.end)
                    and _PROTEST_THAT.search(text, max(0, t.start - 80), t.start)
                )
            )
        ):
            # "une marche que la coalition prévoyait d'organiser": a protest planned is
            # no promise to anyone; the protest is coded when it is held (since 0.33.0).
            continue
        if (
            t.label == "AGREE"
            and _PLANNING.match(t.text)
            and _DOCUMENT_BEFORE.search(text, max(0, t.start - 60), t.start)
        ):
            continue  # "L'accord prévoit des patrouilles": its content (since 0.56.0)
        if _WITHOUT.search(text, max(0, t.start - 25), t.start):
            # Since 0.58.0 an act told as not done: "relâchés sans avoir été inculpés",
            # "sans inculpation", "without being charged".
            continue
        if _STEAL.match(t.text) and not (
            # "voler du bétail", "vol de bétail": the lexicon's phrase names the goods.
            " " in t.text.strip()
            or _GOODS_AFTER.match(text, t.end)
            or _GOODS_BEFORE.search(text, max(0, t.start - 80), t.start)
        ):
            # Since 0.58.0 "voler", "dérober" are a theft (COERCE seize) only with the
            # goods taken ("ont volé une centaine de têtes de bétail", "des motos ont été
            # dérobées"): "voler" also flies, "dérober" also hides.
            continue
        if (
            t.label == "AGREE"
            and _AGREEMENT_NOUN.match(t.text)
            and (
                _STANDING_AGREEMENT_BEFORE.search(text, max(0, t.start - 40), t.start)
                or _AGREEMENT_YEAR.match(text, t.end)
                # Since 0.67.0 an agreement ended: "ended a defence agreement".
                or (
                    _ENDED_AGREEMENT_BEFORE.search(text, max(0, t.start - 70), t.start)
                    # "mettant fin à un accord local conclu il y a huit mois" tells the
                    # agreement's making too.
                    and not _AGREEMENT_MADE_AFTER.match(text, t.end)
                )
            )
        ):
            # Since 0.61.0 an agreement in force named, no agreement reached: "les
            # mouvements signataires de l'accord de 2015", "le comité de suivi de
            # l'accord", "the implementation of the peace agreement".
            continue
        if t.label == "AID" and _AID_STOPPED.search(text, max(0, t.start - 30), t.start):
            # "pour dénoncer l'interruption des distributions de vivres", "the lack of
            # aid": no aid given (since 0.34.0).
            continue
        if t.label in _SAYING and _CALLED_AS.search(text, max(0, t.start - 40), t.start):
            # "face à ce qu'il a qualifié de menaces extérieures": a name given to
            # something, no threat made (since 0.32.0).
            continue
        if _FEAR_OF.search(text, max(0, t.start - 40), t.start):
            continue  # "for fear of abduction": what people fear (since 0.25.0)
        if _SOUGHT.search(text, max(0, t.start - 50), t.start):
            continue  # "pour obtenir leur libération": what is sought (since 0.56.0)
        if _REINFORCEMENT.match(t.text) and (
            _ARRIVAL_OF.search(text, max(0, t.start - 25), t.start)
            or _AIR_OR_CAME.match(text, t.end)
        ):
            # "jusqu'à l'arrivée des renforts", "appelée en renfort", "des renforts
            # aériens ont permis de": help in the fight, a phase of the attack, which the
            # codebook does not code apart (PLOVER: no MOBILIZE inside an ASSAULT report;
            # since 0.24.0).
            continue
        if _DEPLORE.match(t.text) and (
            _QUOTE_TAG.search(text, max(0, t.start - 8), t.start)
            or _TO_DEPLORE.search(text, max(0, t.start - 12), t.start)
            or _LOSSES_AFTER.match(text, t.end)
        ):
            # "», déplore un conseiller" (a speaker's tag), "aucune victime n'est à
            # déplorer", "Nos forces déplorent 3 militaires tombés" (a loss): no
            # criticism of anyone (since 0.24.0).
            continue
        if _DISINFORMATION.match(t.text) and _CALLED.search(text, max(0, t.start - 60), t.start):
            # "qu'il qualifie de « campagne de désinformation »", "relèvent d'une campagne
            # de désinformation": what a denial calls the reports, not an act (since 0.24.0).
            continue
        if t.label == "ACCUSE" and _REPORTING.match(t.text) and t.phrase != ALLEGED:
            # "affirme avoir ...": the claim's source, not an accusation (a third party's
            # account of the forces' harm is one: allegations.py, since 0.67.0)
            continue
        if demined_device(text, t, triggers):
            continue  # "a neutralisé deux engins explosifs": the demining is the verb's
        if _DISPERSE.match(t.text) and REFLEXIVE.search(text, max(0, t.start - 25), t.start):
            continue  # "le rassemblement s'est dispersé dans le calme": no one dispersed it
        if (
            t.label == "RETREAT"
            and _QUALIFYING_PARTICIPLE.search(text, max(0, t.start - 12), t.start)
            and t.text.lower().endswith("ing")
        ):
            continue  # "struck the retreating column": who was struck (since 0.19.0)
        if (
            t.label == "COERCE"
            and t.mode == "seize"
            and _BODIES.search(text, max(0, t.start - 40), t.start)
        ):
            # "Les corps de six d'entre eux ont été récupérés par une unité de l'armée":
            # the dead taken back, no seizure (since 0.56.0).
            continue
        if t.label == "AID" and (
            _CARE.search(text[max(0, t.start - 40) : t.start])
            or _AID_MODIFIER.match(text, t.end)
            or (
                _FORCES_SENT.search(text[max(0, t.start - 40) : t.start])
                # "Chadian troops freed four farmers": hostages freed by the forces;
                # since 0.64.0 "Chadian troops rescued three aid workers" too.
                and not RELEASE_WORD.match(t.text)
                and not _RESCUED.match(t.text)
            )
        ):
            # the wounded evacuated, an "aid worker", reinforcements sent (since 0.15.0):
            # no aid given to a party
            continue
        if t.label == "AID" and t.text.lower().startswith("donn"):
            continue  # "n'a pas donné de détails": "donner" alone names no aid
        if t.label == "AID" and _HAND_OVER.match(t.text) and not _AID_GOODS.match(text, t.end):
            continue  # "ont été remis aux autorités": hostages handed over, no aid
        if t.label == "SUPPORT" and _support_as_a_thing(text, t):
            # "with the support of air assets", "military support", "the Rapid Support
            # Forces", "a clinic supported by UNICEF": no one voiced support (0.17.0).
            continue
        if retold(text, t):
            # "Quatre commerçants enlevés le mois dernier ont été libérés", "au moins cinq
            # chefs enlevés depuis juillet", "Au sommaire : un camion attaqué", "n'a pas
            # pu le rencontrer": named again or not held; dropped before the merge so a
            # later telling heads the event (since 0.66.0).
            continue
        if _IRRUPTION.match(t.text) and (
            _entry_of_another_act(text, t, triggers) or _entry_of_next_act(text, t, triggers)
        ):
            # "ont fait irruption dans le village et enlevé cinq personnes": how the
            # abductors came in, not an attack of its own (since 0.17.0).
            continue
        if (
            _INTERCEPTION.match(t.text)
            # goods taken by the forces (relabel: COERCE seize) are their own act
            and t.label == "ASSAULT"
        ) and (
            _entry_of_another_act(text, t, triggers)
            or any(
                o.start < t.start and o.label == "ASSAULT" and o.mode == "abduct" for o in triggers
            )
        ):
            # "a été interceptée par des hommes armés, qui l'ont dépouillée", "L'élu
            # rentrait d'une foire quand son véhicule a été intercepté" (after "enlevé"):
            # how the robbers or the kidnappers stopped their victims, told with their act
            # or after it; alone, the interception is the attack (since 0.63.0).
            continue
        if (
            t.label == "AGREE"
            and _ACCORD.match(t.text)
            and _NO_ACCORD.search(text, max(0, t.start - 20), t.start)
        ):
            continue  # "s'était achevée sans accord": none was reached
        if (
            t.label == "ACCUSE"
            and _ACCUSATIONS.match(t.text)
            and _REJECTED.search(text, max(0, t.start - 40), t.start)
            and not _ACCUSER_AFTER.match(text, t.end)
        ):
            # "a rejeté des accusations qualifiées d'infondées": no one is said to have
            # made them; "les accusations d'habitants selon lesquels" were made (0.15.0).
            continue
        if t.label == "ACCUSE" and _INQUIRY.match(t.text) and _not_an_inquiry_opened(text, t):
            continue  # "réclame une enquête", "une enquête publiée": no inquiry opened
        if (
            _LEAD_AWAY.match(t.text)
            and not _led_away_by_force(text, t)
            # "ils ont brûlé les greniers et emmené presque tout le bétail" (since
            # 0.20.0): herds led away are taken, whoever the sentence says took them.
            and not _HERD_AFTER.match(text, t.end)
        ):
            continue  # "Il a emmené sa famille à Bamako": no one taken
        if (
            t.label == "AID"
            and t.text.lower().startswith("ravitaill")
            and not _DONE.search(text, max(0, t.start - 30), t.start)
        ):
            # "un convoi qui ravitaillait la ville", "pour ravitailler": the trip, its
            # purpose; "a ravitaillé la garnison" is the delivery (since 0.17.0).
            continue
        if t.label == "PROTEST" and _FIGHTERS.match(text, t.end):
            continue  # "un rassemblement de combattants": a target, not a protest
        if _SUPERLATIVE_BEFORE.search(text, max(0, t.start - 50), t.start) or (
            _SUPERLATIVE_AFTER.match(text, t.end)
            and _RANKED_BEFORE.search(text, max(0, t.start - 30), t.start)
        ):
            # "It was the deadliest attack in the region since June", "l'attaque la plus
            # meurtrière depuis juin": a comparison that ranks an event told, no event of
            # its own (since 0.31.0).
            continue
        if (
            t.label == "PROTEST"
            and _STRUCK_BEFORE.search(text, max(0, t.start - 30), t.start)
            and not _PROTESTERS.match(text, t.end)
        ):
            continue  # "Une frappe de drone a visé un rassemblement" (since 0.30.0)
        if (
            t.label == "PROTEST"
            and _MANIFEST.match(t.text)
            and REFLEXIVE.search(text, max(0, t.start - 25), t.start)
        ):
            continue  # "ses ravisseurs ne se sont pas manifestés": no one demonstrated
        if t.label == "CONSULT" and _RECEIVE.match(t.text) and not _received(text, t, people):
            continue  # "a reçu des menaces": "recevoir" names a meeting only with people
        if (
            GATHERING.match(t.text)  # CONSULT, or AGREE once told in the future
            and not REFLEXIVE_BEFORE.search(text, max(0, t.start - 12), t.start)
            and not _IN_SESSION.match(text, t.end)
            and not _received(text, t, people)
            and not (
                any(0 <= t.start - m.end <= 2 for m in people) and not _AT_CALL.match(text, t.end)
            )
        ):
            # "réunir des fonds", "réunir les conditions": a meeting only when people are
            # gathered ("a réuni lundi les chefs de village", "les chefs de village réunis
            # à la préfecture") or sit ("Réunis en session ordinaire"); since 0.17.0.
            continue
        if t.label in ("RETREAT", "SANCTION") and _BEFORE.search(
            text, max(0, t.start - 8), t.start
        ):
            continue  # "seized two trucks before fleeing": the end of the attack
        if t.label == "RETREAT" and (
            _PUBLISHED.match(text, t.end)
            or (
                t.text.lower().startswith("releas")
                and _PAPER_BEFORE.search(text, max(0, t.start - 40), t.start)
            )
        ):
            # "released a statement", "a statement released on Tuesday": no one was freed
            continue
        if t.label == "REQUEST" and any(called_protest(text, t, u, triggers) for u in triggers):
            # Since 0.67.0 a call to protest is the protest to come, not a request (corpus
            # notes: "A call for a strike or a shop-closing day to come is PROTEST strike
            # `future`"): "appelait à manifester samedi", "called for a stay-at-home".
            continue
        if (
            t.label not in _SAYING
            and any(
                u.label in _SAYING
                and not _CLAIM.match(u.text)  # "a revendiqué l'attaque": the attack happened
                and not called_protest(text, u, t, triggers)
                # "a rejeté mardi les accusations d'habitants": the accusations were made
                and not (u.label == "REJECT" and t.label == "ACCUSE")
                and u.end <= t.start
                and _OBJECT_GAP.match(text[u.end : t.start])
                for u in triggers
            )
        ):
            continue  # "called for their release": what is asked for, not a release
        if (
            t.label != "THREATEN"
            and text[max(0, t.start - 4) : t.start].lower().endswith("to ")
            and _THREATENED_TO.search(text, max(0, t.start - 60), t.start)
        ):
            # "threatened to attack the town": the act threatened is the threat's mode,
            # coded only once it happens (codebook, THREATEN); French "menacé de" is read
            # from the parse (dependent).
            continue
        if t.label != "THREATEN" and any(
            u.label == "THREATEN"
            and u.end <= t.start <= u.end + 200
            and not any(c in text[u.end : t.start] for c in ".;\n")
            and _THREAT_CONDITION.search(text, u.end, t.start)
            for u in triggers
        ):
            # "menacé d'attaquer la ville si les milices ne déposaient pas les armes",
            # "unless the militia withdrew": the condition a threat sets, not an act done
            # (since 0.61.0).
            continue
        if (
            t.label == "COERCE"
            and _CLOSED.match(t.text)
            and _SHOPS_BEFORE.search(text, max(0, t.start - 60), t.start)
        ):
            # "de nombreux commerces ont fermé", "shops closed": places that shut by
            # themselves (fear, a strike), no restriction imposed on them (since 0.61.0);
            # "les écoles ont été fermées", "X a fermé les écoles" stay COERCE.
            continue
        if _ANY.search(text[max(0, t.start - 8) : t.start]):
            continue  # "interdire tout rassemblement": a kind of event, not one
        if _NONE_OF.search(text, max(0, t.start - 25), t.start):
            continue  # "n'avait connu aucune attaque": no act at all (since 0.63.0)
        if (
            t.label == "SANCTION"
            and _FLEE.match(t.text)
            and _TRIED_TO.search(text, max(0, t.start - 25), t.start)
        ):
            # "ont ouvert le feu sur les habitants qui tentaient de fuir": victims of the
            # attack trying to escape it, no one driven from a place (since 0.63.0).
            continue
        if (
            t.label in ("PROTEST", "CONSULT")
            and t.text.lower().endswith(("s", "x"))
            and _BANNED_BEFORE.search(text, max(0, t.start - 45), t.start)
        ):
            # "a interdit mardi les manifestations", "banned political meetings and
            # rallies": the kind of gathering a ban covers, not one held (since 0.46.0).
            continue
        generic = _GENERIC.search(text[max(0, t.start - 30) : t.start])
        if (
            generic
            and t.text.lower().endswith(("s", "x"))
            and not (
                generic[0].lower().startswith(("série", "series"))
                and _COUNTED_SET.search(text[max(0, t.start - 40) : t.start - len(generic[0])])
            )
        ):
            continue  # "la multiplication des enlèvements": a trend, not an event
        if t.label == "ASSAULT" and _attack_series(text, t):
            # "une série de frappes" stays one set of strikes (above); a series of
            # attacks nobody is said to have made is a trend (since 0.20.0).
            continue
        if (
            t.label == "ACCUSE"
            and _INQUIRY_NOUN.match(t.text)
            and _PUBLISHED_BEFORE.search(text, max(0, t.start - 50), t.start)
        ):
            # "Il avait publié une enquête sur des détournements": a piece of journalism,
            # not an official investigation (since 0.53.0).
            continue
        if (
            t.label == "ASSAULT"
            and _CRAFT.match(t.text)
            and _SUPPLIED_BEFORE.search(text, max(0, t.start - 50), t.start)
        ):
            # "a livré deux hélicoptères de combat à l'armée", "delivered attack
            # helicopters": aircraft supplied, no strike (since 0.49.0).
            continue
        if (
            t.label == "PROTEST"
            and t.text.lower().startswith("défil")
            and not _PROTEST_PURPOSE.search(text, *_written_sentence(text, t))
        ):
            # "Les unités ont défilé devant le chef de l'État", "les élèves ont défilé
            # pour la fête nationale": a parade; marchers protest only for a cause told
            # ("ont défilé pour s'opposer à l'embargo", "contre la vie chère"), 0.63.0.
            continue
        if (
            t.label == "CONSULT"
            and _JOURNEY_PARTICIPLE.match(t.text)
            and _TRAVELLERS_BEFORE.search(text, max(0, t.start - 70), t.start)
        ):
            # "un convoi logistique se rendant à Kidal", "a supply convoy travelling to
            # Kidal", "des forains se rendant au marché": a journey under way, the
            # background of what befell it, no visit (codebook, CONSULT visit), 0.63.0.
            continue
        if (
            t.label == "SANCTION"
            and t.mode is None
            and (opposed := _OPPOSED_BEFORE.search(text, max(0, t.start - 45), t.start))
            and not _IMPOSING_BEFORE.search(text, max(0, opposed.start() - 30), opposed.start())
        ):
            # "ont manifesté contre les sanctions de la CEDEAO", "a protest against
            # ECOWAS sanctions", "ont dénoncé un embargo injuste": the sanction is what
            # the protest or the criticism is about, none imposed here (since 0.63.0).
            continue
        if t.label == "ASSAULT" and _NOT_THIS_ONE.search(text, max(0, t.start - 30), t.start):
            # "It was the third attack on the camp this year", "an earlier attack",
            # "preparing an attack": a count, a recall or a plan, not an event told
            # (since 0.15.0).
            continue
        keep.append(i)
    return keep


def dependent(triggers: Sequence[Trigger], tokens: Sequence[Token]) -> set[int]:
    """Indices of the triggers the parse makes part of another event, not one of their own.

    * an infinitive of purpose ("ont manifesté *pour dénoncer* les enlèvements": what the
      protest says) or completing another trigger ("se sont engagés *à se réunir*": what
      was promised, coded with the promise);
    * a visit in the imperfect ("le convoi *se rendait* à Gao"), or where a trip under
      way was heading ("ils se rendaient à une *distribution* de vivres"): the
      background of the event told, not an event;
    * a noun trigger completing another through its verb ("a appelé les organisations à
      venir en *aide*": what is asked for) or a complement of another trigger's noun ("un
      plan d'*opérations conjointes*": what was adopted), but for a protest named by the
      force used on it ("la dispersion d'un *sit-in*", since 0.67.0);
    * a departure after "avant de" ("ont pillé le camp avant de *se replier*"): the end of
      the attack, not a withdrawal.
    """
    label_at = {
        k: t.label
        for t in triggers
        if t.tokens[0] >= 0
        for k in range(t.tokens[0], t.tokens[1] + 1)
    }
    starts = set(label_at)
    out = set()
    for i, t in enumerate(triggers):
        first = t.tokens[0]
        if first < 0 or first >= len(tokens) or not tokens[first].dep:
            continue
        own = set(range(first, t.tokens[1] + 1))
        found = next((tokens[k] for k in sorted(own) if tokens[k].pos == "VERB"), None)
        noun = found is None
        if found is None:
            head = tokens[tokens[first].head]
            if (
                tokens[first].dep == "nmod"
                and head.index in starts - own
                # Since 0.67.0 not a protest named by the force used on it ("lors de la
                # dispersion d'un *sit-in*", "la répression de la *marche*"): the
                # protest and the crowd control are two events (codebook, PROTEST).
                and not (t.label == "PROTEST" and label_at[head.index] in ("ASSAULT", "COERCE"))
            ):
                out.add(i)  # "un plan d'*opérations conjointes*": what was adopted
                continue
            if head.pos == "VERB" and head.tense == "Imp" and head.lemma.lower() in _HEADING:
                out.add(i)  # "ils se rendaient à une *distribution*": where they were going
                continue
            # A noun trigger is what its verb says: "à venir en *aide*" completes the call.
            if head.pos != "VERB" or head.index in starts:
                continue
            found = head
        verb: Token = found
        marks = [
            m.lemma
            for m in tokens[max(0, verb.index - 3) : verb.index]
            if m.head == verb.index and m.dep == "mark"
        ]
        # The other triggers the verb hangs from, two heads up ("appelé les organisations
        # à venir": the infinitive completes the object of the call).
        above = {verb.head, tokens[verb.head].head} & (starts - own)
        purpose = "pour" in marks and not noun  # a noun is not the purpose of its verb
        promised = (
            bool(marks)
            # "scandé des slogans hostiles à X, avant d'être dispersés": what came next,
            # not what was promised, however the parse hangs it (since 0.56.0; "sequel"
            # below settles "avant de").
            and "avant" not in marks
            and verb.dep in ("xcomp", "acl")
            and bool(above)
            # "accusent des soldats d'avoir exécuté dix civils": the act alleged is an event
            # of its own, coded beside the accusation (since 0.13.0).
            and not (
                t.label in ("ASSAULT", "COERCE") and all(label_at.get(k) == "ACCUSE" for k in above)
            )
            # "appelait à manifester samedi": the protest called for is the event to
            # come, the call is none (since 0.67.0, :func:`called_protest`).
            and not (
                t.label == "PROTEST"
                and any(
                    label_at.get(k) == "REQUEST" and tokens[k].lemma.lower() == "appeler"
                    for k in above
                )
            )
        )
        # "ont pillé le camp avant de se replier": the attackers' departure ends the attack;
        # not a burning or a looting ("avant d'incendier les étals"), events of their own.
        sequel = (
            "avant" in marks
            and verb.dep == "advcl"
            and verb.head in starts - own
            and t.label not in ("ASSAULT", "COERCE")
            # "interpellés ... avant d'être remis en liberté": the release is an event of
            # its own (since 0.17.0).
            and t.mode != "release"
        )
        # "le convoi se rendait à Gao", "ils se rendaient à une distribution de vivres":
        # a trip under way, or where it was heading, is the background of what happened.
        background = verb.tense == "Imp" and (
            t.label == "CONSULT" or (noun and verb.lemma.lower() in _HEADING)
        )
        if purpose or promised or sequel or background:
            out.add(i)
    return out


#: Verbs of going somewhere: in the imperfect, where the trip was heading is background.
_HEADING = frozenset({"rendre", "aller", "rentrer", "revenir", "diriger", "regagner"})
_HAD = re.compile(r"\bhad\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_SAID_HAD = re.compile(
    r"\b(?:said|says|announced|stated|reported|claimed|added|told\s+\w+)\s+"
    # Since 0.62.0 also "said in a statement on Sunday that it had repelled".
    r"(?:(?:(?:in\s+an?\s+\w+|(?:late\s+)?on\s+\w+)\s+){0,2}|"
    # Since 0.66.0 a longer phrase of how and when it was said, up to an explicit
    # "that": "said in a message on its propaganda channels on Sunday evening that its
    # fighters had killed 37 soldiers" (a claim's toll, the attack's).
    r"[^.;:!?\n]{0,90}?\s(?=that\s))(?:that\s+)?(?:[\w'’-]+\s+){1,3}"
    r"had\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


def recalled_triggers(
    text: str, triggers: Sequence[Trigger], tokens: Sequence[Token]
) -> frozenset[int]:
    """Indices of the triggers told in the pluperfect, the tense of background: "des
    dizaines de civils *avaient péri* dans une tuerie", "l'axe *avait* déjà *été* le
    théâtre de trois explosions", "had been snatched". What they name happened before
    the events of the article and is never one of them."""
    out = set()
    for i, t in enumerate(triggers):
        k = t.tokens[0]
        if k < 0 or k >= len(tokens) or not tokens[k].dep:
            sentence_start = max(text.rfind(". ", 0, t.start), text.rfind("\n", 0, t.start))
            before = text[max(0, sentence_start, t.start - 40) : t.start]
            if _HAD.search(before) and not _SAID_HAD.search(
                text, max(0, sentence_start, t.start - 160), t.start
            ):
                # No parse (English): "had" right before; not after a verb of saying
                # ("the army said on Sunday it had killed dozens": the sequence of tenses,
                # since 0.35.0).
                out.add(i)
            continue
        for _ in range(3):  # the verb a noun trigger hangs from
            if tokens[k].pos == "VERB" or tokens[k].head == k:
                break
            k = tokens[k].head
        # An auxiliary in the imperfect on that verb: "avaient péri", "avait été".
        if any(
            a.head == k and a.pos == "AUX" and a.tense == "Imp" for a in tokens[max(0, k - 4) : k]
        ) and not _reported(text, tokens, k):
            out.add(i)
    return frozenset(out)


#: Verbs that report what someone said: the pluperfect in their "que" clause is the
#: sequence of tenses, not the tense of background.
_SAYING_VERBS = frozenset(
    {
        "annoncer",
        "indiquer",
        "affirmer",
        "déclarer",
        "préciser",
        "dire",
        "assurer",
        "expliquer",
        "rapporter",
        "confirmer",
        "signaler",
        "révéler",
        "reconnaître",
        "ajouter",
    }
)


def _reported(text: str, tokens: Sequence[Token], verb: int) -> bool:
    """Whether a pluperfect verb is the complement of a reporting verb ("l'armée a
    annoncé que ses unités *avaient repoussé* dimanche une attaque"): the event reported,
    told in the past of the report, unless a word places it earlier still ("avait déjà
    été attaqué")."""
    head = tokens[tokens[verb].head]
    if tokens[verb].dep != "ccomp" or head.lemma.lower() not in _SAYING_VERBS:
        return False
    start = max(text.rfind(". ", 0, head.start), text.rfind("\n", 0, head.start)) + 1
    after = tokens[verb].end
    ends = [e for e in (text.find(". ", after), text.find("\n", after)) if e >= 0]
    return not _EARLIER_TIMES.search(text, start, min(ends, default=len(text)))


#: Measures whose lifting is a concession (codebook: lifting a curfew is CONCEDE).
_LIFTABLE_COERCE = frozenset({"restrict", "curfew", "martial-law"})


#: A medium a suspension names right after it, a duration or a day between:
#: "a suspendu pour trois mois la diffusion de", "suspended two foreign broadcasters".
_MEDIUM_AFTER = re.compile(
    r"[^.;,\n]{0,40}?\b(?:la\s+diffusion|les\s+émissions|le\s+signal|"
    rf"(?:la|le|les|l['’]|deux|trois|two|three|the|its|their)\s+(?:[\w-]+\s+)?{MEDIUM})\b",
    re.IGNORECASE,
)
#: A protest movement a suspension names in its clause: "a suspendu mardi soir la grève",
#: "suspend their sit-in".
#: Since 0.58.0 what a member is suspended from: "a suspendu le pays de ses instances",
#: "suspendu le Mali de l'organisation" (codebook, SANCTION expel: suspends a member from
#: an organisation), the member named between.
_FROM_BODIES = re.compile(
    r"[^.;:\n]{0,60}?\b(?:de|des)\s+(?:ses|leurs|toutes\s+ses|toutes\s+leurs)\s+"
    r"(?:instances|organes)\b|"
    r"[^.;:\n]{0,60}?\bde\s+l['’](?:organisation|Union\s+africaine|UA\b|OIF\b)|"
    r"[^.;:\n]{0,60}?\bde\s+la\s+(?:CEDEAO|Francophonie|Communauté)\b|"
    # Since 0.63.0 English: "suspended Guinea from its bodies", "from the African Union".
    r"[^.;:\n]{0,60}?\bfrom\s+(?:(?:all\s+)?(?:its|their|the)\s+)?(?:decision-making\s+)?"
    r"(?:bodies|institutions|organs|ECOWAS|African\s+Union|AU\b|bloc|organi[sz]ation|"
    r"Francophonie|membership)\b",
    re.IGNORECASE,
)
#: A work stoppage, not a blow, named by English "strike" (since 0.63.0): its length or
#: scope before it ("a one-day strike", "an indefinite strike", "a teachers' strike")...
_LABOUR_STRIKE_BEFORE = re.compile(
    r"\b(?:general|\w+-(?:day|hour|week)|week-long|indefinite|unlimited|open-ended|"
    r"nationwide|teachers['’]?|workers['’]?|traders['’]?|transporters['’]?|doctors['’]?|"
    r"nurses['’]?|union|unions['’]?|labou?r|sit-down|warning|solidarity)\s+$",
    re.IGNORECASE,
)
#: ... or who called it, who holds it and what for after it ("a strike called by the
#: unions", "a strike by teachers over unpaid bonuses").
_LABOUR_STRIKE_AFTER = re.compile(
    r"\s+(?:(?:called|launched|declared|organi[sz]ed|announced)\s+by|"
    r"by\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:teachers|workers|traders|unions?|transporters|drivers|"
    r"doctors|nurses|magistrates|students|staff|employees|miners)|"
    r"(?:over|for)\s+(?:\w+\s+)?(?:pay|wages|salaries|bonuses|arrears|allowances)|"
    r"notice|action|movement)\b",
    re.IGNORECASE,
)
#: Since 0.58.0 stones thrown in reply: "ont riposté par des jets de pierres".
_STONES_AFTER = re.compile(
    r"[^.;:\n]{0,30}?\b(?:pierres|cailloux|projectiles|stones|rocks)\b", re.IGNORECASE
)
#: Since 0.58.0 a protest lodged with a government ("a protesté auprès de Bamako",
#: "protested to Algiers", "a protesté officiellement"): a written or diplomatic protest,
#: ACCUSE disapprove (codebook), no demonstration.
_PROTEST_WORD = re.compile(r"^protest(?:é|er|e|ent|ait|aient|ed|s)?$", re.IGNORECASE)
_LODGED_WITH = re.compile(
    r"\s+(?:(?:mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|déjà|"
    r"vivement|énergiquement|formally|officially|strongly)\s+)?"
    r"(?:auprès\s+(?:de|du|des|d['’])|officiellement|formellement|"
    r"par\s+(?:la\s+)?voie\s+diplomatique|to\s+(?:the\s+)?[A-Z])",
)


#: A market, a fair, a trade or a public activity suspended right after the verb, a day
#: or a duration between (since 0.66.0; codebook, COERCE restrict: bans on markets or
#: farming, suspension of parties and associations): "a suspendu jusqu'à nouvel ordre le
#: marché à bétail", "suspended gold-panning in the area".
_RESTRICTED_AFTER = re.compile(
    r"[^.;:,\n]{0,40}?\b(?:(?:les?|la|l['’]|des|du|tous?\s+les|toutes\s+les|the|all)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:marchés?|foires?|markets?|fairs?|activités|activities|"
    r"circulation|traffic|transports?|orpaillage|gold-panning|réunions|meetings|"
    r"rassemblements|gatherings|partis|parties|associations|manifestations|exportations?|"
    r"exports?|bacs?|ferr(?:y|ies)|permis|licen[cs]es?)\b",
    re.IGNORECASE,
)
_PROTEST_SUSPENDED = re.compile(
    r"[^.;,\n]{0,40}?\b(?:grèves?|mot d'ordre|sit-in|boycotts?|arrêts? de travail"
    r"|mouvements? (?:de grève|d'humeur|de protestation)|strikes?|protests?)\b",
    re.IGNORECASE,
)


#: The forces of a state, as the subject or the agent of freeing people ("les Forces de
#: défense et de sécurité ont libéré", "libérés par nos forces", "Chadian troops freed").
_FORCES = (
    r"\b(?:armée|FAMa|FDS|forces|militaires|soldats|troupes|gendarmes|gendarmerie|"
    r"commandos?|army|troops|soldiers|special\s+forces)\b"
)
_FORCES_BEFORE = re.compile(rf"{_FORCES}[^.;:!?\n]{{0,80}}$", re.IGNORECASE)
_BY_FORCES = re.compile(
    rf"\s*(?:\w+\s+){{0,3}}?(?:par|by)\s+(?:[\w'’]+\s+){{0,3}}?{_FORCES}", re.IGNORECASE
)
#: Who holds hostages: when named between the forces and the verb, they free them.
_HOSTAGE_TAKERS = re.compile(
    r"\b(?:ravisseurs|kidnappeurs|preneurs\s+d['’]otages|hommes\s+armés|jihadistes|"
    r"djihadistes|terroristes|assaillants|kidnappers|abductors|captors|gunmen|militants|"
    r"jihadists)\b",
    re.IGNORECASE,
)
_HOSTAGES = re.compile(
    r"\b(?:otages?|enlevée?s?|kidnappée?s?|captifs?|captives?|hostages?|abducted|kidnapped)\b",
    re.IGNORECASE,
)


def _freed_by_forces(text: str, trigger: Trigger) -> bool:
    """Whether a release is of hostages freed by a state's forces (AID, since 0.25.0)."""
    start = max(text.rfind(c, 0, trigger.start) for c in ".;:!?\n") + 1
    end = min((e for e in (text.find(c, trigger.end) for c in ".;\n") if e >= 0), default=len(text))
    subject = text[start : trigger.start]
    by_forces = bool(_BY_FORCES.match(text, trigger.end, end))
    forces = by_forces or (
        bool(_FORCES_BEFORE.search(subject)) and not _HOSTAGE_TAKERS.search(subject)
    )
    return forces and bool(_HOSTAGES.search(text, max(start, trigger.start - 80), end))


#: The craft an act is done by, right after it: "par des aéronefs", "by a drone".
_BY_CRAFT = re.compile(
    r"\s+(?:\S+\s+){0,2}?(?:par|by)\s+(?:des|les|le|la|l['’]|un|une|the|an?)?\s*"
    r"(?:(?P<drone>drones?)|aéronefs?|avions?|hélicoptères?|aviation|vecteurs?\s+aériens?|"
    r"moyens\s+aériens|aircraft|helicopters?|warplanes?|jets?|fighter\s+jets?)\b",
    re.IGNORECASE,
)


#: A penalty after "condamner", a few words (a time, the person) between: "à cinq ans de
#: prison", "à mort", "à une amende", "à la réclusion à perpétuité".
_SENTENCED_TO = re.compile(
    r"\s+(?:[^\s.;:,]+\s+){0,5}?à\s+(?:mort|la\s+prison|la\s+réclusion|la\s+peine|"
    r"une\s+peine|une\s+amende|perpétuité|(?:[\w-]+\s+){1,3}?(?:ans|mois|années)\b)",
    re.IGNORECASE,
)


def relabel(text: str, trigger: Trigger) -> Trigger:
    """A sanction, a restriction or a curfew right after "lever/levée/lift" is the lifting:
    CONCEDE. So is the suspension of a protest movement (codebook, CONCEDE): "Le syndicat
    a suspendu la grève" eases the pressure, it coerces no one."""
    liftable = trigger.label == "SANCTION" or (
        trigger.label == "COERCE" and trigger.mode in _LIFTABLE_COERCE
    )
    if liftable and LIFTED.search(text[max(0, trigger.start - 40) : trigger.start]):
        return replace(trigger, label="CONCEDE", mode=None)
    if (
        trigger.label == "THREATEN"
        and _THREAT_NOUN.match(trigger.text)
        and _THREAT_DROPPED.search(text, max(0, trigger.start - 40), trigger.start)
    ):
        # "Le JNIM a retiré sa menace contre les transporteurs", "withdrew its threat":
        # a threat taken back eases the pressure, a concession (codebook, CONCEDE), not a
        # threat made (since 0.61.0).
        return replace(trigger, label="CONCEDE", mode=None)
    if trigger.label == "RETREAT" and _THREAT_AFTER.match(text, trigger.end):
        # "withdrew its threat", "a retiré son ultimatum": the same concession, told by
        # the verb (since 0.61.0).
        return replace(trigger, label="CONCEDE", mode=None)
    if (
        trigger.label == "COERCE"
        and trigger.mode is None
        and text[trigger.start : trigger.end].lower().startswith("suspen")
    ):
        if _PROTEST_SUSPENDED.match(text, trigger.end):
            return replace(trigger, label="CONCEDE")
        if _FROM_BODIES.match(text, trigger.end):
            # "La CEDEAO a suspendu le pays de ses instances": a member suspended from
            # an organisation (codebook, SANCTION expel), since 0.58.0; before, COERCE
            # with the mode of any COERCE merged with it ("après le coup d'État": seize).
            return replace(trigger, label="SANCTION", mode="expel")
        if _MEDIUM_AFTER.match(text, trigger.end):
            # "a suspendu pour trois mois la diffusion de la chaîne TV5 Monde", "suspended
            # two broadcasters": censorship (codebook), whatever stands between (since
            # 0.56.0).
            return replace(trigger, mode="censor")
        if _RESTRICTED_AFTER.match(text, trigger.end):
            # "a décrété un couvre-feu et suspendu le marché à bétail": a second measure,
            # restrict, apart from the curfew it is coordinated with (since 0.66.0).
            return replace(trigger, mode="restrict")
    if (
        trigger.label == "ASSAULT"
        and _INTERCEPTION.match(trigger.text)
        and (
            (
                _CARGO_AFTER.match(text, trigger.end)
                and _SEIZING_FORCES_BEFORE.search(
                    text, _written_sentence(text, trigger)[0], trigger.start
                )
            )
            or (
                (
                    _CARGO_AFTER.match(text, trigger.end)
                    or _CARGO_BEFORE.search(
                        text, _written_sentence(text, trigger)[0], trigger.start
                    )
                )
                and _FORCES_AGENT.match(text, trigger.end)
            )
        )
    ):
        # "L'armée a intercepté un convoi de carburant destiné aux jihadistes", "troops
        # intercepted a shipment of weapons": goods stopped by the security forces are
        # taken (codebook, COERCE seize); bandits stopping a bus stay an ASSAULT (0.63.0).
        return replace(trigger, label="COERCE", mode="seize")
    if (
        trigger.label == "ASSAULT"
        and trigger.text.lower() in ("strike", "strikes")
        and (
            _LABOUR_STRIKE_BEFORE.search(text, max(0, trigger.start - 25), trigger.start)
            or _LABOUR_STRIKE_AFTER.match(text, trigger.end)
        )
    ):
        # "Traders shut their shops in a one-day strike called by the opposition": a
        # work stoppage (codebook, PROTEST strike), no blow struck (since 0.63.0).
        return replace(trigger, label="PROTEST", mode="strike")
    if (
        trigger.label == "PROTEST"
        and _PROTEST_WORD.match(trigger.text)
        and _LODGED_WITH.match(text, trigger.end)
    ):
        # "Nouakchott a protesté auprès de Bamako": a protest lodged with a government is
        # a diplomatic criticism (codebook, ACCUSE disapprove: written protests), since
        # 0.58.0; before, a demonstration (PROTEST demo).
        return replace(trigger, label="ACCUSE", mode="disapprove")
    if trigger.label == "ASSAULT" and (
        _DEMINED.search(text, max(0, trigger.start - 60), trigger.start)
        or (_MAKING_SAFE.match(trigger.text) and _DEVICE_AFTER.match(text, trigger.end))
        or (_DEVICE.match(trigger.text) and _DEMINED_AFTER.match(text, trigger.end))
        or (
            _MAKING_SAFE.match(trigger.text)
            and _DEVICE_BEFORE.search(text, max(0, trigger.start - 90), trigger.start)
        )
    ):
        # "une équipe du génie a neutralisé deux engins explosifs": a device taken out of
        # use, no attack (the corpus codes COERCE seize), since 0.19.0.
        return replace(trigger, label="COERCE", mode="seize")
    if (
        trigger.label == "ASSAULT"
        and _RIPOSTE.match(trigger.text)
        and _STONES_AFTER.match(text, trigger.end)
    ):
        # "Des étudiants ont riposté par des jets de pierres": stones thrown back at the
        # police are a riot (codebook, PROTEST riot), since 0.58.0 (when "riposter"
        # became an ASSAULT trigger).
        return replace(trigger, label="PROTEST", mode="riot")
    if burns(trigger) and _TYRES.match(text, trigger.end):
        # "des jeunes ont brûlé des pneus devant le commissariat": a riot, as the corpus
        # codes it, not an attack on property (since 0.32.0).
        return replace(trigger, label="PROTEST", mode="riot")
    if trigger.label == "ASSAULT" and trigger.mode in (None, "firearms"):
        craft = _BY_CRAFT.match(text, trigger.end)
        if craft:
            # "une colonne a été prise à partie par des aéronefs", "was hit by a drone":
            # the craft says how (since 0.35.0).
            return replace(trigger, mode="drone" if craft.group("drone") else "aerial")
    if (
        trigger.label == "ACCUSE"
        and trigger.text.lower().startswith("condamn")
        and _SENTENCED_TO.match(text, trigger.end)
    ):
        # "a condamné mercredi à cinq ans de prison ferme le journaliste": a sentence
        # (SANCTION convict), not a condemnation; the lexicon's "condamner à" loses to
        # "condamné" alone when a time breaks the phrase (since 0.39.0).
        return replace(trigger, label="SANCTION", mode="convict")
    if trigger.label == "SANCTION" and trigger.mode == "withdraw" and _left_a_place(text, trigger):
        # "The UN mission completed its withdrawal from the Kidal region": forces leaving
        # a place retreat (codebook, RETREAT withdraw); leaving ECOWAS is a SANCTION
        # (since 0.29.0).
        return replace(trigger, label="RETREAT", mode="withdraw")
    if trigger.label == "RETREAT" and trigger.mode == "release" and _freed_by_forces(text, trigger):
        # "Les FDS ont libéré dimanche onze pêcheurs enlevés": hostages freed by the
        # forces are AID (corpus coding notes), the kidnappers retreat from nothing.
        return replace(trigger, label="AID", mode=None)
    return trigger


#: What follows "withdrawal from" when it names a place: "the Kidal region", "its bases",
#: "Mali" (a name the gazetteer knows is tried apart).
_PLACE_LEFT = re.compile(
    r"\s+(?:(?:its|their|the)\s+)?(?:(?:[A-Z][\w'’-]+|northern|southern|eastern|western|"
    r"central)\s+){0,3}(?:region|province|district|department|town|city|bases?|camps?|"
    r"positions?|area|country|garrison)\b"
)
_NAME_LEFT = re.compile(r"\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _left_a_place(text: str, trigger: Trigger) -> bool:
    """Whether an English "withdrawal from" is followed by a place, not a body."""
    if not trigger.text.lower().startswith("withdrawal from"):
        return False
    if _PLACE_LEFT.match(text, trigger.end):
        return True
    name = _NAME_LEFT.match(text, trigger.end)
    return name is not None and gazetteer.resolve(name.group("name")) is not None


def demined_device(text: str, t: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether ``t`` is the device of a demining whose verb is itself a trigger ("a
    neutralisé deux engins explosifs"): the verb is the event, not the device."""
    found = _DEMINED.search(text, max(0, t.start - 60), t.start)
    return (
        t.label in ("ASSAULT", "COERCE")
        and found is not None
        and any(u is not t and found.start() <= u.start < t.start for u in triggers)
    )


#: A crowd that broke up by itself (since 0.19.0): "s'est dispersé dans le calme",
#: "avant de se disperser" (``REFLEXIVE`` before it).
_DISPERSE = re.compile(r"^dispers", re.IGNORECASE)


#: Verbs of making a device safe, and the device after them.
_MAKING_SAFE = re.compile(
    r"^(?:désamorc|neutralis|détrui|démantel|defus|neutrali[sz])", re.IGNORECASE
)
#: The words of a device.
_DEVICE_WORDS = (
    r"(?:engins?\s+explosifs?|mines?|bombes?|obus|IEDs?|explosive\s+devices?|landmines?)"
)
_DEVICE_AFTER = re.compile(
    r"\s+(?:(?:un|une|deux|trois|des|plusieurs|an|a|two|three|several|the)\s+)?"
    + _DEVICE_WORDS
    + r"\b",
    re.IGNORECASE,
)


#: A device made safe before it went off: "a découvert et désamorcé un engin explosif",
#: "defused an IED".
_DEMINED = gated(
    re.compile(
        r"\b(?:désamorc\w*|neutralis\w*|détrui\w*|démantel\w*|découvert|defused|defusing|"
        r"dismantled|neutrali[sz]ed|destroyed|found|discovered)\s+"
        r"(?:(?:et|and)\s+\w+\s+)?(?:un|une|deux|trois|des|plusieurs|an|a|two|three|several|the|l['’]|les)?\s*$",
        re.IGNORECASE,
    )
)


#: The device first, its making safe after (since 0.46.1): "un engin explosif improvisé
#: a été découvert et détruit", "an IED was found and defused".
_DEMINED_AFTER = re.compile(
    # In the passive only: "un engin explosif avait détruit un tracteur" is a blast.
    r"(?:\s+(?!(?:a|ont|was|were|has|have)\b)[\w'’-]+){0,3}?\s+(?:(?:a|ont|avait|avaient)\s+été|"
    r"was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:découverte?s?|désamorcée?s?|neutralisée?s?|détruite?s?|démantelée?s?|"
    r"found|discovered|defused|dismantled|destroyed|neutrali[sz]ed)\b",
    re.IGNORECASE,
)


#: An inquiry, and its being published ("avait publié la semaine dernière une enquête",
#: "published an investigation").
_INQUIRY_NOUN = re.compile(r"(?:enquêtes?|investigations?|inquiry)\b", re.IGNORECASE)
_PUBLISHED_BEFORE = re.compile(
    r"\b(?:publi\w*|paru\w*|signé\w*|rédigé\w*|diffus\w*|published|ran|aired)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:une|son|sa|l['’]|cette|an|a|its|the)\s*$",
    re.IGNORECASE,
)
#: A trigger that names an aircraft ("hélicoptère de combat", "attack helicopter").
_CRAFT = re.compile(
    r"(?:hélicoptères?|avions?|drones?|attack\s+helicopters?|aircraft)\b", re.IGNORECASE
)
#: Supplying it: "a livré la semaine dernière deux", "delivered two", "a acquis".
_SUPPLIED_BEFORE = re.compile(
    r"\b(?:livr\w*|acqui[st]\w*|reçu\w*|achet\w*|command[ée]\w*|doté\w*|fourni\w*|"
    r"delivered|delivering|acquired|received|bought|purchased|supplied|ordered|donated|"
    r"offert\w*|don\s+de)\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
#: A trigger that names a device.
_DEVICE = re.compile(_DEVICE_WORDS + r"\b", re.IGNORECASE)
#: The device told before the verb that made it safe: "un engin explosif a été découvert
#: et *détruit*", "an IED was found and *destroyed*".
_DEVICE_BEFORE = re.compile(
    r"\b"
    + _DEVICE_WORDS
    + r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:a|ont|avait|avaient)\s+été|was|were|has\s+been|"
    r"have\s+been|had\s+been)\s+(?:\w+\s+(?:et|puis|and|then)\s+)?$",
    re.IGNORECASE,
)


#: "emmener": who or what was led away decides between an abduction and a seizure.
_LEAD_AWAY = re.compile(r"^emmen", re.IGNORECASE)
_LIVESTOCK = r"bétail|têtes|animaux|bœufs|boeufs|bovins|moutons|chèvres|caprins|chameaux"
_GOODS_AFTER = re.compile(
    rf"[^.;\n]{{0,40}}?\b(?:{_LIVESTOCK}|ânes|motos?|véhicules?|camions?|vivres|marchandises|"
    r"armes|munitions|biens|argent|recettes?|téléphones?)\b",
    re.IGNORECASE,
)
#: Since 0.67.0 the lexicon's generic verbs of taking: a seizure only with goods taken
#: (:func:`idle_taking`).
_TAKE = frozenset({"prendre", "take", "took", "taken", "recover"})
#: The forms a seizure is told in: a French past participle (the present "on nous prend
#: nos animaux" tells a habit), an English past or gerund ("taking their weapons").
_TAKE_TOLD = re.compile(
    r"(?:pris|prise|prises|took|taking|taken|recovered|recovering)", re.IGNORECASE
)
_TAKEN_GOODS = (
    rf"(?:{_LIVESTOCK}|ânes|motos?|motocyclettes?|véhicules?|camions?|voitures?|vivres|"
    r"marchandises|armes|munitions|biens|argent|recettes?|téléphones?|ordinateurs?|"
    r"médicaments|carburant|récoltes?|vehicles?|trucks?|pick-?ups?|cars?|motorbikes?|"
    r"motorcycles?|phones?|laptops?|computers?|money|cash|cattle|livestock|goats|sheep|"
    r"camels|weapons|arms|ammunition|medicines?|drugs|food|fuel|equipment|goods)"
)
#: Goods as the object, right after the verb: "pris son téléphone", "took the
#: organisation's pickup truck", "recovered weapons".
_TAKEN_GOODS_AFTER = re.compile(
    r"\s+(?:(?:away|off|with|tous|toutes|also|également)\s+)?(?:(?:le|la|les|un|une|des|du|"
    r"son|sa|ses|leur|leurs|the|a|an|their|its|his|her|several|some|all|plusieurs|"
    r"\w+[’']s|\d+|deux|trois|two|three)\s+|l['’]\s*)*(?:[\w-]+\s+){0,2}?" + _TAKEN_GOODS + r"\b",
    re.IGNORECASE,
)
#: Goods told before a passive: "The vehicle, phones and a laptop were taken".
_TAKEN_GOODS_BEFORE = re.compile(
    r"\b" + _TAKEN_GOODS + r"\b[^.;\n]{0,50}?\b(?:été|ont\s+été|a\s+été|were|was|have\s+been|"
    r"has\s+been|had\s+been)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Since 0.58.0 what tells an act was not done: "sans avoir été", "sans", "without".
_WITHOUT = gated(
    re.compile(
        r"\b(?:sans|without)\s+(?:(?:avoir|être|été|aucune?|any|being|having\s+been)\s+){0,2}$",
        re.IGNORECASE,
    )
)
#: Since 0.58.0 a theft's verb: "ont volé", "dérobés", "subtilisé".
_STEAL = re.compile(r"^(?:vol|dérob|subtilis)", re.IGNORECASE)
#: Goods told before a passive theft: "des motos et du bétail ont été volés".
_GOODS_BEFORE = re.compile(
    rf"\b(?:{_LIVESTOCK}|troupeaux?|ânes|motos?|véhicules?|camions?|vivres|marchandises|"
    r"armes|munitions|biens|argent|recettes?|téléphones?)\b[^.;\n]{0,50}?"
    r"\b(?:été|ont|a|avait|avaient|sont)\s+(?:\S+\s+)?$",
    re.IGNORECASE,
)
#: Since 0.61.0 an agreement in force, named by what is done under it or by its year.
_AGREEMENT_NOUN = re.compile(
    r"^(?:accords?|agreements?|accord\s+de\s+paix|peace\s+agreement)$", re.I
)
_STANDING_AGREEMENT_BEFORE = re.compile(
    r"\b(?:signataires?|mise\s+en\s+œuvre|suivi|application|respect|violation|termes|"
    r"signatories|implementation|terms|breach)\s+(?:de\s+l['’]|du|des|de|of\s+the|of)\s*$",
    re.IGNORECASE,
)
#: Since 0.67.0 an agreement ended, left or denounced is the object of that act (a
#: SANCTION), no agreement reached: "a day after the military government ended a defence
#: agreement with Washington", "terminated the military cooperation agreement", "a
#: dénoncé l'accord de défense", "s'est retiré de l'accord", "a mis fin à l'accord".
_ENDED_AGREEMENT_BEFORE = re.compile(
    r"\b(?:ended|ends|ending|terminat\w+|scrapp\w+|cancel+\w*|"
    r"suspend\w*|quit|quitting|withdr[ae]w\w*\s+from|pull\w*\s+out\s+of|tore\s+up|"
    r"tearing\s+up|renounc\w+|denounc\w+|revok\w+|abrogat\w+|romp\w+|"
    r"dénon[cç]\w*|abrog\w+|résili\w+|annul\w+|quitt\w+|"
    r"retir\w+\s+de|sorti\w*\s+de|(?:mis|met|mettre|mettant)\s+fin\s+à|fin\s+de|"
    r"rupture\s+de|suspension\s+de|dénonciation\s+de|end\s+of|termination\s+of)"
    r"\s+(?:\w+\s+)?(?:the|a|an|its|their|this|that|l['’]|les|un|une|le|la|son|sa|ses|"
    r"leur|leurs|cet|cette|ces|des|du)\s*(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_AGREEMENT_MADE_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:conclu|signé|négocié|passé|scellé|obtenu|reached|signed|"
    r"negotiated|struck|sealed)\w*\b",
    re.IGNORECASE,
)
_AGREEMENT_YEAR = re.compile(r"\s+(?:de|d['’]|of)\s*(?:19|20)\d\d\b", re.IGNORECASE)
#: Livestock led away: "emmené presque tout le bétail", "emmené des dizaines de têtes".
_HERD_AFTER = re.compile(rf"[^.;\n]{{0,40}}?\b(?:{_LIVESTOCK}|troupeaux?)\b", re.IGNORECASE)
#: English "support" as a thing given or a name, not a stance taken.
_SUPPORT_WORD = re.compile(r"^support(?:ed)?$", re.IGNORECASE)
_SUPPORT_AS_THING = re.compile(
    r"\b(?:the|of|with|for|military|financial|air|budget|logistical|technical|up|their|its)\s+$",
    re.IGNORECASE,
)


def _support_as_a_thing(text: str, t: Trigger) -> bool:
    """Whether an English "support" is a thing or part of a name, not support voiced."""
    if not _SUPPORT_WORD.match(t.text):
        return False
    if t.text[0].isupper() and not _SENTENCE_START_BEFORE.search(
        text, max(0, t.start - 3), t.start
    ):
        return True  # "the Rapid Support Forces"
    if t.text.lower() == "supported":
        return text[t.end : t.end + 4].lower() == " by "  # "a clinic supported by UNICEF"
    return _SUPPORT_AS_THING.search(text, max(0, t.start - 20), t.start) is not None


_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;]\s+|\n|[\"“(]\s*)$")


#: "faire irruption": how attackers came in.
_IRRUPTION = re.compile(r"^(?:fait|faire|font|firent|ont\s+fait)\s+irruption$", re.IGNORECASE)
#: English or French interception of a vehicle or its people (since 0.63.0).
_INTERCEPTION = re.compile(r"^intercept", re.IGNORECASE)
#: Goods right after an interception's verb: "un convoi de carburant", "a shipment of
#: weapons", "une cargaison de drogue", "a truck carrying cannabis" (since 0.63.0).
_CARGO = (
    r"\b(?:carburant|essence|gasoil|fuel|armes|weapons|arms|munitions|"
    r"ammunition|drogues?|drugs|cannabis|cocaïne|cocaine|chanvre|marchandises|goods|"
    r"explosifs|explosives|engrais|fertili[sz]er|médicaments|medicines|cigarettes|"
    r"contrebande|contraband|cargaisons?|shipments?|consignments?)\b"
)
_CARGO_AFTER = re.compile(r"[^.;\n]{0,70}?" + _CARGO, re.IGNORECASE)
#: The same goods told before a passive interception: "Deux camions chargés de munitions
#: ont été interceptés par une patrouille".
_CARGO_BEFORE = re.compile(_CARGO + r"[^.;\n]{0,60}$", re.IGNORECASE)
#: The security forces named before an interception (its subject) or after "par"/"by"
#: (its agent): who stops goods to take them; "bound for the army" names no one who did.
_SEIZING_FORCES = (
    r"\b(?:armée|army|militaires?|soldats?|soldiers?|troops|forces|FAMa|FDS|police|"
    r"policiers|gendarmes?|gendarmerie|douanes?|douaniers|customs|garde\s+nationale|"
    r"national\s+guard|patrouilles?|patrols?)\b"
)
_SEIZING_FORCES_BEFORE = re.compile(_SEIZING_FORCES + r"[^.;\n]*$", re.IGNORECASE)
_FORCES_AGENT = re.compile(
    r"[^.;\n]{0,60}?\b(?:par|by)\s+(?:l['’]|la|les|le|des|the|a|une?)?\s*(?:\w+\s+){0,2}?"
    + _SEIZING_FORCES,
    re.IGNORECASE,
)
#: A verb imposing the sanction before "contre"/"against": "a pris contre Bamako de
#: lourdes sanctions", "imposed against the junta new sanctions" keep the sanction.
_IMPOSING_BEFORE = re.compile(
    r"\b(?:pris|prendre|prend|imposé\w*|imposer|impose\w*|adopté\w*|adopt\w*|décidé|"
    r"décider|infligé\w*|prononcé\w*|annoncé\w*|took|take|slap\w*|announc\w*|"
    r"decid\w*|vot\w*)\s+(?:\S+\s+){0,2}?$",
    re.IGNORECASE,
)
#: The cause marchers walk for: what makes a "défilé" a protest, not a parade (0.63.0).
_PROTEST_PURPOSE = re.compile(
    r"\b(?:contre|oppos\w*|dénonc\w*|protest\w*|réclam\w*|exig\w*|revendi\w*|"
    r"banderoles?|pancartes?|slogans?|manifest\w*|colère|soutien|libération)\b",
    re.IGNORECASE,
)
#: A journey's participle: "se rendant à", "travelling to", "heading to" (since 0.63.0).
_JOURNEY_PARTICIPLE = re.compile(r"^(?:se\s+)?(?:rendant|travell?ing|heading|going)\b", re.I)
#: Who or what travels, named right before the participle: a convoy, a vehicle, traders.
_TRAVELLERS_BEFORE = re.compile(
    r"\b(?:convois?|convoys?|colonnes?|columns?|bus|cars?|minibus|camions?|trucks?|"
    r"véhicules?|vehicles?|citernes?|tankers?|pirogues?|boats?|caravanes?|caravans?|"
    r"passagers|passengers|voyageurs|travell?ers|commerçants|traders|forains|"
    r"transporteurs|drivers|chauffeurs)\b[^.;\n]{0,50}?$",
    re.IGNORECASE,
)
#: What a sanction named as the object of a protest or a criticism is preceded by:
#: "contre les sanctions", "against ECOWAS sanctions", "dénoncé un embargo" (0.63.0).
_OPPOSED_BEFORE = re.compile(
    r"\b(?:contre|against|over|protesting|dénonc\w*|denounc\w*|condemn\w*|fustig\w*|"
    r"décri\w*|oppos\w*|"
    # the sanction as the cause of hardship: "à cause de l'embargo", "because of the
    # sanctions", "les effets des sanctions", "depuis le début de l'embargo"
    r"cause\s+(?:de|des|du)|because\s+of|due\s+to|raison\s+(?:de|des|du)|effets?|"
    r"effects?|impacts?|conséquences?|consequences?|début|suite\s+(?:à|aux)|"
    # or the hardship blamed on it: "qu'elles attribuent aux sanctions", "blamed on"
    r"attribu\w*|imput\w*|blam\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:l['’]\s*)?$",
    re.IGNORECASE,
)


def _entry_of_another_act(text: str, t: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether the sentence of an irruption tells what the intruders did instead: an
    abduction, an arrest or a seizure, a threat, a burning (a killing is the
    irruption's toll: "ont fait irruption dans le village, tuant 37 civils")."""
    start, end = _written_sentence(text, t)
    return any(
        o is not t
        and start <= o.start < end
        and (
            (o.label == "ASSAULT" and o.mode == "abduct")
            or o.label in ("COERCE", "THREATEN")
            or burns(o)
        )
        for o in triggers
    )


#: The intruders opening the next sentence: "Ils ont emmené", "Ils les ont enlevés".
_THEY_HAVE = re.compile(r"\s*(?:Ils|Elles)\s+(?:les?\s+|l['’])?(?:ont|avaient)\s+")
#: A killing or shooting in the irruption's sentence: the irruption is the attack.
_SHOOTING = re.compile(r"\b(?:tu|abatt|ouv\w*\s+le\s+feu|tir|bless|mitraill)", re.IGNORECASE)


def _entry_of_next_act(text: str, t: Trigger, triggers: Sequence[Trigger]) -> bool:
    """Whether the next sentence, opening on the intruders ("Ils ont emmené deux
    commerçants"), tells what they did instead of an attack: an abduction or an arrest
    (since 0.66.0; "ont fait irruption dans le marché, tuant quatre commerçants" stays)."""
    start, end = _written_sentence(text, t)
    they = _THEY_HAVE.match(text, end + 1)
    if they is None or _SHOOTING.search(text, start, end) is not None:
        return False
    nxt = _written_sentence(text, replace(t, start=they.end(), end=they.end()))
    return any(
        nxt[0] <= o.start < nxt[1]
        and ((o.label == "ASSAULT" and o.mode == "abduct") or o.label == "COERCE")
        # "Ils ont emmené ..." with no armed men named is dropped: no act to leave it to.
        and not (_LEAD_AWAY.match(o.text) and not _led_away_by_force(text, o))
        for o in triggers
    )


_ACCORD = re.compile(r"^(?:accords?|agreements?)$", re.IGNORECASE)
_NO_ACCORD = re.compile(
    r"\b(?:sans|aucun|aucune|pas\s+d['’]|faute\s+d['’]|no|without)\s*$", re.IGNORECASE
)
_ACCUSATIONS = re.compile(r"^(?:accusations?|allegations?)$", re.IGNORECASE)
_REJECTED = re.compile(
    r"\b(?:rejet\w*|rejeté\w*|réfut\w*|dément\w*|démenti\w*|rejects?|rejected|dismiss\w*|"
    r"den(?:y|ies|ied))\b[^.;]*$",
    re.IGNORECASE,
)
#: Who made the accusations, right after the noun: "d'habitants", "du collectif", "by".
_ACCUSER_AFTER = re.compile(r"\s+(?:d['’]|de\s+|du\s+|des\s+|by\s+|made\s+by)", re.IGNORECASE)
#: An inquiry, in French and since 0.63.0 in English ("investigation", "inquiry").
_INQUIRY = re.compile(r"^(?:enquêtes?|investigations?|inquiry|inquiries)$", re.IGNORECASE)
#: "demande l'ouverture d'une enquête", "réclame « une enquête indépendante »", since
#: 0.63.0 "called on the authorities to open an inquiry", "urged an investigation".
_INQUIRY_ASKED = re.compile(
    r"\b(?:demand\w*|réclam\w*|exig\w*|appel\w*|plaid\w*|call(?:s|ed|ing)?|urg\w*|"
    r"ask\w*|press(?:es|ed|ing)?)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_INQUIRY_PUBLISHED = re.compile(
    # Since 0.66.0 also "au lendemain de la parution d'une enquête".
    r"\b(?:publi|diffus|réalis|publish|releas|paru)\w*\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
#: Since 0.66.0 an inquiry asked for further from the demand, through what is asked:
#: "a demandé mercredi aux autorités l'ouverture d'une enquête", "a réclamé jeudi la mise
#: en place d'une commission d'enquête", "called for the opening of an inquiry"; or one
#: a party is only ready to hold ("se dit disposé à mettre en place une commission
#: d'enquête").
_INQUIRY_ASKED_FAR = re.compile(
    r"\b(?:demand\w*|réclam\w*|exig\w*|appel\w*|plaid\w*|call(?:s|ed|ing)?|urg\w*|"
    r"ask\w*|disposée?s?|prête?s?|ready|willing)\b[^.;]{0,70}"
    r"\b(?:l['’]ouverture|la\s+mise\s+en\s+place|la\s+création|mettre\s+en\s+place|"
    r"créer|ouvrir|the\s+opening|the\s+setting\s+up|set\s+up|open)\s+"
    r"(?:\S+\s+){0,2}?(?:d['’]une|une|of\s+an?|an?)\s+"
    r"(?:(?:commission|commissions)\s+(?:\S+\s+)?(?:d['’]|of\s+))?$",
    re.IGNORECASE,
)
_INQUIRY_NOT_OPENED = re.compile(r"\s+(?:publiée?s?|parue?s?|journalistique)|\s*»", re.IGNORECASE)


def _not_an_inquiry_opened(text: str, t: Trigger) -> bool:
    """Whether "enquête" names a demand for one, a press investigation ("une enquête
    publiée le 20 novembre"), or the needs of one ("pour les besoins de l'enquête")."""
    before = text[max(0, t.start - 60) : t.start]
    return bool(
        _INQUIRY_ASKED.search(before)
        or _INQUIRY_ASKED_FAR.search(text, max(0, t.start - 140), t.start)
        or _INQUIRY_PUBLISHED.search(before)
        or _INQUIRY_NOT_OPENED.match(text, t.end)
        or before.lower().rstrip().endswith(("besoins de l'", "besoins de l’"))
    )


#: Who takes people or goods away by force, or the force itself.
_TAKERS = re.compile(
    r"\b(?:assaillants|hommes\s+armés|individus\s+armés|éléments\s+armés|jihadistes|"
    r"djihadistes|terroristes|ravisseurs|bandits|groupes?\s+armés?|insurgés|de\s+force|"
    r"voleurs|malfaiteurs|combattants|"
    # Since 0.25.0 gunmen and named groups: "emmené par les tireurs".
    r"tireurs|hommes\s+en\s+armes|kidnappeurs|boko\s+haram|jnim|eigs|ei\s+sahel|iswap)\b",
    re.IGNORECASE,
)
#: Since 0.25.0 people led away beside people killed or wounded: "Deux pêcheurs ont été
#: tués et quatre autres emmenés vers les îles".
_KILLED_AND = re.compile(
    r"\b(?:tuée?s?|abattue?s?|exécutée?s?|blessée?s?)\s+et\s+[^.;,]{0,40}$", re.IGNORECASE
)


def _led_away_by_force(text: str, t: Trigger) -> bool:
    """Whether the sentence of an "emmener" trigger tells of armed men or force, or
    (since 0.66.0) the sentence before it in its paragraph does: "Les assaillants ont
    emporté le bétail. Ils ont aussi emmené quatre personnes" tells the raiders' second
    act, people taken, in a sentence of its own."""
    start, end = _written_sentence(text, t)
    if _TAKERS.search(text, start, end) or _KILLED_AND.search(text, max(0, t.start - 80), t.start):
        return True
    return _TAKERS.search(text, *_sentence_before(text, start)) is not None


def _sentence_before(text: str, start: int) -> tuple[int, int]:
    """The span of the written sentence that ends right before ``start`` in the same
    paragraph (an empty span at a paragraph's opening)."""
    if start < 2 or text[start - 1] == "\n":
        return start, start
    opening = max(text.rfind(". ", 0, start - 2), text.rfind("\n", 0, start - 2)) + 1
    return opening, start


#: A person taken rather than goods: "who was seized by gunmen", "seized two aid workers".
_PERSON_TAKEN_BEFORE = re.compile(
    r"\b(?:who|whom|"
    # Since 0.38.0 people named by a pronoun or a noun of people: "The pair, a Nigerien
    # and a Cameroonian, were seized", "they were seized", "the two men were seized".
    r"they|he|she|the\s+pair|the\s+(?:two|three|four|five|six|\d+)(?:\s+\w+)?|"
    r"the\s+(?:men|women|victims|hostages|workers|teachers|passengers|traders|children|"
    # Since 0.60.0 one person or more people named by their trade: "The man, who works
    # for a local charity, was seized", "The farmers were seized on Wednesday".
    r"man|woman|boy|girl|farmers|herders|villagers|fishermen|worshipp?ers|students|pupils|"
    r"drivers|miners|nurses|doctors|engineers|officials|aid\s+workers?))"
    r"(?:,[^,.;]{1,60},)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+$",
    re.IGNORECASE,
)
_PERSON_GAP = re.compile(r"^\s+(?:(?:the|a|an|two|three|four|five|six|several|\d+)\s+)?$")
_TAKEN_PERSON = re.compile(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+$")


#: Captives right after a taking: "avec leurs captives", "the hostages".
_CAPTIVES_AFTER = re.compile(
    r"\s+(?:(?:leurs?|les|ses|des|their|the|its|his)\s+)?(?:\w+\s+)?"
    r"(?:captifs?|captives?|otages?|prisonniers?|prisonnières?|hostages?|prisoners?)\b",
    re.IGNORECASE,
)
#: People right after a seizure's verb: a determiner or a count, at most two words that
#: qualify, then a noun of people ("a truck driver", "two aid workers", "un conseiller").
_PEOPLE_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|some|\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)\s+)"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:drivers?|workers?|councillors?|chiefs?|teachers?|m[ae]n|wom[ae]n|people|persons?|"
    r"civilians?|villagers?|traders?|merchants?|passengers?|officials?|nationals?|"
    r"engineers?|employees?|hostages?|nurses?|doctors?|journalists?|priests?|pastors?|"
    r"imams?|farmers?|herders?|students?|pupils?|child|children|boys?|girls?|tourists?|"
    r"missionar(?:y|ies)|mayors?|residents?|contractors?|"
    # Since 0.60.0 more people taken: "seized 30 worshippers", "seized two fishermen".
    r"worshipp?ers?|faithful|congregants?|pilgrims?|fishermen|miners?|youths?|soldiers?|"
    r"gendarmes?|policemen|elders|relatives|humanitarians?|fidèles|pêcheurs?|orpailleurs?|"
    r"villageois|éleveurs?|agriculteurs?|élèves|femmes|hommes|personnes|soldats?|"
    r"chauffeurs?|conseillers?|enseignants?|commerçants?|passagers?|otages?|civils)"
    r"(?![\w'’])",
    re.IGNORECASE,
)
#: A noun of people the English participle follows (since 0.60.0): "three hostages
#: seized in January", "the farmers seized last week".
_PEOPLE_BEFORE = re.compile(
    r"\b(?:hostages|captives|people|civilians|villagers|farmers|herders|traders|"
    r"passengers|workers|teachers|students|worshipp?ers|pilgrims|fishermen|miners|women|"
    r"men|children|girls|boys|soldiers|officials|nationals|tourists|missionaries)\s+$",
    re.IGNORECASE,
)
#: What follows a passive participle, not an object (since 0.60.0): "seized in January",
#: "seized on Sunday", "seized by gunmen", "seized last week", "seized, ...".
_PASSIVE_AFTER = re.compile(
    r"\s*(?:[,.;)]|(?:in|on|at|near|by|from|during|last|earlier|since|while|when|after|"
    r"before|along|outside|inside)\b)",
    re.IGNORECASE,
)
#: A seizure from a person rather than of one.
_ROBBED = re.compile(r"dépouill", re.IGNORECASE)


#: Livestock right before a taking's participle (since 0.60.0): "le nombre de têtes
#: enlevées", "du bétail enlevé", "cattle taken".
_HERD_BEFORE = re.compile(
    # Not a trade named by its goods: "un commerçant de bétail a été enlevé".
    r"(?<!commerçant\sde\s)(?<!marchand\sde\s)(?<!vendeur\sde\s)(?<!négociant\sen\s)"
    rf"\b(?:{_LIVESTOCK}|troupeaux?|cattle|livestock|camels|goats|sheep)\s+"
    r"(?:(?:ont|a|avaient|avait|sont|ont\s+été|a\s+été|avaient\s+été|were|was|had\s+been)\s+)?$",
    re.IGNORECASE,
)


def abduction(text: str, trigger: Trigger, people: Sequence[tuple[int, int]]) -> Trigger:
    """A seizure (COERCE seize) of a person is an abduction (ASSAULT abduct, codebook):
    "a priest who was seized by gunmen", "gunmen seized two aid workers", "the mayor
    was seized"; a taking of livestock is a seizure ("têtes enlevées")."""
    if (
        trigger.label == "ASSAULT"
        and trigger.mode == "abduct"
        and _HERD_BEFORE.search(text, max(0, trigger.start - 40), trigger.start)
    ):
        return replace(trigger, label="COERCE", mode="seize")
    if trigger.label != "COERCE" or trigger.mode != "seize":
        return trigger
    if _ROBBED.match(trigger.text):
        # "dépouiller un commerçant de sa recette": the person is robbed, not taken
        # (since 0.26.0; the rule below made it an abduction).
        return trigger
    if _LEAD_AWAY.match(trigger.text):
        # "a été emmené par les assaillants", "deux commerçants qu'ils ont emmenés": people
        # led away; "emmené presque tout le bétail": goods (since 0.17.0).
        if _GOODS_AFTER.match(text, trigger.end):
            return trigger
        return replace(trigger, label="ASSAULT", mode="abduct")
    if _CAPTIVES_AFTER.match(text, trigger.end):
        # "repartir avec leurs captives", "took the hostages away": the people taken
        # (since 0.35.0).
        return replace(trigger, label="ASSAULT", mode="abduct")
    before = text[max(0, trigger.start - 100) : trigger.start]
    if _PEOPLE_AFTER.match(text, trigger.end):
        # "Gunmen seized a truck driver", "seized two aid workers": a noun of people
        # right after the verb, which the recogniser need not tag (since 0.58.0).
        return replace(trigger, label="ASSAULT", mode="abduct")
    person = (
        (
            _PERSON_TAKEN_BEFORE.search(before) is not None
            or (
                trigger.text.lower().endswith("ed")
                and _PEOPLE_BEFORE.search(before) is not None
                # A participle, not a verb with its object: "Soldiers seized three trucks".
                and _PASSIVE_AFTER.match(text, trigger.end) is not None
            )
        )
        or any(
            (trigger.end <= s and _PERSON_GAP.match(text[trigger.end : s]))
            or (e <= trigger.start and _TAKEN_PERSON.fullmatch(text, e, trigger.start))
            for s, e in people
        )
    )
    return replace(trigger, label="ASSAULT", mode="abduct") if person else trigger


#: Types that PLOVER recodes AGREE when told in the future (codebook, AGREE): what
#: happened is the commitment ("le représentant doit se rendre à Ouallam la semaine
#: prochaine", "will deliver aid").
_COMMITTED = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


def commitment(trigger: Trigger, fact: Factuality) -> tuple[Trigger, Factuality]:
    """A cooperative act told in the future becomes the AGREE that commits to it, in the
    past (codebook, temporal status: the PLOVER recoding rules come first)."""
    if fact.temporal_status == "future" and trigger.label in _COMMITTED:
        return replace(trigger, label="AGREE", mode=None), replace(fact, temporal_status=None)
    return trigger, fact


def unplanned(
    arguments: Sequence[Argument],
    by_dateline: frozenset[int],
    mentions: Sequence[Mention],
    dateline: str,
) -> list[Argument]:
    """The arguments without the dates after the dateline of the ``by_dateline`` triggers:
    an AGREE recoded from a future act takes the time of the announcement, never the
    planned date (codebook, "time"); a past act happened by the dateline (ISO dates
    compare as text)."""
    return [
        a
        for a in arguments
        if not (
            a.trigger in by_dateline
            and a.role == Role.TIME
            and first_day(mentions[a.mention].textareas.get(Normalised.DATE) or "0000") > dateline
        )
    ]


#: A date told as the start or the deadline of what is planned (since 0.67.0): "dès
#: janvier", "à partir du mois prochain", "d'ici la fin de l'année", "by the end of the
#: year", "starting in March". It is no date of the commitment (AGREE).
_PLANNED_FROM = re.compile(
    r"\b(?:dès|à\s+partir\s+d[eu']?|à\s+compter\s+d[eu']?|d['’]ici|avant|by|from|"
    r"starting|before|as\s+of)\s*(?:(?:le|la|l['’]|du|de|the|in|on)\s*)?$",
    re.IGNORECASE,
)


def without_planned_starts(
    text: str,
    arguments: Sequence[Argument],
    commitments: frozenset[int],
    mentions: Sequence[Mention],
) -> list[Argument]:
    """The arguments without the dates of the ``commitments`` (AGREE) told as the start
    or the deadline of what is planned ("ont décidé de relancer dès janvier"): the
    commitment is made when it is told, :func:`unplanned` aside (since 0.67.0)."""
    return [
        a
        for a in arguments
        if not (
            a.trigger in commitments
            and a.role == Role.TIME
            and _PLANNED_FROM.search(
                text, max(0, mentions[a.mention].start - 25), mentions[a.mention].start
            )
        )
    ]


@dataclass(frozen=True)
class Merged:
    """The events kept: trigger indices, the kept triggers (a head without a mode takes
    the mode of a merged mention), and the arguments re-pointed at them."""

    triggers: list[int]
    arguments: list[Argument]
    kept: dict[int, Trigger]


#: Since 0.69.0 the words right before a destruction told as the result of the act before
#: it, with its own object: a participle ("détruisant des motos", "en incendiant",
#: "destroying motorcycles"), a verb conjoined to the act ("et détruit un dépôt", "and
#: destroyed a camp") or the infinitive of a claim ("affirmant avoir détruit deux
#: véhicules").
_RESULT_LEAD = re.compile(
    r"(?:,\s*(?:en\s+)?|\b(?:and|et)\s+(?:(?:a|ont|avait|avaient|had|has|have)\s+)?|"
    r"\b(?:avoir|having)\s+)$",
    re.IGNORECASE,
)
#: An act told first by its method: "ont d'abord pilonné le camp", "first shelled".
_FIRST_BEFORE = re.compile(
    r"\b(?:d['’]abord|first|initially|dans\s+un\s+premier\s+temps)\s+$", re.IGNORECASE
)
#: "shelled the camp first", "pilonné la position d'abord": the marker after the object.
_FIRST_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:first|d['’]abord)\b", re.IGNORECASE)


def act_of_its_own(text: str, t: Trigger) -> bool:
    """Whether an assault is told as an act of its own beside the act it follows, never
    one of its mentions (codebook, ASSAULT: one event per phase and per kind of act),
    since 0.69.0. Two families of wording the press uses:

    - the destruction of things told as a result of the act, by a participle or a verb
      conjoined to it, with an object ("ont frappé une base, détruisant des motos",
      "struck the attackers, killing several and destroying motorcycles", "affirme avoir
      neutralisé trente terroristes et détruit un dépôt"); not a passive toll ("deux
      véhicules ont été détruits", counted with the act);
    - an act of force told first by its method ("ont d'abord pilonné le camp au mortier,
      puis tenté d'en forcer l'entrée", "first shelled the base"): a phase of its own."""
    if t.label != "ASSAULT" or not t.mode:
        return False
    if t.mode == "destroy":
        return _RESULT_LEAD.search(text, max(0, t.start - 16), t.start) is not None
    return (
        _FIRST_BEFORE.search(text, max(0, t.start - 22), t.start) is not None
        or _FIRST_AFTER.match(text, t.end, t.end + 40) is not None
    )


#: The roles a result told by a participle or a conjoined verb shares with its act.
_SHARED_WITH_THE_ACT = (Role.ACTOR, Role.LOCATION, Role.TIME)


def _lent_arguments(
    ti: int,
    args: dict[int, list[Argument]],
    group: Sequence[int],
    triggers: Sequence[Trigger],
    span: tuple[int, int],
) -> list[Argument]:
    """The arguments of a result told as an act of its own (:func:`act_of_its_own`): its
    actor, place and day are those of the act it follows in its sentence ("l'aviation a
    frappé mardi une base près de Tillia, détruisant des motos": the air force, Tillia,
    Tuesday), which the parse gives the act, not the participle; its other roles (the
    things destroyed) its own, and so any role its own words tell."""
    before = [g for g in group if span[0] <= triggers[g].start < triggers[ti].start]
    if not before:
        return args.get(ti, [])
    # Each role from the latest of the act's mentions that has it ("a revendiqué l'attaque
    # de lundi [...], affirmant avoir tué dix soldats et détruit": the day is the attack's).
    lent: dict[str, list[Argument]] = {}
    giver: dict[str, int] = {}  # role: the mention that lends it
    for g in reversed(before):
        for a in args.get(g, []):
            if a.role in _SHARED_WITH_THE_ACT and giver.setdefault(a.role, g) == g:
                lent.setdefault(a.role, []).append(replace(a, trigger=ti))
    own = args.get(ti, [])
    # A role told in the result's own words stays its own ("and destroyed a camp near
    # Ayorou on Thursday": its place and day, not the clash's).
    told = {a.role for a in own}
    return own + [a for role, shared in lent.items() if role not in told for a in shared]


def _other_mode(t: Trigger, group: Sequence[Trigger]) -> bool:
    """Whether ``t`` and the group both have modes and no mode in common."""
    modes = {g.mode for g in group} - {None}
    return bool(t.mode and modes and t.mode not in modes)


def _coercion_apart(t: Trigger, group: Sequence[Trigger]) -> bool:
    """Whether a coercion and a group of coercions are of two modes ("la fermeture des
    frontières", restrict, after a coup, seize): two measures, not one told twice."""
    if t.label != "COERCE" or not t.mode:
        return False
    modes = {g.mode for g in group} - {None}
    return bool(modes) and t.mode not in modes


def _abducts(t: Trigger) -> bool:
    return t.label == "ASSAULT" and t.mode == "abduct"


#: A verb of recounting right after a quotation closes: a witness tells what happened
#: ("», a raconté un chauffeur", "», témoigne un éleveur", "," recalled a survivor).
_RECOUNTED = re.compile(
    r"[»”\"]\s*,?\s*(?:[\w'’-]+\s+){0,4}?"
    r"(?:racont|témoign|relat|se\s+souvient|décri|recount|recall|describ)",
    re.IGNORECASE,
)
#: The marks that open and close a quotation.
_QUOTE_OPEN = "«“"
_QUOTE_CLOSE = "»”"


def _recounted(text: str, t: Trigger, paragraph: tuple[int, int]) -> bool:
    """Whether ``t`` is told in a witness's quoted account within its paragraph: "«
    Ensuite, les terroristes ont ouvert le feu de tous les côtés », a raconté un chauffeur
    rescapé", "« Nous avons entendu trois explosions », raconte une commerçante",
    '"They then set fire to the trucks," a driver recounted' (since 0.67.0)."""
    lo, hi = paragraph
    before = text[lo : t.start]
    opened = max(before.rfind(c) for c in _QUOTE_OPEN)
    if opened < 0 or max(before.rfind(c) for c in _QUOTE_CLOSE) > opened:
        straight = before.count('"')
        if straight % 2 == 0:
            return False
        close = text.find('"', t.end, hi)
    else:
        close = min((k for c in _QUOTE_CLOSE if (k := text.find(c, t.end, hi)) >= 0), default=-1)
    if close < 0:
        return False
    return _RECOUNTED.match(text, close) is not None


def _abduction_sequel(t: Trigger) -> bool:
    """Whether ``t`` tells what may follow an abduction in its story: captives released
    (RETREAT release: "libéré", "relâché", "released") or goods the captors took (a
    COERCE seizure or one with no mode: "emporté", "pillé", "dépouillé", "took")."""
    return (t.label, t.mode) == ("RETREAT", "release") or (
        t.label == "COERCE" and t.mode in (None, "seize")
    )


def _captures(t: Trigger) -> bool:
    """Whether ``t`` is a capture of combatants ("capturé", "capture"): an abduction by the
    codebook, but of fighters, not of the hostages other abductions take (since 0.66.0)."""
    return _abducts(t) and t.text.lower().startswith("captur")


def _same_word(t: Trigger, group: Sequence[int], triggers: Sequence[Trigger]) -> bool:
    """Whether a group holds a trigger of ``t``'s type told by the same word ("accroché",
    "l'accrochage"; "embuscade", "l'embuscade"): the first five letters agree."""
    stem = t.text.lower()[:5]
    # Since 0.62.0 a word of four letters whole ("raid", "tirs": "the market raid"
    # after "gunmen raided a market").
    return (len(stem) == 5 or (len(stem) == 4 and t.text.isalpha())) and any(
        triggers[g].label == t.label and triggers[g].text.lower().startswith(stem) for g in group
    )


def _is_toll(t: Trigger) -> bool:
    return _toll_word(t.text)


@lru_cache(maxsize=4096)
def _toll_word(word: str) -> bool:
    """Whether a trigger's words report a toll (:data:`_TOLL`). Remembered: merging
    asks it of every trigger pair of a long article, hundreds of times (0.68.0)."""
    return _TOLL.match(word) is not None


#: A toll told as a rumour its sentence denies (since 0.60.0): "a réfuté les
#: informations selon lesquelles un enseignant aurait été tué", "denied reports that a
#: teacher had been killed", "Un enseignant aurait été tué, mais cette information est
#: fausse": the denied act, not the toll of an act told in an earlier sentence.
_DENIED_TOLL = re.compile(
    r"\b(?:réfut\w*|dément\w*|démenti\w*|démentant|den(?:y|ies|ied|ying)|rejet\w*|"
    r"rejected|dismiss\w*|infond\w*|fausses?|faux|erron\w*|false|untrue|unfounded|"
    r"baseless)\b",
    re.IGNORECASE,
)
#: The toll's own verb in the conditional or reported: "aurait été tué", "auraient
#: péri", "had been killed" after "reports that".
_HEARSAY_TOLL = re.compile(
    r"\b(?:aurai(?:en)?t(?:\s+été)?|seraient|serait|would\s+have\s+been|had\s+been|"
    r"have\s+been|has\s+been|was|were)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


#: A passive auxiliary right before a toll verb: "were killed", "ont été tués", "sont".
_PASSIVE_BEFORE = re.compile(
    r"\b(?:were|was|have\s+been|had\s+been|ont\s+été|a\s+été|avaient\s+été|sont|"
    r"est)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _toll_after_an_act(text: str, t: Trigger, group: Sequence[Trigger]) -> bool:
    """Whether ``group`` is only a toll told in the passive before ``t``, an act named by
    a noun after "after" ("Five soldiers were killed ... after an ambush", "Cinq soldats
    ont été tués après une embuscade"): the act's toll, one event (since 0.60.0). Not
    "its troops had killed 20 militants, after jihadists ambushed a convoy", an act of
    its own that the ambush prompted."""
    return (
        NEW_CAUSE_BEFORE.search(text, max(0, t.start - 30), t.start) is not None
        and bool(group)
        and all(
            _is_toll(g)
            and g.start < t.start
            and _PASSIVE_BEFORE.search(text, max(0, g.start - 25), g.start) is not None
            for g in group
        )
    )


#: A clause of its own opened by "after" ("after jihadists ambushed a convoy", "après que
#: des hommes armés ont attaqué"): a new act that prompted the other (since 0.59.0).
_CAUSE_CLAUSE_BEFORE = gated(
    re.compile(
        r"\b(?:after|après\s+que?|après\s+qu['’])\s*(?!the\b|l['’]|la\b|le\b|les\b|its\b|"
        r"their\b|this\b|that\b|ces?\b|cette\b)(?:[\w'’-]+\s+){1,3}"
        r"(?:(?:ont|a|avaient|avait|had|have|has)\s+)?$",
        re.IGNORECASE,
    )
)


#: A later act told after another in one sentence (since 0.59.0): "puis", "and later".
_THEN = re.compile(
    r"(?:,\s*|\s)(?:puis|ensuite|avant\s+de|and\s+(?:later|then)|then|later|before)\s",
    re.IGNORECASE,
)
#: A count of people killed told by its participle after an act: "tuant cinq soldats",
#: "killing eight passengers" (since 0.59.0).
#: A toll by participle right after an act's clause (since 0.60.0): "ont accroché les
#: assaillants à quelques kilomètres du site, en tuant deux", "clashed with them, killing".
_OWN_TOLL_AFTER = re.compile(
    r"[^.;:\n]{0,80}?,\s+(?:en\s+)?(?:tuant|blessant|neutralisant|killing|wounding)\s",
    re.IGNORECASE,
)
#: A toll's participle opening a clause: ", en tuant", ", tuant", ", killing".
_TOLL_PARTICIPLE = re.compile(
    r".*?,\s+(?:en\s+)?(?:tuant|blessant|killing|wounding)$", re.IGNORECASE | re.DOTALL
)
_OWN_TOLL = re.compile(r",\s+(?:tuant|blessant|killing|wounding|faisant)\s", re.IGNORECASE)


def _contrasted_elsewhere(text: str, group: Sequence[Trigger], t: Trigger, lo: int) -> bool:
    """Whether ``t`` is told after a contrast naming another place than the one the
    group's clause named (:data:`CONTRAST_ELSEWHERE`), all in one sentence starting at
    ``lo``: two acts at two places, each with its own toll (since 0.63.0)."""
    before = [g for g in group if lo <= g.start < t.start]
    if not before or len(before) < len(group):
        return False
    last = max(g.end for g in before)
    contrast = next(CONTRAST_ELSEWHERE.finditer(text, last, t.start), None)
    return contrast is not None and contrast.group("place") not in text[lo : contrast.start()]


#: Another act opening a clause of its own (since 0.65.0): "killed nine soldiers near
#: Dori, while a separate attack on Gorgadji left five civilians dead", ", et une autre
#: embuscade". Not "in another attack" (a series the act belongs to) nor "a new attack"
#: (a title's word for the act the body tells).
_ANOTHER_ACT_OPENING = gated(
    re.compile(
        r"(?:,|\bwhile|\bwhereas|\btandis\s+qu(?:e|['’])|\balors\s+qu(?:e|['’])|\band|\bet|"
        r"\bbut|\bmais)\s*(?:une?\s+autre|another|a\s+separate|a\s+second|"
        r"une?\s+(?:seconde?|deuxième))\s+$",
        re.IGNORECASE,
    )
)


def _another_act_opening(text: str, group: Sequence[Trigger], t: Trigger, lo: int) -> bool:
    """Whether ``t`` is named as another act in a clause of its own after an act of the
    group in its sentence (from ``lo``): two acts, each with its toll (since 0.65.0)."""
    return any(lo <= g.start < t.start for g in group) and (
        _ANOTHER_ACT_OPENING.search(text, max(lo, t.start - 60), t.start) is not None
    )


#: A part of a toll told by its act, right before the act's word (since 0.63.0): "dont
#: huit dans l'attaque de Tizégorou *et quatre dans une* embuscade", "including seven in
#: the raid on Dablo *and four in an* ambush".
_PART_BY_ACT = gated(
    re.compile(
        rf"(?:\d+|{NUMBER_WORD}(?:[\s-]+{NUMBER_WORD})*)\s+(?:dans|lors\s+d['’]?|in|during)\s*"
        r"(?:l['’]|la\s+|le\s+|une?\s+|an?\s+|the\s+)$",
        re.IGNORECASE,
    )
)


def _parts_by_act(text: str, group: Sequence[Trigger], t: Trigger, lo: int) -> bool:
    """Whether ``t`` and an act of the group in its sentence (from ``lo``) each open a
    part of a toll broken down by act (:data:`_PART_BY_ACT`): two acts, each with its
    part (since 0.63.0)."""
    return _PART_BY_ACT.search(text, max(lo, t.start - 40), t.start) is not None and any(
        lo <= g.start < t.start and _PART_BY_ACT.search(text, max(lo, g.start - 40), g.start)
        for g in group
    )


#: The words between a count and the act it was counted in: "huit *dans l'*attaque",
#: "four *in an* ambush" (since 0.63.0).
_IN_ITS_ACT = re.compile(
    r"\s+(?:dans|lors\s+d['’]?|in|during)\s*(?:l['’]|la\s+|le\s+|une?\s+|an?\s+|the\s+)",
    re.IGNORECASE,
)


def tolls_in_their_act(
    text: str, kept: dict[int, Trigger], mentions: Sequence[Mention], arguments: list[Argument]
) -> list[Argument]:
    """The arguments with each count told right before the act it was counted in
    linked to that act's event, not another (since 0.63.0): "dont huit dans l'attaque
    de Tizégorou et quatre dans une embuscade près de Ouallam" gives the four to the
    ambush. Only when that act is an event of its own and took no such count yet."""
    heads = {t.start: i for i, t in kept.items()}
    out: list[Argument] = []
    for a in arguments:
        m = mentions[a.mention]
        act = None
        if a.role == Role.CASUALTIES and (into := _IN_ITS_ACT.match(text, m.end)):
            act = heads.get(into.end())
        if act is None or act == a.trigger or kept[act].label != kept[a.trigger].label:
            out.append(a)
            continue
        if not any(b.trigger == act and b.mention == a.mention for b in arguments):
            out.append(replace(a, trigger=act))
    return out


#: The roles of the act told in a contrast's clause, never of an act told before it.
_CLAUSE_ROLES = frozenset({Role.CASUALTIES, Role.INSTRUMENT, Role.LOCATION, Role.RECIPIENT})


def contrasted_arguments(
    text: str,
    triggers: Sequence[Trigger],
    kept: dict[int, Trigger],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    arguments: list[Argument],
) -> list[Argument]:
    """The arguments without those of a contrast's clause linked to an act told before
    the contrast (since 0.63.0): in "In Titao, gunmen killed eight volunteers, while in
    Ouahigouya an explosive device wounded three soldiers", the three wounded and the
    device are the act at Ouahigouya (which the lexicon may not know), never the killing
    at Titao; better linked to nothing. Only when the contrast names another place than
    its sentence did before it, and no act of the clause before the argument was merged
    into an event."""
    if not may_hold(lowered(text), CONTRAST_WORDS):
        return arguments
    dropped: set[int] = set()
    heads = {t.start for t in kept.values()}
    for m in CONTRAST_ELSEWHERE.finditer(text):
        lo, hi = next(((s, e) for s, e in sentences if s <= m.start() < e), (m.start(), m.end()))
        if m.group("place") in text[lo : m.start()]:
            continue
        for k, a in enumerate(arguments):
            told = mentions[a.mention].start
            if (
                a.role in _CLAUSE_ROLES
                # From the contrast's own place on: "while in Dianweli, seven people
                # died" takes Dianweli off the act told before too.
                and m.start("place") <= told < hi
                and (act := kept.get(a.trigger)) is not None
                and act.start < m.start()
                # An act of the clause merged into an event (perhaps this one) keeps
                # what the merge gave it; one kept apart ("while in Gao a car bomb
                # wounded eleven") or none takes the clause's arguments from the act
                # told before the contrast.
                and not any(m.end() <= u.start < told and u.start not in heads for u in triggers)
            ):
                dropped.add(k)
    return [a for k, a in enumerate(arguments) if k not in dropped]


def _next_act_elsewhere(
    text: str,
    mentions: Sequence[Mention],
    group: Sequence[Trigger],
    t: Trigger,
    span: tuple[int, int],
) -> bool:
    """Whether ``t`` is an act told after the group's in their sentence with a word of
    sequence ("puis", "and later"), each act with its own toll by participle and its own
    named place (since 0.59.0): two happenings, not one."""
    before = [g for g in group if span[0] <= g.start < t.start]
    if not before:
        return False
    first = min(before, key=lambda g: g.start)
    last = max(before, key=lambda g: g.start)
    then = next(reversed(list(_THEN.finditer(text, last.end, t.start))), None)
    if then is None:
        return False
    closing = text.find(".", t.end, span[1])
    closing = span[1] if closing < 0 else closing
    if not (
        _OWN_TOLL.search(text, first.end, then.start())
        and _OWN_TOLL.search(text, then.end(), closing)
    ):
        return False

    def places(lo: int, hi: int) -> set[str]:
        return {
            m.text.lower() for m in mentions if m.label in ("GPE", "LOC") and lo <= m.start < hi
        }

    mine, theirs = places(then.end(), closing), places(first.end, then.start())
    return bool(mine and theirs and not mine & theirs)


def _prompted(text: str, cause: Trigger, later: Trigger | None) -> bool:
    """Whether ``cause`` is told as a new act that prompted another of its sentence
    ("L'armée a mené des frappes, après une attaque contre un poste"), not one that a
    relative clause goes on to tell ("après une attaque ..., où des hommes armés ont
    ouvert le feu"). ``later``: the trigger after ``cause`` it would join (None when
    ``cause`` is that trigger, the others then before it)."""
    if not (
        NEW_CAUSE_BEFORE.search(text, max(0, cause.start - 30), cause.start)
        or _CAUSE_CLAUSE_BEFORE.search(text, max(0, cause.start - 45), cause.start)
    ):
        return False
    return not (
        later is not None
        and later.start > cause.end
        and RELATIVE_BETWEEN.search(text, cause.end, later.start) is not None
    )


#: The words that make a name a town's quarter.
_QUARTER = re.compile(
    r"\b(?:quartiers?|secteurs?|quarters?|neighbou?rhoods?|district)\s+(?:de\s+|d['’]|of\s+)?$",
    re.IGNORECASE,
)


#: Articles and numbers that introduce people ("un enseignant", "trois enseignants"),
#: dropped to compare mentions of them; the definite ones point back when no name
#: follows ("les deux hommes").
_ARTICLES = frozenset(
    {"un", "une", "des", "le", "la", "les", "l", "d", "de", "du", "a", "an", "the"}
    | {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"}
    | {"two", "three", "four", "five", "seven", "eight", "nine", "ten"}
)
_POINTING_ARTICLES = frozenset({"le", "la", "les", "l", "the", "ces", "these", "those"})
#: A count over a span: "depuis septembre", "since September".
_SINCE = re.compile(r"\b(?:depuis|since)\b", re.IGNORECASE)
#: Words of offices and trades shared by different people ("ministre", "chef").
_OFFICES = frozenset(
    {"ministre", "ministres", "chef", "chefs", "president", "presidente", "directeur"}
    | {"minister", "ministers", "head", "leader", "village", "ville", "region", "commune"}
    | {"personnes", "hommes", "femmes", "people"}
)


def _name_words(folded: str) -> set[str]:
    """The words of a folded mention of people that may name them (not an office)."""
    return {w for w in folded.split() if len(w) > 3 and w not in _OFFICES}


def _place_names(place: gazetteer.Place) -> set[str]:
    """A place's main and alternate names, folded."""
    return {fold_key(place.name), *map(fold_key, place.alternate_names)}


def _same_name(a: str, b: str) -> bool:
    """Whether two folded names are spellings of one ("tin zaouatene", "tinzaouaten")."""
    a, b = re.sub(r"[^a-z]", "", a), re.sub(r"[^a-z]", "", b)
    if not a or not b:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    return SequenceMatcher(None, a, b).ratio() >= _SAME_NAME_RATIO


#: How alike two spellings of one name are at least (difflib's ratio).
_SAME_NAME_RATIO = 0.8
#: The population from which a town's quarters are named on their own (Bamako, Niamey).
_CITY_WITH_QUARTERS = 100_000
#: A place's name alone, in capitalised words ("Sofara", "Hadjer Hadid", "Fada N'Gourma").
_PLACE_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}")


def _background_start(text: str, mention: Mention) -> bool:
    """Whether a TIME is the start of a long state, "depuis 2015", "since January": a
    year or a month (no day) that "depuis"/"since" opens."""
    norm = mention.textareas.get(Normalised.DATE, "")
    return 0 < len(norm) <= len("YYYY-MM") and since_bound(text, mention)


def merge_mentions(
    text: str,
    triggers: Sequence[Trigger],
    arguments: Sequence[Argument],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    candidates: Sequence[int],
    recalled: frozenset[int] = frozenset(),
    paragraphs: Sequence[tuple[int, int]] = (),
) -> Merged:
    """Merge the mentions of one happening (module docstring) among ``candidates``;
    ``recalled`` are the triggers told as background (:func:`recalled_triggers`);
    ``paragraphs`` the paragraph spans (none: the text is one paragraph)."""

    # The sentence and paragraph of a position by bisection (both lists are in text
    # order and do not overlap), and whether a sentence tells of a pursuit, once per
    # sentence: every trigger is compared with every group.
    sentence_starts = [s for s, _ in sentences]
    paragraph_starts = [s for s, _ in paragraphs]
    pursuits: dict[tuple[int, int], bool] = {}

    def sentence(pos: int) -> tuple[int, int]:
        k = bisect_right(sentence_starts, pos) - 1
        return sentences[k] if k >= 0 and pos < sentences[k][1] else (pos, pos)

    def paragraph(pos: int) -> tuple[int, int]:
        k = bisect_right(paragraph_starts, pos) - 1
        return paragraphs[k] if k >= 0 and pos < paragraphs[k][1] else (0, len(text))

    def pursuit(pos: int) -> bool:
        span = sentence(pos)
        if span not in pursuits:
            pursuits[span] = in_pursuit(text, span)
        return pursuits[span]

    args: dict[int, list[Argument]] = {}
    for a in arguments:
        args.setdefault(a.trigger, []).append(a)

    # Remembered per trigger and role, as locality_names below: asked once per group
    # every trigger is compared with (0.68.0).
    @cache
    def value(ti: int, role: str) -> str | None:
        for a in args.get(ti, []):
            # Only what the trigger's own sentence says: a time or place borrowed from
            # the paragraph (a lower score) is no evidence of another happening; nor is a
            # place the gazetteer does not know ("la place de la Concertation" may well
            # lie in the town the event was placed in).
            if a.role == role and a.score >= OWN_SENTENCE:
                m = mentions[a.mention]
                if role == Role.LOCATION and _ORIGIN.search(text[max(0, m.start - 12) : m.start]):
                    continue  # "acheminés depuis Ouagadougou": where it came from
                if (
                    role == Role.TIME
                    and _is_toll(triggers[ti])
                    and (
                        _REPORTED_ON.search(text, max(0, m.start - 30), m.start)
                        or (
                            m.start == sentence(m.start)[0]
                            and _REPORTED_AFTER.match(text, m.end, triggers[ti].start)
                        )
                    )
                ):
                    # "L'armée a fait état mercredi de huit militaires tués": the day of
                    # the report, no evidence of another happening (since 0.62.0).
                    continue
                # A locality placed in its unit ("Koutougou, dans la province du Soum")
                # has the unit's id: no more evidence than an unresolved name.
                place = None if m.rank_as == "locality" else m.textareas.get(Normalised.PLACE)
                norm = m.textareas.get(Normalised.DATE) or place
                if norm or role == Role.TIME:
                    return norm or m.text.lower()
        return None

    def in_own_sentence(ti: int, m: Mention) -> bool:
        return sentence(triggers[ti].start) == sentence(m.start)

    # The place names and people of a trigger are asked for once per group compared
    # with: remembered per trigger, for this text.
    @cache
    def locality_names(ti: int) -> frozenset[str]:
        """The capitalised names of the places the trigger's own sentence gives it that
        the gazetteer does not resolve ("à Sofara"), folded."""
        return frozenset(
            {
                fold_key(m.text)
                for a in args.get(ti, [])
                if a.role == Role.LOCATION
                and in_own_sentence(ti, (m := mentions[a.mention]))
                and m.label in ("GPE", "LOC")
                and Normalised.PLACE not in m.textareas
                and _PLACE_NAME.fullmatch(m.text)
                # A quarter lies in its town: "le quartier Am-Kharouba d'Adré".
                and not _QUARTER.search(text, max(0, m.start - 25), m.start)
            }
        )

    @cache
    def sentence_names(ti: int) -> frozenset[str]:
        """Every place name the trigger's sentence says, folded, with the gazetteer's
        names of those it resolves ("le village de Tankou, dans la commune de Sebba":
        Tankou and Sebba)."""
        lo, hi = sentence(triggers[ti].start)
        out: set[str] = set()
        for m in mentions:
            if m.label not in ("GPE", "LOC") or not lo <= m.start < hi:
                continue
            out |= {fold_key(n.group()) for n in _PLACE_NAME.finditer(m.text)}
            place = gazetteer.lookup(m.textareas.get(Normalised.PLACE, ""))
            if place is not None:
                out |= _place_names(place)
        return frozenset(out)

    @cache
    def resolved_towns(ti: int) -> frozenset[str]:
        """The names of the towns (not units) the trigger's own sentence places it in."""
        out: set[str] = set()
        for a in args.get(ti, []):
            m = mentions[a.mention]
            if a.role != Role.LOCATION or not in_own_sentence(ti, m) or m.rank_as == "locality":
                continue
            place = gazetteer.lookup(m.textareas.get(Normalised.PLACE, ""))
            if (
                place is not None
                and place.feature.startswith("PPL")
                # A city's quarters are named without it ("Badalabougou", "Lazaret"):
                # a name unknown to the gazetteer may lie in a city.
                and (place.population or 0) < _CITY_WITH_QUARTERS
            ):
                out |= _place_names(place)
        return frozenset(out)

    def named_apart(ti: int, group: Sequence[int]) -> bool:
        """Whether the trigger and the group are placed at two different named
        localities, one of them unknown to the gazetteer ("enlevés sur la route de
        Djenné" and "ont enlevé quatre enseignants à Sofara", since 0.58.0): the
        gazetteer's ids cannot tell them apart, their names do. Not when either's place
        is named in the other's sentences ("le village de Tankou, dans la commune de
        Sebba", then "à Sebba"), nor for two spellings of one name ("Tin-Zaouatène",
        "Tinzaouaten")."""
        mine = set(locality_names(ti))
        theirs = set().union(*(locality_names(g) for g in group))
        if not mine and not theirs:
            return False
        mine |= resolved_towns(ti)
        theirs |= set().union(*(resolved_towns(g) for g in group))
        if not mine or not theirs:
            return False
        said_there = set().union(*(sentence_names(g) for g in group))
        said_here = sentence_names(ti)
        return not any(_same_name(a, b) for a in mine for b in said_there) and not any(
            _same_name(a, b) for a in theirs for b in said_here
        )

    def dated_before(ti: int) -> bool:
        """Whether the trigger's own time is told before it ("Fin octobre, ... par
        l'explosion"), not after it, where it is often the day of a claim or a report
        ("a revendiqué l'attaque mardi soir"), and no other act told before it in its
        sentence, whose day it would be ("a dénoncé mercredi la fermeture")."""
        opening = sentence(triggers[ti].start)[0]
        if any(opening <= t.start < triggers[ti].start for t in triggers):
            return False
        return any(
            a.role == Role.TIME
            and a.score >= OWN_SENTENCE
            and mentions[a.mention].start < triggers[ti].start
            for a in args.get(ti, [])
        )

    def months_apart(own: str | None, group: str | None) -> bool:
        """Whether the trigger's own date is a month or a year that the group's date
        does not fall in ("l'attaque du poste de Kafolo, en juin 2020" in a report of
        November 2026, since 0.20.0): a claim or a report told after an act is dated by
        a day ("a revendiqué l'attaque mardi"), not by a month of another year."""
        if not own or not group or len(own) not in (4, 7):
            return False  # only a month or a year told ("en juin 2020"), not a day
        return own != group[: len(own)]

    def dated_by_complement(ti: int) -> bool:
        """Whether the trigger's own time is its complement ("l'attaque du 21 novembre",
        "the attack of 3 May", since 0.30.0): the date of that act, not of a report."""
        end = triggers[ti].end
        return any(
            a.role == Role.TIME
            and a.score >= OWN_SENTENCE
            and _DATE_COMPLEMENT.fullmatch(text, end, mentions[a.mention].start)
            for a in args.get(ti, [])
        )

    def days_apart(ti: int, first: int) -> bool:
        """Whether two acts of one sentence each tell a day of their own, and not the
        same day (since 0.59.0): "troops clashed with fighters near Tera on Tuesday and
        destroyed a camp near Ayorou on Thursday" tells two happenings. The later act's
        day stands after the earlier act, the earlier act's before the later act (not a
        day both share, nor one told before both)."""
        own = next(
            (a for a in args.get(ti, []) if a.role == Role.TIME and a.score >= OWN_SENTENCE), None
        )
        theirs = next(
            (a for a in args.get(first, []) if a.role == Role.TIME and a.score >= OWN_SENTENCE),
            None,
        )
        if own is None or theirs is None or own.mention == theirs.mention:
            return False
        mine, other = mentions[own.mention], mentions[theirs.mention]
        day, their_day = mine.textareas.get(Normalised.DATE), other.textareas.get(Normalised.DATE)
        return (
            bool(day and their_day)
            and len(day or "") == 10
            and len(their_day or "") == 10
            and day != their_day
            and mine.start > triggers[first].end
            and other.start < triggers[ti].start
        )

    def borrowed_date(ti: int) -> str | None:
        """The normalised date the trigger took from before its sentence, if any."""
        for a in args.get(ti, []):
            if a.role == Role.TIME and a.score < OWN_SENTENCE:
                return mentions[a.mention].textareas.get(Normalised.DATE)
        return None

    def captives_retold(ti: int, group: Sequence[int], own: str | None) -> bool:
        """Whether an abduction told in a later sentence that opens on the captives with
        a definite article ("The farmers were seized on Wednesday", "Les otages avaient
        été enlevés mercredi") is dated by a day within the span of days the group's
        abduction was told in ("abducted last week"), or the group told no day: the same
        capture retold (since 0.60.0). Only for abductions of the captives named again:
        a weekly bulletin's other acts each have their day in its week."""
        t = triggers[ti]
        if (t.label, t.mode) != ("ASSAULT", "abduct") or not own:
            return False
        if any((triggers[g].label, triggers[g].mode) != ("ASSAULT", "abduct") for g in group):
            return False
        opening = sentence(t.start)
        if sentence(triggers[group[-1]].start) == opening or not _CAPTIVES_AGAIN.fullmatch(
            text, opening[0], t.start
        ):
            return False
        theirs = next((d for g in group if (d := value(g, Role.TIME))), None)
        # Undated before ("rescued 14 kidnapped farmers"), the day is told now. Since
        # 0.67.0 also the very day told before ("enlevés lundi [...] Les agents avaient
        # été emmenés lundi soir"): a single day is no span, and was kept apart.
        return theirs is None or theirs == own or _day_in_span(own, theirs)

    def retold(ti: int, group: Sequence[int]) -> bool:
        """A mention in the pluperfect with no time of its own and nothing placing it
        earlier ("les assaillants avaient pris d'assaut le poste") retells the event
        just told; "avait déjà été visé", "le 2 octobre, ... était tombée" recall another.
        Since 0.46.0 so does one dated within the group's date ("enlevés le mois dernier
        ... avaient été enlevés le 14 octobre": the day of that month)."""
        span = sentence(triggers[ti].start)
        if _EARLIER_TIMES.search(text, *span):
            return False
        if _ANOTHER_ACT_NAMED.search(text, span[0], triggers[ti].start):
            return False
        if _INDEFINITE_BEFORE.search(text, max(0, triggers[ti].start - 6), triggers[ti].start):
            # "à Solhan, où une attaque avait fait plus de 130 morts en juin 2021": an act
            # introduced by "un", "une" is a new one, never a retelling (since 0.61.0).
            return False
        own = value(ti, Role.TIME)
        if own is None:
            return True
        theirs = next((d for g in group if (d := value(g, Role.TIME))), None)
        return (
            theirs is not None and own != theirs and _nested_dates(own, theirs)
        ) or captives_retold(ti, group, own)

    def tells_own(ti: int) -> bool:
        """Whether the trigger has an argument not told past another act after it ("The
        attack is the latest in a blockade the group declared in September": the month
        is the blockade's)."""
        t = triggers[ti]
        return any(
            not any(
                o is not t and t.end <= o.start and o.end <= mentions[a.mention].start
                for o in triggers
            )
            for a in args.get(ti, [])
        )

    def earlier_act_named(ti: int) -> tuple[int, int] | None:
        """The span of an earlier act's words (:func:`earlier_act_words`), unless the
        act was told before by its word."""
        t = triggers[ti]
        told = earlier_act_words(text, t, sentence(t.start))
        if told is None or (
            # Not the act told before by its word, named again with the tense of the
            # clause ("Le ministre s'est rendu à Kaya deux jours après l'attaque qui
            # avait fait douze morts", the attack of the lead).
            _ANAPHORA.search(text[max(0, t.start - 8) : t.start])
            and any(_same_word(t, g, triggers) for g in groups)
        ):
            return None
        return told

    def camps(ti: int) -> set[str]:
        """The sides of the actors the trigger's own sentence names, soldiers told by
        their kind ("des soldats", "Malian troops") with the state's."""
        span = sentence(triggers[ti].start)
        soldiers = any(
            a.role == Role.ACTOR
            and span[0] <= mentions[a.mention].start < span[1]
            and mentions[a.mention].label == "PER"
            and _SOLDIERS.search(mentions[a.mention].text) is not None
            for a in args.get(ti, [])
        )
        return own_sides(ti) | ({"state"} if soldiers else set())

    def other_side(ti: int, group: Sequence[int]) -> bool:
        """Whether the trigger's own sentence names actors of a side none of the group's
        own sentences names (both name some)."""
        mine = camps(ti)
        theirs = set().union(*(camps(g) for g in group))
        return bool(mine and theirs and not mine & theirs)

    def own_sides(ti: int) -> set[str]:
        """The sides of the actors the trigger's own sentence names."""
        span = sentence(triggers[ti].start)
        return {
            kind
            for a in args.get(ti, [])
            if a.role == Role.ACTOR
            and span[0] <= mentions[a.mention].start < span[1]
            and (kind := side(mentions[a.mention]))
        }

    def later_pursuit(ti: int, group: Sequence[int]) -> bool:
        """Whether the sentence before the trigger's, told after every mention of the
        group and telling no act of its type, tells of a pursuit set off later
        ("Quelques heures plus tard, des combattants se sont lancés à la poursuite des
        assaillants", "Hours later, soldiers set off in pursuit of the attackers")."""
        lo = sentence(triggers[ti].start)[0]
        before = sentence(max(0, lo - 2))
        if before[1] > lo or before[0] >= lo:
            return False
        return (
            all(triggers[g].start < before[0] for g in group)
            # The pursuit told as no act of the trigger's type itself ("des frappes ont
            # visé la colonne pendant son repli" is the strike the toll after it counts).
            and not any(
                before[0] <= u.start < before[1] and u.label == triggers[ti].label for u in triggers
            )
            and in_pursuit(text, before)
            and _LATER_THAT_DAY.search(text, *before) is not None
        )

    def pursuers(ti: int) -> list[Argument]:
        """The forces the sentence before the trigger's names before its pursuit (the
        subject of "se sont lancés à la poursuite des assaillants"), as its actors: a
        named group, the army or a militia."""
        lo = sentence(triggers[ti].start)[0]
        before = sentence(max(0, lo - 2))
        chase = pursuit_start(text, before)
        if chase is None:
            return []
        subject = [k for k, m in enumerate(mentions) if before[0] <= m.start < chase]
        # A group by its name ("des combattants du Mouvement pour le salut de l'Azawad"
        # is the movement's), else people of a side ("des soldats", "des miliciens").
        named = [k for k in subject if mentions[k].label == "ORG"]
        fighters = [
            k
            for k in subject
            if mentions[k].label == "PER" and (mentions[k].actor_id or side(mentions[k]))
        ]
        return [Argument(ti, k, Role.ACTOR, OWN_SENTENCE) for k in named or fighters]

    def counts_the_attackers(ti: int) -> bool:
        """Whether the toll's own count is of the attackers ("Troops killed 23 of the
        attackers", "neutralisé une dizaine des assaillants"): the defenders' answer,
        the dead of the attack itself (codebook, casualties), not an operation of the
        army's own (since 0.62.0)."""
        span = sentence(triggers[ti].start)
        return any(
            a.role == Role.CASUALTIES
            and span[0] <= mentions[a.mention].start < span[1]
            and _ATTACKERS_COUNTED.search(mentions[a.mention].text) is not None
            for a in args.get(ti, [])
        )

    def counts_the_soldiers(ti: int) -> bool:
        """Whether the toll's own sentence counts dead or wounded of the state's forces
        ("L'armée fait état de onze militaires tués et de vingt terroristes
        neutralisés"): the army's toll of the attack it suffered, not an operation of
        its own (since 0.62.0)."""
        span = sentence(triggers[ti].start)
        return any(
            a.role == Role.CASUALTIES
            and span[0] <= mentions[a.mention].start < span[1]
            and side_of(mentions[a.mention].text) == "state-forces"
            for a in args.get(ti, [])
        )

    @cache
    def people(ti: int) -> frozenset[str]:
        """The people an arrest or an abduction is told of in the trigger's own sentence
        (its recipients, its counts of the arrested or the abducted), folded without
        their article; only mentions that introduce someone ("un enseignant", "trois
        enseignants", "le militant Issouf Sawadogo"), not one that points back ("les
        deux hommes")."""
        roles = {Role.RECIPIENT, Role.CASUALTIES}
        out = set()
        for a in args.get(ti, []):
            m = mentions[a.mention]
            if a.role not in roles or not in_own_sentence(ti, m):
                continue
            kind = m.choices.get(EntityAttribute.CASUALTY_KIND, [""])[0]
            if a.role == Role.CASUALTIES and kind not in ("arrested", "abducted"):
                continue
            if m.end <= triggers[ti].start and object_of_other(ti, m):
                continue
            # The article may stand before the count's span: "Les | deux hommes".
            before = fold_key(text[max(0, m.start - 4) : m.start]).split()[-1:]
            words = fold_key(m.text).split()
            named = any(w[:1].isupper() for w in m.text.split()[1:])
            if not named and any(w in _POINTING_ARTICLES for w in before + words[:1]):
                continue
            while words and words[0] in _ARTICLES:
                words = words[1:]
            if words:
                out.add(" ".join(words))
        return frozenset(out)

    def object_of_other(ti: int, m: Mention) -> bool:
        """Whether ``m``, told before the trigger in its sentence, is the object of an act
        of another type told right before it: "Les ravisseurs ont libéré un vieillard,
        puis emmené les autres", "ont dépouillé les passagers avant d'emmener trois
        hommes" (the released, the robbed, not the abducted), since 0.67.0."""
        lo = sentence(triggers[ti].start)[0]
        return any(
            u.label != triggers[ti].label and lo <= u.start and u.end <= m.start <= u.end + 30
            for u in triggers
        )

    def people_apart(ti: int, group: Sequence[int]) -> bool:
        """Whether an arrest or an abduction and the group are told of different people,
        each in its own sentence ("La police a interpellé lundi un commerçant [...] Les
        gendarmes ont arrêté un enseignant"), since 0.58.0: the codebook's event identity
        asks for the same recipient. Not when one names the other ("le journaliste Adama
        Ouédraogo", then "Adama Ouédraogo"), nor for a sum over a span ("since")."""
        t = triggers[ti]
        if (t.label, t.mode) not in (("COERCE", "arrest"), ("ASSAULT", "abduct")):
            return False
        lo, hi = sentence(t.start)
        if _SINCE.search(text, lo, hi):
            return False  # "37 civilians had been abducted since September": a sum
        mine = people(ti)
        theirs = set().union(*(people(g) for g in group))
        return bool(mine and theirs) and not any(
            a in b or b in a or bool(_name_words(a) & _name_words(b)) for a in mine for b in theirs
        )

    @cache
    def parties(ti: int, roles: tuple[str, ...] = (Role.ACTOR, Role.RECIPIENT)) -> frozenset[str]:
        """The sides of a meeting its own sentence names (its actors and recipients, or
        the ``roles`` asked for), by their actor id when known, else folded without
        their article."""
        out = set()
        for a in args.get(ti, []):
            if a.role not in roles or a.score < OWN_SENTENCE:
                continue
            m = mentions[a.mention]
            if not in_own_sentence(ti, m):
                continue
            words = fold_key(m.text).split()
            while words and words[0] in _ARTICLES:
                words = words[1:]
            out.add(m.textareas.get(Normalised.ACTOR) or " ".join(words))
        return frozenset(out - {""})

    def parties_apart(ti: int, group: Sequence[int]) -> bool:
        """Whether a meeting and the group are told of different sides, each in its own
        sentence ("a reçu une délégation des commerçants [...] a reçu les chefs
        coutumiers"), since 0.60.0: the codebook's event identity asks for the same
        participants. Not when one names the other ("le ministre Abdoulaye Diop", then
        "Abdoulaye Diop")."""
        # Since 0.62.0 also aid given by different donors, each in its own sentence
        # ("Le PAM a distribué des vivres [...]. Une ONG nationale a remis des kits"):
        # two deliveries, told by their givers only (the same people may receive both).
        roles: tuple[str, ...]
        if triggers[ti].label == "CONSULT":
            roles = (Role.ACTOR, Role.RECIPIENT)
        elif triggers[ti].label == "AID":
            roles = (Role.ACTOR,)
        else:
            return False
        mine = parties(ti, roles)
        theirs = set().union(*(parties(g, roles) for g in group))
        return bool(mine and theirs) and not any(
            a in b or b in a or bool(_name_words(a) & _name_words(b)) for a in mine for b in theirs
        )

    def by_air(ti: int) -> bool:
        """Whether aircraft are the subject of the trigger's clause ("Les vecteurs aériens
        ont détruit", "Malian air force jets struck"), in its sentence before it."""
        lo = sentence(triggers[ti].start)[0]
        return bool(
            _AIRCRAFT_SUBJECT.search(text, max(lo, triggers[ti].start - 60), triggers[ti].start)
        )

    def placed_before(ti: int) -> bool:
        """Whether a place of the trigger's own sentence is told before it, in its clause
        ("à Matiacoali, l'attaque a été repoussée")."""
        t = triggers[ti]
        lo = sentence(t.start)[0]
        return any(
            a.role == Role.LOCATION
            and lo <= mentions[a.mention].start < t.start
            and not _SENTENCE_BREAK.search(text, mentions[a.mention].end, t.start)
            for a in args.get(ti, [])
        )

    def state_toll(ti: int) -> bool:
        """Whether a toll's own sentence names the state's forces as the ones who
        killed ("l'armée a annoncé avoir neutralisé une dizaine de terroristes")."""
        return own_sides(ti) == {"state"}

    groups: list[list[int]] = []
    coordinated: dict[int, int] = {}  # a verbal act split from the act coordinated before it
    army_tolls: set[int] = set()  # ids of the groups an army's toll alone opened
    silent: set[int] = set()  # pointers whose sentence gives the event no argument
    # Aid split from another donor's: the day and place it borrowed from the sentences
    # before are that other delivery's.
    other_donor: set[int] = set()
    # A source's own saying ("selon l'association X, qui dénonce"): where the source is
    # named; the day, place and actor told before are the reported act's.
    said_after: dict[int, int] = {}
    # Since 0.67.0 the groups of an earlier act named to date another ("au lendemain de
    # l'explosion d'une mine qui avait blessé deux soldats"), which only their own
    # sentence joins, and of the other side's acts told in passing ("JNIM has also
    # killed civilians"), which only an act of that side told elsewhere joins.
    earlier_acts: dict[int, tuple[int, int]] = {}  # group id: span of its words
    sided: dict[int, set[str]] = {}  # group id: the sides of the other side's act
    for ti in sorted(candidates, key=lambda i: triggers[i].start):
        t = triggers[ti]
        here = paragraph(t.start)
        target = None
        if (own_words := earlier_act_named(ti)) is not None or (
            _is_toll(t)
            and (
                own_words := next((w for w in earlier_acts.values() if w[0] < t.start < w[1]), None)
            )
        ):
            # "une colonne est arrivée au lendemain de l'explosion d'une mine qui avait
            # blessé deux soldats", "the day after an ambush that had killed five": an
            # act that dates the clause and has its own toll in the pluperfect is
            # another happening than the one the article tells (codebook,
            # event-identity: its own date and victims), never one told before it. Its
            # arguments are those its own words name: the clause's subject, day and
            # place, and what the sentences around tell, are the other act's (not who
            # tells it).
            args[ti] = [
                a
                for a in args.get(ti, [])
                if a.role == Role.SOURCE or own_words[0] <= mentions[a.mention].start < own_words[1]
            ]
            owner = next((g for g in groups if earlier_acts.get(id(g)) == own_words), None)
            if owner is not None:
                owner.append(ti)  # its toll, "qui avait blessé deux soldats"
            else:
                groups.append([ti])
                earlier_acts[id(groups[-1])] = own_words
            continue
        if t.text.lower() in PRONOUN_WORDS:
            # "tandis que celle d'Abala a coûté la vie à quatre soldats": one more act of
            # the kind told before, at another place, never that act (since 0.62.0).
            groups.append([ti])
            continue
        if _is_toll(t) and (
            pronoun_group := next(
                (
                    g
                    for g in reversed(groups)
                    if triggers[g[0]].text.lower() in PRONOUN_WORDS
                    and sentence(triggers[g[0]].start) == sentence(t.start)
                    and triggers[g[0]].start < t.start
                ),
                None,
            )
        ):
            # "while the one in Arbinda killed four volunteers": the pronoun's act.
            pronoun_group.append(ti)
            continue
        # "cette attaque": a demonstrative points at the latest event of its type told,
        # in whatever tense it was told. So does a toll with nothing of its own (since
        # 0.12.0): "Côté ennemi : sept terroristes neutralisés" counts the attack just
        # told, not the first strike of the communiqué.
        pointing = bool(_DEMONSTRATIVE.search(text[max(0, t.start - 8) : t.start]))
        acknowledged = bool(_ACKNOWLEDGED.search(text, max(0, t.start - 60), t.start))
        pointing = pointing or acknowledged
        # "Mercredi, le bilan s'est alourdi à sept soldats tués": the toll of the act last
        # told, updated on another day, not an act of that day (since 0.58.0).
        updated = _is_toll(t) and bool(_TOLL_UPDATE.search(text, sentence(t.start)[0], t.start))
        pointing = pointing or updated
        order = list(reversed(groups) if pointing or _is_toll(t) else groups)
        if _is_toll(t) and not pointing and order:
            # "Le convoi a été attaqué. Les assaillants ont d'abord fait exploser une mine,
            # avant d'ouvrir le feu. [...] huit soldats tués": the toll of the attack, not
            # of its last phase; nor of the response told after it, unless of the
            # attackers (since 0.59.0).
            latest = sentence(triggers[order[0][0]].start)
            # The toll's words, from the end of that act's sentence to the end of the
            # toll's (the parse may leave the toll's sentence out of ``sentences``).
            stop = _CLAUSE_END.search(text, t.end)
            counted = text[latest[1] : stop.start() if stop else len(text)]
            words = [u.text for u in triggers if latest[0] <= u.start < latest[1]]
            if latest[1] <= t.start and after_the_attack(text, latest, counted, words):
                attack = next(
                    (
                        g
                        for g in order[1:]
                        if triggers[g[0]].label == "ASSAULT"
                        and not burns(triggers[g[0]])
                        and triggers[g[0]].start < latest[0]
                        and plain_attack(text, sentence(triggers[g[0]].start))
                    ),
                    None,
                )
                if attack is not None:
                    order.remove(attack)
                    order.insert(0, attack)
        if _is_toll(t) and (named := NAMED_ACT.search(text, *sentence(t.start))):
            # "68 militants were killed ... during the operation": the group of the act
            # whose phrase that word ended when it was last told before ("had killed
            # dozens of fighters in a week-long operation"), since 0.35.0.
            word = re.compile(rf"\b{re.escape(named.group('noun')[:5])}", re.IGNORECASE)
            told = [m.start() for m in word.finditer(text, 0, sentence(t.start)[0])]
            near = [
                (triggers[g].start > told[-1], abs(triggers[g].start - told[-1]), k)
                for k, group in enumerate(groups)
                for g in group
                if told and sentence(triggers[g].start) == sentence(told[-1])
            ]
            if near:
                named_group = groups[min(near)[2]]
                order.remove(named_group)
                order.insert(0, named_group)
        if _TOLL_PARTICIPLE.match(text, max(0, t.start - 6), t.end):
            # ", en tuant deux", ", killing five": the toll of the act its sentence told
            # just before, first (since 0.60.0; was the first group of its type).
            lo = sentence(t.start)[0]
            told_by = next(
                (g for g in reversed(order) if any(lo <= triggers[k].start < t.start for k in g)),
                None,
            )
            if told_by is not None:
                order.remove(told_by)
                order.insert(0, told_by)
        elif _is_toll(t):
            # "The ambush near Tessit killed nine soldiers", after a second attack told
            # elsewhere: the act its sentence names before the toll joined an earlier
            # event, and the toll goes with it, not to the latest act (since 0.62.0).
            lo = sentence(t.start)[0]
            named_by = next(
                (
                    g
                    for g in order
                    if sentence(triggers[g[0]].start)[0] < lo
                    and any(
                        lo <= triggers[k].start < t.start
                        and triggers[k].label == t.label
                        and not _is_toll(triggers[k])
                        for k in g
                    )
                ),
                None,
            )
            if named_by is not None:
                order.remove(named_by)
                order.insert(0, named_by)
        # Whether a definite article stands before it ("l'attaque"), and the words of an
        # earlier cause ("suite à l'attaque", "depuis l'offensive"), once per trigger,
        # not once per group.
        definite = bool(_ANAPHORA.search(text[max(0, t.start - 8) : t.start])) or (
            _COMPOUND_DEFINITE.search(text, max(0, t.start - 30), t.start) is not None
            and _ENGLISH_NOUN_TRIGGER.fullmatch(t.text) is not None
        )
        told_earlier = _EARLIER.search(text[max(0, t.start - 30) : t.start])
        # "displaced to Sebba since the attack": the act only dates the clause, whose
        # places are those of the clause's own verb (since 0.63.0).
        since_bare = bool(
            told_earlier
            and told_earlier.group().lower().strip().startswith(("depuis", "since"))
            and _BARE_END.match(text, t.end)
        )
        if pointing and not updated:
            # "a dissous le collectif [...] a été interpellé [...] a qualifié cette
            # dissolution de recul": a demonstrative names the latest act told by its
            # word, before a later act of its type told otherwise (since 0.58.0); not an
            # act of its type and kind told in its sentence or the one before ("avait
            # été pris pour cible [...]. Trois VDP avaient péri dans cette attaque"); an
            # arrest is not of the kind of a dissolution (COERCE with no mode).
            lo = sentence(t.start)[0]
            previous = sentence(max(0, lo - 2))[0]
            last = next((g for g in reversed(groups) if triggers[g[0]].label == t.label), None)
            worded = next((g for g in reversed(groups) if _same_word(t, g, triggers)), None)
            if (
                worded is not None
                and last is not None
                and (
                    # An act acknowledged or claimed by its word is the act of that word
                    # ("a revendiqué l'attaque" after "des frappes aériennes" in the
                    # riposte): since 0.69.0.
                    acknowledged
                    or not any(previous <= triggers[g].start < t.start for g in last)
                    or (t.label == "COERCE" and bool(t.mode) != any(triggers[g].mode for g in last))
                )
            ):
                order.remove(worded)
                order.insert(0, worded)
        if not pointing and definite:
            # "Des unités ont accroché un groupe de bandits [...] Deux bandits ont été tués
            # au cours de l'accrochage": a definite noun names the latest act told by its
            # word, not the first of its type (since 0.30.0).
            worded = next((g for g in reversed(groups) if _same_word(t, g, triggers)), None)
            if worded is None:
                # Since 0.68.0 told by another word, the latest act of its type opened in
                # its own paragraph, before the first of the document: "À Tessit, le
                # poste a été attaqué [...]. L'assaut a été repoussé et deux soldats ont
                # été blessés" (a roundup's second story, not the bus blown up in the
                # paragraph before, which took the two wounded).
                para = paragraph(t.start)
                worded = next(
                    (
                        g
                        for g in reversed(groups)
                        if triggers[g[0]].label == t.label
                        and para[0] <= triggers[g[0]].start < t.start
                    ),
                    None,
                )
            if worded is not None:
                order.remove(worded)
                order.insert(0, worded)
            # "Le bilan de l'attaque de Tessit": a definite noun placed by its own
            # sentence names the latest act of its type told at that place, before the
            # latest act told by its word elsewhere (since 0.58.0).
            own_place = value(ti, Role.LOCATION)
            placed = (
                next(
                    (
                        g
                        for g in reversed(groups)
                        if triggers[g[0]].label == t.label
                        and any(value(m, Role.LOCATION) == own_place for m in g)
                    ),
                    None,
                )
                if own_place
                else None
            )
            if placed is not None:
                order.remove(placed)
                order.insert(0, placed)
        army_toll = False  # split from an armed group's act as the army's own toll
        denied_toll = (
            _is_toll(t)
            and _HEARSAY_TOLL.search(text, max(0, t.start - 30), t.start) is not None
            and _DENIED_TOLL.search(text, *sentence(t.start)) is not None
        )
        army_toll = False  # split from an armed group's act as the army's own toll
        # Tried only when the window holds one of the source's words (for speed).
        says_from = max(sentence(t.start)[0], t.start - 120)
        source_says = (
            _SOURCE_WHO.search(text, says_from, t.start)
            if may_hold(lowered(text[says_from : t.start]), _SOURCE_WORDS)
            else None
        )
        if source_says:
            said_after[ti] = source_says.start()
        alone = False  # an act of the other side, told only by its own sentence
        own_act = act_of_its_own(text, t)
        followed: list[int] | None = None  # the act a result told by its own words follows
        for group in order:
            first = triggers[group[0]]
            if first.label != t.label:
                continue
            if own_act and t.mode not in {triggers[g].mode for g in group}:
                # "ont frappé une base, détruisant des motos", "ont d'abord pilonné le
                # camp": an act of its own beside the one it follows (since 0.69.0).
                if any(
                    sentence(triggers[g].start) == sentence(t.start) and triggers[g].start < t.start
                    for g in group
                ):
                    followed = group
                continue
            if id(group) in earlier_acts and sentence(first.start) != sentence(t.start):
                continue  # an earlier act named to date another: its sentence only
            if (
                id(group) in sided
                and sentence(first.start) != sentence(t.start)
                and not camps(ti) & sided[id(group)]
            ):
                # "JNIM has also killed civilians [...]. On 17 November, its fighters shot
                # dead six men": only an act of the same side tells it again.
                continue
            if (
                _is_toll(t)
                and denied_toll
                and all(sentence(triggers[g].start) != sentence(t.start) for g in group)
            ):
                # "le préfet a réfuté les informations selon lesquelles un enseignant
                # aurait été tué": a denied rumour is its own act, not the toll of the
                # ambush told in an earlier item (since 0.60.0).
                continue
            if (
                id(group) in army_tolls
                and not (definite or pointing or _is_toll(t))
                and all(sentence(triggers[g].start) != sentence(t.start) for g in group)
            ):
                # "Mardi, l'armée a annoncé avoir neutralisé une dizaine de terroristes.
                # Enfin, samedi, un engin explosif a blessé trois soldats": an act told
                # later with no word back is not the army's operation that a toll alone
                # told (since 0.58.0).
                continue
            if burns(t) != any(burns(triggers[g]) for g in group):
                # "ont tué trois villageois et incendié des greniers": a burning is its own
                # event (the corpus convention, as looting), in this sentence or the next;
                # groups stay all burnings or none.
                continue
            if _abducts(t) != any(_abducts(triggers[g]) for g in group):
                # "Un pêcheur a été abattu et trois autres enlevés": the abduction is an
                # event of its own beside the killing, as the corpus codes it (since
                # 0.13.0); groups stay all abductions or none.
                continue
            if _abducts(t) and _captures(t) != any(_captures(triggers[g]) for g in group):
                # "capturé neuf combattants [...] dix-sept otages enlevés début novembre
                # ont été libérés": combatants captured in the fighting (an abduction by
                # the codebook since 0.66.0) are other people than the hostages an
                # abduction told apart took.
                continue
            if (
                t.label == "ASSAULT"
                and not _is_toll(t)
                and not t.mode
                and _THEN_ANOTHER.search(text, max(0, t.start - 25), t.start)
                and any(sentence(triggers[g].start) == sentence(t.start) for g in group)
            ):
                # "ont attaqué jeudi le village, avant de s'en prendre le lendemain à un
                # poste de gendarmerie": a second assault the attackers went on to, with
                # its own target (since 0.56.0); a toll or a burning is settled apart.
                continue
            if _counted_before(_COUNTED_AFTER_CLAUSE, text, max(0, t.start - 50), t.start):
                # "The operation came two weeks after militants killed eight soldiers":
                # an act counted from, with its own subject, is another happening.
                continue
            if (
                _counted_before(_COUNTED_AFTER, text, max(0, t.start - 40), t.start)
                and any(sentence(triggers[g].start) == sentence(t.start) for g in group)
                # Not an act of the same mode: "Il avait été enlevé avec son chauffeur,
                # relâché quelques jours après le rapt" counts from that abduction
                # (since 0.35.0).
                and not (t.mode and t.mode in {triggers[g].mode for g in group})
            ):
                # "Cette embuscade survient deux jours après l'explosion": the act counted
                # from is not the one its sentence tells.
                continue
            if (
                ti in recalled
                and group[0] not in recalled
                and _INDEFINITE_BEFORE.search(text, max(0, t.start - 6), t.start)
            ):
                # "une attaque à Solhan, où une attaque avait fait plus de 130 morts en
                # juin 2021": an act introduced by "un", "une" in the pluperfect is an
                # earlier one, never the act just told (since 0.61.0).
                continue
            if (
                not pointing
                and (own := value(ti, Role.TIME))
                and len(own) == len("YYYY")
                and all(
                    value(g, Role.TIME) is None
                    or all(
                        _background_start(text, mentions[a.mention])
                        for a in args.get(g, [])
                        if a.role == Role.TIME and a.score >= OWN_SENTENCE
                    )
                    for g in group
                )
                and all(sentence(triggers[g].start) != sentence(t.start) for g in group)
                and not any(
                    a.role == Role.TIME and _background_start(text, mentions[a.mention])
                    for a in args.get(ti, [])
                )
            ):
                # "An attack killed 11 civilians in Inates. In 2019, the same village
                # was hit by an attack that killed 71 soldiers": an act its own
                # sentence dates by a bare year is the place's past, not the undated
                # act of the news told before (since 0.63.0; 0.62.0 merged them, the
                # news then dated 2019 and historical). Not "since 2015" (a state),
                # which neither dates the group ("has been fighting insurgents since
                # 2015", merged into the news before).
                continue
            if (
                t.label == "ASSAULT"
                and t.mode in _FROM_THE_AIR
                and not (pointing or definite)
                and (
                    _ON_THE_FIGHTERS.match(text, t.end)
                    or _SUPPORTING.search(text, max(0, t.start - 40), t.start)
                )
                and not any(triggers[g].mode in _FROM_THE_AIR for g in group)
                # A toll alone ("neutralisés lors de la riposte puis lors de frappes
                # aériennes") is counted by the strikes it names, not an act apart.
                and not all(_is_toll(triggers[g]) for g in group)
            ):
                # "L'assaut a été repoussé [...] grâce à des frappes de drone sur les
                # colonnes en repli": the army's strikes on the fighters, or in support of
                # its riposte, are another phase than the attack they answer, even in its
                # sentence (codebook, ASSAULT: one event per phase), since 0.66.0.
                continue
            if sentence(first.start) == sentence(t.start):
                if source_says and all(triggers[g].start < t.start for g in group):
                    # "trois commerçants accusés d'être des informateurs, selon
                    # l'association X, qui dénonce des intimidations": the source's own
                    # statement is another act than the one it reports (since 0.62.0),
                    # and the day, place and actor told before the source are that act's.
                    continue
                if any(
                    _BESIDE_ACT.search(text, max(0, u.start - 40), u.start)
                    for u in (t, *(triggers[g] for g in group))
                    if sentence(u.start) == sentence(t.start)
                ):
                    # "En marge de la réunion, M. X s'est entretenu avec son homologue":
                    # the meeting named to place the talks is another happening.
                    continue
                if (
                    not pointing
                    and (own := value(ti, Role.TIME))
                    and (theirs := value(group[0], Role.TIME))
                    and months_apart(own, theirs)
                    and months_apart(theirs, own)
                ):
                    # "an attack on Ogossagou in August [...], and the killing of nine
                    # men [...] in September": one sentence, two acts dated by months
                    # (or years) apart (since 0.35.0); a day may be a saying's.
                    continue
                if (
                    not pointing
                    and (own := value(ti, Role.TIME))
                    and len(own) in (4, 7)
                    and (
                        (theirs := value(group[0], Role.TIME)) is None or months_apart(own, theirs)
                    )
                    and _PLACE_RECALLED.search(text, triggers[group[-1]].end, t.start)
                ):
                    # "ont tué deux orpailleurs mardi à Solhan, où 132 personnes avaient
                    # été massacrées en juin 2021", "in Solhan, where 132 people were
                    # massacred in June 2021": the place's past, dated by its month or
                    # year, is another act with its own toll (since 0.61.0).
                    continue
                if (
                    not pointing
                    and not any(_is_toll(triggers[g]) for g in group)
                    and (
                        not _is_toll(t)
                        or _CONJOINED_ACT.search(text, max(0, t.start - 12), t.start)
                    )
                    and days_apart(ti, group[-1])
                ):
                    # "troops clashed with fighters near Tera on Tuesday and destroyed a
                    # camp near Ayorou on Thursday": two acts, each with its own day, in
                    # one sentence (since 0.59.0); a toll only as a verb conjoined to the
                    # act ("L'armée a démenti jeudi avoir tué des civils lors d'une frappe
                    # menée mardi": the day of the denial is no day of the killing).
                    continue
                if (
                    not _is_toll(t)
                    # Since 0.60.0 not the attack a toll told before it follows: "Five
                    # soldiers were killed and four others are missing after an ambush"
                    # is the ambush's toll, one event.
                    and not _toll_after_an_act(text, t, [triggers[g] for g in group])
                    and any(
                        _prompted(text, triggers[i], t if i != ti else None)
                        for i in (ti, *group)
                        if sentence(triggers[i].start) == sentence(t.start)
                    )
                ):
                    # "L'armée a mené des frappes près de Tiloa, après une attaque contre
                    # un poste": the act that prompted the other is another happening
                    # (since 0.28.0).
                    continue
                if (
                    t.label == "REQUEST"
                    and not _same_word(t, group, triggers)
                    and _COORDINATED_ACT.search(text, max(0, t.start - 30), t.start)
                    and all(triggers[g].end + 20 <= t.start for g in group)
                ):
                    # "a exigé « la libération immédiate » des otages et appelé les
                    # autorités à sécuriser les zones": a second request, with its own
                    # object, coordinated to the first (since 0.59.0), by the same speaker.
                    # (Not praise or blame: "a salué ... et remercié" is one statement.)
                    coordinated[ti] = group[0]
                    continue
                if (
                    t.label == "COERCE"
                    and not t.mode
                    and not any(triggers[g].mode for g in group)
                    and not _same_word(t, group, triggers)
                ):
                    # "a dissous le parti et suspendu l'hebdomadaire": two measures, each
                    # with its own recipient (since 0.59.0).
                    continue
                if t.label == "ASSAULT" and _parts_by_act(
                    text, [triggers[g] for g in group], t, sentence(t.start)[0]
                ):
                    # "dont huit dans l'attaque de Tizégorou et quatre dans une embuscade
                    # près de Ouallam": two acts, each with its part (since 0.63.0).
                    continue
                if t.label == "ASSAULT" and _contrasted_elsewhere(
                    text, [triggers[g] for g in group], t, sentence(t.start)[0]
                ):
                    # "Gunmen killed seven herders near Menaka, while in Gao a car bomb
                    # wounded eleven": the act after the contrast is at another place, its
                    # own event (since 0.63.0).
                    continue
                if t.label == "ASSAULT" and _another_act_opening(
                    text, [triggers[g] for g in group], t, sentence(t.start)[0]
                ):
                    # "while a separate attack on Gorgadji left five civilians dead":
                    # another act, its own event with its own toll (since 0.65.0).
                    continue
                if t.label == "ASSAULT" and _next_act_elsewhere(
                    text, mentions, [triggers[g] for g in group], t, sentence(t.start)
                ):
                    # "attacked a military post in Boulkessi, killing five soldiers, and
                    # later ambushed a bus near Douentza, killing eight passengers": two
                    # acts at two places, each with its own toll (codebook,
                    # event-identity; since 0.59.0).
                    continue
                if t.label in ("COERCE", "ACCUSE") and _other_mode(t, [triggers[g] for g in group]):
                    # "ont saisi 14 kg de chanvre et interpellé le conducteur": a seizure
                    # and an arrest are two acts, as the corpus codes them (since 0.15.0);
                    # since 0.56.0 also a criticism and a case brought to court ("a
                    # dénoncé ... et a annoncé avoir saisi le tribunal").
                    continue
                target = group
                break
            if t.label not in MATERIAL and not pointing:
                continue  # "cette coopération", "cette demande": a pointer, whatever the type
            if (
                t.label == "ASSAULT"
                and not pointing
                and pursuit(t.start) != pursuit(first.start)
                # Since 0.62.0 not a toll of the attackers told before the flight in its
                # sentence: "Troops killed 23 of the attackers [...], adding that jets
                # struck the retreating column" counts the attack's dead.
                and not (
                    _is_toll(t)
                    and counts_the_attackers(ti)
                    and not in_pursuit(text, (sentence(t.start)[0], t.start))
                )
            ):
                continue  # the attack, then the strikes on the attackers in flight
            if (
                t.label == "ASSAULT"
                and not (pointing or definite)
                and by_air(ti)
                and not any(
                    triggers[g].mode in _FROM_THE_AIR
                    or _AIRCRAFT.search(text, *sentence(triggers[g].start))
                    for g in group
                )
            ):
                # "Les FAMa ont neutralisé une vingtaine de terroristes [...] Les vecteurs
                # aériens ont détruit deux bases": strikes from the air told in a sentence of
                # their own are another phase than the ground fight (codebook, ASSAULT: one
                # event per phase), since 0.59.0.
                continue
            if (
                t.label == "ASSAULT"
                and not (pointing or definite)
                and _ON_A_MINE.match(t.text)
                and not any(triggers[g].mode == "explosives" for g in group)
                and not all(_is_toll(triggers[g]) for g in group)
            ):
                # "Des hommes armés ont attaqué un poste [...]. Un véhicule militaire a par
                # la suite sauté sur un engin explosif près de la frontière": a vehicle on
                # a mine, told in a sentence of its own, is another incident than an
                # attack told without one (since 0.61.0); a toll told first is its own.
                continue
            modes = {triggers[g].mode for g in group} - {None}
            modes_agree = (
                not modes
                or not t.mode
                or t.mode in modes
                or _is_toll(t)
                # "une frappe de drone", then "des frappes aériennes" in the army's
                # word: a drone strike is an air strike (since 0.32.0).
                or (t.mode in _FROM_THE_AIR and bool(modes & _FROM_THE_AIR))
            )
            # "a suspendu la grève ... Une dizaine de personnes ont été interpellées": an
            # arrest or a curfew told in a later sentence is not the suspension or the
            # dissolution (COERCE with no mode) told before, nor the other way round,
            # unless it points back at it.
            unlike = t.label == "COERCE" and bool(t.mode) != bool(modes)
            clash = (
                any(
                    (mine := value(ti, role))
                    and (theirs := value(group[0], role))
                    and mine != theirs
                    and not (
                        role == Role.LOCATION and (within(mine, theirs) or within(theirs, mine))
                    )
                    and not (
                        role == Role.TIME
                        and (_nested_dates(mine, theirs) or captives_retold(ti, group, mine))
                    )
                    for role in (Role.TIME, Role.LOCATION)
                )
                or named_apart(ti, group)
                or people_apart(ti, group)
                or parties_apart(ti, group)
            )
            if t.label == "AID" and parties_apart(ti, group):
                other_donor.add(ti)
            # "Le 11 octobre, ... emportant deux véhicules": a mention dated in its own
            # sentence is another happening than a group dated only by the sentences
            # before it, when the two dates differ (since 0.12.0).
            own_date = value(ti, Role.TIME)
            # The group's date: its first mention's, else any member's (since 0.17.0:
            # "après l'incursion ... dans la nuit du 21 au 22" may leave the day to the
            # toll told next, "Trois civils y ont été tués").
            group_date = next(
                (d for g in group if (d := value(g, Role.TIME) or borrowed_date(g))), None
            )
            dated_apart = bool(
                own_date
                and group_date
                and _ISO_DATE.match(own_date)
                and _ISO_DATE.match(group_date)
                and own_date != group_date
                and not _nested_dates(own_date, group_date)
                and not captives_retold(ti, group, own_date)
            )
            clash = clash or dated_apart
            if (
                t.label == "ASSAULT"
                and not (definite or pointing or _is_toll(t))
                and not _RIPOSTE.match(t.text)
                and _OWN_TOLL_AFTER.match(text, t.end)
                and all(sentence(triggers[g].start) != sentence(t.start) for g in group)
                and (my_sides := own_sides(ti)) & {"state", "militia"}
                and (group_sides := set().union(*(own_sides(g) for g in group)))
                and not my_sides & group_sides
            ):
                # "Des hommes armés ont attaqué le site [...]. Des VDP ont accroché les
                # assaillants à quelques kilomètres, en tuant deux": a clash of the
                # forces or a militia told in a sentence of its own with its own toll is
                # its own event, its dead not the attack's (since 0.60.0).
                continue
            if (
                t.label == "ASSAULT"
                and not (definite or pointing or _is_toll(t))
                and not _RIPOSTE.match(t.text)
                and all(sentence(triggers[g].start) != sentence(t.start) for g in group)
                and _LATER_THAT_DAY.search(text, *sentence(t.start))
                and (my_sides := own_sides(ti))
                and (group_sides := set().union(*(own_sides(g) for g in group)))
                and not my_sides & group_sides
            ):
                # "Jihadist fighters overran the town [...]. The army shelled the
                # militants' positions later that day": the other side's act, later, is
                # a counter-act of its own, not a phase of the attack (since 0.61.0).
                continue
            if (
                t.label == "ASSAULT"
                and not (definite or pointing or _is_toll(t))
                and not _RIPOSTE.match(t.text)
                and later_pursuit(ti, group)
            ):
                # "Quelques heures plus tard, des miliciens se sont lancés à la poursuite
                # des assaillants. Des accrochages ont eu lieu en fin d'après-midi": the
                # clash with the pursuers, hours later, is a fight of its own, not a
                # phase of the attack told before (since 0.62.0).
                if not own_sides(ti):
                    # Its fighters are the pursuers the sentence before names.
                    args.setdefault(ti, []).extend(pursuers(ti))
                continue
            if (
                not (definite or pointing or (_is_toll(t) and not state_toll(ti)))
                and paragraph(triggers[group[-1]].start) != here
                and not _RIPOSTE.match(t.text)
                and (my_sides := own_sides(ti))
                and (group_sides := set().union(*(own_sides(g) for g in group)))
                and not my_sides & group_sides
                and (not _is_toll(t) or group_sides == {"armed"})
                and not (_is_toll(t) and (counts_the_attackers(ti) or counts_the_soldiers(ti)))
                # Since 0.66.0 not a toll reported by the army ("L'armée a fait état de
                # huit civils tués"): the count of the act told before.
                and not (
                    _is_toll(t)
                    and _TOLL_REPORTED.search(text, max(0, t.start - 120), t.start) is not None
                )
            ):
                # "Gunmen killed fourteen people [...]\n the army said it had carried
                # out air strikes": an act of the state and one of an armed group, each
                # told with its own actor in paragraphs of their own, are two happenings
                # (since 0.35.0); a riposte is the same fight. Since 0.58.0 also a toll
                # whose sentence names the army as the killer ("l'armée a annoncé avoir
                # neutralisé une dizaine de terroristes") after an armed group's act: the
                # army's own operation, not the attack's toll.
                army_toll = army_toll or _is_toll(t)
                continue
            # "l'attaque", "cette opération", "the attack": a definite mention refers back;
            # so does a sentence about "la mesure" ("La mesure interdit la circulation").
            anaphoric = definite or updated
            if (
                definite
                and not (pointing or updated or _is_toll(t))
                and not since_bare
                and placed_before(ti)
                and (
                    named_apart(ti, group)
                    or (
                        (mine := value(ti, Role.LOCATION)) is not None
                        and (theirs := value(group[0], Role.LOCATION)) is not None
                        and mine != theirs
                        and not (within(mine, theirs) or within(theirs, mine))
                    )
                )
            ):
                # "Six gendarmes ont été tués à Kantchari ; à Matiacoali, l'attaque a été
                # repoussée": a definite noun placed first at another locality is the
                # attack told there, not the one told before (since 0.59.0).
                continue
            if (
                t.label == "CONSULT"
                and definite
                and not (pointing or updated)
                and not _same_word(t, group, triggers)
                and parties_apart(ti, group)
            ):
                # "a reçu lundi le ministre malien [...]. Au cours de son séjour, le chef
                # de la diplomatie malienne a coprésidé la réunion du comité bilatéral":
                # a meeting named by another word, with other parties of its own, is
                # another meeting, not the audience told before (since 0.62.0).
                continue
            if _MEASURE.match(text, sentence(t.start)[0]):
                anaphoric = modes_agree = True
            # "font suite à l'enlèvement, le 3 courant": the cause told after its
            # consequence is another, earlier happening, however definite.
            earlier = told_earlier
            if earlier and not (
                # "Depuis l'attaque, les forces mènent ...": the attack just told.
                earlier.group().lower().strip().startswith(("depuis", "since"))
                and _BARE_END.match(text, t.end)
            ):
                continue
            # "Les assaillants ont aussi incendié", "another march": one more act; told in
            # the pluperfect ("avaient péri dans une tuerie"), a recalled earlier one.
            # A pluperfect retelling of an event told before joins it ("Des hommes armés
            # avaient pris d'assaut le poste"); so does a demonstrative.
            across = (ti in recalled) != (group[0] in recalled)
            apart = across and not (pointing or (ti in recalled and retold(ti, group)))
            if (
                (
                    (
                        _ANOTHER.search(text[max(0, t.start - 25) : t.start])
                        or _ALSO_AND.search(text[max(0, t.start - 60) : t.start])
                    )
                    # Since 0.67.0 a toll too when its own sentence names a killer of
                    # another side than the event's ("The army raided the village [...].
                    # JNIM has also killed civilians in the area"): the other side's act,
                    # which only its own sentence tells.
                    and (not _is_toll(t) or (alone := other_side(ti, group)))
                    and not _ALSO_RETOLD.search(text, max(0, t.start - 40), t.start)
                )
                or (
                    # Since 0.67.0 "OCHA signale par ailleurs qu'un véhicule a été
                    # intercepté": the saying opens another story, as "Par ailleurs,".
                    ti not in recalled and _SAID_BESIDES.match(text, sentence(t.start)[0], t.start)
                )
                or (
                    _SEQUEL.match(text, sentence(t.start)[0])
                    # "À la veille de la manifestation": the act that phrase names is
                    # the one told before, not one beside it (since 0.60.0).
                    and not _BESIDE_ACT.search(text, max(0, t.start - 40), t.start)
                )
                or apart
            ):
                continue
            if (
                (t.label, t.mode) == ("COERCE", "arrest")
                and not anaphoric
                and _after_dispersal(t, triggers, group, sentences, sentence(t.start))
            ):
                # "La police les a dispersés ... et a interpellé une quinzaine de
                # personnes": the marchers' arrest, not the arrest told before (since
                # 0.18.1).
                continue
            if (
                dated_apart
                and not pointing
                and (
                    dated_before(ti)
                    or months_apart(own_date, group_date)
                    or dated_by_complement(ti)
                )
            ):
                # "Fin octobre, trois écogardes avaient déjà été blessés par l'explosion
                # d'une mine": a definite noun dated otherwise is another happening
                # (since 0.19.0; since 0.20.0 also a month or a year told after it).
                continue
            if (
                not (anaphoric or pointing or _is_toll(t))
                and not _BACK_REFERENCE.search(text, max(0, t.start - 30), t.start)
                and triggers[group[-1]].start < here[0]
                # Since 0.67.0 not a witness's quoted account, which tells again the
                # happening of the article, whatever other act its paragraph tells ("Le
                # convoi a d'abord été touché par un engin explosif [...]. « Ensuite, les
                # terroristes ont ouvert le feu », a raconté un chauffeur").
                and not _recounted(text, t, here)
                and any(
                    here[0] <= triggers[other[0]].start < t.start
                    and triggers[other[0]].label in MATERIAL
                    # Strikes on the attackers in flight are a phase of the attack.
                    and not pursuit(triggers[other[0]].start)
                    # Since 0.67.0 a release or goods taken are the sequel of an
                    # abduction, not another happening: "Les ravisseurs ont libéré un
                    # vieillard, puis emmené les autres", "Ils ont aussi emporté deux
                    # motos. Son adjoint, enlevé avec lui, ...".
                    and not (_abducts(t) and _abduction_sequel(triggers[other[0]]))
                    for other in groups
                )
            ):
                # "La riposte a permis de récupérer neuf motos. [...]\n ... des individus
                # armés ont attaqué un hameau [...]. Les assaillants ont emporté du
                # bétail": an act told in a paragraph about another happening is of that
                # one or of its own, not of a group told in an earlier paragraph (since
                # 0.20.0).
                continue
            if modes_agree and (anaphoric or not (clash or unlike)):
                target = group
                if pointing and (across or t.label not in MATERIAL):
                    # Joined only as a pointer: its sentence tells what followed ("Cette
                    # coopération aurait permis une frappe fin juillet"), not the event.
                    silent.add(ti)
                break
        if (
            target is None
            and not pointing
            # The places and people of a bare "depuis l'attaque" clause are its verb's.
            and (since_bare or not tells_own(ti))
            and (definite or _CONTRACTED.search(text, max(0, t.start - 5), t.start))
            # "privés de soins depuis l'attaque": the act just told dates the clause,
            # whatever word told it ("ont incendié le centre de santé"), since 0.63.0.
            and (not told_earlier or since_bare)
            # Since 0.61.0 not one more measure ("Les putschistes ont également annoncé
            # la fermeture des frontières", after the coup): another act of its type.
            and not _ANOTHER.search(text, max(0, t.start - 25), t.start)
        ):
            # "Militants set fire to 30 tankers and abducted drivers [...] The attack is
            # the latest in a blockade": a definite noun that tells nothing of its own and
            # joined no group names the act of its type told last, even a burning or an
            # abduction, which stay events of their own (since 0.32.0).
            target = next(
                (
                    g
                    for g in reversed(groups)
                    if triggers[g[0]].label == t.label
                    and sentence(triggers[g[0]].start) != sentence(t.start)
                    and id(g) not in earlier_acts
                    # Since 0.61.0 not a coercion of another kind: "la fermeture des
                    # frontières" (restrict) is not the coup (seize) told before it.
                    and not _coercion_apart(t, [triggers[k] for k in g])
                ),
                None,
            )
        if target is None:
            if followed is not None:
                args[ti] = _lent_arguments(ti, args, followed, triggers, sentence(t.start))
            groups.append([ti])
            if alone:
                sided[id(groups[-1])] = camps(ti)
            if army_toll:
                army_tolls.add(id(groups[-1]))
        else:
            target.append(ti)
            if since_bare:
                # "4 000 habitants sont privés de soins depuis l'attaque": the clause's
                # people and places are its verb's, not the attack's (since 0.63.0).
                silent.add(ti)

    kept: list[int] = []
    heads: dict[int, Trigger] = {}
    out: list[Argument] = []
    for group in groups:
        # The most informative mention: a word naming the event, the first of them; but
        # a toll told first, in a sentence naming the event no other way ("Cinq civils
        # ont été tués dimanche à X. ... avant de les abattre"), is where it is told.
        head = next(
            (i for i in group if not _is_toll(triggers[i]) and i not in silent),
            next((i for i in group if not _is_toll(triggers[i])), group[0]),
        )
        lead = sentence(triggers[group[0]].start)
        if _is_toll(triggers[group[0]]) and sentence(triggers[head].start) != lead:
            head = group[0]
        kept.append(head)
        # Since 0.31.0 not the destruction a toll lists ("une dizaine de motos
        # détruites" among the attackers' losses): the act against the victims, or the
        # weapon, gives the mode (codebook, ASSAULT).
        mode = triggers[head].mode or next(
            (
                triggers[i].mode
                for i in group
                if triggers[i].mode
                and not (_is_toll(triggers[i]) and triggers[i].mode == "destroy")
            ),
            None,
        )
        heads[head] = replace(triggers[head], mode=mode)
        roles_taken: set[str] = set()
        mentions_taken: set[int] = set()
        borrowed_actor: int | None = None  # index in ``out`` of an actor a merged mention gave
        weak_actor: int | None = None  # index in ``out`` of an actor told after its sentence
        figures: set[tuple[str, str]] = set()  # (kind, count) of the casualties taken
        # "Les FDS ont repoussé une attaque contre le poste, tuant quinze assaillants":
        # the killing in the repelling sentence is the defenders' answer, merged into the
        # attack for its toll; its subject did not attack (since 0.61.0).
        head_start = triggers[head].start
        repelled = _REPELLING_BEFORE.search(
            text, max(sentence(head_start)[0], head_start - 60), head_start
        )
        for ti in [head, *[i for i in group if i != head]]:
            new_roles = set()
            answer = (
                repelled is not None
                and ti != head
                and sentence(triggers[ti].start) == sentence(head_start)
            )
            for a in (
                _harm_counts(ti, args.get(ti, []), mentions, sentence)
                if ti in silent and ti != head
                else args.get(ti, [])
            ):
                if (
                    ti in other_donor
                    and a.role in (Role.TIME, Role.LOCATION)
                    and a.score < OWN_SENTENCE
                ):
                    continue  # "Une ONG nationale a remis des kits": not the PAM's day
                if (
                    ti in said_after
                    and a.role in (Role.TIME, Role.LOCATION, Role.ACTOR)
                    and mentions[a.mention].start < said_after[ti]
                ):
                    # "Dimanche, à Madougou, des miliciens ..., selon X, qui dénonce": the
                    # day, place and doers of the act reported, not of the statement.
                    continue
                if answer and a.role == Role.ACTOR:
                    continue
                if (
                    a.role == Role.TIME
                    and ti != head
                    and _background_start(text, mentions[a.mention])
                    and sentence(mentions[a.mention].start) != sentence(head_start)
                ):
                    # "Une attaque a tué onze civils à Inatès. [...] Le Niger combat des
                    # jihadistes depuis 2015": the year (or month) a long state began,
                    # told with a merged mention in another sentence, is not the day of
                    # the act the head tells (since 0.63.0; 0.62.0 dated the attack 2015
                    # and called it historical).
                    continue
                # A mention fills one role, except a speaker that is also the actor
                # ("l'état-major annonce avoir neutralisé ...").
                key = -1 - a.mention if a.role == Role.SOURCE else a.mention
                # The weak actor this argument outranks: one the parse or a "par" phrase
                # gives in a merged mention's own sentence.
                outranked = (
                    weak_actor if a.role == Role.ACTOR and a.score >= _PARSED_ACTOR else None
                )
                if key in mentions_taken:
                    if outranked is not None and a.mention == out[outranked].mention:
                        # A merged mention's own sentence names them: as if it gave them.
                        borrowed_actor, weak_actor = outranked, None
                    continue
                if outranked is not None:
                    # The attackers told after the head's sentence give way to an actor a
                    # merged mention finds in its own.
                    mentions_taken.discard(out[outranked].mention)
                    out[outranked] = replace(a, trigger=head)
                    mentions_taken.add(key)
                    weak_actor = None
                    continue
                if (
                    a.role == Role.ACTOR
                    and borrowed_actor is not None
                    and mentions[out[borrowed_actor].mention].source == "nominal"
                    and mentions[a.mention].actor_id
                ):
                    # "Les assaillants ... Le JNIM a revendiqué l'attaque": the named
                    # perpetrator rather than a description, when both come from mentions.
                    out[borrowed_actor] = replace(a, trigger=head)
                    mentions_taken.add(key)
                    borrowed_actor = None
                    continue
                if a.role == Role.TIME and ti != head and a.score >= OWN_SENTENCE:
                    held = [k for k, b in enumerate(out) if b.trigger == head and b.role == a.role]
                    day = mentions[a.mention].textareas.get(Normalised.DATE, "")
                    coarse = (
                        mentions[out[held[0]].mention].textareas.get(Normalised.DATE, "")
                        if len(held) == 1
                        else ""
                    )
                    if _day_inside(day, coarse):
                        # "kidnapped earlier this month" in the head's sentence, "The
                        # abduction took place on 14 November" in a merged one: the day
                        # inside the month (since 0.35.0); since 0.56.0 also inside a
                        # week or a span ("la semaine passée", "ces heurts, survenus
                        # mercredi dernier").
                        mentions_taken.discard(out[held[0]].mention)
                        out[held[0]] = replace(a, trigger=head)
                        mentions_taken.add(key)
                        continue
                if a.role in roles_taken and a.role not in (
                    Role.CASUALTIES,
                    Role.ACTOR,
                    Role.LOCATION,
                ):
                    continue
                if a.role == Role.LOCATION and ti != head and Role.LOCATION in roles_taken:
                    # "near Tillia" in one mention, "the Tahoua region" in the head's: the
                    # town inside the unit is the event's place, when the mention's own
                    # sentence gives it (a place borrowed from before is no evidence).
                    held = [k for k, b in enumerate(out) if b.trigger == head and b.role == a.role]
                    if (
                        a.score >= OWN_SENTENCE
                        and held
                        and all(
                            _finer(mentions[a.mention], mentions[out[k].mention])
                            or _village_in_unit(text, mentions[a.mention], mentions[out[k].mention])
                            for k in held
                        )
                    ):
                        for k in reversed(held):
                            mentions_taken.discard(out[k].mention)
                            del out[k]
                        out.append(replace(a, trigger=head))
                        mentions_taken.add(key)
                    continue
                if (
                    a.role == Role.ACTOR
                    and ti != head
                    and Role.ACTOR in roles_taken
                    and a.score >= _NAMED_AUTHOR
                    and mentions[a.mention].actor_id
                    and all(
                        mentions[b.mention].source == "nominal" and not mentions[b.mention].actor_id
                        for b in out
                        if b.trigger == head and b.role == Role.ACTOR
                    )
                ):
                    # "une embuscade tendue par des hommes armés [...] le texte attribue
                    # l'attaque à l'Etat islamique au Sahel": the group a claim or an
                    # attribution names joins the description (since 0.33.0), as the
                    # corpus codes both.
                    out.append(replace(a, trigger=head))
                    mentions_taken.add(key)
                    continue
                if a.role in roles_taken and ti != head and a.role != Role.CASUALTIES:
                    continue
                if a.role == Role.CASUALTIES:
                    # A toll told again ("deux morts" in the lead, "les deux morts" in the
                    # body) is one figure: the gold never counts it twice (since 0.14.0).
                    figure = _figure(mentions[a.mention])
                    if figure in figures:
                        continue
                    figures.add(figure)
                if a.role == Role.ACTOR and ti != head:
                    borrowed_actor = len(out)
                if a.role == Role.ACTOR and a.score <= TOLD_AFTER:
                    weak_actor = len(out)
                out.append(replace(a, trigger=head))
                mentions_taken.add(key)
                new_roles.add(a.role)
            roles_taken |= new_roles
        repelled_count = (
            REPELLED_ATTACKERS.search(text, *sentence(head_start))
            if repelled is not None and Role.ACTOR not in roles_taken
            else None
        )
        if repelled_count is not None:
            # "..., tuant une quinzaine d'assaillants": the attackers the answer counts
            # (nominals marks their noun) are the attack's actor.
            who = next(
                (
                    k
                    for k, m in enumerate(mentions)
                    if (m.start, m.end) == repelled_count.span("who")
                ),
                None,
            )
            if who is not None:
                out = [a for a in out if not (a.trigger == head and a.mention == who)]
                out.append(Argument(head, who, Role.ACTOR, 0.5))
    out = _one_event_a_count(text, out, groups, triggers, mentions, sentence)
    out = _elliptic_acts_actor(text, out, groups, kept, triggers, sentence)
    out = _coordinated_actor(out, groups, kept, coordinated)
    out = _captors_of_release(out, kept, heads, mentions)
    out = carried_actors(text, out, kept, heads, mentions, sentence)
    return Merged(sorted(kept), out, heads)


def _day_inside(day: str, coarse: str) -> bool:
    """Whether the ISO date ``day`` is finer than ``coarse`` and lies inside it: a month
    or a year ("2026-11"), or a span of a week or more ("2026-11-23/2026-11-29"; not a
    night across two days, which is as precise as a day)."""
    if len(coarse) in (4, 7):
        return len(day) > len(coarse) and day.startswith(coarse)
    first, _, last = coarse.partition("/")
    if not (last and len(day) == 10 and len(first) == len(last) == 10 and first <= day <= last):
        return False
    try:
        return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days >= 6
    except ValueError:
        return False


def _elliptic_acts_actor(
    text: str,
    out: list[Argument],
    groups: Sequence[Sequence[int]],
    kept: Sequence[int],
    triggers: Sequence[Trigger],
    sentence: Callable[[int], tuple[int, int]],
) -> list[Argument]:
    """A burning or a looting told as a bare participle after a toll in the same sentence
    ("Trois civils y ont été tués et plusieurs greniers incendiés", "des concessions
    auraient été incendiées et du bétail emporté"), with no actor of its own, was done by
    the actor of the event that toll belongs to (since 0.20.0)."""
    actors: dict[int, Argument] = {}
    for a in out:
        if a.role == Role.ACTOR:
            actors.setdefault(a.trigger, a)
    extra: list[Argument] = []
    for head in kept:
        t = triggers[head]
        if head in actors or not (burns(t) or (t.label == "COERCE" and t.mode == "seize")):
            continue
        if not _ELLIPTIC.search(text, max(0, t.start - 40), t.start):
            continue
        for group, other in zip(groups, kept, strict=True):
            if other == head or other not in actors or triggers[other].label != "ASSAULT":
                continue
            if any(
                sentence(triggers[i].start) == sentence(t.start) and triggers[i].start < t.start
                for i in group
            ):
                extra.append(replace(actors[other], trigger=head, score=TOLD_AFTER))
                break
    return out + extra


def _coordinated_actor(
    out: list[Argument],
    groups: Sequence[Sequence[int]],
    kept: Sequence[int],
    coordinated: dict[int, int],
) -> list[Argument]:
    """A request coordinated to another with no subject of its own ("une coordination
    d'associations a exigé la libération des otages et appelé les autorités à ..."): its
    speaker is the other's actor, not a noun of the first clause (since 0.59.0)."""
    if not coordinated:
        return out
    head_of = {i: head for group, head in zip(groups, kept, strict=True) for i in group}
    actors: dict[int, list[Argument]] = {}
    for a in out:
        if a.role == Role.ACTOR:
            actors.setdefault(a.trigger, []).append(a)
    given = {
        head_of[ti]: head_of[first]
        for ti, first in coordinated.items()
        if ti in head_of and first in head_of and head_of[first] in actors
    }
    if not given:
        return out
    kept_out = [a for a in out if not (a.role == Role.ACTOR and a.trigger in given)]
    return kept_out + [
        replace(a, trigger=head) for head, first in given.items() for a in actors[first]
    ]


#: Who holds captives by that word: "leurs ravisseurs", "the kidnappers", "ses geôliers".
_CAPTORS = re.compile(
    r"(?:\S+\s+)?(?:ravisseurs?|geôliers?|kidnappers?|abductors?|captors?)$", re.I
)


def _captors_of_release(
    out: list[Argument],
    kept: Sequence[int],
    heads: dict[int, Trigger],
    mentions: Sequence[Mention],
) -> list[Argument]:
    """A release and the abduction of the same captives (the one count linked to both:
    "Deux agents enlevés le 2 avril ... ont été libérés dimanche") have one captor: the
    codebook makes the captor the actor of a release (RETREAT release), so a release
    whose own clauses name no one who freed takes the abduction's actor ("enlevés ...
    par des hommes armés ont été relâchés", "avaient été emmenés par des individus
    armés"); and an abduction with no actor takes the release's when the release names
    them as the captors ("relâchés hier par leurs ravisseurs"). Since 0.58.0. Only when
    one side has no actor: a release by someone else (troops, a mediator) is not
    overruled, and only an abduction (the captors of detainees are who arrested them,
    which the text of an arrest names itself)."""
    actors: dict[int, list[Argument]] = {}
    counts: dict[int, set[int]] = {}
    for a in out:
        if a.role == Role.ACTOR:
            actors.setdefault(a.trigger, []).append(a)
        elif a.role == Role.CASUALTIES:
            counts.setdefault(a.trigger, set()).add(a.mention)
    releases = [k for k in kept if heads[k].label == "RETREAT" and heads[k].mode == "release"]
    abductions = [k for k in kept if heads[k].label == "ASSAULT" and heads[k].mode == "abduct"]
    if not releases or not abductions:
        return out
    extra: list[Argument] = []
    for r in releases:
        shared = [a for a in abductions if counts.get(a, set()) & counts.get(r, set())]
        if len(shared) != 1:
            continue  # no abduction of the same captives, or several: not one captor
        (ab,) = shared
        if r not in actors and ab in actors:
            extra += [replace(a, trigger=r, score=TOLD_AFTER) for a in actors[ab]]
        elif ab not in actors and r in actors:
            extra += [
                replace(a, trigger=ab, score=TOLD_AFTER)
                for a in actors[r]
                if _CAPTORS.search(mentions[a.mention].text)
            ]
    return out + extra


def _after_dispersal(
    t: Trigger,
    triggers: Sequence[Trigger],
    group: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    own: tuple[int, int],
) -> bool:
    """Whether a crowd dispersed, outside ``group``, is told before the arrest ``t`` in
    its sentence ``own`` or the sentence before it: the arrest is of that crowd."""
    before = sentence_before(sentences, own) or own
    return any(
        (u.label, u.mode) == ("ASSAULT", "crowd-control")
        and k not in group
        and before[0] <= u.start < t.start
        for k, u in enumerate(triggers)
    )


#: What stands between a count and its own passive verb: "132 personnes | avaient été |
#: massacrées", "37 people | were | killed" (since 0.61.0).
_PASSIVE_OF_COUNT = re.compile(
    r"\s+(?:(?:avaient|avait|ont|a|auraient|aurait|sont|est|had|have|has|were|was)\s+)"
    r"(?:(?:été|been)\s+)?",
    re.IGNORECASE,
)
#: The distance to a count of an event no mention of which comes before it in its sentence.
_NOWHERE = 10**9


def _contrast_between(text: str, lo: int, start: int, end: int) -> bool:
    """Whether a contrast at another place than its sentence named before it (from
    ``lo``) stands between ``start`` and ``end``."""
    return any(
        m.group("place") not in text[lo : m.start()]
        for m in CONTRAST_ELSEWHERE.finditer(text, start, end)
    )


def _one_event_a_count(
    text: str,
    out: list[Argument],
    groups: Sequence[Sequence[int]],
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    sentence: Callable[[int], tuple[int, int]],
) -> list[Argument]:
    """A count several events took stays with the one told nearest before it in its
    sentence ("Quelques heures après l'attaque de Tillia, un véhicule a sauté sur une
    mine, blessant quatre soldats": the mine's, not the attack's), since 0.14.0."""
    holders: dict[int, list[int]] = {}
    for k, a in enumerate(out):
        # Dead and wounded only: a release shares its abduction's count (the corpus
        # links the hostages to both).
        if a.role == Role.CASUALTIES and _figure(mentions[a.mention])[0] in ("killed", "injured"):
            holders.setdefault(a.mention, []).append(k)
    group_of = {i: g for g in groups for i in g}
    dropped: set[int] = set()
    contrasts = may_hold(lowered(text), CONTRAST_WORDS)
    for mention, held in holders.items():
        if len(held) < 2:
            continue
        count = mentions[mention]
        span = sentence(count.start)
        distances = {}
        for k in held:
            told = [
                triggers[i].start
                for i in group_of.get(out[k].trigger, [out[k].trigger])
                if span[0] <= triggers[i].start < count.start
            ]
            distances[k] = count.start - max(told) if told else _NOWHERE
            if told and contrasts and _contrast_between(text, span[0], max(told), count.start):
                # Since 0.64.0 "killed six villagers in X, while in Tera two herders
                # died after their camp was raided": an act told before a contrast at
                # another place is not the count's nearest; the clause's own act is.
                distances[k] = _NOWHERE
        best = min(held, key=distances.__getitem__)
        # Since 0.61.0 the event whose own passive verb the count is the subject of ("à
        # Solhan, où 132 personnes avaient été massacrées en juin 2021"): that act's
        # count, not the one told before it.
        own_verb = [
            k
            for k in held
            for i in group_of.get(out[k].trigger, [out[k].trigger])
            if (
                count.end <= triggers[i].start < span[1]
                and _PASSIVE_OF_COUNT.fullmatch(text, count.end, triggers[i].start)
            )
            # Since 0.64.0 the act on the count's own outcome word ("while in Ayorou three
            # fishermen died", contrastacts): that act's count.
            or count.start < triggers[i].start < count.end
        ]
        if len(set(own_verb)) == 1:
            best = own_verb[0]
            distances[best] = 0
        if distances[best] < _NOWHERE:
            dropped.update(k for k in held if k != best)
    return [a for k, a in enumerate(out) if k not in dropped]


#: The kinds of harm an act's own count tells: the dead, the wounded, the missing or taken.
_HARM_KINDS = frozenset({"killed", "injured", "abducted"})


def _harm_counts(
    ti: int,
    held: Sequence[Argument],
    mentions: Sequence[Mention],
    sentence: Callable[[int], tuple[int, int]],
) -> list[Argument]:
    """The counts of harm in a silent pointer's own sentence, which still go to the event
    it is merged into: "Trois autres voyageurs sont portés disparus depuis l'attaque"
    tells the attack's missing, though its people and places are its verb's (since
    0.64.0; the count was linked to nothing). Not the arrested nor the freed, whose act
    is another."""
    return [
        a
        for a in held
        if a.role == Role.CASUALTIES
        and a.score >= OWN_SENTENCE
        and _figure(mentions[a.mention])[0] in _HARM_KINDS
    ]


def _figure(m: Mention) -> tuple[str, str]:
    """A count's kind and normalised number."""
    kind = m.choices.get(EntityAttribute.CASUALTY_KIND, [""])[0]
    return kind, m.textareas.get(Normalised.COUNT, m.text.lower())


#: Nouns of people who fight outside the state: the unnamed armed men a report tells of.
#: An army's own men, told by a possessive: "its troops had killed", "ses soldats".
_OWN_TROOPS = re.compile(
    r"(?:its|their|our|ses|leurs|nos)\s+(?:troops|soldiers|forces|units|soldats|militaires|"
    r"troupes|unités|hommes|éléments)$",
    re.IGNORECASE,
)
#: Soldiers told by their kind, an actor of the state's side.
_SOLDIERS = re.compile(r"\b(?:soldiers|troops|soldats|militaires|troupes)\b", re.IGNORECASE)
_IRREGULARS = re.compile(
    r"\b(?:gunm[ae]n|armed\s+men|attackers|assailants|militants|jihadists|insurgents|"
    r"fighters|terrorists|hommes\s+armés|individus\s+armés|assaillants|terroristes|"
    r"d?jihadistes|insurgés|combattants|ravisseurs|kidnappers)\b",
    re.IGNORECASE,
)


#: The answer of the side attacked, part of the same fight.
_RIPOSTE = re.compile(r"ripost|repouss|contre-attaqu|repel|fought\s+back|return", re.IGNORECASE)


def side(m: Mention) -> str | None:
    """Whether an actor is of the state ("state": the army), a militia, or
    an armed group ("armed": a named group, unnamed gunmen), or None when the text does
    not say."""
    sector = m.choices.get(EntityAttribute.SECTOR, [""])[0]
    if sector == "military":
        # Not a government: the one that reports an attack is often taken for its actor.
        return "state"
    if sector == "militia":
        return sector
    if sector == "armed-group" or (m.label == "PER" and _IRREGULARS.search(m.text)):
        return "armed"
    if m.label == "PER" and _OWN_TROOPS.match(m.text):
        return "state"  # "its troops", "ses soldats": the army's, as it reports (0.59.0)
    return None


def _day_in_span(day: str, span: str) -> bool:
    """Whether the ISO day ``day`` lies within the ISO span of days ``span``
    ("2025-12-03" within "2025-12-01/2025-12-07", last week)."""
    first, _, last = span.partition("/")
    return len(day) == len(first) == len(last) == 10 and first <= day <= last


def _nested_dates(a: str, b: str) -> bool:
    """Whether one ISO date lies within the other: a day of the month or the year the
    other names ("2026-10-14" in "2026-10"); intervals are never nested here."""
    if "/" in a or "/" in b or not (_ISO_DATE.match(a) and _ISO_DATE.match(b)):
        return False
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) < len(longer) and longer.startswith(shorter + "-")


def within(inner: str, outer: str) -> bool:
    """True when the place with id ``inner`` lies in the country or the administrative
    unit with id ``outer`` (a town of the Tahoua region, a cercle of Mali)."""
    a, b = gazetteer.lookup(inner), gazetteer.lookup(outer)
    if a is None or b is None or a.country_code != b.country_code or a.id == b.id:
        return False
    if b.feature == "PCLI":
        return a.feature != "PCLI"
    if b.feature == "ADM1":
        return a.feature not in ("PCLI", "ADM1") and a.admin1 == (b.admin1 or b.name)
    if b.feature == "ADM2":
        return a.feature not in ("PCLI", "ADM1", "ADM2") and a.admin2 == (b.admin2 or b.name)
    return False


#: A settlement named as a village right before its name: "près du village de
#: Farabougou", "the village of Tounouga".
_VILLAGE_BEFORE = re.compile(
    r"\b(?:village|hameau|localité|village\s+of|hamlet\s+of)\s+(?:de\s+|d['’]\s*|of\s+)?$",
    re.IGNORECASE,
)


def _village_in_unit(text: str, inner: Mention, outer: Mention) -> bool:
    """Whether ``inner`` is a village the gazetteer lacks, named as such ("près du village
    de Farabougou"), and ``outer`` a unit (a commune, a cercle, a region, a country):
    told of one happening, the village is where it took place (since 0.61.0; before,
    only a country yielded to an unresolved name)."""
    return (
        Normalised.PLACE not in inner.textareas
        and inner.label in ("LOC", "GPE")
        and not inner.choices.get(EntityAttribute.PLACE_PRECISION)
        and outer.choices.get(EntityAttribute.PLACE_PRECISION, [""])[0]
        in ("admin2", "admin1", "country")
        and outer.rank_as != "locality"
        and _VILLAGE_BEFORE.search(text, max(0, inner.start - 20), inner.start) is not None
    )


def finer_place(inner: Mention, outer: Mention) -> bool:
    """True when ``inner`` names a place inside the one ``outer`` names (a town of its
    unit, a place told against such a town, a locality placed in that unit)."""
    return _finer(inner, outer)


def _finer(inner: Mention, outer: Mention) -> bool:
    """True when ``inner`` names a place inside the one ``outer`` names: a town of its
    unit, or a locality the gazetteer lacks that was placed in that very unit."""
    a, b = inner.textareas.get(Normalised.PLACE), outer.textareas.get(Normalised.PLACE)
    if (
        a is None
        and b is not None
        and inner.label in ("LOC", "GPE")
        and not inner.choices.get(EntityAttribute.PLACE_PRECISION)
        and outer.choices.get(EntityAttribute.PLACE_PRECISION) == ["country"]
    ):
        # "in eastern Burkina Faso" in the lead, "the village of Tanwalbougou" after: a
        # named place the gazetteer lacks is finer than the country (since 0.32.0).
        return True
    if a is None or b is None:
        return False
    if outer.rank_as == "locality":
        # "près de Diguel, dans la province du Soum" carries the province's id, yet is a
        # locality: no town of the province lies inside it (since 0.17.0).
        return False
    if a == b:
        # Since 0.18.0 also "à une quinzaine de kilomètres de Bankilaré", finer than
        # the bare town.
        return inner.rank_as == "locality" or (
            relative_reference(inner) and not relative_reference(outer)
        )
    return within(a, b)


#: A count or a "several" right before a plural act noun heading a roundup: "Plusieurs
#: attaques", "au moins cinq attaques", "in several attacks", "a series of raids".
_ROUNDUP_COUNT = re.compile(
    r"\b(?:plusieurs|diverses|différentes|de\s+nombreu(?:x|ses)|(?:série|vague)\s+d['’]|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|several|multiple|numerous|two|"
    r"three|four|five|six|seven|eight|nine|ten|(?:series|spate|string|wave)\s+of)\s*"
    r"(?:(?:nouvell?es|autres|new|other|separate|distinct)\s+)?$",
    re.IGNORECASE,
)
#: A set of acts named as the cause or the background of another: "the latest in a
#: series of assaults", "après plusieurs attaques", "following two raids".
_ROUNDUP_BACKGROUND = re.compile(
    r"\b(?:latest|dernière|dernier|après|after|following|suite\s+(?:à|aux?)|wake)\b"
    r"[^.;,]{0,25}$",
    re.IGNORECASE,
)
#: One act the head sentence tells on its own: "dans une attaque", "in an attack on".
_ROUNDUP_ONE_ACT = re.compile(
    r"\b(?:(?:dans|lors\s+d['’])\s*(?:une?|l['’])\s*(?:attaque|embuscade|explosion|frappe|"
    r"assaut|raid)|(?:in|during)\s+(?:an?|the)\s+(?:attack|ambush|raid|strike|blast))\b",
    re.IGNORECASE,
)
#: The endings of plural participles, which a count before a trigger does not make a
#: noun: "plusieurs greniers incendiés", "trois ravisseurs neutralisés".
_PARTICIPLE_ENDS = ("és", "ées", "is", "ises", "its", "ites")
#: The act labels a roundup's items and head are told with.
_ROUNDUP_ACTS = frozenset({"ASSAULT", "COERCE"})
#: A period a head sentence sums its acts over (since 0.62.0): "Over the past week,
#: militants killed at least 30 people across the central Sahel", "au cours de la
#: semaine écoulée". Its verb is then a head as a plural noun is, when items follow.
_ROUNDUP_PERIOD = gated(
    re.compile(
        r"\b(?:(?:over|during|in)\s+the\s+(?:past|last|previous)\s+(?:week|seven\s+days|"
        r"fortnight|two\s+weeks|few\s+days)|au\s+cours\s+de\s+la\s+semaine\s+"
        r"(?:écoulée|dernière|passée)|durant\s+la\s+semaine\s+(?:écoulée|dernière|passée)|"
        r"(?:au\s+cours\s+des|durant\s+les|ces)\s+(?:sept|derniers)\s+(?:derniers\s+)?jours)\b",
        re.IGNORECASE,
    )
)
#: How many sentences after the head its items may open, and the most items looked at.
_ROUNDUP_REACH = 5


def roundup_heads(
    text: str,
    triggers: Sequence[Trigger],
    arguments: Sequence[Argument],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    tokens: Sequence[Token],
    parts: set[int],
) -> set[int]:
    """Indices of the act triggers of a roundup's head sentence (since 0.61.0): a sentence
    naming several acts with a plural noun and a count ("Plusieurs attaques ont visé le
    centre du pays ce week-end", "At least 20 people were killed in several attacks over
    the weekend", "Une ONG signale plusieurs enlèvements dans la région") followed by
    items that tell two of them, each in its own sentence with its own day or place ("À
    Bandiagara, des hommes armés ont incendié ... samedi. À Bankass, deux civils ont été
    tués dimanche"). The codebook codes each act told on its own, not the set: without
    this the items' places, days and tolls were merged onto the head's one suggestion.
    ``parts`` are the triggers already no event of their own."""
    out: set[int] = set()
    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    own: dict[int, set[tuple[str, str]]] = {}
    for a in arguments:
        if a.role not in (Role.TIME, Role.LOCATION):
            continue
        m = mentions[a.mention]
        t = triggers[a.trigger]
        if sentence_of(m.start) == sentence_of(t.start):
            own.setdefault(a.trigger, set()).add((a.role, fold_key(m.text)))
    for i, t in enumerate(triggers):
        head = sentence_of(t.start)
        lo, hi = sentences[head] if head < len(sentences) else (t.start, t.end)
        summed = (
            t.label in _ROUNDUP_ACTS
            and i not in parts
            and i not in out
            and _ROUNDUP_PERIOD.search(text, lo, hi) is not None
        )
        if not summed and (
            t.label not in _ROUNDUP_ACTS
            or i in parts
            or i in out
            or not t.text.lower().endswith(("s", "x"))
            or not 0 <= t.tokens[0] < len(tokens)
            # A plural noun ("attaques", "frappes aériennes", "air strikes"), not a
            # participle: "quatre enseignants enlevés" (the English words' parts of
            # speech are not always read, hence the endings too).
            or tokens[t.tokens[0]].pos in ("VERB", "AUX", "ADJ")
            or t.text.lower().split()[0].endswith(_PARTICIPLE_ENDS)
            or not (count := _ROUNDUP_COUNT.search(text, max(0, t.start - 40), t.start))
            or _ROUNDUP_BACKGROUND.search(text, max(0, count.start() - 40), count.start())
        ):
            continue
        if _ROUNDUP_ONE_ACT.search(text, lo, hi):
            continue  # "killed five soldiers in an attack on a post": one act told
        # The items: acts of the sentences after the head, each with a day or a place of
        # its own sentence; two of them told apart by what they hold.
        items: dict[int, frozenset[tuple[str, str]]] = {}
        for k, u in enumerate(triggers):
            s = sentence_of(u.start)
            if (
                u.label in _ROUNDUP_ACTS
                and k not in parts
                and head < s <= head + _ROUNDUP_REACH
                and s not in items
                and own.get(k)
            ):
                items[s] = frozenset(own[k])
        if len(items) < 2 or min(items) > head + 2:
            continue
        if len(set(items.values())) < 2:
            continue
        out |= {
            k for k, u in enumerate(triggers) if u.label in _ROUNDUP_ACTS and lo <= u.start < hi
        }
    return out


def roundup_actors(
    triggers: Sequence[Trigger],
    arguments: Sequence[Argument],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    heads: set[int],
    parts: set[int],
) -> list[Argument]:
    """The actors a roundup's head hands to its items that tell none (since 0.61.0): "The
    Nigerien army carried out several air strikes [...]. On Thursday, a strike destroyed
    a logistics base near Abala": the army struck at Abala. ``heads`` are the head
    triggers (:func:`roundup_heads`), ``parts`` the triggers that are no event of their
    own. An item with an actor of its own keeps it, and a head hands on only the actors
    its own sentence names: one it took from the first item ("des individus armés ont
    dynamité ...") is that item's, not the roundup's."""
    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    actors: dict[int, list[Argument]] = {}
    for a in arguments:
        if (
            a.role == Role.ACTOR
            and a.trigger in heads
            and sentence_of(mentions[a.mention].start) == sentence_of(triggers[a.trigger].start)
        ):
            actors.setdefault(sentence_of(triggers[a.trigger].start), []).append(a)
    acted = {a.trigger for a in arguments if a.role == Role.ACTOR}
    out: list[Argument] = []
    for head, told in actors.items():
        handed = sorted({a.mention for a in told})
        by_air = any(triggers[a.trigger].mode == "aerial" for a in told)
        # The sentences telling a strike from the air: their verbs too ("une frappe
        # aérienne a tué") are no act of a head of attacks.
        air = {sentence_of(t.start) for t in triggers if t.mode == "aerial"}
        for k, u in enumerate(triggers):
            if (
                u.label in _ROUNDUP_ACTS
                and k not in parts
                and k not in acted
                and head < sentence_of(u.start) <= head + _ROUNDUP_REACH
                # A strike from the air is the army's, not the attackers' a head of
                # attacks names, and the reverse ("Des jihadistes ont mené plusieurs
                # attaques [...]. Une frappe aérienne a tué dix assaillants").
                and (u.mode is None or (u.mode == "aerial") == by_air)
                and (by_air or sentence_of(u.start) not in air)
            ):
                out += [Argument(k, m, Role.ACTOR, 0.4) for m in handed]
    return out
