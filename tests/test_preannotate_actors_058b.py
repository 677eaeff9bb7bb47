"""Pre-annotation 0.58.0, who did it (second round): a nominal actor or recipient that
names people or a unit of a registered body ("une patrouille des FAMa", "des éléments
présumés de Boko Haram", "La milice Dan Na Ambassagou", "les chefs d'État de l'AES")
takes the body's actor id, not when they are its captives or partners; a capital acting
for its government ("Alger a démenti", "Bamako a rappelé son ambassadeur") takes its
state's id; a country's air force ("l'aviation malienne", "the Nigerien air force") is
its army in the registry; a registered name keeps its span and id when the parse hangs a
circumstance on it ("par l'armée malienne au terme d'une opération"); a governor, prefect,
high commissioner or mayor acting takes his state's government id (the state of the place
named, else of the article). Each sentence is written for the test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate.predict import Preannotator
from sahel_events.preannotate.registry import load_registry
from tests.test_preannotate_events import english_document, titled_document


def _ids(annotator: Preannotator, body: str, english: bool = False) -> dict[tuple[str, str], Any]:
    """(trigger, role) -> [(text, norm_actor or None)] for every actor and recipient."""
    doc = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    text = doc["text"]
    regions = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    norm = {i["id"]: i["value"]["text"][0] for i in result if i.get("from_name") == "norm_actor"}
    out: dict[tuple[str, str], Any] = {}
    for r in result:
        if r.get("type") == "relation" and r["labels"][0] in ("actor", "recipient"):
            trigger = regions[r["from_id"]]["text"]
            to = regions[r["to_id"]]
            span = text[to["start"] : to["end"]]
            out.setdefault((trigger, r["labels"][0]), []).append((span, norm.get(r["to_id"])))
    return out


def test_a_unit_or_members_of_a_registered_body_take_its_id(annotator: Preannotator) -> None:
    body = (
        "Une patrouille des FAMa a arrêté mardi trois suspects près de Diafarabé.\n"
        "Deux pêcheurs ont été enlevés jeudi près de Bosso par des combattants présumés de "
        "Boko Haram.\n"
        "La milice Dan Na Ambassagou a démenti vendredi toute implication dans ces violences."
    )
    got = _ids(annotator, body)
    # Before 0.58.0 the three actors had no id: only a span that is the name itself had one.
    assert got[("arrêté", "actor")] == [("Une patrouille des FAMa", "fama")]
    assert got[("enlevés", "actor")] == [("des combattants présumés de Boko Haram", "boko-haram")]
    assert got[("démenti", "actor")] == [("La milice Dan Na Ambassagou", "dan-na-ambassagou")]


def test_the_heads_of_a_bloc_take_the_blocs_id(annotator: Preannotator) -> None:
    body = (
        "Les chefs d'État de l'AES se sont réunis samedi à Niamey pour un sommet "
        "extraordinaire consacré à la sécurité."
    )
    # Before 0.58.0 the heads of state had no id.
    assert _ids(annotator, body)[("réunis", "actor")] == [("Les chefs d'État de l'AES", "aes")]


def test_the_captives_of_a_group_do_not_take_its_id(annotator: Preannotator) -> None:
    body = (
        "Les otages du JNIM ont été libérés dimanche par l'armée malienne au terme d'une "
        "opération près de Boni."
    )
    got = _ids(annotator, body)
    # Before 0.58.0 the actor was "l'armée malienne au terme d'une opération", without an
    # id: the parse hung the circumstance on the army's name.
    assert got[("libérés", "actor")] == [("armée malienne", "fama")]
    assert all(norm != "jnim" for _, norm in got.get(("libérés", "recipient"), []))


def test_a_capital_acting_takes_its_states_id(annotator: Preannotator) -> None:
    body = (
        "Le gouvernement malien a accusé lundi l'Algérie de soutenir des groupes armés.\n"
        "Alger a toujours démenti ces accusations.\n"
        "Mardi, Bamako a rappelé son ambassadeur pour consultations."
    )
    got = _ids(annotator, body)
    # Before 0.58.0 the two capitals had a place id and no actor id.
    assert got[("démenti", "actor")] == [("Alger", "state-dz")]
    assert got[("rappelé son ambassadeur", "actor")] == [("Bamako", "state-ml")]


def test_a_countrys_air_force_is_its_army(annotator: Preannotator) -> None:
    body = "L'aviation malienne a frappé mardi une base terroriste près de Léré."
    # Before 0.58.0 "L'aviation malienne" was an organisation without an id.
    assert _ids(annotator, body)[("frappé", "actor")] == [("aviation malienne", "fama")]
    english = "The Nigerien air force bombed a militant camp near Tillaberi on Sunday."
    got = _ids(annotator, english, english=True)
    assert ("Nigerien air force", "fan-niger") in got[("bombed", "actor")]


def test_a_territorial_official_acts_for_his_states_government(
    annotator: Preannotator,
) -> None:
    body = (
        "Le gouverneur de la région de Tillabéri a instauré mardi un couvre-feu nocturne "
        "dans plusieurs communes.\n"
        "Le haut-commissaire de la province du Soum a interdit jeudi la circulation des "
        "motos."
    )
    got = _ids(annotator, body)
    # Before 0.58.0 neither official had an id.
    assert got[("couvre-feu", "actor")] == [("Le gouverneur de la région de Tillabéri", "gov-ne")]
    assert got[("interdit", "actor")] == [("Le haut-commissaire de la province du Soum", "gov-bf")]


def test_an_air_force_is_read_as_its_army_without_renaming_the_army() -> None:
    registry = load_registry(load_project_codebook(Path(__file__).resolve().parents[1]))
    army = registry.lookup("aviation malienne")
    assert army is not None and army.id == "fama"
    # The registry's own names are published in each release's actors table: a reading
    # alias must not join them (a published release is never rebuilt with other names).
    assert "aviation malienne" not in army.names()
