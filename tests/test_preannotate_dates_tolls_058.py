"""Pre-annotation 0.58.0, dates and tolls: the soldiers' losses and those of the state's
auxiliaries (VDP, volunteers) are two counts, as two sides' are; a toll broken down in
full right after it ("neuf morts, dont quatre militaires et cinq civils") gives a count
per part, the parts linked to the event and the total to nothing, while a partial
breakdown ("sept civils, dont deux enfants") leaves the total the toll; a count's noun
stops before a verb joined by "et" ("et affirmé avoir neutralisé"); a day counted from
an act ("deux jours après l'attaque") starts from the day the act's own phrase gives
("l'attaque de samedi"), not from a claim's day beside it; a count in a sentence without
an act whose paragraph before tells none (a first toll) completes the act told in the
paragraph before that.
Each sentence is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role

#: A Tuesday.
DATELINE = dt.date(2025, 9, 9)


def _counts(text: str) -> list[tuple[str, str, str]]:
    return [(text[c.start : c.end], c.kind, c.count or "") for c in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six soldats et deux VDP ont été tués mardi près de Kaya.",
            [("Six soldats", "killed", "6"), ("deux VDP", "killed", "2")],
        ),
        (
            "Les assaillants ont tué cinq militaires et trois supplétifs de l'armée.",
            [("cinq militaires", "killed", "5"), ("trois supplétifs", "killed", "3")],
        ),
    ],
)
def test_soldiers_and_auxiliaries_are_two_counts(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    # Before 0.58.0 one count of their sum (8), the army's and the militia's losses mixed.
    assert _counts(text) == expected


def test_two_counts_of_one_kind_of_people_stay_one() -> None:
    text = "Six soldats et deux gendarmes ont été tués mardi près de Kaya."
    assert _counts(text) == [("Six soldats et deux gendarmes", "killed", "8")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le bilan s'élève à dix morts, dont six éleveurs et quatre cultivateurs, selon "
            "le préfet.",
            [
                ("dix morts", "killed", "10"),
                ("six éleveurs", "killed", "6"),
                ("quatre cultivateurs", "killed", "4"),
            ],
        ),
        (
            "The blast killed 11 people, including seven soldiers and four civilians.",
            [
                ("11 people", "killed", "11"),
                ("seven soldiers", "killed", "7"),
                ("four civilians", "killed", "4"),
            ],
        ),
    ],
)
def test_a_toll_broken_down_in_full_gives_a_count_per_part(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    # Before 0.58.0 the total alone.
    assert _counts(text) == expected


def test_a_partial_breakdown_is_no_count() -> None:
    text = "Huit civils, dont trois femmes, ont été tués dans le village."
    assert _counts(text) == [("Huit civils", "killed", "8")]


def test_the_parts_of_a_toll_are_the_event_s_casualties(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué samedi un convoi près de Sebba. Le bilan fait état de "
        "neuf morts, dont cinq militaires et quatre civils, selon une source sécuritaire."
    )
    # Before 0.58.0 the nine, the breakdown dropped as parts of a count.
    assert _role(annotator, body, "attaqué", "casualties", False) == [
        "cinq militaires",
        "quatre civils",
    ]


def test_a_verb_joined_to_a_count_is_not_its_noun() -> None:
    text = (
        "L'armée a reconnu la perte de six militaires et affirmé avoir neutralisé une "
        "vingtaine d'assaillants."
    )
    # Before 0.58.0 the first count ran to the second verb ("six militaires et affirmé
    # avoir neutralisé").
    assert _counts(text) == [
        ("six militaires", "killed", "6"),
        ("une vingtaine d'assaillants", "killed", "20"),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Le JNIM a revendiqué lundi l'attaque de samedi contre le poste de Boni. Deux "
            "jours après l'attaque, l'armée a dépêché des renforts dans la zone.",
            "2025-09-08",
        ),
        (
            "ISSP claimed on Monday the attack carried out on Saturday near Tillia. Two days "
            "after the attack, the army sent reinforcements.",
            "2025-09-08",
        ),
    ],
)
def test_a_day_counted_from_an_act_starts_from_the_act_s_own_day(text: str, day: str) -> None:
    found = {m.text: m.interval.iso() for m in find_dates(text, DATELINE)}
    # Before 0.58.0 from the nearest day beside the act's word, the claim's Monday
    # (2025-09-10).
    assert found.get("Deux jours après", found.get("Two days after")) == day


def test_a_count_after_a_paragraph_without_an_act_completes_the_act_before(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué jeudi le marché de Tillia, tuant 30 civils.\n"
        "Un premier bilan faisait état de 18 morts.\n"
        "Selon le gouverneur, une vingtaine de blessés ont été évacués vers Tahoua."
    )
    # Before 0.58.0 the wounded, two paragraphs after the attack with only a first toll
    # between, were linked to nothing.
    assert _role(annotator, body, "attaqué", "casualties", False) == [
        "30 civils",
        "une vingtaine de blessés",
    ]
