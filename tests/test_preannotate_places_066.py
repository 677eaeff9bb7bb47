"""Pre-annotation 0.66.0, the place of an attack's sequels and of the reactions to it.

An act the attack's account goes on with ("les assaillants ont incendié des greniers")
happened in the village attacked, not in the commune the lead names around it ("Le
village de X, dans la commune de Y"), nor in the town the wounded were taken to
("évacués vers l'hôpital de Dori"). A part of the country heading a roundup's item
("Dans le nord du pays, ...") is no place for an accusation or a release. A reaction
told with a visit of its author ("Le gouverneur, qui s'est rendu à X, a présenté les
condoléances") is placed where he went. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_event_places_060 import _arguments

# The village attacked, not the unit around it.


def test_a_burning_after_the_attack_of_a_village_in_a_commune(annotator: Preannotator) -> None:
    body = (
        "Le village de Sirakoro, dans la commune de Dougabougou, a été attaqué lundi par "
        "des hommes armés. Selon des habitants, les assaillants ont tiré sur la foule "
        "avant d'incendier des greniers."
    )
    # Before 0.66.0 the commune, the only place of the lead after a locative.
    assert _arguments(annotator, body, "incendier", "location") == ["Sirakoro"]


def test_a_camp_in_a_commune(annotator: Preannotator) -> None:
    body = (
        "Le campement de Wuro Bodi, dans la commune de Dialloubé, a été attaqué dans la "
        "nuit de samedi par des hommes armés. Selon des témoins, les assaillants ont "
        "incendié des cases avant de repartir."
    )
    assert _arguments(annotator, body, "incendié", "location") == ["Wuro Bodi"]


def test_a_village_situe_dans_a_commune(annotator: Preannotator) -> None:
    body = (
        "Le village de Kéra, situé dans la commune de Sio, a été attaqué mardi par des "
        "hommes armés. Selon un notable, les assaillants ont pillé des boutiques."
    )
    assert _arguments(annotator, body, "pillé", "location") == ["Kéra"]


def test_a_town_attacked_in_a_cercle_keeps_the_town(annotator: Preannotator) -> None:
    body = (
        "Des jihadistes ont attaqué jeudi la ville de Diabaly, dans le cercle de Niono. "
        "Ils ont ensuite incendié des véhicules."
    )
    # Guard: the town was already the place; the cercle never is.
    assert _arguments(annotator, body, "incendié", "location") == ["Diabaly"]


# Where the wounded were taken.


def test_a_looting_after_the_wounded_were_evacuated(annotator: Preannotator) -> None:
    body = (
        "Six civils ont été tués lundi dans l'attaque de la localité de Falwel par des "
        "hommes armés. Quatre blessés ont été évacués vers l'hôpital régional de Dori.\n"
        "Les assaillants ont aussi emporté le bétail du village, selon un élu."
    )
    # Before 0.66.0 "du village" pointed back to the latest place told: the hospital's.
    assert _arguments(annotator, body, "emporté", "location") == ["Falwel"]


# A part of the country heading an item.


def test_an_accusation_headed_by_the_north_of_the_country(annotator: Preannotator) -> None:
    body = (
        "L'armée a annoncé mardi avoir neutralisé des terroristes près de Gossi.\n"
        "Dans le nord du pays, un groupe rebelle a accusé mercredi l'armée d'avoir visé "
        "des civils."
    )
    assert _arguments(annotator, body, "accusé", "location") == []


def test_a_release_headed_by_the_north_of_the_country(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi un poste de douane à Gaya.\n"
        "Dans le nord du pays, trois otages enlevés en octobre ont été libérés jeudi, "
        "selon une source sécuritaire."
    )
    assert _arguments(annotator, body, "libérés", "location") == []


# A reaction told with a visit of its author.


def test_condolences_of_a_governor_who_went_to_the_town(annotator: Preannotator) -> None:
    body = (
        "Au moins cinq civils ont été tués samedi dans l'attaque de la localité de "
        "Bourzanga.\nLe gouverneur de la région, qui s'est rendu lundi à Bourzanga, a "
        "présenté les condoléances du gouvernement aux familles."
    )
    # Before 0.66.0 the town was read as the visit's only.
    assert _arguments(annotator, body, "présenté les condoléances", "location") == ["Bourzanga"]


def test_a_call_of_a_prefect_who_led_a_mission(annotator: Preannotator) -> None:
    body = (
        "Le préfet de Téra, qui a conduit mardi une mission à Gothèye, a appelé les "
        "habitants à collaborer avec les forces de défense."
    )
    # Before 0.66.0 "conduit ... à" read as where someone was taken.
    assert _arguments(annotator, body, "appelé", "location") == ["Gothèye"]


def test_a_detention_told_where_prisoners_were_taken_is_no_arrest_place(
    annotator: Preannotator,
) -> None:
    body = (
        "Deux commerçants ont été interpellés lundi au marché de Kati par la police et "
        "transférés à Bamako, où ils sont gardés à vue."
    )
    # Guard: "où" after the town places no act told before it.
    assert "Bamako" not in _arguments(annotator, body, "interpellés", "location")


def test_a_burnt_town_hall_keeps_its_town(annotator: Preannotator) -> None:
    body = "Des hommes armés ont incendié lundi la mairie de Kiembara, selon des habitants."
    # Guard: a town hall named as what was burnt is no body acting.
    assert _arguments(annotator, body, "incendié", "location") == ["Kiembara"]


# A local body named by its place, deciding a closure or a reopening.


def test_a_health_zone_reopening_a_health_centre(annotator: Preannotator) -> None:
    body = (
        "Le 30 novembre, la zone sanitaire Kouandé-Péhunco-Kérou a rouvert le centre de "
        "santé de Guilmaro, dans la commune de Kouandé, fermé depuis juin."
    )
    # Before 0.66.0 the zone's name, which says which body decided.
    places = _arguments(annotator, body, "rouvert", "location")
    assert "Kouandé-Péhunco-Kérou" not in places
    assert any("Guilmaro" in p for p in places), places


def test_a_town_hall_ordering_schools_closed(annotator: Preannotator) -> None:
    body = (
        "Le 25 novembre, la mairie de Kérou a ordonné la fermeture jusqu'à nouvel ordre "
        "de sept écoles de l'arrondissement de Brignamaro."
    )
    places = _arguments(annotator, body, "fermeture", "location")
    assert "Kérou" not in places
    assert places, places


def test_a_health_district_reopening_a_dispensary(annotator: Preannotator) -> None:
    body = (
        "Le même jour, le district sanitaire de Kpendjal a rouvert le dispensaire, lui "
        "aussi à l'arrêt depuis juin."
    )
    assert _arguments(annotator, body, "rouvert", "location") == ["le dispensaire"]
