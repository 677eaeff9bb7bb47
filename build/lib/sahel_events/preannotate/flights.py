"""The actor of a flight told far from the raid that caused it (since 0.66.0).

An article often closes on the displacement an attack caused, paragraphs after the
attack, and without naming its authors again: "Des hommes armés ont attaqué Kourouma
dimanche [...] Depuis lundi, plus de 300 habitants ont quitté le village pour Sokolo".
The codebook makes the cause of a flight its actor and the people who fled its
recipient. The clause-local rules read only the attack told right before the flight
(``arguments._cause_of_flight``, on the actors found so far) and the next two sentences
(``actors.causes_told_after``); the actors of a raid's later acts are only known after
all the passes. This stage, run after them,

* moves the people who fled off the actor role ("Des habitants de Mondoro ont fui":
  they underwent the flight, they are its recipient);
* gives a flight with no actor left the raiders of the latest attack told before it in
  the article, when that attack's actor is named as armed, as attackers or as an armed
  group. An attack whose actor is a state's force (the army's strike on the attackers
  in retreat, told after the raid) is the sequel, not the cause, and is passed over, as
  is one whose actor told it (a government, an agency); an attack whose actor is any
  other kind stops the search. Without raiders before, the flight keeps no actor (a
  flight from the army's strikes is told with its cause, in its own sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..annotation.ids import EntityAttribute, Role
from .argument import Argument
from .entities import Mention
from .eventplace import leaving
from .triggers import Trigger

#: The people a flight moves: when the parse makes them its subject they are who fled,
#: never its cause ("des habitants", "1 200 personnes", "several families", "residents").
_FLEEING_PEOPLE = re.compile(
    r"\b(?:habitants?|personnes|familles|ménages|villageois|déplacés|populations?|"
    r"civils|femmes|enfants|résidents|people|residents|families|"
    r"households|villagers|civilians)\b",
    re.IGNORECASE,
)
#: The score of the raiders given to a flight told apart from the raid.
_TOLD_APART = 0.25
#: How far back, in characters, the raid that caused a flight is looked for.
_REACH = 3000


#: A determiner before a noun phrase: "les assaillants" is "des assaillants" again.
_DETERMINER = re.compile(r"^(?:les|des|la|le|the|ces|these)\s+|^l['’]", re.IGNORECASE)


def _first_told(mentions: Sequence[Mention], i: int) -> int:
    """The first mention of the article in the same words as mention ``i``, whatever its
    determiner: a flight told at the end is caused by the raiders as first introduced
    ("Des hommes armés ont attaqué [...] les hommes armés ont incendié")."""
    words = _DETERMINER.sub("", mentions[i].text).lower()
    return next(
        j
        for j, m in enumerate(mentions)
        if m.label == mentions[i].label and _DETERMINER.sub("", m.text).lower() == words
    )


#: A flight told by a noun ("ont pris la fuite", "la fuite des habitants", "took flight"),
#: which ``eventplace.leaving`` does not read (its place rules want a verb of leaving).
_FLIGHT_NOUN = re.compile(r"\b(?:fuite|flight)\b", re.IGNORECASE)


def _flight(trig: Trigger) -> bool:
    """People fleeing, by a verb ("ont fui", "ont quitté") or a noun ("pris la fuite")."""
    return leaving(trig) or (
        trig.label == "SANCTION"
        and trig.mode != "withdraw"
        and _FLIGHT_NOUN.search(trig.text) is not None
    )


def _raid(trig: Trigger) -> bool:
    """An attack or a seizure whose authors may have driven people away."""
    return trig.label == "ASSAULT" or (trig.label == "COERCE" and trig.mode == "seize")


def raiders_of_flights(
    heads: Mapping[int, Trigger],
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    raider: Callable[[Mention], bool],
) -> list[Argument]:
    """The arguments, the people who fled moved from a flight's actor to its recipient,
    and a flight with no actor given the raiders of the latest attack told before it
    (``raider`` tells a mention named as armed, as attackers or as an armed group):
    "Des hommes armés ont incendié le marché de Mehana [...] Depuis, 800 personnes ont
    quitté la commune" (the armed men)."""
    out = list(arguments)
    flights = [k for k, t in heads.items() if _flight(t)]
    if not flights:
        return out
    # The fleeing people told as the subject: the recipient, not the actor.
    for n, a in enumerate(out):
        if (
            a.role == Role.ACTOR
            and a.trigger in flights
            and mentions[a.mention].label == "PER"
            and _FLEEING_PEOPLE.search(mentions[a.mention].text)
            and not raider(mentions[a.mention])
        ):
            out[n] = Argument(a.trigger, a.mention, Role.RECIPIENT, a.score)
    seen: set[tuple[int, int, str]] = set()
    unique: list[Argument] = []
    for a in out:
        if (a.trigger, a.mention, a.role) not in seen:
            seen.add((a.trigger, a.mention, a.role))
            unique.append(a)
    out = unique
    actors: dict[int, list[Argument]] = {}
    for a in out:
        if a.role == Role.ACTOR:
            actors.setdefault(a.trigger, []).append(a)
    raids = sorted((k for k, t in heads.items() if _raid(t)), key=lambda k: heads[k].start)
    for k in flights:
        t = heads[k]
        if k in actors:
            continue
        before = [
            j
            for j in raids
            if heads[j].start < t.start and t.start - heads[j].start < _REACH and j in actors
        ]
        for j in reversed(before):
            named = [a.mention for a in actors[j] if raider(mentions[a.mention])]
            if named:
                out.append(Argument(k, _first_told(mentions, named[0]), Role.ACTOR, _TOLD_APART))
                break
            sectors = {
                s
                for a in actors[j]
                for s in mentions[a.mention].choices.get(EntityAttribute.SECTOR, [])
            }
            # The army's strike told after the raid (on the raiders in retreat, their
            # motorbikes), or who told the toll: the sequel or the telling, not the
            # cause; the raid before is.
            if sectors & {"military", "government", "igo", "ngo"}:
                continue
            break
    return out
