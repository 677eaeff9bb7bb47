"""The place of a coup told as the backdrop of an article (since 0.66.0).

"Relations between Ouagadougou and Paris have soured since Captain Ibrahim Traore seized
power in September 2022", "Depuis le coup d'État de juillet 2023, plusieurs médias ont été
suspendus": the press names the coup that brought the junta, and the place passes give it
a town of its sentence or one carried from the acts before (Paris, Djibo, a drone base).
A coup seizes a country: annotators link only the country its clause names, right after
it ("le coup d'État de juillet 2023 au Niger") or as the subject it governs ("Le Niger,
dirigé par des militaires depuis le coup d'État"), and no place otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..annotation.ids import EntityAttribute, Role
from .argument import Argument
from .entities import Mention
from .text import containing
from .triggers import Trigger

#: The words of a coup: "coup d'État", "putsch", "seized power", "a pris le pouvoir".
_COUP = re.compile(
    r"\b(?:coup(?:\s+d['’]\s*[ÉéEe]tat)?|putsch|seized\s+power|took\s+power|"
    r"(?:pris|prise|prend|prennent)\s+(?:le\s+)?pouvoir)\b",
    re.IGNORECASE,
)
#: A country named right after the coup, its date between: "de juillet 2023 au Niger",
#: "in July 2023 in Niger" (the preposition ends the gap or opens the mention).
_AFTER = re.compile(r"[^.;,]{0,30}\b(?:au|en|in)\s+(?:the\s+)?", re.IGNORECASE)
#: A country opening the sentence as the subject the junta governs: "Le Niger, dirigé".
_OPENING = re.compile(r"\s*(?:Le\s+|La\s+|L['’]|Les\s+)?$")


def _right_after(gap: str, name: str) -> bool:
    """Whether a country told after a coup is its place: a short gap (a date) and "au",
    "en" or "in" ending the gap or opening the mention ("au Niger")."""
    if _AFTER.fullmatch(gap) is not None:
        return True
    return len(gap) <= 30 and not any(c in gap for c in ".;,") and _PREP.match(name) is not None


#: The preposition opening a mention: "au Niger", "in Niger".
_PREP = re.compile(r"(?:au|en|in)\s", re.IGNORECASE)


def _country(m: Mention) -> bool:
    return m.label in ("GPE", "LOC") and m.choices.get(EntityAttribute.PLACE_PRECISION) == [
        "country"
    ]


def coup_places(
    text: str,
    mentions: Sequence[Mention],
    arguments: Sequence[Argument],
    kept: Mapping[int, Trigger],
    sentences: Sequence[tuple[int, int]],
) -> list[Argument]:
    """The arguments, with the places of each coup replaced by the country its clause
    names (right after it, or opening its sentence before a comma), or by none."""
    coups = {i for i, t in kept.items() if _COUP.search(t.text) is not None}
    if not coups:
        return list(arguments)
    out = [a for a in arguments if not (a.trigger in coups and a.role == Role.LOCATION)]
    for ti in coups:
        trig = kept[ti]
        sent = containing(sentences, trig.start)
        found = [
            k
            for k, m in enumerate(mentions)
            if _country(m)
            and sent[0] <= m.start < sent[1]
            and (
                (trig.end <= m.start and _right_after(text[trig.end : m.start], m.text))
                or (
                    m.end < trig.start
                    and _OPENING.fullmatch(text, sent[0], m.start) is not None
                    and text[m.end : m.end + 1] == ","
                )
            )
        ]
        out += [Argument(ti, k, Role.LOCATION, 0.4) for k in found[:1]]
    return out
