"""Pre-annotation 0.69.0, a toll update that tells its time between its verb and figure.

The press often dates a revised toll inside its verb phrase: "le bilan a été porté
dimanche soir à six soldats tués", "s'est alourdi, mardi, à quinze morts", "est passé
dans la nuit à dix morts", "the toll rose on Tuesday to 17", "was later raised overnight
to 30". The update is the act's toll: the first figure it replaces goes, its participle
("tués") is no new act, and an English bare figure is read. The traps: a time and a place
word before "à" that is no toll ("ont atteint samedi le village à 8 heures"), a toll
with no update, and an update with no time. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_casualties_060 import _all_figures, _tolls


def test_a_toll_carried_on_a_day_to_soldiers_killed_and_wounded(
    annotator: Preannotator,
) -> None:
    # Before 0.69.0 "tués" was a second act holding the first figure (3) and the update.
    tolls = _tolls(
        annotator,
        "Le poste de Boulkessi a été la cible d'une attaque samedi. Annoncé d'abord à "
        "trois morts, le bilan a été porté dimanche soir à six soldats tués et onze "
        "blessés.",
    )
    assert tolls["attaque"] == ["injured 11", "killed 6"]
    assert "tués" not in tolls


def test_a_toll_that_grew_on_a_day_between_commas(annotator: Preannotator) -> None:
    # Before 0.69.0 both the first figure and the update.
    tolls = _tolls(
        annotator,
        "Une attaque a visé Léré jeudi. Le bilan, d'abord de deux morts, s'est alourdi, "
        "vendredi, à cinq morts.",
    )
    assert tolls["attaque"] == ["killed 5"]


def test_a_toll_passed_in_the_night(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Le marché de Dinangourou a été attaqué vendredi. Un premier bilan faisait état de "
        "quatre morts. Le bilan a été relevé samedi matin à neuf morts.",
    )
    assert _all_figures(tolls) == ["killed 9"]


def test_english_toll_rose_on_a_day(annotator: Preannotator) -> None:
    # Before 0.69.0 no figure: "17" has no noun and "on Tuesday" stood before "to".
    tolls = _tolls(
        annotator,
        "An attack hit an army post near Bankilaré on Monday. The death toll climbed on "
        "Tuesday to 17.",
        english=True,
    )
    assert tolls["attack"] == ["killed 17"]


def test_english_toll_raised_overnight(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Gunmen attacked the village of Inates on Monday. The toll was later raised "
        "overnight to 30.",
        english=True,
    )
    assert tolls["attacked"] == ["killed 30"]


def test_a_revised_toll_with_no_time_is_unchanged(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Une embuscade a visé un convoi près de Hombori mardi. Le bilan a été porté à "
        "sept soldats tués.",
    )
    assert tolls["embuscade"] == ["killed 7"]


def test_a_toll_with_no_update_is_unchanged(annotator: Preannotator) -> None:
    tolls = _tolls(annotator, "Une attaque a visé Mondoro jeudi. Le bilan est de six morts.")
    assert tolls["attaque"] == ["killed 6"]


def test_reaching_a_place_at_an_hour_is_no_toll(annotator: Preannotator) -> None:
    # Guard: "atteint samedi le village à 8 heures" is a move, not a toll that reached 8.
    tolls = _tolls(
        annotator,
        "Une attaque a visé Koro jeudi. Les secours ont atteint samedi le village à 8 heures.",
    )
    assert _all_figures(tolls) == []


def test_a_toll_revised_upward_on_a_day(annotator: Preannotator) -> None:
    # Before 0.69.0 both the first figure (2) and the update.
    tolls = _tolls(
        annotator,
        "Un engin explosif a frappé un camion près de Douna mercredi. Le bilan, d'abord de "
        "deux morts, a été revu à la hausse jeudi à quatre morts.",
    )
    assert _all_figures(tolls) == ["killed 4"]
