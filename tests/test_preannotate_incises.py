"""Pre-annotation 0.53.0, from an article on a journalist's arrest (written after
0.52.0): a verb that reports the clause before it, its subject set after it ("X a été
arrêté mardi, *a dénoncé* mercredi l'Union des journalistes tchadiens"), has that
subject as its actor, not the agent of the clause before; a piece of journalism ("avait
publié une enquête sur des détournements") is no official investigation. Each sentence
is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import predict


def test_the_subject_after_a_reporting_verb_is_its_actor(annotator: Preannotator) -> None:
    body = (
        "Le directeur de publication de l'hebdomadaire La Voix a été arrêté mardi à son "
        "domicile par des agents de l'Agence nationale de sécurité, a dénoncé mercredi "
        "l'Union des journalistes tchadiens."
    )
    # Before 0.53.0 the agents who arrested him denounced the arrest.
    assert _role(annotator, body, "dénoncé", "actor", False) == ["Union des journalistes tchadiens"]


def test_a_published_inquiry_is_no_investigation(annotator: Preannotator) -> None:
    body = (
        "Le journaliste avait publié la semaine dernière une enquête sur des détournements "
        "présumés au ministère des Finances."
    )
    assert "enquête" not in predict(annotator, "Titre", body)["events"]


def test_an_official_investigation_is_still_one(annotator: Preannotator) -> None:
    body = "Le procureur de la République a ouvert lundi une enquête sur ces détournements."
    events = predict(annotator, "Titre", body)["events"]
    assert events.get("enquête", {}).get("label") == "ACCUSE", events
