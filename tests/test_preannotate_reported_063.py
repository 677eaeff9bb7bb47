"""Pre-annotation 0.63.0, acts told as the subject of a report or an inquiry: whoever
publishes a report on a massacre, investigates a killing or documents it is not the
act's author; an inquiry that someone calls for in English, or an investigation
published, is no inquiry opened. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_event_places_060 import role_texts
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_events_061 import event_labels


def test_an_ngo_reporting_on_a_massacre_is_not_its_author(annotator: Preannotator) -> None:
    body = (
        "Amnesty International a publié mardi un rapport sur le massacre de dizaines de "
        "civils à Solenzo en mars."
    )
    doc = titled_document("Titre", body)
    # Before 0.63.0 the NGO was the massacre's actor.
    assert role_texts(annotator, doc, "massacre") == []


def test_an_office_documenting_a_killing_is_not_its_author(annotator: Preannotator) -> None:
    body = (
        "The UN human rights office documented the killing of 25 civilians in the Mopti "
        "region last month."
    )
    assert role_texts(annotator, english_document(body), "killing") == []


def test_an_investigation_into_a_killing_names_no_killer(annotator: Preannotator) -> None:
    body = (
        "Human Rights Watch published an investigation on Tuesday into the killing of 40 "
        "villagers near Djibo in March."
    )
    assert role_texts(annotator, english_document(body), "killing") == []


def test_an_agent_after_the_reported_act_is_still_its_actor(annotator: Preannotator) -> None:
    body = (
        "Un rapport de l'ONU décrit le massacre de Moura, commis par des soldats maliens "
        "et des mercenaires étrangers en mars 2022."
    )
    doc = titled_document("Titre", body)
    assert role_texts(annotator, doc, "massacre") == [
        "des soldats maliens et des mercenaires étrangers"
    ]


def test_an_inquiry_called_for_in_english_is_not_opened(annotator: Preannotator) -> None:
    body = (
        "The opposition called on the authorities to open an inquiry into the deaths of "
        "three protesters in Niamey."
    )
    # Before 0.63.0 an inquiry opened (ACCUSE) by the authorities.
    assert "ACCUSE" not in event_labels(annotator, body, english=True)


def test_an_inquiry_opened_in_english_stays_an_inquiry(annotator: Preannotator) -> None:
    body = "Police in Niamey have opened an inquiry into the deaths of three protesters."
    assert "ACCUSE" in event_labels(annotator, body, english=True)
