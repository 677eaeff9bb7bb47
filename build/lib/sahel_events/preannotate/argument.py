"""One suggested argument: a relation from a trigger to an entity mention.

Apart from :mod:`.arguments`, which links them, so that the passes which read or add
arguments after the linking (:mod:`.actors` among them, which :mod:`.arguments` itself
imports) need not import the linker.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Argument:
    """A suggested relation from a trigger to an entity mention."""

    trigger: int  # index into the trigger list
    mention: int  # index into the mention list
    role: str
    score: float
