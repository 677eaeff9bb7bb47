"""Places told by where they lie against another (pre-annotation 0.41.0): "près de la
frontière malienne", "le long de la frontière", "à l'entrée du village", "aux abords de
la ville", "dans les environs", "les hameaux voisins", "near the border", "on the
outskirts of the town", "the surrounding villages".

The codebook makes such a relative location a LOC ("include the distance and direction
in the span"), and an event told there is placed by it: before this module no mention
stood for it, so the event took a town its paragraph named before (often that of
another act) or had no place. What the phrase lies against is a common noun here ("la
ville", "la frontière"); a named town after it ("aux abords de Mondoro", "à 30 km de
Djibo") keeps its own place mention with its gazetteer id, and no phrase is made.

Since 0.66.0 a border told with the countries it runs with or between ("sa frontière
avec le Bénin", "la frontière entre le Niger et le Nigeria", "its border with Benin")
is one phrase with them, as the corpus marks it: what a closure acts on; the country
names inside it are no mention of their own (``entities``).

Each phrase is a LOC without a gazetteer id: the annotator links the place it lies
against when the text names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: French adjectives of a border's country ("la frontière malienne").
_FR_BORDER_ADJ = (
    r"(?:malienne|nigérienne|burkinabè|burkinabé|tchadienne|mauritanienne|algérienne|"
    r"libyenne|nigériane|béninoise|togolaise|ivoirienne|ghanéenne|guinéenne|sénégalaise|"
    r"soudanaise|camerounaise|centrafricaine|commune|nord|sud|est|ouest)"
)
#: A point of the compass.
_FR_POINT = r"(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?"
#: What a common place noun a settlement's edge is told against.
_FR_SETTLEMENT = (
    r"(?:de\s+la\s+(?:ville|localité|commune|capitale)|du\s+(?:village|chef-lieu|camp|site|"
    r"hameau|marché|quartier)|de\s+l['’](?:agglomération|hameau))"
)
#: A country or a side a border is told with (since 0.66.0): "le Niger", "l'Algérie",
#: "le Burkina Faso", "les deux pays".
_FR_BORDER_SIDE = (
    # A name is capitalised even in the case-blind pattern ("(?-i:...)").
    r"(?:(?:le|la|les|l['’])\s*)?(?:deux\s+pays|(?-i:[A-ZÉ][\w’'-]+(?:\s+[A-ZÉ][\w’'-]+)?))"
)
#: What a border runs with or between (since 0.66.0): "avec le Bénin", "entre le Niger
#: et le Nigeria", "entre les deux pays". The codebook's LOC takes the whole phrase: the
#: countries say where the border lies, not where the act was.
_FR_BORDER_TAIL = (
    r"(?:\s+(?:avec\s+"
    + _FR_BORDER_SIDE
    + r"|entre\s+"
    + _FR_BORDER_SIDE
    + r"(?:\s+et\s+"
    + _FR_BORDER_SIDE
    + r")?))"
)
_FR_RELATIVE = re.compile(
    # Along or near a border: "près de la frontière malienne", "le long de la frontière",
    # "à la frontière avec le Niger" (since 0.66.0 the country it runs with is part of it).
    r"\b(?:(?:(?:tout|très)\s+)?près|non\s+loin|le\s+long|à\s+proximité|aux\s+abords|"
    r"au\s+niveau|à\s+cheval\s+sur)\s+de\s+la\s+frontière(?:\s+"
    + _FR_BORDER_ADJ
    + r")?"
    + _FR_BORDER_TAIL
    + r"?"
    r"|\bà\s+la\s+frontière(?:\s+"
    + _FR_BORDER_ADJ
    + r")?"
    + _FR_BORDER_TAIL
    + r"?"
    + r"(?<!frontière)"
    # Since 0.66.0 a border told with what it runs with, as what is closed or reopened:
    # "sa frontière avec le Bénin", "la frontière terrestre entre les deux pays".
    r"|\b(?:la|sa|leur|cette)\s+frontière(?:\s+(?:terrestre|"
    + _FR_BORDER_ADJ
    + r"))*"
    + _FR_BORDER_TAIL
    + r"|\b(?:la|une|cette)\s+(?:zone|bande|région)\s+frontalière"
    # The edge of a settlement: "à l'entrée du village", "aux abords de la ville".
    r"|\b(?:l['’]entrée|la\s+sortie|les\s+abords|aux\s+abords|la\s+périphérie|"
    r"les\s+environs|les\s+alentours|(?:(?:tout|très)\s+)?près|non\s+loin|à\s+proximité)"
    r"(?:\s+(?:nord|sud|est|ouest))?\s+" + _FR_SETTLEMENT +
    # A distance from a place named by its kind: "à une dizaine de kilomètres du site",
    # "à quelques kilomètres de là" (from a named town, the town is the mention).
    r"|\bà\s+(?:(?:une?|quelques|environ)\s+)?(?:\d+|[a-zé]+aine|quelques)\s+(?:de\s+)?"
    r"(?:kilomètres|km)(?:\s+(?:au|à\s+l['’])\s*" + _FR_POINT + r")?\s+"
    r"(?:" + _FR_SETTLEMENT + r"|de\s+là|de\s+la\s+(?:frontière|mine))"
    # Around a lake, a river or a settlement: "autour du lac", "autour de la ville".
    r"|\bautour\s+(?:du\s+(?:lac|fleuve)\b|" + _FR_SETTLEMENT + r")"
    # A part of the country: "dans le nord du pays", "à l'est du pays".
    r"|\b(?:dans\s+)?(?:le|l['’]|au|à\s+l['’])\s*(?:extrême[-\s])?"
    + _FR_POINT
    + r"\s+du\s+pays\b"
    +
    # The surroundings: "dans les environs", "les hameaux voisins".
    r"|\b(?:(?:dans|vers)\s+les|aux|les)\s+(?:environs|alentours)\b(?!\s+(?:de|d['’]|du|des)\b)"
    r"|\b(?:les|des|un|une|deux|trois|plusieurs)\s+(?:villages?|hameaux|hameau|localités?|"
    r"campements?)\s+(?:voisins?|voisines?|environnants?|environnantes?|avoisinants?|"
    r"avoisinantes?|alentour)\b",
    re.IGNORECASE,
)
_EN_RELATIVE = re.compile(
    # Near a place named by its kind, a distance from it, a part of the country.
    r"\b(?:[Nn]ear|[Cc]lose\s+to|[Aa]round)\s+the\s+(?:town|village|city|camp|lake|river)\b"
    r"|\b(?:(?:about|some|around|nearly)\s+)?(?:\d+|a\s+few|several|ten|twenty|thirty|"
    r"forty|fifty)\s*(?:km|kilomet(?:re|er)s|miles)\s+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+)?(?:of|from)\s+the\s+"
    # Since 0.62.0 also a site or a base: "about ten kilometres from the site".
    r"(?:town|village|city|camp|border|mine|site|base)\b"
    r"|\b(?:[Ii]n\s+)?the\s+(?:north|south|east|west|centre|center)(?:-?(?:east|west))?\s+"
    r"of\s+the\s+country\b"
    r"|\b(?:[Nn]ear|[Aa]long|[Cc]lose\s+to|[Oo]n|[Aa]t)\s+the\s+(?:[A-Z][a-z]+(?:an|ian|ese|i)\s+"
    # Since 0.62.0 a country's name: "near the Niger border" is not in Niger.
    r"|(?:Niger|Mali|Chad|Burkina\s+Faso|Benin|Togo|Ghana|Algeria|Libya|Mauritania|"
    r"Senegal|Guinea|Ivory\s+Coast|Côte\s+d['’]Ivoire|Sudan|Cameroon|Nigeria)\s+)?"
    r"border\b(?!\s+(?:post|crossing|town|village|city)\b)"
    r"|\b[Tt]he\s+border\s+(?:area|region|zone|strip)"
    # Since 0.66.0 a border told with what it runs with: "its border with Benin", "the
    # land border between the two countries" (the whole phrase is the LOC).
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:land|northern|southern|eastern|western|shared)\s+)*"
    r"border\s+(?:with\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"|between\s+(?:the\s+two\s+countries|[A-Z][\w'-]+\s+and\s+[A-Z][\w'-]+))"
    r"|\b(?:[Oo]n\s+)?[Tt]he\s+outskirts\s+of\s+the\s+(?:town|village|city|camp)"
    r"|\b[Tt]he\s+(?:entrance|exit|edge)\s+(?:to|of)\s+the\s+(?:town|village|city|camp)"
    r"|\b(?:[Tt]he\s+)?(?:surrounding|nearby|neighbouring|neighboring)\s+(?:villages?|hamlets?|"
    r"area|countryside|settlements?)\b",
)


#: Where another place lies, told of it: "le bureau des douanes de Diboli, *situé à* la
#: frontière": the site is the place, the border only says where the site is.
_DESCRIBING = re.compile(
    r"\b(?:situ[ée]e?s?|basée?s?|installée?s?|implantée?s?|located|based|situated|lying)\s*$",
    re.IGNORECASE,
)


#: Where someone or something came from, not where the act was: "des obus tirés *depuis*
#: les environs de la ville", "des déplacés *venus des* villages voisins".
_CAME_FROM = re.compile(
    r"\b(?:depuis|from|venu(?:e|s|es)?|venant|originaires?)(?:\s+(?:de|des|du|d['’]))?\s*$",
    re.IGNORECASE,
)


#: A word every relative location holds (lower case; "near" also finds "nearby"), and
#: how far its phrase runs on either side of it. Found by ``str.find``: a case-blind
#: pattern of these words alone took a fifth of a millisecond per article.
_KEY_WORDS = (
    "fronti", "frontal", "entrée", "sortie", "abords", "périphérie", "environ", "alentour",
    "voisin", "autour", "près", "loin", "proximit", "kilom", "km", " du pays", "border",
    "outskirts", "near", "around", "mile",
    "country", "entrance", "exit", "edge", "surrounding", "neighbo",
)  # fmt: skip
_BEFORE_KEY = 45
_AFTER_KEY = 60


def _occurrences(text: str, word: str) -> list[int]:
    """Every offset of ``word`` in ``text``."""
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


@dataclass(frozen=True)
class RelativePlace:
    """A place told by its relation to another: its span and text."""

    start: int
    end: int
    text: str


def find_relative_places(text: str, language: str) -> list[RelativePlace]:
    """Every relative location of ``text`` (module docstring), in order of offset."""
    pattern = _FR_RELATIVE if language == "fr" else _EN_RELATIVE
    out: list[RelativePlace] = []
    # The whole pattern is tried only around its key words: a scan of every word of an
    # article by its many alternatives cost a third of a millisecond.
    lowered = text.lower()
    keys = sorted((at, at + len(word)) for word in _KEY_WORDS for at in _occurrences(lowered, word))
    for start, end in keys:
        lo = max(out[-1].end if out else 0, start - _BEFORE_KEY)
        for m in pattern.finditer(text, lo, min(len(text), end + _AFTER_KEY)):
            if m.start() > start or m.end() < end:
                continue  # another key word's phrase: found from that word
            if not (
                _DESCRIBING.search(text, max(0, m.start() - 20), m.start())
                or _CAME_FROM.search(text, max(0, m.start() - 20), m.start())
            ):
                out.append(RelativePlace(m.start(), m.end(), m.group()))
            break
    return out


#: The relation word a relative location opens with ("près de", "near"): it places the
#: event as a locative before a name does.
_OPENS_WITH_RELATION = re.compile(
    r"(?:(?:tout|très)\s+)?(?:près|non\s+loin|le\s+long|à|aux?|dans|vers|near|along|close|on|"
    r"at)\b",
    re.IGNORECASE,
)


def opens_with_relation(text: str) -> bool:
    """Whether a relative location's text opens with its own locative ("près de la
    frontière", "near the border"), as "à" opens "à Djibo"."""
    return _OPENS_WITH_RELATION.match(text) is not None


#: A settlement named by its kind at the end of a relative location.
_SETTLEMENT_NOUN = re.compile(
    r"\b(?:ville|village|localité|chef-lieu|agglomération|hameau|town|city)$",
    re.IGNORECASE,
)


def against_settlement(text: str) -> bool:
    """Whether a relative location lies against a settlement named by its kind ("à
    l'entrée du village", "the outskirts of the town"): the town the story names."""
    return _SETTLEMENT_NOUN.search(text) is not None
