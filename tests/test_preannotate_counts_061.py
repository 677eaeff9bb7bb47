"""Pre-annotation 0.61.0, how tolls are written and counted in one event.

The fallen "au champ d'honneur" are dead, so "un soldat est tombé au champ d'honneur et
trois autres ont été blessés" is one dead and three wounded, not four wounded. "avait"
ends a counted phrase, so "l'attaque d'un autre bateau avait fait plusieurs dizaines de
morts" counts the tens of dead, not one boat. An age is part of the counted phrase and
never a count ("Un adolescent âgé de 15 ans a été tué" is one dead; "Deux frères âgés
de 12 et 15 ans", "A man aged 60" are no count of 12-15 or 60). "Les corps sans vie de
sept hommes" are seven dead. "a fait", "faisant", "leaving" count the dead only with a
word of the toll or people harmed ("a fait 1 200 déplacés", "leaving 2,000 people
homeless" are no toll). More nouns name civilians ("neuf femmes et un garçon" are ten,
"trois vieillards ... abattus" three dead). The missing of a force ("manquent à
l'appel", "unaccounted for") and the dead feared ("were feared dead") are counted. A
toll told in a clause of an earlier act ("à Solhan, où une attaque avait fait plus de
130 morts en juin 2021", "in 2021 had left") is not today's. Each sentence is written
for the test."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_casualties_060 import _tolls


def _counts(text: str) -> list[tuple[str, str | None]]:
    """The (kind, count) of every casualty count of a sentence, in text order."""
    return [(c.kind, c.count) for c in find_casualties(text)]


def test_fallen_on_the_field_of_honour_then_others_wounded() -> None:
    # Before 0.61.0 one count of four wounded.
    text = (
        "Lors des combats, un caporal est tombé au champ d'honneur et deux autres ont été blessés."
    )
    assert _counts(text) == [("killed", "1"), ("injured", "2")]


def test_fallen_soldiers_on_the_field_of_honour() -> None:
    assert _counts("Quatre gendarmes sont tombés au champ d'honneur.") == [("killed", "4")]


def test_the_pluperfect_ends_the_counted_phrase() -> None:
    # Before 0.61.0 "un autre car avait fait" was a count of one.
    text = "En 2022, l'attaque d'un autre car avait fait plusieurs dizaines de morts."
    assert _counts(text) == [("killed", "20-99")]


def test_the_pluperfect_auxiliary_of_one_person() -> None:
    # Guard: "avait" after a person is the auxiliary, the count stays.
    assert _counts("En mars, un commerçant avait trouvé la mort dans une embuscade.") == [
        ("killed", "1")
    ]


def test_an_age_inside_the_counted_phrase() -> None:
    # Before 0.61.0 no count: the age broke the phrase.
    assert _counts("Un berger âgé de 17 ans a été tué par balle.") == [("killed", "1")]
    assert _counts("Un enseignant de 45 ans a été abattu devant l'école.") == [("killed", "1")]


def test_a_range_of_ages_is_no_count() -> None:
    # Before 0.61.0 "12 et 15 ans" was a toll of 12-15.
    assert _counts("Deux frères âgés de 12 et 15 ans ont été tués.") == [("killed", "2")]


def test_an_english_age_is_no_count() -> None:
    # Before 0.61.0 "60" was the toll.
    assert _counts("A farmer aged 60 was shot dead near the well.") == [("killed", "1")]
    assert _counts("Three children aged 4 to 9 were wounded.") == [("injured", "3")]


def test_lifeless_bodies() -> None:
    # Before 0.61.0 no count.
    assert _counts("Les corps sans vie de six orpailleurs ont été retrouvés.") == [("killed", "6")]


@pytest.mark.parametrize(
    "text",
    [
        "Les violences ont fait 4 500 déplacés dans la commune.",
        "L'attaque a fait deux véhicules endommagés.",
        "Les combats ont fait 2 000 personnes déplacées.",
        "The clashes erupted on Monday, leaving 3,000 people homeless.",
    ],
)
def test_made_no_toll(text: str) -> None:
    # Before 0.61.0 each was a toll of the dead.
    assert _counts(text) == []


def test_made_a_toll() -> None:
    # Guards: the words of a toll after "a fait", "leaving".
    assert _counts("L'explosion a fait trois victimes.") == [("killed", "3")]
    assert _counts(
        "The fighting went on for hours, leaving 14 soldiers and about 20 militants dead."
    ) == [("killed", "14"), ("killed", "20")]


def test_a_woman_and_a_boy_are_one_count_of_civilians() -> None:
    # Before 0.61.0 the boy was left out: eight.
    assert _counts("Les assaillants ont tué sept femmes et un garçon.") == [("killed", "8")]


def test_old_men_shot_dead() -> None:
    # Before 0.61.0 "vieillards" named no people: no count of "abattus".
    text = "Trois vieillards qui avaient refusé de fuir ont été abattus."
    assert _counts(text) == [("killed", "3")]


def test_the_missing_of_a_force() -> None:
    # Before 0.61.0 no count.
    assert _counts("Six militaires manquent à l'appel après l'embuscade.") == [("abducted", "6")]
    assert _counts("Four soldiers remain unaccounted for.") == [("abducted", "4")]


def test_feared_dead() -> None:
    # Before 0.61.0 no count.
    assert _counts("About 25 passengers were feared dead.") == [("killed", "25")]


def test_an_earlier_massacre_where_the_attack_happened(annotator: Preannotator) -> None:
    # Before 0.61.0 the 130 dead of 2021 were the attack's.
    body = (
        "Trois volontaires ont été tués samedi dans une attaque à Solhan, localité où un "
        "carnage avait fait plus de 130 morts en juin 2021."
    )
    tolls = _tolls(annotator, body)
    assert tolls["attaque"] == ["killed 3"]


def test_an_earlier_attack_introduced_by_un(annotator: Preannotator) -> None:
    # Before 0.61.0 the earlier attack was merged into Saturday's, with its toll.
    body = (
        "Deux gendarmes ont été tués samedi dans une attaque à Seytenga, où une embuscade "
        "avait fait plus de 80 morts en 2022."
    )
    tolls = _tolls(annotator, body)
    assert tolls["attaque"] == ["killed 2"]
    assert tolls.get("embuscade") == ["killed 81"]


def test_an_attack_of_a_past_year_keeps_its_toll(annotator: Preannotator) -> None:
    # Guard: the year is the earlier attack's own, its toll stays with it.
    body = (
        "Gunmen set fire to four trucks on Sunday near Ayorou. A similar attack in 2021 "
        "had left 37 people dead in the same area."
    )
    tolls = _tolls(annotator, body, english=True)
    assert tolls.get("attack") == ["killed 37"]


def test_a_count_and_one_more_civilian_in_english() -> None:
    # Before 0.61.0 no count at all: "a" is no number word.
    assert _counts("Four gendarmes and a civilian were killed at the checkpoint.") == [
        ("killed", "4"),
        ("killed", "1"),
    ]


def test_a_count_and_one_more_of_the_same_side_in_english() -> None:
    # Before 0.61.0 no count at all.
    assert _counts("Two herders and a boy were shot dead near the well.") == [("killed", "3")]


def test_a_side_told_after_each_figure() -> None:
    # Before 0.61.0 one count of seven.
    text = "L'accrochage a fait quatre morts côté militaire et neuf côté assaillants."
    assert _counts(text) == [("killed", "4"), ("killed", "9")]
