"""Pre-annotation 0.48.0, from articles written after 0.47.0 (a curfew after a wave of
attacks, a strike of fuel-tanker drivers):

* a time after "après l'attaque ..." (no comma) is the attack's, not the demand's;
* "Les grévistes exigent": strikers are people who act;
* "around 200 people marched": a crowd in figures that protests is the protest's actor,
  not the displaced of a flight;
* "following a series of attacks that killed dozens": the attacks killed, not the
  sentence's subject.

Each sentence is written for the test, in the press's usual turns of phrase."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import predict


def test_a_time_after_the_attack_named_is_the_attacks(annotator: Preannotator) -> None:
    body = (
        "Les grévistes exigent des escortes militaires systématiques après l'attaque d'un "
        "convoi le 2 septembre près de Kayes, au cours de laquelle trois chauffeurs ont été "
        "tués."
    )
    # Before 0.48.0 the demand took 2 September.
    assert _role(annotator, body, "exigent", "time", False) == []
    assert _role(annotator, body, "attaque", "time", False) == ["2 septembre"]
    assert _role(annotator, body, "exigent", "actor", False) == ["Les grévistes"]


def test_an_earlier_act_named_after_a_flight_still_dates_the_next_sentence(
    annotator: Preannotator,
) -> None:
    body = (
        "Ces familles ont quitté leurs localités après l'incursion d'individus armés à "
        "Nadiagou dans la nuit du 1er au 2 septembre. Trois civils y ont été tués."
    )
    # The incursion keeps its night, with the killings told next (one event).
    assert _role(annotator, body, "incursion", "time", False) == [
        "dans la nuit du 1er au 2 septembre"
    ]
    assert _role(annotator, body, "quitté", "time", False) == []


def test_a_crowd_in_figures_that_marches_is_the_actor(annotator: Preannotator) -> None:
    body = (
        "In Niamey, around 200 people marched on Saturday to demand better protection "
        "for rural communities."
    )
    assert _role(annotator, body, "marched", "actor", True) == ["around 200 people"]


def test_a_crowd_in_figures_that_fled_is_no_actor(annotator: Preannotator) -> None:
    body = (
        "Between 24 and 27 November, some 3,100 people, most of them women and children, "
        "fled the villages and arrived in Fada N'Gourma."
    )
    assert "some 3,100 people" not in _role(annotator, body, "fled", "actor", True)


def test_the_attacks_that_killed_are_no_one_elses(annotator: Preannotator) -> None:
    body = (
        "Niger's military authorities on Friday imposed a night-time curfew across the "
        "Tillabéri region, following a series of attacks that killed dozens of civilians "
        "this month."
    )
    # Before 0.48.0 the authorities who imposed the curfew had killed.
    assert _role(annotator, body, "killed", "actor", True) == []


def test_the_person_after_a_day_and_a_title_is_the_recipient(annotator: Preannotator) -> None:
    body = (
        "Le tribunal de grande instance de N'Djamena a condamné jeudi l'opposant Succès "
        "Masra à vingt ans de prison ferme, a annoncé son avocat."
    )
    # Before 0.48.0 the parse took "jeudi" for the object and the convicted had no role.
    assert _role(annotator, body, "condamné", "recipient", False) == ["Succès Masra"]


def test_a_participle_opening_its_sentence_tells_an_act(annotator: Preannotator) -> None:
    body = (
        "Arrêté en mai à son domicile, l'ancien Premier ministre était poursuivi pour "
        "incitation à la haine."
    )
    # Before 0.48.0 the capitalised participle was read as the noun "un arrêté".
    assert _role(annotator, body, "Arrêté", "time", False) == ["mai"]


def test_a_device_that_destroyed_something_is_a_blast(annotator: Preannotator) -> None:
    body = (
        "Le 9 août, un engin explosif avait déjà détruit un tracteur dans la même zone, "
        "tuant son conducteur."
    )
    events = _labels(annotator, body)
    assert "COERCE" not in events.values(), events
    assert "ASSAULT" in events.values(), events


def _labels(annotator: Preannotator, body: str) -> dict[str, str]:
    return {t: e["label"] for t, e in predict(annotator, "Titre", body)["events"].items()}


def test_the_accused_behind_a_day_are_the_accused(annotator: Preannotator) -> None:
    body = (
        "Une association peule a accusé jeudi des chasseurs dozos d'avoir tué une dizaine "
        "de civils à Ogossagou."
    )
    # Before 0.48.0 the parse took "jeudi" for the object: no one was accused.
    assert _role(annotator, body, "accusé", "recipient", False) == ["chasseurs dozos"]
    assert _role(annotator, body, "tué", "actor", False) == ["chasseurs dozos"]
