"""Arguments: link each trigger to the nearest plausible actor, recipient, place, time...

Only roles the codebook gives the event type are suggested, and only with entity types
the codebook allows as fillers of that role for that type. Rules, per role:

* ``actor``: the filler holding the grammatical subject (or the "par"/"by" agent) of the
  verb that governs the trigger, from spaCy's parse (French); failing that, the nearest
  filler before the trigger in its sentence, with a lower score;
* ``recipient``: the nearest filler after the trigger in its sentence, when a
  preposition ("avec", "à", "contre", "with", "against", ...) or nothing but a few
  words separate them; a town is a place, never a recipient;
* ``location``: the nearest place introduced by a locative preposition ("à", "au",
  "dans", "près de", "in", "near", ...) in the sentence, else in the paragraph;
* ``time``: the nearest temporal expression in the sentence, else in the paragraph (the
  dateline's date is the publication date, never an event's time);
* ``instrument``: the nearest weapon or vehicle in the sentence;
* ``casualties``: every casualty count of the sentence;
* ``source``: the filler right after "selon", "d'après", "according to".

A mention fills at most one role of a given event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..annotation.ids import EntityAttribute, Role
from ..codebook import EventType
from .entities import Mention
from .ner import Token
from .text import containing
from .triggers import Trigger

_RECIPIENT_LINK = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(?:(?:avec|à|au|aux|contre|envers|vers|de|du|des|auprès\s+d[eu]s?|"
    r"with|to|against|towards|on|of)\s+(?:l['’]|les?\s+|la\s+|the\s+)?|d['’])$"
    r"|^\s*(?:l['’]|les?\s+|la\s+|the\s+)?$",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(
    r"(?:\bà|\ba|\bau|\baux|\ben|\bdans|\bprès\s+d[eu']|\bvers|\bsur|\bdepuis|"
    r"\bat|\bin|\bnear|\baround|\boutside|\binside|\bfrom)\s+"
    r"(?:la\s+|le\s+|l['’]|les\s+|the\s+)?(?:(?:ville|localité|région|cercle|province|commune|"
    r"village|camp|town|city|region|district|village)\s+(?:d[e'’]\s*|of\s+))?$",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:par|by)\s+(?:l['’]|les?\s+|la\s+|des\s+|the\s+)?$", re.IGNORECASE)
_SOURCE = re.compile(
    r"(?:selon|d['’]après|according\s+to)\s+(?:l['’]|les?\s+|la\s+|des\s+|the\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True)
class Argument:
    """A suggested relation from a trigger to an entity mention."""

    trigger: int  # index into the trigger list
    mention: int  # index into the mention list
    role: str
    score: float


def link_arguments(
    text: str,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    event_types: dict[str, EventType],
    sentences: Sequence[tuple[int, int]],
    paragraphs: Sequence[tuple[int, int]],
    excluded_times: Sequence[tuple[int, int]] = (),
    tokens: Sequence[Token] = (),
) -> list[Argument]:
    """Suggest the arguments of every trigger (rules in the module docstring)."""
    out: list[Argument] = []
    for ti, trig in enumerate(triggers):
        etype = event_types.get(trig.label)
        if etype is None:
            continue
        sent = containing(sentences, trig.start)
        para = containing(paragraphs, trig.start)
        used: set[int] = set()

        def fillers(
            role: str,
            scope: tuple[int, int],
            etype: EventType = etype,
            trig: Trigger = trig,
            used: set[int] = used,
        ) -> list[int]:
            spec = etype.roles.get(role)
            if spec is None:
                return []
            return [
                i
                for i, m in enumerate(mentions)
                if m.label in spec.fillers
                and scope[0] <= m.start
                and m.end <= scope[1]
                and i not in used
                and not (trig.start <= m.start and m.end <= trig.end and role != Role.INSTRUMENT)
            ]

        def add(
            role: str, index: int | None, score: float, ti: int = ti, used: set[int] = used
        ) -> None:
            if index is not None:
                used.add(index)
                out.append(Argument(ti, index, role, score))

        # Source first, so that the named source is not taken as the actor.
        for i in fillers(Role.SOURCE, sent):
            if _SOURCE.search(text[sent[0] : mentions[i].start]):
                add(Role.SOURCE, i, 0.7)
                break
        candidates = fillers(Role.ACTOR, sent)
        actor = _subject(trig, tokens, mentions, candidates)
        if actor is not None:
            add(Role.ACTOR, actor, 0.7)
        else:
            before = [i for i in candidates if mentions[i].end <= trig.start]
            actor = max(before, key=lambda i: mentions[i].end, default=None)
            if actor is None:
                after = [
                    i
                    for i in candidates
                    if mentions[i].start >= trig.end
                    and _PASSIVE.search(text[trig.end : mentions[i].start])
                ]
                actor = min(after, key=lambda i: mentions[i].start, default=None)
            add(Role.ACTOR, actor, 0.4)
        after = [
            i
            for i in fillers(Role.RECIPIENT, sent)
            if mentions[i].start >= trig.end and not _is_place(mentions[i])
        ]
        nearest = min(after, key=lambda i: mentions[i].start, default=None)
        if nearest is not None and _RECIPIENT_LINK.search(text[trig.end : mentions[nearest].start]):
            add(Role.RECIPIENT, nearest, 0.5)
        for role, score in ((Role.LOCATION, 0.6), (Role.TIME, 0.7)):
            for scope in (sent, para):
                pool = fillers(role, scope)
                if role == Role.LOCATION:
                    pool = [
                        i
                        for i in pool
                        if _LOCATIVE.search(
                            text[max(0, mentions[i].start - 40) : mentions[i].start]
                        )
                    ]
                if role == Role.TIME:
                    pool = [
                        i
                        for i in pool
                        if not any(s <= mentions[i].start < e for s, e in excluded_times)
                    ]
                if pool:
                    best = min(pool, key=lambda i: _distance(mentions[i], trig))
                    add(role, best, score if scope == sent else score - 0.2)
                    break
        pool = fillers(Role.INSTRUMENT, sent)
        if pool:
            add(Role.INSTRUMENT, min(pool, key=lambda i: _distance(mentions[i], trig)), 0.6)
        for i in fillers(Role.CASUALTIES, sent):
            add(Role.CASUALTIES, i, 0.6)
    return out


def _distance(mention: Mention, trigger: Trigger) -> int:
    if mention.end <= trigger.start:
        return trigger.start - mention.end
    if mention.start >= trigger.end:
        return mention.start - trigger.end
    return 0


def _is_place(mention: Mention) -> bool:
    """A town or a region: a place, not a party (a country may be either)."""
    precision = mention.choices.get(EntityAttribute.PLACE_PRECISION, [])
    return mention.label in ("LOC", "FAC") or "town" in precision or "region" in precision


def _subject(
    trig: Trigger, tokens: Sequence[Token], mentions: Sequence[Mention], candidates: list[int]
) -> int | None:
    """The candidate holding the subject (or agent) of the verb governing the trigger."""
    first = trig.tokens[0]
    if not tokens or first < 0 or not tokens[first].dep:
        return None
    k = first
    for _ in range(4):  # a noun trigger's verb is a few heads up ("a augmenté le partage")
        if tokens[k].pos in ("VERB", "AUX") or tokens[k].head == k:
            break
        k = tokens[k].head
    for deps in (("obl:agent",), ("nsubj",)):
        subjects = [t for t in tokens if t.head == k and t.dep in deps and t.index != k]
        for t in subjects:
            for i in candidates:
                if mentions[i].start <= t.start < mentions[i].end:
                    return i
    return None
