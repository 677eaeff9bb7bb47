"""English acts whose place is told before them (since 0.66.0).

English is read without a parse, so a place told before an act in its own sentence is
linked only when the word order says it is the act's. Three wordings of the press put
it there: a relative clause whose object is its antecedent ("reopened 14 schools in
Karimama district *that it closed* in September": what was closed, and where, is the
antecedent), "nearby" closing the act ("the army set up two new posts *nearby*": near
the place just told), and a passive whose subject is a place a closing or a burning
was done to ("the land border between the two countries *has been closed*"). An act
left without a place takes, for the first, the places told right before "that" or
"which", for the others the last place told before it in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotation.ids import Role
from .argument import Argument
from .entities import Mention
from .triggers import Trigger

#: The place labels an event's location may take.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
#: A relative clause's opening right before the act: "that it closed", "which the army
#: set up" (a subject of one to three words, an auxiliary). "that closed" has none.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:[\w'’-]+\s+){1,3}(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE
)
#: A passive's auxiliary right before the act, its subject right before it: "the road to
#: Djibo *was* closed", "the border *has been* closed".
_PASSIVE_BEFORE = re.compile(
    r"\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
#: The modes of acts done to a place, which a passive's subject may be: a closing or a
#: blockade ("restrict"), a burning ("destroy").
_DONE_TO_PLACES = frozenset({"restrict", "destroy"})
#: "nearby" ending the act's clause a few words on: "set up two new posts nearby".
_NEARBY_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s+nearby\b", re.IGNORECASE)
#: What may stand between the antecedent's last place and "that"/"which": a unit's
#: word the place's name leaves out ("in Karimama district that"), a comma.
_ANTECEDENT_GAP = re.compile(
    r"\s*(?:(?:district|region|province|department|commune|prefecture|area|town|"
    r"village|camp|site)\s*)?,?\s*",
    re.IGNORECASE,
)


def _sentence_start(sentences: Sequence[tuple[int, int]], pos: int) -> int:
    for start, end in sentences:
        if start <= pos < end:
            return start
    return 0


def places_told_before(
    text: str,
    triggers: Sequence[Trigger],
    mentions: Sequence[Mention],
    args: Sequence[Argument],
    sentences: Sequence[tuple[int, int]],
    language: str,
) -> list[Argument]:
    """``args`` with the English acts left without a place placed where a relative
    clause's antecedent or "nearby" says (see the module)."""
    if language != "en":
        return list(args)
    placed = {a.trigger for a in args if a.role == Role.LOCATION}
    added: list[Argument] = []
    for ti, t in enumerate(triggers):
        if ti in placed:
            continue
        start = _sentence_start(sentences, t.start)
        before = [
            (mi, m)
            for mi, m in enumerate(mentions)
            if m.label in _PLACES and start <= m.start and m.end <= t.start
        ]
        if not before:
            continue
        relative = _RELATIVE_BEFORE.search(text, max(0, t.start - 40), t.start)
        if relative:
            opening = relative.start()
            # The antecedent's places: the last one ending right before "that", and the
            # ones it follows ("14 schools in Karimama district that").
            chain = [(mi, m) for mi, m in before if m.end <= opening and opening - m.end <= 40]
            if chain and _ANTECEDENT_GAP.fullmatch(text, chain[-1][1].end, opening):
                added += [Argument(ti, mi, Role.LOCATION, 0.4) for mi, _ in chain[-2:]]
            continue
        passive = _PASSIVE_BEFORE.search(text, max(0, t.start - 25), t.start)
        if passive and t.mode in _DONE_TO_PLACES and before[-1][1].end == passive.start():
            # The passive's subject is a place: the act was done to it, there. Only an
            # act done to a place: "a priest abducted in the east has been released" is
            # where he was abducted, not where he was freed.
            added.append(Argument(ti, before[-1][0], Role.LOCATION, 0.4))
        elif _NEARBY_AFTER.match(text, t.end):
            added.append(Argument(ti, before[-1][0], Role.LOCATION, 0.4))
    return [*args, *added]
