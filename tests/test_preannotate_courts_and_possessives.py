"""Pre-annotation 0.56.0: a case brought before a court is a formal charge, an event of its
own beside a criticism in the same sentence; "East" is no easing of the curfew it
stands before; an act the sentence's act took place during shares its time; the person
a country's possessive introduces is the recipient, not the country. Each sentence is
written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import titled_document
from tests.test_preannotate_predict import regions
from tests.test_preannotate_territory import _events


def test_a_case_brought_to_court_is_a_charge_of_its_own(annotator: Preannotator) -> None:
    body = (
        "Le collectif a dénoncé lundi une décision arbitraire et a annoncé avoir saisi la "
        "Cour constitutionnelle pour en obtenir l'annulation."
    )
    found = _events(annotator, body, False)
    # Before 0.56.0 "saisi" was a seizure (COERCE); then, as an ACCUSE, it merged into
    # the criticism told in its sentence.
    assert "dénoncé" in found
    [court] = [k for k in found if k.startswith("saisi")]
    assert found[court]["label"] == "ACCUSE"
    p = next(annotator.predict([titled_document("Titre", body)]))
    [region] = [r for r in regions(p).values() if r["text"] == court]
    assert region["attrs"]["mode_accuse"] == ["allege"]


def test_east_is_no_easing(annotator: Preannotator) -> None:
    body = (
        "Authorities in the East region imposed a night-time curfew on Thursday following "
        "a wave of attacks on civilians, the governor said."
    )
    # Before 0.56.0 "East" read as "ease": the curfew became a concession.
    assert _events(annotator, body, True)["curfew"]["label"] == "COERCE"


def test_an_act_during_another_shares_its_time(annotator: Preannotator) -> None:
    body = (
        "The junta released 40 activists on Saturday, their lawyers said.\nThe activists "
        "were arrested in June during protests against the cost of living in Zinder."
    )
    # Before 0.56.0 the protests took the release's Saturday.
    assert _role(annotator, body, "protests", "time", True) == ["June"]


def test_the_person_a_possessive_introduces_is_the_recipient(annotator: Preannotator) -> None:
    body = (
        "Guinea-Bissau's president held talks with Mali's transitional leader, General "
        "Assimi Goita, in Bamako on Tuesday, the presidency said."
    )
    # Before 0.56.0 the recipient was the country, "Mali".
    # Since 0.64.0 the trigger is the phrase "hold talks": "held" reaches "hold".
    assert _role(annotator, body, "held talks", "recipient", True) == ["General Assimi Goita"]
