"""The sides of a fight are its actors (pre-annotation 0.27.0): the people or bodies the
text names after the fight's noun, "entre A et B", "ont opposé A à B", "clashes between
A and B", "fighting pitted A against B", whether or not a name is among them."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _actors(annotator: Preannotator, body: str, trigger: str, english: bool = False) -> list[str]:
    """The actors suggested for the event whose trigger is ``trigger``, sorted."""
    return _role(annotator, body, trigger, "actor", english)


def _recipients(
    annotator: Preannotator, body: str, trigger: str, english: bool = False
) -> list[str]:
    """The recipients suggested for the event whose trigger is ``trigger``, sorted."""
    return _role(annotator, body, trigger, "recipient", english)


def _role(annotator: Preannotator, body: str, trigger: str, role: str, english: bool) -> list[str]:
    """The ``role`` arguments suggested for the event whose trigger is ``trigger``."""
    doc = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    events = [i["id"] for i in result if i.get("from_name") == "event"]
    assert trigger in [spans[i]["text"] for i in events], [spans[i]["text"] for i in events]
    return sorted(
        spans[r["to_id"]]["text"]
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == [role]
        and spans[r["from_id"]]["text"] == trigger
    )


@pytest.mark.parametrize(
    ("body", "trigger", "actors"),
    [
        # Bare plural nouns, no determiner, a verb right after the second side.
        (
            "Fin octobre, des affrontements entre éleveurs peuls et chasseurs dozos "
            "avaient fait quatre morts dans le cercle de Macina.",
            "affrontements",
            ["chasseurs dozos", "éleveurs peuls"],
        ),
        # A body and an indefinite group; the place after the second side is not part
        # of it.
        (
            "En août, des combats entre l'armée et des groupes jihadistes autour de "
            "Nampala avaient vidé plusieurs hameaux.",
            "combats",
            ["des groupes jihadistes", "l'armée"],
        ),
        # "opposer": the day between the verb and the first side is no side; a name
        # inside a side is not cut ("au Sahel").
        (
            "Des combats ont opposé jeudi des combattants de l'État islamique au Sahel "
            "à une milice communautaire dans la zone de Tidermène.",
            "combats",
            ["des combattants de l'État islamique au Sahel", "une milice communautaire"],
        ),
        # A relative clause, "depuis" and a day, initials in brackets after a name.
        (
            "Les combats qui opposent depuis mardi les Forces de soutien rapide (FSR) à "
            "des groupes armés alliés à l'armée soudanaise ont fait des dizaines de morts.",
            "combats",
            ["Forces de soutien rapide", "des groupes armés"],
        ),
        # The parse runs the first side on into the second ("une patrouille ... à des
        # individus armés près de Tessalit"): each side is cut where the other begins.
        (
            "Un accrochage a opposé mercredi une patrouille de l'armée à des individus "
            "armés près de Tessalit.",
            "accrochage",
            ["des individus armés", "une patrouille de l'armée"],
        ),
        # A weapon between the noun and "entre"; one plural noun for both sides.
        (
            "Le campus avait connu en mars des heurts à la machette entre factions "
            "rivales du syndicat étudiant.",
            "heurts",
            ["factions rivales du syndicat étudiant"],
        ),
        (
            "Selon des sources humanitaires, des affrontements entre groupes "
            "d'orpailleurs armés ont fait onze morts près des puits.",
            "affrontements",
            ["groupes d'orpailleurs armés"],
        ),
    ],
)
def test_the_sides_named_after_a_fight_are_its_actors(
    annotator: Preannotator, body: str, trigger: str, actors: list[str]
) -> None:
    assert _actors(annotator, body, trigger) == actors


@pytest.mark.parametrize(
    ("body", "trigger", "actors"),
    [
        (
            "Clashes between soldiers and jihadists near Tessit on Friday left nine dead, "
            "local officials said.",
            "Clashes",
            ["jihadists", "soldiers"],
        ),
        (
            "Fierce fighting pitted Tuareg rebels against the army near Anefis on Sunday, "
            "residents said.",
            "fighting",
            ["Tuareg rebels", "the army"],
        ),
        # The subject and the side after "with" both fought: neither is a recipient.
        (
            "The army clashed with JNIM fighters near Boulkessi on Monday.",
            "clashed",
            ["JNIM", "The army"],
        ),
    ],
)
def test_the_sides_of_an_english_fight_are_its_actors(
    annotator: Preannotator, body: str, trigger: str, actors: list[str]
) -> None:
    assert _actors(annotator, body, trigger, english=True) == actors
    assert _recipients(annotator, body, trigger, english=True) == []


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        # Places between which a fight took place are where, not who.
        ("Des heurts ont éclaté mardi entre Gao et Ansongo, selon des habitants.", "heurts"),
        # Sides told by a pronoun or a vague noun: nothing to suggest.
        ("De violents combats entre les deux camps ont fait dix morts.", "combats"),
        # The verb between the noun and "entre" is a different act.
        (
            "Les combats ont repris jeudi, entre autres dans le secteur de Boulkessi.",
            "combats",
        ),
    ],
)
def test_no_side_where_the_text_names_none(
    annotator: Preannotator, body: str, trigger: str
) -> None:
    assert _actors(annotator, body, trigger) == []
