"""Pre-annotation 0.58.0, the event's place (second round): a place told between a verb
that speaks of an act ("a condamné", "a dénoncé") and the act's noun is where the words
were said, not where the act happened; a flight is placed where people fled from: the
place of its cause told in its sentence ("ont fui vers X après des affrontements à Y"),
the town its sentence points back to ("ont quitté le village"), the town in the phrase
of those who fled ("des familles de X"), never where they went; a town's numbered
sector ("le secteur 5 de Kaya") names its town; "à hauteur de X" is a locative; "cette
commune" opening a paragraph points back to the commune an office was named by ("le
maire de la commune de X"). Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role


def test_the_place_of_a_condemnation_is_not_the_attack_s(annotator: Preannotator) -> None:
    body = (
        "Le gouverneur de la région du Nord a condamné jeudi à Ouahigouya l'attaque qui "
        "a fait cinq morts parmi les volontaires à Titao mardi."
    )
    # Before 0.58.0 the attack was placed at Ouahigouya, where the governor spoke.
    assert _role(annotator, body, "attaque", "location", False) == ["Titao"]
    assert _role(annotator, body, "condamné", "location", False) == ["Ouahigouya"]
    # Fighting an act off happens where the act did: not a place of words.
    body = "L'armée a repoussé samedi à Boulkessi une attaque de grande envergure."
    assert _role(annotator, body, "attaque", "location", False) == ["Boulkessi"]


def test_a_flight_takes_the_place_of_its_cause(annotator: Preannotator) -> None:
    body = (
        "Plus de deux cents familles ont fui vers Douentza après des combats à Boni "
        "entre l'armée et des hommes armés."
    )
    # Before 0.58.0 the flight had no place.
    assert _role(annotator, body, "fui", "location", False) == ["Boni"]


def test_a_flight_from_the_village_is_where_the_story_is(annotator: Preannotator) -> None:
    body = (
        "Des affrontements entre agriculteurs et éleveurs ont fait neuf morts samedi à "
        "Mangalmé, dans la province du Guéra.\n"
        "Selon le préfet, les heurts sont nés d'un litige sur un champ. Environ 500 "
        "personnes ont quitté le village pour se réfugier à Mongo."
    )
    # Before 0.58.0 the flight had no place: a displacement was never carried.
    # Since 0.59.0 "le village" of the flight's own sentence, with Mangalmé's id.
    assert _role(annotator, body, "quitté", "location", False) == ["le village"]


def test_a_flight_is_not_placed_where_people_settled(annotator: Preannotator) -> None:
    # Before 0.58.0 "pour s'installer à Torodi" placed the flight at Torodi; since, the
    # flight is not carried there from the blast's sentence either.
    body = (
        "Un engin explosif a touché mardi un véhicule de l'armée près de Torodi.\n"
        "Depuis, quelque 800 habitants ont quitté des hameaux de brousse pour "
        "s'installer à Torodi, selon une ONG."
    )
    assert _role(annotator, body, "quitté", "location", False) == []


def test_the_town_of_those_who_fled_is_where_they_fled_from(annotator: Preannotator) -> None:
    body = (
        "Faute de sécurité, des centaines de familles de Boni ont fui vers Douentza, "
        "selon la mairie."
    )
    # Before 0.58.0 "des familles de Boni" held the town as a person's: no place.
    assert _role(annotator, body, "fui", "location", False) == ["Boni"]


def test_a_town_s_numbered_sector_names_its_town(annotator: Preannotator) -> None:
    body = "Des hommes armés ont incendié lundi le dispensaire du secteur n°2 de Kaya."
    # Before 0.58.0 the town after a sector's number was no place at all.
    assert "Kaya" in _role(annotator, body, "incendié", "location", False)


def test_a_point_on_a_river_between_two_towns_is_the_place(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué mercredi une pirogue à hauteur de Bamba, sur le "
        "fleuve, entre Gao et Bourem."
    )
    # Before 0.58.0 "à hauteur de" was no locative: the two towns that bound the
    # stretch were taken for the place.
    assert _role(annotator, body, "attaqué", "location", False) == ["Bamba"]


def test_this_commune_points_back_to_the_mayor_s_commune(annotator: Preannotator) -> None:
    body = (
        "Le maire de la commune de Dioura a été enlevé samedi par des inconnus.\n"
        "Dans cette commune, trois bergers avaient été tués en début de semaine."
    )
    # Before 0.58.0 the killing had no place: the commune was held by the mayor's office
    # and no event before had a place to carry.
    assert _role(annotator, body, "tués", "location", False) == ["Dioura"]
