"""Pre-annotation 0.66.0, aid given to a place named before the goods.

A French verb of giving may name whom or where it gives to before the goods ("le PAM a
fourni à Karimama des vivres", "a remis aux sinistrés des kits"): the lexicon's phrase
"fournir des vivres" still matches, its trigger is the verb alone and the place stays
free to be the event's location. A short indirect object counts only when a partitive
article opens the goods after it ("fourni à temps les explications" stays uncoded).
Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_backdrops_066 import _events
from tests.test_preannotate_events import titled_document
from tests.test_preannotate_forcemoves_066 import _roles

# Aid given to a place named before the goods.


def test_food_provided_to_a_town_named_before_the_goods(annotator: Preannotator) -> None:
    doc = titled_document(
        "Aide alimentaire",
        "Le PAM a fourni à Karimama des vivres pour un mois aux familles déplacées.",
        town="Kandi",
    )
    assert ("AID", "fourni") in _events(annotator, doc)
    assert _roles(annotator, doc, "fourni", "location") == ["Karimama"]
    assert _roles(annotator, doc, "fourni", "actor") == ["PAM"]


def test_a_second_handout_the_next_day_in_another_town(annotator: Preannotator) -> None:
    doc = titled_document(
        "Aide aux déplacés",
        "La Croix-Rouge a distribué lundi des kits d'hygiène à 200 ménages à Matéri. "
        "Le lendemain, l'Unicef a fourni à Tanguiéta des rations alimentaires pour les "
        "enfants.",
        town="Natitingou",
    )
    events = _events(annotator, doc)
    assert ("AID", "distribué") in events
    assert ("AID", "fourni") in events
    assert _roles(annotator, doc, "fourni", "location") == ["Tanguiéta"]


def test_medicines_provided_to_a_health_centre(annotator: Preannotator) -> None:
    doc = titled_document(
        "Santé",
        "Médecins du monde a fourni aux deux dispensaires des médicaments pour trois mois.",
        town="Dori",
    )
    assert any(t == "AID" and w.startswith("fourni") for t, w in _events(annotator, doc))


def test_provided_in_time_is_no_aid(annotator: Preannotator) -> None:
    # Guard: "à temps" is no indirect object before goods.
    doc = titled_document(
        "Enquête",
        "Le ministère a fourni à temps les explications demandées par les députés.",
        town="Niamey",
    )
    assert not any(t == "AID" for t, _ in _events(annotator, doc))
