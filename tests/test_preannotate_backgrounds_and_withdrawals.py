"""Pre-annotation 0.36.0: the acts told as what came before another keep their time and
place to themselves; the pluperfect of reported speech is no background; a toll joins
the operation its sentence names; a withdrawal told in an irregular past; a strike
called a stoppage; the time of an absolute clause and of what is planned; "The" before a
unit's name; the same abduction counted from. Each sentence is written for the test, in
the press's usual turns of phrase."""

from __future__ import annotations

import datetime as dt

from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_joined_and_anaphoric import _choices, _events, _result

_OPERATION = (
    "The army said on Sunday it had killed dozens of fighters in a week-long operation "
    "on islands of the lake, after an attack on a military post at Kaiga killed five "
    "soldiers earlier this month.\n"
    "A spokesman said 40 militants were killed and four soldiers died during the "
    "operation."
)


def test_the_time_and_place_of_an_earlier_act_stay_its_own(annotator: Preannotator) -> None:
    assert _role(annotator, _OPERATION, "killed", "location", True) == []
    assert _role(annotator, _OPERATION, "killed", "time", True) == []
    assert _role(annotator, _OPERATION, "attack", "time", True) == ["this month"]


def test_a_toll_joins_the_operation_its_sentence_names(annotator: Preannotator) -> None:
    tolls = _role(annotator, _OPERATION, "killed", "casualties", True)
    assert "40 militants" in tolls
    assert "40 militants" not in _role(annotator, _OPERATION, "attack", "casualties", True)


def test_an_english_withdrawal_in_the_irregular_past(annotator: Preannotator) -> None:
    body = (
        "Jihadist fighters entered the town of Boni on Wednesday after soldiers withdrew "
        "from their camp, residents said."
    )
    assert ("RETREAT", "withdrew") in _events(annotator, body, english=True)
    assert _role(annotator, body, "withdrew", "actor", True) == ["soldiers"]


def test_a_stoppage_is_a_strike(annotator: Preannotator) -> None:
    body = "The truckers' union announced a 72-hour stoppage to demand protection for convoys."
    assert _choices(annotator, body, "stoppage", "mode_protest", english=True) == ["strike"]


def test_the_time_of_an_absolute_clause_is_not_the_demand_s(annotator: Preannotator) -> None:
    body = (
        "Les manifestants ont demandé aux autorités d'organiser davantage de convois, le "
        "dernier étant arrivé il y a un mois."
    )
    assert _role(annotator, body, "demandé", "time", False) == []


def test_a_month_planned_ahead_is_this_year_s() -> None:
    dateline = dt.date(2026, 11, 30)
    planned = "lors d'une cérémonie officielle prévue début décembre"
    assert [t.interval.iso() for t in find_dates(planned, dateline)] == ["2026-12-01/2026-12-10"]
    past = "En décembre, des combats avaient éclaté près de la ville."
    assert [t.interval.iso() for t in find_dates(past, dateline)] == ["2025-12"]


def test_a_planned_time_is_never_borrowed(annotator: Preannotator) -> None:
    body = (
        "Selon le ministre, les suspects projetaient une attaque lors d'une cérémonie "
        "prévue le 30 septembre. Des armes ont été saisies lors de perquisitions."
    )
    assert _role(annotator, body, "saisies", "time", False) == []


def test_the_before_a_unit_name_is_no_part_of_it(annotator: Preannotator) -> None:
    body = "Five people were killed on Sunday in the Tillaberi region. The Tahoua region is calm."
    spans = [
        i["value"]["text"]
        for i in _result(annotator, body, True)
        if i.get("type") == "labels" and i["value"]["labels"][0] in ("GPE", "LOC")
    ]
    assert "Tahoua" in spans
    assert "The Tahoua" not in spans


def test_the_abduction_counted_from_is_the_one_told(annotator: Preannotator) -> None:
    body = (
        "Le maire de Dioura, enlevé fin juillet par des hommes armés sur la route de "
        "Ténenkou, a été libéré lundi, a-t-on appris auprès de sa famille.\n"
        "Les conditions de sa libération n'ont pas été précisées.\n"
        "Il avait été enlevé avec son chauffeur, relâché quelques jours après le rapt."
    )
    abductions = [e for e in _events(annotator, body) if e[0] == "ASSAULT"]
    assert abductions == [("ASSAULT", "enlevé")]
