"""Casualty counts: "12 soldats tués", "au moins 30 civils tués", "killing 12 gendarmes".

A CASUALTY span carries the codebook's ``casualty_kind`` (killed, injured, abducted,
arrested), ``casualty_qualifier`` (exact, at-least, approximate, vague) and a
``norm_count`` ("12", or "10-15"; none when the count is vague: "des dizaines").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from text_to_num import text2num

from .casescan import lowered_text, may_hold, scan
from .text import earliest_longest
from .wordgate import gated

if TYPE_CHECKING:
    from .ner import Token

# Number words are read by text2num (French and English, compounds such as "vingt et
# un", "quatre-vingt-dix", "thirty-four"); this pattern only finds where they are.
_WORD = (
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    r"quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand)"
)
#: A number word, for the rules of other modules that look for a count.
NUMBER_WORD = _WORD
_NUMBER_WORDS = rf"{_WORD}(?:(?:[\s-]+(?:et[\s-]+|and[\s-]+)?){_WORD})*"
_APPROX = {
    "dizaine": 10, "demi-douzaine": 6, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip
#: Vague quantifiers and the range the codebook gives them (norm_count).
_VAGUE_RANGES = (
    # Since 0.59.0 "scores of civilians", tens as "dozens" are.
    (re.compile(r"dizaines|dozen|scores|tens", re.IGNORECASE), "20-99"),
    (re.compile(r"centaines|hundred", re.IGNORECASE), "200-999"),
    (re.compile(r"plusieurs|quelques|several|a\s+few|handful", re.IGNORECASE), "2-9"),
)
#: "tombé" of people killed in action (since 0.19.0); never a fall alone ("tombés dans
#: une embuscade" is no toll).
_FALLEN = (
    r"tombée?s?(?=\s+(?:sur\s+le\s+champ\s+d['’]honneur|au\s+(?:combat|front|cours\s+d)|"
    # Since 0.61.0 "au champ d'honneur": "un soldat est tombé au champ d'honneur et
    # trois autres ont été blessés" (1 killed, 3 injured; was 4 injured).
    r"au\s+champ\s+d['’]honneur|"
    r"les\s+armes\s+à\s+la\s+main|en\s+(?:service|mission|martyrs?|héros)|"
    r"sous\s+les\s+balles|lors\s+d)"
    # Since 0.52.0 with nothing after it: "Côté ami, cinq soldats sont tombés et onze
    # autres ont été blessés" (not "tombés dans une embuscade").
    r"|\s*(?:[,.;]|et\s|and\s|$))"
)
_KIND_WORDS = {
    "killed": r"tu[ée]e?s?|morts?|mortes?|décédée?s?|neutralisée?s?|killed|dead|died|"
              r"neutrali[sz]ed|trouvé\s+la\s+mort|péri|perdu\s+la\s+vie|"
              # Since 0.15.0: "Un chef de village a été assassiné", "were shot dead".
              r"assassinée?s?|exécutée?s?|abattue?s?|égorgée?s?|murdered|executed|shot\s+dead|"
              # Since 0.17.0: "Une vingtaine d'assaillants auraient été « mis hors de
              # combat »".
              r"(?:«\s*)?mise?s?\s+hors\s+de\s+combat|"
              # Since 0.58.0 the communiqués' other word for the neutralised: "une
              # trentaine de terroristes ont été mis hors d'état de nuire".
              r"(?:«\s*)?mise?s?\s+hors\s+d['’]état\s+de\s+nuire|"
              # Since 0.19.0 the fallen: "Deux soldats sont tombés au cours des combats",
              # "un agent des douanes tombé en service commandé".
              rf"{_FALLEN}|"
              # Since 0.26.0 more of the press's words for the dead, written from general
              # usage: "ont succombé", "carbonisés", "massacrés", "perished", "slain".
              r"succombée?s?|carbonisée?s?|massacrée?s?|fusillée?s?|lynchée?s?|"
              r"décapitée?s?|perished|slain|massacred|beheaded|lynched|"
              r"lost\s+their\s+lives|burn(?:ed|t)\s+to\s+death|gunned\s+down|"
              # Since 0.59.0: "Cinq soldats y ont laissé la vie", "Two soldiers succumbed
              # to their injuries", "Huit civils ont été passés par les armes".
              r"laissé\s+la\s+vie|succumbed|passée?s?\s+par\s+les\s+armes|"
              # Since 0.61.0 the dead a count is told among: "sept civils figurent
              # parmi les morts", "six children were among the dead"; and "Some 30
              # people were feared dead", "presumed dead".
              r"figur(?:ent|aient|eraient|ait|e)\s+parmi\s+les\s+(?:morts|victimes|tués)|"
              r"(?:are|were)\s+among\s+the\s+(?:dead|killed)|(?:feared|presumed)\s+dead|"
              # Since 0.63.0 the dead found lifeless: "ont été retrouvés sans vie", "were
              # found lifeless" (after the auxiliary, see _AUX).
              r"sans\s+vie|lifeless(?!\s+bod)|"
              # Since 0.63.0: "Twelve were left dead, eight of them policemen".
              r"left\s+dead|"
              # Since 0.64.0 the English nouns of a toll, as "morts" is: "reported 19
              # deaths and 31 injuries", "six fatalities among its troops".
              r"deaths?|fatalit(?:y|ies)",
    "injured": r"blessée?s?|injured|wounded|hurt|maimed|injur(?:y|ies)|"
               # Since 0.60.0 the people kept in hospital: "une trentaine de personnes
               # restent hospitalisées", "15 people were hospitalised".
               r"hospitalisée?s?|hospitali[sz]ed|"
               # Since 0.66.0 the wounded told by their care: "Six people are still in
               # hospital", "Sept personnes ont été prises en charge au CSCom" (only
               # before a place or team of care: "pris en charge par le HCR" is aid).
               r"in\s+hospital|admitted\s+to\s+(?:the\s+)?hospital|"
               # "sont toujours à l'hôpital" (kept there: not "conduit à l'hôpital").
               r"(?<=toujours\s)à\s+l['’]hôpital|(?<=encore\s)à\s+l['’]hôpital|"
               r"prise?s?\s+en\s+charge(?=\s+(?:au|à\s+l['’]|à\s+la|dans\s+les?|dans\s+l['’]|"
               r"par\s+(?:l['’]|les?|la))\s*(?:cscom|csref|csi\b|centres?\s+(?:de\s+santé|"
               r"médic|hospitalier)|hôpital|hopital|dispensaire|infirmerie|"
               r"équipes?\s+médicale|services?\s+(?:de\s+santé|médic|de\s+secours)|"
               r"msf|médecins|secouristes|structures?\s+sanitaire))",
    "abducted": r"enlevée?s?|kidnappée?s?|pris(?:es)?\s+en\s+otages?|abducted|kidnapped|"
                # Since 0.17.0 "quatre chauffeurs ont été emmenés" (people only).
                r"emmenée?s?|"
                # Since 0.63.0 (people only, _THINGS_TOO): "three others taken away".
                r"taken\s+away|led\s+away|carried\s+off|"
                r"taken\s+hostage|snatched|"
                # Since 0.19.0 the missing after an attack and captured combatants (codebook:
                # abducted): "Trois autres pêcheurs sont portés disparus", "11 autres faits
                # prisonniers".
                r"portée?s?\s+disparue?s?|faite?s?\s+prisonni(?:er|ère)s?|reported\s+missing|"
                # Since 0.64.0 the captured after their count, people only (_THINGS_TOO):
                # "huit autres capturés", "two soldiers captured".
                r"capturée?s?|captured|"
                # Since 0.58.0 "Several others were missing", "three soldiers went
                # missing", "are still missing".
                r"missing(?=\s*[,.;:)]|\s*$|\s+(?:after|since|following|in|near|on|during|"
                r"and|as|according|when|for)\b)|"
                r"taken\s+prisoner|"
                # Since 0.64.0 combatants captured, after their count (people only,
                # _THINGS_TOO): "Seventeen assailants were killed and six others
                # captured", "quatre autres ont été capturés".
                r"captured|capturée?s?|"
                # Since 0.26.0.
                r"séquestrée?s?|held\s+hostage|taken\s+captive|"
                # Since 0.59.0 the missing as a noun in a toll: "une dizaine de morts et
                # plusieurs disparus" (plural only: "a disparu" tells of no count).
                r"disparue?s|"
                # Since 0.64.0 the missing not found: "Plusieurs femmes et enfants restent
                # introuvables" (plural only, as "disparus").
                r"introuvables|"
                # Since 0.61.0 the missing of a force: "Neuf militaires manquent à
                # l'appel", "Five soldiers remain unaccounted for".
                r"manquent\s+(?:toujours\s+|encore\s+)?à\s+l['’]appel|unaccounted\s+for",
    "arrested": r"arrêtée?s?|interpellée?s?|appréhendée?s?|arrested|detained|"
                # Since 0.26.0: "écroués", "gardés à vue", "jailed", "rounded up".
                r"écrouée?s?|incarcérée?s?|placée?s?\s+en\s+garde\s+à\s+vue|gardée?s?\s+à\s+vue|"
                r"jailed|apprehended|taken\s+into\s+custody|rounded\s+up|"
                # Since 0.59.0: "Quatre officiers ont été mis aux arrêts", "placed under
                # arrest", "placés sous mandat de dépôt".
                r"mise?s?\s+aux\s+arrêts|placed\s+under\s+arrest|"
                r"placée?s?\s+sous\s+mandat\s+de\s+dépôt",
    # Since 0.11.0 the people a release frees (codebook, RETREAT release: abducted for
    # hostages, arrested for detainees, as _DETAINED tells in find_casualties).
    "freed": r"libérée?s?|relâchée?s?|freed|released|"
             # Since 0.26.0.
             r"remise?s?\s+en\s+liberté|set\s+free|"
             # Since 0.58.0 the freed as the subject of regaining freedom: "Sept militants
             # détenus à Bamako ont recouvré la liberté", "have regained their freedom".
             r"recouvré\s+(?:la|leur)\s+liberté|regained\s+(?:their\s+)?freedom",
}  # fmt: skip
#: The part of a counted whole: "Deux des trois", "l'un des cinq", "le plus âgé des trois".
#: Since 0.59.0 a compound number word whole ("Dix-sept des vingt-deux": 17, was 7).
#: Since 0.59.0 the English "Twenty of the 50 women", "four of seven aid workers".
_PARTITIVE = gated(re.compile(r"(?P<part>[\w'’À-ÿ-]+)\s+(?:des|of(?:\s+the)?)\s+$", re.IGNORECASE))
#: What joins a part to its whole, after the part's figure (since 0.59.0).
_PARTITIVE_JOIN = re.compile(r"\s+(?:des|of(?:\s+the)?)\s+", re.IGNORECASE)
#: A participle of the capture inside a whole a release takes a part of: "Vingt des 50
#: femmes enlevées ont été libérées" (since 0.59.0).
_CAPTURED = re.compile(
    r"\b(?:enlevé|kidnapp|abduct|capturé|captured|séquestré|interpellé|arrêté|arrested|detained)",
    re.IGNORECASE,
)
_ONE_OF = frozenset(
    {"un", "une", "âgé", "âgée", "jeune", "aîné", "aînée", "cadet", "aucun", "aucune",
     "chacun", "chacune", "premier", "première", "dernier", "dernière"}
)  # fmt: skip
#: Who is freed when a count of released people names detainees rather than hostages.
_DETAINED = re.compile(
    r"détenu|prisonnier|militant|manifestant|opposant|journaliste|detainee|prisoner|"
    r"activist|protester|journalist|"
    # Since 0.63.0 suspects, whom only authorities hold: "Sept suspects ont été libérés
    # faute de preuves" (arrested, not abducted).
    r"suspect|"
    # Since 0.14.0 an arrest told between the count and its release: "Trois responsables,
    # interpellés lors de la dispersion, ont été libérés".
    r"interpellé|arrêté|gardés?\s+à\s+vue|arrested|detained",
    re.IGNORECASE,
)
#: What may stand between an act's noun and its "de": "l'enlèvement, le 9 octobre, de
#: deux transporteurs" (since 0.15.0). Since 0.68.0 the act's agent too, which the press
#: puts before the people it befell: "l'interpellation par des militaires d'une
#: quinzaine de commerçants", "l'enlèvement par des hommes armés de trois enseignants",
#: "the arrest by police of twelve traders".
_ASIDE = r"(?:\s+(?:(?:par|by)\s+[^,.;:()]{1,40}?\s+)?|,\s+[^,.;:]{1,30},\s+)"
#: Since 0.12.0 also the nouns of the act before its count ("la mort de plusieurs
#: commerçants", "l'enlèvement de deux femmes") and "a coûté la vie à sept civils".
_KIND_VERBS = {
    "killed": r"tuant|tué|faisant|fait|neutralisé|neutralisant|abattu|abattant|killing|leaving|"
    # Since 0.15.0: "a permis de neutraliser une dizaine de terroristes".
    r"neutraliser|"
    # Since 0.58.0: "avoir mis hors d'état de nuire une cinquantaine d'assaillants".
    r"mis\s+hors\s+d['’]état\s+de\s+nuire|"
    r"exécuté|exécutant|executed|executing|"
    r"killed|neutrali[sz]ed|neutrali[sz]ing|"
    # Since 0.64.0 the English infinitive, as "neutraliser": "made it possible to
    # neutralise fifteen terrorists".
    r"(?<=to\s)neutrali[sz]e|coûté\s+la\s+vie\s+à|claimed\s+the\s+lives\s+of|"
    # Since 0.63.0 the other tenses and verbs of the lives an act took: "claiming the
    # lives of nine civilians", "cost the lives of four soldiers", "coûtant la vie à
    # sept passagers", "a ôté la vie à deux enfants".
    r"(?:claiming|claims|cost|costing|costs|took|taking)\s+the\s+lives\s+of|"
    r"coûtant\s+la\s+vie\s+à|(?:ôté|ôtant)\s+la\s+vie\s+à|"
    # Since 0.19.0: "have shot dead at least 18 civilians".
    r"shot\s+dead|shooting\s+dead|murdered|murdering|"
    rf"(?:la\s+)?mort\s+d[e'’]|(?:l['’])?assassinat{_ASIDE}d[e'’]|the\s+killing{_ASIDE}of|the\s+deaths?\s+of|"
    # Since 0.56.0 the dead a side mourns or finds: "déplore la perte de quatre soldats",
    # "the loss of four soldiers", "the bodies of nine herders", "les corps de sept".
    r"(?:la\s+)?perte\s+d[e'’]|the\s+loss\s+of|the\s+bodies\s+of|(?:les\s+)?corps\s+d[e'’]|"
    # Since 0.61.0 "les corps sans vie de sept hommes", "the lifeless bodies of".
    r"(?:les\s+)?corps\s+sans\s+vie\s+d[e'’]|the\s+lifeless\s+bodies\s+of|"
    r"(?:les\s+)?dépouilles\s+d[e'’]|"
    # Since 0.59.0 the dead a witness buried: "Nous avons enterré dimanche quatorze
    # personnes", "helped bury 40 people".
    r"enterré|enterrant|inhumé|inhumant|buried|burying|bury|enterrer|inhumer|"
    # Since 0.13.0: "le meurtre de trois commerçants", "the murder of two herders".
    rf"(?:le\s+)?meurtre{_ASIDE}d[e'’]|(?:l['’])?exécution{_ASIDE}d[e'’]|"
    r"the\s+(?:murder|execution)\s+of|"
    # Since 0.26.0.
    r"massacrant|massacré|massacring|massacred|égorgeant|égorgé|slaughtering|slaughtered",
    "injured": r"blessant|blessé|wounding|injuring|wounded|injured",
    "abducted": r"enlevant|enlevé|kidnappant|abducting|kidnapping|abducted|kidnapped|snatched|"
    # Since 0.59.0 the hostage-taking before its count: "ont pris en otage une
    # quarantaine de passagers", "took hostage 15 passengers".
    r"pris\s+en\s+otages?|prenant\s+en\s+otages?|took\s+hostage|taking\s+hostage|"
    # Since 0.19.0 captured combatants (codebook: abducted), people only (_THINGS_TOO).
    r"captured|capturing|capturé|capturant|"
    # Since 0.58.0 "seized two aid workers" (people only, _THINGS_TOO).
    r"seized|seizing|"
    # Since 0.63.0 the people led off, before their count (people only, _THINGS_TOO):
    # "ont emmené six fidèles", "took away several of their drivers".
    r"emmené|emmenant|took\s+away|taking\s+away|led\s+away|carried\s+off|"
    rf"(?:l['’])?enlèvement{_ASIDE}d[e'’]|(?:le\s+)?rapt{_ASIDE}d[e'’]|"
    rf"the\s+(?:abduction|kidnapping){_ASIDE}of",
    # Since 0.12.0 the participles too: "une patrouille a interpellé trois individus".
    "arrested": r"arrêtant|interpellant|appréhendant|arrêté|interpellé|appréhendé|arresting|"
    r"arrested|"
    # Since 0.19.0 "detained about 20 others" and the nouns of the act: "l'interpellation
    # de six suspects", "the arrest of several army officers".
    r"detained|detaining|"
    rf"(?:l['’])?(?:interpellation|arrestation){_ASIDE}d[e'’]|the\s+(?:arrest|detention){_ASIDE}of|"
    # Since 0.26.0.
    r"écroué|incarcéré|jailing|jailed",
    # Since 0.58.0 the people a release frees, after its verb: "released five former
    # ministers", "a relâché deux femmes" (people only, see _FREED_VERB).
    "freed": r"libéré|libérant|relâché|relâchant|freed|freeing|released|releasing",
}
#: The beginnings of the release verbs above, one of which every match holds (lower case).
_FREED_WORDS = ("libér", "relâch", "free", "releas")
#: A word of release (since 0.60.0 one pattern, which arguments.py reads too; a word's
#: beginning only, so that "délibéré" frees no one).
RELEASE_WORD = re.compile(r"\b(?:libér|relâch|en\s+liberté|free|releas)", re.IGNORECASE)
_NUMBER = r"\d{1,3}(?:[\u00a0\u202f .,]\d{3})*|\d+|" + _NUMBER_WORDS
_QUALIFIER = (
    r"(?P<qual>au\s+moins|plus\s+de|près\s+de|environ|quelque|pas\s+moins\s+de|"
    r"at\s+least|more\s+than|over|nearly|about|around|some|approximately|"
    # Since 0.59.0 more of the words of an estimate and a bound: "roughly 30", "an
    # estimated 50", "à peu près 20", "no fewer than 30", "well over 100", "up to 50".
    r"roughly|almost|an\s+estimated|estimated|up\s+to|upwards\s+of|well\s+over|"
    r"no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|à\s+peu\s+près|presque|"
    r"approximativement|quasiment|autour\s+d['’]?e?|jusqu['’]à|"
    # Since 0.62.0: "close to 100 villagers", "aux alentours de 50".
    r"close\s+to|aux\s+alentours\s+de|"
    # Since 0.56.0 elided before a vowel: "plus d'une dizaine de soldats".
    r"plus\s+d['’](?=une?\s)|près\s+d['’](?=une?\s)|"
    # Since 0.63.0 "pas moins d'une quarantaine de civils" (at least 40, was about 40).
    r"pas\s+moins\s+d['’](?=une?\s))(?:(?<=['’])|\s+)"
)
_VAGUE = (
    r"(?P<vague>des\s+dizaines\s+d[e']\s*|des\s+centaines\s+d[e']\s*|"
    r"plusieurs\s+dizaines\s+d[e']\s*|plusieurs\s+centaines\s+d[e']\s*|"
    # Since 0.21.0 "quelques dizaines de", "several dozen", "a few hundred": tens or
    # hundreds, not a few.
    r"quelques\s+(?:dizaines|centaines)\s+d[e']\s*|"
    r"(?:several|a\s+few)\s+(?:dozen|hundred)\s+(?:of\s+)?|"
    # Since 0.63.0 with an adjective of size: "une bonne dizaine de soldats" (about 10,
    # was one).
    r"une?\s+(?:bonne\s+|petite\s+|grosse\s+)?(?P<approx>" + "|".join(_APPROX) + r")\s+d[e']\s*|"
    # Since 0.63.0 the French "deux douzaines de villageois" (24, was two).
    r"(?P<dozen>(?:a|half\s+a|two|three|four)\s+dozen\s+(?:or\s+so\s+)?(?:of\s+)?|"
    r"(?:deux|trois|quatre)\s+douzaines\s+d[e'’]\s*)|dozens\s+(?:of\s+)?|hundreds\s+(?:of\s+)?|several\s+|plusieurs\s+|quelques\s+|many\s+|"
    r"scores\s+of\s+|"
    # Since 0.63.0 "a score of" (about twenty, as "une vingtaine") and "tens of" (as
    # "des dizaines"): "A score of others were wounded", "tens of villagers were killed".
    r"(?P<score>a\s+score\s+of\s+)|tens\s+of\s+|"
    # Since 0.62.0 more of them after a first count: "30 civilians were killed and
    # scores more injured", "dozens more were wounded".
    r"(?:dozens|scores|hundreds|many)\s+more\s+|"
    # Since 0.62.0 "a handful of", "a few": 2-9 ("killed a handful of fighters"); not
    # "a few days", "a few kilometres from".
    r"a\s+handful\s+of\s+|a\s+few\s+(?!(?:days?|weeks?|months?|hours?|minutes?|years?|"
    r"kilomet\w+|km|miles?|met\w+|times?|dozen|hundred|thousand)\b)|"
    r"de\s+nombreu(?:x|ses)\s+)"
)
#: A time word between the verb and its count: "ont enlevé mardi une dizaine de passagers"
#: (since 0.15.0 also "ce mercredi après-midi"), then a determiner before the count
#: ("tuant ses trois occupants").
_WHEN = (
    r"(?:(?:(?:on\s+|ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)(?:\s+(?:soir|matin|"
    r"après-midi|night|morning|afternoon|evening))?)\s+)?"
    # Since 0.19.0 "L'explosion a tué sur le coup quatre soldats".
    r"(?:(?:sur\s+le\s+coup|sur\s+place|on\s+the\s+spot)\s+)?"
    # Since 0.68.0 the delay after an earlier act, before the object of the later one:
    # "ont arrêté puis relâché quelques heures plus tard trois commerçants", "a libéré le
    # lendemain deux otages", "freed two days later four hostages".
    r"(?:(?:(?:quelques|plusieurs|deux|trois|\d+|a\s+few|several|two|three)\s+"
    r"(?:heures|jours|semaines|hours|days|weeks)\s+(?:plus\s+tard|later)|"
    r"le\s+lendemain|peu\s+après|peu\s+de\s+temps\s+après|shortly\s+afterwards?)\s+)?"
    # Since 0.56.0 how badly, after the French verb: "blessant légèrement deux passagers".
    r"(?:(?:grièvement|légèrement|gravement|mortellement|sérieusement|sommairement|"
    r"summarily)\s+)?"
    r"(?:(?:ses|leurs|les|its|their|the)\s+(?=\d|" + _WORD + r"\b))?"
)
#: Since 0.25.0 the digits an army communiqué repeats in brackets: "sept (07) individus",
#: "Trois (03) soldats".
_BRACKETED_DIGITS = r"(?:\s*\(\d{1,4}\))?"
#: Since 0.59.0 a range opened by "entre", "between" ("tuant entre 10 et 15 civils",
#: "Between 20 and 30 villagers were killed"), whose second figure may be written in
#: words ("dix à douze morts"): the first figure alone was the count, or none.
_COUNT = (
    rf"(?:{_QUALIFIER})?(?:{_VAGUE}|(?:(?P<between>entre|between)\s+)?"
    # Since 0.62.0 "a hundred", "a thousand": "Nearly a hundred people were killed" (was
    # "hundred people", exact, its qualifier lost).
    rf"(?P<n>{_NUMBER}|a\s+(?:hundred|thousand)(?:[\s-]+(?:and[\s-]+)?{_WORD})*)"
    rf"{_BRACKETED_DIGITS}"
    rf"(?:\s*(?:-|–)\s*(?P<n2>\d+)|\s*(?:à|to|(?(between)(?:et|and)|et))\s*"
    rf"(?P<n3>\d+|{_NUMBER_WORDS}))?\s+)"
)
# Up to three words of the counted noun phrase: never a conjunction, a number, an
# auxiliary or an outcome word (so "trois morts et quatre blessés" is two counts).
# Since 0.15.0 nor "puis"/"then": "à l'ombre d'un caïlcédrat puis exécutés" counts no one.
_STOP = (
    r"(?:et|and|ou|or|puis|then|ont|a|auraient|aurait|avaient|sont|seraient|were|was|have|had|"
    # Since 0.61.0 "avait": "l'attaque d'un autre bateau avait fait plusieurs dizaines de
    # morts" is no count of one boat.
    r"avait|"
    # Since 0.42.0 "que", "that": a clause of its own opens ("Plusieurs témoins
    # assurent que les otages ont été libérés": the witnesses are no count).
    r"been|que|qu|that)"
)
# Up to eight words ("trois volontaires pour la défense de la patrie"); never across a
# comma, and the shortest phrase that reaches an outcome word wins.
# Since 0.14.0 a word may be an acronym in brackets ("Trois volontaires pour la défense
# de la patrie (VDP) ont perdu la vie"), left out of the span.
# The scanned patterns are case-blind and written in lower-case letters only (casescan
# scans them on the lower-cased text): "[a-z]" stands for any letter, "monday" for
# "Monday".
# Since 0.24.0 "et" may join a second noun under the same quantifier ("une trentaine de
# soldats *et de* supplétifs civils de l'armée"): one count, as "et" before a number is two.
# Since 0.46.1 "et" or "and" may join a bare second noun too ("Au moins quinze soldats
# et supplétifs ont été tués", "15 soldiers and volunteer fighters were killed"): one
# count, as a number or a determiner after it opens another.
_OUTCOMES = "|".join([*_KIND_WORDS.values(), *_KIND_VERBS.values()])
_NOUN = (
    rf"(?:(?:et\s+(?=d(?:e\s|['’])))|(?:(?:et|and)\s+(?=(?!(?:{_STOP}|{_WORD}|de|des|du|d|"
    r"les?|la|l|the|their|his|her|its|leurs?|son|sa|ses|a|an|one|"
    # Nor a count of its own: "et plusieurs civils", "and dozens of civilians".
    r"plusieurs|quelques|nombreu\w*|dizaines|centaines|several|dozens|hundreds|scores|many|some|"
    r"few|about|around|over|nearly|more|at|au|près|environ|plus|pas)\b)"
    # Nor an outcome: "killed 34 soldiers and wounded 14 others" is two acts.
    rf"(?!(?:{_OUTCOMES})(?!\w))"
    # Since 0.58.0 nor a verb before its infinitive: "reconnu la perte de huit militaires
    # et affirmé avoir neutralisé dix assaillants" counts the eight alone.
    r"(?![a-zà-ÿ]+\s+(?:avoir|être)\b)[a-zà-ÿ]))|"
    # Since 0.67.0 the English article after a preposition is a word of the phrase, not
    # the French auxiliary: "Three civilians travelling in a donkey cart were killed",
    # "Four traders returning from a market in Gao were abducted".
    r"(?!(?!(?:"
    + "|".join(
        rf"(?<=\b{w}\s)"
        for w in ("in", "at", "near", "from", "with", "into", "inside", "outside", "aboard")
    )
    + r")an?\b)"
    # Since 0.56.0 no lone dash: "Dori, 4 décembre 2026 - Des dizaines de civils" is no
    # count of 2026 (the dateline's year) but the count after it.
    rf"(?:{_STOP}|{_WORD})\b|\d|[-–—]\s"
    # Since 0.67.0 nor a round figure of its own: "un bilan d'une dizaine de morts" is
    # about ten dead, not one "bilan" (as "un bilan de 12 morts" is twelve).
    r"|d['’]une?\s+(?:bonne\s+|petite\s+)?(?:" + "|".join(_APPROX) + r")\b)"
    # Since 0.59.0 the militia's name is one word of the phrase: "Une vingtaine de
    # militaires et de volontaires pour la défense de la patrie (VDP)".
    # Since 0.61.0 an age is part of the phrase: "Un adolescent âgé de 15 ans a été tué",
    # "un commerçant de 40 ans", "a man aged 60" (the age is no count of its own).
    r"(?:(?:âgée?s?\s+)?de\s+\d{1,3}(?:\s*(?:et|à|-)\s*\d{1,3})?\s+ans|"
    r"aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:and|to|-)\s*\d{1,3})?|"
    r"pour\s+la\s+défense\s+de\s+la\s+patrie|[\w'’-]+[\"”]?|\([a-z][\w-]{1,9}\))\s+)"
    r"{0,8}?"
)
#: How badly: "grièvement blessés".
_HOW = r"grièvement|légèrement|gravement|mortellement|seriously|critically|slightly|badly"
_BRACKETED_END = re.compile(r"\s*\([A-Z][\w-]{1,9}\)$")
_AUX = (
    # Since 0.17.0 the pronoun "y" before the auxiliary ("Trois civils y ont été tués")
    # stays out of the span.
    # Since 0.59.0 the singular English auxiliaries: "One soldier was killed and four
    # others were wounded", "one has been abducted".
    # Since 0.61.0 "avait" too, now a word no noun phrase holds ("un étudiant avait trouvé
    # la mort", "un éleveur avait été emmené").
    r"(?P<aux>(?:y\s+)?(?:(?:ont|auraient|avaient|avait|sont|seraient|aurait|a|have|had|were|are|"
    r"was|has)\s+"
    # Since 0.59.0 the dead found or confirmed: "ont été retrouvés morts", "were
    # confirmed dead", "were found dead".
    # Since 0.63.0 "trouvés" as "retrouvés", and when they were found: "Neuf civils ont
    # été trouvés sans vie", "Two of them were later found dead", "ont par la suite été
    # retrouvés morts"; and "now", "désormais": "Five soldiers have now been killed",
    # "Cinq soldats ont désormais été tués".
    r"(?:(?:été|reportedly|also|been|déjà|également|alors|aussi|ainsi|(?:re)?trouvée?s?|found|"
    # Since 0.66.0 a second act's count told with "par ailleurs", "en outre": "Deux
    # bergers ont par ailleurs été emmenés".
    r"confirmed|later|subsequently|ensuite|par\s+la\s+suite|plus\s+tard|now|désormais|"
    r"par\s+ailleurs|en\s+outre)\s+){1,3}|"
    r"were\s+|was\s+|"
    # Since 0.11.0 "ont trouvé la mort", "ont péri", "sont morts": no "été".
    r"(?:ont|auraient|avaient|avait|aurait|a|sont|seraient|est|était|étaient|serait)\s+"
    # Since 0.58.0 "sont toujours portés disparus".
    r"(?:(?:toujours|encore)\s+(?=portée?s?\s+disparu|introuvables))?"
    r"(?=trouvé\s+la\s+mort|péri|perdu\s+la\s+vie|laissé\s+la\s+vie|morte?s?\b|"
    r"décédée?s?\b|tombée?s?\b|"
    # Since 0.64.0 "seraient toujours introuvables".
    r"introuvables|portée?s?\s+disparu|succombé|recouvré\s+(?:la|leur)\s+liberté)|"
    # Since 0.63.0 the toll told as a belief or a report: "More than 100 people are
    # believed to have been killed", "30 are feared to have died", "were reported to have
    # been abducted".
    r"(?:are|were|is|was)\s+(?:(?:now|also|still)\s+)?(?:believed|feared|reported|thought|"
    r"said|presumed|understood|confirmed|known)\s+to\s+have\s+(?:been\s+)?|"
    # Since 0.58.0 the missing: "three soldiers went missing", "are still missing".
    r"(?:are|remain|remained|went|have\s+gone|had\s+gone|were)\s+(?:still\s+)?"
    r"(?=missing\b|unaccounted\s+for)|"
    # Since 0.60.0 the people kept in hospital: "restent hospitalisées", "sont toujours
    # hospitalisés", "remain hospitalised".
    r"(?:restent|demeurent|sont|étaient|remain|are|were)\s+(?:toujours\s+|encore\s+|still\s+)?"
    r"(?=hospitali|in\s+hospital|à\s+l['’]hôpital)|"
    # Since 0.58.0: "five hostages have regained their freedom".
    r"(?:have|had)\s+(?=regained\s+(?:their\s+)?freedom)|"
    # Since 0.59.0: "Two soldiers have succumbed", "ont été retrouvés sans vie".
    # Since 0.63.0 "have died": "Twenty-three people have now died after the attack".
    r"(?:have|had|has)\s+(?:later\s+|since\s+|now\s+)?(?=succumbed|died\b)))"
)
#: An apposition between the count and its outcome: "Cinq civils, dont un conseiller
#: villageois, ont été tués" (the count is the five, the span stops before it); since
#: 0.15.0 "Eleven people, including four drivers, were killed".
_APPOSITION = (
    r"(?:(?P<last>[\w'’-]+)(?P<appos>,\s+"
    r"(?:(?:dont|including|among\s+them)\s+[^,.;:]{1,60}"
    # Since 0.19.0 any short aside without a word of outcome: "dix combattants, soldats
    # et VDP confondus, sont tombés".
    r"|(?![^,.;:]*?\b(?:tu|bless|enlev|mort|kill|wound))[^,.;:]{1,40})"
    r",\s+"
    # Since 0.58.0 a relative clause without a word of outcome, of a toll or of saying,
    # nor a number: "Trois bergers qui ont fui vers la brousse ont été tués", "Three
    # herders who were grazing their cattle were killed" (the span stops before it); not
    # "plusieurs tirs d'obus qui ont fait deux blessés".
    r"|\s+(?:qui|who)(?:\s+(?!(?:tu|bless|enlev|mort|kill|wound|injur|abduct|kidnap|"
    r"said|says|told|saw|affirm|rapport|fai[ts]|caus|coût|left|plusieurs|several|"
    rf"{_WORD}\b|\d))[\w'’-]+){{1,8}}?,?\s+"
    r"))?"
)
_ANY_KIND = re.compile(r"(?<!\w)(?:" + "|".join(_KIND_WORDS.values()) + r")(?!\w)", re.IGNORECASE)
#: One word of a count's outcome, whole ("died", "killed", "tués"), for the stages that
#: look for it token by token where no parse is had (contrastacts, since 0.64.0).
OUTCOME_WORD = re.compile(r"(?:" + "|".join(_KIND_WORDS.values()) + r")", re.IGNORECASE)
#: The first of two coordinated counts, with its qualifier: "au moins douze soldats et
#: trois civils" (since 0.28.0 the first count keeps its "au moins").
#: Since 0.59.0 the first count may have an aside before the conjunction ("Onze
#: militaires, dont un colonel, et deux civils": the span stops before the comma), and
#: the second count may open with a quote ("Au moins sept dozos et « plusieurs
#: assaillants »").
_COORDINATED = gated(
    re.compile(
        rf"(?<!\w)(?:{_QUALIFIER})?(?P<n>{_NUMBER})\s+{_NOUN}"
        r"(?:(?P<cut>[\w'’-]+),\s+(?:dont|including|among\s+them|parmi\s+(?:eux|elles|lesquels))"
        r"\s+[^,.;:]{1,60},\s+)?(?:et|and)\s+(?:[«\"“]\s*)?$",
        re.IGNORECASE,
    )
)
#: The conjunction (and an opening quote) at the end of a first coordinated count.
_COORDINATED_TAIL = re.compile(r"\s*(?:et|and)\s*(?:[«\"“]\s*)?$", re.IGNORECASE)


#: Whose people a counted noun names (the codebook's casualty_side), for the nouns that
#: say it; coordinated counts of two different sides are two counts ("Vingt militaires
#: et un civil": 20 state-forces, 1 civilian), of one side one ("Vingt civils et un chef
#: de village": 21).
_SIDES = (
    ("civilians", r"civil|habitant|villageois|passag|enfant|femme|fidèle|commerçant|chefs?\s+de"
     r"\s+village|élève|enseignant|personne|infirmi|médecin|humanitaire|journaliste|berger|"
     r"éleveur|orpailleur|chauffeur|transporteur|pêcheur|catéchiste|prêtre|imam|people|"
     r"resident|villager|passenger|children|child|women|woman|worshipper|trader|teacher|"
     r"pupil|student|nurse|doctor|aid\s+worker|journalist|herder|driver|fisherm|"
     # Since 0.61.0 more of the civilians a toll names: "trois vieillards ont été
     # abattus", "neuf femmes et un garçon" (10), "two farmers", "a teenage boy".
     r"vieillard|garçon|fillette|adolescent|agriculteur|cultivateur|paysan|boy|girl|"
     r"teenager|elder|farmer"),
    ("state-forces", r"soldat|militaire|gendarme|policier|douanier|garde|vdp|volontaire|"
     r"supplétif|agent|soldier|troop|police|officer|army|guard"),
    ("non-state-armed", r"terroriste|assaillant|jihadiste|djihadiste|combattant|insurgé|"
     r"attacker|jihadist|fighter|insurgent|militant|gunm[ae]n"),
    ("external-forces", r"casques?\s+bleus?|peacekeeper"),
)  # fmt: skip
_SIDE_PATTERNS = [(side, re.compile(rf"\b(?:{words})", re.IGNORECASE)) for side, words in _SIDES]


def side_of(noun: str) -> str | None:
    """The side the first side-telling word of a counted noun phrase names, or None."""
    found = [(m.start(), side) for side, p in _SIDE_PATTERNS if (m := p.search(noun))]
    return min(found)[1] if found else None


#: Since 0.58.0 the state's auxiliaries, a militia under its command (VDP, supplétifs):
#: the side of the soldiers, but an actor of their own whose losses the press gives apart
#: ("sept soldats et trois VDP ont été tués": 7 and 3, as the corpus's writers count them,
#: so that the army's and the militia's losses stay comparable with ACLED's actors).
_AUXILIARIES = re.compile(
    r"\b(?:vdp|volontaires?|supplétifs?|volunteers?|auxiliar(?:y|ies))\b", re.IGNORECASE
)


def _apart(first: str, second: str) -> bool:
    """Whether two coordinated counted noun phrases are two counts: of two sides, or of
    the soldiers and the state's auxiliaries (both state-forces, two actors)."""
    one, other = side_of(first), side_of(second)
    if one is None or other is None:
        return False
    if one != other:
        return True
    return one == "state-forces" and bool(_AUXILIARIES.search(first)) != bool(
        _AUXILIARIES.search(second)
    )


@dataclass(frozen=True)
class Casualty:
    """A casualty count span and its attributes."""

    start: int
    end: int
    text: str
    kind: str
    qualifier: str
    count: str | None  # "12", "10-15", or None when vague


def _number(word: str) -> int | None:
    word = word.lower().strip()
    if word.startswith("a "):
        word = "one " + word[2:]  # "a hundred" (since 0.62.0)
    digits = re.sub(r"[\u00a0\u202f .,]", "", word)
    if digits.isdigit():
        return int(digits)
    for language in ("fr", "en"):
        try:
            return int(text2num(word, language))
        except ValueError:
            continue
    return None


# "12 soldats tués", "au moins 30 morts", "une dizaine de civils enlevés"; the span
# stops before an auxiliary ("Au moins douze soldats | ont été tués"). One pattern for
# every kind (the outcome word's group names it): the text is scanned once, not once a
# kind, which is most of the time this module takes.
# Since 0.19.0 a counted phrase in quotes before its auxiliary ("« plusieurs terroristes »
# ont été neutralisés"; since 0.31.0 in English quotes too, '"several dozen terrorists"
# had been killed'), and an outcome set off by commas ("Sept autres VDP, grièvement
# blessés, ont été évacués"): the span stops before the quote or the comma.
_COUNTED = re.compile(
    rf"(?<!\w){_COUNT}(?P<noun>{_NOUN})(?P<quote>»\s+)?{_APPOSITION}"
    # Since 0.59.0 how badly, after the auxiliary: "Trois soldats ont été grièvement
    # blessés", "several gendarmes were seriously wounded".
    # Since 0.62.0 for how long: "Two aid workers had been briefly detained".
    rf"(?:{_AUX}(?:(?:{_HOW}|sérieusement|fatally|brièvement|briefly|temporairement|"
    r"temporarily|later|subsequently|ultérieurement|finalement)\s+)?|"
    rf"(?P<lastc>[\w'’-]+)(?P<comma>,\s+(?:(?:{_HOW})\s+)?))?"
    # Since 0.64.0 the outcome word in quotes, as the press cites an army's word: "were
    # \"neutralised\"", "ont été « neutralisés »".
    r"(?:(?<=\s)[«\"“]\s*)?"
    # Since 0.64.0 a participle of how, joined to the outcome: "Two soldiers were shot
    # and killed", "ont été frappés et blessés" (not an outcome word itself: "were
    # kidnapped and killed" stays the abduction).
    rf"(?:(?<=\s)(?!(?:{_OUTCOMES})(?!\w))(?:shot|beaten|hit|struck|[a-z]+ed|[a-zà-ÿ]+ée?s?)"
    r"\s+(?:and|et)\s+)?"
    r"(?:" + "|".join(rf"(?P<k_{k}>{w})" for k, w in _KIND_WORDS.items()) + r")(?!\w)"
    r"(?(comma)(?=\s*,))",
    re.IGNORECASE,
)
#: Since 0.19.0 a bare count after a verb of outcome, the noun left to the sentence before:
#: "killing three passengers and wounding eight", "en tuant deux, selon la même source".
_BARE_VERBS = {
    "killed": r"tuant|tué|killing|killed|abattant|neutralisant|neutralisé",
    "injured": r"blessant|blessé|wounding|wounded|injuring|injured",
    # Since 0.67.0 the people taken or arrested, as the dead and the wounded: "Des hommes
    # armés ont enlevé une dizaine, selon le maire", "Gunmen abducted about a dozen",
    # "Police arrested dozens, a union said" (not "seized", "captured": things too).
    "abducted": r"enlevant|enlevé|kidnappant|abducting|abducted|kidnapping|kidnapped",
    "arrested": r"interpellant|interpellé|arrêtant|arrested|arresting|detained|detaining",
}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [("", _COUNTED)]
#: A verb of outcome right before a count: the count is its object.
_OBJECT_OF_VERB = re.compile(
    r"(?<!\w)(?:" + "|".join(_KIND_VERBS.values()) + rf")\s+{_WHEN}(?:{_QUALIFIER})?$",
    re.IGNORECASE,
)
#: A second count joined to a verb's count: the rest of the first noun phrase (a few
#: words, no comma), the conjunction, then the count, its partitive and its noun.
_AND_MORE = re.compile(
    # Since 0.63.0 the rest holds no figure nor lone dash: "killed nine people - seven
    # soldiers and two civilians -" is a toll and its breakdown, not 9 + 2.
    rf"(?P<rest>(?:\s+(?!{_STOP}\b|{_WORD}\b|\d|[-–—](?!\w))[\w'’-]+){{0,6}}?)(?:\s*,)?\s+"
    r"(?:et|ainsi\s+que|de\s+même\s+que|and|as\s+well\s+as|along\s+with)\s+"
    # Since 0.56.0 the preposition repeated: "a coûté la vie à cinq soldats et à deux
    # civils".
    r"(?:à\s+|to\s+)?"
    # Since 0.63.0 a possessive before the count: "an imam and his two brothers", "le
    # maire et ses trois gardes".
    rf"(?P<span>(?:(?:ses|leurs|his|her|their)\s+)?(?:{_QUALIFIER})?(?P<n>{_NUMBER})\s+"
    r"(?:de\s+(?:ses|leurs)\s+|d['’]entre\s+eux\s+|of\s+(?:his|her|its|their|them)\s+)?"
    rf"(?!{_STOP}\b)[\w'’-]+)(?!\w)",
    re.IGNORECASE,
)
#: Singular English nouns of one person.
_ONE_PERSON_NOUNS = (
    r"(?:man|woman|boy|girl|child|person|worker|nurse|"
    r"doctor|teacher|student|pupil|trader|merchant|herder|farmer|driver|journalist|priest|"
    r"pastor|imam|chief|leader|official|mayor|councillor|soldier|officer|policeman|"
    r"gendarme|guard|civilian|villager|resident|engineer|employee|national|missionary|"
    r"tourist|volunteer|"
    # Since 0.64.0 the English roles a pair names people by (_PAIR_NOUNS), and more of
    # the trades and kin one victim is told by: "A young shepherd was shot dead".
    r"assistant|apprentice|passenger|son|brother|wife|husband|father|mother|colleague|"
    r"companion|miner|fisherman|shepherd|baby|pastor|catechist|elder)"
)
#: Since 0.15.0 one person an English verb of outcome names with "a": "gunmen abducted a
#: local aid worker", "shooting dead a security guard" (the French "un" is a number word).
_ONE_PERSON_EN = re.compile(
    r"(?<!\w)(?:(?P<k_killed>killed|killing|shot\s+dead|shooting\s+dead|murdered|executed)|"
    r"(?P<k_injured>wounded|wounding|injured|injuring)|"
    r"(?P<k_abducted>abducted|abducting|kidnapped|kidnapping|snatched|seized)|"
    r"(?P<k_arrested>arrested|arresting|detained))\s+"
    + _WHEN
    + r"(?P<span>an?\s+(?:[\w-]+\s+){0,2}?"
    + _ONE_PERSON_NOUNS
    + r")(?!\w)",
    re.IGNORECASE,
)
#: The words one of which every match of the four English patterns of one person holds
#: (a verb of outcome, or the auxiliary of a passive), in lower case.
_EN_ONE_PERSON_WORDS = (
    "killed", "killing", "shot", "shooting", "murdered", "executed", "wounded", "wounding",
    "injured", "injuring", "abducted", "abducting", "kidnapped", "kidnapping", "snatched",
    "seized", "arrested", "arresting", "detained", "was", "been",
)  # fmt: skip
#: Since 0.61.0 a count joined to one more person named with "a" before a passive of
#: outcome: "Five gendarmes and a civilian were killed", "12 soldiers and a volunteer
#: fighter were wounded" (the French "un" is a number word, which _COORDINATED reads).
_AND_ONE_EN = re.compile(
    rf"(?<!\w)(?P<first>(?:{_QUALIFIER})?(?P<n>\d+|{_NUMBER_WORDS})\s+"
    r"(?:[a-z-]+\s+)?[a-z-]+)\s+and\s+"
    rf"(?P<one>an?\s+(?:[\w-]+\s+)?{_ONE_PERSON_NOUNS}(?:\s+fighter)?)"
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:(?:reportedly|also|seriously|slightly)\s+)?"
    r"(?:(?P<k_killed>killed|shot\s+dead|murdered|executed)|(?P<k_injured>wounded|injured|hurt)|"
    r"(?P<k_abducted>abducted|kidnapped))(?!\w)",
    re.IGNORECASE,
)
#: Since 0.25.0 the same person as the passive subject: "a nurse was shot dead", "An aid
#: worker has been kidnapped".
_ONE_PERSON_EN_PASSIVE = re.compile(
    r"(?<!\w)(?P<span>an?\s+(?:[\w-]+\s+){0,2}?"
    + _ONE_PERSON_NOUNS
    # Since 0.61.0 the person's age: "A man aged 60 was shot dead".
    + r"(?:\s+aged\s+\d{1,3})?"
    # Since 0.58.0 a relative clause between the person and the passive, without a word
    # of saying or of outcome: "A driver who was with them was killed".
    + r")(?:,?\s+who(?:\s+(?!(?:said|says|told|saw|killed|wounded|injured|abducted|"
    r"kidnapped|arrested)\b)[\w'’-]+){1,8}?,?)?"
    + r"\s+(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|also|allegedly)\s+)?"
    r"(?:(?P<k_killed>shot\s+dead|killed|murdered|executed|gunned\s+down)|"
    r"(?P<k_injured>wounded|injured)|(?P<k_abducted>abducted|kidnapped|snatched)|"
    r"(?P<k_arrested>arrested|detained))(?!\w)",
    re.IGNORECASE,
)
#: Since 0.69.0 captives told by their capture before their release, the subject of its
#: passive: "two Chinese workers seized at a gold-panning site near Keniéba were freed",
#: "Three students detained in March were later released", "two engineers who were
#: kidnapped last year have been freed". The count is the noun phrase before the
#: participle (the codebook's span; the count patterns above took the participle's
#: clause into it, or found nothing past their eight words); the participle tells the
#: kind: arrested for "arrested" and "detained", abducted otherwise. Not one person ("An
#: aid worker abducted in July was released"): the corpus marks the act's recipient.
_CAPTIVES_FREED = re.compile(
    rf"(?<![\w-])(?P<span>(?:{_QUALIFIER})?(?P<n>\d+|{_NUMBER_WORDS})\s+"
    # One to three words of the noun, none of them a verb's auxiliary ("two midwives",
    # "Eleven of the women", "three Chinese nationals").
    r"(?:(?!(?:were|was|had|have|has|and|who)\b)[a-zà-ÿ'’-]+\s+){0,2}?"
    r"(?!(?:were|was|had|have|has|and|who)\b)[a-zà-ÿ'’-]+)"
    r"(?:,)?\s+(?:who\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:(?P<k_arrested>arrested|detained)|abducted|kidnapped|seized|snatched|captured|"
    r"taken\s+hostage)"
    # The rest of the capture's clause, without a verb of saying or another passive.
    r"(?:\s+(?!(?:said|says|told|was|were|has|have|had|and|but)\b)[^\s.;:!?]+){0,12}?,?\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:later|finally|eventually|"
    r"also|reportedly)\s+)?(?:freed|released|set\s+free)(?!\w)",
    re.IGNORECASE,
)
#: Words one of which :data:`_CAPTIVES_FREED` holds (its release), in lower case.
_CAPTIVES_FREED_WORDS = ("freed", "released", "set free")


#: Things a capture takes and a release gives back, at the end of the counted phrase.
_THINGS_FREED = re.compile(
    r"(?:trucks?|lorries|vehicles?|cars?|buses|motorcycles?|motorbikes?|tankers?|boats?|"
    r"cattle|camels|goats|sheep|animals|head|tonnes|bags|weapons|guns|rifles)$",
    re.IGNORECASE,
)


def _captives_freed(text: str, lower: str | None, start: int, end: int) -> list[Casualty]:
    """The counts of :data:`_CAPTIVES_FREED` in ``text[start:end]``: the captives'
    noun phrase, of the participle's kind, two people or more."""
    out = []
    for m in scan(_CAPTIVES_FREED, text, lower, start, end):
        count = _number(m.group("n"))
        if count is None or count < 2:
            continue  # one person taken is the act's recipient in the corpus, no count
        s, e = m.span("span")
        if _THINGS_FREED.search(text, s, e):
            continue  # "the 12 trucks seized by the rebels were released": things
        kind = "arrested" if m.group("k_arrested") else "abducted"
        qualifier = _qualifier_word(m.group("qual")) if m.group("qual") else "exact"
        out.append(Casualty(s, e, text[s:e], kind, qualifier, str(count)))
    return out


#: Since 0.56.0 one person named by a definite article or a possessive, as the subject of
#: a passive of outcome or the object of its verb: "Le maire de la commune a été
#: assassiné", "ont tué le chef de village", "The driver was killed", "killed the village
#: chief" (the corpus counts each as one). The dead and the wounded only: one person taken
#: or arrested is the act's recipient in the corpus, no count (on the dev half, seven
#: spurious counts).
_FR_ONE_PERSON = (
    r"(?:chef|maire|chauffeur|conducteur|imam|curé|prêtre|pasteur|préfet|sous-préfet|"
    r"gouverneur|député|conseiller|commerçant|enseignant|instituteur|infirmier|médecin|"
    r"berger|éleveur|marabout|notable|commandant|capitaine|lieutenant|colonel|général|"
    r"soldat|gendarme|policier|douanier|garde|gardien|fils|frère|père|épouse|apprenti|"
    r"convoyeur|passager|journaliste|élu|militant|opposant|"
    # Since 0.64.0 the rest of the kin terms and a colleague, a closed class: "Sa femme
    # a été blessée au bras", "blessé sa fille", "La femme du maire a été tuée".
    r"femme|mari|fille|mère|s[œo]eur|oncle|tante|neveu|nièce|cousin|collègue|compagnon)e?"
)
_FR_THE_ONE = (
    r"(?P<span>(?:le|la|l['’]|son|sa|leur)\s*(?:[\w'’-]+\s+)??"
    + _FR_ONE_PERSON
    + r"(?:\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]|le\s+)?[\w'’-]+){0,2})"
)
_FR_ONE_PERSON_PASSIVE = re.compile(
    r"(?<![\w'’])" + _FR_THE_ONE + r"(?:,[^,.;:]{1,60},)?\s+(?:a|avait|aurait)\s+été\s+"
    r"(?:(?:mortellement|grièvement|légèrement|sauvagement)\s+)?"
    r"(?:(?P<k_killed>tuée?|assassinée?|abattue?|exécutée?|égorgée?)|(?P<k_injured>blessée?))"
    r"(?!\w)",
    re.IGNORECASE,
)
_FR_ONE_PERSON_OBJECT = re.compile(
    r"(?<!\w)(?:(?P<k_killed>tué|tuant|assassiné|assassinant|abattu|abattant|exécuté|égorgé)|"
    r"(?P<k_injured>blessé|blessant))\s+" + _WHEN + _FR_THE_ONE + r"(?!\w)",
    re.IGNORECASE,
)
_EN_THE_ONE = (
    r"(?P<span>(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    + _ONE_PERSON_NOUNS
    # Since 0.62.0 "the mayor of the town of Tera" is read to its end (0.61.0 ended the
    # span on "town of"), then cut before the place (:func:`_before_place_of`); a second
    # word after "of" is never "of" itself.
    + r"(?:\s+of\s+(?:the\s+)?(?:(?:town|village|commune|district|city|municipality|"
    r"locality|region)\s+of\s+[\w-]+|[\w-]+(?:\s+(?!of\b)[\w-]+)?))?)"
)
#: The place a person's office is of, at the end of a count's span: "the mayor *of the
#: town of Tera*", "the chief *of Tibga* village" (a capitalised name, not an acronym).
_PLACE_OF = re.compile(
    r"\s+of\s+(?:(?:the\s+)?(?:town|village|commune|district|city|municipality|locality|"
    r"region)\s+of\s+|(?-i:[A-Z][a-zà-ÿ]))",
    re.IGNORECASE,
)


def _before_place_of(text: str, start: int, end: int) -> int:
    """The end of a one-person span without the place the office is of: "the mayor of
    the town of Tera" counts "the mayor", Tera stays the event's place (the corpus
    marks no place inside a count; since 0.62.0)."""
    cut = _PLACE_OF.search(text, start, end)
    return cut.start() if cut else end


_EN_ONE_PERSON_PASSIVE = re.compile(
    r"(?<!\w)" + _EN_THE_ONE + r"\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:(?:reportedly|also|allegedly)\s+)?"
    r"(?:(?P<k_killed>shot\s+dead|killed|murdered|executed|gunned\s+down)|"
    r"(?P<k_injured>wounded|injured))(?!\w)",
    re.IGNORECASE,
)
_EN_ONE_PERSON_OBJECT = re.compile(
    r"(?<!\w)(?:(?P<k_killed>killed|killing|shot\s+dead|shooting\s+dead|murdered|executed)|"
    r"(?P<k_injured>wounded|wounding|injured|injuring))\s+" + _WHEN + _EN_THE_ONE + r"(?!\w)",
    re.IGNORECASE,
)
#: Since 0.25.0 a partitive between the count and its noun stays in the span: "killed 23
#: of the attackers", "tuant 12 des assaillants" (the span stopped at "23 of").
_OF_THE = r"(?:of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?|des\s+|d['’]entre\s+|de\s+ses\s+)?"
#: Since 0.37.0 an English noun used as a modifier before the counted noun stays in the
#: span: "killed several terrorist leaders", "killing five police officers".
_EN_MODIFIER = (
    r"(?:(?:terrorist|jihadist|islamist|militant|rebel|army|police|security|government|"
    r"aid|health|civilian|militia|gang|bandit|"
    # Since 0.58.0: "released five former ministers", "freed two foreign nationals".
    r"former|foreign|local|senior|"
    # Since 0.59.0 a nationality: "killed 12 Nigerien soldiers".
    r"nigerien|malian|burkinabe|burkinabè|chadian|mauritanian|nigerian|beninese|togolese|"
    r"french|russian|"
    # Since 0.56.0: "killed 12 suspected jihadists".
    r"suspected|alleged|presumed)\s+(?=[a-z])|"
    # Since 0.40.0 any one word before a noun of people who serve: "three customs
    # officers", "two forest guards", "four prison staff".
    r"[a-z-]+\s+(?=(?:officers|guards|agents|officials|workers|staff|personnel|employees|"
    r"volunteers|wardens|rangers)\b))?"
)
#: Since 0.46.0 a French adjective that stands before the counted noun stays in the span:
#: "neutralisé un important chef", "tué un ancien député", "enlevé deux jeunes bergers".
_FR_BEFORE_NOUN = (
    r"(?:(?:important|haut|grand|célèbre|redoutable|influent|présumé|dangereux|notoire|"
    r"ancien|jeune|vieil|vieux|nouvel|nouveau|paisible|innocent|simple)(?:e|s|es|x|ne|nes)?"
    r"\s+(?=[a-z]))?"
)
for _kind in _KIND_VERBS:
    # "tuant 12 gendarmes", "killing at least 30 civilians", "killed 34 soldiers"; since
    # 0.33.0 an English opening quote may stand before the count, as "«" does ('killed
    # "several terrorists"'), and "dozen" is no noun of "several" ('killing "several
    # dozen" of them').
    _PATTERNS.append(
        (
            _kind,
            re.compile(
                rf"(?<!\w)(?P<verb>{_KIND_VERBS[_kind]})(?:\s*»)?(?:\s+|(?<=['’])){_WHEN}(?:[«\"“]\s*)?(?P<span>{_COUNT}{_OF_THE}(?!(?:dozen|hundred)\b){_EN_MODIFIER}{_FR_BEFORE_NOUN}(?!(?:et|and|ou|or)\b)[\w'’-]+(?:\s+(?:nigériens?|maliens?|burkinabè|nigerien|malian|burkinabe|others|autres))?)",
                re.IGNORECASE,
            ),
        )
    )
for _kind, _verbs in _BARE_VERBS.items():
    _PATTERNS.append(
        (
            _kind,
            re.compile(
                rf"(?<!\w)(?:{_verbs})\s+{_WHEN}(?P<span>(?:{_QUALIFIER})?(?P<n>{_NUMBER}))"
                r"(?=\s*[,.;:)]|\s+(?:et|and)\s|\s*$)",
                re.IGNORECASE,
            ),
        )
    )

#: The people a force's losses count: "soldats", "hommes", "éléments", "soldiers".
_LOST_PEOPLE = (
    r"(?:soldats|hommes|militaires|éléments|combattants|gendarmes|policiers|gardes|"
    r"volontaires|vdp|soldiers|men|troops|fighters|members|officers|personnes|people|"
    r"morts|dead|victimes|victims)"
)
#: Since 0.69.0 the time or the adverb a toll's update tells between its verb and its
#: figure: "le bilan a été porté dimanche soir à six soldats tués", "s'est alourdi, lundi,
#: à 23 morts", "le bilan est passé dans la soirée à 17", "the toll rose on Sunday to
#: 45", "was later raised overnight to 40". Up to three words of time, each a day, a part
#: of a day or an adverb of sequence (never a place or a noun: "atteint le camp à 5
#: heures" is no toll). Ends with the space before "à"/"to".
UPDATE_WHEN = (
    r",?\s+(?:(?:désormais|now|officiellement|finalement|ensuite|later|since|then|hier|"
    r"yesterday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|matin|soir|après-midi|midi|morning|"
    r"evening|afternoon|night|overnight|on|ce|cette|this|dans\s+la\s+(?:soirée|nuit|"
    r"matinée|journée)|in\s+the\s+(?:morning|evening|afternoon|night)),?\s+){0,3}"
)
#: Since 0.30.0 a toll given as a figure the count of the dead reached, with no noun
#: after it: "le bilan est passé à 17", "le bilan s'est alourdi à 23 morts", "the death
#: toll rose to 45". A bare "bilan" or "toll" counts the dead; the wounded are counted by
#: their own noun ("le bilan s'élève à 12 morts et 30 blessés").
_TOLL_REACHED = re.compile(
    # Since 0.59.0 up to twenty words between (twelve before): "The death toll from
    # Friday's attack on a mosque in the village of Fambita in western Niger has risen to
    # 44".
    # Since 0.59.0 also the number of the dead: "Le nombre de morts est passé à 40".
    r"(?<!\w)(?:bilan|toll|pertes|losses|nombre\s+(?:de|des)\s+(?:morts|victimes|tués|décès)|"
    r"number\s+of\s+(?:dead|deaths|victims|people\s+killed))(?:,?\s+[^\s.;:]+){0,20}?,?\s+(?:"
    r"s['’](?:élève|élèvent|élevait|est\s+(?:alourdi|élevé|établi)|établit|alourdit)|"
    r"(?:est|était|a)\s+(?:passé|monté|grimpé|atteint)|passe|grimpe|atteint|"
    r"rose|rises|risen|climbed|climbs|reached|reaches|stands|stood|jumped|increased|"
    # Since 0.61.0 a toll someone revised, up or down: "Le bilan provisoire a été revu
    # à la hausse à 19", "a été ramené à 17", "An initial toll was later raised to 40",
    # "was revised down to 21".
    r"(?:a\s+été|avait\s+été|est|was|has\s+been|had\s+been)\s+(?:(?:ensuite|later|since|"
    r"finalement|then)\s+)?(?:(?:revue?|révisée?)(?:\s+à\s+la\s+(?:hausse|baisse))?|relevée?|"
    r"portée?|ramenée?|raised|lowered|revised(?:\s+(?:up|down)(?:wards?)?)?|increased|"
    r"reduced|brought))"
    # Since 0.65.0 the figure it came from may be a word: "a été revu de huit à 14".
    rf"(?:\s+(?:de|from)\s+(?:{_NUMBER}))?" + UPDATE_WHEN + r"(?:à|to|at)\s+"
    rf"(?P<span>(?:{_QUALIFIER})?(?P<n>{_NUMBER})(?:\s+{_LOST_PEOPLE})?)"
    r"(?!\w|\s+(?:blessé|injured|wounded|hurt|enlevé|abducted|kidnapped|disparu|missing|"
    r"millions?|milliards?|francs|dollars|tonnes|km|kilomètres|heures|jours|pour|per|%))",
    re.IGNORECASE,
)
#: Since 0.30.0 the men a force lost: "l'armée a perdu onze soldats", "lost 11 soldiers"
#: (people only: "a perdu deux véhicules" counts no one).
_LOST = re.compile(
    r"(?<!\w)(?:perdu|perd|perdent|perdant|lost|loses|losing)\s+"
    # Since 0.59.0 "of its own": "losing nine of its own soldiers"; since 0.60.0 the
    # force's own voice: "Nous avons perdu quatre de nos hommes", "we lost six of our men".
    # Since 0.67.0 a round figure, a dozen or a vague count as well as a number: "perdant
    # une trentaine d'hommes", "a perdu plusieurs dizaines de combattants", "losing
    # dozens of fighters", "lost about a dozen men".
    # Since 0.67.0 a claimed figure in quotes: 'perdant « une trentaine » d'hommes'.
    rf"(?P<span>(?:[«\"“]\s*)?(?:{_QUALIFIER})?(?:une?\s+(?:bonne\s+)?(?P<approx>"
    + "|".join(_APPROX)
    + r")|(?P<dozen>(?:a|half\s+a|two|three|four)\s+dozen)|"
    r"(?P<vague>dozens|scores|hundreds|several(?:\s+dozen)?|(?:des|plusieurs|quelques)\s+"
    r"(?:dizaines|centaines)|plusieurs|de\s+nombreux|many)|"
    rf"(?P<n>{_NUMBER}))(?:\s*[»\"”])?\s+(?:de\s+(?:ses|nos|leurs)\s+|"
    r"of\s+(?:its|our|their)\s+(?:own\s+)?|d['’]\s*|de\s+|of\s+)?"
    rf"{_LOST_PEOPLE})"
    r"(?!\w)",
    re.IGNORECASE,
)
#: Since 0.59.0 the dead counted as bodies, right after the count: "Nous avons compté
#: plus de 40 corps", "helped bury at least 60 bodies", "trois corps sans vie" (not "deux
#: corps d'armée", "the bodies of", which :data:`_KIND_VERBS` reads).
_BODIES = re.compile(
    # Since 0.63.0 "three lifeless bodies".
    rf"(?<!\w)(?P<span>{_COUNT}(?:(?:dead|lifeless)\s+)?(?:corps|cadavres|bodies|corpses))"
    r"(?!\w|\s+(?:d['’]|de\s|des\s|du\s|of\s|expédition|diplomat|enseign|médic|militaire|"
    r"habillé|électoral))",
    re.IGNORECASE,
)
#: Since 0.59.0 a toll someone puts at a figure: "Officials put the death toll at 27",
#: "Les autorités ont estimé le bilan à 14", and the lives an act claimed: "The blast
#: claimed 30 lives".
_TOLL_PUT = re.compile(
    r"(?<!\w)(?:(?:put|puts|putting|placed|places|estimated|estimates|estimating)\s+"
    r"(?:the\s+)?(?:(?:death|provisional|official|final)\s+)*toll\s+at|"
    r"(?:estimé|évalué|chiffré|fixé|établi)\s+(?:le\s+)?bilan(?:\s+(?:provisoire|officiel|"
    r"définitif|humain))?\s+à)\s+"
    rf"(?P<span>(?:{_QUALIFIER})?(?P<n>{_NUMBER})(?:\s+{_LOST_PEOPLE})?)"
    r"(?!\w|\s+(?:blessé|injured|wounded|hurt|enlevé|abducted|kidnapped|disparu|missing|"
    r"millions?|milliards?|francs|dollars|tonnes|km|kilomètres|heures|jours|pour|per|%))",
    re.IGNORECASE,
)
#: Since 0.61.0 the figure a later death brings a toll to: "portant le bilan à sept",
#: "bringing the death toll to eight", "taking the toll to 12", and the figure someone
#: revises a toll to: "lowered the death toll from Tuesday's attack to 21", "a revu à la
#: hausse le bilan de l'attaque de mardi à 19".
_TOLL_BROUGHT = re.compile(
    r"(?<!\w)(?:(?:portant|porte|portent|porté|bringing|brings|brought|taking|takes|took|"
    r"pushing|raising)\s+(?:ainsi\s+)?(?:le|the)\s+(?:(?:death|overall|provisional|official)\s+)?"
    r"(?:bilan|toll)(?:\s+(?:provisoire|officiel|humain))?|"
    r"(?:raised|lowered|revised(?:\s+(?:up|down)(?:wards?)?)?|revu\s+à\s+la\s+(?:hausse|baisse)|"
    r"relevé|ramené|corrigé|revu)\s+(?:le|the|its)\s+(?:(?:death|provisional|official)\s+)?"
    r"(?:bilan|toll)(?:,?\s+[^\s.;:]+){0,12}?)\s+(?:(?:à|to)\s+)"
    rf"(?P<span>(?:{_QUALIFIER})?(?P<n>{_NUMBER})(?:\s+{_LOST_PEOPLE})?)"
    r"(?!\w|\s+(?:blessé|injured|wounded|hurt|enlevé|abducted|kidnapped|disparu|missing|"
    r"millions?|milliards?|francs|dollars|tonnes|km|kilomètres|heures|jours|pour|per|%))",
    re.IGNORECASE,
)
_LIVES = re.compile(
    r"(?<!\w)(?:claimed|claiming|claims|cost|costing|costs)\s+"
    rf"(?P<span>(?:{_QUALIFIER})?(?P<n>{_NUMBER})\s+lives)(?!\w)",
    re.IGNORECASE,
)
#: Since 0.59.0 a vague count, with no noun, after a verb of outcome: "killing at least 15
#: people and injuring dozens", "blessant plusieurs dizaines".
#: Since 0.67.0 also a round figure or a dozen, with its bound, and the count in quotes,
#: a partitive pronoun after it: "killing at least a dozen", "killing about a dozen and
#: wounding several", "tuant une dizaine", 'killing "several dozen" of them', "blessant
#: « une vingtaine »", "neutralisant quelques dizaines d'entre eux", 'killed "dozens" of
#: soldiers'.
_BARE_VAGUE = {
    kind: re.compile(
        rf"(?<!\w)(?:{verbs})\s+{_WHEN}(?:[«\"“]\s*)?(?P<span>(?:{_QUALIFIER})?(?:"
        r"(?P<vague>dozens|scores|hundreds|several(?:\s+(?:dozen|hundred))?|"
        r"a\s+few\s+(?:dozen|hundred)|(?:des|plusieurs|quelques)\s+(?:dizaines|centaines)|"
        r"plusieurs)|"
        r"(?P<dozen>(?:a|half\s+a|two|three|four)\s+dozen)|"
        r"une?\s+(?:bonne\s+|petite\s+)?(?P<approx>" + "|".join(_APPROX) + r")))"
        r"(?:\s*[»\"”])?"
        r"(?=\s*[,.;:)]|\s+(?:et|and|others|more|autres|selon|according|of\s+them|"
        r"d['’]entre\s+(?:eux|elles))\b|\s*$|"
        # The noun after the closing quote: 'killed "dozens" of soldiers', "tué « des
        # dizaines » de militaires".
        r"(?<=[»\"”])\s*(?:of\s|de\s|d['’]))",
        re.IGNORECASE,
    )
    for kind, verbs in _BARE_VERBS.items()
}
_PATTERNS += [("killed", _TOLL_REACHED), ("killed", _LOST), ("killed", _BODIES)]
_PATTERNS += [("killed", _TOLL_PUT), ("killed", _LIVES), *_BARE_VAGUE.items()]
_PATTERNS += [("killed", _TOLL_BROUGHT)]
#: Since 0.59.0 the number of the dead or the wounded told as "est de", "stands at":
#: "le nombre de blessés est de dix-huit", "The number of wounded stands at 18".
_NUMBER_OF = {
    kind: re.compile(
        rf"(?<!\w)(?:(?:le\s+)?nombre\s+(?:de\s+|des\s+|d['’]\s*)(?:{fr})|number\s+of\s+(?:{en}))\s+"
        # Since 0.62.0 where or since when: "The number of people abducted in the
        # district has risen to 50".
        r"(?:(?:in|dans|en|au|since|depuis)\s+[^,.;:\d]{1,40}?\s+)?"
        r"(?:(?:est|était|s['’]élève|s['’]établit|is|was|stands|stood)\s+(?:de|à|at)|"
        # Since 0.62.0 a number that grew: "The number of people abducted has risen to
        # 50", "le nombre d'otages a atteint 30".
        r"(?:has\s+|had\s+)?(?:risen|rose|climbed|jumped|increased)\s+to|"
        r"(?:has\s+|had\s+)?reached|(?:a\s+|avait\s+)?atteint|"
        r"(?:est|était)\s+(?:passé|monté|grimpé)\s+à)\s+"
        rf"(?P<span>(?:{_QUALIFIER})?(?P<n>{_NUMBER}))(?!\w|\s*%)",
        re.IGNORECASE,
    )
    for kind, fr, en in (
        ("killed", "morts|tués|décès|victimes", "dead|deaths|people\\s+killed|victims"),
        ("injured", "blessés", "injured|wounded"),
        # Since 0.62.0 the captured and the arrested.
        (
            "abducted",
            "personnes\\s+enlevées|otages|enlèvements",
            "people\\s+(?:abducted|kidnapped)|hostages|abductions|kidnappings",
        ),
        (
            "arrested",
            "personnes\\s+(?:interpellées|arrêtées)|interpellations|arrestations",
            "people\\s+(?:arrested|detained)|arrests|detainees",
        ),
    )
}
_PATTERNS += list(_NUMBER_OF.items())
#: The words one of which every match of a pattern holds (lower case): a text without
#: any is not scanned for it (since 0.59.0, for speed).
_VAGUE_WORDS = (
    "dozen",
    "scores",
    "hundred",
    "several",
    "plusieurs",
    "dizaines",
    "centaines",
    *_APPROX,
)
_GATES: dict[re.Pattern[str], tuple[str, ...]] = {
    _TOLL_REACHED: ("bilan", "toll", "pertes", "losses", "nombre", "number"),
    _NUMBER_OF["killed"]: ("nombre", "number"),
    _NUMBER_OF["injured"]: ("nombre", "number"),
    _NUMBER_OF["abducted"]: ("nombre", "number"),
    _NUMBER_OF["arrested"]: ("nombre", "number"),
    _LOST: ("perd", "lost", "loses", "losing"),
    _BODIES: ("corps", "bodies", "cadavres", "corpses"),
    _TOLL_PUT: ("toll", "bilan"),
    _LIVES: ("lives",),
    _TOLL_BROUGHT: ("bilan", "toll"),
    **{pattern: _VAGUE_WORDS for pattern in _BARE_VAGUE.values()},
}


#: The nouns of one person a report names by the role it gives them (a closed class of
#: roles, kin and trades).
_PAIR_NOUNS = (
    r"national|engineer|employee|journalist|priest|missionary|tourist|doctor|"
    r"chauffeur|apprenti|convoyeur|passager|conducteur|fils|frère|épouse|femme|mari|père|"
    r"mère|gardien|garde|berger|commerçant|enseignant|infirmier|chef|adjoint|imam|maire|"
    r"conseiller|soldat|gendarme|policier|militaire|civil|enfant|agent|guide|collègue|"
    r"compagnon|neveu|cousin|employé|ouvrier|élève|orpailleur|pêcheur|éleveur|cultivateur|"
    r"driver|assistant|apprentice|passenger|son|brother|wife|husband|father|mother|guard|"
    r"teacher|nurse|soldier|officer|policeman|colleague|companion|herder|farmer|trader|"
    r"miner|fisherman|worker|"
    # Since 0.63.0 English offices: "The village chief and his two sons".
    r"chief|mayor|imam|official|"
    # Since 0.64.0 the people of a family and the trades one victim is told by: "A
    # woman and her baby were killed", "a shepherd and his son".
    r"man|woman|boy|girl|child|baby|shepherd|pastor|elder|nephew|cousin|"
    # Since 0.68.0 the heads of a newsroom, a party, a union or an office, whom reports
    # name with the staff taken with them: "Le directeur de publication du site et deux
    # de ses reporters ont été interpellés" (3), "the editor and two of his reporters".
    r"directeur|rédacteur|reporter|correspondant|photographe|président|secrétaire|"
    r"responsable|préfet|député|notable|director|editor|correspondent|photographer|"
    r"president|secretary|prefect|leader"
)
#: Since 0.17.0 two people named one by one, each by the role a report gives them:
#: "tuant le chauffeur et son apprenti", "blessant son chauffeur et un convoyeur", "Le
#: chauffeur et son apprenti, blessés": a count of two.
_ONE_OF_A_PAIR = (
    # Since 0.64.0 a space after every article but the elided one: "le" glued to the
    # "s" of "les chauffeurs" read a plural as one person ("12 morts parmi les
    # chauffeurs et 8 blessés" was 9 injured).
    r"(?:(?:le|la|son|sa|leur|un|une|the|his|her|their|an?)\s+|l['’]\s*)"
    # Since 0.37.0 one word may qualify the noun: "a Chinese national and his Malian
    # driver", "un jeune berger et son frère".
    # Since 0.63.0 not a figure ("a guard and his three colleagues" is 4, not a pair).
    rf"(?:(?!(?:{_NUMBER})\s)[\w'’-]+\s+)??(?:{_PAIR_NOUNS})(?:e|s)?"
)
#: One person of a pair before a count joined to it (since 0.63.0): "l'infirmier et",
#: "son chef de village et de"; a few words of the noun between, no verb.
_ONE_AND = re.compile(
    # Since 0.68.0 up to four words of the noun ("directeur de publication du site").
    rf"(?<![\w'’]){_ONE_OF_A_PAIR}(?:\s+(?!(?:et|and|{_STOP})\b)[\w'’-]+){{0,4}}?"
    # Since 0.63.0 a possessive before the count: "Un policier et ses deux enfants".
    r"\s+(?:et|and)\s+(?:de\s+|d['’]|à\s+)?(?:(?:ses|leurs|his|her|their)\s+)?$",
    re.IGNORECASE,
)
#: The conjunction and what may follow it at the end of an :data:`_ONE_AND` match.
_AND_TAIL = re.compile(
    r"\s+(?:et|and)\s+(?:de\s+|d['’]|à\s+)?(?:(?:ses|leurs|his|her|their)\s+)?$",
    re.IGNORECASE,
)
_PAIR = rf"{_ONE_OF_A_PAIR}(?:\s+(?!et\b|and\b)[\w'’-]+){{0,2}}?\s+(?:et|and)\s+{_ONE_OF_A_PAIR}"
_PAIR_KINDS = {
    "killed": (r"tuant|tué|tuée|killing|killed", r"tués|killed|dead"),
    "injured": (
        r"blessant|blessé|blessée|wounding|wounded|injuring|injured",
        r"blessés|wounded|injured",
    ),
    "abducted": (
        r"enlevant|enlevé|enlevée|abducting|abducted|kidnapping|kidnapped",
        r"enlevés|abducted|kidnapped",
    ),
}
_PAIR_PATTERNS = [
    (
        kind,
        re.compile(
            rf"(?<!\w)(?:(?:{before})\s+{_WHEN}(?P<span>{_PAIR})(?!\w)"
            rf"|(?P<subject>{_PAIR}),?\s+(?:(?:ont|have|were|sont)\s+(?:été\s+|been\s+)?)?"
            rf"(?:grièvement\s+|légèrement\s+|seriously\s+|slightly\s+)?(?:{after})(?!\w))",
            re.IGNORECASE,
        ),
    )
    for kind, (before, after) in _PAIR_KINDS.items()
]


#: "un"/"une" before a noun that names no person (an act, a weapon, a vehicle, a group):
#: an article, not a count of one (since 0.13.0).
_NOT_ONE_PERSON = re.compile(
    r"(?:un|une|one|an?)\s+(?:frappe|attaque|embuscade|explosion|opération|engin|mine|bombe|"
    # Since 0.17.0: "ont fait une incursion" is no toll of one.
    r"incursion|irruption|descente|razzia|patrouille|"
    # Since 0.19.0 a share of a group: "une partie des otages avait été relâchée".
    r"partie|moitié|majorité|part|"
    r"roquette|obus|drone|véhicule|voiture|moto|camion|groupe|colonne|convoi|bande|unité|"
    r"strike|attack|ambush|bomb|group|convoy|vehicle|unit)s?\b",
    re.IGNORECASE,
)


#: A count of time, distance or money, never of people: "deux ans après", "à trois
#: kilomètres", "500 000 francs".
_UNIT_COUNTED = re.compile(
    # Since 0.61.0 a range of them too: "Deux frères âgés de 12 et 15 ans".
    rf"(?:{_QUALIFIER})?(?:{_NUMBER})(?:\s*(?:et|à|and|to|-)\s*(?:{_NUMBER}))?\s+(?:ans|années|jours|semaines|mois|heures|minutes|"
    r"kilomètres|km|mètres|years|days|weeks|months|hours|minutes|kilometres|kilometers|miles|"
    r"francs|dollars|euros|tonnes|tons)\b",
    re.IGNORECASE,
)


#: What makes the figure after it an age: "aged 60", "âgés de", "ages of" (since 0.61.0).
_AGE_BEFORE = re.compile(
    r"(?:\baged|âgée?s?\s+de|\bages?\s+of)\s+(?:entre\s+|between\s+)?$", re.IGNORECASE
)


#: The preposition of an act or a place that ends a breakdown's part (since 0.63.0).
_PART_PLACE = r"(?:dans|lors|à|au|aux|près|in|during|at|near)\b"
#: Since 0.58.0 a toll broken down after it: "neuf morts, dont quatre militaires et cinq
#: civils", "12 people, including eight soldiers and four civilians".
_BREAKDOWN_HEAD = re.compile(
    r",\s+(?:dont|parmi\s+(?:eux|elles|lesquel(?:le)?s)|including|among\s+them)\s+", re.IGNORECASE
)
#: One part of the breakdown: its figure and its noun, up to the next figure, a comma or
#: a bracket ("sept chauffeurs et apprentis et deux militaires de l'escorte": 7, 2).
#: Since 0.63.0 a part told by its act or place ends before it, its noun may be left
#: out: "Douze personnes ont été tuées, dont huit dans l'attaque de Tizégorou et quatre
#: dans une embuscade près de Ouallam" (8 and 4, the acts' own tolls).
_BREAKDOWN_PART = re.compile(
    rf"(?P<n>{_NUMBER})(?:\s+(?P<noun>(?:(?!(?:et|and)\s+(?:{_NUMBER})\b|{_PART_PLACE})"
    rf"[\w'’-]+\s*?)+?))??"
    # Since 0.63.0 a dash ends it too ("seven soldiers and two civilians - a source").
    rf"(?=\s*(?:,\s*)?(?:et|and)\s+(?:{_NUMBER})\b|\s*[,.;:()\n]|\s+[-–—]\s|\s*$|"
    rf"\s+{_PART_PLACE})",
    re.IGNORECASE,
)
#: The outcome told between a count and its breakdown (since 0.59.0): "ont été tuées",
#: "were killed".
#: Since 0.63.0 up to 70 characters, the day and the region told after the outcome:
#: "Douze personnes ont été tuées samedi dans la région de Tillabéri, dont huit [...]".
_BREAKDOWN_OUTCOME = re.compile(r"(?P<outcome>[^,.;:\n]{1,70}?)(?=,\s)", re.IGNORECASE)
_ANY_OUTCOME = re.compile(
    r"\b(?:tué|tuée|tués|tuées|morts?|péri|décédé|killed|dead|died|blessé|blessés|wounded|"
    r"injured)\b",
    re.IGNORECASE,
)
#: A breakdown in the next sentence (since 0.59.0): "Parmi les victimes figurent",
#: "Parmi les morts, on compte", "Among the dead were".
_BREAKDOWN_NEXT = re.compile(
    r"[^.;\n]{0,80}?[.]\s+(?:parmi\s+les\s+(?:victimes|morts|tués|personnes\s+tuées)"
    r"(?:\s*,)?\s+(?:figurent|se\s+trouvent|on\s+(?:compte|dénombre|relève)|il\s+y\s+a)|"
    r"among\s+the\s+(?:dead|victims|people\s+killed|those\s+killed)\s+(?:were|are))\s+",
    re.IGNORECASE,
)
#: The act or place a part is told of, up to the next part: "dans l'attaque du village de
#: Tizégorou", "à Kaya" (since 0.63.0).
_PART_TAIL = re.compile(
    rf"\s+{_PART_PLACE}[^,.;:()\n]*?(?=\s*(?:,\s*)?(?:et|and)\s+(?:{_NUMBER})\b|\s*[,.;:()\n]|\s*$)",
    re.IGNORECASE,
)
_BREAKDOWN_JOIN = re.compile(r"\s*(?:,\s*)?(?:et|and)\s+|\s*,\s*", re.IGNORECASE)
#: Since 0.63.0 a breakdown set off without "dont", "including": in brackets, after a
#: colon, between dashes or commas ("9 morts (7 militaires et 2 civils)", "killed nine
#: people - seven soldiers and two civilians -", "neuf morts : sept militaires et deux
#: civils"); its parts name people and no outcome of their own ("neuf morts, 4 blessés
#: et 5 disparus" is no breakdown).
_BREAKDOWN_APPOSED = re.compile(
    rf"\s*(?:\(\s*|:\s+|\s[-–—]\s+|,\s+(?=(?:\d|{_WORD}\b)))", re.IGNORECASE
)


_PART_AND_WHOLE = re.compile(
    rf"(?P<part>{_NUMBER})\s+(?:des|of(?:\s+the)?)\s+(?P<whole>{_NUMBER})\s", re.IGNORECASE
)


def _part_and_whole(text: str, c: Casualty, end: int) -> list[Casualty]:
    """``c`` as two counts when it is a part of a captured whole that its sentence frees
    ("Vingt des 50 femmes enlevées ont été libérées", "freed four of the seven aid
    workers abducted"): the part (the release's count, codebook RETREAT release) and the
    whole (the abduction's); else ``c`` alone (since 0.59.0; was the part alone)."""
    m = _PART_AND_WHOLE.match(c.text)
    if m is None or c.kind not in ("abducted", "arrested") or not _CAPTURED.search(c.text):
        return [c]
    part, whole = _number(m.group("part")), _number(m.group("whole"))
    if part is None or whole is None or part >= whole:
        return [c]
    before = text[max(0, c.start - 200) : c.start]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    if not (
        RELEASE_WORD.search(before) or RELEASE_WORD.search(_rest_of_sentence(text, c.end, end))
    ):
        return [c]
    ws = c.start + m.start("whole")
    return [
        Casualty(c.start, c.start + m.end("part"), m.group("part"), c.kind, "exact", str(part)),
        Casualty(ws, c.end, text[ws : c.end], c.kind, "exact", str(whole)),
    ]


def part_of_whole(text: str, start: int, end: int) -> bool:
    """Whether the count ``text[start:end]`` is a bare figure, the part of a whole told
    after it ("Vingt" in "Vingt des 50 femmes enlevées ont été libérées"): the release's
    count, not the abduction's (since 0.59.0)."""
    return _number(text[start:end]) is not None and _PARTITIVE_JOIN.match(text, end) is not None


def whole_of_part(text: str, start: int) -> bool:
    """Whether the count starting at ``start`` is the whole of a part told before it
    ("50 femmes enlevées" in "Vingt des 50 femmes enlevées ont été libérées"): the
    abduction's count, not the release's (since 0.59.0)."""
    part = _PARTITIVE.search(text, max(0, start - 30), start)
    return part is not None and _number(part.group("part")) is not None


def breakdown(text: str, end: int, total: str | None) -> list[tuple[int, int, int]]:
    """The parts of the toll ``total`` that ends at ``end``, when the text breaks it down
    right after it and the parts add up to it ("onze morts, dont huit cultivateurs et
    trois éleveurs": (start, end, 8), (start, end, 3)); else none. The corpus links the
    parts, not the total (a partial breakdown, "sept civils, dont deux enfants", is no
    breakdown: the total is the toll)."""
    if not total or not total.isdigit():
        return []
    head = _BREAKDOWN_HEAD.match(text, end)
    apposed = head is None and (head := _BREAKDOWN_APPOSED.match(text, end)) is not None
    if head is None:
        # Since 0.59.0 the breakdown after the count's outcome ("Trente personnes ont été
        # tuées, dont 12 soldats et 18 civils") or in the next sentence ("Parmi les
        # victimes figurent 19 soldats et 8 VDP", "Among the dead were ...").
        outcome = _BREAKDOWN_OUTCOME.match(text, end)
        if outcome is not None and _ANY_OUTCOME.search(outcome.group("outcome")):
            head = _BREAKDOWN_HEAD.match(text, outcome.end("outcome"))
        if head is None:
            head = _BREAKDOWN_NEXT.match(text, end)
    if head is None:
        return []
    parts: list[tuple[int, int, int]] = []
    at = head.end()
    while True:
        part = _BREAKDOWN_PART.match(text, at)
        n = _number(part.group("n")) if part else None
        if part is None or n is None:
            break
        parts.append((part.start(), part.end(), n))
        tail = _PART_TAIL.match(text, part.end())
        join = _BREAKDOWN_JOIN.match(text, tail.end() if tail else part.end())
        if join is None:
            break
        at = join.end()
    if len(parts) < 2 or sum(n for _, _, n in parts) != int(total):
        return []
    if apposed and any(
        _ANY_KIND.search(text, ps, pe) or not _names_people(text[ps:pe]) for ps, pe, _ in parts
    ):
        # Parts of people, no outcome of their own: "trois terroristes neutralisés, un
        # fusil-mitrailleur et deux fusils" is a count and the arms seized.
        return []
    return parts


#: Since 0.62.0 a second count by place with its noun and outcome left out, told after a
#: count placed by its own preposition: "Nine people were killed in Zibane *and four* in
#: Koukoukou", "neuf morts à Zibane *et quatre* à Koukoukou", "sept civils tués à Gaskindé
#: et *de trois* à Pobé". The text between the count and "et" names the first place (a
#: preposition and a capitalised name) and holds no figure, no sentence's end.
_PLACE_PREP = r"(?:à|au|aux|dans|en|près\s+d[eu]|près\s+d['’]|vers|in|at|near|around|outside)"
#: The start of a place's name after its preposition: "à Pissila", "in the Sahel"; since
#: 0.63.0 after the kind of place it is: "in the village of Intazayene", "dans la commune
#: de Sollé", "au village d'Ikou".
_PLACE_NAME_START = (
    r"\s*(?:(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(?:village|hameau|localité|commune|ville|"
    r"town|city|district|département|cercle)s?\s+(?:of\s+|de\s+|du\s+|d['’]))?"
    r"(?:l['’]|la\s+|le\s+|les\s+|the\s+)?[A-ZÀ-Ý]"
)
_ELLIPTIC_COUNT = re.compile(
    rf"(?P<gap>(?:(?!\d)[^.;:!?\n\d]){{0,60}}?\s{_PLACE_PREP}{_PLACE_NAME_START}"
    rf"[\w'’-]*(?:[\s-]+[A-ZÀ-Ý][\w'’-]*)*"
    # The day or time told after the place: "à Barsalogho lundi", "in Zibane on Sunday".
    rf"(?:\s+(?:on\s+)?[a-zà-ÿA-Z][a-zà-ÿ]+){{0,2}})"
    rf"\s*,?\s+(?:et|and)\s+(?:de\s+|d['’])?(?P<n>\d{{1,3}}|{_NUMBER_WORDS})"
    rf"\s+{_PLACE_PREP}{_PLACE_NAME_START}"
)

#: A number word in the text between a count and its elliptic second.
_GAP_FIGURE = re.compile(rf"(?<![\w'’-]){_WORD}(?![\w'’-])", re.IGNORECASE)
#: Each kind's own outcome words, whole words (a release is none: what was done to people).
_KIND_PATTERNS = {
    kind: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    for kind, words in _KIND_WORDS.items()
    if kind != "freed"
}

#: A figure followed by its place alone: "trois à Pissila", "four in Koukoukou".
_PLACED_FIGURE = re.compile(rf"\s+{_PLACE_PREP}{_PLACE_NAME_START}")


def _elliptic_counts(text: str, found: Sequence[Casualty], end: int) -> list[Casualty]:
    """The second counts by place told without their noun after ``found``'s counts
    (:data:`_ELLIPTIC_COUNT`): one count of the first's kind, the figure alone (the
    codebook marks the words that count; the corpus marks a bare "eight", "deux")."""
    more: list[Casualty] = []
    for c in found:
        if c.kind not in ("killed", "injured", "abducted") or not (c.count or "").isdigit():
            continue
        m = _ELLIPTIC_COUNT.match(text, c.end, end)
        if m is None or _GAP_FIGURE.search(m.group("gap")):
            continue  # "trois morts, deux blessés à Kaya et ...": whose figure is unsure
        if any(k != c.kind and p.search(m.group("gap")) for k, p in _KIND_PATTERNS.items()):
            continue  # another outcome between them: the figure after it is of that one
        n = _number(m.group("n"))
        if n is None:
            continue
        s, e = m.span("n")
        more.append(Casualty(s, e, text[s:e], c.kind, "exact", str(n)))
    return more


#: A year where a count could stand: "the 2019 deaths" (since 0.64.0).
_YEAR_COUNT = re.compile(r"(?:19|20)\d\d$")


def _the_before(text: str, at: int) -> bool:
    """Whether "the" stands right before ``at`` ("the one in Arbinda")."""
    return text[max(0, at - 4) : at].lower() == "the "


def find_casualties(text: str, start: int = 0, end: int | None = None) -> list[Casualty]:
    """Casualty counts in ``text[start:end]``; the earliest, longest match wins."""
    end = len(text) if end is None else end
    found: list[Casualty] = []
    # The patterns are written in lower-case letters: scanned in the lower-cased text,
    # they find the same counts in less time (casescan).
    lower = lowered_text(text)
    for pattern_kind, pattern in _PATTERNS:
        if pattern_kind == "freed" and not may_hold(lower, _FREED_WORDS):
            continue  # no verb of release in the text: not scanned (for speed)
        if pattern in _GATES and not may_hold(lower, _GATES[pattern]):
            continue  # none of the pattern's words in the text (for speed, since 0.59.0)
        for m in scan(pattern, text, lower, start, end):
            kind_word = pattern_kind or next(k for k in _KIND_WORDS if m.group(f"k_{k}"))
            kind = kind_word
            if kind == "freed":
                if pattern_kind == "freed" and not _names_people(m.group("span")):
                    continue  # "a libéré trois localités", "released two statements"
                kind = _freed_kind(
                    m.group(),
                    text[max(0, m.start() - _FREED_REACH) : m.start()],
                    _rest_of_sentence(text, m.end(), end),
                )
            if kind == "injured" and _FATALLY.search(text, max(0, m.start() - 12), m.end()):
                kind = "killed"  # "mortellement blessé", "fatally wounded" (since 0.59.0)
            if kind == "arrested" and _BY_ARMED_GROUP.match(text, m.end()):
                # "Two aid workers had been detained by an armed group": held by fighters,
                # not by authorities, is abducted (codebook; since 0.62.0).
                kind = "abducted"
            if (
                kind == "injured"
                and m.groupdict().get("comma")
                and _DIED_APPOSED.match(text, m.end())
            ):
                # "Un quatrième policier, grièvement blessé, a succombé": the wound is the
                # apposition, the death the verb: one more dead (since 0.62.0).
                kind = "killed"
            s, e = m.span("span") if m.groupdict().get("span") else m.span()
            if m.groupdict().get("appos"):
                e = m.end("last")
            elif m.groupdict().get("comma"):
                e = m.end("lastc")
            elif m.groupdict().get("quote"):
                e = m.start("quote")
                while e > s and text[e - 1].isspace():
                    e -= 1
            elif m.groupdict().get("aux"):
                e = m.start("aux")
                # An English closing quote stays out too ('"several dozen terrorists" had
                # been killed', since 0.31.0).
                while e > s and (text[e - 1].isspace() or text[e - 1] in '"”'):
                    e -= 1
                if bracket := _BRACKETED_END.search(text, s, e):
                    e = bracket.start()
            groups = m.groupdict()
            if (groups.get("n") or "").lower() in ("un", "une", "one") and _NO_ONE.search(
                text, max(0, s - 12), s
            ):
                continue  # "No one was hurt", "not one soldier": no one (since 0.60.0)
            if (groups.get("vague") or "").lower().startswith("many") and _AS_MANY.search(
                text, max(0, s - 12), s
            ):
                continue  # "twice as many wounded": a multiple of a count, no vague one (0.62.0)
            if _CLAIM_INFINITIVE.search(text, s, m.end()):
                # "a affirmé dans une vidéo avoir tué quatorze soldats": the medium of the
                # claim before its infinitive is no count of one; the count after the
                # verb is found on its own (since 0.66.0).
                continue
            if pattern is _COUNTED and _OUTCOME_INFINITIVE.search(
                text, max(s, m.start(f"k_{kind_word}") - 24), m.start(f"k_{kind_word}")
            ):
                # The phrase before "d'avoir tué" counts the accusers, not the dead; the
                # count after the verb is found on its own (since 0.68.0).
                continue
            if (groups.get("n") or "").lower() == "one" and _the_before(text, s):
                continue  # "while the one in Arbinda killed four": a pronoun (since 0.62.0)
            if pattern is _COUNTED and _ACTS_COUNTED.match(groups.get("noun") or ""):
                continue  # "Two separate attacks killed 12 people": acts, no one (0.60.0)
            if (groups.get("n2") or groups.get("n3")) and _CHANGED_FROM.search(
                text, max(0, s - 40), s
            ):
                # "est passé de 10 à 17 morts": the figure before, then the toll. Since
                # 0.65.0 the toll it reached is counted on its own ("passant de huit à
                # quatorze morts" had no count when the earlier figure was a word).
                found += find_casualties(
                    text, m.start("n2") if groups.get("n2") else m.start("n3"), end
                )
                continue
            if (
                (groups.get("n") or "").lower() in ("un", "une", "one")
                and not (groups.get("noun") or groups.get("span"))
                and kind not in ("killed", "injured")
            ):
                # "un arrêté": an article, not a count; "un mort", "un blessé" are one.
                continue
            if (
                pattern is _COUNTED
                and kind in ("killed", "injured")
                and _PART_OF_TOLL.fullmatch(groups.get("noun") or "")
                and not groups.get("appos")
            ):
                # "Six of the wounded were taken to hospital", "Trois des blessés sont
                # dans un état grave": part of a toll already told (since 0.34.0); not
                # "Deux des otages ... relâchés", a count of the freed.
                continue
            if (
                pattern is _COUNTED
                and kind in ("killed", "injured")
                and (groups.get("n") or "").lower() in ("un", "une", "one")
                and _ONE_OF_THE_TOLL.match(groups.get("noun") or "")
                and not groups.get("aux")
                and not groups.get("comma")
            ):
                # "L'un des douaniers tués, âgé de 32 ans, ...", "One of the soldiers
                # killed was a captain": one person of a toll told elsewhere, with no verb
                # of their own; not "Un des soldats a été tué" (since 0.62.0).
                continue
            counted_first = None  # the count of the noun a complement "d'une ..." is of
            if pattern is _COUNTED and _TO_THE_OUTCOME.search(groups.get("noun") or ""):
                # "souhaite un prompt rétablissement aux blessés", "un hommage aux morts":
                # the outcome word is a noun after a preposition, not what befell the
                # counted (since 0.35.0).
                continue
            if (
                pattern is _COUNTED
                and (groups.get("n") or "").lower() in ("un", "une")
                and (groups.get("noun") or "").strip()
                and (of := _COMPLEMENT_OF.search(text, max(start, s - 40), s))
                and not _names_people(groups["noun"])
            ):
                # "Deux enseignants d'une école primaire de la commune de Pissila ont été
                # enlevés": the school is the teachers', no one taken; "Le chef d'une
                # fraction nomade ... a été tué": the chief is the one killed (since
                # 0.35.0).
                if of.group("one") and _ACT_NOUN.search(of.group().split()[-2]):
                    # Since 0.68.0 an act's noun is no person: "la dispersion d'un
                    # sit-in", "l'évacuation d'un amphithéâtre" count no one.
                    continue
                if of.group("one"):
                    s = of.start()
                elif of.group("num") and (first := _number(of.group("num"))) is not None:
                    s, counted_first = of.start(), str(first)
                else:
                    continue
            if _UNIT_COUNTED.match(text, s, e):
                continue  # "deux ans après la libération d'un otage enlevé": years (0.46.1)
            if _YEAR_COUNT.match(groups.get("n") or "") and _the_before(text, s):
                continue  # "the 2019 deaths of three soldiers": a year (since 0.64.0)
            if _AGE_BEFORE.search(text, max(start, s - 16), s):
                continue  # "A man aged 60 was killed": an age, no count (since 0.61.0)
            if kind == "abducted" and _BODIES_OF.search(text, max(start, s - 24), s):
                # "Les corps de deux victimes sont introuvables": the dead whose bodies are
                # missing, no one taken (since 0.64.0).
                continue
            if _ordnance_neutralised(text, s, e):
                continue  # "neutralised two explosive devices": no one (since 0.64.0)
            if _NOT_ONE_PERSON.match(text, s, e):
                continue  # "neutralisé un groupe", "une frappe de drone avait tué": no one
            if _AMOUNT.search(text, s, e):
                continue  # "une enveloppe de cinq millions de francs CFA aux blessés"
            if kind == "injured" and (
                _DIED_AFTER.match(text, e, end) or _DEATH_OF.search(text, max(start, s - 16), s)
            ):
                # "après le décès de deux blessés", "Plusieurs blessés ont succombé": the
                # wounded who died are among the dead of the toll, no count of wounded
                # (since 0.58.0).
                continue
            outcome = groups.get("k_killed") or groups.get("k_abducted") or ""
            if _THINGS_TOO.match(groups.get("verb") or "") and not (
                groups.get("verb") or ""
            ).lower().startswith(("abattu", "exécut", "executed", "shot")):
                # "captured two soldiers", "seized two aid workers"; since 0.63.0 "ont
                # emmené six fidèles", "took away 200 head of cattle" (no one taken)
                outcome, counted = groups["verb"], text[s:e]
            else:
                # Since 0.61.0 with the noun's last word before an apposition: "Trois
                # bergers qui avaient refusé de partir ont été abattus" names people.
                counted = (groups.get("noun") or "") + (groups.get("last") or "")
            if (
                _THINGS_TOO.match(outcome)
                and not _names_people(counted)
                and not (
                    # Since 0.62.0 "others" of people counted just before: "neutralisé
                    # dix terroristes et capturé trois autres" (3 abducted).
                    _OTHERS.search(counted) and any(0 <= s - c.end < _OTHERS_REACH for c in found)
                )
            ):
                # "deux hélicoptères abattus", "le plan exécuté": no one killed; "des
                # dizaines de têtes de bétail emmenées": no one taken.
                continue
            verb = (groups.get("verb") or "").lower()
            if verb in _MAKING_VERBS and not _made_a_toll(text, s, e, end):
                # "L'attaque a fait 1 200 déplacés", "a fait deux véhicules endommagés",
                # "leaving 2,000 people homeless": "faire" and "leave" count the dead
                # only with a word of the toll (since 0.61.0).
                continue
            if verb in _MAKING_VERBS and _CAPTIVE_NOUN.search(text[s:e].rstrip()):
                kind = "abducted"
            qualifier, count = _qualify(m)
            if counted_first:
                qualifier, count = "exact", counted_first
            if count is None and qualifier != "vague":
                continue
            whole = (
                _WHOLE_BEFORE.search(text, max(start, s - 80), s)
                if pattern is _COUNTED and not groups.get("verb")
                else None
            )
            if (
                whole
                and whole.group("n").lower() not in ("un", "une", "one")
                and _names_people(whole.group("noun"))
                and (n_whole := _number(whole.group("n"))) is not None
            ):
                # Since 0.63.0 the whole before its part with no comma: "Quatre personnes
                # dont deux femmes ont été enlevées" counts the four (was the two), as
                # "Quatre personnes, dont deux femmes, ..." does.
                s, e = whole.start(), whole.end("noun")
                qualifier, count = _qualifier_word(whole.group("qual")), str(n_whole)
                if _above(whole.group("qual")):
                    count = str(n_whole + 1)
            part = _PARTITIVE.search(text, max(start, s - 30), s)
            if part and kind == "injured" and _DIED_AFTER.match(text, m.end(), end):
                # Since 0.63.0 "Two of the 14 people who were injured died in hospital":
                # the part is among the dead, the whole is the count of the wounded (14;
                # was two wounded).
                part = None
            if part:
                # "Deux des trois humanitaires ont été libérés": the two; "le plus âgé des
                # trois a été relâché": one of them, no count ("la mort des trois
                # soldats": the three).
                first = _number(part.group("part"))
                if first is not None:
                    s, qualifier, count = part.start(), "exact", str(first)
                elif part.group("part").lower().replace("’", "'").removeprefix("l'") in _ONE_OF:
                    continue
            # "Vingt civils et un chef de village ont été tués": one count of 21.
            before = _COORDINATED.search(text, max(start, s - 120), s)
            if before and _ANY_KIND.search(before.group()):
                before = None  # "trois morts et quatre blessés": two kinds, two counts
            if before and _OBJECT_OF_VERB.search(
                text, max(start, before.start() - 40), before.start()
            ):
                # "ont tué 12 soldats et 3 ont été blessés": the first count is the
                # verb's, of its own kind (since 0.46.0).
                before = None
            if before:
                first = _number(before.group("n"))
                sides = side_of(before.group()), side_of(text[s:e])
                first_qualifier = _qualifier_word(before.group("qual"))
                if first is not None and (
                    _apart(before.group(), text[s:e])
                    or (
                        # Since 0.59.0 a first figure before a vague count, whatever
                        # their sides ("Au moins sept dozos et « plusieurs assaillants
                        # » ont été tués": 7 and 2-9; the seven were lost), unless it
                        # counts time or money ("deux jours de combats").
                        qualifier == "vague"
                        and not _UNIT_COUNTED.match(before.group())
                        and not _AMOUNT.search(before.group())
                    )
                ):
                    # "Vingt militaires et un civil": one count per side (codebook); since
                    # 0.47.0 also before a vague count ("Trois soldats et plusieurs
                    # civils": 3 and 2-9; the first was lost).
                    fs = before.start()
                    if before.group("cut"):
                        fe = before.end("cut")
                    else:
                        fe = before.start() + len(before.group())
                        fe -= len(_COORDINATED_TAIL.search(text[fs:fe]).group())  # type: ignore[union-attr]
                    found.append(Casualty(fs, fe, text[fs:fe], kind, first_qualifier, str(first)))
                elif (
                    first is not None
                    and sides[0] is not None
                    and count
                    and count.isdigit()
                    and qualifier == "exact"
                ):
                    # Only a first count whose noun names people: "deux jours de combats et
                    # trois soldats" is not five; "au moins vingt civils et un chef de
                    # village" is at least 21.
                    s, count = before.start(), str(first + int(count))
                    qualifier = first_qualifier
            if (
                not before
                and count
                and count.isdigit()
                and qualifier == "exact"
                and (one := _ONE_AND.search(text, max(start, s - 60), s))
            ):
                if not _apart(one.group(), text[s:e]):
                    # Since 0.63.0 one person named by a role, then a count of the same
                    # side: "l'infirmier et deux patients ont été tués" (3), "son chef de
                    # village et deux de ses fils" (3).
                    s, count = one.start(), str(int(count) + 1)
                elif (tail := _AND_TAIL.search(one.group())) and not any(
                    c.start == one.start() for c in found
                ):
                    # Since 0.63.0 of two sides, the person is a count of their own (the
                    # codebook's one span per side): "The driver and two soldiers were
                    # killed" (1 and 2, was the soldiers alone).
                    pe = one.start() + tail.start()
                    found.append(
                        Casualty(one.start(), pe, text[one.start() : pe], kind, "exact", "1")
                    )
            if (
                groups.get("verb") is not None
                and qualifier == "exact"
                and count
                and count.isdigit()
            ):
                # "ont tué trois soldats et deux civils", "neutralisé un chef ainsi que
                # quatre de ses lieutenants": the verb's second count (since 0.46.0).
                more = _AND_MORE.match(text, e, end)
                second = _number(more.group("n")) if more else None
                if (
                    more
                    and second is not None
                    and not _ANY_KIND.search(more.group("span"))
                    # Since 0.62.0 not a figure by place ("ont tué 22 personnes à
                    # Barsalogho et trois à Pissila"): a count of its own (below).
                    and not _PLACED_FIGURE.match(text, more.end("n"))
                ):
                    second_span = more.group("span")
                    ms, me = more.span("span")
                    if side_word := _SIDE_AFTER.match(text, more.end("n")):
                        # Since 0.61.0 a side told after the figure: "a fait deux morts
                        # côté militaire et cinq côté assaillants" (2 and 5, was 7).
                        second_span = text[ms : side_word.end()]
                        me = more.end("n")
                    second_side = side_of(second_span)
                    if _apart(text[s : more.end("rest")], second_span):
                        # One count per side (codebook): 3 state-forces, 2 civilians;
                        # since 0.58.0 the soldiers apart from the VDP too.
                        second_qualifier = _qualifier_word(more.group("qual"))
                        found.append(Casualty(s, e, text[s:e], kind, qualifier, count))
                        s, e, qualifier, count = ms, me, second_qualifier, str(second)
                    elif second_side or more.group("n").lower() not in ("un", "une", "one"):
                        e, count = more.end("span"), str(int(count) + second)
            found.append(Casualty(s, e, text[s:e], kind, qualifier, count))
    for kind, pattern in _PAIR_PATTERNS:
        for m in scan(pattern, text, lower, start, end):
            s, e = m.span("span") if m.group("span") else m.span("subject")
            found.append(Casualty(s, e, text[s:e], kind, "exact", "2"))
    # Since 0.61.0 a count and one more person with "a": "Five gendarmes and a civilian
    # were killed" (was no count at all).
    if may_hold(lower, (" and a",)):
        for m in scan(_AND_ONE_EN, text, lower, start, end):
            first = _number(m.group("n"))
            if first is None or _UNIT_COUNTED.match(m.group("first")):
                continue
            kind = next(k for k in ("killed", "injured", "abducted") if m.group(f"k_{k}"))
            qualifier = _qualifier_word(m.group("qual"))
            fs, fe = m.span("first")
            if _apart(m.group("first"), m.group("one")):
                os_, oe = m.span("one")
                found.append(Casualty(fs, fe, text[fs:fe], kind, qualifier, str(first)))
                found.append(Casualty(os_, oe, text[os_:oe], kind, "exact", "1"))
            else:
                oe = m.end("one")
                found.append(Casualty(fs, oe, text[fs:oe], kind, qualifier, str(first + 1)))
    # The English patterns of one person need one of their verbs or auxiliaries: most
    # French articles hold none and are not scanned for them (for speed, since 0.57.0).
    english = may_hold(lower, _EN_ONE_PERSON_WORDS)
    for m in (
        (
            *scan(_ONE_PERSON_EN, text, lower, start, end),
            *scan(_ONE_PERSON_EN_PASSIVE, text, lower, start, end),
        )
        if english
        else ()
    ):
        kind = next(k for k in ("killed", "injured", "abducted", "arrested") if m.group(f"k_{k}"))
        s, e = m.span("span")
        if m.re is _ONE_PERSON_EN and kind in ("killed", "injured"):
            # Since 0.63.0 the verb's one person and a count after it, as for "the"
            # below: "shot dead an imam and his two brothers" (3, was the imam alone).
            found += _one_and_more(text, s, e, end, kind)
        else:
            found.append(Casualty(s, e, text[s:e], kind, "exact", "1"))
    for pattern in (
        _FR_ONE_PERSON_PASSIVE,
        _FR_ONE_PERSON_OBJECT,
        *((_EN_ONE_PERSON_PASSIVE, _EN_ONE_PERSON_OBJECT) if english else ()),
    ):
        for m in scan(pattern, text, lower, start, end):
            s, e = m.span("span")
            if pattern is _EN_ONE_PERSON_PASSIVE or pattern is _EN_ONE_PERSON_OBJECT:
                e = _before_place_of(text, s, e)
            kind = "killed" if m.group("k_killed") else "injured"
            if pattern is _FR_ONE_PERSON_OBJECT or pattern is _EN_ONE_PERSON_OBJECT:
                found += _one_and_more(text, s, e, end, kind)
            else:
                found.append(Casualty(s, e, text[s:e], kind, "exact", "1"))
    # Since 0.69.0 captives told by their capture before their release: their noun
    # phrase alone, in place of a count that took the capture's clause in with it.
    if may_hold(lower, _CAPTIVES_FREED_WORDS):
        freed = _captives_freed(text, lower, start, end)
        found = [
            c for c in found if not any(f.start == c.start and c.end > f.end for f in freed)
        ] + freed
    # Since 0.58.0 the parts of a toll broken down after it, of the toll's kind.
    found += [
        Casualty(ps, pe, text[ps:pe], c.kind, "exact", str(n))
        for c in list(found)
        for ps, pe, n in breakdown(text, c.end, c.count)
        if pe <= end
    ]
    # Since 0.63.0 a second count told as the same figure: "Four soldiers were killed and
    # as many wounded", "cinq morts et autant de blessés" (4 injured, was none).
    if may_hold(lower, ("autant", "as many")):
        found += [
            Casualty(a.start("span"), a.end("span"), a.group("span"), kind, c.qualifier, c.count)
            for c in list(found)
            if c.count
            and (a := _SAME_FIGURE.match(text, c.end, min(end, c.end + 80)))
            and (kind := "injured" if a.group("k_injured") else "killed") != c.kind
        ]
    # Since 0.64.0 one more person after a count: "A gendarme was killed and another
    # wounded", "Three soldiers died and a second was injured" (1 injured, was none).
    if may_hold(lower, ("another", "a second", "one other")):
        found += [
            Casualty(a.start("span"), a.end("span"), a.group("span"), kind, "exact", "1")
            for c in list(found)
            if (a := _ANOTHER.match(text, c.end, min(end, c.end + 80)))
            for kind in [next(k[2:] for k, v in a.groupdict().items() if k[:2] == "k_" and v)]
        ]
    # Since 0.62.0 a second count by place, its noun left out ("and four in Koukoukou").
    if may_hold(lower, (" et ", " and ")):
        found += _elliptic_counts(text, found, end)
    # Since 0.68.0 the people an act names by a pronoun after their count.
    if may_hold(lower, _PRONOUN_OBJECT_WORDS):
        found += _counted_by_pronoun(text, found, start, end)
    # Since 0.59.0 a part of a captured whole that a release frees: two counts.
    found = [split for c in found for split in _part_and_whole(text, c, end)]
    # Since 0.58.0 a relative clause is not part of the count (the codebook marks the
    # noun phrase without it): "Un commerçant qui tentait de fuir a été tué" counts "Un
    # commerçant".
    found = [
        replace(c, end=c.start + cut.start(), text=c.text[: cut.start()])
        if (cut := _RELATIVE.search(c.text))
        else c
        for c in found
    ]
    # Since 0.62.0 a count told "au nombre de" after its noun: "Les victimes, au nombre
    # de six, ..." (was no count).
    if may_hold(lower, ("au nombre de", "numbering", "victim")):
        found += _numbering(text, lower, start, end)
    # Since 0.62.0 two figures told "respectively", one per place or act: two counts
    # ("faisant respectivement quatre et sept morts": 4 and 7; was one vague count).
    if may_hold(lower, ("respectiv",)):
        found = [split for c in found for split in _respectively(text, c)]
    # Since 0.66.0 people suspected of an act are not its victims: "trois hommes
    # soupçonnés d'avoir renseigné les ravisseurs d'un commerçant enlevé" is no count of
    # 3 abducted; the act's own victims after it are scanned alone (1 abducted).
    if may_hold(lower, _SUSPECTED_WORDS):
        found = [m for c in found for m in _not_the_suspects(text, c)]
    # Since 0.66.0 a leader and his men: the men's count alone, as the gold gives it ("a
    # tué un commandant de l'Iswap et une dizaine de ses hommes": about 10, was 1).
    if may_hold(lower, (" ses ", " his ")):
        found = [m for c in found for m in _leader_and_men(text, c, end)]
    # Since 0.66.0 a part of the wounded told later by their state is not a second toll:
    # "huit blessés ... Trois blessés sont toujours hospitalisés" (8, was 8 and 3).
    if may_hold(lower, _STILL_WORDS):
        found = [c for c in found if not _still_part(text, c, found)]
    return earliest_longest(found)


#: Words one of which the suspects of an act are named with (a cheap test first).
_SUSPECTED_WORDS = ("soupçonn", "accusé", "suspect", "accused", "présumé")
#: Suspects named by what they are thought to have done, inside a count's span.
_SUSPECTED_OF = re.compile(
    r"\s+(?:soupçonnée?s?|accusée?s?|suspectée?s?|présumée?s?|suspected|accused)\s+"
    # Of an act only ("d'avoir", "of", "to have"): "soupçonnés d'être des jihadistes"
    # is who they are, the outcome after it theirs.
    r"(?:d['’]avoir|of|to\s+have)(?!\w)",
    re.IGNORECASE,
)


def _not_the_suspects(text: str, c: Casualty) -> list[Casualty]:
    """``c`` if its span names no suspects of an act; else the counts of the victims told
    after the suspicion inside it (since 0.66.0): "deux hommes accusés d'avoir enlevé un
    commerçant" gives the trader, never the two men as taken."""
    cut = _SUSPECTED_OF.search(c.text)
    # Only when the outcome word is inside the suspicion, ending the span: "Trois
    # personnes soupçonnées d'avoir renseigné les assaillants | ont été interpellées"
    # are the arrested, their outcome after the span.
    words = _KIND_WORDS.get(c.kind)
    if cut is None or words is None or not re.search(rf"(?:{words})$", c.text, re.IGNORECASE):
        return [c]
    return find_casualties(text, c.start + cut.end(), c.end)


#: The articles of one person before a leader's noun.
_ONE_WORDS = ("un", "une", "le", "la", "a", "the")
#: The nouns of a leader whose men are counted after him.
_LEADER = re.compile(
    r"(?:chef|commandant|leader|émir|emir|commander|chief|ringleader|cadre|lieutenant)s?",
    re.IGNORECASE,
)
#: The men of a leader counted after him, past his name or office set off by commas: ",
#: Mallam Abba Kaka, et une dizaine de ses hommes", "and about 30 of his fighters".
_AND_HIS_MEN = re.compile(
    r"(?:[^.;:!?]{0,80}?)(?:\s*,)?\s+(?:et|ainsi\s+que|and|along\s+with)\s+"
    rf"(?P<span>(?:{_QUALIFIER})?(?:(?:une|un)\s+)?(?P<n>{_NUMBER}|"
    + "|".join(_APPROX)
    + r")\s+(?:de\s+ses|d['’]entre\s+ses|of\s+his)\s+"
    r"(?:hommes|combattants|éléments|fidèles|partisans|gardes|lieutenants|men|fighters|"
    r"followers|bodyguards|guards))(?!\w)",
    re.IGNORECASE,
)


def _leader_and_men(text: str, c: Casualty, end: int) -> list[Casualty]:
    """A count of one leader ("un commandant", "le chef") followed by his men's count:
    the men's count instead, the leader being the act's target, not part of the toll (the
    gold: "tué un chef et une trentaine de ses hommes" is about 30; since 0.66.0). Any
    other count is kept as it is."""
    words = c.text.split()
    if len(words) < 2 or words[0].lower() not in _ONE_WORDS or not _LEADER.fullmatch(words[1]):
        return [c]
    # From the leader's noun on: his count alone ("un chef") or summed with his men's by
    # an earlier rule ("un chef et au moins douze de ses combattants", 13, now 12).
    m = _AND_HIS_MEN.match(text, c.start + len(words[0]) + 1 + len(words[1]), end)
    if m is None or (c.count != "1" and m.end("span") != c.end):
        return [c]
    word = m.group("n").lower()
    if word in _APPROX:
        qualifier, count = "approximate", str(_APPROX[word])
    elif (n := _number(word)) is not None:
        qualifier, count = _qualifier_word(m.group("qual")), str(n)
    else:
        return [c]
    ms, me = m.span("span")
    return [Casualty(ms, me, text[ms:me], c.kind, qualifier, count)]


#: Words one of which a state of the wounded holds (a cheap test before the scan).
_STILL_WORDS = ("hospitalis", "état", "observation", "entre la vie", "hospital", "condition")
#: The state of wounded people told after their count: "sont toujours hospitalisés",
#: "restent dans un état grave", "are still in hospital", "remain in critical condition".
_STILL_STATE = re.compile(
    r"\s+(?:sont|restent|demeurent|étaient|reste|est|are|remain|were|is)\s+"
    r"(?:(?:toujours|encore|still)\s+)?"
    r"(?:hospitalisée?s?|hospitali[sz]ed|internée?s?|en\s+observation|sous\s+observation|"
    r"dans\s+un\s+état|entre\s+la\s+vie|in\s+(?:the\s+)?hospital|"
    r"in\s+(?:a\s+)?(?:serious|critical|stable)\s+condition)(?!\w)",
    re.IGNORECASE,
)


def _still_part(text: str, c: Casualty, found: Sequence[Casualty]) -> bool:
    """Whether ``c`` is wounded people told by their state after a larger toll of wounded
    earlier in the text: a part of that toll, not a second one (since 0.66.0). Alone, the
    count stays ("où 23 blessés sont toujours hospitalisés" is the only toll given)."""
    if c.kind != "injured" or not (c.count or "").isdigit():
        return False
    if not _STILL_STATE.match(text, c.end, c.end + 60):
        return False
    return any(
        o.kind == "injured"
        and o.end <= c.start
        and (o.count or "").isdigit()
        and int(o.count or 0) > int(c.count or 0)
        for o in found
    )


#: A noun of people then its figure set off by commas: "Les victimes, au nombre de six",
#: "les otages, au nombre de quatre", "the dead, numbering 12" (since 0.62.0).
_NUMBERING = re.compile(
    rf"(?<!\w)(?:les|ces|leurs|the)\s+(?P<noun>[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?)\s*,\s*"
    rf"(?:au\s+nombre\s+de|numbering)\s+(?P<qual>au\s+moins|at\s+least|plus\s+de|more\s+than|"
    rf"près\s+de|nearly|environ|about|some)?\s*(?P<n>{_NUMBER})(?!\w)",
    re.IGNORECASE,
)
#: The victims counted after a toll told without its figure: "Des bergers ont été tués
#: ... Les six victimes ..." (since 0.62.0).
_THE_N_VICTIMS = re.compile(
    rf"(?<!\w)(?:les|ces|the|these)\s+(?P<n>{_NUMBER})\s+(?P<noun>victimes|victims)(?!\w)",
    re.IGNORECASE,
)
#: Nouns of the captured, of their kind: "les otages", "the detainees".
_CAPTIVE_NOUNS = (
    ("abducted", re.compile(r"(?<!\w)(?:otages|hostages|captifs|captives)(?!\w)", re.IGNORECASE)),
    (
        "arrested",
        re.compile(r"(?<!\w)(?:détenus|detainees|prisonniers|prisoners)(?!\w)", re.IGNORECASE),
    ),
)
#: The victims, whose kind is the toll's told before them.
_VICTIMS = re.compile(r"victim", re.IGNORECASE)
#: How far back the toll that victims are of is looked for.
_VICTIMS_REACH = 400


#: The same figure again for another outcome, after a count (since 0.63.0): "and as
#: many wounded", "et autant de blessés"; no sentence or clause break between.
_SAME_FIGURE = re.compile(
    r"[^.;:,\n]{0,50}?(?<!\w)(?:et|and)\s+(?P<span>(?:as\s+many|autant\s+de)\s+"
    r"(?:(?P<k_injured>wounded|injured|blessé(?:e)?s)|morts|tués|tuées|dead|killed))(?!\w)",
    re.IGNORECASE,
)


#: One more person for an outcome, after a count (since 0.64.0): "and another wounded",
#: "and a second was injured"; no sentence or clause break between.
_ANOTHER = re.compile(
    r"[^.;:\n]{0,60}?(?<!\w)and\s+(?P<span>another|a\s+second|one\s+other)"
    r"(?:\s+(?:was|has\s+been|had\s+been|is))?\s+"
    r"(?:(?:seriously|slightly|critically|badly|also|later)\s+)?"
    r"(?:(?P<k_killed>killed|shot\s+dead|died)|(?P<k_injured>wounded|injured|hurt)|"
    r"(?P<k_abducted>abducted|kidnapped|missing))(?!\w)",
    re.IGNORECASE,
)


def _one_and_more(text: str, s: int, e: int, end: int, kind: str) -> list[Casualty]:
    """The count(s) of one person a verb of outcome names (``text[s:e]``) and of a count
    of people joined to it: one count of both when they are of one side ("killing the
    driver and three passengers": 4, since 0.63.0), two counts when of two sides
    ("killing the driver and three soldiers": 1 and 3, since 0.63.0; was the driver
    alone, the soldiers lost)."""
    one = Casualty(s, e, text[s:e], kind, "exact", "1")
    more = _AND_MORE.match(text, e, end)
    if (
        not more
        or more.group("rest").strip()
        or (n := _number(more.group("n"))) is None
        or more.group("qual")
        or _ANY_KIND.search(more.group("span"))
        or not (
            _names_people(more.group("span"))
            # Since 0.64.0 the roles one person of a pair is named by, as the joined
            # count's head: "the driver and his two apprentices" (3), "a trader and two
            # passengers".
            or _ROLE_NOUN.fullmatch(more.group("span").split()[-1])
        )
    ):
        return [one]
    ms, me = more.span("span")
    if _apart(text[s:e], more.group("span")):
        return [one, Casualty(ms, me, text[ms:me], kind, "exact", str(n))]
    return [Casualty(s, me, text[s:me], kind, "exact", str(n + 1))]


def _numbering(text: str, lower: str | None, start: int, end: int) -> list[Casualty]:
    """Counts told with "au nombre de"/"numbering" after their noun, or as "les six
    victimes": of the noun's kind ("Les blessés, au nombre de douze": 12 injured) or,
    for victims, of the last outcome word before them ("Des bergers ont été tués ... Les
    victimes, au nombre de six": 6 killed); none when no kind is told (since 0.62.0)."""
    found: list[Casualty] = []
    matches = (
        [*scan(_NUMBERING, text, lower, start, end)]
        if may_hold(lower, ("au nombre de", "numbering"))
        else []
    )
    if may_hold(lower, ("victim",)):
        matches += scan(_THE_N_VICTIMS, text, lower, start, end)
    for m in matches:
        count = _number(m.group("n"))
        if count is None:
            continue
        noun = m.group("noun")
        kinds = [kind for kind, pattern in _KIND_PATTERNS.items() if pattern.search(noun)]
        kinds += [kind for kind, pattern in _CAPTIVE_NOUNS if not kinds and pattern.search(noun)]
        if not kinds and _VICTIMS.search(noun):
            before = text[max(0, m.start() - _VICTIMS_REACH) : m.start()]
            last = [
                (hit.end(), kind)
                for kind, pattern in _KIND_PATTERNS.items()
                for hit in pattern.finditer(before)
            ]
            kinds = [max(last)[1]] if last else []
        if len(kinds) != 1:
            continue
        qual = m.groupdict().get("qual")
        if _above(qual):
            count += 1  # "more than 20" is 21, as _qualify counts
        found.append(
            Casualty(m.start(), m.end(), m.group(), kinds[0], _qualifier_word(qual), str(count))
        )
    return found


#: Where two figures may be joined: "quatre et sept", "4, et 7", "four and seven".
_FIGURES_JOINED = re.compile(r"\s*,?\s+(?:et|and)\s+", re.IGNORECASE)
#: A figure opening the rest of a count: "sept morts", "7 morts", "twenty-one people".
_FIGURE_FIRST = re.compile(rf"\d+|{_WORD}(?:[\s-]+{_WORD})*", re.IGNORECASE)
#: "respectivement" just before a count, "respectively" in the words after it.
_RESPECTIVELY_BEFORE = re.compile(r"respectivement\s+$", re.IGNORECASE)
_RESPECTIVELY_AFTER = re.compile(r"[^.;:\n]{0,40}?\brespectively\b", re.IGNORECASE)


def _respectively(text: str, c: Casualty) -> list[Casualty]:
    """``c`` as two counts when its two figures are told respectively ("ont fait
    respectivement quatre et sept morts", "killing four and seven people respectively"):
    each figure is its own act's toll, neither a range nor one sum (since 0.62.0)."""
    if not (
        _RESPECTIVELY_BEFORE.search(text, max(0, c.start - 16), c.start)
        or _RESPECTIVELY_AFTER.match(text, c.end)
    ):
        return [c]
    for joint in _FIGURES_JOINED.finditer(c.text):
        second = _FIGURE_FIRST.match(c.text, joint.end())
        if second is None:
            continue
        first_n = _number(c.text[: joint.start()])
        second_n = _number(second.group())
        if first_n is None or second_n is None:
            continue
        if _number(c.text[: second.end()]) is not None:
            continue  # "vingt et un": one figure, the "et" is inside it
        rs = c.start + joint.end()
        return [
            Casualty(
                c.start,
                c.start + joint.start(),
                c.text[: joint.start()],
                c.kind,
                "exact",
                str(first_n),
            ),
            Casualty(rs, c.end, text[rs : c.end], c.kind, "exact", str(second_n)),
        ]
    return [c]


#: A side told after a second figure: "et cinq côté assaillants", "et trois du côté
#: des terroristes" (since 0.61.0).
_SIDE_AFTER = re.compile(
    r"\s+(?:du\s+)?côté\s+(?:des\s+|de\s+l['’]\s*|du\s+|de\s+la\s+)?[\w'’-]+", re.IGNORECASE
)
#: The verbs that make a toll of any count after them: "a fait", "faisant", "leaving".
_MAKING_VERBS = frozenset({"fait", "faisant", "leaving"})
#: The nouns of a toll "faire" or "leave" makes: "a fait trois morts", "faisant deux
#: victimes", "leaving 12 dead".
_TOLL_NOUN = re.compile(
    r"(?:morte?s?|victimes?|tuée?s?|blessée?s?|décès|disparue?s|otages?|dead|victims?|"
    r"casualties|injured|wounded|"
    # Since 0.64.0 the captives "faire" makes: "a fait une quinzaine de prisonniers".
    r"prisonni(?:er|ère)s?|prisoners?|hostages?)$",
    re.IGNORECASE,
)
#: The nouns of captives "faire" or "leave" makes, whose count is of the abducted
#: (codebook: captured combatants, hostages), not of the dead the verb's kind says
#: ("a fait trois otages" was three killed before 0.64.0).
_CAPTIVE_NOUN = re.compile(r"(?:otages?|prisonni(?:er|ère)s?|prisoners?|hostages?)$", re.IGNORECASE)
#: What people counted after "faire" may be other than dead: "3 000 personnes déplacées".
_NOT_HARMED = re.compile(
    r"\s+(?:déplacée?s|réfugiée?s|sinistrée?s|sans[\s-]abris?|affectée?s|touchée?s|"
    r"displaced|homeless|stranded|affected)\b",
    re.IGNORECASE,
)


#: The rest of a phrase, up to its punctuation.
_TO_PHRASE_END = re.compile(r"[^,.;:()\n]*")


def _made_a_toll(text: str, start: int, end: int, stop: int) -> bool:
    """Whether the count ``text[start:end]`` after "a fait", "faisant" is a toll: its
    noun is a word of the toll ("trois morts", "deux victimes"), or names people with a
    word of harm after it ("deux soldats tués"), never the displaced ("1 200 déplacés",
    "3 000 personnes déplacées")."""
    words = text[start:end].split()
    noun = words[-1] if words else ""
    if _NOT_HARMED.match(text, end, stop):
        return False
    if _TOLL_NOUN.search(noun):
        return True
    if not _names_people(noun):
        return False
    # The word of harm may close a coordination: "leaving 11 soldiers and about 30
    # militants dead".
    rest = _TO_PHRASE_END.match(text, end, min(stop, end + 80))
    return rest is not None and bool(_ANY_KIND.search(rest.group()))


#: The negation before "one" that makes it no one: "No one was hurt", "not one
#: soldier was wounded", "pas un seul civil" (since 0.60.0).
_NO_ONE = re.compile(r"\b(?:no|not|pas|aucun|sans)\s*$", re.IGNORECASE)
#: A count phrase that runs into an infinitive of the claim ("dans un communiqué avoir
#: neutralisé", "dans une vidéo avoir tué"): in French no victims stand before "avoir"
#: or "être" as its subject, so the phrase is the claim's medium (since 0.66.0).
_CLAIM_INFINITIVE = re.compile(
    r"\s(?:avoir|être)\s",
    re.IGNORECASE,
)
#: Since 0.68.0 an outcome word that is the infinitive of an accusation or an account,
#: right after "d'avoir", "of having": its subject is no one the phrase before counts
#: ("Les habitants de trois villages qui accusent l'armée d'avoir tué des civils", "two
#: groups who accuse soldiers of having killed"); not "Trois personnes soupçonnées
#: d'avoir renseigné les assaillants ont été interpellées", whose outcome has its own
#: auxiliary.
_OUTCOME_INFINITIVE = re.compile(
    r"(?:\bd['’]\s*(?:avoir|être)|\bof\s+having)\s+(?:(?:été|been)\s+)?$",
    re.IGNORECASE,
)
#: "autres", "others" after a figure: people when a count of people comes just before.
#: Since 0.63.0 also the noun alone ("et quatre autres emmenés vers les îles": the noun
#: phrase is "autres", with no space before it).
_OTHERS = re.compile(r"(?<!\S)(?:autres|others)\s*$", re.IGNORECASE)
_OTHERS_REACH = 80
#: The "as" of "twice as many", "as many": a multiple of a count told before (0.62.0).
_AS_MANY = re.compile(r"\bas\s+$", re.IGNORECASE)
#: Acts counted before an outcome word, no people: "Two separate attacks killed",
#: "deux embuscades meurtrières" (since 0.60.0).
_ACTS_COUNTED = re.compile(
    r"(?:[\w'’-]+\s+)?(?:attaques|attacks|raids|embuscades|ambushes|explosions|frappes|"
    r"strikes|incidents|assauts|assaults|opérations|operations|incursions)\b",
    re.IGNORECASE,
)
#: Wounded to death: the dead ("Un civil a été mortellement blessé", "fatally wounded").
_FATALLY = re.compile(
    r"\b(?:(?:mortellement|fatally)\s+(?:bless|wound|injur)|blessant\s+mortellement|"
    r"blessé\s+mortellement|fatally\s+wounding)",
    re.IGNORECASE,
)
#: The wounded who died, after the count: "deux blessés ayant succombé", "Plusieurs
#: blessés ont succombé", "three wounded soldiers later died".
_DIED_AFTER = re.compile(
    r"(?:\s+(?:soldats|militaires|civils|soldiers|civilians|people))?"
    # Since 0.64.0 how badly, after the noun: "Plusieurs blessés graves ont succombé".
    r"(?:\s+(?:graves|grièvement\s+atteints|critiques|sérieux))?\s+"
    r"(?:(?:ont|ayant|sont|avaient|étaient|have|had|later|ensuite|finalement|since|depuis)\s+)"
    r"{0,2}(?:succomb|décéd|died\b|morte?s\s+(?:à|des|de|dans)\b)",
    re.IGNORECASE,
)
#: An armed group as the agent of a detention: "détenus par des hommes armés", "held by
#: jihadists" (since 0.62.0).
_BY_ARMED_GROUP = re.compile(
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:by|par)\s+(?:(?:des|un|une|les|an|a|the|some|suspected)\s+)?"
    r"(?:hommes\s+armés|individus\s+armés|groupes?\s+armés?|armed\s+(?:men|groups?)|"
    r"gunmen|jihadist|djihadist|terroris|ravisseurs|kidnappers|insurg|assaillants|attackers|"
    r"combattants|fighters|militants\s+(?:islamistes|jihadistes)|islamist)",
    re.IGNORECASE,
)
#: The verb of death after an outcome set off by commas: ", a succombé", ", died" (the
#: wounded person of "Un soldat, grièvement blessé, a succombé" is dead, since 0.62.0).
_DIED_APPOSED = re.compile(
    r",\s+(?:(?:a|ont|est|sont|has|have|had|later|ensuite|finalement|since|depuis|plus\s+tard)"
    r"\s+){0,2}(?:succomb|décéd|died\b|passed\s+away)",
    re.IGNORECASE,
)
#: The death of the counted, before the count: "après le décès de deux blessés".
_DEATH_OF = re.compile(r"(?:décès|mort|death|deaths)\s+(?:de|d['’]|of)\s+$", re.IGNORECASE)
#: A relative clause in a count's span, and the space or comma before it.
_RELATIVE = gated(re.compile(r",?\s+(?:qui|who)\s", re.IGNORECASE))


#: The "de" of a noun's complement just before "un"/"une" ("d'une école"), with the noun
#: it complements when that is one person ("Le chef d'une", "le chauffeur d'un").
_COMPLEMENT_OF = re.compile(
    r"(?:(?P<one>(?<!\w)(?:le|la|l['’]|son|sa|leur))\s*|(?<!\w)(?P<num>[\w-]+)\s+)?"
    r"(?<!\w)[\w’'-]+\s+d(?:['’]|e\s+)$",
    re.IGNORECASE,
)
#: The ending of a noun of an act or a state, never a person's (since 0.68.0):
#: "dispersion", "évacuation", "fermeture", "encerclement", "pillage".
_ACT_NOUN = re.compile(r"(?:tion|sion|ment|ure|age)s?$", re.IGNORECASE)
#: A preposition before the outcome word: "aux blessés", "au mort", "pour les victimes".
_TO_THE_OUTCOME = re.compile(r"(?<!\w)(?:aux|au|à|pour|to|for|with|avec)\s+$", re.IGNORECASE)
#: The whole a count is part of, when it is the toll itself: "of the", "des".
_PART_OF_TOLL = re.compile(r"(?:of\s+the|des|d['’]entre\s+les)\s+", re.IGNORECASE)
#: The noun of one person of a toll: "des douaniers", "of the soldiers" (since 0.62.0).
_ONE_OF_THE_TOLL = re.compile(r"(?:of\s+the|des|d['’]entre\s+les)\s+\S", re.IGNORECASE)
#: A toll's change told from its old figure (since 0.30.0): "est passé de", "rose from".
_CHANGED_FROM = re.compile(
    r"\b(?:passé|passant|monté|grimpé|rose|risen|climbed|jumped|increased|revised\s+\w+)\s+"
    r"(?:de|from)\s+$",
    re.IGNORECASE,
)
#: A sum, a weight or a span counted, not people (since 0.25.0): "remis une enveloppe de
#: cinq millions de francs CFA aux blessés" counts no one wounded.
_AMOUNT = re.compile(
    r"\b(?:millions?|milliards?|francs|fcfa|cfa|dollars?|euros?|tonnes?|litres?|hectares?|"
    r"kilos?|kg|kilomètres|km|heures|jours|semaines|mois|années)\b",
    re.IGNORECASE,
)
#: Outcome words said of things as well as people (since 0.15.0): their count must name
#: people ("Trois civils ont été abattus", not "deux drones abattus").
_THINGS_TOO = re.compile(
    r"(?:abattu|exécut|executed|shot\s+dead|emmen|captur|seiz|took\s+away|taking\s+away|"
    r"taken\s+away|led\s+away|carried\s+off)",
    re.IGNORECASE,
)
#: The bodies of a count of people, before it (since 0.64.0).
_BODIES_OF = re.compile(
    r"(?:\bcorps|dépouilles?|restes|bodies|remains)\s+(?:de|des|d['’]|of)\s*$", re.IGNORECASE
)
#: Ordnance the army says it neutralised or destroyed as it says it of fighters (since
#: 0.64.0): "neutralisé deux engins explosifs", "neutralised two explosive devices".
_ORDNANCE = re.compile(
    r"\b(?:engins?|explosi\w*|devices?|mines?|ieds?|eei|bombes?|bombs?|obus|roquettes?|"
    r"rockets?|drones?)\b",
    re.IGNORECASE,
)
_NEUTRALISED = re.compile(r"neutrali[sz]", re.IGNORECASE)
#: Ordnance named right after a count's span ("deux engins", "two explosive devices").
_ORDNANCE_NEXT = re.compile(rf"\s+(?:d['’]|de\s+|of\s+)?{_ORDNANCE.pattern}", re.IGNORECASE)


def _ordnance_neutralised(text: str, s: int, e: int) -> bool:
    """Whether the count at ``s:e`` counts ordnance (its noun, or the word right after
    it) that a "neutralise" near it acts on."""
    counted = _ORDNANCE.search(text, s, e) or _ORDNANCE_NEXT.match(text, e)
    return counted is not None and (
        _NEUTRALISED.search(text, max(0, s - 40), min(len(text), e + 40)) is not None
    )


def _names_people(noun: str) -> bool:
    """Whether a counted noun phrase names people (a side, or a noun of people)."""
    words = noun.split()
    return side_of(noun) is not None or any(_PEOPLE.match(w) for w in words)


def _qualify(m: re.Match[str]) -> tuple[str, str | None]:
    qualifier, count = _qualify_words(m)
    # Since 0.56.0 the bound a qualifier puts on a round figure (codebook: "au moins une
    # dizaine" is at-least 10), and "more than" is above it, as the corpus counts: "more
    # than 50 militants" 51, "plus d'une trentaine de terroristes" 31.
    bound = _qualifier_word(m.groupdict().get("qual"))
    if bound == "at-least" and count is not None and count.isdigit():
        return bound, str(int(count) + 1) if _above(m.group("qual")) else count
    if qualifier == "exact" and _BOUND_AFTER.search(m.groupdict().get("noun") or ""):
        # Since 0.63.0 the bound after the noun: "Vingt personnes au moins ont été
        # tuées", "twelve soldiers at least" (at-least, was exact).
        return "at-least", count
    return qualifier, count


#: A whole told right before the part of it a count is, with no comma (since 0.63.0):
#: "Quatre personnes dont ...", "Five people including ...".
_WHOLE_BEFORE = re.compile(
    rf"(?<![\w'’])(?:{_QUALIFIER})?(?P<n>\d+|{_NUMBER_WORDS})\s+"
    r"(?P<noun>[a-zà-ÿ][\w'’-]*(?:\s+(?!(?:dont|including)\b)[\w'’-]+){0,2}?)"
    r"\s+(?:dont|including|parmi\s+(?:eux|elles|lesquels))\s+$",
    re.IGNORECASE,
)
#: A lower bound told after the counted noun (since 0.63.0).
_BOUND_AFTER = re.compile(r"(?<!\w)(?:au\s+moins|at\s+least)\s*$", re.IGNORECASE)


def _above(qual: str | None) -> bool:
    """Whether a bound's words put the count above its figure: "more than 50", "plus
    d'une trentaine" (51, 31), not "au moins 50"."""
    words = (qual or "").lower().split()
    return bool(words) and words[0] in ("plus", "more", "over", "well")


#: The first word after a match's group (a round figure's or a quantifier's noun).
_NEXT_WORD = re.compile(r"\s*([a-zà-ÿ]+)", re.IGNORECASE)
#: The words of tens and hundreds a quantifier may count with no noun after them.
_TENS_WORDS = frozenset(("dizaines", "centaines", "dozen", "hundred"))


def _word_after(m: re.Match[str], group: str) -> str:
    """The word right after ``group`` of ``m`` in its text, when ``group`` matched and
    the word lies inside the match ("" otherwise)."""
    if m.groupdict().get(group) is None:
        return ""
    word = _NEXT_WORD.match(m.string, m.end(group), m.end())
    return word.group(1) if word else ""


def _qualify_words(m: re.Match[str]) -> tuple[str, str | None]:
    groups = m.groupdict()
    if groups.get("approx"):
        return "approximate", str(_APPROX[groups["approx"].lower()])
    if groups.get("dozen"):
        # "at least a dozen militants" (since 0.15.0); since 0.59.0 "half a dozen",
        # "two dozen".
        times = {
            "half": 6, "two": 24, "three": 36, "four": 48, "deux": 24, "trois": 36, "quatre": 48,
        }  # fmt: skip
        return "approximate", str(times.get(groups["dozen"].split()[0].lower(), 12))
    if groups.get("score"):
        return "approximate", "20"
    if groups.get("vague"):
        # Since 0.67.0 the tens or hundreds right after the quantifier, with no noun
        # after them: "tuant plusieurs dizaines", "neutralisé quelques centaines" (20-99,
        # 200-999; was a few, 2-9).
        after = _word_after(m, "vague").lower()
        words = groups["vague"] + (" " + after if after in _TENS_WORDS else "")
        for pattern, value in _VAGUE_RANGES:
            if pattern.search(words):
                return "vague", value
        return "vague", None
    noun = (groups.get("noun") or "").split()
    round_word = noun[0].lower() if noun else _word_after(m, "n").lower()
    if (groups.get("n") or "").lower() in ("un", "une") and round_word in _APPROX:
        # "Sept personnes ont été tuées et une dizaine blessées" (since 0.20.0): the
        # people left out, "une dizaine" is about ten, not one; since 0.67.0 with no
        # noun at all, after its verb: "tuant une dizaine", "neutralisé une trentaine".
        return "approximate", str(_APPROX[round_word])
    n = _number(groups["n"]) if groups.get("n") else None
    if n is None and groups.get("between") and groups.get("n"):
        # "entre dix et quinze": the number words read as one phrase are the range's two
        # figures (since 0.59.0).
        ends = [_number(w) for w in _RANGE_AND.split(groups["n"], maxsplit=1)]
        if len(ends) == 2 and ends[0] is not None and ends[1] is not None:
            low, high = sorted((ends[0], ends[1]))
            return "approximate", f"{low}-{high}"
    if n is None:
        return "vague", None
    second = groups.get("n2") or groups.get("n3")
    n2 = _number(second) if second else None
    if n2 is not None:
        return "approximate", f"{min(n, n2)}-{max(n, n2)}"
    return _qualifier_word(groups.get("qual")), str(n)


#: The "et", "and" between the two figures of a range in words: "entre dix et quinze".
_RANGE_AND = re.compile(r"\s+(?:et|and)\s+", re.IGNORECASE)


def _qualifier_word(qual: str | None) -> str:
    """The casualty_qualifier a count's qualifying words give: "au moins 12" is at-least,
    "environ 12" approximate, "12" alone exact."""
    words = (qual or "").lower().split()
    if not words:
        return "exact"
    if words[0] in ("au", "plus", "pas", "at", "more", "over", "no", "not", "upwards", "well"):
        return "at-least"
    return "approximate"


#: Verbs of an outcome (lemmas of the French model) and the kind of count their subject
#: or object is.
_OUTCOME_LEMMAS = {
    "tuer": "killed", "abattre": "killed", "neutraliser": "killed", "exécuter": "killed",
    "assassiner": "killed", "blesser": "injured", "enlever": "abducted",
    "kidnapper": "abducted", "séquestrer": "abducted", "arrêter": "arrested",
    "interpeller": "arrested", "appréhender": "arrested", "libérer": "freed",
    "relâcher": "freed", "recouvrer": "freed",
}  # fmt: skip
#: Verbs whose subject is freed ("recouvrer la liberté").
_REGAINING = frozenset({"recouvrer"})


#: Nouns of people whose side the noun does not tell.
#: A role noun of :data:`_PAIR_NOUNS`, singular or plural (since 0.64.0).
_ROLE_NOUN = re.compile(rf"(?:{_PAIR_NOUNS})(?:s|es)", re.IGNORECASE)
_PEOPLE = re.compile(
    r"(?:personnes?|individus?|hommes?|membres?|otages?|suspects?|détenus?|prisonniers?|"
    r"travailleurs?|employés?|ouvriers?|jeunes|notables?|élus?|conseillers?|responsables?|"
    r"militants?|manifestants?|opposants?|proches?|victimes?|"
    # Since 0.15.0: "Quatre délégués syndicaux, interpellés jeudi".
    r"délégués?|syndicalistes?|fonctionnaires?|étudiants?|cadres?|"
    # Since 0.58.0 the people a release frees: "released five former ministers".
    r"ministres?|captifs?|captives?|hostages?|detainees?|prisoners?|ministers?|"
    r"officials?|persons?|men|workers?|employees?|members?|leaders?|activists?|"
    r"opponents?|"
    # Since 0.63.0 kin and colleagues, counted after one person of them: "the village
    # chief and two of his sons", "le chef du village et deux de ses fils", "a guard and
    # his three colleagues".
    r"fils|frères?|sœurs?|cousins?|neveux|sons?|brothers?|sisters?|nephews?|relatives?|"
    r"collègues?|compagnons?|colleagues?|companions?)$",
    re.IGNORECASE,
)


def _freed_kind(phrase: str, before: str = "", after: str = "") -> str:
    """The kind of a count of freed people: detainees are arrested, others abducted.
    Since 0.20.0 a count of some of those told before ("Sept d'entre eux ont été
    relâchés") takes the kind of the last taking told just ``before`` it: an arrest
    ("ont été interpellés", "ont été arrêtés") or an abduction. Since 0.58.0 a count whose
    own words tell neither takes the kind of the taking the rest of its sentence, ``after``
    it, tells ("released five former ministers ..., two years after they were
    detained"), when it tells only one."""
    if _DETAINED.search(phrase):
        return "arrested"
    if not _OF_THEM.search(phrase):
        if (
            not _ABDUCTED_BEFORE.search(phrase)
            and _ARRESTED_BEFORE.search(after)
            and not _ABDUCTED_BEFORE.search(after)
        ):
            return "arrested"
        return "abducted"
    arrests = [m.end() for m in _ARRESTED_BEFORE.finditer(before)]
    abductions = [m.end() for m in _ABDUCTED_BEFORE.finditer(before)]
    return "arrested" if arrests and max(arrests) > max(abductions, default=-1) else "abducted"


#: Some of the people told before: "d'entre eux", "of them".
_OF_THEM = re.compile(r"\b(?:d['’]entre\s+(?:eux|elles)|of\s+them|among\s+them)\b", re.IGNORECASE)
_ARRESTED_BEFORE = re.compile(
    r"\b(?:interpellé|arrêté|détenu|gardés?\s+à\s+vue|placés?\s+en\s+détention|"
    r"conduits?\s+au\s+commissariat|arrested|detained)",
    re.IGNORECASE,
)
_ABDUCTED_BEFORE = re.compile(
    r"\b(?:enlevé|kidnappé|otage|ravisseur|emmené|abducted|kidnapped|hostage|captors?)",
    re.IGNORECASE,
)
#: How far before a count its taking is looked for, in characters.
_FREED_REACH = 400
#: The end of a sentence: a full stop, a question or exclamation mark, or a new line.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _rest_of_sentence(text: str, start: int, end: int) -> str:
    """The text from ``start`` to the end of its sentence (at most ``end``)."""
    stop = _SENTENCE_END.search(text, start, end)
    return text[start : stop.start() if stop else end]


def parsed_counts(text: str, tokens: Sequence[Token]) -> list[Casualty]:
    """Counts the patterns miss because the counted phrase is long, found in the parse
    (since 0.12.0): the passive subject or the object of a verb of outcome, with a number
    ("Sept commerçants qui se rendaient au marché de Gothèye ont été enlevés") or, for a
    noun that says whose people they are, an article ("un infirmier du centre de santé
    de Bani a été enlevé"); since 0.15.0 also a counted noun that a participle of outcome
    qualifies ("Quatre délégués syndicaux, interpellés jeudi à Kéniéba, ont été
    relâchés": four arrested). The span runs from the number to the noun and its
    adjectives; one count per span, the first verb's."""
    out: list[Casualty] = []
    for noun in tokens:
        if noun.pos != "NOUN":
            continue
        verbs = [tokens[noun.head]] if noun.dep in ("nsubj:pass", "obj") else []
        if noun.dep == "nsubj" and tokens[noun.head].lemma.lower() in _REGAINING:
            # Since 0.58.0 the subject of regaining freedom: "Cinq responsables ...
            # détenus à la Maison centrale d'arrêt de Bamako ont recouvré la liberté".
            verbs = [tokens[noun.head]]
        verbs += [
            t
            for t in tokens[noun.index + 1 : noun.index + 6]
            if t.head == noun.index and t.dep == "acl"
        ]
        for verb in verbs:
            kind = _OUTCOME_LEMMAS.get(verb.lemma.lower()) if verb.pos == "VERB" else None
            # A phrase within 40 tokens before its verb or 15 after it.
            if kind is None or not -40 <= noun.index - verb.index < 15:
                continue
            found = _counted(text, tokens, noun, verb, kind)
            if found is not None and not any(c.start == found.start for c in out):
                out.append(found)
    return out


def _counted(
    text: str, tokens: Sequence[Token], noun: Token, verb: Token, kind: str
) -> Casualty | None:
    """The count of ``noun``, the people ``verb`` (of outcome ``kind``) befell, or None."""
    quantifiers = [t for t in tokens[max(0, noun.index - 4) : noun.index] if t.head == noun.index]
    # Since 0.15.0 a number the parser mistook for a name at a sentence's start ("Neuf
    # chauffeurs", tagged PROPN): a number word or digits right before the noun.
    number = next(
        (
            t
            for t in quantifiers
            if t.dep == "nummod"
            or (
                t.index == noun.index - 1
                and t.text.lower() not in ("un", "une")
                and _number(t.text) is not None
            )
        ),
        None,
    )
    article = next(
        (t for t in quantifiers if t.dep == "det" and t.text.lower() in ("un", "une")), None
    )
    first = number or article
    if first is None:
        return None
    count = _number(first.text) if number else 1
    if count is None or not _names_people(noun.text):
        return None  # "200 têtes de bétail", "deux véhicules": no people
    end = noun.end
    for t in tokens[noun.index + 1 : noun.index + 3]:
        if t.head != noun.index or t.dep != "amod":
            break
        end = t.end
    phrase = text[first.start : end]
    told = text[first.start : verb.start] if verb.start > first.start else phrase
    found_kind = (
        _freed_kind(told, text[max(0, first.start - _FREED_REACH) : first.start])
        if kind == "freed"
        else kind
    )
    return Casualty(first.start, end, phrase, found_kind, "exact", str(count))


#: The moods of a finite verb (the morphologizer leaves participles and infinitives
#: without one): "accusent", "s'étaient", "font", "ont".
_FINITE_MOODS = frozenset({"Ind", "Cnd", "Sub", "Imp"})


#: A verb that places its subject among the toll: "un jeune berger figure parmi les
#: morts", "deux enfants comptent parmi les blessés", "a teacher is among the dead".
_AMONG_AFTER = re.compile(r"\s+(?:parmi|among)\b", re.IGNORECASE)
#: A verb of remaining before the outcome, the count's own predicate: "Quatre jeunes
#: filles restent introuvables", "deux bergers demeurent portés disparus".
_REMAINING = frozenset({"rester", "demeurer"})


def cut_at_clauses(
    text: str, tokens: Sequence[Token], counts: Sequence[Casualty]
) -> list[Casualty]:
    """The counts with each phrase that runs over a finite verb read again after it
    (since 0.68.0). The patterns let a counted phrase run up to eight words to reach its
    outcome word; a phrase that crosses a conjugated verb is no phrase but the end of one
    clause and the start of another, whatever the verb: "les relations entre les *deux
    pays s'étaient tendues après la mort* de plusieurs commerçants" (no count of 2),
    "accusent l'armée d'avoir touché *un campement d'éleveurs et font état de plusieurs
    morts*" (the count is "plusieurs morts", 2-9, not 1), "*plusieurs habitants joints
    par téléphone accusent l'armée d'avoir tué*" (the witnesses are no dead). The text
    after the last such verb is scanned again, so a count told there is kept. Only a
    parse gives the moods (French); a document without one keeps its counts."""
    out: list[Casualty] = []
    for c in counts:
        i = bisect_left(tokens, c.start, key=_token_start)
        verb = None
        for t in tokens[i + 1 :]:
            if t.start >= c.end:
                break
            if (
                t.mood in _FINITE_MOODS
                and t.pos in ("VERB", "AUX")
                and not _AMONG_AFTER.match(text, t.end)
                and t.lemma.lower() not in _REMAINING
            ):
                verb = t
        if verb is None:
            out.append(c)
        else:
            out += find_casualties(text, verb.end, c.end)
    return out


def _token_start(t: Token) -> int:
    return t.start


#: Since 0.68.0 an act of outcome whose object is a pronoun standing for people counted
#: just before it in the sentence: "ont fait descendre quatre passagers, dont un
#: enseignant, avant de les emmener", "deux commerçants qu'ils ont emmenés vers la
#: brousse", "ont interpellé trois hommes et les ont exécutés", "stopped the bus, ordered
#: five passengers off and took them away", "seized two guards and killed them".
_PRONOUN_OBJECT = re.compile(
    r"(?:\bqu['’](?:ils|elles)\s+(?:les\s+)?(?:ont|avaient|auraient)\s+|"
    r"\b(?:avant\s+de|afin\s+de|pour|puis|et)\s+(?:de\s+)?les\s+"
    r"(?:(?:ont|avaient|auraient|avoir)\s+)?)"
    r"(?:(?:ensuite|aussitôt|finalement)\s+)?"
    r"(?P<verb>emmen\w*|enlev\w*|kidnapp\w*|séquestr\w*|exécut\w*|abatt\w*|tu(?:er|ée?s?)\b)"
    r"|\b(?P<en>(?:took|taking|led|leading|marched|marching)\s+them\s+away|"
    r"(?:killed|killing|executed|executing|abducted|abducting|kidnapped|kidnapping)\s+them\b)",
    re.IGNORECASE,
)
_PRONOUN_OBJECT_WORDS = (" les ", "them", "qu'ils", "qu'elles", "qu’ils", "qu’elles")
#: A count of people in the sentence before the pronoun (its noun's first words).
_PEOPLE_COUNT = re.compile(
    rf"(?<![\w'’]){_COUNT}(?P<noun>[a-zà-ÿ][\w'’-]*(?:\s+(?!(?:{_STOP})\b)[a-zà-ÿ][\w'’-]*){{0,2}})",
    re.IGNORECASE,
)
#: How far before the pronoun its count is looked for.
_PRONOUN_REACH = 120


def _counted_by_pronoun(
    text: str, found: Sequence[Casualty], start: int, end: int
) -> list[Casualty]:
    """Counts of people an act of outcome names by a pronoun after them in their
    sentence (:data:`_PRONOUN_OBJECT`): the last count of people before the pronoun,
    within its sentence, that no other count already holds; a figure, not a vague
    quantifier."""
    out: list[Casualty] = []
    for m in _PRONOUN_OBJECT.finditer(text, start, end):
        word = (m.group("verb") or m.group("en") or "").lower()
        kind = (
            "killed" if word.startswith(("exécut", "abatt", "tu", "kill", "execut")) else "abducted"
        )
        lo = max(start, m.start() - _PRONOUN_REACH)
        stop = max(text.rfind(". ", lo, m.start()), text.rfind("\n", lo, m.start()))
        lo = stop + 1 if stop >= 0 else lo
        last = None
        for c in _PEOPLE_COUNT.finditer(text, lo, m.start()):
            noun = c.group("noun")
            one = (c.group("n") or "").lower() in ("un", "une", "a", "an", "one")
            if _names_people(noun.split()[0]) and not one:
                last = c
        if last is None:
            continue
        s = last.start()
        e = last.start("noun") + len(last.group("noun").split()[0])
        if any(f.start < e and s < f.end for f in (*found, *out)):
            continue
        qualifier, count = _qualify(last)
        if count is None or qualifier == "vague":
            # "Ils ont fait sortir plusieurs hommes avant de les abattre": a narrative
            # detail of a toll told as a figure elsewhere, no count of its own.
            continue
        out.append(Casualty(s, e, text[s:e], kind, qualifier, count))
    return out
