"""A finer place told in the sentence right after an event placed only in a unit
(since 0.62.0).

"Au moins six civils auraient été tués dimanche dans la région de Ménaka. [...] les
victimes abreuvaient leurs troupeaux à un puits situé à une quinzaine de kilomètres au
sud d'Inékar": the lead places the act in a region, the next sentence tells where in it,
without naming the act again. :mod:`.events` merges two mentions of one act and keeps
the finer place; here the second sentence has no act of its own to merge, so the event
took the region. Annotators mark the finer place. Only when the next sentence tells no
act (else its place is that act's), lies in the same paragraph or opens the next one,
and names a single place finer than the event's (a town of the unit, a place told
against such a town, a village the gazetteer lacks), or a chain whose first place is
(the others only saying where it lies). Also: a town's name told as a unit ("in the
Bandiagara region") places the event in the unit; an event its sentence left unplaced
takes a distance from a site told next ("touché à une dizaine de kilomètres du site");
an act of raiders told again ("The assailants looted ...") is where the sentence right
before, which tells no act of its own, says they struck; a distance from "la ville" told
after the town an event took is finer than the town; the site an attack is directed at
in its sentence ("le camp militaire de la ville a essuyé des tirs") is also its place.
Since 0.66.0 an attack or an abduction placed in a unit or nowhere takes the place of the
next sentence's own attack when that sentence tells it again in detail ("Les camions ont
été pris pour cible sur l'axe Bogandé-Piéla"), the two ends of a stretch the next
sentence names ("entre Markala et Niono, à une dizaine de kilomètres de Markala"), and
the place an act of its own sentence took from the next one ("killing a driver and
kidnapping two of his colleagues").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from .. import gazetteer
from ..annotation.ids import EntityAttribute, Normalised, Role
from ..codebook import EventType
from .argument import Argument
from .entities import Mention
from .text import containing
from .triggers import Trigger

#: Types whose place is where words were said or agreed: what the next sentence tells
#: is what was said.
_SAID = frozenset(
    {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "COOPERATE", "CONSULT"}
)
#: The precisions of a unit: an event placed only there may be told more finely after.
_UNITS = ("admin1", "admin2", "country")
_PLACE_LABELS = ("GPE", "LOC", "FAC")
#: A place someone was taken or went to, or a hospital's town, right before the name:
#: "évacués vers *Djibo*", "transférés à l'hôpital de *Dori*", "taken to *Gao*": not
#: where the act happened.
_DESTINATION = re.compile(
    r"\b(?:vers|jusqu['’]à|destination\s+d[eu']?|to|towards|into|"
    r"(?:évacu|transf[ée]r|conduit|achemin|rapatri|ramen|emmen)\w*\s+(?:à|au|en|sur)|"
    r"(?:hôpital|hospital|centre\s+de\s+santé|clinique|clinic|CHR|CHU|CSRef|CSCom)"
    r"[\w\s'’-]{0,25}?\s(?:de|d['’]|du|in|at|à))\s*$",
    re.IGNORECASE,
)


#: A unit word told with a name the gazetteer knows only as a town ("the Bandiagara
#: region", "la région de Bandiagara": a region made after the gazetteer's data).
_UNIT_AFTER = re.compile(r"\s+(?:region|province|department|cercle|district)\b", re.IGNORECASE)
_UNIT_BEFORE = re.compile(
    r"\b(?:région|province|cercle|département|region|province|district)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)


def _unit_told(text: str, m: Mention) -> bool:
    """Whether a town mention is told as a unit of its name ("in the Bandiagara region"):
    the event is placed in the unit, not in the town (since 0.62.0)."""
    return (
        m.label == "GPE"
        and m.choices.get(EntityAttribute.PLACE_PRECISION, [""])[0] == "town"
        and (
            _UNIT_AFTER.match(text, m.end) is not None
            or _UNIT_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
        )
    )


def _in_unit_of(m: Mention, unit: Mention) -> bool:
    """Whether ``m`` names a place inside the unit a town's name was told as ("in the
    Bandiagara region"): a place the gazetteer lacks, or one of the town's own first
    level unit (the gazetteer's region, which the newer one was carved from)."""
    if m.label not in ("GPE", "LOC") or m.source == "relative":
        return False
    inner = m.textareas.get(Normalised.PLACE)
    if inner is None:
        return not m.choices.get(EntityAttribute.PLACE_PRECISION)
    a = gazetteer.lookup(inner)
    b = gazetteer.lookup(unit.textareas.get(Normalised.PLACE, ""))
    return (
        a is not None
        and b is not None
        and a.id != b.id
        and a.feature not in ("PCLI", "ADM1")
        and a.country_code == b.country_code
        and bool(a.admin1)
        and a.admin1 == b.admin1
    )


def _coarser_after(m: Mention) -> bool:
    """Whether a place told after a finer one only says where that one lies: a unit
    ("in the Kangaba district") or a place told against another ("close to the
    border")."""
    return m.source == "relative" or (
        m.choices.get(EntityAttribute.PLACE_PRECISION, [""])[0] in _UNITS
    )


#: A distance from a place named by its kind: "à une dizaine de kilomètres du site".
_DISTANCE = re.compile(r"\b(?:kilomètres|km|kilometres|kilometers|miles)\b", re.IGNORECASE)


def _distance_after(
    text: str,
    mentions: Sequence[Mention],
    ti: int,
    sent: tuple[int, int],
    sentences: Sequence[tuple[int, int]],
    starts: Sequence[int],
) -> list[Argument]:
    """The place of an event its own sentence did not place, when the next sentence
    tells no act and names one distance from a place told by its kind: "a sauté sur un
    engin explosif [...] Le véhicule a été touché à une dizaine de kilomètres du site"
    (since 0.62.0)."""
    nxt = next((s for s in sentences if s[0] >= sent[1]), None)
    if nxt is None or any(nxt[0] <= s < nxt[1] for s in starts):
        return []
    found = [
        i
        for i, m in enumerate(mentions)
        if nxt[0] <= m.start < nxt[1]
        and m.source == "relative"
        and _DISTANCE.search(m.text) is not None
    ]
    return [Argument(ti, found[0], Role.LOCATION, 0.5)] if len(found) == 1 else []


#: The raiders of a sentence before, told again as the sentence opens: "The assailants
#: looted ...", "Les assaillants ont emporté ...".
_RAIDERS_OPEN = re.compile(
    r"\s*(?:The|These|Les|Ces)\s+(?:assailants|attackers|gunmen|raiders|assaillants|"
    r"ravisseurs|malfaiteurs|bandits|hommes\s+armés|individus\s+armés)\b"
)
#: A locative right before a place: where the untold act of the sentence before was.
_AT_PLACE = re.compile(
    r"\b(?:on|at|in|near|along|between|à|au|dans|sur|près\s+de|entre)\s+(?:the\s+|l['’]|la\s+|le\s+)?$",
    re.IGNORECASE,
)


#: A distance from the settlement or site just named, by its kind: "à une dizaine de
#: kilomètres de la ville", "about ten kilometres from the town".
_FROM_KIND = re.compile(r"(?:ville|localité|village|chef-lieu|site|mine|town|city)$", re.IGNORECASE)


def _distance_from_town_told(
    text: str,
    mentions: Sequence[Mention],
    held: Sequence[Mention],
    sent: tuple[int, int],
    start: int,
    starts: Sequence[int],
) -> int | None:
    """The distance from a settlement by its kind told after the one town an event took
    in its own sentence, with no other act between ("deux conseillers de Pama ont été
    enlevés [...] à une dizaine de kilomètres de la ville"): the finer place, the town
    being what it lies against (since 0.62.0)."""
    if len(held) != 1 or not (sent[0] <= held[0].start < sent[1]):
        return None
    town = held[0]
    if town.choices.get(EntityAttribute.PLACE_PRECISION, [""])[0] != "town":
        return None
    found = [
        i
        for i, m in enumerate(mentions)
        if town.end < m.start < sent[1]
        and m.source == "relative"
        and _DISTANCE.search(m.text) is not None
        and _FROM_KIND.search(m.text) is not None
    ]
    if len(found) != 1:
        return None
    lo = min(start, town.start)
    if any(lo < s < mentions[found[0]].start and s != start for s in starts):
        return None  # another act told between: the distance may be its place
    return found[0]


def _raiders_place_before(
    text: str,
    mentions: Sequence[Mention],
    ti: int,
    trig: Trigger,
    sent: tuple[int, int],
    sentences: Sequence[tuple[int, int]],
    starts: Sequence[int],
) -> list[Argument]:
    """The place of an event its own sentence did not place, when the sentence opens on
    the raiders of the sentence before ("The assailants looted ..."), which tells no act
    of its own but where the raiders struck ("armed men stopped a convoy on the road
    between Farchana and Hadjer Hadid"): that place (since 0.62.0)."""
    if trig.mode == "release" or _RAIDERS_OPEN.match(text, sent[0]) is None:
        return []
    prev = next((s for s in reversed(sentences) if s[1] <= sent[0]), None)
    if prev is None or "\n" in text[prev[1] : sent[0]]:
        return []
    if any(prev[0] <= s < prev[1] for s in starts):
        return []
    found = [
        i
        for i, m in enumerate(mentions)
        if prev[0] <= m.start < prev[1]
        and m.label in _PLACE_LABELS
        and _AT_PLACE.search(text, max(prev[0], m.start - 20), m.start) is not None
    ]
    return [Argument(ti, i, Role.LOCATION, 0.4) for i in found[:1]]


#: A sentence that only says where what was told before happened: "Le drame s'est
#: produit à Seytenga", "les faits se sont déroulés non loin de Diafarabé", "The
#: incident occurred on the road linking Fada N'Gourma to Pama" (since 0.63.0).
_HAPPENED_AT = re.compile(
    r"\b(?:s['’]est\s+(?:produite?|déroulée?|passée?)|se\s+sont\s+(?:produit|déroulé|passé)e?s|"
    r"(?:a|ont)\s+eu\s+lieu|(?:est|sont)\s+survenue?s?|took\s+place|happened|occurred)\b",
    re.IGNORECASE,
)
#: Cheap gate before :data:`_HAPPENED_AT`: one of its words in the sentence.
_HAPPENED_WORDS = (
    "produi",
    "déroul",
    "passé",
    "eu lieu",
    "survenu",
    "took place",
    "happened",
    "occurred",
)
#: How many sentences after an unplaced act such a sentence may come.
_HAPPENED_REACH = 3
#: Two places of a route or a stretch, both the act's: "entre Gao et Ansongo", "between
#: Ouallam and Banibangou", "reliant Dori à Sebba", "linking Fada N'Gourma to Pama".
_SPAN_OPEN = re.compile(r"\b(?:entre|between|reliant|linking|from|de)\s+$", re.IGNORECASE)
_SPAN_JOIN = re.compile(r"\s+(?:et|and|à|to)\s+", re.IGNORECASE)


def _happened_at(
    text: str,
    mentions: Sequence[Mention],
    ti: int,
    sent: tuple[int, int],
    sentences: Sequence[tuple[int, int]],
    starts: Sequence[int],
    placed: frozenset[int],
) -> list[Argument]:
    """The place of an event its own sentence did not place, told by a later sentence
    that tells no act of its own and only says where it happened ("Des hommes armés ont
    tué sept civils mercredi. Les faits se sont déroulés dans le village de Namssiguia,
    dans la province du Bam"): its first place after the verb (the others only saying
    where that one lies), or the two ends of a stretch ("sur la route reliant Dori à
    Sebba"). Sentences between may tell other acts only if they are unplaced too: the
    sentence is about them all (since 0.63.0)."""
    later = [s for s in sentences if s[0] >= sent[1]][:_HAPPENED_REACH]
    for nxt in later:
        acts = [s for s in starts if nxt[0] <= s < nxt[1]]
        if acts:
            if any(s in placed for s in acts):
                return []  # an act placed in between: the sentence after may be its
            continue
        chunk = text[nxt[0] : nxt[1]]
        low = chunk.lower()
        if not any(w in low for w in _HAPPENED_WORDS):
            continue
        verb = _HAPPENED_AT.search(chunk)
        if verb is None:
            continue
        after = nxt[0] + verb.end()
        found = [
            i
            for i, m in enumerate(mentions)
            if after <= m.start < nxt[1]
            and m.label in _PLACE_LABELS
            and _DESTINATION.search(text, max(nxt[0], m.start - 40), m.start) is None
        ]
        # A place inside another found one ("à 20 km de *Gaya*") is said by it.
        found = [
            i
            for i in found
            if not any(
                j != i
                and mentions[j].start <= mentions[i].start
                and mentions[i].end <= mentions[j].end
                and (mentions[j].start, mentions[j].end) != (mentions[i].start, mentions[i].end)
                for j in found
            )
        ]
        if not found:
            return []
        first = mentions[found[0]]
        if len(found) > 1:
            second = mentions[found[1]]
            if (
                _SPAN_OPEN.search(text, max(nxt[0], first.start - 12), first.start) is not None
                and _SPAN_JOIN.fullmatch(text, first.end, second.start) is not None
            ):
                return [Argument(ti, i, Role.LOCATION, 0.4) for i in found[:2]]
            if not all(_coarser_after(mentions[i]) for i in found[1:]):
                return []
        return [Argument(ti, found[0], Role.LOCATION, 0.4)]
    return []


#: Acts the next sentence may tell again in detail: an attack, an abduction, a seizure.
_RESTATED = frozenset({"ASSAULT", "COERCE"})
#: Words opening another episode rather than the lead's act told in detail: "Dans une
#: autre attaque", "Les assaillants ont également incendié", "Deux jours plus tard",
#: "Separately, gunmen ...".
_OTHER_EPISODE = re.compile(
    r"\b(?:autres?|également|aussi|par\s+ailleurs|plus\s+tard|lendemain|veille|"
    r"auparavant|précédente?|another|other|also|separately|later|earlier|next\s+day|"
    r"previous)\b",
    re.IGNORECASE,
)


#: A part of the day without a day of its own: "in the late afternoon", "en fin de
#: matinée", "tôt le matin" (the lead's day told again in detail, not another act's).
_PART_OF_DAY = re.compile(
    r"(?:(?:in|during|on)\s+)?(?:the\s+)?(?:(?:late|early|mid)[-\s]?)?"
    r"(?:morning|afternoon|evening|night|hours)"
    r"|(?:(?:en|dans\s+la|dans\s+l['’]|au|tôt\s+le|tard\s+le)\s+)?(?:(?:fin|début|milieu)\s+d['’e]\s*)?"
    r"(?:matinée|matin|après-midi|soirée|soir|nuit|journée|aube)",
    re.IGNORECASE,
)
#: A distance or a bearing told right before a town's name: "about 30 km south of",
#: "à une vingtaine de kilomètres au nord de", "à 15 km de".
_DISTANCE_BEFORE = re.compile(
    r"\b(?:kilomètres|km|kilometres|kilometers|miles)\s+(?:(?:au|à\s+l['’])\s*\w+(?:-\w+)?\s+|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+)?(?:de\s+|d['’]|du\s+|of\s+|from\s+)$",
    re.IGNORECASE,
)


def _struck_at_distance(
    text: str, mentions: Sequence[Mention], nxt: tuple[int, int], after: int
) -> list[int]:
    """The first place of sentence ``nxt`` after its act told at a distance or a bearing
    from a town ("were attacked in the late afternoon about 30 km south of *Bougouni*",
    "ont été pris pour cible à une vingtaine de kilomètres au nord de *Kaya*"): a
    distance is told of where something happened, never of a route's end (since
    0.67.0). Its span keeps the town: the codebook's LOC is the whole phrase, which the
    town's mention overlaps."""
    for i, m in enumerate(mentions):
        if (
            after <= m.start < nxt[1]
            and m.label in ("GPE", "LOC")
            and _DISTANCE_BEFORE.search(text, max(nxt[0], m.start - 50), m.start) is not None
        ):
            return [i]
    return []


def _restated_place(
    text: str,
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    kept: Mapping[int, Trigger],
    ti: int,
    sent: tuple[int, int],
    sentences: Sequence[tuple[int, int]],
    held: Sequence[Mention],
    finer: Callable[[Mention, Mention], bool],
) -> list[Argument]:
    """The place of an attack or an abduction its sentence placed in a unit or nowhere,
    when the next sentence tells that act again in detail with a finer place of its own
    ("Des hommes armés ont attaqué mardi un convoi dans la province de la Gnagna. Les
    camions ont été pris pour cible sur l'axe Bogandé-Piéla, à une vingtaine de
    kilomètres de Bogandé"): the press gives the lead's act in a unit and the next
    sentence says where it struck, and that sentence's act is a moment of the same
    attack, so its place is the lead's too. Only when every act of the next sentence is
    an attack or a seizure, the lead's is one, that sentence names no other episode
    ("une autre attaque", "également", "plus tard") nor a date of its own, and its first
    act is placed in it finer than the lead's unit (since 0.66.0)."""
    trig = kept[ti]
    if trig.label not in _RESTATED:
        return []
    nxt = next((s for s in sentences if s[0] >= sent[1]), None)
    if nxt is None:
        return []
    acts = sorted((t.start, i) for i, t in kept.items() if nxt[0] <= t.start < nxt[1])
    if not acts or any(kept[i].label not in _RESTATED for _, i in acts):
        return []
    if _OTHER_EPISODE.search(text, nxt[0], nxt[1]) is not None:
        return []
    if any(
        nxt[0] <= m.start < nxt[1] and m.label == "TIME" and _PART_OF_DAY.fullmatch(m.text) is None
        for m in mentions
    ):
        return []  # a day of its own: maybe another act ("in the late afternoon" is none)
    first = acts[0][1]
    own = [
        a.mention
        for a in arguments
        if a.trigger == first
        and a.role == Role.LOCATION
        and nxt[0] <= mentions[a.mention].start < nxt[1]
    ]
    # Only a place told where the act struck ("sur l'axe", "à une trentaine de
    # kilomètres de Diapaga", "near Titao"), not one of the goods' route ("carrying
    # fuel from the port of *Abidjan* to Bamako").
    own = [
        k
        for k in own
        if mentions[k].source == "relative"
        or (mentions[k].label == "FAC" and _ROAD.match(mentions[k].text) is not None)
        or _AT_PLACE.search(text, max(nxt[0], mentions[k].start - 20), mentions[k].start)
        is not None
        or _DISTANCE.search(text, max(nxt[0], mentions[k].start - 40), mentions[k].start)
        is not None
    ]
    if not own:
        # Since 0.67.0 the act may have taken a place of its goods' route ("carrying fuel
        # from the port of Abidjan to Bamako, were attacked about 30 km south of
        # Bougouni"): the sentence's place told at a distance or a bearing from a town is
        # where it struck, whichever place its own act took.
        own = _struck_at_distance(text, mentions, nxt, kept[first].start)
    if not own:
        return []
    if held and not any(all(finer(mentions[k], h) for h in held) for k in own):
        return []
    return [Argument(ti, k, Role.LOCATION, 0.4) for k in own]


#: The words of a site or an act named by its kind, which a sentence naming it again with
#: a definite article tells the same happening: "an army base" ... "stormed *the base*
#: in Diapaga", "un marché hebdomadaire" ... "*le marché* de Méhana", "an attack" ...
#: "*The attack* targeted a forward post at Goumori".
_KIND_WORD = re.compile(
    r"\b(?:attaque|attack|assaut|raid|embuscade|ambush|base|camp|poste|post|position|"
    r"marché|market|village|convoi|convoy|détachement|garrison|garnison)\b",
    re.IGNORECASE,
)
#: A definite article right before a word: the kind named again.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|le|la|l['’]|les)\s*$", re.IGNORECASE)


def _vague(text: str, m: Mention) -> bool:
    """Whether a place of a lead only sketches where an act happened (since 0.68.0): a
    country or a part of one told by its bearing or against a border ("in eastern
    Burkina Faso", "in the north of the country", "près de la frontière burkinabè"), a
    unit, or a site named by its kind alone ("an army base", "un marché hebdomadaire de
    l'ouest")."""
    precision = m.choices.get(EntityAttribute.PLACE_PRECISION, [""])[0]
    if m.source == "relative":
        return precision in ("country", "admin1", "") and not _DISTANCE.search(m.text)
    if m.label == "FAC":
        return m.source == "facilities"
    return precision in _UNITS or _unit_told(text, m)


def _sketched_lead_place(
    text: str,
    mentions: Sequence[Mention],
    trig: Trigger,
    held: Sequence[Mention],
    nxt: tuple[int, int],
) -> int | None:
    """The town where the next sentence tells again the act its lead only sketched
    (since 0.68.0), or None.

    Wire copy gives an attack in its lead by a rough area and the site's kind ("killed
    40 soldiers in an attack on an army base in eastern Burkina Faso", "l'attaque d'un
    marché hebdomadaire de l'ouest du Niger, près de la frontière burkinabè") and names
    the town in the next sentence, where the act or its site comes again with a
    definite article ("Hundreds of fighters stormed *the base* in Diapaga", "*The
    attack* targeted a forward post at Goumori", "*L'attaque* a visé le marché de
    Méhana"). Annotators place the lead's act at that town. Only an area or a site by
    its kind in the lead (no town of its own), the act's or its site's kind named again
    by a definite article in the next sentence, no other episode there, and the first
    settlement of that sentence not told as where people went."""
    if not held:
        return None
    if not all(_vague(text, m) for m in held):
        return None
    kinds = {w.lower() for w in _KIND_WORD.findall(trig.text)}
    for m in held:
        kinds |= {w.lower() for w in _KIND_WORD.findall(m.text)}
    if not kinds or _OTHER_EPISODE.search(text, nxt[0], nxt[1]) is not None:
        return None
    again = any(
        w.group().lower() in kinds
        and _DEFINITE_BEFORE.search(text, max(nxt[0], w.start() - 6), w.start()) is not None
        for w in _KIND_WORD.finditer(text, nxt[0], nxt[1])
    )
    if not again:
        return None
    for i, m in enumerate(mentions):
        if not (nxt[0] <= m.start < nxt[1]) or m.label != "GPE" or m.source == "relative":
            continue
        # A town, or a locality the gazetteer takes for the unit of its name ("a forward
        # post at Goumori"), not a unit told as such ("in Banikoara district").
        if m.choices.get(EntityAttribute.PLACE_PRECISION, ["town"])[0] not in ("town", "admin2"):
            continue
        if (
            _UNIT_AFTER.match(text, m.end) is not None
            or _UNIT_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
        ):
            continue
        if _DESTINATION.search(text, max(nxt[0], m.start - 40), m.start) is not None:
            return None
        return i
    return None


def _mate_place(
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    kept: Mapping[int, Trigger],
    ti: int,
    sent: tuple[int, int],
    sentences: Sequence[tuple[int, int]],
) -> list[Argument]:
    """The place of an unplaced attack or abduction taken from another one of its own
    sentence whose place the next sentence told ("Gunmen attacked a convoy on Tuesday,
    killing a driver and kidnapping two of his colleagues. The lorries came under fire
    on the road between Agadez and Arlit": the kidnapping is where the attack was).
    Since 0.66.0: the two acts are one episode told in one sentence."""
    if kept[ti].label not in _RESTATED:
        return []
    nxt = next((s for s in sentences if s[0] >= sent[1]), None)
    if nxt is None:
        return []
    for j, other in kept.items():
        if j == ti or other.label not in _RESTATED or not (sent[0] <= other.start < sent[1]):
            continue
        theirs = [a.mention for a in arguments if a.trigger == j and a.role == Role.LOCATION]
        if theirs and all(nxt[0] <= mentions[k].start < nxt[1] for k in theirs):
            return [Argument(ti, k, Role.LOCATION, 0.4) for k in theirs]
    return []


def _road_or_inside(mentions: Sequence[Mention], found: Sequence[int], i: int) -> bool:
    """Whether a place found after the first only says where the act lies beside it: a
    road ("sur l'axe Titao-Ouindigui"), a unit or a place told against another, or a
    name inside another found place ("à une dizaine de kilomètres de *Bandiagara*")."""
    m = mentions[i]
    if _coarser_after(m) or (m.label == "FAC" and _ROAD.match(m.text) is not None):
        return True
    same = m.textareas.get(Normalised.PLACE)
    return any(
        j != i
        and (
            (mentions[j].start <= m.start and m.end <= mentions[j].end)
            # "between Gao and Ansongo, some 40 km south of *Gao*": an end told again.
            or (j < i and same is not None and mentions[j].textareas.get(Normalised.PLACE) == same)
        )
        for j in found
    )


#: A road named by its kind: "l'axe Kantchari-Diapaga", "la route de Dori", "the road".
_ROAD = re.compile(
    r"(?:l['’]|la\s+|le\s+|the\s+)?(?:axe|route|piste|road|highway)\b", re.IGNORECASE
)


def finer_place_after(
    text: str,
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    kept: Mapping[int, Trigger],
    event_types: Mapping[str, EventType],
    sentences: Sequence[tuple[int, int]],
    finer: Callable[[Mention, Mention], bool],
) -> list[Argument]:
    """The arguments, with the place of each material event whose own sentence places
    it only in a unit replaced by the one finer place the next sentence names, when
    that sentence tells no act (rules in the module docstring). ``finer(inner, outer)``
    says whether ``inner`` lies inside ``outer``."""
    out = list(arguments)
    starts = sorted(t.start for t in kept.values())
    placed = frozenset(
        kept[a.trigger].start for a in arguments if a.role == Role.LOCATION and a.trigger in kept
    )
    for ti, trig in kept.items():
        etype = event_types.get(trig.label)
        if (
            etype is None
            or trig.label in _SAID
            or trig.mode == "release"
            or Role.LOCATION not in etype.roles
        ):
            continue
        sent = containing(sentences, trig.start)
        places = [k for k, a in enumerate(out) if a.trigger == ti and a.role == Role.LOCATION]
        if not places:
            added = _distance_after(text, mentions, ti, sent, sentences, starts)
            if not added:
                added = _raiders_place_before(text, mentions, ti, trig, sent, sentences, starts)
            if not added:
                added = _happened_at(text, mentions, ti, sent, sentences, starts, placed)
            if not added:
                added = _restated_place(text, mentions, out, kept, ti, sent, sentences, [], finer)
            if not added:
                added = _mate_place(mentions, out, kept, ti, sent, sentences)
            out += added
            continue
        prev = next((s for s in reversed(sentences) if s[1] <= sent[0]), None)
        if prev is not None and all(mentions[out[k].mention].end <= prev[0] for k in places):
            # Since 0.62.0 a place carried from an earlier act yields to the raiders' own
            # place told in the sentence right before ("Gunmen killed two herders near
            # Abala. [...] armed men stopped two lorries between Ouallam and Banibangou.
            # The assailants looted the cargo": not Abala).
            added = _raiders_place_before(text, mentions, ti, trig, sent, sentences, starts)
            if added:
                out = [a for k, a in enumerate(out) if k not in places] + added
                continue
        held = [mentions[out[k].mention] for k in places]
        if trig.label in _RESTATED:
            nxt = next((s for s in sentences if s[0] >= sent[1]), None)
            town = (
                _sketched_lead_place(text, mentions, trig, held, nxt) if nxt is not None else None
            )
            if town is not None:
                # The lead's area gives way to the town; its site by kind stays.
                out = [
                    a
                    for k, a in enumerate(out)
                    if k not in places or mentions[a.mention].label == "FAC"
                ]
                out.append(Argument(ti, town, Role.LOCATION, 0.5))
                continue
        near = _distance_from_town_told(text, mentions, held, sent, trig.start, starts)
        if near is not None:
            out = [a for k, a in enumerate(out) if k not in places]
            out.append(Argument(ti, near, Role.LOCATION, 0.5))
            continue
        if not all(
            sent[0] <= m.start < sent[1]
            and (
                m.choices.get(EntityAttribute.PLACE_PRECISION, [""])[0] in _UNITS
                or _unit_told(text, m)
            )
            for m in held
        ):
            continue
        nxt = next((s for s in sentences if s[0] >= sent[1]), None)
        if nxt is not None and any(nxt[0] <= s < nxt[1] for s in starts):
            # The next sentence tells an act: its places are that act's, and the lead's
            # too when it is the lead's attack told in detail (since 0.66.0).
            added = _restated_place(text, mentions, out, kept, ti, sent, sentences, held, finer)
            if added:
                out = [a for k, a in enumerate(out) if k not in places] + added
            continue
        if nxt is None:
            continue
        found = [
            i
            for i, m in enumerate(mentions)
            if nxt[0] <= m.start < nxt[1]
            and m.label in _PLACE_LABELS
            and all(finer(m, h) or (_unit_told(text, h) and _in_unit_of(m, h)) for h in held)
            and _DESTINATION.search(text, max(nxt[0], m.start - 40), m.start) is None
        ]
        if len(found) > 1:
            first = mentions[found[0]]
            second = mentions[found[1]]
            if (
                _SPAN_OPEN.search(text, max(nxt[0], first.start - 12), first.start) is not None
                and _SPAN_JOIN.fullmatch(text, first.end, second.start) is not None
                and all(_road_or_inside(mentions, found, i) for i in found[2:])
            ):
                # "interceptées entre Bandiagara et Bankass, à une dizaine de kilomètres
                # de Bandiagara": the two ends of the stretch (since 0.66.0).
                out = [a for k, a in enumerate(out) if k not in places]
                out += [Argument(ti, i, Role.LOCATION, 0.5) for i in found[:2]]
                continue
        if len(found) > 1 and all(_road_or_inside(mentions, found, i) for i in found[1:]):
            # "entered the site near *Naréna*, in the Kangaba district close to the
            # Guinean border": the first place, the others only say where it lies (since
            # 0.62.0; a list of towns, "à Dori, Gorom-Gorom et Sebba", is no chain).
            found = found[:1]
        if len(found) != 1:
            continue
        out = [a for k, a in enumerate(out) if k not in places]
        out.append(Argument(ti, found[0], Role.LOCATION, 0.5))
    return _attacked_sites(mentions, out, kept, sentences)


#: Acts done to a site: the site attacked, burnt or looted is where they happened.
_DONE_TO_SITES = frozenset({"ASSAULT", "COERCE"})
#: The sources of a site named by its kind or by the model ("le camp militaire de la
#: ville", "le poste militaire de Liwa"), not a road nor a vehicle.
_SITE_SOURCES = frozenset({"facilities", "facilities-front", "ner"})


def _attacked_sites(
    mentions: Sequence[Mention],
    arguments: list[Argument],
    kept: Mapping[int, Trigger],
    sentences: Sequence[tuple[int, int]],
) -> list[Argument]:
    """The arguments, with the site an attack or a seizure was directed at in its own
    sentence also linked as the event's place ("le camp militaire de la ville a essuyé
    des tirs", "ont détruit le pylône de Diabaly"): the codebook's most precise place,
    which annotators link beside the town (since 0.62.0)."""
    out = list(arguments)
    for ti, trig in kept.items():
        if trig.label not in _DONE_TO_SITES:
            continue
        sent = containing(sentences, trig.start)
        linked = {a.mention for a in out if a.trigger == ti and a.role == Role.LOCATION}
        for a in [a for a in out if a.trigger == ti and a.role == Role.RECIPIENT]:
            m = mentions[a.mention]
            if (
                m.label == "FAC"
                and m.source in _SITE_SOURCES
                and sent[0] <= m.start < sent[1]
                and a.mention not in linked
                # "le marché de Tassiga": the site's own town, linked, says it already.
                and not any(0 <= mentions[k].start - m.end <= 5 for k in linked)
            ):
                out.append(Argument(ti, a.mention, Role.LOCATION, 0.4))
                linked.add(a.mention)
    return out
