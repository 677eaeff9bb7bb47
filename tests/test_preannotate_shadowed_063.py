"""Pre-annotation 0.63.0, two patterns that a later definition of the same name had
shadowed: who holds hostages, named between the forces and the verb, frees them (a
release, not the forces' aid), and an investigation published by a body is no inquiry
opened. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events_061 import event_labels, events_in_order


def test_jihadists_named_after_the_army_free_their_hostages(annotator: Preannotator) -> None:
    body = (
        "Selon l'armée, des jihadistes ont libéré dimanche trois otages enlevés en mars "
        "près de Ménaka."
    )
    # Before 0.63.0 "jihadistes" was not read as captors: the army's aid (AID).
    assert ("libéré", "RETREAT") in events_in_order(annotator, body)


def test_gunmen_named_after_the_troops_free_their_hostages(annotator: Preannotator) -> None:
    body = (
        "Les militaires ont appris que des hommes armés ont relâché jeudi deux otages "
        "enlevés près de Tillabéri."
    )
    assert ("relâché", "RETREAT") in events_in_order(annotator, body)


def test_soldiers_who_free_hostages_still_give_aid(annotator: Preannotator) -> None:
    body = "Des soldats ont libéré dimanche trois otages enlevés en mars près de Ménaka."
    assert ("libéré", "AID") in events_in_order(annotator, body)


def test_a_published_investigation_opens_no_inquiry(annotator: Preannotator) -> None:
    body = (
        "Human Rights Watch published an investigation on Tuesday into the killing of 40 "
        "villagers near Djibo in March."
    )
    # Before 0.63.0 only "enquête" was read as published, not "investigation".
    assert "ACCUSE" not in event_labels(annotator, body, english=True)


def test_an_investigation_opened_stays_an_inquiry(annotator: Preannotator) -> None:
    body = "Le parquet de Bamako a ouvert une enquête sur la mort de trois civils à Ségou."
    assert "ACCUSE" in event_labels(annotator, body)
