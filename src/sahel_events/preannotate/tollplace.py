"""The act a toll told in a sentence of its own is of, by the place it names (since 0.64.0).

"Gunmen ambushed a convoy near Kantchari on Monday and attacked a police station in Pama
on Tuesday. [...] Two police officers were wounded in Pama.": the wounded are the toll of
the act told beside Pama, not of the latest act before the count. Writers who give two
acts in one lead tell their tolls apart by place far more often than by repeating the act's
noun, and the place is an entity the pipeline has already found, so no wording is matched:
the count's sentence names one place, and an earlier sentence names the same place next to
one of the candidate acts.
"""

from __future__ import annotations

from collections.abc import Sequence

from .entities import Mention
from .text import containing, fold
from .triggers import Trigger

_PLACES = ("GPE", "LOC", "FAC")


def _name(m: Mention) -> str:
    return fold(m.text).strip()


def act_of_place(
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    written: Sequence[tuple[int, int]],
    count: Mention,
) -> list[int]:
    """The candidates (indices into ``triggers``) told beside the one place the sentence
    of ``count`` names, or no candidate when the sentence names none, several, or a place
    no single candidate is told beside."""
    if len(candidates) < 2:
        return []
    sent = containing(written, count.start)
    names = {_name(m) for m in mentions if m.label in _PLACES and sent[0] <= m.start < sent[1]}
    if len(names) != 1:
        return []
    (name,) = names
    chosen: set[int] = set()
    for m in mentions:
        if m.start >= sent[0] or m.label not in _PLACES or _name(m) != name:
            continue
        where = containing(written, m.start)
        told = [ti for ti in candidates if where[0] <= triggers[ti].start < where[1]]
        if not told:
            continue
        # The act whose clause holds the place: the nearest candidate before it ("attacked
        # a police station in Pama"), else the nearest after it ("In Pama, gunmen
        # attacked ...").
        ahead = [ti for ti in told if triggers[ti].end <= m.start]
        if ahead:
            chosen.add(max(ahead, key=lambda ti: triggers[ti].start))
        else:
            chosen.add(min(told, key=lambda ti: triggers[ti].start))
    # Every candidate beside the place is no choice: the place tells nothing apart.
    if len(chosen) == len(candidates):
        return []
    return sorted(chosen)
