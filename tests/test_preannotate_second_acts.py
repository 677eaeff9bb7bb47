"""Pre-annotation 0.56.0: a second assault a sentence goes on to ("avant de s'en prendre
le lendemain matin à un poste") and an act counted from with its own subject ("two weeks
after militants killed eight soldiers") are events of their own; "le lendemain matin" is
one time; "killed 12 suspected jihadists" counts the jihadists; a town told as how far away the
place lies ranks after the place. Each sentence is written for the test."""

from __future__ import annotations

import datetime as dt

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_territory import _events


def test_a_second_assault_the_sentence_goes_on_to_is_its_own(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué jeudi soir le village de Sokolo, avant de s'en prendre "
        "le lendemain matin à un poste de gendarmerie."
    )
    found = _events(annotator, body, False)
    # Before 0.56.0 "s'en prendre à" was no trigger, and "matin" broke the phrase.
    assert "attaqué" in found and "en prendre" in found, found
    assert _role(annotator, body, "en prendre", "time", False) == ["le lendemain matin"]
    assert _role(annotator, body, "attaqué", "time", False) == ["jeudi soir"]


def test_the_next_morning_is_one_time() -> None:
    text = (
        "Les assaillants ont frappé jeudi, puis sont revenus le lendemain matin ; la veille "
        "au soir, des motos avaient été vues."
    )
    found = [(m.text, str(m.interval.start)) for m in find_dates(text, dt.date(2026, 12, 5))]
    # Before 0.56.0 "matin" and "au soir" were left out of the times.
    assert found == [
        ("jeudi", "2026-12-03"),
        ("le lendemain matin", "2026-12-04"),
        ("la veille au soir", "2026-12-02"),
    ]


def test_an_act_counted_from_with_its_own_subject_is_another(annotator: Preannotator) -> None:
    body = (
        "Soldiers killed 12 suspected jihadists in a raid in the W park on Monday, the army "
        "said.\nThe operation came two weeks after militants killed eight soldiers at a "
        "border post near Banikoara."
    )
    found = _events(annotator, body, True)
    # Before 0.56.0 the earlier killing merged into the raid, with its toll and place.
    assert "killed" in found and "raid" in found, found
    assert "eight soldiers" not in _role(annotator, body, "raid", "casualties", True)


def test_suspected_jihadists_are_counted_whole() -> None:
    text = "Beninese soldiers killed 12 suspected jihadists on Monday."
    assert [text[c.start : c.end] for c in find_casualties(text)] == ["12 suspected jihadists"]


def test_a_town_told_as_a_distance_ranks_after_the_place(annotator: Preannotator) -> None:
    body = (
        "Un poste de douane a été attaqué lundi à Heremakono, localité frontalière avec le "
        "Burkina Faso située à "
        "une centaine de kilomètres de Sikasso, faisant deux morts."
    )
    # Before 0.56.0 the town in the gazetteer, Sikasso, outranked the unknown locality.
    # Since 0.62.0 the attacked post is linked beside its town (the most precise place).
    assert _role(annotator, body, "attaqué", "location", False) == [
        "Heremakono",
        "Un poste de douane",
    ]
