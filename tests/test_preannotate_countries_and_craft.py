"""Pre-annotation 0.50.0, from articles written after 0.49.0 (sanctions on officials, a
delivery of helicopters): an English sentence opened by a country names its actor
("The United States on Friday imposed sanctions", "Mali expelled the ambassador"), as
the parse does for French ("le Niger a rompu"); aircraft supplied are no strike ("La
Russie a livré deux hélicoptères de combat"). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document, titled_document


@pytest.mark.parametrize(
    ("body", "trigger", "actor"),
    [
        (
            "The United States on Friday imposed sanctions on three senior Malian officials.",
            "sanctions",
            "United States",
        ),
        # 0.66.0: an adjective after "its" no longer breaks "suspend aid" (SANCTION).
        (
            "France on Friday suspended its development aid to Niger.",
            "suspended its development aid",
            "France",
        ),
        ("Mali expelled the French ambassador on Monday.", "expelled", "Mali"),
    ],
)
def test_a_country_opening_an_english_sentence_is_its_actor(
    annotator: Preannotator, body: str, trigger: str, actor: str
) -> None:
    assert _role(annotator, body, trigger, "actor", True) == [actor]


def test_countries_listed_at_the_opening_are_all_actors(annotator: Preannotator) -> None:
    body = "Niger, Mali and Burkina Faso formally left the regional bloc in January."
    assert _role(annotator, body, "left the regional bloc", "actor", True) == [
        "Burkina Faso",
        "Mali",
        "Niger",
    ]


def test_a_capital_opening_a_sentence_of_a_states_act_is_its_actor(
    annotator: Preannotator,
) -> None:
    body = "Relations have been strained since April. Bamako recalled its ambassador in May."
    assert _role(annotator, body, "recalled its ambassador", "actor", True) == ["Bamako"]


def test_a_country_inside_the_sentence_is_no_actor(annotator: Preannotator) -> None:
    # Guard: "Niger" is whom the aid went to, not who suspended it.
    body = "Donors on Friday suspended their aid to Niger after the coup."
    # Since 0.64.0 the whole phrase "suspend aid" (SANCTION discontinue), "their" between.
    assert "Niger" not in _role(annotator, body, "suspended their aid", "actor", True)


def _labels(annotator: Preannotator, body: str, english: bool) -> list[str]:
    doc = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    return [i["value"]["labels"][0] for i in result if i.get("from_name") == "event"]


@pytest.mark.parametrize(
    ("body", "english"),
    [
        ("La Russie a livré la semaine dernière deux hélicoptères de combat à l'armée.", False),
        ("Russia delivered two attack helicopters to the Malian army last week.", True),
    ],
)
def test_aircraft_supplied_are_no_strike(annotator: Preannotator, body: str, english: bool) -> None:
    labels = _labels(annotator, body, english)
    assert "ASSAULT" not in labels, labels


def test_a_strike_by_combat_helicopters_is_still_one(annotator: Preannotator) -> None:
    body = "Des hélicoptères de combat ont frappé mardi une colonne de terroristes près de Djibo."
    labels = _labels(annotator, body, False)
    assert "ASSAULT" in labels, labels
