"""Pre-annotation 0.49.0, from an article on a peacekeeping mission leaving its bases
(written after 0.48.0): forces leaving their base, and camps handed over, are a
withdrawal (RETREAT withdraw), also when a day stands inside the phrase ("ont quitté
*mercredi* leur base"); a phrase cut before a time leaves no preposition at its end
("exigé par la junte en | juin"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import predict


def _labels(annotator: Preannotator, body: str) -> dict[str, str]:
    return {t: e["label"] for t, e in predict(annotator, "Titre", body)["events"].items()}


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        # A day inside the phrase: before 0.49.0 "quitter" alone (a flight) won, and was
        # then dropped, leaving nothing.
        ("Les derniers casques bleus ont quitté mercredi leur base de Tombouctou.", "quitté"),
        ("Les casques bleus ont quitté leur base de Tombouctou mercredi.", "quitté leur base"),
        ("Plusieurs camps ont déjà été rétrocédés à l'armée malienne.", "rétrocédés"),
    ],
)
def test_forces_leaving_their_base_withdraw(
    annotator: Preannotator, body: str, trigger: str
) -> None:
    assert _labels(annotator, body).get(trigger) == "RETREAT"


def test_a_phrase_broken_by_a_time_keeps_a_trigger_its_object_holds(
    annotator: Preannotator,
) -> None:
    # The guard of 0.28.0: the noun after the time names the event.
    labels = _labels(annotator, "Le ministre a présenté lundi sa démission au président.")
    assert "démission" in labels, labels


def test_no_preposition_is_left_before_a_time(annotator: Preannotator) -> None:
    body = "Le retrait de la mission, exigé par la junte en juin, doit s'achever en décembre."
    assert _role(annotator, body, "exigé", "actor", False) == ["la junte"]
