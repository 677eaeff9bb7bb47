"""Events recalled as background (codebook, temporal_status ``historical``): a specific
event whose own time ended more than twelve months before the dateline ("les deux otages
enlevés en 2022", "En 2012, les groupes armés avaient pris Tombouctou").

The time is the one argument linking gave the event (its own sentence's, or one it
borrowed); an event with no time, or with a status already read from its words (future,
ongoing, hypothetical), keeps what it has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from ..annotation.ids import Normalised, Role
from .arguments import Argument
from .entities import Mention
from .triggers import Factuality

#: How long before the dateline an event is background (codebook: twelve months).
NEWS_PERIOD = dt.timedelta(days=365)


def last_day(norm: str) -> dt.date | None:
    """The last day of a norm_date ("2022" -> 2022-12-31, "2025-02" -> 2025-02-28,
    "2025-02-24/2025-03-02" -> 2025-03-02), or None when it is not a date."""
    end = norm.split("/")[-1]
    try:
        if len(end) == 4:
            return dt.date(int(end), 12, 31)
        if len(end) == 7:
            year, month = int(end[:4]), int(end[5:7])
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date.fromisoformat(end)
    except ValueError:
        return None


def mark_historical(
    facts: Sequence[Factuality],
    kept: Sequence[int],
    arguments: Sequence[Argument],
    mentions: Sequence[Mention],
    dateline: dt.date,
) -> list[Factuality]:
    """``facts`` with ``historical`` set on each kept event whose times all ended more
    than :data:`NEWS_PERIOD` before the dateline, when nothing else set its status."""
    times: dict[int, list[dt.date | None]] = {}
    for a in arguments:
        if a.role == Role.TIME:
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
