"""Pre-annotation 0.61.0, stray suggestions and wrong actors.

An act only threatened is no event of its own (codebook, THREATEN: "The threatened act
is not coded as a separate event"): "threatened to attack", "threatened to arrest"; nor
is the condition it sets ("si les villageois ne libéraient pas", "unless ... withdrew"). A
raid named again after the seizure and the arrests it made ("The raid followed a
tip-off") is that police act, not an attack beside it. Shops or schools that
shut by themselves ("de nombreux commerces ont fermé") are no restriction imposed. The
"par"/"by" agent of an act told as a noun is its actor, not the subject of the verb that
reports it ("Les autorités ont indiqué que le pillage de l'école par des hommes armés
..."). Every name of a list of subjects is an actor ("Le Mali, le Niger et le Burkina
ont signé"), and English countries sign "a mutual defence pact" as they sign "a pact".
The other side's attack later that day is an event of its own, not a phase of the attack
told before; English "bombard" is an attack. Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _fr(body: str) -> dict[str, Any]:
    return titled_document("Titre", body, "Niamey")


def _events(
    annotator: Preannotator, doc: dict[str, Any]
) -> list[tuple[str, str, dict[str, list[str]]]]:
    """The suggested events in text order: (trigger text, label, {role: [argument texts]})."""
    result = next(annotator.predict([doc])).result
    regions = {i["id"]: i for i in result if i.get("type") == "labels"}
    events = {
        i["id"]: (i["value"]["start"], i["value"]["text"], i["value"]["labels"][0], {})
        for i in result
        if i.get("from_name") == "event"
    }
    for r in result:
        if r.get("type") == "relation" and r["from_id"] in events:
            roles: dict[str, list[str]] = events[r["from_id"]][3]
            roles.setdefault(r["labels"][0], []).append(regions[r["to_id"]]["value"]["text"])
    return [(text, label, args) for _, text, label, args in sorted(events.values())]


def _labels(annotator: Preannotator, doc: dict[str, Any]) -> list[tuple[str, str]]:
    return [(text, label) for text, label, _ in _events(annotator, doc)]


def _actors_of(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    found = [args for text, _, args in _events(annotator, doc) if text == trigger]
    assert found, _labels(annotator, doc)
    return sorted(found[0].get("actor", []))


# An act only threatened


def test_an_attack_only_threatened_is_no_attack(annotator: Preannotator) -> None:
    doc = english_document(
        "A local armed group threatened on Sunday to attack the market of Ayorou if "
        "traders kept paying taxes to the state, residents said."
    )
    # Before 0.61.0 an ASSAULT "attack" beside the threat.
    assert [label for _, label in _labels(annotator, doc)] == ["THREATEN"]


def test_an_arrest_only_threatened_is_no_arrest(annotator: Preannotator) -> None:
    doc = english_document(
        "The junta threatened to arrest any journalist who reported on the fighting."
    )
    assert "COERCE" not in [label for _, label in _labels(annotator, doc)]


def test_an_attack_carried_out_after_a_threat_is_kept(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen who had threatened the village last week attacked it on Sunday, killing "
        "three farmers."
    )
    assert "ASSAULT" in [label for _, label in _labels(annotator, doc)]


def test_the_condition_a_threat_sets_is_no_event(annotator: Preannotator) -> None:
    body = (
        "Un groupe armé a menacé samedi de brûler les greniers de Bankass si les "
        "villageois ne libéraient pas deux de ses membres, selon un notable."
    )
    # Before 0.61.0 a RETREAT "libéraient" (release), the condition of the threat.
    assert [label for _, label in _labels(annotator, _fr(body))] == ["THREATEN"]


def test_the_condition_after_unless_is_no_event(annotator: Preannotator) -> None:
    doc = english_document(
        "The militants threatened reprisals against Tera unless the self-defence group "
        "withdrew from the area, residents said."
    )
    assert "RETREAT" not in [label for _, label in _labels(annotator, doc)]


# A raid named again after the arrests it made


def test_a_raid_named_again_after_its_arrests_is_no_attack(annotator: Preannotator) -> None:
    doc = english_document(
        "Gendarmes seized two rifles and detained four men in Dosso on Friday. The raid "
        "came after residents alerted the authorities, officials said."
    )
    # Before 0.61.0 an ASSAULT "raid" beside the seizure and the arrests.
    assert [label for _, label in _labels(annotator, doc)] == ["COERCE", "COERCE"]


def test_a_raid_on_a_village_is_still_an_attack(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen killed six villagers in a raid on Tilia on Friday, local officials said."
    )
    assert "ASSAULT" in [label for _, label in _labels(annotator, doc)]


# Shops that shut by themselves


def test_shops_closing_by_themselves_are_no_restriction(annotator: Preannotator) -> None:
    body = (
        "Des coups de feu ont retenti dimanche soir dans le quartier. Le lendemain, la "
        "plupart des boutiques ont fermé par crainte de nouvelles violences."
    )
    # Before 0.61.0 a COERCE "fermé".
    assert "COERCE" not in [label for _, label in _labels(annotator, _fr(body))]


def test_shops_closed_by_an_armed_group_are_a_restriction(annotator: Preannotator) -> None:
    body = "Des hommes armés ont obligé les commerçants de Téra à fermer leurs boutiques mardi."
    assert "COERCE" in [label for _, label in _labels(annotator, _fr(body))]


# The agent of an act told as a noun


def test_the_agent_of_a_looting_told_as_a_noun_is_its_actor(annotator: Preannotator) -> None:
    body = (
        "Le préfet a expliqué que le pillage du dispensaire par des bandits armés, samedi, "
        "avait privé le village de soins."
    )
    actors = [
        args.get("actor", [])
        for text, label, args in _events(annotator, _fr(body))
        if label in ("ASSAULT", "COERCE")
    ]
    # Before 0.61.0 the prefect, subject of the verb that reports it.
    assert actors == [["des bandits armés"]]


# A list of subjects


def test_three_countries_listed_before_a_signing_are_three_actors(
    annotator: Preannotator,
) -> None:
    body = "Le Mali, le Niger et le Tchad ont signé mardi à Niamey un accord de sécurité."
    # Before 0.61.0 only the first country.
    assert _actors_of(annotator, _fr(body), "accord") == ["Mali", "Niger", "Tchad"]


def test_two_countries_are_still_two_actors(annotator: Preannotator) -> None:
    body = "Le Niger et le Bénin ont signé lundi un accord sur le transit des marchandises."
    assert _actors_of(annotator, _fr(body), "accord") == ["Bénin", "Niger"]


def test_countries_signing_a_qualified_pact_are_its_actors(annotator: Preannotator) -> None:
    doc = english_document("Niger and Chad signed a joint border security pact on Monday.")
    # Before 0.61.0 no actor: an adjective stood between "signed a" and the noun.
    assert _actors_of(annotator, doc, "pact") == ["Chad", "Niger"]


# A counter-act later that day


def test_the_armys_strike_later_that_day_is_its_own_event(annotator: Preannotator) -> None:
    doc = english_document(
        "Militants stormed an army post near Tahoua on Saturday morning, killing four "
        "soldiers. The army shelled the attackers' hideouts later that day, a military "
        "source said."
    )
    events = [(label, args.get("actor", [])) for _, label, args in _events(annotator, doc)]
    # Before 0.61.0 the shelling was merged into the storming of the post.
    assert [label for label, _ in events] == ["ASSAULT", "ASSAULT"]
    assert events[1][1] == ["The army"]


def test_bombarded_is_an_attack(annotator: Preannotator) -> None:
    doc = english_document("The air force bombarded a militant camp near Diffa on Tuesday.")
    # Before 0.61.0 no English "bombard" in the lexicon (the French "bombarder" was).
    assert ("bombarded", "ASSAULT") in _labels(annotator, doc)
