"""ACLED's actor types (the ``inter1``/``inter2`` codes 1 to 8, in code order), as its
API writes them.

The codebook maps each of its ``actor_type`` values to one of these
(``acled_actor_type``), the actor registry gives one per actor, and
``events_flat.actor1_type``/``actor2_type`` hold them.
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = ["ACLED_ACTOR_TYPES", "AcledActorType"]

#: In code order: the type at index i has ACLED inter code i + 1.
AcledActorType = Literal[
    "State Forces",
    "Rebel Groups",
    "Political Militias",
    "Identity Militias",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other Forces",
]
ACLED_ACTOR_TYPES: tuple[str, ...] = get_args(AcledActorType)
