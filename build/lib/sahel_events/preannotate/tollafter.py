"""The act a toll told before any act is of, named after it by a definite noun (since
0.64.0).

"The bodies of nine herders were found on Sunday, two days after armed men abducted them.
[...] Residents blamed the jihadists for the killings.": the dead are no abduction's toll,
and no act is told before them; "the killings" points back at what the count told, so the
count is that act's. Only a definite or demonstrative noun points back ("the attack",
"these killings", "cette tuerie"); a verb told later is a new act.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .triggers import Trigger

#: A determiner that makes the noun after it point back at something told.
_POINTING = re.compile(
    r"(?:\bthe|\bthis|\bthese|\bthose|\bcette|\bces|\bcet|\bce|\bla|\ble|\bles|\bl['’])\s*$",
    re.IGNORECASE,
)
#: How far after the count the pointing noun is looked for (a few paragraphs of a wire).
_REACH = 800


def act_named_after(
    text: str,
    triggers: Sequence[Trigger],
    start: int,
    fits: Callable[[Trigger], bool],
) -> int | None:
    """The index of the first trigger after ``start`` (within :data:`_REACH`) that
    ``fits`` and is a noun with a pointing determiner right before it, or None."""
    for ti, t in sorted(enumerate(triggers), key=lambda p: p[1].start):
        if t.start <= start or t.start > start + _REACH or not fits(t):
            continue
        if " " not in t.text.strip() and _POINTING.search(text, max(0, t.start - 8), t.start):
            return ti
    return None
