"""Pre-annotation 0.69.0, one happening told again: a toll raised, an attack acknowledged.

A toll a later sentence raises in the passive, with a day between the verb and its
figure ("le bilan a été porté dimanche soir à sept gendarmes tués", "the toll was raised
on Tuesday to nine"), is the toll of the act told before, not an act of its own; a first
figure told in a participle set before the update ("Annoncé d'abord à deux morts, le
bilan ...") is replaced, not counted. An act noun a later teller acknowledges or confirms
("The army acknowledged a \"complex attack\"", "a confirmé l'embuscade") is the act told
before. The traps: another attack told with a day of its own, "a new attack" confirmed,
and a toll told alone in its own story. Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _tolls(annotator: Preannotator, doc: dict[str, Any]) -> dict[str, list[str]]:
    """Each event's trigger text with the sorted texts of its casualties."""
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    events = {spans[i["id"]]["text"]: [] for i in result if i.get("from_name") == "event"}
    for r in result:
        if r.get("type") == "relation" and r["labels"] == ["casualties"]:
            trigger = spans[r["from_id"]]["text"]
            if trigger in events:
                events[trigger].append(spans[r["to_id"]]["text"])
    return {k: sorted(v) for k, v in events.items()}


def _fr(body: str) -> dict[str, Any]:
    return titled_document("Titre", body, "Mopti")


# A toll raised later is the attack's toll.


def test_a_passive_toll_raised_on_a_day_goes_to_the_attack(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué samedi à l'aube le poste de gendarmerie de Koro.\n"
        "Le bilan a été porté dimanche soir à sept gendarmes tués, selon une source sécuritaire."
    )
    # Before 0.69.0 "tués" was an attack of its own, dated Sunday.
    assert _tolls(annotator, _fr(body)) == {"attaqué": ["sept gendarmes tués"]}


def test_a_toll_revised_on_a_day_goes_to_the_ambush(annotator: Preannotator) -> None:
    body = (
        "Une patrouille de l'armée est tombée mardi dans une embuscade près de Djibo.\n"
        "Le bilan a été revu mercredi à la hausse à douze soldats tués, selon des sources locales."
    )
    assert _tolls(annotator, _fr(body)) == {"embuscade": ["douze soldats tués"]}


def test_a_toll_that_grew_on_a_morning_goes_to_the_attack(annotator: Preannotator) -> None:
    body = (
        "Des jihadistes ont attaqué jeudi le camp militaire de Boni.\n"
        "Le bilan s'est alourdi vendredi matin à onze soldats tués, selon l'état-major."
    )
    assert _tolls(annotator, _fr(body)) == {"attaqué": ["onze soldats tués"]}


def test_english_toll_raised_on_a_day_goes_to_the_attack(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked an army post near Ayorou on Monday, security sources said.\n"
        "The toll was raised on Tuesday to nine soldiers killed, a military source said."
    )
    assert _tolls(annotator, english_document(body)) == {"attacked": ["nine soldiers killed"]}


def test_a_first_figure_in_a_participle_is_replaced(annotator: Preannotator) -> None:
    body = (
        "Des jihadistes ont attaqué mardi le poste militaire de Léré.\n"
        "Estimé d'abord à quatre morts, le bilan a été relevé mercredi à neuf soldats tués, "
        "selon l'armée."
    )
    # Before 0.69.0 a second attack holding both figures.
    assert _tolls(annotator, _fr(body)) == {"attaqué": ["neuf soldats tués"]}


def test_guard_another_attack_on_another_day_stays_apart(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi le village de Tingara, tuant quatre civils.\n"
        "Mardi, d'autres assaillants ont tendu une embuscade à une patrouille près de "
        "Banibangou. Trois soldats ont été tués."
    )
    tolls = _tolls(annotator, _fr(body))
    assert tolls["attaqué"] == ["quatre civils"]
    assert tolls["embuscade"] == ["Trois soldats"]


# An attack acknowledged or confirmed by a later teller is the attack told.


def test_an_attack_the_army_acknowledged_is_the_one_told(annotator: Preannotator) -> None:
    body = (
        "At least fifteen soldiers were killed when jihadists overran an army post in "
        "Seytenga on Saturday, security sources said.\n"
        'The army acknowledged a "complex attack" on the post and said it had been repelled.'
    )
    # Before 0.69.0 "attack" was a second attack, with the army as its actor.
    assert list(_tolls(annotator, english_document(body))) == ["overran"]


def test_an_attack_the_army_confirmed_is_the_one_told(annotator: Preannotator) -> None:
    body = (
        "At least fifteen soldiers were killed when jihadists overran an army post in "
        "Seytenga on Saturday, security sources said.\n"
        "JNIM claimed the attack on Sunday in a message on its channels.\n"
        'The army confirmed a "complex attack" on the Seytenga post.'
    )
    assert list(_tolls(annotator, english_document(body))) == ["overran"]


def test_guard_a_new_attack_confirmed_is_another(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked a checkpoint in Kaya on Saturday, killing two police officers.\n"
        "On Monday the army confirmed a new attack on a village near Barsalogho, where five "
        "civilians were killed."
    )
    tolls = _tolls(annotator, english_document(body))
    assert tolls["attacked"] == ["two police officers"]
    assert tolls["attack"] == ["five civilians"]


def test_guard_an_ambush_confirmed_stays_one(annotator: Preannotator) -> None:
    body = (
        "Une patrouille est tombée mardi dans une embuscade près de Gorom-Gorom, tuant six "
        "soldats.\nL'état-major a confirmé l'embuscade dans un communiqué."
    )
    assert _tolls(annotator, _fr(body)) == {"embuscade": ["six soldats"]}


# The area of a network's branch in a claimer's apposition is no place of the act.


def test_a_claim_by_an_affiliate_in_the_sahel_is_the_attack_told(
    annotator: Preannotator,
) -> None:
    body = (
        "At least fifteen soldiers were killed when jihadists overran an army post in "
        "Seytenga on Saturday, security sources said.\n"
        "The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's affiliate in the "
        "Sahel, claimed the attack on Sunday in a message on its channels."
    )
    # Before 0.69.0 "attack" was a second attack placed in the Sahel.
    assert list(_tolls(annotator, english_document(body))) == ["overran"]


def test_a_claim_by_al_qaeda_s_branch_in_the_sahel_is_the_attack_told(
    annotator: Preannotator,
) -> None:
    body = (
        "Des jihadistes ont attaqué samedi le poste militaire de Boulkessi, tuant neuf "
        "soldats.\nLe Groupe de soutien à l'islam et aux musulmans (GSIM), branche "
        "d'al-Qaïda au Sahel, a revendiqué l'attaque dimanche."
    )
    assert list(_tolls(annotator, _fr(body))) == ["attaqué"]


def test_a_pluperfect_claim_of_the_ambush_is_the_ambush_told(annotator: Preannotator) -> None:
    body = (
        "Des militaires sont tombés samedi dans une embuscade près de Goundam, selon "
        "l'armée.\nDimanche, le JNIM avait revendiqué l'embuscade de la veille dans un message."
    )
    # Before 0.69.0 a second ambush, dated Sunday.
    assert list(_tolls(annotator, _fr(body))) == ["embuscade"]
