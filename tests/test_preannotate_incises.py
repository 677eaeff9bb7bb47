"""Pre-annotation 0.53.0, from an article on a journalist's arrest (written after
0.52.0): a verb that reports the clause before it, its subject set after it ("X a été
arrêté mardi, *a dénoncé* mercredi l'Union des journalistes tchadiens"), has that
subject as its actor, not the agent of the clause before; a piece of journalism ("avait
publié une enquête sur des détournements") is no official investigation. Each sentence
is written for the test. Since 0.54.0 a registry name after "des" is one actor, not a
second nominal around it; a single letter is no entity ("A l'issue des travaux"), and
"A l'issue des travaux" closes a meeting as "À l'issue" does."""

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


def test_a_registry_name_after_an_indefinite_article_is_one_actor(
    annotator: Preannotator,
) -> None:
    body = (
        "Une organisation de défense des droits humains accuse des Volontaires pour la "
        "défense de la patrie d'avoir tué au moins trente civils le 21 août à Sollé."
    )
    # Before 0.54.0 the name and the name with its "des" were two actors.
    assert _role(annotator, body, "tué", "actor", False) == [
        "Volontaires pour la défense de la patrie"
    ]


def test_an_unaccented_a_opens_the_close_of_a_meeting(annotator: Preannotator) -> None:
    body = (
        "Les ministres de la CEDEAO et de l'AES se sont réunis vendredi à Lomé. A l'issue "
        "des travaux, les deux parties ont convenu de mettre en place un comité conjoint."
    )
    # Before 0.54.0 "A" was a place of its own, and the agreement was not placed at the
    # meeting.
    assert _role(annotator, body, "convenu de", "location", False) == ["Lomé"]
    entities = predict(annotator, "Titre", body)["entities"]
    assert "A" not in entities
