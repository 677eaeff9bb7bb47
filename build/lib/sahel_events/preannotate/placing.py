"""Where a place mention points when the gazetteer alone cannot say: a name the model
split in two ("Fada" + "N'Gourma"), a locality too small for the gazetteer (placed in
the unit the article puts it in), a relative location ("à 30 km de Djibo")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import gazetteer
from ..annotation.ids import EntityAttribute, Normalised
from ..folding import fold_key

if TYPE_CHECKING:
    from .entities import Mention

#: What may stand between the two halves of one place name the model split:
#: "Fada N'Gourma", "Tchoma Bangou".
_SPLIT_GAP = re.compile(r"\s+(?:[A-Z]['’])?")
#: The end of the phrase in which a locality's unit is given ("Koutougou, dans la
#: province du Soum, a-t-on appris"): a full stop or a line break.
_PHRASE_END = re.compile(r"\.\s|\n")
#: A town named as the reference of a relative location: "à une trentaine de kilomètres
#: de Douentza", "à 40 km au sud de Gao".
_RELATIVE = re.compile(
    r"(?:kilomètres|km|miles)\s+(?:au\s+|à\s+l['’])?(?:(?:nord|sud|est|ouest)(?:-\w+)?\s+)?"
    # Since 0.59.0 also "from" and the town's kind: "about 40 km from the town of
    # Tillia", "à 20 km de la ville de Diffa".
    r"(?:de\s+|d['’]|du\s+|of\s+|from\s+)(?:la\s+(?:ville|localité|commune)\s+(?:de\s+|d['’])|"
    r"the\s+(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE,
)
#: A distance of less than about 10 km before a town (since 0.59.0): "à quelques
#: kilomètres de", "à 5 km au nord de", "a few kilometres from", "four km from".
_WITHIN_TEN_KM = re.compile(
    r"(?:\b(?:quelques|few|deux|trois|quatre|cinq|six|sept|huit|neuf|two|three|four|five|"
    r"six|seven|eight|nine)|(?<![\d.,])[1-9](?:[.,]\d+)?)\s*(?:kilomètres|km|kilometres|"
    r"kilometers)\s+(?:au\s+|à\s+l['’])?(?:(?:nord|sud|est|ouest)(?:-\w+)?\s+)?"
    r"(?:(?:north|south|east|west)(?:-?\w+)?\s+)?(?:de\s+|d['’]|du\s+|of\s+|from\s+)"
    r"(?:la\s+(?:ville|localité|commune)\s+(?:de\s+|d['’])|the\s+(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE,
)
#: A relative location that says where another place lies, in apposition to it:
#: "Kiri, un village situé à une trentaine de kilomètres de Djibo", "a hamlet located
#: 20 km from Dori". The town only locates that place (since s18p8).
_SITUATED = re.compile(
    # Since 0.11.0 only after a name in apposition: "dans un campement situé à 20 km à
    # l'ouest d'Inékar" names no finer place, and the relative location is the place.
    r"[A-ZÀ-Þ][\w'’-]+\s*,\s+(?:[\w'’-]+\s+){0,4}?(?:situé(?:e|s|es)?|located|lying)\b"
    r"[^,;.\n]*$"
)
#: ... or, since 0.15.0, right after the place it situates and a comma: "à hauteur de
#: Solhan, à une vingtaine de kilomètres de Sebba" (the event is at Solhan).
#: Since 0.25.0 also after an apposition: "à Kain, chef-lieu de la commune du même nom,
#: à une soixantaine de kilomètres au nord-ouest de Ouahigouya".
_AFTER_PLACE = re.compile(
    r"\s*,\s+(?:[^,;.\n]{1,60},\s+)?(?:à|at|about|some)\s+[^,;.\n]*$", re.IGNORECASE
)
_CONTAINERS = ("admin2", "admin1")
#: How far after a locality its unit may be given, in characters.
_WINDOW = 120


def join_split_names(
    text: str, spans: Sequence[tuple[int, int, str]], known: Callable[[str], bool]
) -> list[tuple[int, int, str]]:
    """Two adjacent place spans that together form a name the gazetteer knows become one
    LOC span ("Fada" and "N'Gourma": the model cut at the apostrophe)."""
    out: list[tuple[int, int, str]] = []
    for span in sorted(spans):
        if out:
            s, e, label = out[-1]
            if (
                label == "LOC"
                and span[2] == "LOC"
                and _SPLIT_GAP.fullmatch(text, e, span[0])
                and known(text[s : span[1]])
            ):
                out[-1] = (s, span[1], "LOC")
                continue
        out.append(span)
    return out


def _precision(m: Mention) -> str | None:
    found = m.choices.get(EntityAttribute.PLACE_PRECISION, [])
    return found[0] if found else None


def place_in_context(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with two normalisations the codebook asks for (norm_place):

    * a locality the gazetteer lacks (a LOC without precision) takes the id of the
      unit the article puts it in, right after it ("Koutougou, dans la province du
      Soum" → the Soum, admin2), with a note saying so;
    * a town named as the reference of a relative location ("à 30 km de Djibo") keeps
      its id at admin2 precision (more than about 10 km from the town); it ranks as a
      town among an event's places, unless the relative location is in apposition to
      the place it situates ("Kiri, un village situé à 30 km de Djibo", since 0.15.0
      "à hauteur de Solhan, à 20 km de Sebba"): that place is the finer one.
    """
    places = [m for m in mentions if m.label in ("GPE", "LOC", "FAC")]
    out: list[Mention] = []
    for m in mentions:
        precision = _precision(m)
        if (
            m.label == "GPE"
            and precision == "town"
            and _RELATIVE.search(text, max(0, m.start - 40), m.start)
            # Since 0.59.0 a point within about 10 km stays at the town (codebook:
            # "à quelques kilomètres de Tori", "à quatre kilomètres de Dioro").
            and not _WITHIN_TEN_KM.search(text, max(0, m.start - 60), m.start)
        ):
            situating = _SITUATED.search(text, max(0, m.start - 80), m.start) is not None or any(
                p is not m
                and p.end < m.start
                and _AFTER_PLACE.fullmatch(text, p.end, m.start) is not None
                for p in places
            )
            m = replace(
                m,
                choices={**m.choices, EntityAttribute.PLACE_PRECISION: ["admin2"]},
                rank_as=None if situating else "town",
            )
        elif m.label == "LOC" and precision is None and Normalised.PLACE not in m.textareas:
            container = _container(text, m, places)
            if container is not None:
                m = _placed_in(m, container)
        out.append(m)
    if any(", " in text[m.end : m.end + 3] for m in places):
        out = _agreeing(text, out)
    return out


#: What lies between a place and the town or unit it is told to be in (since 0.59.0):
#: "Faladié, à Bamako", "Koutiala, dans la région de Sikasso", "Gorom, in the Oudalan
#: province" (the unit word may also follow the name).
_TOLD_IN = re.compile(
    r"\s*,\s+(?:à|au|en|in|at|dans)\s+(?:(?:la|le|l['’]|the)\s*)?"
    r"(?:(?:ville|région|province|cercle|département|commune|district|town|city|region|"
    r"province|department)\s+(?:de\s+|d['’]|du\s+|of\s+(?:the\s+)?)?)?",
    re.IGNORECASE,
)
#: How far (in degrees) a place told "à Y" may lie from the town Y: a neighbourhood or a
#: village of its commune, not a namesake in another region.
_NEAR_DEGREES = 0.4


#: The unit words of a gap, by the gazetteer level they name.
_LEVEL = {"région": "ADM1", "region": "ADM1", "province": "ADM2", "cercle": "ADM2"}
_LEVEL.update({"département": "ADM2", "department": "ADM2"})


def _inside(place: gazetteer.Place, container: gazetteer.Place, level: str | None) -> bool:
    """Whether ``place`` may lie in ``container``: in a unit by its gazetteer
    admin1/admin2 (``level`` when the text names the unit by its kind, "la région de
    Tillabéri", whatever the gazetteer resolved the name to), within reach of a town."""
    if container.feature == "PCLI":
        return place.country_code == container.country_code
    level = level or (container.feature if container.feature in ("ADM1", "ADM2") else None)
    if level is not None:
        own = place.admin1 if level == "ADM1" else place.admin2
        return own is None or fold_key(own) == fold_key(container.name)
    if None in (place.latitude, place.longitude, container.latitude, container.longitude):
        return True
    assert place.latitude is not None and container.latitude is not None
    assert place.longitude is not None and container.longitude is not None
    return (
        abs(place.latitude - container.latitude) <= _NEAR_DEGREES
        and abs(place.longitude - container.longitude) <= _NEAR_DEGREES
    )


def _agreeing(text: str, mentions: list[Mention]) -> list[Mention]:
    """Since 0.59.0 a place the article says lies in a town or a unit ("le marché de
    Faladié, à Bamako") and that the gazetteer resolved to a namesake elsewhere (a
    Faladié of the Koulikoro region) takes the namesake that lies there, else the id of
    the town or unit it is in (codebook: a place absent from GeoNames takes the id of
    the settlement it is in), with a note."""
    by_start = {m.start: i for i, m in enumerate(mentions) if m.label in ("GPE", "LOC")}
    out = list(mentions)
    moved: dict[tuple[str, str], Mention] = {}
    for i, m in enumerate(mentions):
        if m.label not in ("GPE", "LOC") or Normalised.PLACE not in m.textareas:
            continue
        gap = _TOLD_IN.match(text, m.end)
        j = by_start.get(gap.end()) if gap is not None else None
        if j is None or j == i or Normalised.PLACE not in mentions[j].textareas:
            continue
        container = gazetteer.lookup(mentions[j].textareas[Normalised.PLACE])
        place = gazetteer.lookup(m.textareas[Normalised.PLACE])
        if container is None or place is None or place.id == container.id:
            continue
        said = gap.group().lower() if gap is not None else ""
        if "commune" in said or "district" in said:
            continue  # a commune's or a district's name: the gazetteer has no such level
        level = next((lv for word, lv in _LEVEL.items() if word in said), None)
        if _inside(place, container, level):
            continue
        other = next(
            (
                p
                for p in gazetteer.search(m.text)
                if p.id != place.id and _inside(p, container, level)
            ),
            None,
        )
        chosen = other or container
        textareas = {**m.textareas, Normalised.PLACE: chosen.id}
        textareas.pop(Normalised.COORDS, None)
        if chosen.coords:
            textareas[Normalised.COORDS] = chosen.coords
        precision = chosen.precision
        note = f"Told in {mentions[j].text}: " + (
            "its namesake there." if other else "not in the gazetteer there; its id."
        )
        out[i] = replace(
            m,
            choices={**m.choices, EntityAttribute.PLACE_PRECISION: [precision]},
            textareas=textareas,
            note=note,
        )
        moved[(fold_key(m.text), place.id)] = out[i]
    if moved:
        # The same name resolved the same way elsewhere in the article is the same place
        # ("le marché de Faladié, à Bamako ... dans le quartier de Faladié").
        for i, m in enumerate(out):
            key = (fold_key(m.text), m.textareas.get(Normalised.PLACE))
            if key in moved and out[i] is mentions[i]:
                fixed = moved[key]
                out[i] = replace(
                    m, choices=dict(fixed.choices), textareas=dict(fixed.textareas), note=fixed.note
                )
    return out


def relative_reference(m: Mention) -> bool:
    """True for a town named as the reference of a relative location ("à une quinzaine
    de kilomètres de Bankilaré"), as :func:`place_in_context` marks it: a town kept at
    admin2 precision and ranked as a town. Such a place says more than the bare town."""
    return m.rank_as == "town" and _precision(m) == "admin2"


def _container(text: str, m: Mention, places: Sequence[Mention]) -> Mention | None:
    stop = _PHRASE_END.search(text, m.end, m.end + _WINDOW)
    end = stop.start() if stop else m.end + _WINDOW
    units = [
        p
        for p in places
        if m.end <= p.start < end
        and _precision(p) in _CONTAINERS
        and Normalised.PLACE in p.textareas
    ]
    # Since 0.59.0 the town a relative location measures from, in the locality's phrase
    # ("à Chétimari, à une vingtaine de kilomètres de Diffa", "the village of Koutougou,
    # about 40 km from the town of Tillia, in the Tahoua region"): the locality is known
    # only within that town's surroundings, admin2 as for the relative location itself
    # (codebook), finer than a region given after it.
    measured = [
        replace(p, choices={**p.choices, EntityAttribute.PLACE_PRECISION: ["admin2"]})
        for p in places
        if m.end <= p.start < end
        and p.label == "GPE"
        and _precision(p) == "town"
        and Normalised.PLACE in p.textareas
        and _RELATIVE.search(text, max(m.end, p.start - 60), p.start) is not None
    ]
    units += measured[:1]
    # The finest unit given: "dans la commune de Pensa (province du Sanmatenga, région
    # du Centre-Nord)" → the province.
    return min(
        units,
        key=lambda p: (_CONTAINERS.index(_precision(p) or "admin1"), p.start),
        default=None,
    )


def _placed_in(m: Mention, unit: Mention) -> Mention:
    precision = _precision(unit) or "admin1"
    textareas = {Normalised.PLACE: unit.textareas[Normalised.PLACE]}
    if Normalised.COORDS in unit.textareas:
        textareas[Normalised.COORDS] = unit.textareas[Normalised.COORDS]
    note = (
        f"Not in the gazetteer: placed in the {precision} unit the article gives "
        f"({unit.text}); give the locality's own GeoNames id if it has one"
    )
    return replace(
        m,
        choices={**m.choices, EntityAttribute.PLACE_PRECISION: [precision]},
        textareas={**m.textareas, **textareas},
        note=note,
        rank_as="locality",
    )


#: A place name: capitalised words, with their own hyphens and apostrophes.
NAME = r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*"
_BARE_NAME = re.compile(NAME)
#: What makes a name part of a relative location or a zone, which the corpus marks as
#: one LOC span with it ("à 20 km au nord de Ber", "la zone de Sollé", "aux abords de
#: Mondoro", "the Dallah area"): the name keeps the LOC label. After "près de" or
#: "entre" the corpus marks the bare name GPE about twice as often as the phrase.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:proche|non\s+loin|loin|kilomètres|km|environs|abords|alentours|zone|secteur|"
    r"nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|île|colline|forêt|côté)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+)$"
    r"|\b(?:north|south|east|west|kilometres|km|miles)\s+(?:of|from)\s+$",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(r"\s+(?:area|zone|sector|region|province)\b", re.IGNORECASE)


def as_settlements(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, a locality named bare that the gazetteer could not resolve given
    the codebook's label for a settlement, GPE (since 0.23.0): "à Tamou", "Tizegorou,
    localité du département de Banibangou". The model and the rules mark such names
    LOC, and the corpus's annotators relabelled nearly all of them. A name inside a
    relative location or a zone ("près de Kantchari", "la zone de Sollé") stays LOC,
    the label of the phrase an annotator marks around it, and so does a named area the
    article gives no government (precision "region": "le Liptako-Gourma")."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if (
            m.label != "LOC"
            or _precision(m) == "region"
            or not _BARE_NAME.fullmatch(m.text)
            or _RELATIVE_BEFORE.search(text, max(0, m.start - 40), m.start)
            or _RELATIVE_AFTER.match(text, m.end)
        ):
            continue
        out[i] = replace(m, label="GPE")
    return out
