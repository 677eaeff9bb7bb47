"""Pre-annotation 0.34.0: aid that stopped, aid to come told in the future in the past,
a lifting asked for, an acronym in brackets that spells a town, part of a toll told
again, and a month name at the end of a sentence. Each sentence is written for the
test, in the press's usual turns of phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_joined_and_anaphoric import _events


def test_aid_that_stopped_is_no_aid(annotator: Preannotator) -> None:
    body = (
        "Plusieurs centaines de déplacés ont manifesté lundi devant le gouvernorat de Kaya "
        "pour dénoncer l'interruption des distributions de vivres depuis deux mois."
    )
    assert [e for e in _events(annotator, body) if e[0] == "AID"] == []


def test_aid_handed_out_stays_aid(annotator: Preannotator) -> None:
    body = "Le PAM a repris lundi les distributions de vivres aux déplacés de Kaya."
    assert [e for e in _events(annotator, body) if e[0] == "AID"]


def test_aid_to_come_in_the_future_in_the_past_is_a_promise(annotator: Preannotator) -> None:
    body = "Le PAM a indiqué mardi qu'il reprendrait l'assistance le 25 juin à Kaya."
    assert ("AGREE", "assistance") in _events(annotator, body)


def test_a_hedged_past_stays_an_act(annotator: Preannotator) -> None:
    body = "L'armée a indiqué qu'elle aurait neutralisé dix terroristes près de Djibo."
    assert [e for e in _events(annotator, body) if e[0] == "ASSAULT"]


def test_a_lifting_asked_for_is_no_concession(annotator: Preannotator) -> None:
    body = (
        "L'Union des journalistes a dénoncé une atteinte à la liberté de la presse et "
        "demandé la levée immédiate de la sanction."
    )
    assert [e for e in _events(annotator, body) if e[0] == "CONCEDE"] == []


def test_an_acronym_in_brackets_is_the_body_not_a_town(annotator: Preannotator) -> None:
    body = (
        "La Haute autorité des médias audiovisuels (Hama) a suspendu pour trois mois deux "
        "hebdomadaires, selon une décision rendue publique lundi."
    )
    assert _role(annotator, body, "suspendu", "location", False) == []


def test_part_of_the_wounded_is_no_new_count() -> None:
    assert find_casualties("Six of the wounded were taken to the hospital in Sevare.") == []
    assert find_casualties("Trois des blessés sont dans un état grave.") == []


def test_part_of_the_hostages_freed_is_a_count() -> None:
    found = find_casualties("Deux des otages, les plus âgés, auraient été relâchés mardi.")
    assert [(c.count, c.kind) for c in found] == [("2", "abducted")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Il reprendra l'assistance le 25 juin.", "25 juin"),
        ("The talks will resume on 4 June.", "4 June"),
        ("Le procès s'ouvrira le 20 mars. Les avocats ont protesté.", "20 mars"),
        ("Le texte a été signé le 5 avr. 2025 à Niamey.", "5 avr. 2025"),
    ],
)
def test_a_sentences_full_stop_stays_out_of_a_date(text: str, span: str) -> None:
    assert [m.text for m in find_dates(text, dt.date(2026, 6, 18))] == [span]
