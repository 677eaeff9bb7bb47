"""Entity mentions of a document, from every source, merged without overlaps.

Sources, in the order that settles overlaps (an earlier source keeps its span):

1. the actor registry (ORG, PER: canonical id, sector);
2. temporal expressions (TIME: ISO interval, precision);
3. casualty counts (CASUALTY: kind, qualifier, count);
4. spaCy's entities (French only), places checked against the gazetteer: a place the
   gazetteer resolves is a GPE with its GeoNames id, coordinates and precision; an
   unresolved one is a LOC (a known region such as "Sahel" gets precision ``region``)
   or, when the model tagged a common noun, dropped. English documents, which have no
   statistical model, get places from capitalised words the gazetteer knows;
5. weapons and vehicles from the lexicon (WEA, VEH).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS

from .. import gazetteer
from ..annotation.ids import EntityAttribute, Normalised
from .capitals import find_capitals
from .casualties import breakdown, cut_at_clauses, find_casualties, parsed_counts
from .countryparts import part_before
from .dates import find_dates
from .facilities import find_facilities, find_roads, find_streets, military_site
from .ner import Analysis
from .placing import join_split_names, place_in_context
from .registry import Registry
from .relplaces import RelativePlace, find_relative_places
from .settlements import bare_settlements
from .text import fold, fold_key, in_ranges
from .triggers import Lexicon
from .wordgate import gated

#: Regions with no GeoNames id in the shipped gazetteer: LOC, precision "region".
REGIONS = frozenset(
    fold_key(name)
    for name in (
        "Sahel", "Sahara", "Grand Sahara", "Liptako-Gourma", "Liptako", "Azawad", "Maghreb",
        "Afrique de l'Ouest", "West Africa", "Afrique du Nord", "North Africa",
        "bassin du lac Tchad", "Lake Chad basin", "lac Tchad", "Lake Chad", "delta intérieur",
        "centre du Mali", "central Mali", "nord du Mali", "northern Mali", "Afrique",
        "Africa", "Sahel central", "central Sahel", "zone des trois frontières",
        "tri-border area", "Gourma", "Macina", "Soum", "Sahara occidental",
    )
)  # fmt: skip
#: Capitalised words that start English sentences and must not be read as place names.
_EN_STOP = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "It",
        "He",
        "She",
        "They",
        "We",
        "But",
        "And",
        "Or",
        "As",
        "By",
        "To",
        "Of",
        "For",
        "With",
        "Last",
        "This",
        "That",
        "Say",
        "These",
        "Those",
        "His",
        "Her",
        "Its",
        "Our",
        "Their",
        "After",
        "Before",
        "During",
        "Since",
        "When",
        "While",
    ]
)
#: Nouns of sites and settlements whose "de" names a place, with up to two lower-case
#: words between ("le marché hebdomadaire de", "leur base de", "le poste de gendarmerie
#: de", since 0.8.0 "le détachement militaire de", "la brigade de gendarmerie de"): what
#: follows is a place, whatever the model took it for. Since 0.9.0 a word between may
#: be elided ("la mine d'or artisanale d'Intahaka", "le site d'orpaillage de") and the
#: nouns include the buildings and quarters the press names by their town ("le centre
#: de Gueskérou", "l'école de", "le palais de Koulouba", "le gouvernorat de Kaya"); since
#: s18p8 a zone named by its locality ("dans la zone de Koutougou").
_SITE_NOUNS = (
    r"(?:(?:poste|camp|base|marché|village|localité|commune|ville|cercle|département|axe|"
    r"route|piste|forêt|site|mine|hameau|entrée|détachement|position|garnison|brigade|"
    r"commissariat|centre|quartier|école|mosquée|église|prison|hôpital|dispensaire|pont|"
    r"gare|aéroport|gouvernorat|préfecture|mairie|palais|carrière|puits|zone|foire|"
    # Since 0.46.1: "sa paroisse de Bomoanga", "le campement de", "le canton de".
    r"paroisse|campement|canton|secteur|île|lac|vallée|mare|oasis)s?|"
    r"environs|"
    r"sortie|abords|alentours)"
)
#: The lower-case words a site noun may carry before its "de": "hebdomadaire", "de
#: gendarmerie", "d'or artisanale", "de santé communautaire", since 0.11.0 four of them
#: ("le poste de la garde nationale de") (an elided "d'" is part of its word). Since
#: 0.58.0 also a number ("le secteur 5 de Kaya", "le secteur n°3 de Dori"): towns of
#: Burkina Faso are divided into numbered sectors, which the press names with their town.
_SITE_GAP = r"(?:\s+(?:d['’])?[a-zà-ÿ]+|\s+(?:n°\s*)?\d{1,2}){0,4}"
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:" + _SITE_NOUNS + _SITE_GAP + r"|près)\s+(?:de\s+|d['’]|du\s+)$",
    re.IGNORECASE,
)
#: A place cue the press puts before a locality's name: "à Koutougou", "près de
#: Tin-Hama", "le village de Noaka", "à 30 km de Douentza", "entre Boni et Hombori".
_PLACE_CUE = re.compile(
    # Since 0.35.0 also "non loin de", "aux abords de", "à proximité de", "vers".
    # Since 0.63.0 also "à hauteur de", "au niveau de" (a point on a road or a river).
    r"(?:(?<![\w-])[àÀ]|\b(?:près|loin|abords|proximité|environs|autour|direction|hauteur|"
    r"niveau)\s+d[e'’]"
    # Since 0.59.0 a first- or second-level unit with its article: "dans la province de
    # la Kompienga", "la région de l'Oudalan" (the model misses such names).
    r"|\b(?:province|région|préfecture)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])"
    r"|\bvers|\bentre|\b(?:"
    + _SITE_NOUNS
    + _SITE_GAP
    + r"|kilomètres|km|nord|sud|est|ouest)\s+(?:de\s+|d['’]|du\s+))\s*$",
)
#: How far before a name its place cue may start, in characters: room for a site noun
#: with two words before its "de" ("le poste de gendarmerie de Dioura").
_CUE_WINDOW = 40
#: A place cue the press puts right after a locality's name, in apposition: "Tizegorou,
#: localité du département de Banibangou", "Seytenga, une commune rurale du Séno",
#: "Anefis, a village in the Kidal region".
_SETTLEMENT_APPOSED = (
    r",\s+(?:(?:une?|la|le|a|an)\s+)?(?:(?:petite|grande|small|large|rural|remote)\s+)?"
    r"(?:localité|village|commune|bourgade|hameau|ville|chef-lieu|town|hamlet|locality"
    # Since 0.17.0: "Kouri Bougoudi, une zone d'orpaillage du massif du Tibesti".
    r"|zone|site|quartier|area|district)\b"
)
_PLACE_CUE_AFTER = re.compile(
    _SETTLEMENT_APPOSED
    # "Nous commençons par Bosso, où des éléments de Boko Haram ont enlevé": a name
    # that "où" takes up is a place, never a person.
    + r"|,\s+où\b",
    re.IGNORECASE,
)
#: The apposition alone, which makes a place of a name of several words too.
_PLACE_APPOSED = re.compile(_SETTLEMENT_APPOSED, re.IGNORECASE)
#: English site after a possessive name: "Anefis's weekly market", "Gao's main camp".
_EN_SITE_AFTER = re.compile(
    r"['’]s\s+(?:[a-z]+\s+){0,2}(?:market|camp|base|post|mosque|school|outskirts|"
    r"checkpoint|airport|prison|hospital|gendarmerie|police\s+station)\b"
)
#: A name coordinated with the place before it: "de Kantchari et de *Matiacoali*".
_PLACE_AND = re.compile(r"\s+(?:et|ou)\s+(?:de\s+|d['’]|à\s+)?$")
#: Since 0.23.0 a name listed after a place with a comma: "à Tamou, *Makalondi* et
#: Torodi", "des communes d'Alata, *d'Inékar* et de Tidermène". A comma also opens a
#: clause ("à Gao, Moussa a dit"), so a name there is a place only if the gazetteer
#: knows it or the list is one of places by its plural unit ("les communes de").
_PLACE_COMMA = re.compile(r"\s*,\s*(?:de\s+|d['’]|à\s+)?$")
_PLACES_LISTED = gated(
    re.compile(
        # French and English (communes, villages, provinces are spelt alike).
        r"\b(?:communes|départements|villages|localités|cercles|provinces|régions|hameaux|"
        r"quartiers|préfectures|sous-préfectures|cantons|villes|towns|departments|districts|"
        r"regions)\s+(?:rurales\s+|urbaines\s+)?"
        r"(?:de\s+|d['’]|du\s+|des\s+|of\s+)$",
        re.IGNORECASE,
    )
)
#: Since 0.9.0 a site named by its town is a cue too: "the livestock market of
#: Kokorou", "the military camp of Boulkessi", "the gold mine of Intahaka".
#: Since 0.9.0 also "not far from", "close to", "20 km north of", "between", "the road
#: from", and the second town of "between X and", "from X to".
_EN_LOCATIVE = re.compile(
    r"\b(?:near|in|at|outside|around|inside|(?:town|village|hamlet|commune|locality|"
    r"market|camp|base|post|mine|site|checkpoint|outskirts|parish|"
    # Since 0.60.0 a place named by its people: "nine residents of Ogossagou".
    r"residents|villagers|inhabitants)\s+of|not\s+far\s+from|"
    r"close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|between|"
    r"(?:road|route|highway|axis)\s+(?:from|linking|to)|"
    r"(?:between|from)\s+[A-Z][\w'’-]+\s+(?:and|to))\s+$"
)
#: An English unknown name before the kind of area it names: "the Dolbel area".
_EN_AREA_AFTER = re.compile(r"\s+(?:area|zone|sector|village|commune)\b")
#: A capitalised English word run; a sentence's "The" is no part of the name after it
#: ("The Lac province", since 0.35.0).
_CAPITALISED = re.compile(
    r"(?<![\w-])(?!The\s+[A-ZÀ-Þ])[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}"
)

SOURCE_PRIORITY = {
    "registry": 0,
    "dates": 1,
    "casualties": 2,
    "ner": 3,
    "gazetteer": 3,
    "lexicon": 4,
    "facilities": 5,
    # Since 0.41.0 places told against another, which yield as facilities do.
    "relative": 5,
    # "devant le ministère de l'Éducation nationale": the building before which a crowd
    # stood, not the institution the model may have read there (registry names stay).
    "facilities-front": 2,
    # A road over the towns it links (since 0.13.0).
    "road": 2,
    # "la capitale burkinabè": the country's capital, over the adjective the model may
    # read as a body (since 0.46.0).
    "capital": 2,
    # Since s18p8: "le village" before the body names any town (added last, never
    # over another mention).
    "settlement": 6,
}


@dataclass
class Mention:
    """A suggested entity region with its attributes and normalised values."""

    start: int
    end: int
    text: str
    label: str
    score: float
    source: str
    choices: dict[str, list[str]] = field(default_factory=dict)
    textareas: dict[str, str] = field(default_factory=dict)
    note: str | None = None
    country: str | None = None
    actor_id: str | None = None
    #: The precision the mention ranks at as an event's location when it differs from
    #: its place_precision: "town" for the town of "à 30 km de Djibo" (admin2),
    #: "locality" for a village placed in its unit.
    rank_as: str | None = None


def _place_mention(
    start: int, end: int, text: str, resolution: gazetteer.Resolution, source: str
) -> Mention:
    place = resolution.place
    textareas = {Normalised.PLACE: place.id}
    if place.coords:
        textareas[Normalised.COORDS] = place.coords
    note = None
    # A country beating a village of the same name ("Mali", Guinea) is not worth a note.
    if resolution.ambiguous and resolution.criterion != "country":
        others = "; ".join(p.describe() for p in resolution.candidates[1:4])
        more = len(resolution.candidates) - 4
        note = (
            f"Ambiguous place name: suggested {place.describe()} "
            f"(rule: {resolution.criterion}); also {others}"
            + (f" and {more} more" if more > 0 else "")
        )
    return Mention(
        start,
        end,
        text,
        "GPE",
        resolution.score,
        source,
        choices={EntityAttribute.PLACE_PRECISION: [place.precision]},
        textareas=textareas,
        note=note,
        country=place.country_code,
    )


def dateline_country(place: str | None, country: str | None) -> str | None:
    """The dateline's country: given by ingest, else the gazetteer's best guess for the place."""
    if country:
        return country
    if not place:
        return None
    resolution = gazetteer.resolve(place)
    return resolution.place.country_code if resolution else None


#: Stems of a country's adjective its gazetteer names do not begin ("ivoirien",
#: "français").
_ADJECTIVE_STEMS = {"CI": ("ivoir",), "FR": ("franc",)}
#: A Sahel-core country named or told by its adjective, folded: what the article is
#: about when its dateline is a bureau abroad.
_BUREAU_CITY = 1_000_000
_SAHEL_NAMED = re.compile(
    r"\b(?:mali|maliens?|maliennes?|malians?|burkina\w*|niger|nigeriens?|nigeriennes?)\b"
)


def bureau_free(text: str, home: str | None, dateline_place: str | None) -> str | None:
    """The dateline's country as the article's home for reading ambiguous place names,
    or None when it is only the seat of the news bureau: a country outside the Sahel
    core that the text never names, by name or adjective, in an article that names a
    country of the core, when the dateline is a capital or a city of a million, where
    bureaus sit ("Dakar, 9 mars - L'armée malienne a repoussé une attaque contre
    son camp de Nioro du Sahel": not Nioro du Rip in Senegal). The gazetteer then falls
    back on the countries the text names and on the Sahel core (since 0.63.0)."""
    if home is None or home in gazetteer.SAHEL_CORE or not dateline_place:
        return home
    seat = gazetteer.resolve(dateline_place, home)
    if seat is None or not (seat.place.feature == "PPLC" or seat.place.population >= _BUREAU_CITY):
        return home  # "Malanville, 3 mars": a town of Benin, reporting on Benin
    place = gazetteer.country(home)
    folded = fold(text)
    if place is None or _SAHEL_NAMED.search(folded) is None:
        return home
    stems = [fold(n) for n in (place.name, *place.alternate_names)]
    stems += _ADJECTIVE_STEMS.get(home, ())
    if any(re.search(rf"\b{re.escape(stem)}", folded) for stem in stems if stem):
        return home
    return None


def after_dateline(start: dt.date, dateline: dt.date) -> str | None:
    """The note flagging a date that begins after the article's dateline: a planned
    event ("le sommet se tiendra le 20 décembre"), or a year or month read wrong."""
    if start <= dateline:
        return None
    return (
        f"Date after the dateline ({dateline.isoformat()}): check it; a planned event is "
        "coded with temporal status future."
    )


def find_entities(
    text: str,
    language: str,
    analysis: Analysis,
    dateline: dt.date,
    home_country: str | None,
    registry: Registry,
    lexicon: Lexicon,
    ranges: Sequence[tuple[int, int]] | None = None,
) -> list[Mention]:
    """Every entity mention suggested for the document, sorted by offset, not overlapping."""
    found: list[Mention] = []
    for a in registry.find(text):
        if _TIE_AFTER.match(text, a.end):
            continue  # "the al-Qaeda-linked JNIM": JNIM acts (since 0.46.1)
        choices = {EntityAttribute.SECTOR: [a.actor.sector]} if a.actor.entity_type == "ORG" else {}
        score = 0.95 if a.matched_by == "alias" else 0.9
        found.append(
            Mention(
                a.start,
                a.end,
                a.text,
                a.actor.entity_type,
                score,
                "registry",
                choices=choices,
                textareas={Normalised.ACTOR: a.actor.id},
                actor_id=a.actor.id,
                country=a.actor.country,
            )
        )
    for t in find_dates(text, dateline):
        found.append(
            Mention(
                t.start,
                t.end,
                t.text,
                "TIME",
                t.score,
                "dates",
                choices={EntityAttribute.DATE_PRECISION: [t.interval.precision]},
                textareas={Normalised.DATE: t.interval.iso()},
                note=after_dateline(t.interval.start, dateline),
            )
        )
    # A counted phrase that runs over a conjugated verb is cut there (since 0.68.0).
    casualties = cut_at_clauses(text, analysis.tokens, find_casualties(text))
    # The parse finds the counts whose phrase is too long for the patterns; a pattern's
    # span wins where both found one.
    casualties += [
        c
        for c in parsed_counts(text, analysis.tokens)
        if not any(c.start < k.end and k.start < c.end for k in casualties)
    ]
    for c in casualties:
        choices = {
            EntityAttribute.CASUALTY_KIND: [c.kind],
            EntityAttribute.CASUALTY_QUALIFIER: [c.qualifier],
        }
        textareas = {Normalised.COUNT: c.count} if c.count else {}
        found.append(
            Mention(
                c.start,
                c.end,
                c.text,
                "CASUALTY",
                0.7,
                "casualties",
                choices=choices,
                textareas=textareas,
            )
        )
    found.extend(_model_entities(text, language, analysis, home_country, registry))
    for i in lexicon.find_instruments(analysis, language):
        if _MINING_BEFORE.search(text, max(0, i.start - 40), i.start) or _MINING_AFTER.match(
            text, i.end
        ):
            continue  # "une mine d'or", "a gold mine": a site, no weapon (since 0.28.0)
        if i.text.lower() == "avions" and _WE.search(text, max(0, i.start - 8), i.start):
            continue  # "nous avions écrit": the verb, no aircraft (since 0.30.0)
        found.append(Mention(i.start, i.end, i.text, i.label, 0.6, "lexicon"))
    # Since 0.9.0: buildings and sites named by their kind ("le gouvernorat"), which may
    # be where an event happened; they yield to every other source.
    for f in find_facilities(text, language):
        source = "facilities-front" if f.front else "facilities"
        found.append(Mention(f.start, f.end, f.text, "FAC", 0.5, source))
    # Since 0.41.0: places told against another ("près de la frontière", "à l'entrée du
    # village", "the surrounding villages"), which may be where an event happened.
    for r in find_relative_places(text, language):
        found.append(_part_of_country(r, found, home_country))

    # Since 0.46.0: a capital told by its country ("la capitale malienne", "the Chadian
    # capital"), placed at that country's capital.
    for capital in find_capitals(text, language, home_country):
        textareas = {Normalised.PLACE: capital.place.id}
        if capital.place.coords:
            textareas[Normalised.COORDS] = capital.place.coords
        found.append(
            Mention(
                capital.start,
                capital.end,
                capital.text,
                "GPE",
                0.8,
                "capital",
                choices={EntityAttribute.PLACE_PRECISION: [capital.place.precision]},
                textareas=textareas,
                country=capital.place.country_code,
            )
        )

    # Since 0.13.0: roads named by their towns or number ("l'axe Kaya-Barsalogho"), a
    # site over the towns they name (admin2), ranked as a town where an event happened on
    # it; since 0.19.0 streets and squares by their names ("l'avenue Charles de Gaulle"),
    # which the model takes for people, a site in its town.
    named_ways = [(f, "admin2") for f in find_roads(text, language)]
    named_ways += [(f, "town") for f in find_streets(text, language)]
    for f, precision in named_ways:
        found.append(
            Mention(
                f.start,
                f.end,
                f.text,
                "FAC",
                0.6,
                "road",
                choices={EntityAttribute.PLACE_PRECISION: [precision]},
                rank_as="town",
            )
        )

    found = [m for m in found if in_ranges(m.start, m.end, ranges)]
    found = [_site_not_body(m) for m in found]
    found = _counts_before_their_town(text, found)
    found = _counts_over_names(text, found)
    # "neuf civils, dont deux enfants, ont été tués": the part is no count of its own;
    # the corpus counts the nine (since 0.14.0). Since 0.58.0 the parts of a toll broken
    # down in full are ("neuf morts, dont quatre militaires et cinq civils": 4 and 5).
    parts = {
        ps
        for m in found
        if m.source == "casualties"
        for ps, _, _ in breakdown(text, m.end, m.textareas.get(Normalised.COUNT))
    }
    found = [
        m
        for m in found
        if m.source != "casualties"
        or m.start in parts
        or not _PART_OF_COUNT.search(text, max(0, m.start - 20), m.start)
    ]
    # A name inside a casualty count ("trois volontaires pour la défense de la patrie
    # ont été tués") is the victims the count stands for: the count keeps its span.
    counts = [(m.start, m.end) for m in found if m.source == "casualties"]
    found = [
        m
        for m in found
        if m.source != "registry"
        or not any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in counts)
    ]
    # Since 0.62.0 a country named in a border ("near the Niger border") is where the
    # border lies, not where the event was: the relative place keeps its whole span.
    borders = [
        (m.start, m.end)
        for m in found
        if m.source == "relative"
        # Since 0.66.0 also a border told with its countries ("la frontière entre le
        # Niger et le Bénin", "its border with Benin").
        and (m.text.endswith("border") or _BORDER_WITH.search(m.text) is not None)
    ]
    if borders:
        found = [
            m
            for m in found
            if not (
                m.label == "GPE"
                and m.choices.get(EntityAttribute.PLACE_PRECISION) == ["country"]
                and any(s <= m.start and m.end <= e for s, e in borders)
            )
        ]
    found = _country_parts(text, language, found)
    found.sort(key=lambda m: (SOURCE_PRIORITY[m.source], m.start, -(m.end - m.start)))
    chosen: list[Mention] = []
    for m in found:
        if any(m.start < c.end and c.start < m.end for c in chosen):
            continue
        chosen.append(m)
    chosen.extend(_unnamed_settlements(text, chosen, ranges))
    return place_in_context(text, sorted(chosen, key=lambda m: (m.start, m.end)))


def _site_not_body(m: Mention) -> Mention:
    """A model organisation that opens with a kind of military site ("détachement
    militaire de Matiacoali", "camp militaire de Boulkessi") is that site, a FAC where
    an attack can take place, not a body that acts (since 0.18.0)."""
    if m.source == "ner" and m.label == "ORG" and m.actor_id is None and military_site(m.text):
        return replace(m, label="FAC")
    return m


#: What makes a count part of the count before it: "neuf civils, dont deux enfants".
_PART_OF_COUNT = re.compile(r"(?:\bdont|\bincluding|\bamong\s+them)\s+$", re.IGNORECASE)


def _counts_over_names(text: str, found: list[Mention]) -> list[Mention]:
    """A count whose noun opens a name ("tuant six | volontaires pour la défense de la
    patrie") runs to the name's end: the name is the victims it counts (since 0.14.0)."""
    names = [m for m in found if m.source == "registry"]
    out = []
    for m in found:
        if m.source == "casualties":
            longer = [n for n in names if m.start < n.start < m.end < n.end]
            if longer:
                end = max(n.end for n in longer)
                m = replace(m, end=end, text=text[m.start : end])
        out.append(m)
    return out


#: A part of the country the article is about: "dans le nord du pays", "in the east of
#: the country".
_OF_THE_COUNTRY = re.compile(r"(?:\bdu\s+pays|\bof\s+the\s+country)$", re.IGNORECASE)


def _country_id(m: Mention) -> str | None:
    """The gazetteer id of the country ``m`` names (as a place or as its state), or None."""
    if m.label != "GPE":
        return None
    if m.choices.get(EntityAttribute.PLACE_PRECISION) == ["country"]:
        return m.textareas.get(Normalised.PLACE)
    if m.source == "registry" and (m.actor_id or "").startswith("state-") and m.country:
        home = gazetteer.country(m.country)
        return home.id if home is not None else None
    return None


def _country_parts(text: str, language: str, found: list[Mention]) -> list[Mention]:
    """A country's name after a compass part ("dans le nord du Mali", "in northern
    Mali") made one LOC over both, at country precision with the country's id (since
    0.64.0, :mod:`.countryparts`): the part is a place, so neither the state nor the
    bare name stays a mention there (the state was taken for the act's target)."""
    parts: list[Mention] = []
    for m in found:
        place_id = _country_id(m)
        if place_id is None:
            continue
        start = part_before(text, m.start, language)
        if start is None or any(p.start == start for p in parts):
            continue
        parts.append(
            Mention(
                start,
                m.end,
                text[start : m.end],
                "LOC",
                0.8,
                "relative",
                choices={EntityAttribute.PLACE_PRECISION: ["country"]},
                textareas={Normalised.PLACE: place_id},
                note="A part of the country: the country's id.",
            )
        )
    if not parts:
        return found
    kept = [m for m in found if not any(p.start <= m.start and m.end <= p.end for p in parts)]
    return kept + parts


#: A border told with the countries it runs with or between (relplaces, since 0.66.0).
_BORDER_WITH = re.compile(r"\b(?:frontière|border)\b.*\b(?:avec|entre|with|between)\b", re.I)


def _part_of_country(
    r: RelativePlace, found: Sequence[Mention], home_country: str | None
) -> Mention:
    """A relative place as a LOC; a part of "the country" (since 0.59.0) with that
    country's id at country precision (codebook: a vague area known only to lie within a
    country): the latest country the text named before it, else the dateline's."""
    if not _OF_THE_COUNTRY.search(r.text):
        return Mention(r.start, r.end, r.text, "LOC", 0.5, "relative")
    named = [
        m
        for m in found
        if m.label == "GPE"
        and m.end <= r.start
        and m.choices.get(EntityAttribute.PLACE_PRECISION) == ["country"]
        and Normalised.PLACE in m.textareas
    ]
    if named:
        place_id: str | None = max(named, key=lambda m: m.start).textareas[Normalised.PLACE]
    else:
        home = gazetteer.country(home_country) if home_country else None
        place_id = home.id if home is not None else None
    if place_id is None:
        return Mention(r.start, r.end, r.text, "LOC", 0.5, "relative")
    return Mention(
        r.start,
        r.end,
        r.text,
        "LOC",
        0.5,
        "relative",
        choices={EntityAttribute.PLACE_PRECISION: ["country"]},
        textareas={Normalised.PLACE: place_id},
        note="A part of the country: the country's id.",
        # It ranks among an event's places as before, a part told against the whole,
        # not as the whole country.
        rank_as="locality",
    )


def _unnamed_settlements(
    text: str, chosen: Sequence[Mention], ranges: Sequence[tuple[int, int]] | None
) -> list[Mention]:
    """GPE mentions for "le village", "la localité" told before the body names any town
    (:mod:`.settlements`): the title's village, the only place the act has."""
    towns = [
        m.start
        for m in chosen
        if m.label in ("GPE", "LOC")
        and m.choices.get(EntityAttribute.PLACE_PRECISION, ["town"])[0] == "town"
    ]
    first = min(towns, default=len(text))
    return [
        Mention(
            s,
            e,
            surface,
            "GPE",
            0.4,
            "settlement",
            choices={EntityAttribute.PLACE_PRECISION: ["town"]},
            note="Named only by its kind before any town: the title's place? Copy its id.",
        )
        for s, e, surface in bare_settlements(text)
        if e <= first
        and in_ranges(s, e, ranges)
        and not any(s < c.end and c.start < e for c in chosen)
    ]


#: The "de" that ties a counted noun to the town its people come from: "deux conseillers
#: municipaux | de Seytenga", "Trois enseignants d'une école primaire | de Téra".
_OF_TOWN = re.compile(r"\s+(?:de|d['’]|du|des)\s*$")


def _counts_before_their_town(text: str, found: list[Mention]) -> list[Mention]:
    """Casualty counts cut before the town their noun names (since 0.9.0): the town is
    its own place mention, which may be where the event happened ("ont abattu deux
    conseillers municipaux de *Seytenga* à leur domicile"), not part of the count."""
    towns = [
        m
        for m in found
        if m.source in ("ner", "gazetteer")
        and (m.label == "GPE" or (m.label == "LOC" and not m.choices))
    ]
    out: list[Mention] = []
    for m in found:
        if m.source == "casualties":
            inside = [t for t in towns if m.start < t.start and t.end <= m.end]
            cut = _OF_TOWN.search(text, m.start, inside[0].start) if inside else None
            if cut is not None and cut.start() > m.start:
                m = replace(m, end=cut.start(), text=text[m.start : cut.start()])
        out.append(m)
    return out


#: French words that open sentences and are never names, whatever the model says.
_FR_FUNCTION_WORDS = frozenset(
    {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "ce", "ces", "cette", "cet",
     "dans", "selon", "sur", "pour", "par", "en", "au", "aux", "et", "mais", "il", "ils",
     "elle", "elles", "on", "nous", "leur", "leurs", "son", "sa", "ses"}
)  # fmt: skip


#: A span that ends on the preposition before a name ("hameau de").
_DANGLING = re.compile(r"\s(?:de|du|des|d['’])$", re.IGNORECASE)
#: A body named only to qualify another: "the al-Qaeda-linked JNIM", "Islamic
#: State-affiliated fighters".
_TIE_AFTER = re.compile(r"-(?:linked|affiliated|aligned|allied|inspired|backed)\b", re.IGNORECASE)
#: "A Pama, les assaillants ont": the capital of "à" written without its accent, as
#: the press often does at the head of a sentence, which the model takes into the name.
_UNACCENTED_A = re.compile(r"A\s+(?=[A-ZÀ-Þ])")
#: A verb in the first person plural that opens a writer's aside ("Rappelons que",
#: "Notons que", "Précisons que"), which the model takes for a name at a sentence's start.
_EXHORTATION = re.compile(
    r"(?:Rappel|Not|Précis|Soulign|Signal|Ajout|Indiqu|Relev|Observ|Constat)ons", re.IGNORECASE
)
#: The CFA franc's names, which the model takes for an organisation.
_CURRENCY = re.compile(r"F?CFA|F\.?\s?CFA", re.IGNORECASE)


def _model_entities(
    text: str, language: str, analysis: Analysis, home_country: str | None, registry: Registry
) -> list[Mention]:
    """Places, people and organisations from spaCy (French) or capitalised words (English)."""
    spans: list[tuple[int, int, str]] = [(e.start, e.end, e.label) for e in analysis.entities]
    if language != "fr":
        spans = [(m.start(), m.end(), "LOC") for m in _CAPITALISED.finditer(text)]
    # First pass: the countries the article names, which settle ambiguous town names.
    context: set[str] = {home_country} if home_country else set()
    for start, end, label in spans:
        if label == "LOC":
            r = gazetteer.resolve(text[start:end], home_country)
            if r is not None and r.place.feature == "PCLI":
                context.add(r.place.country_code)
    out: list[Mention] = []
    nouns = {(t.start, t.end) for t in analysis.tokens if t.pos == "NOUN"}
    if language == "fr":
        spans = sorted(spans + _cued_names(text, spans, registry))
        spans = join_split_names(
            text, spans, lambda name: gazetteer.resolve(name, home_country) is not None
        )
    previous_place = -1
    listed = False  # whether the place before opens a list of places ("les communes de")
    for start, end, label in spans:
        surface = text[start:end].rstrip()
        end = start + len(surface)
        if language == "fr" and (unaccented := _UNACCENTED_A.match(surface)):
            start += unaccented.end()  # "A Pama": the place is Pama (since 0.46.0)
            surface = surface[unaccented.end() :]
        if len(surface) < 2:
            continue  # "A l'issue des travaux": a letter, no name (since 0.54.0)
        if language == "fr" and surface.lower() in _FR_FUNCTION_WORDS:
            continue  # "Les violences auraient éclaté": the model's slip (since 0.35.0)
        if _CURRENCY.fullmatch(surface):
            continue  # "500 millions de francs CFA": a currency, no body (since 0.39.0)
        if language == "fr" and _DANGLING.search(surface) and surface.islower():
            continue  # "le hameau de | Sama": the model's cut, a kind and its "de" (0.42.0)
        if language == "fr" and _EXHORTATION.fullmatch(surface):
            continue  # "Rappelons qu'en mars": the writer's verb, no body (since 0.42.0)
        # Joined to the place right before it: "de Kantchari et de", "à Tamou, ".
        anded = previous_place >= 0 and _PLACE_AND.fullmatch(text, previous_place, start)
        comma = previous_place >= 0 and _PLACE_COMMA.fullmatch(text, previous_place, start)
        if (
            label in ("PER", "ORG")
            and _PLACE_NOUN_BEFORE.search(text, max(0, start - _CUE_WINDOW), start)
            and registry.lookup(surface) is None
        ):
            # "du poste de Tinzaouatène": a name after a place noun is a place, whatever
            # the model took it for (it knows few Sahel localities).
            label = "LOC"
        elif (
            label in ("PER", "ORG")
            and " " not in surface
            and _cued(text, start, end)
            and registry.lookup(surface) is None
        ):
            # "à Tamou", "Tizegorou, localité du département de": one word the model took
            # for a person, in a place's slot, is a locality it does not know.
            label = "LOC"
        elif (
            label in ("PER", "ORG")
            and language == "fr"
            and text.startswith(",", end)
            and _OPENING_AT.search(text, max(0, start - 6), start) is not None
            and registry.lookup(surface) is None
        ):
            # Since 0.61.0 a name of several words that opens a sentence after "À" and
            # before a comma ("À Baga Sola, sept personnes ont été interpellées"): the
            # place the sentence is told at, whatever the model took it for.
            label = "LOC"
        elif label in ("PER", "ORG") and anded and registry.lookup(surface) is None:
            label = "LOC"  # "de Kantchari et de Matiacoali"
        elif (
            label in ("PER", "ORG")
            and comma
            and registry.lookup(surface) is None
            and (listed or gazetteer.resolve(surface, home_country) is not None)
        ):
            label = "LOC"  # "à Tamou, Makalondi et Torodi"
        elif (
            label in ("PER", "ORG")
            and _PLACE_APPOSED.match(text, end)
            and registry.lookup(surface) is None
        ):
            label = "LOC"  # "à Kouri Bougoudi, une zone d'orpaillage" (since 0.17.0)
        elif label == "LOC" and _organisation_read_as_place(text, start, surface, home_country):
            label = "ORG"
        if label != "LOC":
            listed = False
        elif not (anded or comma):  # a place that opens a run: is it a list of places?
            listed = _PLACES_LISTED.search(text, max(0, start - _CUE_WINDOW), start) is not None
        previous_place = end if label == "LOC" else -1
        if label in ("PER", "ORG"):
            actor = registry.lookup(surface)
            textareas = {Normalised.ACTOR: actor.id} if actor else {}
            choices = {EntityAttribute.SECTOR: [actor.sector]} if actor and label == "ORG" else {}
            out.append(
                Mention(
                    start, end, surface, label, 0.6, "ner", choices=choices, textareas=textareas
                )
            )
            continue
        if language != "fr":
            if surface.endswith(("'s", "’s")):
                # "Anefis's market", "Mali's Kidal region": the name without its
                # possessive ending, which the capitalised run takes in.
                surface, end = surface[:-2], end - 2
            if _sentence_initial_word(text, start, surface):
                continue  # "No group has claimed": a common word, not the town of No
            places = []
            for s, e in _possessive_parts(start, end, surface):
                unit = _english_unit(text, s, e, home_country, context)
                places += (
                    [_place_mention(s, e, text[s:e], unit, "gazetteer")]
                    if unit is not None
                    else _english_places(s, e, text[s:e], home_country, context)
                )
            out.extend(places)
            # "near Banibangou": a name the gazetteer lacks, after a locative
            # preposition, is most often a locality too small for it.
            if (
                not places
                and surface not in _EN_STOP
                and (
                    _EN_LOCATIVE.search(text, max(0, start - 40), start)
                    or _EN_AREA_AFTER.match(text, end)
                    or _EN_SITE_AFTER.match(text, end)
                    or _PLACE_CUE_AFTER.match(text, end)
                    or _act_object(text, start, end)
                )
            ):
                out.append(Mention(start, end, surface, "LOC", 0.4, "ner"))
            continue
        r = _unit(text, start, end, home_country, context) or gazetteer.resolve(
            surface, home_country, context
        )
        if r is not None:
            out.append(_place_mention(start, end, surface, r, "ner"))
        elif fold_key(surface) in REGIONS:
            out.append(
                Mention(
                    start,
                    end,
                    surface,
                    "LOC",
                    0.6,
                    "ner",
                    choices={EntityAttribute.PLACE_PRECISION: ["region"]},
                )
            )
        elif "\n" not in surface and (
            (start, end) not in nouns
            # A name the tagger took for a common noun is still a place after a place
            # cue ("à Koutougou"): "États" in "États partenaires" has none.
            or _cued(text, start, end)
        ):
            out.append(Mention(start, end, surface, "LOC", 0.4, "ner"))
    taken = [(s, e) for s, e, _ in spans]
    for m in _REGION_PHRASE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(),
                    "LOC",
                    0.6,
                    "ner",
                    choices={EntityAttribute.PLACE_PRECISION: ["region"]},
                )
            )
    # A one-word name the model took for a person or a body here and for a place
    # elsewhere in the article is that place ("Bourzanga avait déjà été visée" after "le
    # détachement de Bourzanga"; since 0.32.0), unless it names a known actor: a place the
    # gazetteer finds in a country of the article ("Orano" is a town in Algeria too).
    named_places = {
        place.text: place
        for place in out
        if place.label not in ("PER", "ORG")
        and Normalised.PLACE in place.textareas
        and place.country in context
    }
    for k, name in enumerate(out):
        if (
            name.label in ("PER", "ORG")
            and name.text in named_places
            and " " not in name.text
            and registry.lookup(name.text) is None
        ):
            out[k] = replace(named_places[name.text], start=name.start, end=name.end)
    return out


#: What makes a "mine" a place of mining, not an explosive: "une mine d'or", "la mine de
#: Sadiola", "la mine d'uranium", "a gold mine", "the mine's workers" (not "une mine de
#: fabrication artisanale", a home-made one).
_MINING_AFTER = re.compile(
    r"(?<=[mM]ine)(?:s)?(?:\s+(?:d['’](?!une\b)|de\s+(?!fabrication\b)|aurifères?|"
    r"d['’]orpaillage|site|workers|operator|owned)|['’]s\s)",
)
_MINING_BEFORE = re.compile(
    r"\b(?:gold|uranium|lithium|manganese|copper|coal|artisanal|open-pit|industrial|"
    r"gold-mining|mining)\s+$"
    # Since 0.61.0 the mine a distance is told from, a site already named ("à une
    # quinzaine de kilomètres de la mine", "20 km from the mine"): the relative place
    # keeps its span, where the explosive took it and the event lost its place.
    r"|\b(?:kilomètres|km|kilometres|kilometers|miles)\s+(?:(?:au|à\s+l['’])\s*\w+(?:-\w+)?\s+)?"
    r"(?:de\s+la|from\s+the|of\s+the)\s+$",
    re.IGNORECASE,
)

#: "nous avions": the imperfect of "avoir" before "avions" (since 0.30.0).
_WE = re.compile(r"\bnous\s+$", re.IGNORECASE)


#: Since 0.28.0 the regions the press names in common words, which no recogniser tags:
#: "dans la zone des trois frontières", "in the tri-border area", "le delta intérieur".
_REGION_PHRASE = gated(
    re.compile(
        r"\b(?:zone\s+des\s+trois\s+frontières|tri-border\s+area|three\s+borders\s+area|"
        r"delta\s+intérieur(?:\s+du\s+Niger)?|inner\s+Niger\s+delta|"
        r"bassin\s+du\s+lac\s+Tchad|Lake\s+Chad\s+basin)\b",
        re.IGNORECASE,
    )
)


#: First words of an organisation's name the model may take for a place.
_ORG_HEAD = re.compile(
    r"(?:Maison|Association|Union|Syndicat|Coalition|Collectif|Coordination|Mouvement|"
    r"Ligue|Comité|Conseil|Commission|Fédération|Organisation|Plateforme|Parti|"
    r"Rassemblement|Alliance|Observatoire|Réseau|Agence|Direction|Ministère|Cellule|"
    # Since 0.12.0 courts and state bodies: "la Cour suprême a rejeté le recours".
    r"Cour|Tribunal|Assemblée|Parlement|Sénat|Autorité|Haute\s+Autorité|Parquet|Présidence|"
    r"Primature|Gouvernement|Office|Institut|Banque|Fonds|Programme|Bureau)\b"
)
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,}(?:-[A-ZÀ-Þ]+)?")


def _organisation_read_as_place(
    text: str, start: int, surface: str, home_country: str | None
) -> bool:
    """Whether a LOC of the model that the gazetteer does not know is an organisation:
    a name opening with a body's word ("La Maison de la presse a condamné", "le Collectif
    des victimes"), or an all-capital acronym alone in brackets, which abbreviates the
    name before it ("l'Association des élèves et étudiants du Mali (AEEM)")."""
    end = start + len(surface)
    named = _ORG_HEAD.match(surface) is not None
    bracketed = (
        _ACRONYM.fullmatch(surface) is not None
        and text[max(0, start - 2) : start].rstrip().endswith("(")
        and text[end : end + 2].lstrip().startswith(")")
    )
    if not (named or bracketed):
        return False
    return gazetteer.resolve(surface, home_country if named else None) is None


#: Where an English sentence starts: a capitalised common word there is no name.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n|[\"“(]\s*)$")


def _sentence_initial_word(text: str, start: int, surface: str) -> bool:
    """True for a single English stop word opening a sentence ("No", "Some", "Many"),
    which the gazetteer may know as a place name."""
    return (
        " " not in surface
        and surface.lower() in EN_STOP_WORDS
        and _SENTENCE_START.search(text, max(0, start - 3), start) is not None
    )


def _cued(text: str, start: int, end: int) -> bool:
    """True when a place cue stands right before the name ("à", "près de", "le poste de
    gendarmerie de") or an apposition naming a settlement right after it (", localité
    du département de"), or when the name is the bare object of an assault verb
    (:func:`_act_object`)."""
    return (
        _PLACE_CUE.search(text, max(0, start - _CUE_WINDOW), start) is not None
        or _PLACE_CUE_AFTER.match(text, end) is not None
        or _act_object(text, start, end)
        or _PEOPLE_OF_BEFORE.search(text, max(0, start - _CUE_WINDOW), start) is not None
        or _ACT_OF_PLACE_BEFORE.search(text, max(0, start - _CUE_WINDOW), start) is not None
    )


#: Since 0.28.0 an assault or a siege named by the place it struck: "l'attaque de *Boni*",
#: "l'embuscade de Tessit", "le siège de Djibo", "la prise de Boulkessi" (an unknown name
#: there is the locality; a group is named with its article, "l'attaque du JNIM", or
#: known to the registry; a person is abducted or killed, not attacked, in these words).
_ACT_OF_PLACE_BEFORE = gated(
    re.compile(
        r"\b(?:l['’]attaque|les\s+attaques|l['’]embuscade|le\s+massacre|les\s+massacres|"
        r"l['’]attentat|la\s+tuerie|le\s+raid|l['’]assaut|le\s+carnage|les\s+combats|"
        r"les\s+affrontements|le\s+siège|le\s+blocus|la\s+prise|la\s+reprise|la\s+chute)"
        r"\s+(?:de\s+|d['’])$",
        re.IGNORECASE,
    )
)


#: People named by the town they live or serve in: "deux conseillers municipaux de
#: *Seytenga*", "les habitants de *Boni*", "des enseignants de *Téra*" (an unknown
#: name there is a locality; a known group, "les combattants du JNIM", the registry has).
_PEOPLE_OF_BEFORE = gated(
    re.compile(
        r"\b(?:conseillers?(?:\s+municipaux)?|habitants|enseignants|élèves|commerçants|"
        r"villageois|fidèles|déplacés|élus|notables|chefs?\s+(?:de\s+village|coutumiers?))\s+"
        r"(?:de\s+|d['’])$",
        re.IGNORECASE,
    )
)


_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
#: An assault verb, or one of leaving, with nothing but a day between it and a name: "ont
#: attaqué dimanche *Kokorou*", "ont investi *Boulkessi*", "attacked *Kokorou* on Sunday".
_ACT_BEFORE = gated(
    re.compile(
        r"\b(?:attaqu(?:é|ée|és|ées|ent|aient|ait)|investi|assiégé|pris\s+d['’]assaut|"
        r"attacked|overran|stormed|raided|besieged|shelled|"
        # Since 0.20.0 the place people left: "ont quitté Tori", "residents left Dallah for
        # Douentza", "fled Goumori".
        r"quitt(?:é|ée|és|ées|ent|aient|ait)|fui|fuient|fuyaient|left|fled|abandoned)\s+"
        r"(?:" + _WEEKDAY + r"(?:\s+(?:soir|matin))?\s+)?$",
        re.IGNORECASE,
    )
)
#: What follows such a name when it is the whole object: a stop, a day, a preposition
#: ("attacked Malian soldiers" names the soldiers' country, not a town).
_ACT_OBJECT_END = re.compile(
    r"\s*(?:[,.;:()]|$)|\s+(?:" + _WEEKDAY + r"|dans|près|à|au|en|et|vers|avant|après|"
    r"tuant|faisant|on|in|at|near|overnight|late|early|last|killing|and|pour|for|to|"
    # Since 0.60.0: "people who fled Barsalogho now live in Kaya".
    r"now)\b",
    re.IGNORECASE,
)


def _act_object(text: str, start: int, end: int) -> bool:
    """True when the name is the whole object of an assault verb, with at most a day
    between: an assault is on a place or on people, and the people are named by words
    the registry knows; a name it does not know there is most often a locality the
    model and the gazetteer miss."""
    return (
        _ACT_BEFORE.search(text, max(0, start - _CUE_WINDOW), start) is not None
        and _ACT_OBJECT_END.match(text, end) is not None
    )


#: "À" opening a sentence or a paragraph, right before a name (since 0.61.0).
_OPENING_AT = re.compile(r"(?:^|[.!?]\s+|\n\s*)[ÀA]\s+$", re.MULTILINE)


def _cued_names(
    text: str, spans: list[tuple[int, int, str]], registry: Registry
) -> list[tuple[int, int, str]]:
    """The capitalised names spaCy missed right after a place cue ("à Koutougou", "près
    de Tin-Hama"), as LOC spans: the model knows few Sahel localities (it may even take
    one for a common noun); the gazetteer resolves them when it can."""
    out: list[tuple[int, int, str]] = []
    for m in _CAPITALISED.finditer(text):
        s, e = m.start(), m.end()
        # The cheap tests first: most capitalised names are the model's own spans.
        if (
            "\n" in m.group()
            or any(a < e and s < b for a, b, _ in spans)
            or not _cued(text, s, e)
            or registry.lookup(m.group()) is not None
        ):
            continue
        out.append((s, e, "LOC"))
    return out


#: The kind of administrative unit named right before a name ("la région de Mopti",
#: "du cercle de Bankass", "la province du Soum") or right after it ("Tillabéri region").
_UNIT_WORD_BEFORE = gated(
    re.compile(
        r"\b(?P<unit>région|cercle|province|département|wilaya|moughataa)\s+"
        r"(?P<link>de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])$",
        re.IGNORECASE,
    )
)
_UNIT_WORD_AFTER = re.compile(r"\s+(?P<unit>region|province|department|cercle)\b", re.IGNORECASE)


def _unit(
    text: str, start: int, end: int, home_country: str | None, context: set[str]
) -> gazetteer.Resolution | None:
    """The administrative unit a name stands for when the text names the unit's kind
    ("la région de Mopti" is the region, not the town of Mopti), else None."""
    name = text[start:end]
    before = _UNIT_WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _UNIT_WORD_AFTER.match(text, end)
    if before:
        queries = [f"{before.group('unit')} {before.group('link')}{name}"]
    elif after:
        queries = [f"{name} {after.group('unit')}"]
    elif (listed := _UNITS_LISTED_BEFORE.search(text, max(0, start - 90), start)) is not None:
        # Since 0.59.0 each name of a list after a plural unit word is that unit: "dans
        # les départements de Ouallam, Banibangou et Abala", "les cercles de Bankass et
        # de Koro" (the towns of the same names are not where a ban applies).
        unit = listed.group("unit").lower().removesuffix("s")
        queries = [f"{unit} {link}{name}" for link in ("de ", "d'", "du ", "de la ", "de l'")]
    else:
        return None
    for query in queries:
        r = gazetteer.resolve(query, home_country, context)
        if r is not None and r.place.feature in gazetteer.UNITS:
            return r
    return None


#: A plural unit word and the list of names after it, up to the name (since 0.59.0):
#: "les départements de Ouallam, *Banibangou*", "les provinces du Soum et du *Loroum*".
_UNITS_LISTED_BEFORE = gated(
    re.compile(
        r"\b(?P<unit>régions|cercles|provinces|départements)\s+"
        r"(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)"
        r"(?:[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*\s*(?:\([^()]{0,40}\)\s*)?"
        r"(?:,|\bet\b|\bou\b)\s*(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+)?)*$",
        re.IGNORECASE,
    )
)


#: The kind of unit an English article puts after a name: "the Téra department", "the
#: Koro district", "Tillabéri region".
_EN_UNIT_AFTER = re.compile(
    r"\s+(?P<unit>region|province|department|cercle|district)\b", re.IGNORECASE
)
#: Since 0.35.0 the kind before the name: "the southern province of Mandoul".
_EN_UNIT_BEFORE = re.compile(
    r"\b(?P<unit>region|province|department|cercle|district)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: English "district" stands for the second-level unit of each country: Mali's cercle,
#: Niger's department, Burkina Faso's province.
_DISTRICT_KINDS = ("cercle", "department", "province")


#: A possessive inside a capitalised run: "Niger's Tahoua region", "Mali's Kidal".
_POSSESSIVE_INSIDE = re.compile(r"['’]s\s+")


def _possessive_parts(start: int, end: int, surface: str) -> list[tuple[int, int]]:
    """The spans of a capitalised English run split at a possessive ("Niger's Tahoua":
    "Niger" and "Tahoua"), so that a unit word after the run ("Niger's Tahoua region")
    makes its last name the unit, not a town (since 0.24.0)."""
    parts, at = [], 0
    for m in _POSSESSIVE_INSIDE.finditer(surface):
        parts.append((start + at, start + m.start()))
        at = m.end()
    parts.append((start + at, end))
    return [(s, e) for s, e in parts if e > s]


def _english_unit(
    text: str, start: int, end: int, home_country: str | None, context: set[str]
) -> gazetteer.Resolution | None:
    """The administrative unit an English name stands for when its kind follows it ("the
    Téra department" is the department, not the town of Téra), else None."""
    after = _EN_UNIT_AFTER.match(text, end) or _EN_UNIT_BEFORE.search(
        text, max(0, start - 40), start
    )
    if after is None:
        return None
    kind = after.group("unit").lower()
    for query_kind in _DISTRICT_KINDS if kind == "district" else (kind,):
        r = gazetteer.resolve(f"{text[start:end]} {query_kind}", home_country, context)
        if r is not None and r.place.feature in gazetteer.UNITS:
            return r
    return None


def _english_places(
    start: int, end: int, surface: str, home_country: str | None, context: set[str]
) -> list[Mention]:
    """The gazetteer places within a capitalised word run (English: no statistical model)."""
    words = list(re.finditer(r"\S+", surface))
    out: list[Mention] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            s, e = start + words[i].start(), start + words[j - 1].end()
            name = surface[words[i].start() : words[j - 1].end()]
            if j - i == 1 and name in _EN_STOP:
                continue
            r = gazetteer.resolve(name, home_country, context)
            if r is not None and (
                r.place.feature == "PCLI"
                or r.place.country_code in gazetteer.SAHEL_CORE
                or r.place.population >= 5000
                # Since 0.35.0 a unit of a country the article is about ("in the
                # Mandoul province", an article from N'Djamena).
                or (
                    r.place.feature in gazetteer.UNITS
                    and (r.place.country_code == home_country or r.place.country_code in context)
                )
            ):
                out.append(_place_mention(s, e, name, r, "gazetteer"))
                i = j - 1
                break
            if fold_key(name) in REGIONS:
                out.append(
                    Mention(
                        s,
                        e,
                        name,
                        "LOC",
                        0.6,
                        "gazetteer",
                        choices={EntityAttribute.PLACE_PRECISION: ["region"]},
                    )
                )
                i = j - 1
                break
        i += 1
    return out
