"""Which place is an event's location: the finest the article gives, in the event's own
clause, never one that qualifies a speaker (pre-annotation 0.6.0)."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import predict, titled_document


def locations(annotator: Preannotator, body: str, label: str = "ASSAULT") -> list[list[str]]:
    got = predict(annotator, "Titre", body)
    return [e["args"].get("location", []) for e in got["events"].values() if e["label"] == label]


def test_a_village_is_finer_than_its_commune_and_province(annotator: Preannotator) -> None:
    body = (
        "Au moins dix civils ont été tués vendredi dans l'attaque du village de Kiéma, "
        "dans la commune de Pensa (province du Sanmatenga), selon des sources locales."
    )
    assert locations(annotator, body) == [["Kiéma"]]


def test_a_village_named_with_whose_it_is_is_finer_than_the_town_near_it(
    annotator: Preannotator,
) -> None:
    # Since 0.25.0 "le village de pêcheurs de X" is a village, as "le village de X".
    body = (
        "Le village de pêcheurs de Kangalom, non loin de Ngouboua, a été la cible d'une "
        "incursion de Boko Haram dans la nuit de samedi à dimanche."
    )
    assert locations(annotator, body) == [["Kangalom"]]


def test_a_locality_the_model_misses_after_a_place_cue_is_the_place(
    annotator: Preannotator,
) -> None:
    body = (
        "Douze soldats ont été tués mardi lors de l'attaque d'un détachement militaire à "
        "Koutougou, dans la province du Soum."
    )
    assert locations(annotator, body) == [["Koutougou"]]


def test_a_place_that_qualifies_the_speaker_is_not_the_events(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont incendié jeudi plusieurs boutiques, ont raconté des "
        "habitants réfugiés à Kaya."
    )
    assert locations(annotator, body) == [[]]
    body = (
        "Des hommes armés ont incendié jeudi plusieurs boutiques à Dori, ont raconté des "
        "habitants réfugiés à Kaya."
    )
    assert locations(annotator, body) == [["Dori"]]


def test_y_stands_for_the_place_of_the_sentence_before(annotator: Preannotator) -> None:
    body = (
        "Les habitants de Boni vivent sous blocus depuis des mois. Mardi, des hommes armés "
        "y ont incendié trois camions."
    )
    assert locations(annotator, body) == [["Boni"]]


def test_a_region_named_with_its_unit_is_wider_than_the_towns(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué mercredi les postes de gendarmerie de Kantchari et "
        "de Matiacoali, dans la région de l'Est."
    )
    [places] = locations(annotator, body)
    assert places[0] == "Kantchari"
    assert "région de l'Est" not in places


def test_the_object_of_a_strike_keeps_the_place_it_names(annotator: Preannotator) -> None:
    body = (
        "Les FAMa ont frappé par drone mercredi un rassemblement de combattants près de "
        "Tin-Hama, dans le cercle d'Ansongo."
    )
    got = predict(annotator, "Titre", body)
    [strike] = [e for t, e in got["events"].items() if t.startswith("frappé")]
    assert strike["args"]["location"] == ["Tin-Hama"]


def _entities(annotator: Preannotator, body: str) -> dict[str, dict[str, Any]]:
    """Place regions by text: label, place_precision, norm_place and note."""
    doc = titled_document("Titre", body, town="Ouagadougou")
    result = next(annotator.predict([doc])).result
    out: dict[str, dict[str, Any]] = {}
    for item in result:
        if item.get("from_name") == "entity":
            value = item["value"]
            out[value["text"]] = {
                "label": value["labels"][0],
                "id": item["id"],
                "note": item.get("meta", {}).get("text"),
            }
    for item in result:
        for entity in out.values():
            if item.get("id") == entity["id"] and item.get("type") in ("choices", "textarea"):
                value = item["value"]
                entity[item["from_name"]] = (value.get("choices") or value.get("text"))[0]
    return out


def test_a_locality_the_gazetteer_lacks_is_placed_in_the_unit_given(
    annotator: Preannotator,
) -> None:
    got = _entities(
        annotator,
        "Douze soldats ont été tués mardi lors de l'attaque d'un détachement à Koutougou, "
        "dans la province du Soum.",
    )
    # A village: GPE, the codebook's label for settlements (LOC before 0.23.0).
    assert got["Koutougou"]["label"] == "GPE"
    # The codebook: a place absent from GeoNames takes the id of the unit it is in.
    assert got["Koutougou"]["norm_place"] == got["Soum"]["norm_place"]
    assert got["Koutougou"]["place_precision"] == "admin2"
    assert "Not in the gazetteer" in got["Koutougou"]["note"][0]


def test_a_relative_location_is_at_admin2_and_a_split_name_is_joined(
    annotator: Preannotator,
) -> None:
    got = _entities(
        annotator,
        "Trois chauffeurs ont été enlevés samedi à une trentaine de kilomètres de "
        "Douentza. Un pont a été endommagé mardi entre Fada N'Gourma et Kantchari.",
    )
    assert got["Douentza"]["place_precision"] == "admin2"  # codebook: > 10 km away
    # One place (Burkina Faso's Fada N'Gourma), not "Fada" (a town of Chad) and "Gourma".
    assert got["Fada N'Gourma"]["label"] == "GPE"
    assert got["Fada N'Gourma"]["place_precision"] == "town"
    assert "Fada" not in got


def test_where_people_were_taken_afterwards_is_not_where_it_happened(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué mardi le marché de Dablo. Les blessés ont été "
        "évacués vers Kaya."
    )
    # Kaya is where the wounded were taken, in the same paragraph: not the attack's place.
    [places] = locations(annotator, body)
    assert "Kaya" not in places


def test_coordinated_acts_share_the_place_told_after_the_last(annotator: Preannotator) -> None:
    # Since 0.20.0: the parse hangs the place on the last verb only.
    got = predict(
        annotator,
        "Raid nocturne",
        "Dans la nuit, des hommes armés ont incendié plusieurs greniers et enlevé quatre "
        "habitants dans le hameau voisin de Kourouma.",
    )["events"]
    assert got["incendié"]["args"]["location"] == ["Kourouma"]
    assert got["enlevé"]["args"]["location"] == ["Kourouma"]


def test_the_town_a_force_is_in_is_where_it_acted(annotator: Preannotator) -> None:
    # Since 0.20.0: "police in Niamey" names the police and where they acted; an
    # official's country ("The Humanitarian Coordinator in Niger") stays no place.
    from tests.test_preannotate_events import _english_events

    got = _english_events(
        annotator,
        "Last week, police in Zinder arrested a journalist who had written about the "
        "attack. The Humanitarian Coordinator in Niger condemned the arrest.",
    )
    assert got["arrested"]["args"]["location"] == ["Zinder"]
    assert "Niger" not in got["condemned"]["args"].get("location", [])
