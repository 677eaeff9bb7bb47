"""Pre-annotation 0.56.0: territory taken or retaken by force is an ASSAULT in the
context territory ("ont repris le contrôle de Léré", "took control of the town"), whose
actor is who took it, also when the place is the subject ("tombé aux mains des
combattants du JNIM"); and the participle that takes an agent is no part of the noun
phrase before it ("une délégation ... conduite par"). Each sentence is written for the
test."""

from __future__ import annotations

from typing import Any

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document, titled_document


def _events(annotator: Preannotator, body: str, english: bool) -> dict[str, dict[str, Any]]:
    """Each suggested event's trigger text, with its label and contexts."""
    doc = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    out: dict[str, dict[str, Any]] = {}
    for item in result:
        if item.get("from_name") == "event":
            out[item["value"]["text"]] = {"label": item["value"]["labels"][0], "contexts": []}
    by_id = {i["id"]: i["value"].get("text") for i in result if i.get("from_name") == "event"}
    for item in result:
        if item.get("type") == "choices" and item["from_name"].startswith("context"):
            text = by_id.get(item["id"])
            if text in out:
                out[text]["contexts"] += item["value"]["choices"]
    return out


@pytest.mark.parametrize(
    ("body", "trigger", "english"),
    [
        (
            "Les Forces armées maliennes ont repris dimanche le contrôle de Léré, a "
            "affirmé l'armée.",
            "repris",
            False,
        ),
        (
            "Le camp militaire de Boulkessi est tombé mardi aux mains des combattants du "
            "JNIM, selon des sources locales.",
            "tombé",
            False,
        ),
        (
            "Fighters of the Azawad Liberation Front took control of the town of Ber on "
            "Wednesday, residents said.",
            "took control",
            True,
        ),
    ],
)
def test_territory_taken_by_force_is_an_assault_on_territory(
    annotator: Preannotator, body: str, trigger: str, english: bool
) -> None:
    # Before 0.56.0 none of these was suggested as an event.
    events = _events(annotator, body, english)
    assert trigger in events, events
    assert events[trigger]["label"] == "ASSAULT"
    assert "territory" in events[trigger]["contexts"]


def test_who_a_place_fell_to_is_the_actor(annotator: Preannotator) -> None:
    body = (
        "Le camp militaire de Boulkessi est tombé mardi aux mains des combattants du "
        "JNIM, selon des sources locales."
    )
    actors = _role(annotator, body, "tombé", "actor", False)
    assert actors and all("JNIM" in a for a in actors), actors
    assert not any("Boulkessi" in a for a in actors)


def test_the_participle_taking_an_agent_is_no_part_of_the_guest(
    annotator: Preannotator,
) -> None:
    body = (
        "Le président a reçu lundi une délégation de la Cédéao conduite par le "
        "président de sa Commission."
    )
    # Before 0.56.0 the guest's span ended on "conduite".
    assert _role(annotator, body, "reçu", "actor", False) == ["une délégation de la Cédéao"]
