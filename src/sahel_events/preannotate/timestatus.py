"""Where an event stands relative to the dateline (codebook, temporal_status), beyond
the future the trigger's own words tell (:func:`.triggers.factuality`):

* **historical**: a specific event whose times all ended more than twelve months before
  the dateline ("les deux otages enlevés en 2022"). The times are the arguments linking
  gave the event (its own sentence's, or ones it borrowed);
* **ongoing**: a lasting act (a restriction, a blockade, a detention, a displacement, a
  strike, an operation, a demand; never an attack, which happens) that its clause says
  goes on: "depuis mai", "since September", "reste interdite", "remains in detention",
  "en cours", "se poursuivent", "toujours".

An event with a status already read from its words keeps it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from ..annotation.ids import Normalised, Role
from .argument import Argument
from .dates import last_day
from .entities import Mention
from .events import OWN_SENTENCE
from .triggers import Factuality, Trigger
from .wordgate import gated

#: How long before the dateline an event is background (codebook: twelve months).
NEWS_PERIOD = dt.timedelta(days=365)


def mark_historical(
    facts: Sequence[Factuality],
    kept: Sequence[int],
    arguments: Sequence[Argument],
    mentions: Sequence[Mention],
    dateline: dt.date,
) -> list[Factuality]:
    """``facts`` with ``historical`` set on each kept event whose times of its own
    sentence all ended more than :data:`NEWS_PERIOD` before the dateline, when nothing
    else set its status."""
    times: dict[int, list[dt.date | None]] = {}
    for a in arguments:
        # Only a time of the event's own sentence: one borrowed from the sentence before
        # (a lower score) may be another act's ("Le procès s'est ouvert en septembre
        # 2024. ... ont été reconnus coupables").
        if a.role == Role.TIME and a.score >= OWN_SENTENCE:
            norm = mentions[a.mention].textareas.get(Normalised.DATE)
            times.setdefault(a.trigger, []).append(last_day(norm) if norm else None)
    out = list(facts)
    for i in kept:
        ends = times.get(i)
        if (
            ends
            and out[i].temporal_status is None
            and all(end is not None and dateline - end > NEWS_PERIOD for end in ends)
        ):
            out[i] = replace(out[i], temporal_status="historical")
    return out


#: Acts that last, by type, whose clause may say they go on. An attack or a release
#: happens; a flight goes on only told in the present (:data:`_FLEEING`).
LASTING = frozenset({"COERCE", "PROTEST", "MOBILIZE", "REQUEST"})
#: A blockade or a siege goes on unless told as background: the press names one while it
#: lasts ("Djibo, une ville soumise à un blocus", "militants blockading the town").
_BLOCKADE = re.compile(r"^(?:blocus|blockad|besieg|siège|assiég)", re.IGNORECASE)
#: People fleeing, in the present: "des familles fuyant les exactions", "fleeing".
_FLEEING = re.compile(r"^(?:fuyant|fuient|fuit|fleeing|flee|flees)\b", re.IGNORECASE)
#: Words right before the trigger that keep the act going: "reste interdite", "restent
#: suspendues", "remains in detention", "toujours" (nothing of another clause between:
#: "se poursuit et les invite").
_GOES_ON_BEFORE = gated(
    re.compile(
        r"\b(?:reste|restent|restait|restaient|demeure|demeurent|remains?|still|toujours|"
        r"continue(?:nt)?\s+(?:de|d['’]|à|to)|se\s+poursuit|se\s+poursuivent)\s+"
        r"(?:(?!(?:et|and|pas|not)\b)[^\s,;]+\s+){0,2}?$",
        re.IGNORECASE,
    )
)
#: Words after the trigger, in its clause: "suspendues depuis mai", "fermé depuis
#: l'attaque", "has been besieged since early September", "sont en cours".
_GOES_ON_AFTER = re.compile(
    r"[^.;:!?]{0,60}?\b(?:depuis(?!\s+que)|since|en\s+cours|se\s+poursui\w+|toujours|"
    r"ongoing|continues?|still)\b",
    re.IGNORECASE,
)
#: "Depuis mardi matin, des familles entières fuient Kain": the time opens the clause.
_SINCE_OPENING = re.compile(
    r"(?:^|[.!?]\s+|\n|\s[-–]\s+)(?:depuis|since)\b[^.;:!?]{0,80}$", re.IGNORECASE
)
#: The act "depuis" counts from is its starting point, not a lasting act: "Depuis le
#: coup d'État de juillet 2023, ...".
_SINCE_THE_ACT = re.compile(
    r"\b(?:depuis|since)\s+(?:l['’]|le\s+|la\s+|les\s+|the\s+|cette\s+|ce\s+)$", re.IGNORECASE
)


def mark_ongoing(
    text: str,
    triggers: Sequence[Trigger],
    facts: Sequence[Factuality],
    kept: Sequence[int],
    recalled: frozenset[int] = frozenset(),
) -> list[Factuality]:
    """``facts`` with ``ongoing`` set on each kept event that goes on at the dateline: a
    blockade or a siege not told as background (``recalled``: the pluperfect), people
    fleeing in the present, and a lasting act (:data:`LASTING`) whose clause says it
    goes on; when nothing else set its status."""
    out = list(facts)
    for i in kept:
        t = triggers[i]
        if out[i].temporal_status is not None or i in recalled:
            continue
        if _SINCE_THE_ACT.search(text, max(0, t.start - 12), t.start):
            continue
        goes_on = (
            bool(_BLOCKADE.match(t.text))
            or (t.label == "SANCTION" and bool(_FLEEING.match(t.text)))
            or (
                t.label in LASTING
                and bool(
                    _GOES_ON_BEFORE.search(text, max(0, t.start - 30), t.start)
                    or _GOES_ON_AFTER.match(text, t.end)
                    or _SINCE_OPENING.search(text, max(0, t.start - 90), t.start)
                )
            )
        )
        if goes_on:
            out[i] = replace(out[i], temporal_status="ongoing")
    return out
