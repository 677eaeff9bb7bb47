"""A statement is not placed by the places that name its speaker or its target (0.67.0).

"Des habitants de la province de la Kossi accusent des soldats", "L'association des
ressortissants du Yagha à Ouagadougou a appelé l'État", "une radio privée de Bamako,
accusée d'avoir": the place belongs to the noun phrase of who speaks (where they live,
the seat of their association) or of whom the statement is about, not to where the
statement was made. The codebook places a statement "where it was made only if stated";
the corpus notes: "an association's seat places nothing". Such a place is dropped from
the statement's locations: nested in its actor's or recipient's span, right after it
behind "à" / "in" (a seat), or closing the noun a participle of the statement follows
("une radio de Bamako, accusée"). A meeting (CONSULT) and an agreement keep their
places: a visit is where the host is, a local accord where its parties live.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..annotation.ids import Role
from .argument import Argument
from .entities import Mention
from .triggers import STATEMENT_TYPES, Trigger

#: The verbal acts a place in a noun phrase does not place. Not an agreement: local
#: parties sign where they live ("Des responsables des villages du cercle de Bankass ont
#: signé un accord").
#: A seat right after its body's name: "des ressortissants du Yagha à Ouagadougou",
#: "the Burkinabe community in Abidjan" (nothing else between).
_SEAT_GAP = re.compile(r"\s+(?:à|au|aux|in|at|based\s+in)\s+", re.IGNORECASE)
#: A participle of the statement right after the noun it qualifies: "de Bamako, accusée".
_PARTICIPLE_GAP = re.compile(r"\s*,\s*")
_PARTICIPLE = re.compile(r"\w+(?:ée?s?|és|ed)$", re.IGNORECASE)


def speaker_places(
    text: str,
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    kept: Mapping[int, Trigger],
) -> list[Argument]:
    """The arguments, without the places of a statement that lie in the noun phrase of
    its actor or recipient or of the noun its participle qualifies."""
    parties: dict[int, list[Mention]] = {}
    for a in arguments:
        if a.role in (Role.ACTOR, Role.RECIPIENT) and a.trigger in kept:
            parties.setdefault(a.trigger, []).append(mentions[a.mention])

    def in_phrase(a: Argument) -> bool:
        trig = kept.get(a.trigger)
        if trig is None or trig.label not in STATEMENT_TYPES or a.role != Role.LOCATION:
            return False
        place = mentions[a.mention]
        for party in parties.get(a.trigger, []):
            if party.start <= place.start and place.end <= party.end and party is not place:
                return True
            if party.end <= place.start and _SEAT_GAP.fullmatch(text, party.end, place.start):
                return True
        return bool(
            place.end <= trig.start
            and _PARTICIPLE_GAP.fullmatch(text, place.end, trig.start)
            and _PARTICIPLE.match(trig.text)
        )

    return [a for a in arguments if not in_phrase(a)]
