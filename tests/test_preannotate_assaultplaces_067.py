"""Pre-annotation 0.67.0, where violent acts happened: the place told against a town.

Three ways the press tells where an attack struck that earlier rules read wrongly: a
place named and then found by its bearing from a better-known town ("dans les environs
de Sokolo, à l'ouest de Niono", "near Tinkare, north of Gao") or as that town's port
("près de Kabara, le port de Tombouctou"), where the town only finds the place; the
route of goods a convoy carried ("carrying cement from the port of Cotonou to Niamey"),
which is no place of the act; and a lead's act placed nowhere whose next sentence tells
it again at a distance from a town ("were attacked in the evening about 20 km west of
Dosso"); and the toll a raid's next sentence tells with no place nor day of its own
("Un berger aurait été tué et deux habitants blessés"), which is where the raid was.
Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_places2_066 import _places

# A place found by its bearing from a town, or as the town's port.


def test_a_strike_near_a_village_east_of_a_town_is_at_the_village(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Frappe aérienne",
        "L'armée a annoncé avoir neutralisé vendredi plusieurs terroristes lors d'une "
        "frappe aérienne dans les environs de Sokolo, à l'ouest de Niono.",
        town="Bamako",
    )
    assert _places(annotator, doc, "frappe aérienne") == ["Sokolo"]


def test_an_attack_on_a_market_east_of_a_town_is_not_at_the_town(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Un marché attaqué",
        "Des hommes armés ont attaqué jeudi le marché de Kalsaka, à l'est de Ouahigouya, "
        "blessant quatre commerçants.",
        town="Ouagadougou",
    )
    places = _places(annotator, doc, "attaqué")
    assert "Ouahigouya" not in places, places
    assert any("Kalsaka" in p for p in places), places


def test_an_english_strike_near_a_place_north_of_a_town(annotator: Preannotator) -> None:
    doc = english_document(
        "The army said its drones struck a group of fighters on Sunday near Tinkare, "
        "north of Gao, killing several of them."
    )
    places = [p for t in ("struck", "drones struck") for p in _places(annotator, doc, t)]
    assert places == ["Tinkare"], places


def test_an_english_killing_in_a_village_east_of_a_town(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen killed five villagers on Tuesday in Sakoira, east of Tillaberi, a local "
        "official said."
    )
    assert _places(annotator, doc, "killed") == ["Sakoira"]


def test_a_boat_attacked_near_a_towns_port_is_at_the_port(annotator: Preannotator) -> None:
    doc = titled_document(
        "Une pirogue attaquée",
        "Une pirogue a été attaquée lundi sur le fleuve près de Kabara, le port de "
        "Tombouctou, faisant deux morts parmi les passagers.",
        town="Gao",
    )
    places = _places(annotator, doc, "attaquée")
    assert "Kabara" in places and "Tombouctou" not in places, places


# The route of goods carried is no place of the act.


def test_a_french_convoy_carrying_food_from_one_town_to_another(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Embuscade contre un convoi",
        "Des hommes armés ont tendu mercredi une embuscade à un convoi de camions qui "
        "acheminaient des vivres de Niamey à Gaya, tuant deux chauffeurs près de Bengou.",
        town="Niamey",
    )
    places = _places(annotator, doc, "embuscade")
    assert "Niamey" not in places and "Bengou" in places, places


def test_english_lorries_carrying_cement_from_a_port(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen set fire to six lorries on Monday, a local official said. The lorries, "
        "which were carrying cement from the port of Cotonou to Niamey, were attacked in "
        "the evening about 20 km west of Dosso, the official added."
    )
    assert _places(annotator, doc, "attacked") == ["Dosso"]


# The lead's act placed nowhere takes the distance its next sentence tells it at.


def test_an_english_lead_takes_the_distance_told_next(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen abducted four truck drivers on Wednesday, police said. The trucks, which "
        "were transporting grain from the port of Lagos to Kano, were ambushed about 40 "
        "km south of Kano, a police spokesman said."
    )
    assert _places(annotator, doc, "abducted") == ["Kano"]


def test_an_english_lead_fire_takes_the_distance_told_next(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen set fire to six lorries on Monday, a local official said. The lorries, "
        "which were carrying cement from the port of Cotonou to Niamey, were attacked in "
        "the evening about 20 km west of Dosso, the official added."
    )
    assert _places(annotator, doc, "set fire") == ["Dosso"]


# Guards: a trip's end is not the act's place; another day is another act.


def test_a_bus_bound_for_a_town_keeps_the_ambush_place(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un car attaqué",
        "Des hommes armés ont attaqué lundi à Boni un car qui transportait des passagers "
        "de Gao à Mopti.",
        town="Mopti",
    )
    assert _places(annotator, doc, "attaqué") == ["Boni"]


def test_a_next_sentence_with_a_day_of_its_own_keeps_its_distance(
    annotator: Preannotator,
) -> None:
    doc = english_document(
        "Gunmen abducted four truck drivers on Wednesday, police said. On Friday, trucks "
        "were ambushed about 40 km south of Kano, a police spokesman said."
    )
    assert "Kano" not in _places(annotator, doc, "abducted")


def test_a_village_south_of_a_town_in_french_is_kept(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque contre des volontaires",
        "Des individus armés ont attaqué lundi un poste de VDP dans les environs de "
        "Korsimoro, au sud de Kaya, tuant trois volontaires.",
        town="Ouagadougou",
    )
    places = _places(annotator, doc, "attaqué")
    assert "Kaya" not in places and any("Korsimoro" in p for p in places), places


# The toll told in the sentence after the raid's, with no place nor day of its own.


def test_a_toll_told_after_a_raid_is_at_the_raids_village(annotator: Preannotator) -> None:
    doc = titled_document(
        "Violences dans le cercle de Bankass",
        "Le gouverneur de la région a condamné mardi les violences qui ont touché le "
        "cercle de Bankass.\nDes hommes armés ont incendié des greniers dans la nuit de "
        "lundi à mardi à Sindégué, selon des sources locales. Un éleveur aurait été tué "
        "et trois habitants blessés.",
        town="Mopti",
    )
    assert _places(annotator, doc, "tué") == ["Sindégué"]


def test_an_english_toll_after_a_raid_is_at_the_raids_village(
    annotator: Preannotator,
) -> None:
    doc = english_document(
        "The governor condemned on Tuesday the violence in the Tera department.\nGunmen "
        "set fire to granaries in the village of Kokoloko on Monday night, residents "
        "said. Two farmers were shot dead and a herder was wounded."
    )
    assert _places(annotator, doc, "shot dead") == ["Kokoloko"]


def test_a_toll_after_a_raid_with_another_episode_takes_no_place(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Incursion à Sindégué",
        "Le gouverneur a condamné mardi les violences du cercle.\nDes hommes armés ont "
        "incendié des greniers lundi à Sindégué, selon des sources locales. Dans une "
        "autre attaque, un éleveur aurait été tué.",
        town="Mopti",
    )
    assert "Sindégué" not in _places(annotator, doc, "tué")
