"""ACLED's actor types (the ``inter1``/``inter2`` codes 1 to 8, in code order), as its
API writes them.

The codebook maps each of its ``actor_type`` values to one of these
(``acled_actor_type``), the actor registry gives one per actor, and
``events_flat.actor1_type``/``actor2_type`` hold them.
"""

from __future__ import annotations

__all__ = ["ACLED_ACTOR_TYPES"]

ACLED_ACTOR_TYPES: tuple[str, ...] = (
    "State Forces",
    "Rebel Groups",
    "Political Militias",
    "Identity Militias",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other Forces",
)
