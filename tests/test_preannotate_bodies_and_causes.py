"""Pre-annotation 0.56.0: the dead taken back are no seizure ("Les corps de six d'entre
eux ont été récupérés"); a cause left before a quote is no part of who is thanked ("les
autorités pour leur « collaboration »"); the object after a day is the recipient ("a
remercié mercredi les élus"). Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_territory import _events


def test_bodies_recovered_are_no_seizure(annotator: Preannotator) -> None:
    body = (
        "Les corps de six d'entre eux ont été récupérés jeudi par une unité de l'armée venue "
        "en renfort."
    )
    # Before 0.56.0 the recovery was a COERCE seize.
    assert "récupérés" not in _events(annotator, body, False)


def test_goods_recovered_stay_a_seizure(annotator: Preannotator) -> None:
    body = "Les gendarmes ont récupéré jeudi trois motos volées à Kati."
    assert _events(annotator, body, False)["récupéré"]["label"] == "COERCE"


def test_a_cause_before_a_quote_is_no_part_of_who_is_thanked(annotator: Preannotator) -> None:
    body = (
        "Un ingénieur a été libéré mardi, a annoncé le ministère des Affaires étrangères, qui "
        "a remercié les autorités maliennes pour leur « collaboration »."
    )
    recipients = _role(annotator, body, "remercié", "recipient", False)
    # Before 0.56.0 the recipient ended on "pour leur".
    assert recipients, recipients
    assert not any(r.endswith(("pour leur", "pour")) for r in recipients), recipients


def test_what_is_thanked_after_a_day_is_the_recipient(annotator: Preannotator) -> None:
    body = "Le ministère a remercié mercredi les élus de la commune."
    # Before 0.56.0 a day between the verb and its object left the act without recipient.
    assert _role(annotator, body, "remercié", "recipient", False) == ["les élus de la commune"]
