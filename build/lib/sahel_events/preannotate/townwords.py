"""A settlement named again by its bare kind in an event's own sentence is the event's
place mention (since 0.59.0).

"Des dizaines de familles ont quitté la ville", "ont fait irruption dans la localité",
"le déploiement d'une unité dans la commune", "the town was shelled again": the
codebook draws an event's arguments to whichever mention names them, and annotators
mark such a phrase in the event's sentence as a GPE with the id of the town it points
back to. Before, the event took the town's name from an earlier sentence (or nothing):
right as a place, but not the mention of the event's sentence. :func:`own_town_words`
makes the phrase a mention of its own, with the id, coordinates and precision of the
town it names again (a commune: the second-level precision the codebook gives a place
known only within a unit), and links it in place of a place borrowed from before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from .. import gazetteer
from ..annotation.ids import EntityAttribute, Normalised, Role
from ..codebook import EventType
from .argument import Argument
from .entities import Mention
from .text import containing
from .triggers import Trigger

#: "la ville", "la localité", "la commune", "le village", "the town" told bare: not one
#: named there ("la ville de Djibo", "la commune d'Arbinda", "the town of Tillia"), nor
#: another ("le village voisin"), nor a possessor ("the town's market").
BARE_TOWN = re.compile(
    r"\b(?i:la\s+(?:même\s+)?(?:ville|localité|commune)|le\s+(?:même\s+)?village|"
    r"the\s+(?:same\s+)?(?:town|village)|"
    # Since 0.60.0 a demonstrative too: "ont attaqué cette localité", "this town".
    r"cette\s+(?:même\s+)?(?:ville|localité|commune)|ce\s+(?:même\s+)?village|"
    r"this\s+(?:town|village))\b"
    r"(?!['’])"
    # Since 0.64.0 also with adjectives between: "la localité frontalière de
    # Makalondi", "la ville septentrionale de Djibo", "la commune rurale de Dargol".
    r"(?!\s+(?:[a-zà-ÿ-]+\s+){0,2}(?:de|d['’]|du|des|of)\s*[A-ZÀ-Ý])"
    r"(?!\s+(?i:voisin|voisine|natal|natale|near|nearby|next)\b)"
)

#: A demonstrative phrase of :data:`BARE_TOWN` ("cette localité", "this town").
_DEMONSTRATIVE = re.compile(r"(?:ce|cette|this)\s", re.IGNORECASE)

#: Cheap gate: one of these words somewhere in the text.
_GATE = ("ville", "localit", "commune", "village", "town")

#: Types whose place is where words were said: the town their sentence names is that of
#: what is said, not of the saying.
_SAID = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "COOPERATE"})

#: The phrase as a noun's complement: "un habitant de la commune", "le chef-lieu de la
#: commune", "les infrastructures de la ville" name people or things of the town, not
#: where the act was; but "les villages de la commune", "the outskirts of the town" do.
_OF_BEFORE = re.compile(r"\b(?:de|d['’]|of)\s*$", re.IGNORECASE)
_PLACES_OF = re.compile(
    r"\b(?:villages?|hameaux|hameau|quartiers?|localités|abords|environs|alentours|"
    r"villages|outskirts|hamlets|neighbourhoods?)\s+(?:de|d['’]|of)\s*$",
    re.IGNORECASE,
)


#: What opens another act between a trigger and a phrase after it.
_NEXT_ACT = re.compile(r"\b(?:avant\s+(?:de|d['’])|après\s+avoir|before|after)\b", re.I)


def _complement(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` completes a noun that is not a part of the town."""
    before = text[max(0, start - 30) : start]
    return _OF_BEFORE.search(before) is not None and _PLACES_OF.search(before) is None


#: The words between an act and "dans la commune" that completes it: no clause break,
#: no other verb's relative, "dans"/"in" right before the phrase ("le déploiement « dans
#: les plus brefs délais » d'une unité des FAMa dans la commune").
_IN_RIGHT_AFTER = re.compile(
    r"(?:(?![,;:]|\b(?:qui|que|où|dont|et|and|which|where)\b).){0,70}\b(?:dans|in)\s+\Z",
    re.IGNORECASE | re.DOTALL,
)


def _placed_by_a_town(trig: Trigger, event_types: Mapping[str, EventType]) -> bool:
    """Whether an event of ``trig``'s type takes a GPE as its place and is no statement
    nor a release (where captives were freed is told, not inferred)."""
    etype = event_types.get(trig.label)
    return (
        etype is not None
        and trig.label not in _SAID
        and Role.LOCATION in etype.roles
        and trig.mode != "release"
        and "GPE" in etype.roles[Role.LOCATION].fillers
    )


def _unclaimed(
    found: Iterable[re.Match[str]], mentions: Sequence[Mention], made: Mapping[tuple[int, int], int]
) -> list[re.Match[str]]:
    """The phrases of ``found`` no mention overlaps (but one these passes made)."""
    return [
        m
        for m in found
        if not any(
            m.start() < o.end and o.start < m.end() and (o.start, o.end) not in made
            for o in mentions
        )
    ]


def _place_values(m: Mention) -> dict[str, str]:
    """The place id and coordinates ``m`` carries, for a phrase that names it again."""
    return {k: v for k, v in m.textareas.items() if k in (Normalised.PLACE, Normalised.COORDS)}


def _phrase_as_place(
    phrase: re.Match[str], precision: list[str], textareas: dict[str, str], note: str
) -> Mention:
    """The place mention a town word or a unit word ("la localité", "la région") makes,
    with the precision and the id of the place it names again."""
    return Mention(
        phrase.start(),
        phrase.end(),
        phrase.group(),
        "GPE",
        0.5,
        "settlement",
        choices={EntityAttribute.PLACE_PRECISION: precision},
        textareas=textareas,
        note=note,
    )


def _linked_as_place(
    ti: int,
    mention: Mention,
    out_mentions: list[Mention],
    arguments: list[Argument],
    made: dict[tuple[int, int], int],
) -> list[Argument]:
    """``arguments`` with ``mention`` as event ``ti``'s only place; the mention is added
    to ``out_mentions`` the first time its span is placed (``made``: span -> index)."""
    span = (mention.start, mention.end)
    if span not in made:
        out_mentions.append(mention)
        made[span] = len(out_mentions) - 1
    kept = [a for a in arguments if not (a.trigger == ti and a.role == Role.LOCATION)]
    return [*kept, Argument(ti, made[span], Role.LOCATION, 0.5)]


def own_town_words(
    text: str,
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    kept: Mapping[int, Trigger],
    event_types: Mapping[str, EventType],
    sentences: Sequence[tuple[int, int]],
    settlement: Callable[[Mention], bool],
) -> tuple[list[Mention], list[Argument]]:
    """The mentions and arguments with, for each event whose own sentence names a
    settlement by its bare kind and whose place (if any) comes from before that sentence,
    that phrase as a GPE mention carrying the town's id, linked as its place.

    ``settlement`` tells whether a mention names a town or a locality (not a unit, a road,
    a site): what the phrase points back to.
    """
    out_mentions = list(mentions)
    if not any(word in text for word in _GATE):
        return out_mentions, list(arguments)
    out_args = list(arguments)
    made: dict[tuple[int, int], int] = {}
    for ti, trig in kept.items():
        if not _placed_by_a_town(trig, event_types):
            continue
        sent = containing(sentences, trig.start)
        phrases = [
            m
            for m in _unclaimed(BARE_TOWN.finditer(text, sent[0], sent[1]), mentions, made)
            if not _complement(text, m.start())
        ]
        if not phrases:
            continue
        places = [a for a in out_args if a.trigger == ti and a.role == Role.LOCATION]
        phrase = min(phrases, key=lambda m: abs(m.start() - trig.start))
        own = [out_mentions[a.mention] for a in places]
        own = [m for m in own if sent[0] <= m.start < sent[1]]
        # Since 0.60.0 "dans la commune" completing the act itself, after a town its
        # sentence named before the act ("s'est rendu à Tori, où il a annoncé le
        # déploiement d'une unité dans la commune"): the phrase, with that town's id.
        complement = (
            phrase.start() > trig.end
            and _IN_RIGHT_AFTER.match(text, trig.end, phrase.start()) is not None
            and all(m.end <= trig.start for m in own)
        )
        if own and not complement:
            continue  # a place of its own sentence: the event's own
        if phrase.start() > trig.end and _NEXT_ACT.search(text, trig.end, phrase.start()):
            continue  # "ont emporté le bétail avant de quitter la localité": the next act's
        if places and _DEMONSTRATIVE.match(phrase.group()):
            # "une tuerie dans ce même village" after the raid at Seytenga: annotators
            # keep the town the event took; the phrase only where nothing was taken.
            continue
        told = [
            out_mentions[a.mention]
            for a in places
            if out_mentions[a.mention].label == "GPE" and settlement(out_mentions[a.mention])
        ]
        if places and not told:
            continue  # the event took a unit or a site: not the town the phrase names
        # A town named earlier in the sentence ("Léré est soumise à un blocus du JNIM,
        # qui contrôle les axes menant à la ville"; or where a source spoke, "selon des
        # sources à Ouahigouya"): the phrase is not told for want of a name.
        if not complement and any(
            sent[0] <= m.start < phrase.start() and m.label == "GPE" and settlement(m)
            for m in mentions
        ):
            continue
        if not told:
            told = [
                m
                for m in mentions
                if m.end <= phrase.start() and m.label == "GPE" and settlement(m)
            ]
        if not told:
            continue
        town = max(told, key=lambda m: m.start)
        # The town's own precision: "a village about 15 km from Diffa ... the village"
        # is known only within the department, as the village was.
        told_as = town.choices.get(EntityAttribute.PLACE_PRECISION, ["town"])
        commune = "commune" in phrase.group().lower()
        precision = ["admin2"] if commune and told_as == ["town"] else told_as
        out_args = _linked_as_place(
            ti,
            _phrase_as_place(
                phrase,
                precision,
                _place_values(town),
                f"Names again {town.text!r} told before: its id.",
            ),
            out_mentions,
            out_args,
            made,
        )
    return out_mentions, out_args


#: "la région", "le département", "la province", "le cercle", "the region" told bare
#: (since 0.60.0): not one named there ("la région de Mopti", "la province du Soum",
#: "the region of Gao"), nor a possessor ("the region's schools"), nor another or a
#: wider one ("la région voisine", "la région sahélienne", "la région ouest-africaine").
BARE_UNIT = re.compile(
    r"\b(?i:la\s+(?:même\s+)?(?:région|province)|le\s+(?:même\s+)?(?:département|cercle)|"
    r"the\s+(?:same\s+)?(?:region|department|province))\b"
    r"(?!['’])"
    r"(?!\s+(?:de|d['’]|du|des|of)\s)"
    r"(?!\s+(?i:voisine?s?|natale?|frontalière|ouest|sahélienne|[a-zà-ÿ-]*africaine|"
    r"militaire|wider|neighbouring|neighboring|as\s+a\s+whole)\b)"
)

#: Cheap gate for :data:`BARE_UNIT`.
_UNIT_GATE = ("région", "province", "département", "cercle", "region", "department")

#: The unit's levels, the usual first: a region is the first level, a cercle the second;
#: a province or a department is either (Burkina's provinces, Niger's departments are
#: second-level units, Chad's provinces, Benin's departments first-level ones).
_UNIT_LEVELS = {
    "région": ("admin1",),
    "region": ("admin1",),
    "province": ("admin2", "admin1"),
    "département": ("admin2", "admin1"),
    "department": ("admin2", "admin1"),
    "cercle": ("admin2",),
}

#: The phrase as the complement of an office, a body or its people: "le gouverneur de
#: la région", "les habitants du cercle", "the governor of the region" say who, not
#: where ("les écoles de la province", "l'ensemble de la région" do say where).
_WHO_OF = re.compile(
    r"\b(?:gouverneurs?|gouvernorat|préfets?|préfecture|haut-commissaires?|"
    r"haut-commissariat|conseils?|conseillers?|autorités|responsables?|élus?|députés?|"
    r"maires?|chefs?|directions?|directeurs?|ressortissants?|habitants?|populations?|"
    r"chef-lieu|capitale|governors?|prefects?|authorities|officials?|residents?|people|"
    r"council|capital|seat)\s+"
    r"(?:de|d['’]|du|of)\s*$",
    re.IGNORECASE,
)


#: What makes the act a past cause of the state the phrase is in: "les communications
#: restent difficiles dans la région depuis la destruction des antennes".
_SINCE = re.compile(r"\b(?:depuis|since)\b", re.IGNORECASE)


def _holding_unit(mentions: Sequence[Mention], before: int, level: str) -> gazetteer.Place | None:
    """The unit of ``level`` holding the latest town (with an id) told before ``before``."""
    towns = [
        m
        for m in mentions
        if m.end <= before
        and m.label == "GPE"
        and m.choices.get(EntityAttribute.PLACE_PRECISION) == ["town"]
        and m.textareas.get(Normalised.PLACE)
    ]
    if not towns:
        return None
    place = gazetteer.lookup(max(towns, key=lambda m: m.start).textareas[Normalised.PLACE])
    if place is None:
        return None
    return gazetteer.unit_of(place, "ADM1" if level == "admin1" else "ADM2")


def own_unit_words(
    text: str,
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    kept: Mapping[int, Trigger],
    event_types: Mapping[str, EventType],
    sentences: Sequence[tuple[int, int]],
) -> tuple[list[Mention], list[Argument]]:
    """The mentions and arguments with, for each event whose own sentence names an
    administrative unit by its bare kind ("dans la région", "in the department") and
    names no place of its own, that phrase as a GPE mention carrying the id of the unit
    of that level told before, linked as its place (since 0.60.0).

    Before, "dans la région" was a vague area (no place) or the event borrowed a town
    from an earlier sentence; annotators mark the phrase itself, with the region's id.
    """
    out_mentions = list(mentions)
    if not any(word in text for word in _UNIT_GATE):
        return out_mentions, list(arguments)
    out_args = list(arguments)
    made: dict[tuple[int, int], int] = {}
    for ti, trig in kept.items():
        # Talks are held where they are told to be.
        if trig.label == "CONSULT" or not _placed_by_a_town(trig, event_types):
            continue
        sent = containing(sentences, trig.start)
        phrases = [
            m
            for m in _unclaimed(BARE_UNIT.finditer(text, sent[0], sent[1]), mentions, made)
            if _WHO_OF.search(text, max(0, m.start() - 40), m.start()) is None
        ]
        if not phrases:
            continue
        places = [a for a in out_args if a.trigger == ti and a.role == Role.LOCATION]
        if any(sent[0] <= out_mentions[a.mention].start < sent[1] for a in places):
            continue  # a place of its own sentence: the event's own
        phrase = min(phrases, key=lambda m: abs(m.start() - trig.start))
        if phrase.start() > trig.end and _NEXT_ACT.search(text, trig.end, phrase.start()):
            continue
        if phrase.end() <= trig.start and _SINCE.search(text, phrase.end(), trig.start):
            continue  # "difficiles dans la région depuis la destruction": another state's
        levels = _UNIT_LEVELS[phrase.group().split()[-1].lower()]
        level = levels[0]
        told = [
            m
            for m in mentions
            if m.end <= phrase.start()
            and m.label in ("GPE", "LOC")
            and m.choices.get(EntityAttribute.PLACE_PRECISION, [""])[0] in levels
        ]
        textareas: dict[str, str] = {}
        if told:
            unit = max(told, key=lambda m: m.start)
            level = unit.choices[EntityAttribute.PLACE_PRECISION][0]
            textareas = _place_values(unit)
            note = f"Names again {unit.text!r} told before: its id."
        else:
            # No unit of that level told (the title's is not read): the one holding the
            # latest town told before ("Le gouverneur de Ménaka a interdit ... sur
            # l'ensemble de la région": the region of Ménaka).
            held = _holding_unit(mentions, phrase.start(), level)
            if held is None:
                continue  # which unit is not known
            textareas = {Normalised.PLACE: held.id}
            note = f"The {level} holding the town told before: {held.name}."
        out_args = _linked_as_place(
            ti,
            _phrase_as_place(phrase, [level], textareas, note),
            out_mentions,
            out_args,
            made,
        )
    return out_mentions, out_args
