"""Pre-annotation 0.32.0: the dead known by an acronym, a negation that ranks an act, "à
l'aide de", a name given to something, tyres set on fire, a measure its announcer
imposes, a place named twice, a village told after the country, a drone strike told as
an air strike, and a definite noun that names the act told last. Each sentence is
written for the test, in the press's usual turns of phrase."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document, titled_document


def _result(
    annotator: Preannotator, body: str, english: bool, town: str = "Mopti"
) -> list[dict[str, Any]]:
    """What pre-annotation suggests for ``body``: a French article datelined at
    ``town``, or an English one."""
    doc = english_document(body) if english else titled_document("Titre", body, town)
    return list(next(annotator.predict([doc])).result)


def _events(annotator: Preannotator, body: str, english: bool = False) -> list[tuple[str, str]]:
    """(label, trigger text) of each suggested event."""
    result = _result(annotator, body, english)
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    return [
        (spans[i["id"]]["labels"][0], spans[i["id"]]["text"])
        for i in result
        if i.get("from_name") == "event"
    ]


def _choices(
    annotator: Preannotator, body: str, trigger: str, name: str, english: bool = False
) -> list[str]:
    """The choices ``name`` suggested for the event whose trigger is ``trigger``."""
    result = _result(annotator, body, english)
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    events = [i["id"] for i in result if i.get("from_name") == "event"]
    assert trigger in [spans[i]["text"] for i in events], [spans[i]["text"] for i in events]
    return [
        choice
        for i in result
        if i.get("from_name") == name and spans[i["id"]]["text"] == trigger
        for choice in i["value"]["choices"]
    ]


# --- Who was hit -------------------------------------------------------------------------


def test_the_dead_known_by_an_acronym_are_not_the_actor(annotator: Preannotator) -> None:
    body = (
        "Au moins douze volontaires pour la défense de la patrie (VDP) ont perdu la vie "
        "dimanche lors d'une attaque contre le détachement de Bourzanga."
    )
    assert _role(annotator, body, "attaque", "actor", False) == []
    assert _role(annotator, body, "attaque", "casualties", False) == [
        "Au moins douze volontaires pour la défense de la patrie"
    ]


# --- What is no event, or another one ----------------------------------------------------


def test_not_the_first_kidnapping_is_no_denial(annotator: Preannotator) -> None:
    body = (
        "Ce n'est pas le premier enlèvement d'un élu local dans la zone : en juin, le chef "
        "du village de Dargol avait été kidnappé."
    )
    assert "negative" not in _choices(annotator, body, "enlèvement", "factuality_polarity")


def test_an_attack_denied_stays_negative(annotator: Preannotator) -> None:
    body = "L'armée n'a pas attaqué le village de Dargol, selon le ministère."
    assert "negative" in _choices(annotator, body, "attaqué", "factuality_polarity")


def test_with_the_help_of_tear_gas_is_no_aid(annotator: Preannotator) -> None:
    body = "Les manifestants ont été dispersés samedi par la police à l'aide de gaz lacrymogène."
    assert [e for e in _events(annotator, body) if e[0] == "AID"] == []


def test_food_aid_handed_out_stays_aid(annotator: Preannotator) -> None:
    body = "Le PAM a distribué samedi une aide alimentaire aux déplacés de Djibo."
    assert [e for e in _events(annotator, body) if e[0] == "AID"]


def test_what_a_speaker_calls_threats_is_no_threat(annotator: Preannotator) -> None:
    body = (
        "Le capitaine Ibrahim Traoré a appelé samedi ses homologues à accélérer "
        "l'intégration face à ce qu'il a qualifié de menaces extérieures."
    )
    assert [e for e in _events(annotator, body) if e[0] == "THREATEN"] == []


def test_a_threat_made_stays_a_threat(annotator: Preannotator) -> None:
    body = "Le JNIM a menacé lundi de s'en prendre aux camionneurs qui livrent Bamako."
    assert ("THREATEN", "menacé") in _events(annotator, body)


def test_tyres_set_on_fire_are_a_riot(annotator: Preannotator) -> None:
    body = "Dimanche, des dizaines de jeunes ont brûlé des pneus devant le commissariat de San."
    assert ("PROTEST", "brûlé") in _events(annotator, body)
    assert _choices(annotator, body, "brûlé", "mode_protest") == ["riot"]


def test_granaries_set_on_fire_stay_an_attack(annotator: Preannotator) -> None:
    body = "Des hommes armés ont incendié dimanche des greniers à Dargol."
    assert ("ASSAULT", "incendié") in _events(annotator, body)


# --- Who and where -----------------------------------------------------------------------


def test_who_announces_a_curfew_imposes_it(annotator: Preannotator) -> None:
    body = (
        "The governor of the Est region announced a curfew from 8 p.m. to 5 a.m. in "
        "Kantchari district, starting on Saturday."
    )
    assert _role(annotator, body, "curfew", "actor", True) == ["The governor of the Est region"]


def test_a_town_the_model_took_for_a_person_is_the_place_named_before(
    annotator: Preannotator,
) -> None:
    body = (
        "Des assaillants ont attaqué dimanche le détachement militaire de Bourzanga.\n"
        "Bourzanga avait déjà été visée en mars 2025 par une attaque qui avait coûté la vie "
        "à une quinzaine de soldats."
    )
    # Datelined in Burkina Faso: a town the gazetteer finds in the article's country.
    result = _result(annotator, body, english=False, town="Ouagadougou")
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    (attack,) = [
        i["id"]
        for i in result
        if i.get("from_name") == "event" and spans[i["id"]]["text"] == "attaque"
    ]
    linked = {
        (r["labels"][0], spans[r["to_id"]]["text"], spans[r["to_id"]]["labels"][0])
        for r in result
        if r.get("type") == "relation" and r["from_id"] == attack
    }
    assert ("location", "Bourzanga", "GPE") in linked
    assert not [link for link in linked if link[0] == "recipient"]


def test_a_village_told_after_the_country_is_the_place(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed at least 22 civilians in an attack on a village in eastern Burkina "
        "Faso on Friday, local sources said. The assailants stormed the village of "
        "Tanwalbougou at dawn, witnesses said."
    )
    assert _role(annotator, body, "attack", "location", True) == ["Tanwalbougou"]


# --- One happening, told twice -----------------------------------------------------------


def test_a_drone_strike_confirmed_as_air_strikes_is_one_event(annotator: Preannotator) -> None:
    body = (
        "Une frappe de drone a tué au moins quinze personnes samedi dans un campement près "
        "de Tinzaouatène, selon le FLA.\n"
        "L'armée a confirmé dimanche avoir mené des frappes aériennes dans la zone."
    )
    assaults = [e for e in _events(annotator, body) if e[0] == "ASSAULT"]
    assert assaults == [("ASSAULT", "frappe de drone")]
    assert _role(annotator, body, "frappe de drone", "actor", False) == ["L'armée"]


def test_a_definite_noun_names_the_act_told_last(annotator: Preannotator) -> None:
    body = (
        "Militants set fire to at least 30 fuel tankers and abducted several drivers on "
        "Tuesday near Kati, unions said.\n"
        "The attack is the latest in a blockade the group declared in September.\n"
        "The army said it had killed several militants during an ambush on a convoy near "
        "Didiéni on Wednesday."
    )
    events = _events(annotator, body, english=True)
    assert ("ASSAULT", "attack") not in events
    assert ("ASSAULT", "ambush") in events
    assert _role(annotator, body, "ambush", "location", True) == ["Didiéni"]


def test_on_the_sidelines_of_the_summit_is_the_summit(annotator: Preannotator) -> None:
    body = (
        "Les chefs d'Etat du Mali, du Burkina Faso et du Niger, réunis samedi à Niamey pour "
        "le deuxième sommet de la Confédération, ont annoncé une force unifiée.\n"
        "En marge du sommet, le ministre russe de la Défense, en visite à Niamey depuis "
        "vendredi, a signé un accord avec son homologue."
    )
    # The summit and the minister's visit: the second "sommet" joins the first event,
    # and the visit, told after it, is not taken into it.
    consults = [e for e in _events(annotator, body) if e[0] == "CONSULT"]
    assert len(consults) == 2
    assert ("CONSULT", "visite") in consults
