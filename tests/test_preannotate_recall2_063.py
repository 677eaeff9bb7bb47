"""Pre-annotation 0.63.0, events found or wrongly suggested (second round): a vehicle
that hits, rolls over or falls on a mine or an explosive device is an attack with
explosives (ASSAULT explosives), in French and English; a convoy, a bus or traders
"travelling to" or "se rendant à" a town make no visit (CONSULT visit); the security
forces intercepting fuel, weapons or drugs take them (COERCE seize), while armed men
stopping a bus or jihadists stopping tankers stay an attack; a sanction named only as
what a protest or a criticism is against ("contre les sanctions de la CEDEAO") is no
SANCTION of its own. Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_events_061 import event_labels, events_in_order


def _modes(annotator: Preannotator, body: str, name: str, english: bool = False) -> list[str]:
    """The choices of the mode attribute ``name`` over the suggested events."""
    doc: dict[str, Any] = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    return [c for item in result if item.get("from_name") == name for c in item["value"]["choices"]]


# --------------------------------------------------------------------------- mine blasts


def test_a_vehicle_hitting_an_explosive_device_is_a_blast(annotator: Preannotator) -> None:
    body = (
        "Four soldiers were killed on Monday when their vehicle hit an explosive device "
        "near Tillabéri, the defence ministry said."
    )
    # Before 0.63.0 only "killed" was found, without the mode: "explosive device" after
    # "hit" was no phrase of the lexicon.
    assert events_in_order(annotator, body, english=True) == [
        ("hit an explosive device", "ASSAULT")
    ]
    assert _modes(annotator, body, "mode_assault", english=True) == ["explosives"]


def test_a_roadside_bomb_struck_by_a_truck_is_a_blast(annotator: Preannotator) -> None:
    body = "A fuel truck struck a roadside bomb near Ansongo on Friday, wounding its driver."
    assert "explosives" in _modes(annotator, body, "mode_assault", english=True)


def test_a_bus_rolling_over_an_explosive_device_is_a_blast(annotator: Preannotator) -> None:
    body = (
        "Au moins six civils ont péri samedi quand le bus qui les transportait a roulé "
        "sur un engin explosif près de Niono."
    )
    assert ("roulé sur un engin explosif", "ASSAULT") in events_in_order(annotator, body)


def test_a_patrol_falling_on_an_explosive_device_is_a_blast(annotator: Preannotator) -> None:
    body = "Une patrouille de l'armée est tombée mardi sur un engin explosif près de Téra."
    # A guard: "engin explosif" alone already made the blast.
    assert event_labels(annotator, body) == ["ASSAULT"]
    assert _modes(annotator, body, "mode_assault") == ["explosives"]


def test_explosive_devices_used_in_an_attack_make_no_second_event(
    annotator: Preannotator,
) -> None:
    body = (
        "Gunmen attacked an army post near Banibangou on Tuesday. The attackers also "
        "used explosive devices, the army said."
    )
    # A guard: the devices are the attack's means, no blast of their own.
    assert event_labels(annotator, body, english=True) == ["ASSAULT"]


# --------------------------------------------------------------------------- journeys


def test_a_convoy_travelling_to_a_town_makes_no_visit(annotator: Preannotator) -> None:
    body = (
        "A roadside bomb exploded as a supply convoy travelling to Kidal passed near "
        "Tessalit on Tuesday, killing two drivers."
    )
    # Before 0.63.0 "travelling to" was also a CONSULT visit.
    assert "CONSULT" not in event_labels(annotator, body, english=True)


def test_a_convoy_se_rendant_a_kidal_makes_no_visit(annotator: Preannotator) -> None:
    body = (
        "Un convoi logistique de l'armée se rendant à Kidal a été attaqué mercredi près "
        "d'Anéfis par des hommes armés."
    )
    assert event_labels(annotator, body) == ["ASSAULT"]


def test_a_minister_going_to_a_town_still_visits(annotator: Preannotator) -> None:
    body = "Le ministre de la Défense s'est rendu jeudi à Gao pour rencontrer les militaires."
    # A guard: the visit of an official stays.
    assert "CONSULT" in event_labels(annotator, body)


# --------------------------------------------------------------------------- interceptions


def test_the_army_intercepting_a_fuel_convoy_seizes_it(annotator: Preannotator) -> None:
    body = (
        "L'armée malienne a intercepté dimanche un convoi de carburant destiné aux "
        "jihadistes près de Douentza, a indiqué l'état-major."
    )
    # Before 0.63.0 an ASSAULT: the interception of goods by the forces takes them.
    assert events_in_order(annotator, body) == [("intercepté", "COERCE")]
    assert _modes(annotator, body, "mode_coerce") == ["seize"]


def test_troops_intercepting_a_weapons_shipment_seize_it(annotator: Preannotator) -> None:
    body = (
        "Nigerien troops intercepted a shipment of weapons bound for armed groups near "
        "Agadez on Friday, the army said."
    )
    assert events_in_order(annotator, body, english=True) == [("intercepted", "COERCE")]


def test_trucks_of_ammunition_intercepted_by_a_patrol_are_seized(
    annotator: Preannotator,
) -> None:
    body = (
        "Deux camions chargés de munitions ont été interceptés jeudi près de Tahoua par "
        "une patrouille de la garde nationale."
    )
    assert ("interceptés", "COERCE") in events_in_order(annotator, body)


def test_police_intercepting_drugs_and_arresting_the_driver(annotator: Preannotator) -> None:
    body = (
        "Police intercepted a truck carrying two tonnes of cannabis on the road to "
        "Bourem on Saturday and arrested its driver."
    )
    # Before 0.63.0 the interception was dropped as the arrest's entry: the goods are
    # taken, the driver arrested, two acts.
    assert sorted(_modes(annotator, body, "mode_coerce", english=True)) == ["arrest", "seize"]


def test_jihadists_intercepting_tankers_stay_an_attack(annotator: Preannotator) -> None:
    body = (
        "Jihadists intercepted three fuel tankers bound for the army on the Kayes road "
        "on Monday, drivers said."
    )
    # A guard: the army is where the fuel went, not who stopped it.
    assert events_in_order(annotator, body, english=True)[0] == ("intercepted", "ASSAULT")


def test_armed_men_intercepting_a_bus_stay_an_attack(annotator: Preannotator) -> None:
    body = (
        "Un bus a été intercepté mercredi par des hommes armés près de Bandiagara, "
        "selon la gendarmerie."
    )
    # A guard.
    assert events_in_order(annotator, body) == [("intercepté", "ASSAULT")]


# --------------------------------------------------------------------------- sanctions


def test_a_march_against_sanctions_is_no_sanction(annotator: Preannotator) -> None:
    body = (
        "Des milliers de personnes ont manifesté vendredi à Bamako contre les sanctions "
        "de la CEDEAO."
    )
    # Before 0.63.0 also a SANCTION, for the protest's object.
    assert event_labels(annotator, body) == ["PROTEST"]


def test_a_protest_against_ecowas_sanctions_is_no_sanction(annotator: Preannotator) -> None:
    body = (
        "Thousands of people rallied in Niamey on Sunday in a protest against ECOWAS "
        "sanctions, organisers said."
    )
    assert "SANCTION" not in event_labels(annotator, body, english=True)


def test_sanctions_and_embargo_denounced_are_no_sanction(annotator: Preannotator) -> None:
    body = (
        "Des jeunes ont tenu un sit-in devant l'ambassade pour dénoncer les sanctions "
        "économiques et l'embargo."
    )
    assert "SANCTION" not in event_labels(annotator, body)


def test_sanctions_adopted_against_officials_stay(annotator: Preannotator) -> None:
    body = (
        "L'Union européenne a adopté lundi des sanctions contre cinq membres de la junte malienne."
    )
    # A guard: "contre" after the sanction names its target.
    assert "SANCTION" in event_labels(annotator, body)


def test_sanctions_named_as_the_cause_of_hardship_are_no_sanction(
    annotator: Preannotator,
) -> None:
    body = (
        "Les prix des denrées ont flambé depuis le début de l'embargo, selon des "
        "commerçants. Les effets des sanctions se font sentir partout."
    )
    # Before 0.63.0 two SANCTION events, for sanctions only named as a cause.
    assert "SANCTION" not in event_labels(annotator, body)


def test_shortages_because_of_sanctions_are_no_sanction(annotator: Preannotator) -> None:
    body = "Hospitals in Niamey are short of medicines because of the sanctions, doctors said."
    assert "SANCTION" not in event_labels(annotator, body, english=True)


def test_new_sanctions_decided_stay(annotator: Preannotator) -> None:
    body = (
        "Les chefs d'État de la CEDEAO ont décidé jeudi d'imposer de nouvelles sanctions au Niger."
    )
    # A guard.
    assert "SANCTION" in event_labels(annotator, body)


def test_a_truck_blown_up_by_a_mine_is_a_blast(annotator: Preannotator) -> None:
    body = (
        "A truck carrying traders was blown up by a mine on Tuesday on the Dori road, "
        "killing five people."
    )
    # Before 0.63.0 only "killing", without the mode.
    assert "explosives" in _modes(annotator, body, "mode_assault", english=True)


def test_a_vehicle_victim_of_a_mine_is_a_blast(annotator: Preannotator) -> None:
    body = "Un véhicule de l'armée a été victime d'une mine mercredi près de Tarkint."
    # Before 0.63.0 no event: "mine" alone is no trigger (a gold mine).
    assert event_labels(annotator, body) == ["ASSAULT"]


def test_marching_against_an_embargo_is_a_protest(annotator: Preannotator) -> None:
    body = (
        "Plusieurs milliers de Maliens ont défilé samedi pour s'opposer à l'embargo de la CEDEAO."
    )
    # Before 0.63.0 a SANCTION and no protest.
    assert event_labels(annotator, body) == ["PROTEST"]


def test_a_parade_is_no_protest(annotator: Preannotator) -> None:
    body = (
        "Les unités de l'armée ont défilé mercredi devant le chef de l'État à l'occasion "
        "de la fête de l'indépendance."
    )
    # A guard.
    assert "PROTEST" not in event_labels(annotator, body)


def test_hardship_blamed_on_sanctions_is_no_sanction(annotator: Preannotator) -> None:
    body = (
        "Des associations ont appelé à manifester vendredi contre la vie chère, qu'elles "
        "attribuent aux sanctions de la CEDEAO."
    )
    assert "SANCTION" not in event_labels(annotator, body)


def test_sanctions_taken_against_a_capital_stay(annotator: Preannotator) -> None:
    body = "La CEDEAO a pris dimanche contre Bamako de lourdes sanctions économiques."
    # A guard: "contre" names the target of sanctions imposed, no protest's object.
    assert "SANCTION" in event_labels(annotator, body)
