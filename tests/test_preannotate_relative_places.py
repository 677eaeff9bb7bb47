"""Pre-annotation 0.41.0: places told against another ("près de la frontière", "à
l'entrée du village", "near the border", "the surrounding villages") are LOC mentions
and the place of their own sentence's act when it names no other; an edge of "la
ville" also takes the town the story named; no other sentence borrows them; a border a
site is "situé à" and the outskirts shells were fired "depuis" are not where the act
was. Each sentence is written for the test, in the press's usual turns of phrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate.predict import Preannotator
from sahel_events.preannotate.relplaces import find_relative_places
from tests.test_preannotate_clashsides import _role

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def annotator() -> Preannotator:
    return Preannotator(load_project_codebook(REPO))


@pytest.mark.parametrize(
    ("sentence", "language", "found"),
    [
        (
            "Ils ont été tués près de la frontière nigérienne.",
            "fr",
            ["près de la frontière nigérienne"],
        ),
        ("Des tirs ont visé le long de la frontière hier.", "fr", ["le long de la frontière"]),
        ("Il a été abattu à l'entrée du village.", "fr", ["l'entrée du village"]),
        ("L'armée a ratissé les environs.", "fr", ["les environs"]),
        ("Ils ont fui vers les hameaux voisins.", "fr", ["les hameaux voisins"]),
        ("Two herders were shot near the border on Friday.", "en", ["near the border"]),
        ("Near the border, two herders were shot.", "en", ["Near the border"]),
        ("Les bergers vivent dans la zone frontalière.", "fr", ["la zone frontalière"]),
        ("Clashes broke out on the outskirts of the town.", "en", ["on the outskirts of the town"]),
        # A named town after it keeps its own mention: no phrase is made.
        ("Ils ont été tués aux abords de Mondoro.", "fr", []),
        # A border post is a site, not a relative location.
        ("Gunmen attacked the border post at dawn.", "en", []),
        # Where a site lies, or where something came from, is not where an act was.
        ("Le poste, situé à la frontière avec le Bénin, a été attaqué.", "fr", []),
        ("Des obus tirés depuis les environs de la ville ont frappé le camp.", "fr", []),
    ],
)
def test_relative_places_are_found_by_their_relation(
    sentence: str, language: str, found: list[str]
) -> None:
    assert [p.text for p in find_relative_places(sentence, language)] == found


def test_an_act_near_the_border_is_placed_there(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi le village de Kouri, dans le cercle de Nara.\n"
        "Mardi, trois bergers ont été tués près de la frontière mauritanienne par des "
        "individus non identifiés."
    )
    # Before 0.41.0 the killing took Kouri, the place of the attack told before.
    assert _role(annotator, body, "tués", "location", False) == [
        "près de la frontière mauritanienne"
    ]


def test_a_named_place_of_the_sentence_comes_first(annotator: Preannotator) -> None:
    body = "Two soldiers were killed in Tessit near the border on Friday, the army said."
    assert _role(annotator, body, "killed", "location", True) == ["Tessit"]


def test_the_edge_of_the_town_also_takes_the_town(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué samedi la localité de Tin-Akoff.\n"
        "Dimanche, un commerçant a été tué à l'entrée de la ville par des inconnus."
    )
    assert _role(annotator, body, "tué", "location", False) == [
        "Tin-Akoff",
        "l'entrée de la ville",
    ]


def test_no_later_act_borrows_a_relative_place(annotator: Preannotator) -> None:
    body = (
        "Des soldats ont été pris à partie vendredi près de la frontière burkinabè.\n"
        "Les assaillants ont ensuite incendié deux camions."
    )
    assert _role(annotator, body, "pris à partie", "location", False) == [
        "près de la frontière burkinabè"
    ]
    assert "près de la frontière burkinabè" not in _role(
        annotator, body, "incendié", "location", False
    )
