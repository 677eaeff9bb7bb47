"""Pre-annotation 0.41.0: places told against another ("près de la frontière", "à
l'entrée du village", "near the border", "the surrounding villages") are LOC mentions
and the place of their own sentence's act when it names no other; an edge of "la
ville" also takes the town the story named; no other sentence borrows them; a border a
site is "situé à" and the outskirts shells were fired "depuis" are not where the act
was. Since 0.42.0 also near or around a place named by its kind, a distance from
it, a part of the country, and a site of the sentence beside such a place. Each sentence
is written for the test, in the press's usual turns of phrase."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.predict import Preannotator
from sahel_events.preannotate.relplaces import find_relative_places
from tests.test_preannotate_clashsides import _role


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
        # Since 0.42.0: near or around a place named by its kind, a distance from it, a
        # part of the country.
        ("Deux bergers ont été tués près du village.", "fr", ["près du village"]),
        ("Ils ont ratissé autour du lac.", "fr", ["autour du lac"]),
        (
            "Il a sauté à une dizaine de kilomètres du site.",
            "fr",
            ["à une dizaine de kilomètres du site"],
        ),
        ("Il a été relâché à quelques kilomètres de là.", "fr", ["à quelques kilomètres de là"]),
        ("Les combats ont repris dans le nord du pays.", "fr", ["dans le nord du pays"]),
        ("Two men were executed near the town.", "en", ["near the town"]),
        ("a camp about 30 km north of the town", "en", ["about 30 km north of the town"]),
        ("attacks in the north of the country", "en", ["in the north of the country"]),
        # A named town after it keeps its own mention: no phrase is made.
        ("Ils ont été tués aux abords de Mondoro.", "fr", []),
        ("Ils ont été tués à 30 km au nord de Djibo.", "fr", []),
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


def test_a_site_of_the_sentence_stands_beside_a_part_of_the_country(
    annotator: Preannotator,
) -> None:
    body = "Gunmen attacked an army post in the north of the country on Sunday, the army said."
    assert _role(annotator, body, "attacked", "location", True) == [
        "an army post",
        "in the north of the country",
    ]


def test_a_release_a_few_kilometres_away_is_placed_there(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont enlevé mardi le chef du village de Kouakourou.\n"
        "L'otage a été relâché jeudi à quelques kilomètres de là, selon un proche."
    )
    assert _role(annotator, body, "relâché", "location", False) == ["à quelques kilomètres de là"]
