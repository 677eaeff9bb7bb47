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

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..annotation.ids import EntityAttribute, Role
from .argument import Argument
from .entities import Mention
from .text import containing, fold
from .triggers import Trigger

_PLACES = ("GPE", "LOC", "FAC")


def _name(m: Mention) -> str:
    return fold(m.text).strip()


def _beside_place(
    acts: Mapping[int, Trigger],
    mentions: Sequence[Mention],
    spans: Sequence[tuple[int, int]],
    count: Mention,
) -> list[int]:
    """The keys of ``acts`` told beside the one place the sentence of ``count`` names
    (``spans`` are the sentences); none when that sentence names no place or several,
    when no act is told beside that place, or when every act is."""
    if len(acts) < 2:
        return []
    sent = containing(spans, count.start)
    names = {_name(m) for m in mentions if m.label in _PLACES and sent[0] <= m.start < sent[1]}
    if len(names) != 1:
        return []
    (name,) = names
    chosen: set[int] = set()
    for m in mentions:
        if m.start >= sent[0] or m.label not in _PLACES or _name(m) != name:
            continue
        where = containing(spans, m.start)
        told = [k for k, t in acts.items() if where[0] <= t.start < where[1]]
        if not told:
            continue
        # The act whose clause holds the place: the nearest before it ("attacked a police
        # station in Pama"), else the nearest after it ("In Pama, gunmen attacked ...").
        ahead = [k for k in told if acts[k].end <= m.start]
        if ahead:
            chosen.add(max(ahead, key=lambda k: acts[k].start))
        else:
            chosen.add(min(told, key=lambda k: acts[k].start))
    # A place told beside every act tells none apart.
    if len(chosen) == len(acts):
        return []
    return sorted(chosen)


def act_of_place(
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    candidates: Sequence[int],
    written: Sequence[tuple[int, int]],
    count: Mention,
) -> list[int]:
    """The candidates (indices into ``triggers``) told beside the one place the sentence
    of ``count`` names, or no candidate when the place tells none apart."""
    return _beside_place({ti: triggers[ti] for ti in candidates}, mentions, written, count)


def tolls_by_place(
    kept: Mapping[int, Trigger],
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    arguments: list[Argument],
) -> list[Argument]:
    """The arguments with each toll told in a sentence without its event's act moved to
    the event of the same type told beside the place the toll's sentence names, when that
    is another event told before the toll ("attacked a police station in Pama [...] Three
    police officers were killed in Pama": not the ambush told after the attack in the
    lead). A toll's own verb merged into the latest act is no act of its own here: only
    the events' heads are weighed. The event the toll goes to keeps a count of that kind
    it already has."""
    out: list[Argument] = []
    for a in arguments:
        head = kept.get(a.trigger)
        m = mentions[a.mention]
        if a.role != Role.CASUALTIES or head is None:
            out.append(a)
            continue
        sent = containing(sentences, m.start)
        if sent[0] <= head.start < sent[1]:
            out.append(a)  # told with its act
            continue
        acts = {
            k: t
            for k, t in kept.items()
            if t.label == head.label and t.start < m.start and not sent[0] <= t.start < sent[1]
        }
        chosen = _beside_place(acts, mentions, sentences, m)
        if len(chosen) != 1 or chosen[0] == a.trigger:
            out.append(a)
            continue
        kind = m.choices.get(EntityAttribute.CASUALTY_KIND)
        if any(
            b.trigger == chosen[0]
            and b.role == Role.CASUALTIES
            and mentions[b.mention].choices.get(EntityAttribute.CASUALTY_KIND) == kind
            for b in arguments
        ):
            out.append(a)
            continue
        out.append(replace(a, trigger=chosen[0]))
    return out
