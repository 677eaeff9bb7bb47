"""Pre-annotation 0.56.0: one person named by a definite article or a possessive is a
count of one when killed or wounded ("Le maire de la commune a été assassiné", "killed
the village chief"), not when taken or arrested; a bound on a figure is at-least, above
it for "more than" ("more than 50 militants" 51, "plus d'une trentaine" 31); a count
after "et à" is one of its own; the dead a side mourns or finds, or executes
"sommairement", are counted. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.casualties import find_casualties


def _counts(text: str) -> list[tuple[str, str, str, str]]:
    return [(text[c.start : c.end], c.kind, c.qualifier, c.count) for c in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire de la commune a été assassiné mardi.",
            [("Le maire de la commune", "killed", "exact", "1")],
        ),
        ("Le chauffeur a été blessé.", [("Le chauffeur", "injured", "exact", "1")]),
        ("Ils ont tué le chef de village.", [("le chef de village", "killed", "exact", "1")]),
        ("The driver was killed.", [("The driver", "killed", "exact", "1")]),
        (
            "Gunmen killed the village chief on Monday.",
            [("the village chief", "killed", "exact", "1")],
        ),
    ],
)
def test_one_person_killed_or_wounded_is_one(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    # Before 0.56.0 none of these gave a count.
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text", ["Le chef de village a été enlevé mardi.", "Police arrested the mayor on Monday."]
)
def test_one_person_taken_or_arrested_is_no_count(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army killed more than 50 militants.",
            [("more than 50 militants", "killed", "at-least", "51")],
        ),
        (
            "Plus d'une trentaine de terroristes ont été neutralisés.",
            [("Plus d'une trentaine de terroristes", "killed", "at-least", "31")],
        ),
        (
            "Au moins une dizaine de soldats ont été tués.",
            [("Au moins une dizaine de soldats", "killed", "at-least", "10")],
        ),
        (
            "Au moins 12 soldats ont été tués.",
            [("Au moins 12 soldats", "killed", "at-least", "12")],
        ),
    ],
)
def test_a_bound_on_a_figure(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _counts(text) == expected


def test_a_count_after_et_a_is_its_own() -> None:
    text = "L'attaque a coûté la vie à cinq soldats et à deux civils."
    assert _counts(text) == [
        ("cinq soldats", "killed", "exact", "5"),
        ("deux civils", "killed", "exact", "2"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'armée déplore la perte de quatre soldats.",
            [("quatre soldats", "killed", "exact", "4")],
        ),
        (
            "The bodies of nine herders were found near the village.",
            [("nine herders", "killed", "exact", "9")],
        ),
        (
            "Les corps de sept villageois ont été retrouvés.",
            [("sept villageois", "killed", "exact", "7")],
        ),
        (
            "Les attaquants ont exécuté sommairement neuf hommes.",
            [("neuf hommes", "killed", "exact", "9")],
        ),
    ],
)
def test_the_dead_mourned_found_or_executed(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    # Before 0.56.0 none of these gave a count.
    assert _counts(text) == expected


def test_a_loss_of_time_is_no_toll() -> None:
    assert _counts("La perte de temps a été considérable pour les transporteurs.") == []


def test_the_datelines_year_is_no_count() -> None:
    text = (
        "Dori, 4 décembre 2026 - Des dizaines de civils ont été tués mardi lors d'une attaque "
        "menée par des individus armés."
    )
    # Before 0.56.0 "2026 - Des dizaines de civils" was a count of 2026 that hid the
    # count after the dateline.
    assert _counts(text) == [("Des dizaines de civils", "killed", "vague", "20-99")]
