"""Counts of people told after a destruction go to the act on people (since 0.64.0).

"Les hommes ont été exécutés, et une quinzaine de cases ont été incendiées. Plusieurs
femmes et enfants restent introuvables": the count told in a sentence of its own after
the burning is linked to the act told last, the burning; but houses set on fire harm no
one, and the codebook's casualties are the people killed, injured, abducted or arrested
in the event: the count is the raid's, the act on people told before it. Only a count
from another sentence than the destruction's (a count in its own sentence, "incendiant
un car et tuant deux passagers", was put there by the parse), and only when such an
act is kept as an event before the count. Since 0.67.0 a count in the destruction's
sentence moves too when a speaker adds the destruction after it ("« Nous avons enterré
cinq personnes », affirme-t-il, ajoutant que plusieurs greniers ont été incendiés").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from ..annotation.ids import Role
from .argument import Argument
from .entities import Mention
from .triggers import Trigger

#: The mode of an act on things only (codebook, ASSAULT destroy).
_ON_THINGS = "destroy"
#: A speaker adding the destruction after the count he gave (since 0.67.0): "« Nous
#: avons enterré cinq personnes », affirme-t-il, ajoutant que plusieurs greniers ont été
#: incendiés", "'We buried five people,' he said, adding that granaries were torched".
_ADDING = re.compile(
    r"\b(?:ajoutant|précisant|indiquant|soulignant|assurant|affirmant|adding|noting|"
    r"saying)\s+(?:que|qu['’]|that)\b",
    re.IGNORECASE,
)


def _added_after(text: str, count_end: int, act_start: int) -> bool:
    """Whether the destruction at ``act_start`` is added by a speaker after the count
    ending at ``count_end`` in its sentence: the count is then not the burning's."""
    return count_end <= act_start and _ADDING.search(text, count_end, act_start) is not None


def tolls_off_destructions(
    kept: dict[int, Trigger],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    arguments: list[Argument],
    apart: frozenset[int] = frozenset(),
    text: str = "",
) -> list[Argument]:
    """The arguments with each count a destruction took from a later sentence moved to
    the assault on people kept last before the count (module docstring); not to one of
    ``apart``, the earlier acts named only to date another (since 0.67.0: "au lendemain
    de l'explosion d'une mine qui avait tué trois soldats"). With ``text``, a count a
    speaker gave before adding the destruction in its sentence too (since 0.67.0)."""
    if not any(t.mode == _ON_THINGS for t in kept.values()):
        return arguments
    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> int:
        return bisect_right(starts, pos) - 1

    on_people = sorted(
        (t.start, i)
        for i, t in kept.items()
        if t.label == "ASSAULT" and t.mode != _ON_THINGS and i not in apart
    )
    out: list[Argument] = []
    for a in arguments:
        act = kept.get(a.trigger)
        if a.role != Role.CASUALTIES or act is None or act.mode != _ON_THINGS:
            out.append(a)
            continue
        count = mentions[a.mention]
        if sentence_of(count.start) == sentence_of(act.start) and not (
            text and _added_after(text, count.end, act.start)
        ):
            out.append(a)
            continue
        before = [i for start, i in on_people if start < count.start]
        if not before:
            out.append(a)
            continue
        target = before[-1]
        if not any(b.trigger == target and b.mention == a.mention for b in arguments):
            out.append(replace(a, trigger=target))
    return out
