"""The day of an accusation told as the grounds of a sanction (0.67.0).

A ban, a dissolution or a suspension is told with what the authority holds against its
target: a participle after the target ("a dissous jeudi quatre associations, accusées de
recevoir des financements", "ont saisi lundi le sucre de grossistes, accusés de vendre
au-dessus des prix"), a relative clause ("a suspendu une ONG, à laquelle il reproche
d'avoir", "a radio it accused of"), or the decision's text in the next sentence ("Le
texte reproche au collectif", "L'arrêté accuse"). The accusation is made by the decision
itself: it takes the decision's day, which its own clause never repeats.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..annotation.ids import Role
from .argument import Argument
from .text import containing
from .triggers import Trigger

#: The decisions whose grounds are told: sanctions and coercion (bans, suspensions,
#: seizures, dissolutions, arrests).
_DECISIONS = frozenset({"SANCTION", "COERCE"})
#: A participle of accusing right after a comma: ", accusées de", ", accused of".
_PARTICIPLE = re.compile(r",\s*(?:qu['’]\s*(?:il|elle|ils|elles)\s+)?$")
_ACCUSED = re.compile(r"(?:accusée?s?|accused|blamed)$", re.IGNORECASE)
#: A relative clause of reproach: "à laquelle il reproche", "à qui elle reproche",
#: "auxquels le ministère reproche", "which it accused", "whom it accuses".
_RELATIVE = re.compile(
    r"(?:\b(?:à\s+laquelle|à\s+qui|auquel|auxquel(?:le)?s|dont)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:lui\s+|leur\s+)?|\b(?:which|whom|that)\s+(?:it|he|she|they)\s+)$",
    re.IGNORECASE,
)
#: The decision's text opening the next sentence: "Le texte reproche", "L'arrêté accuse".
_TEXT_OPENING = re.compile(
    r"\s*(?:Le\s+texte|L['’]\s*arrêté|Le\s+décret|La\s+décision|Le\s+communiqué|"
    r"The\s+(?:decree|decision|order|statement))\s+(?:(?:lui|leur|par\s+ailleurs|"
    r"notamment|également)\s+)*$",
    re.IGNORECASE,
)


def grounds_dated(
    text: str,
    kept: Mapping[int, Trigger],
    arguments: Sequence[Argument],
    sentences: Sequence[tuple[int, int]],
) -> list[Argument]:
    """The arguments, each undated accusation told as a decision's grounds given the day
    of the decision told before it in its sentence (or, for the decision's text opening
    the next sentence, in the sentence before)."""
    if not sentences:
        return list(arguments)
    times: dict[int, list[int]] = {}
    for a in arguments:
        if a.role == Role.TIME:
            times.setdefault(a.trigger, []).append(a.mention)
    extra: list[Argument] = []
    for ti, trig in kept.items():
        if trig.label != "ACCUSE" or ti in times:
            continue
        sent = containing(sentences, trig.start)
        before = text[max(sent[0], trig.start - 60) : trig.start]
        scope: tuple[int, int] | None = None
        if (_ACCUSED.search(trig.text) and _PARTICIPLE.search(before)) or _RELATIVE.search(before):
            scope = (sent[0], trig.start)
        elif _TEXT_OPENING.fullmatch(text, sent[0], trig.start):
            scope = max((s for s in sentences if s[1] <= sent[0]), default=None)
        if scope is None:
            continue
        decisions = [
            k
            for k, t in kept.items()
            if t.label in _DECISIONS and scope[0] <= t.start < scope[1] and k in times
        ]
        if decisions:
            k = max(decisions, key=lambda k: kept[k].start)
            extra.append(Argument(ti, times[k][0], Role.TIME, 0.4))
    return [*arguments, *extra]
