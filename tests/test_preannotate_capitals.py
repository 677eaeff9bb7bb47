"""Pre-annotation 0.46.0: a capital told by its country ("la capitale burkinabè", "dans
la capitale", "in the Chadian capital") is a GPE placed at that country's capital; a
guest named as "son homologue nigérien" is the visit's actor. Each sentence is written
for the test, in the press's usual turns of phrase."""

from __future__ import annotations

from typing import Any

import pytest

from sahel_events import gazetteer
from sahel_events.preannotate.capitals import find_capitals
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document, titled_document


def _capital_of(code: str) -> str:
    return next(
        p.name for p in gazetteer.places() if p.feature == "PPLC" and p.country_code == code
    )


@pytest.mark.parametrize(
    ("sentence", "language", "home", "phrase", "country"),
    [
        (
            "Une marche a été dispersée dans la capitale burkinabè.",
            "fr",
            "ML",
            "la capitale burkinabè",
            "BF",
        ),
        ("Des étudiants ont manifesté lundi dans la capitale.", "fr", "NE", "la capitale", "NE"),
        # The country the sentence named last, not the dateline's.
        (
            "Au Tchad, des étudiants ont manifesté dans la capitale.",
            "fr",
            "NE",
            "la capitale",
            "TD",
        ),
        ("Des tirs ont été entendus dans la capitale du Mali.", "fr", "NE", "la capitale", "ML"),
        (
            "Protesters gathered in the Mauritanian capital on Monday.",
            "en",
            "ML",
            "the Mauritanian capital",
            "MR",
        ),
        ("Shots were heard in the capital overnight.", "en", "NE", "the capital", "NE"),
    ],
)
def test_a_capital_told_by_its_country_is_that_capital(
    sentence: str, language: str, home: str, phrase: str, country: str
) -> None:
    [found] = list(find_capitals(sentence, language, home))
    assert found.text == phrase
    assert sentence[found.start : found.end] == phrase
    assert found.place.name == _capital_of(country)


@pytest.mark.parametrize(
    "sentence",
    [
        # Its own name follows: the town keeps its mention.
        "Une marche a été dispersée dans la capitale malienne, Bamako.",
        # Another kind of capital.
        "Des heurts ont éclaté dans la capitale régionale.",
        "Des heurts ont éclaté dans la capitale économique ivoirienne.",
        # A complement, not where something happened.
        "L'attaque menace l'approvisionnement de la capitale en carburant.",
        "Les lingots ont été transférés vers une banque de la capitale.",
    ],
)
def test_no_capital_where_the_phrase_names_none(sentence: str) -> None:
    assert list(find_capitals(sentence, "fr", "ML")) == []


def _location_places(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    """The norm_place of each location of the event whose trigger is ``trigger``."""
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"]["text"] for i in result if i.get("type") == "labels"}
    places = {
        i["id"]: i["value"]["text"][0]
        for i in result
        if i.get("from_name") == "norm_place" and i.get("type") == "textarea"
    }
    return [
        places.get(r["to_id"], "")
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == ["location"]
        and spans[r["from_id"]] == trigger
    ]


def test_a_march_in_the_capital_is_placed_at_the_capital(annotator: Preannotator) -> None:
    body = "La police a dispersé mardi une marche de commerçants dans la capitale burkinabè."
    ouagadougou = gazetteer.resolve("Ouagadougou")
    assert ouagadougou is not None
    assert _location_places(annotator, titled_document("Titre", body), "dispersé") == [
        ouagadougou.place.id
    ]


def test_a_protest_in_the_english_capital_phrase_is_placed_there(annotator: Preannotator) -> None:
    body = "Police fired tear gas at protesters in the Chadian capital on Wednesday."
    ndjamena = _capital_of("TD")
    places = _location_places(annotator, english_document(body), "tear gas")
    assert [gazetteer.lookup(p).name for p in places if gazetteer.lookup(p)] == [ndjamena]


def test_the_guest_named_as_a_counterpart_is_the_visits_actor(annotator: Preannotator) -> None:
    body = (
        "Le président tchadien a reçu vendredi au palais présidentiel son homologue "
        "nigérien pour une visite de travail de deux jours."
    )
    # Before 0.46.0 the visit kept its noun, with the host as its actor and no guest.
    assert _role(annotator, body, "reçu", "actor", False) == ["son homologue nigérien"]
    assert _role(annotator, body, "reçu", "recipient", False) == ["Le président tchadien"]
    assert _role(annotator, body, "reçu", "time", False) == ["vendredi"]
