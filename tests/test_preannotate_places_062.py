"""Pre-annotation 0.62.0, the places of events. Where a diplomat is posted, a body has
its seat or a ruling power sits ("son ambassadeur à Alger", "une radio basée à Kaya",
"the junta in Niamey") says who acts, not where. A decision "taken at a summit in Accra"
was made there: Accra is no destination.
A place right after the act a saying is about ("condemned the attack on Manni") is that
act's. An event placed only in a unit takes the one finer place the next sentence names
when that sentence tells no act, not a hospital's town nor a destination.
Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_event_places_060 import _arguments


def test_ambassador_posted_abroad_is_no_place(annotator: Preannotator) -> None:
    body = (
        "Les trois pays de l'AES ont rappelé lundi leurs ambassadeurs à Alger après "
        "la destruction d'un drone malien."
    )
    assert _arguments(annotator, body, "rappelé", "location") == []


def test_embassy_met_is_no_place(annotator: Preannotator) -> None:
    body = (
        "Le ministre des Affaires étrangères s'est entretenu lundi avec l'ambassade "
        "de Turquie à Niamey au sujet des visas."
    )
    assert "Niamey" not in _arguments(annotator, body, "entretenu", "location")


def test_radio_based_in_a_town_is_no_place(annotator: Preannotator) -> None:
    body = (
        "Le Conseil supérieur de la communication a suspendu jeudi la radio "
        "communautaire Voix du Gourma, basée à Fada N'Gourma, pour trois mois."
    )
    assert _arguments(annotator, body, "suspendu", "location") == []


def test_crowd_outside_an_embassy_keeps_its_town(annotator: Preannotator) -> None:
    # A guard: a rally at an embassy happened in its town.
    body = (
        "Hundreds of people rallied on Friday outside the French embassy in Niamey "
        "to demand the departure of foreign troops."
    )
    places = _arguments(annotator, body, "rallied", "location", True)
    assert "Niamey" in places


def test_troops_based_in_a_town_attacked_there(annotator: Preannotator) -> None:
    # A guard: troops attacked where they are based.
    body = "Soldiers based in Djibo were attacked on Monday by gunmen, the army said."
    assert _arguments(annotator, body, "attacked", "location", True) == ["Djibo"]


def test_condemned_attack_on_a_town_is_not_where_condemned(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked the town of Kantchari on Sunday, killing nine civilians.\n"
        "On Tuesday the UN humanitarian coordinator condemned the attack on Kantchari "
        "and called for the protection of civilians."
    )
    assert _arguments(annotator, body, "condemned", "location", True) == []


def test_condemned_attack_of_a_town_in_french(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué dimanche la ville de Gorom-Gorom, tuant douze "
        "civils.\n"
        "Lundi, le coordonnateur humanitaire a condamné l'attaque de Gorom-Gorom et "
        "appelé les parties à épargner les civils."
    )
    assert _arguments(annotator, body, "condamné", "location") == []


def test_finer_place_in_the_next_sentence(annotator: Preannotator) -> None:
    body = (
        "Au moins cinq bergers ont été tués samedi par des hommes armés dans la région "
        "de Tillabéri, selon des sources locales.\n"
        "D'après un élu local, les victimes faisaient paître leurs troupeaux à une "
        "vingtaine de kilomètres au nord de Téra."
    )
    places = _arguments(annotator, body, "tués", "location")
    assert places and all("Téra" in p for p in places)


def test_hospital_town_in_the_next_sentence_is_not_the_place(annotator: Preannotator) -> None:
    body = (
        "Trois soldats ont été tués lundi lors d'une embuscade dans la région de "
        "Tillabéri, selon une source sécuritaire.\n"
        "Les blessés ont été évacués vers Téra, où ils reçoivent des soins."
    )
    assert "Téra" not in _arguments(annotator, body, "embuscade", "location")


def test_next_sentence_telling_its_own_act_keeps_the_unit(annotator: Preannotator) -> None:
    # A guard: the next sentence's place belongs to the act it tells.
    body = (
        "Des hommes armés ont tué quatre civils dimanche dans la région de Tillabéri.\n"
        "Le même jour, une patrouille a été prise en embuscade près de Téra."
    )
    assert "Téra" not in _arguments(annotator, body, "tué", "location")


def test_decision_taken_at_a_summit_is_no_destination(annotator: Preannotator) -> None:
    body = (
        "West African leaders on Sunday lifted the trade embargo on Mali.\n"
        "The decision was taken at an extraordinary summit in Accra, the bloc said."
    )
    assert _arguments(annotator, body, "summit", "location", True) == ["Accra"]


def test_junta_named_by_its_seat_is_no_place(annotator: Preannotator) -> None:
    body = (
        "The regional bloc on Thursday urged the junta in Niamey to release the detained president."
    )
    assert "Niamey" not in _arguments(annotator, body, "urged", "location", True)


def test_gathered_at_opening_the_sentence_sets_the_place(annotator: Preannotator) -> None:
    body = (
        "Réunis mardi à Niamey, les ministres de l'AES ont levé les restrictions de "
        "voyage imposées aux journalistes."
    )
    # Since 0.66.0 on the verb, as the corpus codes a lifting ("levé").
    assert _arguments(annotator, body, "levé", "location") == ["Niamey"]
