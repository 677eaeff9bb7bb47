"""Event words inside set phrases of diplomatic and political writing that name no act.

The lexicon matches words; some of them, in a fixed phrase, mean something else:

* "rappeler son ambassadeur *pour consultations*", "recalled *for consultations*": the
  reason given for a recall, not a meeting that took place;
* "*free* movement", "*free* trade", "*free* of charge": an adjective, not a release;
* "l'engagement des États-Unis *à soutenir* le Mali", "their willingness *to support*":
  an act of support, cooperation or aid in the infinitive after a noun of intent is what
  someone means to do, not an act that happened (a commitment made is AGREE, on its own
  verb);
* "il a *accepté de* nous raconter", "a accepté de témoigner": a witness who agrees to
  speak to the press, not a concession;
* "les sanctions *qui frappent* le pays", "la suspension *qui frappait* deux radios": a
  measure that affects someone, not a beating (the subject of "frapper" is the measure);
* "les faits qui lui sont *reprochés*": the charges, not an accusation made (the
  active "reproche", "reprochant" is one) (since 0.12.0);
* "les *incursions* se multiplient", "face aux incursions": in the plural, a threat
  or a trend, not one act (the singular, "une tentative d'incursion", is one) (since
  0.12.0);
* "le personnel avait *quitté* les lieux", "the attackers *fled*": leaving is a
  displacement only when people in numbers leave ("des dizaines de familles ont
  quitté la ville", "some 3,100 people fled the villages") (since 0.12.0);
* "deux *fusils d'assaut* récupérés", "*assault rifles*": a weapon's name, not an
  assault (since 0.12.0);
* "les écoles restent *fermées*", "de *fermer* les yeux": a state or a figure of speech,
  not a closing (since 0.14.0);
* "*Riot* police were deployed": a force, not a riot (since 0.14.0);
* "interdit *par arrêté*", "*un arrêté* signé lundi": a decree, not an arrest (since
  0.15.0);
* "a *annoncé que* dix assaillants avaient été tués", "a *assuré que* le scrutin s'était
  déroulé": what is announced or assured is a promise (AGREE) only when it is to come,
  in the future or the conditional ("a annoncé que le réseau serait rétabli") (since
  0.18.1);
* "si ces menaces étaient mises à *exécution*", "le travail *abattu*", "aucun permis de
  *tuer*": figures of speech, not violence; "une *conférence* de presse", "a news
  *conference*", "une salle de *conférence*": no meeting; "la *menace* terroriste": a
  danger, no threat made (since 0.19.0);
* "Several hundred residents *left* Dallah", "des familles *se sont déplacées*":
  displacements, as "quitter" (since 0.20.0);
* "un accord *prévoyant des patrouilles conjointes*", "le texte *prévoit* la
  réouverture des marchés", "the deal *provides for* a withdrawal": what a text provides
  for is its content, coded on the agreement or the decree, not an act; nor is what is
  to be avoided ("urged the bloc *to avoid* new sanctions") (since 0.37.0);
* "les ravisseurs ont *exigé* une rançon", "une rançon aurait été *réclamée*", "demanded
  a ransom *for the release*": ransom is not coded (corpus notes, round 9), neither the
  demand nor the release it is asked for (since 0.58.0).
* "le décret *accorde* une remise de peine", "la charte lui a *accordé* un mandat",
  "l'audience que lui a *accordée* le président": "accorder" grants, it agrees nothing
  (the lexicon's "accord" also reaches the verb); only the reflexive "les deux camps se
  sont accordés sur" is an agreement (since 0.67.0);
* "a appelé ses militants *à observer une journée ville morte*", "qui appelait *à
  manifester*", "called for a stay-at-home *protest*", "urged supporters *to march*":
  a call to a protest is the protest to come (corpus notes: PROTEST `future`, coded on
  the protest word), not a request to a recipient; "a appelé les autorités à libérer"
  stays (since 0.67.0);
* "la gendarmerie, *appelée en renfort*", "un officier *appelé à d'autres fonctions*",
  "*Sollicité par l'AFP*, un officier a rejeté": a force called in, a posting, a
  reporter asking for comment, no request between actors (since 0.67.0);
* "*lors de l'audience* du 11 novembre, le parquet avait requis", "les accusés présents
  *à l'audience*", "la cour criminelle, *réunie en session* foraine": a court sitting,
  not a meeting (an audience granted by a head of state stays CONSULT) (since 0.67.0).
* "sept individus *en possession d'engins explosifs*", "la *fabrication* d'engins
  explosifs", "a *cache of* explosive devices": weapons held, made or stored, no blast
  (since 0.67.0).
* "agreed to set up a *shared intelligence* centre", "ont décidé de relancer les
  *patrouilles mixtes*", "signed an agreement to conduct *joint patrols*", "ont convenu
  de mettre en place un comité qui devrait se *réunir* en janvier": a cooperation, a
  meeting or aid inside what is agreed or decided is the agreement's content, coded by
  the AGREE on its verb (codebook, AGREE: future cooperation), not an act of its own
  (since 0.67.0).

:func:`market` is applied before arguments are linked, not here: "*marché*" with its
accent is a market (the lexicon folds accents), and a trigger over it would keep the
market from being a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .triggers import ANNOUNCING, Trigger
from .wordgate import gated

_FOR_CONSULTATIONS = re.compile(r"\b(?:pour|for)\s+$", re.IGNORECASE)
_CONSULTATIONS = re.compile(r"^consultations?$", re.IGNORECASE)
_FREE = re.compile(r"^free$", re.IGNORECASE)
_FREE_NOUN = re.compile(
    r"\s+(?:movement|trade|circulation|zone|of\s+charge|press)\b", re.IGNORECASE
)
#: A noun of intent, up to four words of its complement, then "à", "de", "to".
_INTENT = re.compile(
    r"\b(?:engagements?|volonté|détermination|disposition|disponibilité|souhait|désir|"
    r"ambition|intention|commitment|willingness|determination|resolve|readiness|desire)"
    r"(?:\s+[^\s.,;:!?]+){0,4}?\s+(?:à|de|d['’]|to)\s*$",
    re.IGNORECASE,
)
#: An infinitive: "soutenir", "aider", "coopérer"; in English "to" is in _INTENT.
_INFINITIVE = re.compile(r"^\w+(?:er|ir|re)\b|^(?!\w+(?:ed|ing|s)\b)[a-z]+\b", re.IGNORECASE)
_INTENDED = frozenset({"SUPPORT", "COOPERATE", "AID"})
#: A verb form of "frapper" (not the noun "frappe"): "frappe", "frappent", "frappait"...
_STRIKES = re.compile(r"^frapp(?:e|ent|ait|aient|ant|é|ée|és|ées)$", re.IGNORECASE)
#: A measure or a calamity as the subject of "frapper", up to four words before "qui".
_MEASURE_SUBJECT = re.compile(
    r"\b(?:sanctions?|suspension|suspensions|mesures?|embargo|interdictions?|restrictions?|"
    r"décisions?|blocus|crise|inondations?|sécheresse|pénurie|épidémie)\b"
    r"(?:\s+[^\s.;:!?]+){0,4}?\s+qui\s+(?:\S+\s+){0,2}?$",
    re.IGNORECASE,
)

#: "quitter" and "fled", displacement words only after people counted or gathered as a
#: population, in the same clause: "près de 3 000 personnes ont quitté Gassan". Since
#: 0.20.0 also "left" ("Several hundred residents left Dallah") and "se déplacer" ("des
#: familles se sont déplacées vers Tombouctou"; "le ministre s'est déplacé" travelled).
#: Since 0.64.0 "ont pris la fuite" and "were displaced" as well.
_LEAVING = re.compile(
    r"^(?:quitt|fled$|left$|déplac|pri\w*\s+la\s+fuite$|pren\w*\s+la\s+fuite$|"
    r"(?:be|been|being|was|were|is|are)\s+displaced$)",
    re.IGNORECASE,
)
_DISPLACED = re.compile(
    r"\b(?:familles|personnes|ménages|habitants|déplacés|villageois|populations|"
    r"people|residents|families|households|villagers|civilians)\b[^.;:!?]{0,60}$",
    re.IGNORECASE,
)

#: "fermer" and its participles (not "fermeture"): closing something, or a state.
_CLOSED = re.compile(r"(?:ferm(?:er|é|ée|és|ées)|closed?)$", re.IGNORECASE)
#: A copula or "garder" before a participle of closing: "restent fermées", "était fermé
#: depuis octobre", "ont gardé leurs boutiques fermées".
_STATE_OF = re.compile(
    r"\b(?:est|était|sont|étaient|reste|restent|restait|restaient|demeure|demeurent|"
    r"demeurait|gard\w*\s+(?:\S+\s+){1,3}"
    # English since 0.17.0: "schools remain closed", "the market stayed closed".
    r"|remains?|remained|stay(?:s|ed)?|kept\s+(?:\S+\s+){1,3})"
    r"\s*(?:\w+ment\s+|\w+ly\s+|toujours\s+|encore\s+|still\s+)?$",
    re.IGNORECASE,
)
_EYES = re.compile(r"\s+les\s+yeux\b", re.IGNORECASE)
#: What English "close" closes, right after it: "closed the road", "closed 14 schools".
_CLOSED_WHAT = re.compile(
    r"\s+(?:the|a|an|its|their|all|several|some|\d+|down\s+|off\s+)", re.IGNORECASE
)
#: An order to close what follows it: "ordered schools in Bamako closed".
_ORDERED_CLOSED = re.compile(r"\b(?:ordered|declared)\s+(?:[\w'’-]+\s+){1,5}$", re.IGNORECASE)
#: A closure told as a state that is still an order in force (since 0.66.0, corpus notes:
#: a closure ordered by someone is COERCE restrict, `ongoing` while it lasts): who
#: ordered it, right after the participle in its clause ("est fermée depuis deux semaines
#: sur ordre des jihadistes", "remain closed by order of the governor"), or the side that
#: closed a border ("demeure fermée côté nigérien", "closed on the Nigerien side").
_ORDER_KEPT = re.compile(
    r"[^.;:!?]{0,60}?\b(?:sur\s+(?:ordre|décision|instruction)s?|par\s+(?:ordre|décision|"
    r"arrêté|décret|les\s+autorités|le\s+gouvernement|la\s+junte|les\s+militaires)|"
    r"(?:on|by)\s+(?:the\s+)?orders?\s+of|by\s+(?:the\s+)?(?:authorities|government|junta|"
    r"army|military)|côté\s+\w+|on\s+the\s+\w+\s+side)\b",
    re.IGNORECASE,
)
#: A border as what is closed, in the clause before the participle: a border is only ever
#: closed by a state ("la frontière terrestre entre les deux pays demeure fermée", "the
#: land border has been closed since 2023").
_BORDER_BEFORE = re.compile(
    r"\b(?:frontières?|borders?|border\s+crossings?|postes?\s+frontali\w+)\b[^.;:!?]{0,60}$",
    re.IGNORECASE,
)
#: What was closed told before the verb (since 0.66.0), by a relative clause's subject
#: after "that"/"which": "14 schools that it closed in September", "the roads which the
#: army closed". "the talks that closed" has no subject between.
_CLOSED_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:[\w'’-]+\s+){1,3}(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE
)
#: A past passive of closing (since 0.66.0). Schools, banks or a health centre "were
#: closed" tell a state (a strike's, an attack's), so the passive is a closing only for
#: a way across, which an authority closes ("the border has been closed since 2023",
#: "the road was closed on Monday"), or with its agent ("were closed by the governor").
_CLOSED_PASSIVE = re.compile(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_WAY_ACROSS = re.compile(
    r"\b(?:borders?|frontiers?|roads?|routes?|highways?|crossings?|bridges?|airspace|"
    r"airports?|corridors?|axis|axes)\b",
    re.IGNORECASE,
)
_CLOSED_BY = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+by\s+(?:the\s+)?[a-z]", re.IGNORECASE)


def _closed_told_before(text: str, t: Trigger) -> bool:
    """Whether English "closed" tells what was closed before it: a relative clause's
    subject ("schools that it closed"), or a passive of a way across or with its agent."""
    if _CLOSED_BEFORE.search(text, max(0, t.start - 40), t.start):
        return True
    if not _CLOSED_PASSIVE.search(text, max(0, t.start - 25), t.start):
        return False
    subject = text[max(0, t.start - 70) : t.start].rsplit(".", 1)[-1]  # its own sentence
    return bool(_CLOSED_BY.match(text, t.end) or _WAY_ACROSS.search(subject))


#: English "closing" naming the end of a gathering: "the closing ceremony".
_CLOSING_OF = re.compile(
    r"closing\s+(?:ceremony|session|remarks|speech|statement|address|date|day)\b",
    re.IGNORECASE,
)
_RIOT_POLICE = re.compile(r"riot\s+(?:police|squad|gear|control)", re.IGNORECASE)
#: "marché(s)" with its accent (since 0.14.0 "marche" alone is a march).
_MARKET = re.compile(r"marchés?", re.IGNORECASE)

#: The participle of "reprocher": "les faits reprochés", "ce qui lui est reproché".
_CHARGED = re.compile(r"^reproch(?:é|ée|és|ées)$", re.IGNORECASE)
#: "avoir" before it makes the participle active: "le CSC lui a reproché".
_HAVING = re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\w+\s+)?$", re.IGNORECASE)

#: "assaut" in a weapon's or a vehicle's name: "fusils d'assaut", "char d'assaut"; and
#: English "assault" before one: "assault rifles".
_ASSAULT_WORD = re.compile(r"^assau(?:t|lt)s?$", re.IGNORECASE)
_WEAPON_BEFORE = re.compile(r"\b(?:fusils?|armes?|chars?|véhicules?)\s+d['’]\s*$", re.IGNORECASE)
_WEAPON_AFTER = re.compile(r"\s+(?:rifles?|weapons?|guns?|vehicles?)\b", re.IGNORECASE)

#: A verb of telling after "accepter de": "accepté de nous raconter", "de témoigner".
_TO_TELL = re.compile(
    r"\s+(?:(?:nous|me|m['’]|lui|leur|se|s['’])\s*)?(?:raconter|témoigner|parler|répondre|"
    r"confier|livrer|exprimer|expliquer|décrire|relater)\b",
    re.IGNORECASE,
)
_ACCEPT = re.compile(r"^accept", re.IGNORECASE)
#: "arrêté" as the noun of a decree: "par arrêté", "un arrêté signé lundi" (since 0.15.0).
_DECREE = re.compile(r"^arrêtés?$", re.IGNORECASE)
_DECREE_BEFORE = re.compile(
    r"\b(?:par|un|l['’]|cet|nouvel|d['’]un|son|leur|premier)\s*$", re.IGNORECASE
)


#: A verb in the future or the conditional in the clause announced: "serait rétabli",
#: "seront accueillis", "va reprendre", "pourra rouvrir".
_TO_COME = re.compile(
    r"[^.;:!?«»]{0,120}?\b(?:sera|seront|serait|seraient|pourra|pourront|pourrait|"
    r"pourraient|va|vont|allait|allaient|\w+(?:era|eront|erait|eraient|ira|iront|irait|"
    r"iraient))\b",
    re.IGNORECASE,
)


#: A text that provides for something, then the words of its object up to the trigger
#: with no clause break: "un accord de coopération *prévoyant des* patrouilles", "L'arrêté
#: *prévoit également l'*interdiction", "the agreement *provides for the* withdrawal"; a
#: pronoun at the start of a sentence stands for the text told before ("Il prévoit aussi
#: un échange de renseignements").
_PROVIDED_FOR = re.compile(
    r"(?:(?:^|[.!?]\s+)(?:Il|Elle|It)(?=\s)|\b(?:accords?|textes?|arrêtés?|décrets?|"
    r"protocoles?|conventions?|chartes?|mémorandums?|résolutions?|agreements?|deals?|"
    r"texts?|decrees?|memorand\w+|resolutions?|charters?)\b)[^.;:!?]{0,80}?"
    r"\b(?:prévoi[tr]|prévoyai(?:t|ent)|prévoient|prévoyant|prévoira|provid(?:es|ed|ing)\s+for)"
    r"\s+(?P<object>[^.;:!?,]{0,80})$",
    re.IGNORECASE,
)


#: What is to be avoided, up to three words before the trigger: "to avoid new
#: sanctions", "pour éviter de nouvelles violences" (since 0.37.0).
_AVOIDED = re.compile(
    r"\b(?:avoid(?:ing)?|évit(?:er|ant))\s+(?:[^\s.,;:!?]+\s+){0,3}$", re.IGNORECASE
)
#: The end of a noun's complement: "la levée *du* blocus" (the blockade is no content of
#: the text that provides for its lifting).
_COMPLEMENT = re.compile(r"\b(?:du|des|de\s+la|de\s+l['’]|d['’]|of(?:\s+the)?)\s*$", re.IGNORECASE)


#: A warning (since 0.43.0), and the clause of what it warns of: "warned that the
#: kidnappings were deepening food insecurity", "a averti que la situation restait
#: fragile". A threat says what is to come ("warned that Paris would respond", "a averti
#: qu'il prendrait des mesures"); a warning of a fact threatens nothing.
_WARNED = re.compile(r"(?:warn|averti)", re.IGNORECASE)
_WARNED_THAT = re.compile(
    r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?:that|que|qu['’])\s*(?P<clause>[^.;:!?]{1,200})",
    re.IGNORECASE,
)
_TO_COME_IN_CLAUSE = re.compile(
    r"\b(?:would|will|could|might|shall|may|going\s+to|unless|if|otherwise|"
    r"\w{2,}(?:rait|raient|ront|ra|rai)|sinon|faute\s+de|sous\s+peine)\b|['’](?:d|ll)\b",
    re.IGNORECASE,
)


def _provides_near(text: str, start: int) -> bool:
    """Whether a verb of providing for may stand in the 110 characters before ``start``
    (the object of :data:`_PROVIDED_FOR` is at most 80 of them, after the verb)."""
    window = text[max(0, start - 110) : start].lower()
    return "prévoi" in window or "prévoy" in window or "provid" in window


def ordered_closure(text: str, start: int, end: int) -> bool:
    """Whether the closing participle at ``start``-``end``, told as a state, is an order
    still in force: a border closed, or who ordered the closure told in its clause (corpus
    notes: a closure nobody ordered, "fermée faute d'élèves", is not coded; one ordered is
    COERCE restrict, `ongoing` while it lasts)."""
    return bool(
        _BORDER_BEFORE.search(text, max(0, start - 70), start)
        or _ORDER_KEPT.match(text, end, end + 90)
    )


def idiom_triggers(text: str, triggers: Sequence[Trigger]) -> set[int]:
    """Indices of the triggers that are part of a set phrase naming no act (module
    docstring)."""
    out: set[int] = set()
    for i, t in enumerate(triggers):
        before = text[max(0, t.start - 70) : t.start]
        lowered = before.lower()
        if t.label in ("REQUEST", "RETREAT") and _ransom(text, t, lowered):
            out.add(i)  # "ont exigé une rançon pour sa libération": ransom, not coded
            continue
        if _non_acts_067(text, t, before):
            out.add(i)
            continue
        # The regular expressions only where their verb is (a substring test is cheap;
        # each search of them is not).
        if ("avoid" in lowered or "évit" in lowered) and _AVOIDED.search(before):
            out.add(i)  # "urged the bloc to avoid new sanctions": nothing done
        elif (
            _provides_near(text, t.start)
            and (provided := _PROVIDED_FOR.search(text, max(0, t.start - 200), t.start))
        ) and not (
            # "prévoyait la levée *du* blocus": the blockade is told, its lifting provided
            # for; "prévoyant *des* patrouilles" is an article, no complement.
            " " in provided["object"].strip() and _COMPLEMENT.search(provided["object"])
        ):
            out.add(i)  # "un accord prévoyant des patrouilles conjointes": its content
        elif t.label == "ASSAULT" and _VIOLENCE.match(t.text):
            if not _VIOLENCE_TOLD.match(text, t.end):
                out.add(i)  # "la violence dans les écoles": a state, no happening
        elif t.label == "CONSULT" and _CONSULTATIONS.match(t.text):
            if _FOR_CONSULTATIONS.search(before):
                out.add(i)  # "rappelé pour consultations": why the envoy was recalled
        elif t.label == "RETREAT" and _FREE.match(t.text):
            if _FREE_NOUN.match(text, t.end):
                out.add(i)  # "free movement": an adjective
        elif t.label == "ASSAULT" and _STRIKES.match(t.text):
            if _MEASURE_SUBJECT.search(before):
                out.add(i)  # "la suspension qui frappait": a measure affecting someone
        elif t.label == "THREATEN" and _WARNED.match(t.text):
            clause = _WARNED_THAT.match(text, t.end)
            if clause and not _TO_COME_IN_CLAUSE.search(clause["clause"]):
                out.add(i)  # "warned that insecurity persisted": a fact, no threat
        elif t.label == "ASSAULT" and t.text.lower() == "incursions":
            out.add(i)  # "les incursions se multiplient": a trend
        elif t.label == "AGREE" and ANNOUNCING.match(t.text):
            if not _TO_COME.match(text, t.end):
                out.add(i)  # "a annoncé que dix assaillants avaient été tués": no promise
        elif t.label == "SANCTION" and t.mode != "withdraw" and _LEAVING.match(t.text):
            if not _DISPLACED.search(before):
                out.add(i)  # "le personnel avait quitté les lieux": no displacement
        elif t.label == "ACCUSE" and _CHARGED.match(t.text):
            if not _HAVING.search(before):
                out.add(i)  # "les faits reprochés": the charges, no accusation made
        elif t.label == "ASSAULT" and _ASSAULT_WORD.match(t.text):
            if _WEAPON_BEFORE.search(before) or _WEAPON_AFTER.match(text, t.end):
                out.add(i)  # "deux fusils d'assaut": a weapon, not an attack
        elif t.label == "CONCEDE" and _ACCEPT.match(t.text) and _TO_TELL.match(text, t.end):
            out.add(i)  # "a accepté de nous raconter": a witness speaking, no concession
        elif _CLOSED.match(t.text):
            if _EYES.match(text, t.end):
                out.add(i)  # "fermer les yeux sur": looking away, nothing closed
            elif ordered_closure(text, t.start, t.end):
                pass  # "la frontière demeure fermée côté nigérien": an order in force
            elif _STATE_OF.search(text, max(0, t.start - 45), t.start):
                out.add(i)  # "les écoles restent fermées": a state, not a closing
            elif (
                t.text.lower().startswith("clos")
                and not _CLOSED_WHAT.match(text, t.end)
                and not _ORDERED_CLOSED.search(text, max(0, t.start - 60), t.start)
                and not _closed_told_before(text, t)
            ):
                # "the talks closed on Friday": nothing closed down; "ordered schools in
                # Bamako closed" closes them (since 0.33.0).
                out.add(i)
        elif (
            t.label == "COERCE" and t.text.lower() == "closing" and _CLOSING_OF.match(text, t.start)
        ):
            out.add(i)  # "the closing ceremony": a gathering's end, nothing closed down
        elif t.label == "COERCE" and _DECREE.match(t.text) and _DECREE_BEFORE.search(before):
            out.add(i)  # "interdit par arrêté la circulation": a decree, nobody arrested
        elif t.label == "PROTEST" and _RIOT_POLICE.match(text, t.start):
            out.add(i)  # "Riot police were deployed": a force, not a riot
        elif t.label in _INTENDED and _INFINITIVE.match(t.text) and _INTENT.search(before):
            out.add(i)  # "l'engagement des États-Unis à soutenir le Mali": an intent
        elif t.label == "THREATEN" and _THREAT_NOUN.match(t.text):
            if _THE_THREAT.search(text, max(0, t.start - 12), t.start) or _GENERIC_THREAT.match(
                text, t.end
            ):
                out.add(i)  # "la menace terroriste": a danger, not threats made
        elif t.label == "CONSULT" and _CONFERENCE.match(t.text):
            if _PRESS.match(text, t.end) or _ROOM.search(before):
                out.add(i)  # "une conférence de presse", "une salle de conférence"
        elif t.label == "ASSAULT" and _FIGURE_OF_SPEECH.search(
            text, max(0, t.start - 25), min(len(text), t.end + 3)
        ):
            out.add(i)  # "mises à exécution", "le travail abattu": no violence
    return out


#: "accorder" in a verb form (since 0.67.0): granting, not agreeing.
_GRANT = re.compile(
    r"^accord(?:e|es|ent|é|ée|és|ées|ait|aient|ant|er|era|eront|erait)$", re.IGNORECASE
)
#: The reflexive before it, a word apart at most: "se sont accordés", "s'accordent".
_REFLEXIVE = re.compile(
    r"(?:\bs['’]|\bse\s+(?:(?:sont|seraient|étaient|sera|seront|soient)\s+)?)(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: A word of calling, as the lexicon's REQUEST triggers write it.
_CALL = re.compile(r"^(?:appel|invit|exhort|call|urg)", re.IGNORECASE)
#: What a call asks when it is a protest (since 0.67.0): "appelé ses militants à observer
#: une journée « ville morte »", "appelait à manifester", "à boycotter les cours", "à une
#: grève de 48 heures", "called for a stay-at-home protest", "urged supporters to march".
#: The protest's word comes right after "à"/"to" (an article or "observer" between):
#: "appelé les autorités à mieux protéger les marchés" asks the authorities something.
_TO_PROTEST = re.compile(
    # "called for" holds its "for"; "appelé ses militants à" has the addressee between.
    r"(?:\s+for|[^.;:!?«»]{0,80}?\s(?:à|to)|)\s+(?:observer\s+|join\s+|stage\s+|hold\s+)?"
    r"(?:(?:manifester|marcher|boycotter|descendre\s+dans\s+la\s+rue|cesser\s+le\s+travail|"
    r"protest|march|strike|boycott|demonstrate|rally)\b"
    # A protest noun, after an article and up to two words ("a "ville morte"
    # stay-at-home protest", "une journée « ville morte »") or bare ("à la grève").
    r"|(?:(?:une|la|les|des|un|a|an|the|their|its)\s+"
    r"(?:[«\"“]?\s*[\w-]+\s*[»\"”]?\s+){0,2}|[«\"“]\s*)?"
    r"(?:journées?\s+(?:[«\"“]\s*)?ville|villes?\s+mortes?|grèves?|sit-in|marches|marche\b|"
    r"manifestations?|rassemblements?|protests?|march(?:es)?\b|strikes?|boycotts?|"
    r"demonstrations?|rall(?:y|ies)|stay-at-home)\b)",
    re.IGNORECASE,
)
#: "appelé" in the passive (since 0.67.0): called in, or to another post.
_CALLED = re.compile(r"^appel(?:é|ée|és|ées)$", re.IGNORECASE)
_CALLED_IN = re.compile(
    r"\s+(?:en\s+renfort|à\s+la\s+rescousse|à\s+d['’]autres\s+(?:fonctions|charges))",
    re.IGNORECASE,
)
#: A reporter asking for comment: "Sollicité par l'AFP", "sollicitée par notre rédaction".
_SOLICITED = re.compile(r"^sollicit(?:é|ée|és|ées)$", re.IGNORECASE)
_BY_THE_PRESS = re.compile(
    r"\s+(?:\w+\s+)?par\s+(?:l['’](?:AFP|ANP|AIB|APS|AMAP)|RFI|Reuters|APA|(?:notre|nos|la)\s+"
    r"(?:rédaction|soins|correspondants?|journal|radio)|téléphone)\b",
    re.IGNORECASE,
)
#: A court's sitting (since 0.67.0): "audience" or "réunie en session" told with the words
#: of a trial in its sentence.
_HEARING = re.compile(r"^(?:audiences?|réuni(?:e|s|es)?)$", re.IGNORECASE)
_COURT_WORDS = re.compile(
    r"\b(?:tribuna(?:l|ux)|cour|chambre\s+(?:criminelle|correctionnelle|d['’]accusation)|"
    r"parquet|procureurs?|accusés?|prévenus?|juges?|procès|verdict|réquisitions?|requis|"
    r"délibéré|plaidoiries|avocats?|inculpés?|condamn\w+)\b",
    re.IGNORECASE,
)
_IN_SESSION = re.compile(r"\s+en\s+session\b", re.IGNORECASE)

#: A verb of agreeing or deciding and its "to"/"de"/"à", then up to 120 characters of
#: the same sentence: what follows is what is agreed.
_AGREED_TO = gated(
    re.compile(
        r"\b(?:agreed|agrees|decided|decides|pledged|undertook|signed\s+an?\s+(?:[\w-]+\s+)?"
        r"(?:agreement|deal|memorandum|accord)|convenu\w*|convien\w+|décid(?:é|ée|és|ées|ent|e)|"
        r"s['’](?:est|sont)\s+(?:\w+\s+){0,2}?engagée?s?|se\s+sont\s+(?:\w+\s+){0,2}?engagée?s?|"
        r"signé\s+(?:un|des|deux|trois)\s+(?:[\w-]+\s+)?(?:accords?|mémorandums?|protocoles?))"
        r"\s+(?:[\w'’-]+\s+){0,3}?(?:de|d['’]|à|to|on|pour)\b[^.;:!?]{0,120}$",
        re.IGNORECASE,
    )
)
_AGREED_CONTENT = frozenset({"COOPERATE", "CONSULT", "AID", "SUPPORT"})


def _court_sitting(text: str, t: Trigger) -> bool:
    """Whether a CONSULT "audience" or "réunie en session" is a court's sitting: trial
    words in its sentence (up to 160 characters either side), and for "réuni" the words
    "en session" after it."""
    if t.text.lower().startswith("réuni") and not _IN_SESSION.match(text, t.end):
        return False
    start = max(text.rfind(".", 0, t.start) + 1, t.start - 160)
    end = text.find(".", t.end)
    end = min(end if end >= 0 else len(text), t.end + 160)
    return bool(_COURT_WORDS.search(text, start, end))


#: A weapon's noun that an explosive act may be told by: "engins explosifs", "mines",
#: "improvised explosive devices", "IED", "grenades", "roquettes".
_EXPLOSIVE_NOUN = re.compile(
    r"(?:engins?|mines?|bombes?|obus|roquettes?|grenades?|explosifs?|IEDs?|improvised|"
    r"explosive|devices?|landmines?|bombs?|rockets?)\b",
    re.IGNORECASE,
)
#: What holds, makes or stores weapons, right before their noun: "en possession
#: d'engins explosifs", "la fabrication d'engins explosifs", "un stock de mines", "a cache
#: of explosive devices", "materials for making IEDs" (since 0.67.0).
_WEAPONS_HELD = re.compile(
    r"\b(?:possession|fabrication|confection|stocks?|caches?|dépôts?|making|manufacturing|"
    r"stockpiles?|possessing|détenant)\s+(?:(?:de|d['’]|des|of|"
    r"du|some)\s*)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def _non_acts_067(text: str, t: Trigger, before: str) -> bool:
    """Whether ``t`` is one of the set phrases of 0.67.0 (module docstring): "accorder"
    granting, a call to a protest, "appelé en renfort", "Sollicité par l'AFP", a court's
    sitting, an act inside what is agreed, weapons held or made ("en possession
    d'engins explosifs")."""
    if t.label == "AGREE":
        return bool(_GRANT.match(t.text)) and not _REFLEXIVE.search(before)
    if t.label == "ASSAULT" and _EXPLOSIVE_NOUN.match(t.text):
        # "sept individus en possession d'engins explosifs improvisés": weapons held or
        # made, no blast.
        return bool(_WEAPONS_HELD.search(before))
    if t.label == "REQUEST":
        return bool(
            (_CALL.match(t.text) and _TO_PROTEST.match(text, t.end, t.end + 120))
            or (_CALLED.match(t.text) and _CALLED_IN.match(text, t.end))
            or (_SOLICITED.match(t.text) and _BY_THE_PRESS.match(text, t.end))
        )
    if t.label in _AGREED_CONTENT and _AGREED_TO.search(text, max(0, t.start - 200), t.start):
        return True
    return t.label == "CONSULT" and bool(_HEARING.match(t.text)) and _court_sitting(text, t)


#: A ransom word: "rançon", "ransom".
_RANSOM = r"\b(?:ran[çc]ons?|ransoms?)\b"
#: A demand whose object is a ransom ("a exigé une rançon de 50 millions", "demanded a
#: ransom"), right after the trigger in its clause.
_RANSOM_ASKED = re.compile(rf"(?:\s+[^\s.;:!?]+){{0,3}}?\s+{_RANSOM}", re.IGNORECASE)
#: A ransom told before a demand in the passive: "Une rançon aurait été réclamée".
_RANSOM_BEFORE = re.compile(
    rf"{_RANSOM}\s+(?:aurait|auraient|a|ont|avait|was|were|had|has)\s+(?:été|been)\s+$",
    re.IGNORECASE,
)
#: The release a ransom is asked for: "exigé une rançon pour sa libération", "demanded a
#: ransom for the doctor's release".
_RANSOM_FOR = re.compile(
    rf"\b(?:exig|réclam|demand)\w*(?:\s+[^\s.;:!?]+){{0,2}}?\s+{_RANSOM}[^.;:!?]{{0,40}}?"
    r"\b(?:pour|for|contre|en\s+échange\s+de|in\s+exchange\s+for)\s+(?:[^\s.;:!?]+\s+){0,2}$",
    re.IGNORECASE,
)


def _ransom(text: str, t: Trigger, lowered: str) -> bool:
    """Whether a demand asks for a ransom, or a release is what a ransom is asked for
    (the words only where "ranç" or "ransom" is near: a substring test is cheap)."""
    after = text[t.end : t.end + 50]
    near = lowered + after.lower()
    if "ranç" not in near and "ranc" not in near and "ransom" not in near:
        return False
    if t.label == "REQUEST":
        return bool(_RANSOM_ASKED.match(after) or _RANSOM_BEFORE.search(lowered))
    return t.mode == "release" and bool(_RANSOM_FOR.search(lowered))


#: "la menace terroriste", "face aux menaces sécuritaires": a danger that hangs over a
#: region, not threats someone made ("des menaces attribuées aux mêmes individus"),
#: since 0.19.0.
_THREAT_NOUN = re.compile(r"^menaces?$", re.IGNORECASE)
_THE_THREAT = re.compile(r"\b(?:la|une|cette|toute)\s+$", re.IGNORECASE)
_GENERIC_THREAT = re.compile(
    r"\s+(?:terroristes?|jihadistes?|djihadistes?|sécuritaires?|islamistes?|extrémistes?)\b",
    re.IGNORECASE,
)


#: "violence(s)" names a happening only when told as one (since 0.38.0): "les
#: violences *qui ont éclaté samedi*", "des violences semblables *avaient fait six
#: morts*", "les violences *intercommunautaires de* Mandakao", "violence *erupted*".
_VIOLENCE = re.compile(r"^violences?$", re.IGNORECASE)
_VIOLENCE_TOLD = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:qui\s+)?(?:ont|avaient|a|avait)\s+(?:éclaté|fait\s+[\w-]+\s+"
    r"(?:morts?|victimes|blessés))|ayant\s+fait|faisant\s+[\w-]+\s+(?:morts?|victimes)|"
    r"(?:inter)?communautaires\s+(?:de|d['’]|à)|(?:that\s+)?(?:erupted|broke\s+out|flared)|"
    r"(?:which|that)\s+(?:killed|left))",
    re.IGNORECASE,
)


#: A press conference is where something is said, not a meeting of parties; a conference
#: room is a room (since 0.19.0).
_CONFERENCE = re.compile(r"^(?:conférences?|conferences?)$", re.IGNORECASE)
_PRESS = re.compile(r"\s+de\s+presse\b", re.IGNORECASE)
_ROOM = re.compile(r"\b(?:salles?|centre)\s+de\s+$|\b(?:press|news)\s+$", re.IGNORECASE)


#: Words of violence in set phrases (since 0.19.0): threats "mises à exécution" (carried
#: out), "le travail abattu" (the work done), "aucun permis de tuer" (no licence to kill).
_FIGURE_OF_SPEECH = gated(
    re.compile(
        r"\b(?:mise?s?\s+à\s+exécution|mettre\s+à\s+exécution|travail\s+abattu|"
        r"permis\s+de\s+tuer|licen[cs]e\s+to\s+kill)\b",
        re.IGNORECASE,
    )
)


def market(text: str, trigger: Trigger) -> bool:
    """Whether a march's trigger is "marché(s)" with its accent, a market, not the verb an
    auxiliary makes it ("ont marché jusqu'au gouvernorat"), since 0.14.1."""
    return (
        trigger.label == "PROTEST"
        and _MARKET.fullmatch(trigger.text) is not None
        and not _HAVING.search(text, max(0, trigger.start - 12), trigger.start)
    )
