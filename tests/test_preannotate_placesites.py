"""Places named by a site or a unit the earlier rules did not read (pre-annotation
0.9.0): a site noun with an elided word before its town ("la mine d'or artisanale
d'Intahaka"), buildings and quarters named by their town ("le centre de Gueskérou"),
English sites "of" a town ("the livestock market of Kokorou"), English units after their
name ("the Téra department", "the Koro district") and "a rural commune" in apposition
(every such locality below is one the gazetteer lacks, so only the cue can find it); a
building or a site named only by its kind ("le gouvernorat", "the governor's office"),
which is where an act happened when its sentence names no town."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_eventplace import _english, places


def _precisions(annotator: Preannotator, body: str) -> dict[str, list[str]]:
    """Entity text -> its suggested place_precision, for an English article."""
    text = f"Niamey, 24 November 2025 - {body}\n"
    doc: dict[str, Any] = {
        "doc_id": "e",
        "text": text,
        "language": "en",
        "dateline_date": "2025-11-24",
        "dateline_place": "Niamey",
        "dateline": [0, len("Niamey, 24 November 2025")],
        "duplicates": [],
    }
    result = next(annotator.predict([doc])).result
    texts = {i["id"]: i["value"]["text"] for i in result if i.get("type") == "labels"}
    return {
        texts[i["id"]]: i["value"]["choices"]
        for i in result
        if i.get("from_name") == "place_precision" and i["id"] in texts
    }


def test_a_site_noun_with_an_elided_word_names_its_locality(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Des combattants armés ont attaqué jeudi la mine d'or artisanale d'Intahaka, dans la "
        "région de Gao, tuant au moins neuf orpailleurs.",
    )
    # The locality, not the region after it.
    assert got["attaqué"] == ["Intahaka"]


def test_a_quarter_or_a_building_names_its_locality(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Des centaines d'habitants ont manifesté vendredi dans le centre de Bouroum pour "
        "réclamer davantage de sécurité.",
    )
    assert got["manifesté"] == ["Bouroum"]


def test_an_english_site_of_a_locality_names_it(annotator: Preannotator) -> None:
    got = _english(
        annotator, "Armed men set fire to the livestock market of Kokorou on Thursday night."
    )
    assert got["located"]["set fire"] == ["Kokorou"]


def test_an_english_unit_after_its_name_is_the_unit_not_the_town(
    annotator: Preannotator,
) -> None:
    got = _english(
        annotator, "Gunmen kidnapped a nurse on Saturday near Dolbel, in the Téra department."
    )
    # Téra is the department here, coarser than the locality: not the town of Téra.
    assert got["located"]["kidnapped"] == ["Dolbel"]
    found = _precisions(annotator, "Gunmen killed four herders in the Koro district on Monday.")
    assert found["Koro"] == ["admin2"]  # the cercle: English "district"


def test_a_rural_commune_in_apposition_makes_a_name_a_locality(
    annotator: Preannotator,
) -> None:
    got = _english(
        annotator,
        "The raid hit Dinangourou, a rural commune near the border, late on Monday, killing "
        "eleven civilians.",
    )
    assert "Dinangourou" in got["places"]
    assert got["located"]["raid"] == ["Dinangourou"]


def test_a_building_named_by_its_kind_is_where_beside_the_town_told_before(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Des centaines de commerçants ont manifesté lundi à Kayes contre la hausse des taxes. "
        "En fin de matinée, les forces de l'ordre ont dispersé les manifestants rassemblés "
        "devant le gouvernorat.",
    )
    # The town the paragraph told, and the building the crowd stood before.
    assert got["dispersé les manifestants"] == ["Kayes", "le gouvernorat"]
    got = places(
        annotator,
        "Des hommes armés ont fait irruption dimanche soir dans le marché hebdomadaire de la "
        "localité, emportant des vivres.",
    )
    assert got["emportant"] == ["le marché hebdomadaire de la localité"]


def test_a_named_town_is_not_displaced_by_the_site_in_it(annotator: Preannotator) -> None:
    got = places(annotator, "Des hommes armés ont incendié mardi le marché de Tassiga.")
    assert got["incendié"] == ["Tassiga"]


def test_an_english_site_named_by_its_kind_is_where(annotator: Preannotator) -> None:
    got = _english(
        annotator, "Police fired tear gas at protesters outside the governor's office on Monday."
    )
    assert got["located"]["tear gas"] == ["the governor's office"]


def test_a_facility_span_stops_before_the_town_and_skips_possessives() -> None:
    from sahel_events.preannotate.facilities import find_facilities

    text = (
        "Le camp militaire de Boulkessi a été visé, puis la Bourse du travail. "
        "Le préfet a regagné son poste de contrôle."
    )
    assert [f.text for f in find_facilities(text, "fr")] == [
        "Le camp militaire",  # "de Boulkessi" stays the town's own mention
        "la Bourse du travail",
    ]


def test_the_building_a_crowd_stood_before_is_given_beside_the_town(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Des dizaines de jeunes ont observé mardi un sit-in à Dori devant le haut-commissariat "
        "pour réclamer la réouverture de la route.",
    )
    assert got["sit-in"] == ["Dori", "le haut-commissariat"]


def test_a_place_name_opening_with_a_kind_of_building_is_a_site() -> None:
    from sahel_events.preannotate.facilities import starts_with_facility

    assert starts_with_facility("gouvernorat du Centre-Nord")
    assert starts_with_facility("the police station")
    assert not starts_with_facility("Gorom-Gorom")


def test_an_act_at_the_close_of_a_meeting_is_where_the_meeting_was(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Le ministre malien des Affaires étrangères s'est entretenu lundi à Dakar avec son "
        "homologue sénégalais.\nLes échanges ont porté sur la sécurité des frontières. À "
        "l'issue de l'entretien, les deux ministres ont signé un protocole d'accord.",
    )
    # The meeting's paragraph, not the signing's, names the place (since 0.13.0 the
    # trigger is the signing of the protocol).
    assert got["signé un protocole"] == ["Dakar"]


def test_english_cues_of_distance_direction_and_two_towns(annotator: Preannotator) -> None:
    for body, expected in (
        ("Gunmen killed three herders on Sunday not far from Dolbel.", ["Dolbel"]),
        ("Gunmen killed three herders on Sunday 20 km north of Dolbel.", ["Dolbel"]),
        ("Gunmen killed three herders on Sunday in the Dolbel area.", ["Dolbel"]),
        (
            "Gunmen killed three herders on Sunday between Dolbel and Kokorou.",
            ["Dolbel", "Kokorou"],
        ),
        (
            "Gunmen killed three herders on Sunday on the road from Dolbel to Kokorou.",
            ["Dolbel", "Kokorou"],
        ),
    ):
        assert _english(annotator, body)["located"].get("killed") == expected, body


def test_two_localities_coordinated_with_de_are_both_the_place(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Les villages de Kokorou et de Dolbel ont été attaqués dimanche par des hommes armés.",
    )
    assert sorted(got["attaqués"]) == ["Dolbel", "Kokorou"]


def test_a_place_after_que_is_in_what_is_reported_not_of_the_reporter(
    annotator: Preannotator,
) -> None:
    got = places(
        annotator,
        "Le préfet a annoncé lundi que le marché de Tassiga avait été incendié samedi par des "
        "hommes armés.",
    )
    assert got["incendié"] == ["Tassiga"]


def test_a_site_noun_with_three_words_before_its_town(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Mardi, le centre de santé communautaire de Gorouol a été pillé par des hommes armés.",
    )
    assert got["pillé"] == ["Gorouol"]


def test_the_institution_a_crowd_stood_before_is_a_building(annotator: Preannotator) -> None:
    got = places(
        annotator,
        "Des centaines d'étudiants ont manifesté lundi devant le ministère de l'Enseignement "
        "supérieur pour réclamer leurs bourses.",
    )
    assert got["manifesté"] == ["le ministère"]


def test_a_count_stops_before_the_town_its_people_come_from(annotator: Preannotator) -> None:
    from tests.test_preannotate_events import predict

    got = predict(
        annotator,
        "Titre",
        "Trois enseignants d'une école primaire de Téra ont été enlevés dans la nuit de samedi "
        "à dimanche par des individus armés.",
    )
    [abduction] = got["events"].values()
    assert abduction["args"]["casualties"] == ["Trois enseignants d'une école primaire"]
    assert abduction["args"]["location"] == ["Téra"]


def test_a_road_named_by_its_towns_or_number_is_where_the_act_happened(
    annotator: Preannotator,
) -> None:
    # Since 0.13.0: "sur l'axe X-Y", "on the X-Y road": the road is a site over the towns
    # it links, and the place of what happened on it, not a town named elsewhere in the
    # sentence, nor a destination because a bus "de transport" ran on it.
    got = places(
        annotator,
        "Quatre commerçants qui revenaient du marché de Dourou ont été enlevés mardi sur "
        "l'axe Bandiagara-Dourou.\nDes hommes armés ont arrêté jeudi un car de transport sur "
        "la route nationale 15 avant d'incendier le véhicule.",
    )
    assert got["enlevés"] == ["l'axe Bandiagara-Dourou"]
    assert got["arrêté"] == ["la route nationale 15"]
    got = _english(
        annotator,
        "A roadside bomb hit a truck on Tuesday on the Téra-Dori road, killing its driver.",
    )
    assert got["located"]["roadside bomb"] == ["the Téra-Dori road"]


def test_a_named_street_or_roundabout_is_where_a_crowd_was(annotator: Preannotator) -> None:
    # Since 0.19.0: the model reads "Charles de Gaulle" or "Harobanda" as a person; the
    # street or the roundabout is the site where the crowd was dispersed.
    got = places(
        annotator,
        "Samedi à N'Djamena, des jeunes ont bloqué la circulation sur l'avenue Charles de "
        "Gaulle avant d'être dispersés par la police.\nÀ Niamey, des manifestants ont brûlé "
        "des pneus au rond-point Harobanda.",
    )
    assert got["bloqué la circulation"] == ["l'avenue Charles de Gaulle"]
    assert got["brûlé"] == ["rond-point Harobanda"]
    from sahel_events.preannotate.facilities import find_streets

    assert [f.text for f in find_streets("sur le boulevard de l'Indépendance à Bobo", "fr")] == [
        "le boulevard de l'Indépendance"
    ]
    assert [f.text for f in find_streets("gathered in Independence Square on", "en")] == [
        "Independence Square"
    ]
    assert find_streets("à la place de son frère", "fr") == []
