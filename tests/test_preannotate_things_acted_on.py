"""Pre-annotation 0.55.0: the vehicles an act burns or takes are what it was done to,
not what it was done with ("ont incendié deux camions", "set fire to several
vehicles"); a vehicle the attackers came on stays their instrument. Each sentence is
written for the test."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role


@pytest.mark.parametrize(
    ("body", "trigger", "english"),
    [
        (
            "Les assaillants ont incendié samedi deux camions de commerçants à Boni.",
            "incendié",
            False,
        ),
        ("The attackers set fire to several vehicles in Boni on Saturday.", "set fire", True),
    ],
)
def test_vehicles_burned_are_no_instrument(
    annotator: Preannotator, body: str, trigger: str, english: bool
) -> None:
    # Before 0.55.0 the burned trucks were the burning's instrument.
    assert _role(annotator, body, trigger, "instrument", english) == []


def test_the_motorbikes_the_attackers_came_on_stay_their_instrument(
    annotator: Preannotator,
) -> None:
    body = "Des hommes armés arrivés à moto ont attaqué samedi le poste de Boni."
    assert _role(annotator, body, "attaqué", "instrument", False) == ["moto"]
