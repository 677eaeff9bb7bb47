"""Pre-annotation 0.56.0: an act tied to another by linking words keeps its own author,
day and place ("arrested six people on Saturday in connection with an attack on a
customs post"); a release that is only sought is no event ("pour obtenir leur
libération"); an earlier toll stays out also when told "jusque-là"; a meeting is not
held on the road where the story's attacks were; a day inside a week told elsewhere
dates the event. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_territory import _events

_ARREST = (
    "Police arrested six people on Saturday in connection with an attack on a customs post "
    "near the border earlier this month, the interior ministry said."
)


def test_who_arrested_did_not_commit_the_act_they_are_tied_to(
    annotator: Preannotator,
) -> None:
    # Before 0.56.0 the police were the attack's actor.
    assert _role(annotator, _ARREST, "attack", "actor", True) == []
    assert _role(annotator, _ARREST, "arrested", "actor", True) == ["Police"]


def test_the_arrests_day_and_the_attacks_place_stay_their_own(
    annotator: Preannotator,
) -> None:
    # Before 0.56.0 the attack took Saturday, and the arrest the customs post.
    assert "Saturday" not in _role(annotator, _ARREST, "attack", "time", True)
    assert _role(annotator, _ARREST, "arrested", "time", True) == ["Saturday"]
    assert "a customs post" not in _role(annotator, _ARREST, "arrested", "location", True)
    assert "a customs post" in _role(annotator, _ARREST, "attack", "location", True)


def test_days_after_an_act_is_not_its_day(annotator: Preannotator) -> None:
    body = (
        "Gunmen shot dead a village chief in Kaya late on Thursday, a relative said, days "
        "after the same group abducted two of his sons."
    )
    assert _role(annotator, body, "abducted", "time", True) == []
    assert _role(annotator, body, "shot dead", "time", True) == ["Thursday"]


def test_a_bare_after_keeps_the_sentences_day(annotator: Preannotator) -> None:
    body = "In mid-November, a convoy turned back near Djibo after coming under fire."
    assert _role(annotator, body, "coming under fire", "time", True) == ["mid-November"]


def test_a_release_only_sought_is_no_event(annotator: Preannotator) -> None:
    body = (
        "Le syndicat a appelé jeudi le gouvernement à tout mettre en œuvre pour obtenir la "
        "libération des trois enseignants."
    )
    # Before 0.56.0 the release was suggested, with the government as its actor.
    assert "libération" not in _events(annotator, body, False)
    freed = "Le Qatar a obtenu jeudi la libération des trois enseignants."
    assert _events(annotator, freed, False)["libération"]["label"] == "RETREAT"


def test_a_toll_held_until_then_is_replaced(annotator: Preannotator) -> None:
    body = (
        "Le bilan de l'attaque menée mercredi contre un poste de la garde nationale à Tahoua "
        "s'est alourdi à 27 morts, a annoncé vendredi le gouvernement, qui faisait jusque-là "
        "état de 18 tués."
    )
    # Before 0.56.0 both counts were the attack's, and the government its actor.
    assert _role(annotator, body, "attaque", "casualties", False) == ["27 morts"]
    assert _role(annotator, body, "attaque", "actor", False) == []


def test_a_meeting_is_not_placed_on_the_road_of_the_attacks(annotator: Preannotator) -> None:
    body = (
        "Les transporteurs observent un arrêt de travail contre les attaques répétées sur "
        "l'axe Bamako-Kayes.\nLeur syndicat a rencontré lundi le ministre des Transports."
    )
    assert _role(annotator, body, "rencontré", "location", False) == []


def test_a_day_inside_the_week_told_dates_the_event(annotator: Preannotator) -> None:
    body = (
        "Des affrontements entre orpailleurs ont éclaté la semaine passée près d'Arlit.\n"
        "Les heurts, survenus le mercredi 3 septembre près d'Arlit, ont fait trois blessés."
    )
    times = _role(annotator, body, "affrontements", "time", False)
    assert times == ["mercredi 3 septembre"], times
