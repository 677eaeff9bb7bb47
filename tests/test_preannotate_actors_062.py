"""Pre-annotation 0.62.0, actors of a raid's last acts, of claimed attacks, of groups
described by their network and of sieges told as a state.

The raiders who attacked also burned and looted: a burning or a looting with no actor
takes the raiders its own sentence names before it, else the armed actor of the attack
told just before ("They killed ... and set fire to the market"); an agentless passive
("plusieurs cases ont été incendiées") stays without one, as annotators code it. An
armed group's claim makes it an actor of the attacks told before it that have no armed
group or state force for actor. "JNIM, an al-Qaeda affiliate": the network describes the
actor, it is not it. A siege told as a state ("une ville sous blocus", "the besieged
town") names its author in its own phrase or not at all. Each sentence is written for
the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_event_places_060 import role_texts as _role
from tests.test_preannotate_events import english_document, titled_document


def _fr(body: str, town: str = "Bamako") -> dict[str, Any]:
    return titled_document("Titre", body, town)


def test_raiders_set_fire_after_killing(annotator: Preannotator) -> None:
    body = (
        "Gunmen on motorbikes stormed the village of Kourfa on Sunday, residents said.\n"
        "They killed at least twelve people and set fire to the market before fleeing."
    )
    # Before 0.62.0 the burning had no actor.
    assert _role(annotator, english_document(body), "set fire") == ["Gunmen"]


def test_raiders_burn_and_carry_off_after_killing(annotator: Preannotator) -> None:
    body = (
        "Selon des déplacés, les assaillants ont abattu cinq bergers près de Tin-Akoff, "
        "avant d'incendier plusieurs greniers et d'emporter des dizaines de têtes de bétail."
    )
    doc = _fr(body, "Dori")
    assert _role(annotator, doc, "emporter") == ["les assaillants"]


def test_an_agentless_burning_has_no_raider_for_actor(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué mardi le village de Tongou, tuant six personnes. "
        "Une vingtaine de cases ont été incendiées."
    )
    # A guard: annotators leave an agentless passive without an actor.
    assert _role(annotator, _fr(body, "Mopti"), "incendiées") == []


def test_a_claim_gives_its_group_to_the_mine_blast_before(annotator: Preannotator) -> None:
    body = (
        "Un véhicule de l'escorte a sauté dimanche sur un engin explosif près de Boni, "
        "tuant trois soldats. Le Groupe de soutien à l'islam et aux musulmans (JNIM) a "
        "revendiqué l'attaque lundi dans un message."
    )
    # A guard: the claim names the blast's author.
    assert _role(annotator, _fr(body, "Mopti"), "engin explosif") == [
        "Groupe de soutien à l'islam et aux musulmans"
    ]


def test_a_claim_gives_its_group_to_the_loot_of_the_attack(annotator: Preannotator) -> None:
    body = (
        "Des dizaines d'assaillants à moto ont attaqué samedi le poste de Gorgadji. Ils ont "
        "tué quatre gendarmes et emporté des armes et des munitions.\n"
        "Le Groupe de soutien à l'islam et aux musulmans a revendiqué l'attaque dimanche "
        "sur ses canaux de propagande."
    )
    actors = _role(annotator, _fr(body, "Ouagadougou"), "emporté")
    assert "Groupe de soutien à l'islam et aux musulmans" in actors


def test_a_claim_is_no_actor_of_an_agentless_passive(annotator: Preannotator) -> None:
    body = (
        "Plusieurs boutiques du marché de Tin-Ediar auraient été pillées puis incendiées "
        "jeudi. Le JNIM a revendiqué l'attaque vendredi."
    )
    # A guard: the passive stays without an actor.
    assert _role(annotator, _fr(body, "Gao"), "incendiées") == []


def test_a_claim_is_no_actor_of_the_armys_strike(annotator: Preannotator) -> None:
    body = (
        "L'armée malienne a mené jeudi des frappes aériennes près de Boni. Le JNIM a "
        "revendiqué vendredi l'attaque d'un convoi sur le même axe."
    )
    # A guard: the army's own strike keeps the army.
    assert _role(annotator, _fr(body, "Mopti"), "frappes aériennes") == ["armée malienne"]


def test_the_network_before_affiliate_is_no_actor(annotator: Preannotator) -> None:
    body = (
        "JNIM, an al-Qaeda affiliate, ambushed a military convoy near Niono on Sunday, "
        "killing several soldiers."
    )
    # Before 0.62.0 the actor was al-Qaeda.
    assert _role(annotator, english_document(body), "ambushed") == ["JNIM"]


def test_the_network_before_linked_is_no_actor(annotator: Preannotator) -> None:
    body = "The al-Qaeda-linked JNIM attacked an army post near Djibo on Friday."
    assert "al-Qaeda" not in _role(annotator, english_document(body), "attacked")


def test_a_town_under_siege_takes_no_actor_from_the_sentence(annotator: Preannotator) -> None:
    body = (
        "L'armée burkinabè a largué lundi des vivres et des médicaments à Djibo, ville "
        "sous blocus depuis plusieurs mois."
    )
    doc = _fr(body, "Ouagadougou")
    # Before 0.62.0 the army, the subject of the drop, laid the siege.
    assert _role(annotator, doc, "blocus") == []
    assert _role(annotator, doc, "largué") == ["armée burkinabè"]


def test_the_besieged_town_takes_no_actor(annotator: Preannotator) -> None:
    body = (
        "The army dropped food and medicine by helicopter to the besieged town of Djibo on Monday."
    )
    assert _role(annotator, english_document(body), "besieged") == []


def test_the_lifting_of_a_siege_takes_no_nearest_name(annotator: Preannotator) -> None:
    body = (
        "L'accord, négocié sous l'égide du Haut Conseil islamique, prévoyait la levée du "
        "blocus imposé au village en échange de l'arrêt des patrouilles."
    )
    assert _role(annotator, _fr(body, "Ségou"), "blocus") == []


def test_a_group_enforcing_a_blockade_stays_its_actor(annotator: Preannotator) -> None:
    body = (
        "Militants linked to JNIM attacked fuel tankers near Kayes on Monday. The group "
        "has enforced a blockade on fuel imports since September."
    )
    # A guard: a siege told as an act keeps its author.
    assert _role(annotator, english_document(body), "blockade") != []
