"""Pre-annotation 0.69.0 (second places round): the care site the wounded were moved to.

An act's sentence, or the one after it, tells where the wounded were taken: "conduits
au centre de santé de X", "amenés à l'hôpital de X", "carried by cart to the health
centre in X", "flown to the hospital in X". That site and its town place the move, not
the act: the act keeps its own place, or has none. The traps: an act whose own place is
the town of the care site ("attacked a checkpoint at Dosso ... treated at the hospital
in Dosso"), and an act placed in its own sentence before the move. Each sentence is
written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_places2_066 import _places


def test_french_wounded_led_to_a_health_centre(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque meurtrière",
        "Des hommes armés ont tué lundi six civils et blessé neuf autres, qui ont été "
        "conduits au centre de santé de Banibangou, selon un élu local.",
        town="Niamey",
    )
    # Before: Banibangou.
    assert "Banibangou" not in " ".join(_places(annotator, doc, "tué"))
    assert not any("centre" in p for p in _places(annotator, doc, "tué"))


def test_french_wounded_brought_to_a_hospital(annotator: Preannotator) -> None:
    doc = titled_document(
        "Embuscade",
        "Une patrouille est tombée mardi dans une embuscade qui a fait quatre morts ; "
        "trois soldats blessés ont été amenés à l'hôpital de Koro.",
    )
    # Before: 'hôpital de Koro'.
    assert not any("Koro" in p for p in _places(annotator, doc, "embuscade"))


def test_english_wounded_carried_to_a_clinic(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen shot dead five herders on Sunday and wounded three others, whom relatives "
        "carried by donkey cart to the clinic in Filingué, a councillor said."
    )
    # Before: Filingué.
    assert "Filingué" not in _places(annotator, doc, "shot dead")


def test_english_wounded_brought_after_a_placed_raid(annotator: Preannotator) -> None:
    doc = english_document(
        "Militants raided the village of Koutougou on Tuesday, killing seven people, and "
        "the wounded were brought to the health centre in Abala."
    )
    # Before: Abala.
    assert _places(annotator, doc, "raided") == ["Koutougou"]


def test_english_wounded_carried_after_a_placed_killing(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen killed four traders on Monday in Mangaizé, and neighbours carried the "
        "wounded by motorbike to the clinic in Ouallam."
    )
    # Before: Ouallam.
    assert _places(annotator, doc, "killed") == ["Mangaizé"]


# Guards.


def test_act_placed_before_the_move_keeps_its_place(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque",
        "Des assaillants ont attaqué jeudi le village de Sona, tuant trois personnes. "
        "Les blessés ont été conduits au centre de santé de Djibasso.",
        town="Ouagadougou",
    )
    assert "Sona" in " ".join(_places(annotator, doc, "attaqué"))


def test_act_in_the_same_town_as_the_hospital(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen attacked a checkpoint at Tessaoua on Monday. Five wounded were treated at "
        "the hospital in Tessaoua."
    )
    assert "Tessaoua" in _places(annotator, doc, "attacked")


def test_a_strike_on_a_hospital_is_at_the_hospital(annotator: Preannotator) -> None:
    doc = titled_document(
        "Frappe",
        "Des hommes armés ont attaqué samedi l'hôpital de Bankass, tuant deux infirmiers.",
    )
    assert any("Bankass" in p for p in _places(annotator, doc, "attaqué"))
