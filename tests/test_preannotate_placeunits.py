"""Places among units, lists and capitals (pre-annotation 0.23.0): a unit that only says
where the place before it lies ranks after that place; names listed after a place are
places; a capital standing for its government is no event's place; and a locality the
gazetteer lacks is labelled as the codebook labels settlements (GPE)."""

from __future__ import annotations

from typing import Any

import pytest

from sahel_events.preannotate.facilities import find_facilities
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_eventplace import _english
from tests.test_preannotate_events import english_document, predict, titled_document


def _places(annotator: Preannotator, body: str) -> dict[str, Any]:
    """Place entities (label, text) in order, and each event's suggested locations."""
    result = next(annotator.predict([titled_document("Titre", body)])).result
    entities = [
        (r["value"]["labels"][0], r["value"]["text"])
        for r in result
        if r.get("type") == "labels"
        and r["from_name"] == "entity"
        and r["value"]["labels"][0] in ("GPE", "LOC", "FAC")
    ]
    events = predict(annotator, "Titre", body)["events"]
    located = {t: e["args"].get("location", []) for t, e in events.items()}
    return {"entities": entities, "located": located}


@pytest.mark.parametrize(
    ("body", "trigger", "place"),
    [
        (
            "Deux soldats ont été tués mardi au poste de Bouloi, dans la commune de "
            "Gorgadji, selon une source sécuritaire.",
            "tués",
            "Bouloi",
        ),
        (
            # The site's name, unknown to the model, between the site and its commune.
            "Trois orpailleurs ont été tués samedi sur le site d'orpaillage de Kossi, dans "
            "la commune de Bouroum, selon une source locale.",
            "tués",
            "Kossi",
        ),
    ],
)
def test_a_unit_that_contains_the_place_before_it_is_not_the_location(
    annotator: Preannotator, body: str, trigger: str, place: str
) -> None:
    got = _places(annotator, body)
    # Before 0.23.0 the commune won: both rank as localities, and only it follows "dans".
    assert got["located"][trigger] == [place]


def test_names_listed_after_a_place_are_places_and_all_are_the_location(
    annotator: Preannotator,
) -> None:
    got = _places(
        annotator,
        "Le gouverneur de Tillabéri a interdit jeudi la circulation des motos dans les "
        "communes de Tamou, Makalondi et Torodi.",
    )
    # The model reads "Makalondi" and "Torodi" as people; the gazetteer lacks Makalondi.
    assert ("GPE", "Makalondi") in got["entities"]
    assert ("GPE", "Torodi") in got["entities"]
    assert sorted(got["located"]["interdit"]) == ["Makalondi", "Tamou", "Torodi"]


def test_a_name_after_a_place_and_a_comma_outside_a_list_of_places_stays_a_person(
    annotator: Preannotator,
) -> None:
    body = "Dans la région de Gao, Amadou et son frère ont été enlevés lundi."
    assert "Amadou" in predict(annotator, "Titre", body)["entities"]
    assert "Amadou" not in [text for _, text in _places(annotator, body)["entities"]]


def test_a_capital_standing_for_its_government_is_no_place(annotator: Preannotator) -> None:
    got = _places(
        annotator,
        "Le ministre algérien a invité dimanche Bamako à renouer le dialogue avec les "
        "mouvements armés.",
    )
    assert got["located"]["invité"] == []
    english = _english(
        annotator, "The regional bloc on Friday urged Bamako to release the detained officers."
    )
    assert "urged" not in english["located"]


def test_a_capital_after_a_locative_or_a_noun_is_a_place(annotator: Preannotator) -> None:
    got = _places(
        annotator,
        "Les étudiants ont manifesté lundi devant le rectorat de l'université de Bamako. "
        "La police a interpellé mardi douze militants à Niamey.",
    )
    assert "Bamako" in got["located"]["manifesté"]
    assert got["located"]["interpellé"] == ["Niamey"]
    english = _english(annotator, "Police arrested a journalist at his home in Bamako on Friday.")
    assert english["located"]["arrested"] == ["Bamako"]


def test_a_locality_the_gazetteer_lacks_is_a_gpe_a_relative_one_stays_loc(
    annotator: Preannotator,
) -> None:
    got = _places(
        annotator,
        "Deux enseignants ont été enlevés mardi à Tamou. Un berger a été tué mercredi à une "
        "dizaine de kilomètres de Kantchari.",
    )
    # The codebook: settlements are GPE; a relative location is one LOC span, and the
    # corpus marks the town inside it with the phrase's label.
    assert ("GPE", "Tamou") in got["entities"]
    assert ("LOC", "Kantchari") in got["entities"]
    assert got["located"]["enlevés"] == ["Tamou"]


def test_a_facility_runs_over_an_elided_article() -> None:
    found = [
        f.text
        for f in find_facilities("Ils ont manifesté devant le rectorat de l'université.", "fr")
    ]
    # Before 0.23.0 the span stopped at "de l", a word cut at its apostrophe.
    assert found == ["le rectorat de l'université"]


def test_the_attackers_further_acts_in_a_later_paragraph_are_where_they_struck(
    annotator: Preannotator,
) -> None:
    got = _places(
        annotator,
        "Des hommes armés ont attaqué dimanche le marché de Kossa, tuant trois commerçants, "
        "selon un élu local. Le gouverneur s'est rendu lundi à Dori.\nIls ont aussi "
        "incendié plusieurs boutiques avant de repartir vers le nord.",
    )
    # Two places told before the paragraph, so no place of the article is a safe
    # guess; "Ils" points back at the attackers, and so at the attack's place.
    assert got["located"]["incendié"] == ["Kossa"]
    english = _english(
        annotator,
        "Gunmen attacked the market in Kossa on Sunday, killing three traders. The governor "
        "travelled to Dori on Monday.\nThe attackers also burned several shops before "
        "heading north, a resident said.",
    )
    assert english["located"]["burned"] == ["Kossa"]


def test_a_unit_after_a_is_where_the_act_was_not_who_underwent_it(
    annotator: Preannotator,
) -> None:
    got = predict(
        annotator,
        "Titre",
        "Quatre délégués syndicaux, interpellés jeudi à Kéniéba par la gendarmerie, ont été "
        "relâchés vendredi. Une mission humanitaire s'est rendue mardi à Macina.",
    )["events"]
    # The gazetteer resolves both towns to their cercles (admin2), which made them
    # people or bodies acted upon before 0.23.0.
    assert got["interpellés"]["args"]["location"] == ["Kéniéba"]
    assert "recipient" not in got["interpellés"]["args"]
    assert got["rendue"]["args"]["location"] == ["Macina"]
    assert "recipient" not in got["rendue"]["args"]


def test_english_unit_after_a_possessive_country_is_the_unit_not_the_town(
    annotator: Preannotator,
) -> None:
    # "Niger's Tahoua region" is the region (since 0.24.0); read as one run, its last
    # name was the town of Tahoua, another place than the town of Tassara the body names.
    doc = english_document(
        "Militants killed 11 soldiers in an attack on an army post in Niger's Tahoua "
        "region, near the border with Mali."
    )
    result = next(annotator.predict([doc])).result
    places = {
        r["value"]["text"]: r["value"]["choices"][0]
        for r in result
        if r.get("from_name") == "place_precision"
    }
    assert places["Tahoua"] == "admin1"
    assert places["Niger"] == "country"
