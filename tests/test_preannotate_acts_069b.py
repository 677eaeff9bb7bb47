"""Pre-annotation 0.69.0 (second round), acts told beside the act they follow.

The destruction of things told as the result of an act, by a participle or a verb
conjoined to it with its own object ("ont frappé une base, détruisant des motos",
"struck the fighters, killing several and destroying trucks", "affirme avoir neutralisé
des terroristes et détruit un dépôt"), and an act of force told first by its method
("ont d'abord pilonné le camp", "first shelled the camp"), are acts of their own
(codebook, ASSAULT: one event per phase and kind of act), with the actor, place and day
of the act they follow. The traps: the destruction told in the passive among the toll
("Deux véhicules ont été détruits", "un camion détruit"), which the act counts, and a
destruction told twice. Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _events(annotator: Preannotator, doc: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """Each event's trigger text with, by role, the sorted texts of its arguments."""
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    events: dict[str, dict[str, list[str]]] = {
        spans[i["id"]]["text"]: {} for i in result if i.get("from_name") == "event"
    }
    for r in result:
        if r.get("type") == "relation":
            trigger = spans[r["from_id"]]["text"]
            if trigger in events:
                events[trigger].setdefault(r["labels"][0], []).append(spans[r["to_id"]]["text"])
    return {k: {role: sorted(v) for role, v in roles.items()} for k, roles in events.items()}


def _fr(body: str) -> dict[str, Any]:
    return titled_document("Titre", body, "Mopti")


# A destruction told as the act's result.


def test_a_french_participle_of_destruction_is_an_act(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr(
            "L'armée a bombardé jeudi un repaire terroriste près de Boulkessi, "
            "détruisant une dizaine de motos et un stock de carburant."
        ),
    )
    assert "détruisant" in events
    assert events["détruisant"]["actor"] == events["bombardé"]["actor"] != []
    assert events["détruisant"]["location"] == ["Boulkessi"]
    assert events["détruisant"]["time"] == ["jeudi"]


def test_an_english_participle_of_destruction_is_an_act(annotator: Preannotator) -> None:
    doc = english_document(
        "Chad's air force struck a rebel column near Faya on Wednesday, killing about ten "
        "fighters and destroying four pick-up trucks, the army said.",
    )
    events = _events(annotator, doc)
    assert "destroying" in events
    assert events["destroying"]["location"] == ["Faya"]
    assert events["destroying"]["time"] == ["Wednesday"]


def test_a_conjoined_destruction_after_a_toll_is_an_act(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr(
            "Les soldats ont neutralisé samedi une vingtaine de terroristes près de Tessit "
            "et détruit un atelier de fabrication d'engins explosifs."
        ),
    )
    assert "détruit" in events
    assert events["détruit"]["time"] == ["samedi"]


def test_a_claimed_destruction_is_an_act(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr(
            "Le JNIM a revendiqué l'attaque de mardi contre le camp de Hombori, affirmant "
            "avoir tué six soldats et détruit deux blindés."
        ),
    )
    assert "détruit" in events
    assert events["détruit"]["time"] == ["mardi"]


# An act of force told first by its method.


def test_a_shelling_told_first_is_a_phase(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr(
            "Des jihadistes ont attaqué vendredi le poste de Boni. Les assaillants ont "
            "d'abord pilonné le poste au mortier, puis tenté d'y entrer."
        ),
    )
    assert "pilonné" in events
    assert events["pilonné"]["time"] == ["vendredi"]


def test_an_english_shelling_told_first_is_a_phase(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen attacked an army camp in Ansongo on Saturday. They first shelled the camp "
        "with rockets, then tried to storm the gate.",
    )
    assert "shelled" in _events(annotator, doc)


# Traps: the destruction counted in the act's toll.


def test_guard_a_passive_destruction_is_the_toll(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr(
            "Des hommes armés ont attaqué lundi le poste de Sévaré. Trois véhicules ont "
            "été détruits et deux gendarmes tués, selon une source sécuritaire."
        ),
    )
    assert "détruits" not in events


def test_guard_a_destroyed_thing_in_a_list_is_the_toll(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr(
            "Une embuscade a visé mercredi un convoi près de Douentza : cinq soldats tués "
            "et un camion détruit, selon l'armée."
        ),
    )
    assert "détruit" not in events


def test_guard_a_shelling_alone_stays_one_act(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr(
            "Des jihadistes ont pilonné dimanche le camp de Ménaka au mortier, blessant "
            "trois soldats."
        ),
    )
    assert list(events) == ["pilonné"]


# A present participle the tagger left unlemmatised.


def test_a_burning_told_by_a_participle_is_an_act(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr(
            "Des jihadistes ont attaqué samedi le marché de Djibasso, incendiant des "
            "boutiques, selon des habitants."
        ),
    )
    assert "incendiant" in events
    assert events["incendiant"]["location"] == ["Djibasso"]
