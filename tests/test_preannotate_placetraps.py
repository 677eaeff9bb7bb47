"""Places beside an event that are not its place, and places told in its circumstance
(round 8, s18p8; ``preannotate/arguments.py``, ``eventplace.py``, ``placing.py``): the
town of the sources an article learnt from, where a convoy set off from or was heading
to (and the unit given with that destination), the reference town of a village situated
"à 30 km de" it, a place in the circumstance of another act ("alors qu'ils ..."), a
present participle that shares its act's place, a country after a compass direction."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_eventplace import _english, places
from tests.test_preannotate_events import predict


def test_the_town_of_the_sources_learnt_from_is_not_the_place(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Trois commerçants ont été enlevés mardi par des hommes armés, a-t-on appris "
        "mercredi de sources locales à Kaya.",
    )
    assert got["enlevés"] == []


def test_a_place_in_the_circumstance_of_a_capture_is_not_the_release_place(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Six bûcherons enlevés la semaine dernière alors qu'ils coupaient du bois près de "
        "Déou ont été libérés lundi, selon des sources locales.",
    )
    assert got["enlevés"] == ["Déou"]  # "alors qu'ils ...": the capture's circumstance
    assert got["libérés"] == []


def test_a_site_being_headed_for_is_not_the_place(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Trois orpailleurs qui regagnaient le site d'orpaillage de Kalsaka ont été tués "
        "lundi par des hommes armés, selon une source locale.",
    )
    assert got["tués"] == []


def test_the_unit_of_a_destination_is_not_the_place_either(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Deux chauffeurs ont été tués lundi quand leur camion a sauté sur un engin explosif "
        "alors qu'il regagnait la mine d'or de Karma, dans la province du Yatenga, selon "
        "leur employeur.",
    )
    assert all(not found for found in got.values())


def test_english_the_town_a_bus_had_left_is_not_the_place(annotator: Preannotator) -> None:
    got = _english(
        annotator,
        "The bus, which had left Kaya on Saturday, was attacked on Sunday by gunmen, a "
        "passenger said.",
    )
    assert all("Kaya" not in found for found in got["located"].values())


def test_a_village_situated_from_a_town_is_finer_than_the_town(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Des hommes armés ont tué dimanche quatre habitants de Kiri, un village situé à une "
        "trentaine de kilomètres de Djibo, selon un élu.",
    )
    assert got["tué"] == ["Kiri"]


def test_a_present_participle_shares_the_place_of_its_act(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Des combattants ont attaqué dimanche le marché de Tin-Akoff, dans la province de "
        "l'Oudalan, emportant des vivres et des motos, a-t-on appris de sources locales.",
    )
    # The parse hangs "emportant" on the province: the comma and the form decide.
    assert got["emportant"] == got["attaqué"] == ["Tin-Akoff"]


def test_english_a_country_after_a_compass_direction_is_the_place(
    annotator: Preannotator,
) -> None:
    got = _english(
        annotator, "Gunmen ambushed a convoy in northern Burkina Faso on Sunday, an official said."
    )
    # Since 0.64.0 the part of the country is the place's span, as the corpus marks it.
    assert got["located"]["ambushed"] == ["northern Burkina Faso"]


def test_the_village_of_the_title_alone_is_the_place_the_body_names_by_kind(
    annotator: Preannotator,
) -> None:
    got = predict(
        annotator,
        "Burkina : trois morts dans une attaque contre Kiri",
        "Des hommes armés ont attaqué le village dimanche soir, tuant trois habitants, "
        "selon un élu local.",
    )
    assert got["events"]["attaqué"]["args"]["location"] == ["le village"]
    assert "le village" in got["entities"]


def test_once_a_town_is_named_the_village_points_back_and_is_no_mention(
    annotator: Preannotator,
) -> None:
    got = predict(
        annotator,
        "Attaque à Kiri",
        "Des hommes armés ont attaqué Kiri dimanche. Le village avait été attaqué en mai.",
    )
    assert "Le village" not in got["entities"]


def test_english_the_village_with_no_town_before_is_the_place(annotator: Preannotator) -> None:
    got = _english(
        annotator,
        "Gunmen attacked the village on Sunday night, killing three people, a local official said.",
    )
    assert got["located"]["attacked"] == ["the village"]


def test_troops_sent_towards_the_zone_take_no_town(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Des hommes armés ont tué quatre soldats lundi à Ouallam, selon l'armée.\nDes renforts "
        "ont été déployés vers la zone mardi, a ajouté l'armée.",
    )
    assert got["tué"] == ["Ouallam"]
    assert got["renforts"] == []  # the zone may be wider than Ouallam (as "dans la zone")


def test_between_two_towns_after_the_attackers_is_where_not_who(
    annotator: Preannotator,
) -> None:
    got = predict(
        annotator,
        "Titre",
        "Lundi, un convoi de camions a été attaqué par des jihadistes entre Kolokani et "
        "Didiéni, faisant deux morts, selon une source sécuritaire.",
    )
    attack = got["events"]["attaqué"]["args"]
    assert attack["actor"] == ["des jihadistes"]
    assert attack["location"] == ["Kolokani", "Didiéni"]


def test_where_the_attackers_fled_is_the_place_of_the_strike_told_with_ou(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Le poste de Boulkessi a été attaqué lundi. Les assaillants se sont ensuite repliés "
        "vers la forêt de Dofa, où l'aviation les a frappés mardi.",
    )
    # Since 0.13.0 the attackers' falling back is no event (the end of the attack, as
    # the corpus codes it); where they went is still the strike's place.
    assert "repliés" not in got
    assert got["frappés"] == ["forêt de Dofa"]


def test_a_zone_named_by_its_locality_is_finer_than_the_province(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Des hommes armés ont tué quatre personnes lundi dans la zone de Koutougou, dans la "
        "province du Soum.",
    )
    assert got["tué"] == ["Koutougou"]
