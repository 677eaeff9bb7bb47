"""Facilities named by their kind (pre-annotation 0.9.0): "le gouvernorat", "la Bourse du
travail", "le marché hebdomadaire de la localité", "un poste de volontaires", "the police
station". The statistical model finds names; the press often places an event at a
building or a site it names only by its kind, in a town told before or after. Each such
phrase is a FAC (codebook: built structures and sites), so that it can be the event's
place (or the target of an attack) when its sentence names no town.

The span runs from the determiner over the kind and its lower-case complements
("hebdomadaire", "de la localité", "à bétail") and stops before a capitalised name: the
town in "le camp militaire de Boulkessi" stays its own GPE, with its gazetteer id."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .wordgate import gated

#: Kinds of buildings and sites (French), in the singular or the plural; not "la
#: gendarmerie" alone, which the press uses for the force ("interpellés par la
#: gendarmerie").
_FR_KINDS = (
    r"gouvernorats?|haut-commissariats?|préfectures?|sous-préfectures?|mairies?|"
    r"palais|bourses?\s+du\s+travail|marchés?|écoles?|lycées?|collèges?|mosquées?|"
    r"églises?|prisons?|maisons?\s+(?:centrales?\s+)?d['’]arrêt|hôpita(?:l|ux)|"
    r"dispensaires?|centres?\s+de\s+santé|gares?\s+routières?|aéroports?|casernes?|"
    r"camps?|bases?\s+militaires?|commissariats?|brigades?\s+de\s+gendarmerie|"
    r"postes?\s+(?:militaires?|avancés?|frontaliers?|de\s+police|de\s+gendarmerie|"
    r"de\s+douane|de\s+contrôle|de\s+sécurité|de\s+volontaires|de\s+santé)|"
    r"sites?\s+(?:d['’]orpaillage|aurifères?|de\s+déplacés|minier)|mines?\s+d['’]or|"
    r"ponts?|barrages?|checkpoints?|"
    # Since 0.18.0: fairs, camps of herders, clinics, water towers, masts, and military
    # sites ("le détachement militaire", "la position de Toumour"). A detachment, a post
    # or a position is a site only when "militaire" or a place name follows: "un
    # détachement de l'armée" is troops, "un poste de ministre" a job.
    r"foires?|campements?|centres?\s+(?:hospitaliers?|médica(?:l|ux))|"
    # Since 0.19.0: pharmacies, factories, campuses and courthouses.
    r"pharmacies?|usines?|rectorats?|campus|universités?|palais\s+de\s+justice|"
    r"châteaux?\s+d['’]eau|pylônes?|"
    # Since 0.26.0 more of the sites the press names by their kind, written from general
    # usage and checked on the development half (not "gendarmerie", "banque": as often
    # the body that acts; not "boutiques": those of a market are the market).
    r"forages?|magasins?|entrepôts?|stations?-service|maternités?|"
    r"centrales?\s+(?:électriques?|solaires?|thermiques?)|ports?|aérodromes?|cimetières?|"
    r"stades?|hôtels?|auberges?|chantiers?|embarcadères?|abattoirs?|médersas?|"
    r"chapelles?|paroisses?|postes?\s+de\s+péage|"
    r"centres?\s+(?:d['’]accueil|de\s+transit|de\s+détention|de\s+formation)|"
    r"(?:détachements?|positions?)\s+militaires?|"
    r"(?:détachements?|postes?|positions?)(?=\s+(?:de\s+|d['’])(?-i:[A-ZÀ-Þ]))"
)
#: English kinds.
_EN_KINDS = (
    r"police\s+stations?|markets?|schools?|mosques?|churches|church|prisons?|hospitals?|"
    r"health\s+cent(?:re|er)s?|bus\s+stations?|airports?|barracks|military\s+camps?|"
    r"military\s+bases?|army\s+bases?|checkpoints?|gold\s+mines?|mining\s+sites?|"
    r"governor['’]s\s+office|town\s+hall|bridges?|"
    # Since 0.18.0.
    r"(?:army|military)\s+(?:posts?|positions?)|outposts?|water\s+towers?|"
    # Since 0.19.0.
    r"pharmac(?:y|ies)|(?:mobile\s+)?(?:phone\s+)?masts?|factor(?:y|ies)|campus|university|"
    r"courthouse|"
    # Since 0.26.0.
    r"boreholes?|warehouses?|depots?|(?:petrol|gas|fuel)\s+stations?|"
    r"power\s+(?:stations?|plants?)|airstrips?|cemeter(?:y|ies)|stadium|hotels?|"
    r"slaughterhouses?|madrasas?|chapels?|(?:refugee|displacement|displaced\s+persons)\s+camps?|"
    r"(?:transit|detention|reception)\s+cent(?:re|er)s?|customs\s+posts?|border\s+posts?|"
    r"toll\s+(?:gates?|booths?)"
)
_FR_DET = r"(?:\b(?:le|la|les|un|une|des|du|au|aux)\s+|\bl['’])"
#: Since 0.67.0 a site, a post or a school named again by its bare kind after a definite
#: article: "distribué sur le site", "la fermeture du site", "ont fait irruption dans
#: l'établissement", "Le poste a fait l'objet d'une incursion". The corpus marks the
#: phrase as the event's place (FAC), as "ce site". Not a web site, a job ("le poste de
#: ministre", "le poste vacant") nor a firm ("l'établissement bancaire").
_FR_DEFINITE = r"(?:\b(?:le|les|du|au|aux)\s+|\bl['’])"
_FR_BARE_KINDS = (
    r"(?:sites?(?!\s+(?:internet|web|officiel|d['’]information|du\s+journal|de\s+l['’]agence))|"
    r"établissements?(?!\s+(?:public|publics|financiers?|bancaires?|de\s+crédit|"
    r"d['’]enseignement\s+supérieur))|"
    r"postes?(?!\s+(?:de|d['’]|du|des|radio|budgétaires?|vacants?|clés?|occupés?|"
    r"diplomatiques?|[a-zà-ÿ]+aires?)\b))\b(?![-'’])"
    # Nor the sites of a whole unit ("les établissements de la province"): many sites.
    r"(?!\s+(?:de\s+la|du|de\s+l['’]|des)\s*(?:région|province|pays|cercle|commune|"
    r"département|ville|localités?|villages?)\b)"
)
#: A site named again (since 0.18.0): "ce détachement", "cette école", "le même axe",
#: "sur la même piste". The corpus marks the phrase itself as the event's place.
_FR_AGAIN = r"(?:\b(?:ce|cet|cette|ces)\s+(?:même\s+|mêmes\s+)?|\b(?:le|la|les|du|au)\s+mêmes?\s+)"
_FR_AGAIN_KINDS = (
    r"axes?|pistes?|tronçons?|routes?|sites?|détachements?|établissements?|camps?|bases?"
)
_EN_DET = r"\b(?:the|a|an)\s+"
#: An adjective before the kind: "le principal marché", "the weekly market".
_EN_ADJ = r"(?:(?:weekly|main|central|local|livestock|cattle|district|regional|military)\s+)?"
#: Lower-case complements after the French kind: an adjective ("hebdomadaire",
#: "militaire", "présidentiel") or a "de" phrase of lower-case words ("de la localité",
#: "à bétail", "du village"); never a capitalised name (the town stays a GPE), whatever
#: the case of the kind (case-sensitive inside).
#: Words after a "de" that open another phrase, not a complement of the kind.
_DETERMINERS = r"(?:la|le|les|ce|cet|cette|ces|son|sa|ses|leur|leurs|un|une)\b"
_FR_AFTER = (
    r"(?-i:(?:\s+(?:[a-zà-ÿ]+(?:aire|aires|al|ale|aux|ier|ière|iel|ielle|el|elle|ique|ain|"
    r"aine|if|ive|ienne|ien)\b|(?:(?:de\s+la|du|des|de|à)\s+|de\s+l['’]|d['’])(?!"
    + _DETERMINERS
    # A word cut at an apostrophe is an elided article ("de l'université"), not a word.
    + r")[a-zà-ÿ]+(?!['’]))){0,2})"
)
_FR_FACILITY = re.compile(
    rf"{_FR_AGAIN}(?:{_FR_AGAIN_KINDS}|{_FR_KINDS})\b{_FR_AFTER}"
    rf"|{_FR_DET}(?:{_FR_KINDS})\b{_FR_AFTER}"
    rf"|{_FR_DEFINITE}{_FR_BARE_KINDS}",
    re.IGNORECASE,
)
#: Since 0.18.0 also a site named again: "the same road", "this post".
_EN_AGAIN = r"\b(?:this|that|the\s+same)\s+(?:road|stretch|site|post|camp|base)\b"
#: Since 0.19.0 the town's own: "the town's main market".
_EN_OWNER = r"(?:(?:town|city|village|district)['’]s\s+)?"
#: Since 0.63.0 a site named by its place before the kind, as English does: "the
#: Boulkessi military camp", "the Intikane refugee camp", "the Tamou weekly market",
#: "the Mentao camp". The codebook marks the full name with its place.
_EN_NAMED_BEFORE = r"(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})\s+"
_EN_FACILITY = re.compile(
    rf"{_EN_AGAIN}|{_EN_DET}{_EN_OWNER}{_EN_ADJ}(?:{_EN_KINDS})\b"
    rf"|{_EN_DET}{_EN_NAMED_BEFORE}{_EN_ADJ}(?:{_EN_KINDS}|camps?|bases?|mines?)\b",
    re.IGNORECASE,
)
#: A possessive before the kind names no site ("son école", "their school").
_NOT_A_SITE = re.compile(r"\b(?:son|sa|ses|leur|leurs|his|her|their)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Facility:
    """A facility named by its kind: its span and text."""

    start: int
    end: int
    text: str
    #: Named by the institution it houses, after "devant" / "outside": the building,
    #: whatever the model made of the institution's name.
    front: bool = False


#: A building named by the institution it houses, when a crowd stands before it:
#: "devant le ministère de l'Éducation nationale", "outside the French embassy". Only
#: after such a preposition: elsewhere "le ministère" is most often the institution.
_FR_BEFORE_INSTITUTION = gated(
    re.compile(
        r"\b(?:devant|en\s+face\s+d[eu'’]|en\s+face\s+de)\s+(?P<fac>(?:le|la|les|l['’])\s*"
        r"(?:ministère|ambassade|assemblée|tribunal|cour|présidence|primature|consulat|siège|"
        r"locaux|bureaux|résidence|domicile|parlement|hôtel\s+de\s+ville))\b",
        re.IGNORECASE,
    )
)
_EN_BEFORE_INSTITUTION = re.compile(
    r"\b(?:outside|in\s+front\s+of)\s+(?P<fac>the\s+(?:[A-Z]\w+\s+)?(?:ministry|embassy|"
    r"parliament|court|presidency|residence|headquarters|offices?))\b"
)


#: A victim's home after a locative (since 0.61.0): "enlevé à son domicile", "abattu
#: devant sa concession", "killed at his home". The corpus marks the home as the act's
#: place (a site in the town the article names), though a possessive otherwise names
#: no site ("son école").
_FR_HOME = gated(
    re.compile(
        r"\b(?:à|dans|devant|chez)\s+(?P<fac>(?:son|sa|leur|leurs)\s+(?:propre\s+)?"
        r"(?:domiciles?|concessions?|maisons?|résidences?)(?:\s+familiale?s?)?)\b",
        re.IGNORECASE,
    )
)
_EN_HOME = re.compile(
    r"\b(?:[Aa]t|[Ii]n|[Oo]utside|[Ii]nside)\s+(?P<fac>(?:his|her|their)\s+(?:own\s+)?"
    r"(?:homes?|houses?|compounds?|residences?))\b"
)


#: Kinds that also name an administrative unit when a name follows ("la sous-préfecture
#: de Ngouboua", Chad's and Niger's units) (since 0.11.0).
_UNIT_KIND = re.compile(r"préfectures?$", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\s+(?:de\s+|d['’]|du\s+)[A-ZÀ-Þ]")


def find_facilities(text: str, language: str) -> list[Facility]:
    """Every facility phrase of ``text`` (module docstring), in order of offset."""
    pattern = _FR_FACILITY if language == "fr" else _EN_FACILITY
    before = _FR_BEFORE_INSTITUTION if language == "fr" else _EN_BEFORE_INSTITUTION
    out: list[Facility] = []
    spans = [(m.start(), m.group(), False) for m in pattern.finditer(text)]
    spans += [(m.start("fac"), m.group("fac"), True) for m in before.finditer(text)]
    home = _FR_HOME if language == "fr" else _EN_HOME
    home_spans = [(m.start("fac"), m.group("fac"), False) for m in home.finditer(text)]
    homes = {start for start, _, _ in home_spans}
    spans += home_spans
    for start, found, front in sorted(spans):
        if start not in homes and _NOT_A_SITE.search(text, max(0, start - 8), start):
            continue
        surface = found.rstrip()
        if _UNIT_KIND.search(surface) and _NAMED_AFTER.match(text, start + len(surface)):
            continue  # "dans la sous-préfecture de Ngouboua": a unit, not the building
        out.append(Facility(start, start + len(surface), surface, front))
    return out


#: A kind of building or site opening a mention's text, with or without a determiner.
_STARTS_FR = re.compile(r"(?:" + _FR_DET + r")?(?:" + _FR_KINDS + r")\b", re.IGNORECASE)
_STARTS_EN = re.compile(
    r"(?:" + _EN_DET + r")?" + _EN_ADJ + r"(?:" + _EN_KINDS + r")\b", re.IGNORECASE
)


def starts_with_facility(mention_text: str) -> bool:
    """True when a place mention's text opens with a kind of building or site ("gouvernorat
    du Centre-Nord", "the police station"): a site, whatever label the model gave it."""
    return bool(_STARTS_FR.match(mention_text) or _STARTS_EN.match(mention_text))


#: A place name: capitalised words, with their own hyphens and apostrophes ("Fada
#: N'Gourma", "Bobo-Dioulasso"); the names of a road are joined by a dash.
_NAME = r"[A-ZÀ-Þ][\w'’]*(?:\s+[A-ZÀ-Þ][\w'’]*)*"
_DASHED = _NAME + r"(?:\s*[-–]\s*" + _NAME + r")+"
#: Roads named by the towns they link, joined by a dash, or by their number (since
#: 0.13.0): "l'axe Kaya-Barsalogho", "la route nationale 16", "the Téra-Dori road",
#: "National Road 16". The whole phrase is the site, as the codebook's example "sur la
#: route nationale 16" and the corpus mark it: the model reads such a dashed pair as
#: one name no gazetteer holds. (A road "from X to Y" or "between X and Y" keeps its two
#: towns, which the gazetteer places.)
_FR_ROAD = re.compile(
    r"\b(?:[Ll]['’]axe|[Ll]a\s+route|[Ll]e\s+tronçon|[Ll]a\s+piste|[Ll]a\s+voie)\s+"
    r"(?:(?:principale?|goudronnée|nationale)\s+)?"
    r"(?:" + _DASHED + r"|(?:nationale|N|RN)\s*°?\s*\d+)"
    r"|\b[Ll]a\s+(?:RN|nationale)\s*\d+"
)
_EN_ROAD = re.compile(
    r"\bthe\s+(?:" + _DASHED + r")\s+(?:road|highway|axis|route)"
    r"|\b(?:National\s+(?:Road|Highway)|the\s+RN|the\s+N)\s*\d+(?:\s+(?:road|highway))?"
)


#: Streets and squares of a town by their names (since 0.19.0): "l'avenue Charles de
#: Gaulle", "le rond-point Harobanda", "le boulevard de l'Indépendance", where crowds
#: gather and are dispersed. The model reads the name as a person's; the whole phrase is
#: the site. Not "place" (à la place de: instead of).
_STREET_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:de|du|des)\s+|d['’])?[A-ZÀ-Þ][\w'’-]*)*"
_FR_STREET = gated(
    re.compile(
        r"\b(?:[Ll]['’]avenue|[Ll]e\s+boulevard|[Ll]a\s+rue|[Ll]e\s+rond-point|[Ll]e\s+carrefour|"
        r"[Ll]['’]échangeur|avenue|boulevard|rond-point|carrefour)\s+"
        r"(?:de\s+la\s+|du\s+|des\s+|de\s+l['’]|de\s+|d['’])?" + _STREET_NAME
    )
)
_EN_STREET = re.compile(_NAME + r"\s+(?:Avenue|Boulevard|Street|Square|[Rr]oundabout)\b")


def find_roads(text: str, language: str) -> list[Facility]:
    """Every road named by its towns or its number in ``text`` (``_FR_ROAD``)."""
    pattern = _FR_ROAD if language == "fr" else _EN_ROAD
    return [Facility(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def find_streets(text: str, language: str) -> list[Facility]:
    """Every street or square of a town named in ``text`` (``_FR_STREET``)."""
    pattern = _FR_STREET if language == "fr" else _EN_STREET
    return [Facility(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


#: Military sites opening a name: "détachement militaire de Banh", "camp de Boulkessi",
#: "poste de Tinzaouatène", "army post". Unlike "la mairie" or "le gouvernorat", none of
#: them is a body that acts under that name.
_MILITARY_SITE = re.compile(
    r"(?:" + _FR_DET + r"|" + _EN_DET + r")?(?:(?:détachements?|positions?|postes?)\s+"
    r"(?:militaires?|avancés?|(?:de\s+|d['’])(?-i:[A-ZÀ-Þ]))|camps?\s|bases?\s+militaires?|"
    r"(?:army|military)\s+(?:posts?|camps?|bases?|positions?))",
    re.IGNORECASE,
)


def military_site(mention_text: str) -> bool:
    """True when a mention's text opens with a kind of military site (``_MILITARY_SITE``)."""
    return bool(_MILITARY_SITE.match(mention_text))
