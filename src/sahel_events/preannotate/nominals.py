"""Nominal mentions of people and organisations: the actors the named-entity model misses.

Most actors in Sahel reporting are not names: "des hommes armés", "les assaillants", "le
gouverneur de la région de Tillabéri", "l'armée malienne", "des sources sécuritaires".
The codebook marks them (PER for people, ORG for institutions and groups). Two sources:

* **the parse** (French): the noun phrase of a subject, "par" agent or object whose head
  noun names people or an institution (lists below), cut before a comma or a relative
  clause ("Les assaillants, arrivés à bord de motos," → "Les assaillants");
* **patterns** (both languages): sources ("des sources sécuritaires", "local sources",
  "une source hospitalière"), and English subjects the blank English pipeline cannot
  parse ("Unidentified gunmen", "Suspected jihadists", "Militants", "the army").

A nominal may contain a named mention ("le gouverneur de la région de *Kidal*"); it never
replaces one: a span already suggested is not suggested again.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from operator import attrgetter

from ..annotation.ids import EntityAttribute, Normalised
from .casescan import lowered_text
from .clashsides import Side, clash_sides, english_clash_sides
from .entities import Mention
from .ner import Analysis, Token
from .wordgate import gated
from .wordorder import clause_subject, finite

#: Head nouns (lemmas) of people.
PERSON_NOUNS = frozenset(
    [
        "homme",
        "assaillant",
        "ravisseur",
        "individu",
        "jihadiste",
        "djihadiste",
        "terroriste",
        "combattant",
        "militant",
        "rebelle",
        "bandit",
        "kamikaze",
        "jeune",
        "manifestant",
        "habitant",
        "commerçant",
        "étudiant",
        "responsable",
        "ministre",
        "président",
        "gouverneur",
        "préfet",
        "maire",
        "chef",
        "représentant",
        "coordonnateur",
        "dirigeant",
        "soldat",
        "militaire",
        "gendarme",
        "policier",
        "passager",
        "enseignant",
        "civil",
        "otage",
        "porte-parole",
        "délégation",
        "délégué",
        "émissaire",
        "signataire",
        "notable",
        "élu",
        "transporteur",
        "voleur",
        "inconnu",
        "partenaire",
        "femme",
        "villageois",
        # Since 0.23.1: the militias of central Mali and Burkina Faso ("des chasseurs
        # traditionnels dozos", "des miliciens").
        "chasseur",
        "milicien",
        # Since 0.59.0 the hunters by their own name, which the parse may take for the
        # head ("Des chasseurs | dozos ont attaqué").
        "dozo",
        "donso",
        # Since 0.25.0: who shoots and who kidnaps ("emmené par les tireurs", "des
        # malfaiteurs", "des coupeurs de route").
        "tireur",
        "kidnappeur",
        "malfaiteur",
        "braqueur",
        "coupeur",
        # Since 0.11.0: the speakers and victims of political and local reporting.
        "secrétaire",
        "directeur",
        "coordinateur",
        "procureur",
        "haut-commissaire",
        "commandant",
        "député",
        "avocat",
        "conseiller",
        "opposant",
        "journaliste",
        "éleveur",
        "berger",
        "orpailleur",
        "pêcheur",
        "agriculteur",
        "cultivateur",
        "chauffeur",
        "ambassadeur",
        "envoyé",
        # Since 0.46.0: "a reçu son homologue nigérien" (the guest of a visit).
        "homologue",
        # Since 0.59.0: "a dénoncé son adjoint" (a deputy who speaks and acts).
        "adjoint",
        # Since 0.59.0: "Les instructeurs russes ont arrêté" (foreign forces' trainers).
        "instructeur",
        "médiateur",
        "syndicaliste",
        "imam",
        # Since 0.14.0: officials of justice, schools and services, and agents.
        "recteur",
        "magistrat",
        "juge",
        "commissaire",
        "agent",
        "famille",
        "travailleur",
        "ouvrier",
        "employé",
        "fidèle",
        "élève",
        "organisateur",
        # Since 0.47.0: who strikes or protests ("Les grévistes exigent").
        "gréviste",
        "protestataire",
        "contestataire",
        "marcheur",
        # Since 0.16.0 ("transporteur" was already above).
        "élément",
        "personne",
        "conducteur",
        "chauffeur",
        "spokesman",
        "spokesperson",
        "director",
        "coordinator",
        "lawyer",
        "herder",
        "farmer",
        "driver",
        "teacher",
        "mayor",
        "prefect",
        "ambassador",
        "envoy",
        "gunman",
        "gunmen",
        "attacker",
        "kidnapper",
        "jihadist",
        "militant",
        "insurgent",
        "fighter",
        "rebel",
        "protester",
        "demonstrator",
        "resident",
        "minister",
        "president",
        "governor",
        "leader",
        "soldier",
        "official",
        "people",
        # Since 0.26.0 more of the press's nouns of people, written from general usage
        # and checked on the development half (docs/preannotation.md, "0.26.0"): fighters
        # and traffickers, officers, officials, clergy, supporters, witnesses, detainees
        # and survivors (not "réfugié", "déplacé", "migrant": as subjects they flee, and
        # became the actors of others' acts), children. Not the ranks written before a
        # name ("le général Assimi Goïta au palais de Koulouba" would swallow the name and
        # the place after it).
        "insurgé",
        "islamiste",
        "extrémiste",
        "criminel",
        "trafiquant",
        "contrebandier",
        "braconnier",
        "auteur",
        "suspect",
        "fugitif",
        "évadé",
        "détenu",
        "prisonnier",
        "rescapé",
        "survivant",
        "camionneur",
        "routier",
        "motocycliste",
        "infirmier",
        "médecin",
        "humanitaire",
        "volontaire",
        "bénévole",
        "fonctionnaire",
        "douanier",
        "forestier",
        "officier",
        "supplétif",
        "sénateur",
        "consul",
        "diplomate",
        "émir",
        "marabout",
        "prêtre",
        "curé",
        "pasteur",
        "évêque",
        "ressortissant",
        "expatrié",
        "touriste",
        "candidat",
        "sympathisant",
        "partisan",
        "leader",
        "activiste",
        "blogueur",
        "chercheur",
        "expert",
        "observateur",
        "témoin",
        "parent",
        "enfant",
        "écolier",
        "fillette",
        "garçon",
        "vieillard",
        "adolescent",
    ]
)
#: Head nouns (lemmas) of organisations, with their sector.
ORG_NOUNS = {
    "armée": "military",
    "état-major": "military",
    "patrouille": "military",
    "unité": "military",
    "gendarmerie": "military",
    "gouvernement": "government",
    "présidence": "government",
    "ministère": "government",
    "autorité": "government",
    "junte": "government",
    "gouvernorat": "government",
    "police": "police",
    "association": "civil-society",
    "syndicat": "civil-society",
    # Since 0.11.0.
    "organisation": "civil-society",
    "collectif": "other",
    "coordination": "civil-society",
    "coalition": "political-party",
    "parti": "political-party",
    "opposition": "political-party",
    "ong": "ngo",
    "force": "military",
    "garde": "military",
    "troupe": "military",
    "tribunal": "government",
    # Since 0.16.1: "les deux parties ont signé", "la partie russe a promis" (a part of
    # something, "une partie des habitants", is a quantity: below).
    "partie": "other",
    # The French model lemmatises "parties" as "party".
    "party": "other",
    "parquet": "government",
    # Since 0.17.0: "la direction régionale de la police a annoncé", "Le régulateur a
    # mis en demeure" ("la mairie" is as often the building attacked: not here).
    "direction": "government",
    "régulateur": "government",
    "commission": "government",
    "cabinet": "government",
    "ambassade": "government",
    "army": "military",
    "government": "government",
    "ministry": "government",
    "junta": "government",
    "authorities": "government",
    "police force": "police",
    # Since 0.20.0: services, units and bodies that act in communiqués and reports
    # ("brigade" and "détachement" only as who acts: below).
    "brigade": "military",
    "détachement": "military",
    "aviation": "military",
    "renfort": "military",
    "bataillon": "military",
    "escadron": "military",
    "régiment": "military",
    "service": "government",
    "pôle": "government",
    "cluster": "igo",
    "opérateur": "other",
    "comité": "civil-society",
    "équipe": "other",
    # Since 0.26.0 assemblies, courts, leagues, unions, dioceses, militias (not
    # "mouvement", "réseau", "communauté", "église": a "mouvement suspect", a radio
    # "réseau", "les communautés" as victims, the church burned; nor "mission": "Cette
    # mission visait à relancer la coopération" is the seed article's visit).
    "assemblée": "government",
    "sénat": "government",
    "parlement": "government",
    "cour": "government",
    "agence": "government",
    "ligue": "civil-society",
    "front": "other",
    "alliance": "other",
    "groupement": "other",
    "union": "other",
    "fédération": "civil-society",
    # A confederation of unions or of states ("la Confédération des États du Sahel").
    "confédération": "other",
    "centrale": "civil-society",
    "diocèse": "civil-society",
    "milice": "armed-group",
    "contingent": "military",
    "katiba": "armed-group",
    "faction": "armed-group",
    "cellule": "government",
    "chefferie": "other",
}


def _acting_body(tokens: Sequence[Token], tok: Token, lemma: str) -> bool:
    """Whether a local body's noun (:data:`_BODIES_WHEN_ACTING`) is the subject of an
    active verb: the town council or the health district that closed, suspended or
    reopened ("La mairie a suspendu le marché"), not the building attacked."""
    if lemma not in _BODIES_WHEN_ACTING or tok.dep != "nsubj":
        return False
    if lemma in _HEALTH_UNITS:
        return any(
            t.head == tok.index and t.lemma.lower() == "sanitaire"
            for t in tokens[tok.index + 1 : tok.index + 3]
        )
    return True


def _site_of_act(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether a unit's noun names what an act was done to: its object, its passive
    subject, or the subject of "être la cible de", "subir", "repousser une attaque"
    (the site attacked; :data:`_SITE_UNITS`)."""
    return tok.dep in ("obj", "nsubj:pass") or tokens[tok.head].lemma.lower() in _UNDERGONE


_UNDERGONE = frozenset({"cible", "objet", "victime", "subir", "essuyer", "tomber", "repousser"})
#: Units that are as often the site attacked ("le détachement militaire de Partiaga a
#: été attaqué", a place) as who acts: organisations only as a subject or an agent.
_SITE_UNITS = frozenset({"brigade", "détachement"})
#: Local bodies whose noun is as often a building or a place ("la mairie a été
#: incendiée", "le district de Kpendjal"): a body only as the subject of an active verb
#: (since 0.66.0: "la mairie de Matéri a ordonné la fermeture des écoles", "le district
#: sanitaire de Kandi a rouvert le centre de santé"). "district" and "zone" only as a
#: health body ("sanitaire").
_BODIES_WHEN_ACTING = frozenset({"mairie", "préfecture", "municipalité", "district", "zone"})
_HEALTH_UNITS = frozenset({"district", "zone"})
_ROLES = ("nsubj", "obl:agent", "obj", "nsubj:pass")
#: Quantity nouns heading a group of people: "Plusieurs centaines de jeunes".
QUANTITY_NOUNS = frozenset(
    [
        "centaine",
        "dizaine",
        "millier",
        "vingtaine",
        "groupe",
        "foule",
        "cinquantaine",
        "partie",
        "party",
    ]
)
_SOURCES = re.compile(
    r"(?<!\w)(?:des\s+|de\s+|les\s+|une?\s+)?sources?\s+(?P<kind>sécuritaires?|locales?|"
    r"militaires?|concordantes?|hospitalières?|médiatiques?|humanitaires?|proches?\s+\w+|"
    r"officielles?)"
    # Since 0.62.0 with their number: "two security sources said" (the gold's span).
    r"|(?<!\w)(?P<en>(?:(?:two|three|four|several)\s+)?"
    r"(?:local|security|military|hospital|medical|humanitarian)\s+sources"
    # Since 0.31.0 one source: "a security source told AFP" (the gold's ORG, military).
    r"|an?\s+(?:local|security|military|hospital|medical|humanitarian)\s+source)\b",
    re.IGNORECASE,
)
#: Since 0.29.0 the subject of a clause a conjunction opens: "were killed when jihadists
#: attacked a wedding" (an English subject's possible starts, as lookbehinds).
_AFTER_CONJUNCTION = r"(?<=\bwhen\s)|(?<=\bwhere\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bwhile\s)"
#: Since 0.59.0 a reported clause after the day of the saying: "Niger's army said on
#: Thursday its troops had killed 20 militants" (one fixed-width lookbehind a day).
_SAID_ON_DAY = "".join(
    rf"|(?<=\bsaid\son\s{day}\s)"
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)
_EN_SUBJECT = re.compile(
    r"(?:(?<=\n)|(?<=\.\s)|(?<=-\s)|(?<=,\s)|(?<=\bby\s)|(?<=\bthat\s)|"
    + _AFTER_CONJUNCTION
    + r"|(?<=\bas\s)|(?<=attributed\sto\s)|(?<=blamed\son\s)"
    # Since 0.60.0 after the time that opens a sentence: "On Sunday night gunmen
    # attacked", "Late on Friday jihadists stormed" (the parse misses such a subject).
    r"|(?<=day\s)|(?<=night\s)|(?<=morning\s)|(?<=evening\s)|(?<=Overnight\s))(?P<np>"
    # Since 0.63.0 also "A group of armed men", "a band of gunmen".
    r"(?:(?:an?|the)\s+(?:group|band|gang)\s+of\s+|the\s+)?(?:(?:Unidentified|"
    r"Suspected|Armed|Heavily\s+armed)\s+)?(?:gunmen|jihadists|militants|attackers|kidnappers|insurgents|fighters|"
    r"protesters|demonstrators)|(?:(?:an?|the)\s+(?:group|band|gang)\s+of\s+|the\s+)?"
    r"(?:(?:Unidentified|Heavily)\s+)?(?:armed|unidentified)\s+men"
    r"|(?:the\s+)?(?:(?:defence|foreign)\s+)?(?:ministers|officials|"
    r"residents|villagers)"
    # Since 0.47.0 a crowd in figures that protests: "around 200 people marched" (not
    # "some 3,100 people, most of them women, fled": the displaced are the flight's
    # recipients, not who acted).
    r"|(?:(?:around|about|some|nearly|more\s+than|over|at\s+least)\s+)?"
    # Since 0.56.0 also in words: "Several hundred people protested".
    r"(?:\d[\d,]*|(?:several|a\s+few|some)\s+(?:hundred|thousand|dozen))\s+"
    r"(?:people|protesters|demonstrators|supporters|students|women|youths|traders)\b"
    r"(?=\s+(?:also\s+|have\s+|had\s+)?(?:marched|protested|demonstrated|gathered|rallied|"
    r"took\s+to|staged|blocked|chanted|held|joined|marching|protesting|gathering))"
    # Since 0.62.0 also "scores of", "a handful of": "A handful of protesters gathered".
    r"|(?:hundreds|thousands|dozens|scores|a\s+handful)\s+of\s+(?:people|residents|"
    r"protesters|demonstrators|supporters|women|young\s+people|"
    # Since 0.35.0 more crowds, with one word before: "hundreds of university students".
    r"(?:[a-z]+\s+)?(?:students|pupils|workers|traders|teachers|drivers|farmers|herders|"
    r"youths|miners|traders|vendors|merchants|women|residents)))\b"
    r"|(?P<org>\bthe\s+(?:army|military\s+government|junta|defence\s+ministry|government|"
    # Since 0.69.0 also the plural: "In the briefing, the organisations called on".
    r"organi[sz]ations?|authorities)"
    # Since 0.56.0 a state's own: "Niger's military authorities ordered", "Mali's junta".
    r"|(?-i:[A-Z][\w-]+)['’]s\s+(?:(?:military|transitional|interim|new)\s+)?"
    r"(?:authorities|government|junta|rulers|army))\b"
    r"|(?P<group>\b(?:the\s+same|an?\s+(?:local\s+)?armed|(?<=\bby\s)the)\s+group"
    # Since 0.35.0 the groups an attribution names: "attacks attributed to jihadist
    # groups", "blamed on armed groups".
    r"|(?:(?<=\bto\s)|(?<=\bon\s)|(?<=\bby\s)|(?<=^)|(?<=\.\s)|(?<=-\s)|(?<=,\s))"
    r"(?:suspected\s+)?(?:jihadist|islamist|armed|terrorist|extremist|criminal)\s+groups)\b",
    re.IGNORECASE,
)
#: A word every match of :data:`_EN_SUBJECT` holds (each of its alternatives names one), in
#: lower case: a text without any is not scanned for English subjects (since 0.57.0, for
#: speed: most French articles hold none, and the scan tried the pattern's dozen
#: lookbehinds at each of their characters). Add the word of any new alternative here;
#: ``tests/test_preannotate_nominals.py`` checks every match of the corpus against it.
_EN_SUBJECT_WORDS = re.compile(
    r"gunmen|jihadists|militants|attackers|kidnappers|insurgents|fighters|protesters|"
    r"demonstrators|armed|unidentified|ministers|officials|residents|villagers|people|"
    r"supporters|students|women|youths|traders|hundreds|thousands|dozens|army|junta|"
    r"government|ministry|organi[sz]ation|authorities|rulers|groups?(?!\w)"
)


#: The English nationalities of the states whose rulers are told by them ("the Malian
#: transitional authorities"), capitalised as written; shared with the actors' reading
#: of a government (:data:`.actors._GOVERNMENT`).
EN_STATE_NATIONALITIES = (
    "Malian", "Burkinabe", "Burkinabè", "Nigerien", "Chadian", "Nigerian", "Mauritanian",
    "Senegalese", "Beninese", "Togolese", "Ivorian", "Algerian",
)  # fmt: skip
#: A state's rulers told by their nationality or their kind (since 0.63.0): "the Malian
#: transitional authorities", "the Burkinabe junta", "the military government"; not the
#: bare "the authorities" (:data:`_EN_SUBJECT`'s).
_EN_STATE_BODY = re.compile(
    r"(?<![\w-])the\s+(?:(?-i:" + "|".join((*EN_STATE_NATIONALITIES, "Guinean")) + r")\s+"
    r"(?:(?:transitional|military|interim|new)\s+)?|(?:transitional|military|interim)\s+)"
    r"(?:authorities|government|junta|rulers)\b",
    re.IGNORECASE,
)
#: Since 0.62.0 people who speak in a wire's tag, after its comma or after "and" before
#: "said" or "told": ", local officials and a rebel group said", ", a relative told
#: AFP", "two security sources and a local resident said" (the gold's PER spans; the
#: model missed most of them).
_EN_TAG_SPEAKER = re.compile(
    r"(?:(?<=,\s)|(?<=\sand\s))(?:(?:an?|two|three|four|several|some|many)\s+)?"
    r"(?:(?:local|village|regional|municipal|senior|hospital|medical|health|community|"
    r"religious|traditional|customary|humanitarian|government)\s+)?"
    r"(?:officials?|residents?|witness(?:es)?|relatives?|survivors?|elders?|doctors?|"
    r"nurses?|traders?|villagers?|teachers?|activists?)"
    r"(?=\s+(?:and\s+[^,.;:\n]{1,60}?\s+)?(?:said|told)\b)",
    re.IGNORECASE,
)


#: Since 0.65.0 a band of attackers told by its size, opening its sentence, then an active
#: verb, a means of transport or arms between ("About a dozen attackers on motorcycles
#: entered", "Some 50 gunmen stormed", "Dozens of heavily armed militants attacked"). Not
#: a passive ("Dozens of militants were killed": the dead, counted as casualties).
_EN_COUNTED_ATTACKERS = re.compile(
    r"(?:(?<=\n)|(?<=[.!?]\s)|(?<=\s-\s)|(?<=,\s))(?P<np>(?i:(?:about|around|some|nearly|"
    r"more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)?"
    r"(?i:a\s+dozen|several\s+dozen|\d[\d,]*|dozens\s+of|scores\s+of|hundreds\s+of|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred)"
    r"(?:[\s-]+(?:two|three|four|five|six|seven|eight|nine))?)\s+"
    r"(?i:(?:heavily\s+)?(?:armed|suspected|unidentified)\s+)?"
    r"(?i:gunmen|attackers|assailants|militants|fighters|jihadists|kidnappers|insurgents|"
    r"armed\s+men|men))"
    r"(?=\s+(?:(?:on|riding)\s+(?:motorcycles|motorbikes|motorcycle|motorbike|horseback|"
    r"foot|pick-?ups?|camels)\s+|armed\s+with\s+[\w\s-]{1,30}?\s+)?"
    r"(?:also\s+|then\s+|first\s+|had\s+|have\s+)?(?!were\b|was\b)"
    r"(?:[a-z]+ed|stormed|stole|took|shot|set|burnt|overran|drove|struck|broke|rode|came)\b)"
)


#: Since 0.65.0 a force or a band in the possessive before the noun of its act, told by
#: its nationality or its kind: "Nigerien troops' offensive", "the militants' raid",
#: "Malian soldiers' operation" (the act's nouns are a closed class of military acts).
_EN_FORCE_OF_ACT = re.compile(
    r"(?<![\w'’-])(?P<np>(?:(?i:the)\s+)?(?:(?:" + "|".join(EN_STATE_NATIONALITIES) + r")\s+)?"
    r"(?i:troops|soldiers|forces|security\s+forces|armed\s+forces|gendarmes|militants|"
    r"fighters|jihadists|rebels|insurgents|gunmen|attackers|assailants))['’]"
    r"(?=\s+(?:[a-z-]+\s+)?(?:offensive|operations?|attacks?|assault|raids?|strikes?|"
    r"ambush|campaign|crackdown|advance|deployment|withdrawal|shelling|bombardment)\b)"
)


#: A word every match of :data:`_EN_COUNTED_ATTACKERS` holds, without its first letter
#: (either case): a text without any is not scanned.
_COUNTED_GATE = re.compile(
    r"unmen|ttackers|ssailants|ilitants|ighters|ihadists|idnappers|nsurgents|\smen\b"
)


def english_subjects(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_EN_SUBJECT` in ``text``; none looked for in a text that
    holds none of :data:`_EN_SUBJECT_WORDS` (lower-cased as :func:`.casescan.lowered`
    does, which keeps what the case-blind pattern would find)."""
    lower = lowered_text(text)
    if lower is not None and not _EN_SUBJECT_WORDS.search(lower):
        return iter(())
    return _EN_SUBJECT.finditer(text)


#: The attackers a repelled attack cost, counted after the verb of fighting off and the
#: killing ("ont repoussé une attaque contre le poste, tuant une quinzaine
#: d'*assaillants*", "repelled an attack ..., killing several dozen *assailants*"): the
#: only words that name who attacked (since 0.61.0).
REPELLED_ATTACKERS = re.compile(
    r"\b(?:repouss|repel|déjou|foil)\w*\b[^.;:!?]{0,160}?"
    r"\b(?:tuant|neutralisant|abattant|killing|neutrali[sz]ing)\s+[^.;:!?]{0,40}?"
    r"\b(?P<who>assaillants|attaquants|terroristes|jihadistes|djihadistes|insurgés|"
    r"assailants|attackers|jihadists|terrorists|insurgents|militants|fighters)\b",
    re.IGNORECASE,
)
#: A counterpart, with the country it serves when told: "son homologue nigérien", "ses
#: homologues de la sous-région", "his Malian counterpart", "their counterparts".
_COUNTERPART = gated(
    re.compile(
        r"\b(?:[Ss]on|[Ss]a|[Ll]eurs?|[Ss]es)\s+homologues?"
        r"(?:\s+(?!de\b|du\b|des\b)[a-zéèêïô-]+(?:ien|ienne|ain|aine|ais|aise|ois|oise|è|é|an|ane)s?)?"
        r"(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s+[\w'’-]+)?"
        r"|\b(?:his|her|their|its)\s+(?:[A-Z][a-z]+(?:ian|an|ese|ean|ish|i)\s+)?counterparts?",
    )
)
#: Head nouns of people who act, in English: "soldiers", "gunmen", "spokesman".
_EN_PERSON_HEADS = (
    r"spokes(?:man|woman|person)|officials?|officers?|soldiers|troops|"
    r"policemen|gendarmes|researchers?|governors?|ministers?|commanders?|prefects?|"
    r"coordinator|witnesses|residents|villagers|survivors|gunmen|militants|fighters|"
    r"assailants|attackers|kidnappers|abductors|jihadists|insurgents|rebels|protesters|"
    r"demonstrators|directors?|representatives?|envoys?|organi[sz]ers|delegations?|lawyers|"
    r"reinforcements|leaders|"
    # Since 0.26.0 more of who acts (not who is acted upon: "two workers were seized").
    r"smugglers|traffickers|bandits|militiamen|volunteers|activists|elders|lawmakers|"
    r"deputies|diplomats|prosecutors?|judges?|magistrates|candidates|supporters|opponents|"
    # Since 0.28.0.
    r"mercenaries|paramilitaries|militias|hunters|commandos|peacekeepers|"
    # Since 0.30.0.
    r"auxiliaries|guards|policemen|rangers|vigilantes|"
    # Since 0.37.0: "foreign military personnel", "Senegal's president", "The heads of
    # state agreed", "Guinea's transitional leader".
    r"personnel|presidents?|leader|heads\s+of\s+state|heads\s+of\s+government|"
    # Since 0.39.0: "Malian troops and their Russian allies killed".
    r"allies|"
    # Since 0.45.0 one who speaks for others: "A lawyer for the former ministers
    # welcomed", "the town's mayor said".
    r"lawyer|mayors?"
)

#: Since 0.12.0 an English subject opening its sentence, up to three words before a head
#: noun of people or of a body, right before its verb (an adverb or "on Tuesday" may
#: come between): "Soldiers also set fire", "A government spokesman on Tuesday denied",
#: "The U.N. human rights office urged", "Riot police deployed".
_EN_OPENING_SUBJECT = re.compile(
    r"(?:(?<=\n)|(?<=[.!?]\s)|(?<=\s-\s)|(?<=[\"“])|(?<=,\s)|(?<=\bsaid\s)|(?<=\bthat\s)|"
    + _AFTER_CONJUNCTION
    + _SAID_ON_DAY
    # Since 0.64.0 the subject of a relative clause without "that" on a statement's noun
    # ("a claim the ministry denied", "an account the army rejected"), and a source
    # that is the subject of a relative clause after it ("according to the governor,
    # who visited the town": the lookahead below asks for "who").
    + r"|(?<=\bclaim\s)|(?<=\bclaims\s)|(?<=\ballegation\s)|(?<=\ballegations\s)"
    r"|(?<=\baccount\s)|(?<=\baccording\sto\s)" + r")"
    # Up to three words before the head, within the sentence: an initialism ("U.N.")
    # is the only word with a full stop (since 0.13.0, not "burned.\nSoldiers").
    # No preposition or conjunction among them ("said on Tuesday that reinforcements");
    # a coordinated clause's "and" comes before ("..., and the governor of Mopti ordered").
    # A determiner only first (since 0.35.0: "a claim the army denied" is no subject).
    r"(?:(?:and|but)[ \t]+)?(?P<np>(?:(?i:a|an|the)[ \t]+)?"
    # Nor a participle of saying (since 0.37.0: "..., saying its fighters had seized").
    r"(?:(?!(?:on|that|in|at|to|and|of|for|from|with|by|a|an|the|saying|adding|claiming|"
    r"stating)\b)"
    r"(?:(?:[A-Z]\.)+|[A-Za-z'’-]+)[ \t]+){0,3}?"
    # (?i:) since 0.13.0: the head opens the sentence when nothing comes before it
    # ("Soldiers also set fire", "Security forces arrested").
    r"(?i:(?P<person>" + _EN_PERSON_HEADS + r")|"
    # Since 0.61.0 forces by their nationality ("Malian forces arrested").
    r"(?P<body>police|(?:(?:security|armed)\s+)?forces|"
    # Since 0.69.0 a state's services by their trade: "security services detained a
    # French national", "the ministry said intelligence services had arrested 14 people".
    r"(?:security|intelligence|secret|state\s+security)\s+services|ministry|office|agency|agencies|army|junta|"
    r"government|authorities|partners|federation|union|embassy|group|"
    # Since 0.69.0 a monitor of rights or of the press: "A London-based watchdog urged";
    # a regional bloc told again by its kind: "The bloc froze the assets".
    r"watchdog|bloc|"
    # Since 0.37.0: "The regulator accused the station", "The court sentenced".
    r"regulator|commission|council|court|tribunal|committee|parliament|management))"
    # Since 0.30.0 the name after a title: "Government spokesman Jean-Emmanuel
    # Ouedraogo denied", "Defence Minister Salifou Mody said".
    r"(?(person)(?:[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})?)"
    # Since 0.14.0 a complement of place or body: "The Humanitarian Coordinator for
    # Burkina Faso condemned", "The Chinese embassy in Bamako urged".
    r"(?:[ \t]+(?:for|in|of|at)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
    # Since 0.20.0 with the kind of unit after the name: "The governor of the Tillabéri
    # region".
    r"(?:[ \t]+(?:region|province|district|department|commune|state))?"
    # Since 0.45.0 whom a person speaks for, in lower case: "A lawyer for the former
    # ministers welcomed", "A spokesman for the regional governor said".
    r"|(?(person)[ \t]+for[ \t]+(?:the|its|their)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,2}"
    r"[a-z][\w'’-]*)"
    r")?"
    # Since 0.65.0 a person's name in apposition, between commas, before the verb:
    # "Niger's defence minister, Salifou Mody, visited troops" (two to four capitalised
    # words: a first name and a surname at least).
    r"(?P<app>(?(person),[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}(?=,)))?)"
    # "were deployed", "had been sent" since 0.14.0: who moved (the actor of a
    # deployment; a victim's passive names no actor, as arguments decides).
    # Since 0.28.0 a second subject coordinated with the first before the verb: "Malian
    # troops and Russian mercenaries killed" (the first is found here).
    r"(?=,\s+who\s|(?(app),)(?:\s+and\s+(?:[A-Za-z'’-]+\s+){0,2}?(?i:" + _EN_PERSON_HEADS + r"))?"
    r"\s+(?:(?:also|reportedly|later|then|initially|first|have|has|had|were|was|"
    r"(?:have|has|had)\s+been|[a-z]+ly)\s+|"
    r"on\s+[A-Z]\w+\s+){0,2}"
    r"(?:[a-z]+ed|said|told|set|took|shot|stormed|urged?|seized|fled|burnt|sent|met|"
    r"called|calls?|held|gave|began|brought|says|denies|warns?|condemns?|"
    # Since 0.35.0 more irregular pasts of acts: "after soldiers withdrew".
    r"withdrew|fought|struck|overran|stole|drove|threw|blew|led|broke|"
    # Since 0.69.0 the participle of a withdrawal ("German soldiers have withdrawn") and
    # irregular pasts of measures ("The bloc froze the assets", "The junta shut down").
    r"withdrawn|froze|shut|cut|sought)\b)"
)

#: A second subject of people coordinated after the first (whose match checked that the
#: verb follows): "The Malian army *and its Russian allies* carried out" (since 0.60.0).
_EN_AND_PARTNER = re.compile(
    r"\s+and\s+(?P<np>(?:(?:its|their|the)\s+)?(?:[A-Za-z'’-]+\s+){0,2}?(?i:"
    + _EN_PERSON_HEADS
    + r"))\b"
)

#: Since 0.69.0 the agent of an English passive of force, after "by": "were killed by
#: soldiers and Russian mercenaries", "was arrested by state security agents", "were
#: detained by police", "were shot dead by members of a self-defence militia" (the
#: subject patterns above take only a closed list of bands there). Up to three words
#: before a head of people or of a force; the passive's participle first, so that "a
#: report by Human Rights Watch" or "backed by" name no agent here.
_EN_PASSIVE_AGENT = re.compile(
    r"\b(?:killed|shot(?:\s+dead)?|gunned\s+down|wounded|injured|abducted|kidnapped|seized|"
    r"snatched|arrested|detained|ambushed|attacked|executed|murdered|beaten|tortured|"
    r"captured|targeted|stopped|taken|expelled|dispersed|fired\s+on)"
    r"(?:\s+(?:on\s+[A-Z]\w+|overnight|late\s+on\s+[A-Z]\w+))?\s+by\s+"
    r"(?P<np>(?:(?:the|suspected|alleged|unidentified)\s+)?"
    r"(?:(?!(?:on|in|at|near|and|of|for|from|with|after|who|while|during)\b)"
    r"[A-Za-z'’-]+\s+){0,3}?"
    r"(?:(?i:" + _EN_PERSON_HEADS + r"|agents|police|forces|gendarmerie|servicemen|"
    r"army|militia)"
    r"|(?i:members)\s+of\s+(?:an?|the)\s+(?:[A-Za-z'’-]+\s+){0,3}?"
    r"(?i:militia|group|force|unit|brigade|movement)))\b"
)
#: Since 0.69.0 the first party an English meeting's noun names after "between", "led
#: by" or "chaired by": "a meeting last week between the governor and traditional
#: chiefs", "talks led by local elders", "talks between the junta and ECOWAS mediators"
#: (the noun's actor, :func:`.actors.parties_of_meetings`; the model makes no mention of
#: a person told by a common noun there).
EN_MEETING_PARTY = re.compile(
    r"\s+(?:(?:last|this|next)\s+(?:week|month|year)\s+|on\s+[A-Z]\w+\s+)?"
    r"(?:between|led\s+by|chaired\s+by|headed\s+by)\s+"
    r"(?P<np>(?:(?:the|its|their|local|traditional|community|religious|senior)\s+)*"
    r"(?:(?!(?:and|of|in|on|at|with|for)\b)[A-Za-z'’-]+\s+){0,2}?"
    r"(?i:" + _EN_PERSON_HEADS + r"|chiefs|mediators|commission|government|junta|"
    r"authorities|ministry))\b"
)
#: The nouns of a meeting whose parties :data:`EN_MEETING_PARTY` reads.
_EN_MEETING_NOUN = re.compile(
    r"\b(?:meetings?|talks|negotiations|discussions|consultations|dialogue)(?=\s)", re.I
)
#: Since 0.30.0 the people an English accusation names before the act: "accused soldiers
#: and army auxiliaries of executing", "blamed Malian troops for".
_EN_ACCUSED = re.compile(
    r"\b(?:accus|blam|suspect)\w*\s+(?P<np>(?:(?!(?:of|for|the\s+(?:government|army))\b)"
    r"[A-Za-z'’-]+[ \t]+){0,3}?(?i:" + _EN_PERSON_HEADS + r")"
    r"(?:[ \t]+and[ \t]+(?:[A-Za-z'’-]+[ \t]+){0,2}?(?i:" + _EN_PERSON_HEADS + r"))?)"
    r"[ \t]+(?:of|for)\b"
)
#: What follows a group told by its seat or its kind that acts (since 0.69.0): a verb
#: that is not one of saying or claiming, after an adverb or the day ("A Dakar-based
#: rights group on Monday condemned"); not "No group claimed", "a rights group said".
_GROUP_THAT_ACTS = re.compile(
    r"\s+(?:(?:also|later|then|[a-z]+ly)\s+|on\s+[A-Z]\w+\s+)?(?:has\s+|had\s+)?"
    r"(?!(?:said|says|told|tells|claimed|claims|reported|added|stated|wrote|noted)\b)"
    r"(?:[a-z]+ed|urged?|called|calls|condemns|denies|warns?|accuses)\b"
)
#: An armed group by its words: "an armed group", "a jihadist group".
_ARMED_GROUP = re.compile(r"\b(?:armed|jihadist|islamist|militant|rebel|terrorist)\b", re.I)
#: A body at the end of a passive's agent (:data:`_EN_PASSIVE_AGENT`), and its sector.
_AGENT_BODY = re.compile(r"(?:police|army|forces|gendarmerie)$", re.IGNORECASE)
_AGENT_SECTORS = {
    "police": "police",
    "army": "military",
    "forces": "military",
    "gendarmerie": "military",
}
#: The sector of a body that is not the government.
_BODY_SECTORS = {
    "army": "military", "armed forces": "military", "forces": "military", "partners": "other",
    "management": "other", "federation": "other", "union": "other", "group": "other",
    "watchdog": "other", "bloc": "igo",
}  # fmt: skip


#: Initials of a body: two to eight capitals, digits after the first allowed ("CISC",
#: "HAC", "G5").
_INITIALS = re.compile(r"[A-ZÉÈ][A-ZÉÈ0-9]{1,7}")
#: Prepositions that open a place after a person's noun: the phrase stops before them.
_LOCATIVE_PREPOSITIONS = frozenset({"dans", "sur", "près", "vers", "autour", "entre"})


#: Nouns that make "à" open a place: "à hauteur de", "au niveau de", "à proximité de".
#: Since 0.64.0 also a settlement's kind: "des hommes armés non identifiés *au village
#: de* Déou", "des individus à moto *au hameau de* Kokoro": where they struck, not who
#: they are (the press fronts the place into the subject; the parser hangs it there).
_LOCATIVE_NOUNS = frozenset(
    {
        "hauteur",
        "niveau",
        "proximité",
        "entrée",
        "sortie",
        "abord",
        "lisière",
        "périphérie",
        "village",
        "hameau",
        "localité",
        "campement",
        "quartier",
        "marché",
        "ville",
        # "une patrouille *au nord du* Burkina Faso": a part of a country (since 0.64.0).
        "nord",
        "sud",
        "est",
        "ouest",
        "centre",
    }
)


def _locative_noun_next(tokens: Sequence[Token], prep: Token) -> bool:
    """Whether the first noun after ``prep`` (a determiner may come between) is one of
    :data:`_LOCATIVE_NOUNS`."""
    for t in tokens[prep.index + 1 : prep.index + 3]:
        if t.pos != "DET":
            # The text as well: "à l'*est* du" may be lemmatised as the verb.
            return t.lemma.lower() in _LOCATIVE_NOUNS or t.text.lower() in _LOCATIVE_NOUNS
    return False


def _opens_place(tokens: Sequence[Token], t: Token) -> bool:
    """Whether preposition ``t`` opens a place after who acted: "dans", "sur", "près"
    ("des hommes armés *sur une île proche de Baga Sola*"), or "à" before a noun of
    place ("un marchand de bétail *à hauteur du village de Konodimini*", "*au niveau
    de*", "*à proximité de*", since 0.26.0)."""
    lemma = t.lemma.lower()
    if lemma == "près" and t.pos == "ADV":
        # "des hommes armés *près de* Namsiguia": the parser tags "près" an adverb
        # (since 0.38.0); not "le commissaire du gouvernement *près le* tribunal".
        following = tokens[t.index + 1].text.lower() if t.index + 1 < len(tokens) else ""
        return following in ("de", "du", "des", "d'", "d’")
    if t.pos != "ADP":
        return False
    return lemma in _LOCATIVE_PREPOSITIONS or (
        lemma in ("à", "au") and _locative_noun_next(tokens, t)
    )


#: Words that open a circumstance of the act, never part of who acted, with the word
#: that must follow them (empty: none): "les deux ministres *en marge d'*une réunion",
#: "les délégués *lors de* la session", "officials *during* the talks" (since 0.37.0).
_CIRCUMSTANCES = {
    "lors": "",
    "pendant": "",
    "durant": "",
    "during": "",
    "en": "marge",
    "au": "cours",
    "on": "sidelines",
}


def _opens_circumstance(tokens: Sequence[Token], t: Token) -> bool:
    """Whether ``t`` opens a circumstance of the act (:data:`_CIRCUMSTANCES`)."""
    after = _CIRCUMSTANCES.get(t.text.lower())
    if after is None:
        return False
    if not after:
        return True
    following = tokens[t.index + 1 : t.index + 3]
    return any(n.text.lower() == after for n in following)


def _subtree_end(tokens: Sequence[Token], head: Token, sentence: tuple[int, int]) -> int:
    """End offset of the head's phrase: its dependents to the right, up to a comma or a
    relative clause."""
    end = head.end
    before_last: int | None = None  # the end before the last token taken
    for t in tokens[head.index + 1 :]:
        if (
            t.pos == "ADP"
            and t.lemma.lower() == "par"
            and before_last is not None
            and tokens[t.index - 1].dep == "acl"
        ):
            # "une délégation de la Cédéao *conduite* par son président" (since 0.56.0):
            # the participle that takes the agent goes with it, not with who they are.
            return before_last
        if (
            t.start >= sentence[1]
            or t.text in (",", ";", ":", "(", "«", '"')
            or t.lemma
            in (
                "qui",
                "que",
                "dont",
                "lequel",
            )
            # "des individus armés non identifiés *dans la zone de Pissila*": where they
            # struck is the event's place, not part of who they are.
            or _opens_place(tokens, t)
            or _opens_circumstance(tokens, t)
            # "dissous tous les partis politiques *par décret*" (since 0.28.0): an agent
            # or a means, never part of who they are.
            or (t.pos == "ADP" and t.lemma.lower() == "par")
            # "des familles *fuyant les violences*" (since 0.16.0): their flight is an
            # event of its own, not part of who they are.
            or (t.dep == "acl" and t.lemma.lower() in ("fuir", "flee"))
            # "a appelé les autorités *à enquêter*", "exhorte les groupes armés *à
            # respecter*" (since 0.63.0): what they are asked to do, not who they are.
            or _to_infinitive(tokens, t)
        ):
            break
        k, hops = t.index, 0
        while k != head.index and tokens[k].head != k and hops < 8:
            k, hops = tokens[k].head, hops + 1
        if k != head.index:
            break
        before_last, end = end, t.end
    return end


def _to_infinitive(tokens: Sequence[Token], t: Token) -> bool:
    """Whether ``t`` is the "à" or "de" that opens an infinitive ("à enquêter", "de
    cesser", "à ne pas"): the act a noun's people are asked to do."""
    if t.lemma.lower() not in ("à", "de") or t.pos not in ("ADP", "SCONJ"):
        return False
    after = tokens[t.index + 1 : t.index + 4]
    verb = next((a for a in after if a.pos not in ("PART", "ADV", "PRON")), None)
    return verb is not None and verb.pos in ("VERB", "AUX") and not verb.tense


def _before_place(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """``(first, last)`` cut before a place that follows who acted ("Des soldats postés
    *à proximité du village de Kobou*", "des hommes armés *dans la zone de Pissila*"),
    as :func:`_subtree_end` cuts a parsed phrase."""
    for t in tokens[first + 1 : last + 1]:
        if _opens_place(tokens, t):
            return first, t.index - 1
    return first, last


def _subtree_start(tokens: Sequence[Token], head: Token) -> int:
    start = head.start
    for t in reversed(tokens[: head.index]):
        if t.head == head.index and t.pos in ("DET", "ADJ", "NUM"):
            start = t.start
        elif t.head == head.index or (tokens[t.head].head == head.index and t.pos == "DET"):
            continue
        else:
            break
    return start


#: Days the parse may take for a verb's object ("a accusé jeudi des chasseurs").
DAY_NAMES = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"}
)
#: The same days as a pattern, for the rules that read a day between two words.
DAY_WORD = "(?:" + "|".join(sorted(DAY_NAMES)) + ")"


def _behind_a_day(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether the parse hung the noun on a day it took for the verb's object: "a accusé
    *jeudi* des chasseurs dozos" (since 0.48.0): the noun is the object."""
    day = tokens[tok.head]
    return (
        tok.dep == "nmod"
        and day.lemma.lower() in DAY_NAMES
        and day.dep in ("obj", "obl:mod", "obl")
        and day.index == tok.index - 2
    )


def _misparsed_subject(tokens: Sequence[Token], tok: Token) -> bool:
    """A subject the parser made the sentence's root, its relative clause swallowing the
    verb: "*Le gouverneur* de la région, qui s'est exprimé dimanche, a appelé" (since
    0.16.0). A determined noun at the root with a relative clause of its own."""
    if tok.dep != "ROOT" or tok.pos != "NOUN":
        return False
    mine = [t for t in tokens[max(0, tok.index - 3) : tok.index + 12] if t.head == tok.index]
    return any(t.dep == "det" for t in mine) and any(t.dep == "acl:relcl" for t in mine)


def _opening_suspects(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether the parse made "présumés" of "de présumés jihadistes" an oblique or a
    noun's complement (since 0.63.0): "De présumés jihadistes ont attaqué", "une
    embuscade attribuée à de présumés jihadistes", "l'attaque de présumés terroristes"
    name the suspects (the caller checks that people follow)."""
    return (
        tok.lemma.lower() in ("présumé", "supposé")
        and (tok.dep.startswith("obl") or tok.dep == "nmod")
        and tok.index > 0
        and tokens[tok.index - 1].lemma.lower() in ("de", "d'", "d’")
    )


def _after_the_source(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether the parse hung the subject that follows an opening "Selon X," on X:
    "Selon un responsable local, *des soldats* ont tué" (since 0.63.0; the source's
    noun takes the clause's subject for its complement)."""
    if tok.dep != "nmod" or tok.head >= tok.index or tok.index - tok.head > 6:
        return False
    source = tokens[tok.head]
    return any(
        t.lemma.lower() == "selon" and t.head == source.index
        for t in tokens[max(0, source.index - 4) : source.index]
    ) and any(t.text == "," for t in tokens[source.index + 1 : tok.index])


#: What may come before a time that opens a nominal's span: nothing, or a preposition
#: ("On", "Late on", "Early", "Dans la nuit de"; since 0.60.0).
_LEADING_TIME = re.compile(
    r"\s*(?:(?:late|early)(?:\s+on)?|on|in|at|during|since|by|(?:dans\s+la\s+nuit\s+)?"
    r"(?:de|du|d['’])|dans|depuis|durant|pendant|en)?\s*",
    re.IGNORECASE,
)


def find_nominals(
    text: str,
    analysis: Analysis,
    existing: Sequence[Mention],
    allowed: Sequence[tuple[int, int]],
) -> list[Mention]:
    """Nominal PER/ORG mentions (module docstring), not duplicating ``existing`` spans."""
    taken = {(m.start, m.end) for m in existing}
    out: dict[tuple[int, int], Mention] = {}
    # The existing mentions ``add`` reads, by kind, sorted out once per document rather
    # than once per nominal (0.68.0): times, places and names.
    times = [m for m in existing if m.label == "TIME"]
    places = [m for m in existing if m.label in ("GPE", "LOC")]
    names = [m for m in existing if m.label in ("ORG", "PER")]

    def ok(start: int, end: int) -> bool:
        return (start, end) not in taken and any(s <= start and end <= e for s, e in allowed)

    def add(start: int, end: int, label: str, sector: str | None, score: float) -> None:
        # Since 0.60.0 nor a time that opens the span: "On Sunday night | gunmen
        # attacked", "Overnight | gunmen stormed", "Late on Friday, | jihadists" (the
        # parse hangs the sentence's opening time on its subject).
        start = max(
            [
                start,
                *(
                    m.end
                    for m in times
                    if start <= m.start
                    and m.end < end
                    and _LEADING_TIME.fullmatch(text, start, m.start)
                ),
            ]
        )
        # A time is no part of who acted: "par la gendarmerie | dimanche".
        end = min([end, *(m.start for m in times if start < m.start < end)])
        # Nor is the town after a bare "à" or "entre": "reçue par le ministre des
        # Transports | à Ouagadougou" says where the act took place ("au" may tie an envoy
        # to a country).
        end = min(
            [
                end,
                *(
                    cut.start()
                    for m in places
                    if start < m.start < end
                    and "country" not in m.choices.get(EntityAttribute.PLACE_PRECISION, [])
                    and (cut := _AT.search(text, max(start, m.start - 9), m.start))
                ),
            ]
        )
        start, end = _trim(text, start, end)
        # A name the parse cut in two stays whole: "des combattants de Boko | Haram"
        # (since 0.33.0).
        end = max(
            [
                end,
                *(m.end for m in names if start < m.start < end < m.end),
            ]
        )
        if end <= start or not ok(start, end):
            return
        # A nominal that is a named mention plus nothing but a determiner is that mention.
        if any(m.label == "CASUALTY" and m.start < end and start < m.end for m in existing):
            return  # the victims of a count: the count's own span stands for them
        inner = [m for m in existing if start <= m.start and m.end <= end]
        if any(
            # Since 0.54.0 also an indefinite or contracted article: "des Volontaires
            # pour la défense de la patrie" is the registry's name.
            text[start : m.start].strip().lower()
            in ("", "le", "la", "les", "l'", "l’", "the", "des", "un", "une", "du", "au", "aux")
            and m.end == end
            for m in inner
        ):
            return
        # Since 0.58.0 nor a registered name plus a circumstance the parse hung on it:
        # "libérés par l'armée malienne | au terme d'une opération" is the army (the name
        # keeps its id; the circumstance says how, not who).
        if any(
            text[start : m.start].strip().lower() in ("le", "la", "les", "l'", "l’", "the")
            and m.textareas.get(Normalised.ACTOR)
            and _CIRCUMSTANCE_AFTER.match(text, m.end, end)
            for m in inner
        ):
            return
        choices = {"sector": [sector]} if sector and label == "ORG" else {}
        out[(start, end)] = Mention(start, end, text[start:end], label, score, "nominal", choices)

    def _add_partner(start: int, end: int, conj: Token) -> None:
        # Members of a named group are that group's name ("et les éléments d'Africa
        # Corps" is Africa Corps, as arguments reads the coordination): no nominal then.
        if not any(
            m.label in ("PER", "ORG") and start <= m.start and m.end <= end for m in existing
        ):
            add(start, end, *_kind(conj), 0.55)

    tokens = analysis.tokens
    relative = _relative_antecedents(text, tokens)
    for tok in tokens:
        if tok.pos not in ("NOUN", "PROPN") or not (
            tok.dep in _ROLES
            or tok.index in relative
            or _par_agent(tokens, tok)
            or _armed_of_act(tokens, tok)
            or _people_of_protest(tokens, tok)
            or _owner_of_craft(tokens, tok)
            or _misparsed_subject(tokens, tok)
            or _behind_a_day(tokens, tok)
            or _requester(tokens, tok)
            or _opening_suspects(tokens, tok)
            or _after_the_source(tokens, tok)
        ):
            continue
        lemma = tok.lemma.lower()
        if lemma.startswith("ex-") and lemma[3:] in PERSON_NOUNS:
            # "Les ex-otages ont été reçus par le gouverneur": former captives, detainees
            # or ministers are people of the same noun (since 0.61.0).
            lemma = lemma[3:]
        if lemma in QUANTITY_NOUNS:
            # The group takes the type of the people it counts ("centaines de jeunes").
            lemma = next(
                (
                    t.lemma.lower()
                    for t in tokens[tok.index + 1 : tok.index + 4]
                    if t.head == tok.index and t.dep == "nmod"
                ),
                lemma,
            )
        suspected = (
            # "par de présumés | jihadistes": the parse may make "présumés" the noun and
            # the people it qualifies its adjective (since 0.59.0).
            lemma in ("présumé", "supposé")
            and tok.index + 1 < len(tokens)
            and tokens[tok.index + 1].lemma.lower() in PERSON_NOUNS
        )
        if lemma in PERSON_NOUNS or suspected:
            label, sector = "PER", None
        elif lemma == "groupe" and _armed_group(tokens, tok):
            label, sector = "ORG", "armed-group"  # "des groupes armés" (since 0.14.0)
        elif lemma == "groupe" and _the_group(tokens, tok):
            # The group named before (since 0.59.0); armed when the words say so ("Le
            # groupe jihadiste", which the parse may not hang on "groupe").
            armed = tok.index + 1 < len(tokens) and tokens[tok.index + 1].lemma.lower() in _ARMED
            label, sector = "ORG", "armed-group" if armed else "other"
        elif lemma == "mouvement" and _rebel_movement(tokens, tok):
            label, sector = "ORG", "armed-group"  # "le mouvement rebelle" (since 0.33.0)
        elif lemma in ORG_NOUNS and not (lemma in _SITE_UNITS and _site_of_act(tokens, tok)):
            label, sector = "ORG", ORG_NOUNS[lemma]
        elif _acting_body(tokens, tok, lemma):
            label, sector = "ORG", "government"
        else:
            continue
        sentence = analysis.sentence_of(tok.start)
        end = _subtree_end(tokens, tok, sentence)
        if _behind_a_day(tokens, tok):
            # "jeudi des chasseurs | dozos": the parse made the rest of the phrase the
            # verb's object.
            after = next((t for t in tokens[tok.index + 1 :] if t.start >= end), None)
            if after is not None and after.dep == "obj" and after.pos in ("NOUN", "ADJ", "PROPN"):
                end = after.end
        start = _subtree_start(tokens, tok)
        if suspected:
            end = tokens[tok.index + 1].end
        if lemma in ("dozo", "donso"):
            # "Des chasseurs | dozos": the hunters the parse cut off (since 0.59.0).
            hunters = _HUNTERS_BEFORE.search(text, max(0, start - 40), start)
            start = hunters.start() if hunters else start
            end = tok.end  # a misparsed head's phrase may run on ("dozos | à des jihadistes")
        partner = _coordinated_actor(tokens, tok, end, existing)
        if partner is not None:
            # "L'armée malienne et ses partenaires russes ont frappé": two actors, each
            # its own mention (and id), not one phrase with none (since 0.60.0).
            cc, conj = partner
            conj_end = _subtree_end(tokens, conj, (sentence[0], end))
            _add_partner(tokens[cc.index + 1].start, conj_end, conj)
            end = cc.start
        add(start, end, label, sector, 0.55)

    for tok in tokens:
        # "Les FAMa et leurs alliés ont ratissé": the people coordinated with a name
        # (since 0.60.0; a nominal's own partner is found above).
        if tok.dep != "conj" or tok.pos not in ("NOUN", "PROPN") or tok.head == tok.index:
            continue
        named = tokens[tok.head]
        if named.dep not in _ROLES or not any(
            m.label in ("PER", "ORG") and m.start <= named.start and named.end <= m.end
            for m in existing
        ):
            continue
        sentence = analysis.sentence_of(tok.start)
        partner = _coordinated_actor(tokens, named, sentence[1], existing)
        if partner is not None and partner[1].index == tok.index:
            cc, conj = partner
            _add_partner(tokens[cc.index + 1].start, _subtree_end(tokens, conj, sentence), conj)

    for tok in tokens:
        # "L'association Tabital Pulaaku a accusé", "Joint par téléphone, un responsable
        # de la police a rejeté": the phrase that opens the clause right before its verb,
        # where the parse saw no subject (since 0.27.0; :mod:`.wordorder`).
        if tok.pos != "VERB" or not finite(tokens, tok.index):
            continue
        phrase = clause_subject(tokens, tok.index)
        if phrase is None:
            continue
        first, last = _before_place(tokens, *phrase)
        if any(
            "armed-group" in m.choices.get(EntityAttribute.SECTOR, [])
            and tokens[first].start <= m.start < tokens[last].end
            for m in existing
        ):
            # "Des éléments présumés de Boko Haram": the group's name stands for its
            # members (not "un responsable de la gendarmerie", a person of a body).
            continue
        head = next((t for t in tokens[first : last + 1] if t.pos in ("NOUN", "PROPN")), None)
        if head is None:
            continue
        lemma = head.lemma.lower()
        if lemma in QUANTITY_NOUNS:
            # "Une grande partie du territoire", "des centaines de jeunes": what is
            # counted.
            lemma = next(
                (t.lemma.lower() for t in tokens[head.index + 1 : last + 1] if t.pos == "NOUN"),
                "",
            )
        if lemma in PERSON_NOUNS:
            add(tokens[first].start, tokens[last].end, "PER", None, 0.55)
        elif lemma in ORG_NOUNS and lemma not in _SITE_UNITS:
            add(tokens[first].start, tokens[last].end, "ORG", ORG_NOUNS[lemma], 0.55)
        elif head.index == last and _INITIALS.fullmatch(head.text):
            # "Le CISC avait mis en cause", "la HAC a retiré": initials that act are a
            # body's, whichever the model did not know.
            add(head.start, head.end, "ORG", "other", 0.5)
        elif head.index > first and head.text[:1].isupper() and head.pos == "NOUN":
            # "La Maison de la presse a dénoncé", "Les Transformateurs avaient boycotté":
            # a common noun written with a capital after its article names a body.
            add(tokens[first].start, tokens[last].end, "ORG", "other", 0.5)

    for sides in clash_sides(analysis, existing):
        # "des affrontements entre chasseurs dozos et hommes armés": both sides fought
        # (since 0.27.0; :mod:`.clashsides`).
        for side in sides:
            labelled = _side_label(side, existing)
            if labelled is not None:
                add(side.start, side.end, *labelled, 0.55)
    for start, end, label, sector in english_clash_sides(text):
        add(start, end, label, sector, 0.55)

    for m in _SOURCES.finditer(text):
        words = m.group().lower()
        if any(w in words for w in ("sécuritaire", "militaire", "security", "military")):
            sector = "military"
        else:
            sector = "media" if "médiatique" in words else "other"
        # A single hospital source is a person; a group of sources an organisation.
        label = "PER" if "hospital" in words else "ORG"
        # "des sources sécuritaires" → "sources sécuritaires" (the seed's gold spans).
        start = m.start() + (4 if words.startswith("des ") else 0)
        add(start, m.end(), label, sector, 0.6)

    for m in _COUNTERPART.finditer(text):
        # "a reçu vendredi son homologue nigérien": the parse often hangs the guest on
        # the day before it (since 0.46.0).
        add(m.start(), m.end(), "PER", None, 0.55)

    lowered = text.lower()
    if "repouss" in lowered or "repel" in lowered or "déjou" in lowered or "foil" in lowered:
        for m in REPELLED_ATTACKERS.finditer(text):
            # The head noun inside the count, as the codebook marks victims in a count;
            # not through ``add``, which leaves a count's people to the count.
            start, end = m.span("who")
            if (start, end) not in taken and any(s <= start and end <= e for s, e in allowed):
                out[(start, end)] = Mention(start, end, text[start:end], "PER", 0.5, "nominal")

    if analysis.model == "blank-en":
        for m in _EN_OPENING_SUBJECT.finditer(text):
            second = _EN_AND_PARTNER.match(text, m.end("np"))
            if second is not None and not any(
                # "and Africa Corps fighters": the name, as arguments reads it.
                n.label in ("PER", "ORG") and second.start("np") <= n.start < second.end("np")
                for n in existing
            ):
                # "The Malian army and its Russian allies carried out": the second
                # subject is an actor of its own (since 0.60.0).
                add(second.start("np"), second.end("np"), "PER", None, 0.5)
            if m.group("person"):
                add(m.start("np"), m.end("np"), "PER", None, 0.5)
            elif (
                m.group("body").lower() == "group"
                and m.group("np") != "The group"
                and not _GROUP_THAT_ACTS.match(text, m.end("np"))
            ):
                # Since 0.16.0 "The group has enforced a blockade": the group just named;
                # not "No group claimed", nor "a local rights group said" (a source).
                continue
            elif m.group("body").lower() == "group" and m.group("np") != "The group":
                # Since 0.69.0 a group told by its seat or its kind that does something
                # other than speak: "A Dakar-based rights group on Monday condemned",
                # "an armed group attacked" (the act's author, not its source).
                kind = "armed-group" if _ARMED_GROUP.search(m.group("np")) else "other"
                add(m.start("np"), m.end("np"), "ORG", kind, 0.5)
            else:
                sector = _BODY_SECTORS.get(m.group("body").lower(), "government")
                add(m.start("np"), m.end("np"), "ORG", sector, 0.5)
        for m in _EN_ACCUSED.finditer(text):
            add(m.start("np"), m.end("np"), "PER", None, 0.5)
        for noun in _EN_MEETING_NOUN.finditer(text) if "between" in text or " by " in text else ():
            # "a meeting between the governor and traditional chiefs" (since 0.69.0).
            if (party := EN_MEETING_PARTY.match(text, noun.end())) is not None:
                body = party.group("np").split()[-1].lower()
                if body in ("commission", "government", "junta", "authorities", "ministry"):
                    add(party.start("np"), party.end("np"), "ORG", "government", 0.5)
                else:
                    add(party.start("np"), party.end("np"), "PER", None, 0.5)
        for m in _EN_PASSIVE_AGENT.finditer(text) if " by " in text else ():
            # "were killed by soldiers and Russian mercenaries" (since 0.69.0): the agent,
            # and a second one joined to it by "and".
            np = m.group("np")
            body = _AGENT_BODY.search(np)
            if body is not None:
                add(
                    m.start("np"), m.end("np"), "ORG", _AGENT_SECTORS.get(body.group().lower()), 0.5
                )
            else:
                add(m.start("np"), m.end("np"), "PER", None, 0.5)
            second = _EN_AND_PARTNER.match(text, m.end("np"))
            if second is not None:
                add(second.start("np"), second.end("np"), "PER", None, 0.5)
    if "said" in text or "told" in text:
        for m in _EN_TAG_SPEAKER.finditer(text):
            add(m.start(), m.end(), "PER", None, 0.5)
    if "authorities" in text or "government" in text or "junta" in text:
        for m in _EN_STATE_BODY.finditer(text):
            # "urged the Burkinabe transitional authorities to release", "ECOWAS and the
            # Malian transitional authorities agreed" (since 0.63.0): a state's rulers
            # named by their nationality or their kind, wherever they stand.
            add(m.start(), m.end(), "ORG", "government", 0.5)
    for m in _EN_FORCE_OF_ACT.finditer(text) if "s' " in text or "s’ " in text else ():
        # "Nigerien troops' offensive near Tillia" (since 0.65.0): the force whose act
        # the possessed noun tells. (Every head is a plural in "s": a text without "s'"
        # before a space, most French ones, is not scanned.)
        add(m.start("np"), m.end("np"), "PER", None, 0.5)
    for m in _EN_COUNTED_ATTACKERS.finditer(text) if _COUNTED_GATE.search(text) else ():
        # "About a dozen attackers on motorcycles entered the site" (since 0.65.0): a
        # band told by its size that opens its sentence and acts (an active verb after
        # it), the antecedent of the "They" that follows.
        add(m.start("np"), m.end("np"), "PER", None, 0.5)
    for m in english_subjects(text):
        if m.group("np"):
            add(m.start("np"), m.end("np"), "PER", None, 0.5)
        elif m.group("group"):
            add(m.start("group"), m.end("group"), "ORG", "armed-group", 0.5)
        else:
            words = m.group("org").lower()
            sector = (
                "military" if "army" in words else "other" if "organi" in words else "government"
            )
            add(m.start("org"), m.end("org"), "ORG", sector, 0.5)
    return sorted(out.values(), key=lambda m: (m.start, m.end))


#: Nouns of who acts beside another, heading the second of two coordinated actors
#: ("l'armée et ses alliés", "the army and its allies").
_ALLIES = frozenset({"allié", "alliés", "ally", "allies"})
#: The conjunctions that coordinate two actors.
_AND = frozenset({"et", "and"})


def _kind(tok: Token) -> tuple[str, str | None]:
    """The label and sector of a nominal headed by ``tok`` (a person's by default)."""
    lemma = tok.lemma.lower()
    if lemma in ORG_NOUNS and lemma not in PERSON_NOUNS:
        return "ORG", ORG_NOUNS[lemma]
    return "PER", None


def _coordinated_actor(
    tokens: Sequence[Token], head: Token, end: int, existing: Sequence[Mention]
) -> tuple[Token, Token] | None:
    """The conjunction and the head of a second actor coordinated with ``head`` inside
    its phrase (which ends at ``end``), when the second is people or a body: "Des soldats
    maliens *et* des *combattants* de Wagner", "L'armée *et* les *VDP*" (since 0.60.0).
    Not a coordination inside a name ("Forces de défense et de sécurité": the parse hangs
    "sécurité" on "défense") nor of things ("les armes et les munitions")."""
    for conj in tokens[head.index + 2 :]:
        if conj.start >= end:
            return None
        if conj.dep != "conj" or conj.head != head.index:
            continue
        cc = tokens[conj.index - 1]
        while cc.index > head.index and cc.dep != "cc":
            cc = tokens[cc.index - 1]
        if cc.index <= head.index or cc.lemma.lower() not in _AND:
            return None
        # Only articles (the parse may make "des" a preposition), adjectives and numbers
        # between the conjunction and the second head: not "et de sécurité".
        if any(
            t.pos not in ("DET", "ADJ", "NUM") and t.text.lower() not in ("des", "du")
            for t in tokens[cc.index + 1 : conj.index]
        ):
            return None
        if any(
            m.label in ("PER", "ORG", "GPE", "LOC") and m.start <= head.start and conj.end <= m.end
            for m in existing
        ):
            return None  # one name ("Groupe de soutien à l'islam et aux musulmans")
        lemma = conj.lemma.lower()
        named = any(
            m.label in ("PER", "ORG") and m.start <= conj.start and conj.end <= m.end
            for m in existing
        )
        if lemma in PERSON_NOUNS or lemma in ORG_NOUNS or lemma in _ALLIES or named:
            return cc, conj
        return None
    return None


def _side_label(side: Side, existing: Sequence[Mention]) -> tuple[str, str | None] | None:
    """PER or ORG (with a sector) for a side of a fight whose head noun names people or
    a body; None for any other side (a place, a thing) and for a side that is a name
    already suggested (the name stands for it)."""
    inner = [m for m in existing if side.start <= m.start and m.end <= side.end]
    words = [t for t in side.tokens if not any(m.start <= t.start < m.end for m in inner)]
    head = next((t for t in words if t.pos in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    lemma = head.lemma.lower()
    if lemma in QUANTITY_NOUNS and lemma != "groupe":
        # "des dizaines de jeunes": the people counted.
        lemma = next((t.lemma.lower() for t in words if t.index > head.index + 1), lemma)
    if lemma in PERSON_NOUNS or lemma in _SIDE_PEOPLE:
        return "PER", None
    if lemma == "groupe":
        return "ORG", "armed-group"  # "des groupes jihadistes", "groupes d'orpailleurs armés"
    if lemma in ORG_NOUNS:
        return "ORG", ORG_NOUNS[lemma]
    return None


#: People who are a side of a fight and nothing else in these lists: the hunters' militia
#: ("entre dozos et jihadistes").
_SIDE_PEOPLE = frozenset({"dozo", "donso"})


#: Nouns of acts whose complement may be who did them: "le blocus des jihadistes".
_ACT_HEADS = frozenset(
    {"blocus", "attaque", "incursion", "embuscade", "offensive", "raid", "assaut", "siège"}
    # Since 0.16.0: what people flee ("fuyant les exactions de groupes armés").
    | {"exaction", "violence", "menace"}
)
#: Who bears arms, as the complement of an act's noun (since 0.14.0).
_ARMED_NOUNS = frozenset(
    {"jihadiste", "djihadiste", "terroriste", "assaillant", "combattant", "groupe", "rebelle"}
)


def _armed_of_act(tokens: Sequence[Token], tok: Token) -> bool:
    """True for armed people as the complement of an act's noun ("le blocus des groupes
    armés", "une incursion de combattants"): who did it, not what underwent it."""
    head = tokens[tok.head]
    if tok.dep != "nmod" or head.lemma.lower() not in _ACT_HEADS:
        return False
    lemma = tok.lemma.lower()
    if lemma in ("groupe", "individu", "homme", "élément"):
        # "d'individus armés" (since 0.16.0), not "de civils" or "des habitants".
        return _armed_group(tokens, tok)
    return lemma in _ARMED_NOUNS


#: Nouns of protests (since 0.64.0): their complement of people is who protests.
_PROTEST_HEADS = frozenset(
    {"grève", "marche", "manifestation", "sit-in", "rassemblement", "boycott", "débrayage"}
)


def _people_of_protest(tokens: Sequence[Token], tok: Token) -> bool:
    """True for people as the "de" complement of a protest's noun ("la grève des
    enseignants", "un sit-in des élèves"): who protest, a mention the roles of the
    parse miss (since 0.64.0). Not a day or a place: only people nouns pass later."""
    head = tokens[tok.head]
    return (
        tok.dep == "nmod"
        and tok.head != tok.index
        and head.lemma.lower() in _PROTEST_HEADS
        and any(
            t.head == tok.index and t.dep == "case" and t.lemma.lower() == "de"
            for t in tokens[max(0, tok.index - 3) : tok.index]
        )
    )


#: Aircraft and vehicles of a force: "un hélicoptère de l'armée", "des drones de l'armée".
CRAFT = frozenset({"hélicoptère", "avion", "drone", "aéronef", "appareil", "vecteur"})


def _owner_of_craft(tokens: Sequence[Token], tok: Token) -> bool:
    """True for the force an aircraft belongs to ("un hélicoptère de *l'armée* a largué
    des vivres"), which acted through it (since 0.19.1)."""
    return tok.dep == "nmod" and tokens[tok.head].lemma.lower() in CRAFT


def _armed_group(tokens: Sequence[Token], tok: Token) -> bool:
    """ "groupe(s) armé(s)", "individus armés": the noun with "armé" right after it
    (since 0.59.0 also "le groupe jihadiste", "un groupe terroriste")."""
    return any(
        t.head == tok.index and t.lemma.lower() in _ARMED
        for t in tokens[tok.index + 1 : tok.index + 3]
    )


#: What makes a group armed: "armé", and since 0.59.0 "jihadiste", "terroriste".
_ARMED = frozenset(
    {"armé", "armer", "jihadiste", "djihadiste", "terroriste", "islamiste", "rebelle"}
)


#: The words before "dozos" that name them: "chasseurs traditionnels" (not the article,
#: which a day before may take: "a accusé jeudi des | chasseurs dozos").
_HUNTERS_BEFORE = re.compile(r"\bchasseurs?(?:\s+traditionnels?)?\s+$", re.IGNORECASE)


_QUI = re.compile(r"(?<=\s)qui(?=\s)")


def _relative_antecedents(text: str, tokens: Sequence[Token]) -> frozenset[int]:
    """The nouns a relative clause whose subject is "qui" qualifies, wherever they stand
    ("jeté des pierres sur *les forces* de l'ordre, qui les ont dispersés": who
    dispersed; since 0.59.0): the head of the noun phrase the clause hangs on, above
    its complements ("de l'ordre"). Only the tokens at each " qui " are looked at."""
    out = set()
    for found in _QUI.finditer(text):
        k = bisect_left(tokens, found.start(), key=attrgetter("start"))
        if k >= len(tokens) or tokens[k].start != found.start():
            continue
        qui = tokens[k]
        t = tokens[qui.head]
        if qui.dep != "nsubj" or t.dep != "acl:relcl" or t.head == t.index:
            continue
        noun = tokens[t.head]
        for _ in range(2):
            above = tokens[noun.head]
            of = any(
                c.head == noun.index and c.dep == "case" and c.lemma.lower() == "de"
                for c in tokens[max(0, noun.index - 3) : noun.index]
            )
            if not of or noun.dep != "nmod" or above.pos not in ("NOUN", "PROPN"):
                break  # not a complement "de ..." ("des pierres | sur les forces")
            noun = above
        out.add(noun.index)
    return frozenset(out)


def _the_group(tokens: Sequence[Token], tok: Token) -> bool:
    """ "*Le groupe* a également affirmé avoir tiré": the group the article named, as the
    subject of a verb, with the definite article and no complement (not "le groupe de
    travail"; since 0.59.0)."""
    own = [t for t in tokens[max(0, tok.index - 2) : tok.index + 3] if t.head == tok.index]
    following = tokens[tok.index + 1] if tok.index + 1 < len(tokens) else None
    return (
        tok.dep == "nsubj"
        and tok.text.lower() == "groupe"
        and any(t.dep == "det" and t.text.lower() == "le" for t in own)
        and not any(t.dep == "nmod" for t in own)
        # Not a group named right after ("Le groupe Ansarul Islam"): its name stands.
        and not (following is not None and following.pos == "PROPN")
    )


#: What makes a "mouvement" an armed movement: not "un mouvement suspect", "un mouvement
#: de troupes".
_REBEL = frozenset(
    {"rebelle", "armé", "armer", "séparatiste", "indépendantiste", "jihadiste", "djihadiste"}
)


def _rebel_movement(tokens: Sequence[Token], tok: Token) -> bool:
    """ "le mouvement rebelle", "les mouvements armés": the noun with such a word after it."""
    return any(
        t.head == tok.index and t.lemma.lower() in _REBEL
        for t in tokens[tok.index + 1 : tok.index + 3]
    )


def bracketed_acronyms(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each place written in brackets right after an organisation's
    name made that organisation's acronym ("La Haute autorité des médias audiovisuels
    (Hama)" spells a town of Syria; since 0.34.0)."""
    bodies = {m.end for m in mentions if m.label == "ORG"}
    out = list(mentions)
    for k, m in enumerate(out):
        if m.label not in ("GPE", "LOC") or text[m.end : m.end + 1] != ")":
            continue
        bracket = text.rfind("(", max(0, m.start - 4), m.start)
        if bracket < 0 or text[bracket + 1 : m.start].strip():
            continue
        window = max(0, bracket - 4)
        if window + len(text[window:bracket].rstrip()) in bodies:
            out[k] = Mention(m.start, m.end, m.text, "ORG", 0.6, "ner")
    return out


#: Nouns of asking whose complement names who asked: "à la demande des chefs de village".
_ASKING = frozenset({"demande", "initiative", "invitation", "requête", "request"})


def _requester(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether the noun is the complement of a noun of asking ("à la *demande* des chefs
    de village", since 0.60.0): who asked acts (the request's actor), and is a mention
    for it."""
    return tok.dep == "nmod" and tokens[tok.head].lemma.lower() in _ASKING


def _par_agent(tokens: Sequence[Token], tok: Token) -> bool:
    """True for an oblique or a noun's complement introduced by "par" ("libérés par
    leurs ravisseurs", "l'attaque du village par des combattants"): the parser labels
    many agents a plain oblique."""
    # "dans l'attaque du village par des combattants": the agent of a noun is an nmod.
    return (tok.dep.startswith("obl") or tok.dep == "nmod") and any(
        t.head == tok.index and t.lemma == "par" for t in tokens[max(0, tok.index - 3) : tok.index]
    )


#: The bare "à" before a town's name; since s18p8 also "entre" ("attaqué par des
#: jihadistes | entre Kayes et Diboli": where, not who).
_AT = re.compile(r"\s(?:à|entre|between)\s+$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    # "de sources sécuritaires" → "sources sécuritaires": a partitive "de" is not the span.
    if text[start : start + 3].lower() == "de ":
        start += 3
    # An opposing complement is no part of a noun phrase: "des hommes armés | contre un
    # convoi" (the parse may hang it on the noun; since 0.33.0).
    against = _AGAINST.search(text, start, end)
    if against and against.start() > start:
        end = against.start()
    # Nor is a preposition left at its end: "a appelé les autorités de transition au
    # « respect »" (the parse may hang the preposition before a quote on the noun).
    dangling = _DANGLING.search(text, start, end)
    if dangling and dangling.start() > start:
        end = dangling.start()
    return start, end


#: A circumstance right after a registered name inside a nominal (since 0.58.0): "au terme
#: d'une opération", "lors d'un ratissage", "en fin de journée", "during a raid".
_CIRCUMSTANCE_AFTER = re.compile(
    r"\s+(?:au\s+(?:terme|cours|moment|lendemain|bout)|à\s+l['’]issue|lors|en\s+fin|"
    r"après|avant|pendant|durant|during|after|before)\b",
    re.IGNORECASE,
)
#: "contre", "against": what follows is the other side.
_AGAINST = gated(re.compile(r"\s+(?:contre|against)\s", re.IGNORECASE))
#: A preposition or an article left at the end of a phrase.
#: Since 0.48.0 also "en", "dans", "on", "in" left before a time cut off: "par la junte
#: en | juin".
_DANGLING = re.compile(
    r"\s+(?:au|aux|à|de|du|des|d['’]|la|le|les|l['’]|of|to|the|en|dans|depuis|on|in)$"
    # Since 0.56.0 a cause left before a quote: "a remercié les autorités maliennes *pour
    # leur* « collaboration »", "thanked the authorities *for their*".
    r"|\s+(?:pour|for)(?:\s+(?:leur|leurs|sa|son|ses|la|le|les|l['’]|their|his|her|its|the))?$"
    # Since 0.60.0 the auxiliary of a participle the parse cut off: "des centaines de
    # personnes *ayant* | fui les violences".
    r"|\s+(?:ayant|étant|having)$",
    re.IGNORECASE,
)
