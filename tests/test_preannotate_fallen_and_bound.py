"""Pre-annotation 0.52.0, from an army communiqué and a market attack written after
0.51.0: soldiers "tombés" with nothing after the verb fell in action ("Côté ami, cinq
soldats sont tombés et onze autres ont été blessés"); a bare count after a verb stops
before "and" ("killing five and injuring eleven"); where a vehicle was bound is not
where it was hit ("a bus carrying passengers to Mopti", "un car à destination de
Mopti"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        (
            "Côté ami, cinq soldats sont tombés et onze autres ont été blessés.",
            [("cinq soldats", "killed", "5"), ("onze autres", "injured", "11")],
        ),
        ("Cinq soldats sont tombés.", [("Cinq soldats", "killed", "5")]),
        # Guard: a fall into an ambush is no toll.
        ("Deux soldats sont tombés dans une embuscade près de Djibo.", []),
        (
            "The blast killed five and injured eleven.",
            [("five", "killed", "5"), ("eleven", "injured", "11")],
        ),
    ],
)
def test_fallen_soldiers_and_bare_counts(sentence: str, counts: list[tuple[str, str, str]]) -> None:
    assert [(c.text, c.kind, c.count) for c in find_casualties(sentence)] == counts


@pytest.mark.parametrize(
    ("body", "trigger", "english"),
    [
        (
            "A roadside bomb hit a bus carrying passengers to Mopti, killing five.",
            "roadside bomb",
            True,
        ),
        ("A roadside bomb hit a bus travelling to Mopti on Monday.", "roadside bomb", True),
        (
            "Un car transportant des passagers à destination de Mopti a sauté lundi sur une mine.",
            "sauté",
            False,
        ),
    ],
)
def test_where_a_vehicle_was_bound_is_not_where_it_was_hit(
    annotator: Preannotator, body: str, trigger: str, english: bool
) -> None:
    assert "Mopti" not in _role(annotator, body, trigger, "location", english)


def test_where_a_blockade_bites_is_still_its_place(annotator: Preannotator) -> None:
    body = (
        "Le JNIM impose depuis septembre un blocus sur les importations de carburant à "
        "destination de l'ouest du pays."
    )
    assert _role(annotator, body, "blocus", "location", False) == ["l'ouest du pays"]
