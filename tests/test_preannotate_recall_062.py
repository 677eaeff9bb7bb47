"""Pre-annotation 0.62.0, event recall and merging: a grenade thrown is the attack
(ASSAULT explosives), active or passive, in French and English, and tear gas thrown
stays crowd control; a distribution of rations or kits is aid; "leur" right before a
verb the tagger read as a noun, after a subject or a comma and before "de", is the
verb's pronoun ("leur reproche d'avoir relayé"), and "reprochant", read as a noun, is
the verb: an accusation; a witness who "also confirmed the ambush" retells the ambush
told before, no second one; a crowd gathered for a funeral, a burial or a prayer is no
protest; a phrase opened by a verb also opens on its participle the tagger read as an
adjective ("a gelé les avoirs"). Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import titled_document
from tests.test_preannotate_events_061 import event_labels, events_in_order


def test_a_grenade_thrown_passive_is_an_attack(annotator: Preannotator) -> None:
    body = (
        "Une grenade a été lancée jeudi soir contre un maquis du quartier de Sosso à "
        "Gao, blessant trois clients, selon la police."
    )
    # Before 0.62.0 no event: "lancer" is no trigger, "grenade" only an instrument.
    assert ("grenade a été lancée", "ASSAULT") in events_in_order(annotator, body)


def test_a_grenade_thrown_active_is_an_attack(annotator: Preannotator) -> None:
    body = "Des inconnus ont lancé une grenade sur le commissariat de Tillabéri mardi."
    assert event_labels(annotator, body) == ["ASSAULT"]


def test_a_grenade_thrown_in_english_is_an_attack(annotator: Preannotator) -> None:
    body = (
        "A grenade was thrown at a police checkpoint in Niamey on Friday night, a "
        "security source said."
    )
    assert "ASSAULT" in event_labels(annotator, body, english=True)


def test_tear_gas_grenades_stay_crowd_control(annotator: Preannotator) -> None:
    body = (
        "La police a lancé des grenades lacrymogènes pour disperser les manifestants "
        "devant la mairie de Kaya."
    )
    # The lexicon's longest phrase: tear gas thrown is crowd control, no explosive.
    assert ("lancé des grenades lacrymogènes", "ASSAULT") in events_in_order(annotator, body)
    result = next(annotator.predict([titled_document("Titre", body)])).result
    modes = [
        c
        for item in result
        if item.get("from_name") == "mode_assault"
        for c in item["value"]["choices"]
    ]
    assert modes == ["crowd-control"]


def test_a_distribution_of_rations_is_aid(annotator: Preannotator) -> None:
    body = (
        "Le Haut-Commissariat pour les réfugiés a commencé lundi la distribution des "
        "rations mensuelles à quelque 8 000 réfugiés du camp de Mentao."
    )
    # Before 0.62.0 only "distribution de vivres" was aid.
    assert ("distribution des rations", "AID") in events_in_order(annotator, body)


def test_leur_before_a_verb_after_its_subject_is_a_pronoun(annotator: Preannotator) -> None:
    body = (
        "Le Conseil supérieur de la communication a suspendu deux radios étrangères. "
        "Le régulateur leur reproche d'avoir diffusé des appels à la violence."
    )
    # Before 0.62.0 "leur reproche" was read as a noun after its determiner.
    assert ("reproche", "ACCUSE") in events_in_order(annotator, body)


def test_a_present_participle_of_blame_read_as_a_noun(annotator: Preannotator) -> None:
    body = (
        "La Haute autorité a suspendu lundi deux chaînes de télévision, leur reprochant "
        "des reportages jugés partiaux sur la situation sécuritaire."
    )
    # Before 0.62.0 "reprochant" was no trigger: the tagger reads it as a noun of its own.
    assert ("reprochant", "ACCUSE") in events_in_order(annotator, body)


def test_leur_as_a_determiner_after_a_verb_stays_a_noun(annotator: Preannotator) -> None:
    body = "Les élus ont exprimé leur reproche au ministre lors de la session de mardi."
    assert "ACCUSE" not in event_labels(annotator, body)


def test_a_witness_who_also_confirms_the_ambush_retells_it(annotator: Preannotator) -> None:
    body = (
        "Huit soldats ont été tués lundi dans une embuscade tendue par des jihadistes "
        "entre Boni et Hombori, a annoncé l'armée. Un élu de Boni a également confirmé "
        "l'embuscade, évoquant « huit corps » ramenés en ville."
    )
    # Before 0.62.0 "également" made the ambush retold a second one.
    assert event_labels(annotator, body) == ["ASSAULT"]


def test_a_claim_of_the_attack_also_made_is_no_second_attack(annotator: Preannotator) -> None:
    body = (
        "Militants attacked a gendarmerie post near Tera on Sunday, killing four "
        "gendarmes. The jihadist group also claimed the attack in a statement."
    )
    assert event_labels(annotator, body, english=True).count("ASSAULT") == 1


def test_another_attack_the_same_day_stays_apart(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué dimanche le village de Tizegorou, tuant dix "
        "civils. Le même jour, un autre groupe a également attaqué le village voisin "
        "de Zaroumdareye, où quatre personnes ont été tuées."
    )
    assert event_labels(annotator, body).count("ASSAULT") == 2


def test_a_crowd_at_a_funeral_is_no_protest(annotator: Preannotator) -> None:
    body = (
        "Thousands gathered in Niamey on Saturday for the funeral of the soldiers "
        "killed in an ambush near Tassia."
    )
    # Before 0.62.0 the gathering was a demonstration (PROTEST demo).
    assert "PROTEST" not in event_labels(annotator, body, english=True)
    body = (
        "Des centaines de personnes se sont rassemblées mercredi à Kaya pour les "
        "obsèques des victimes de l'attaque."
    )
    assert "PROTEST" not in event_labels(annotator, body)


def test_a_crowd_gathered_to_protest_stays_a_protest(annotator: Preannotator) -> None:
    body = (
        "Des centaines de jeunes se sont rassemblés mardi devant le gouvernorat de Kaya "
        "pour réclamer plus de sécurité."
    )
    assert "PROTEST" in event_labels(annotator, body)


def test_a_phrase_opened_by_a_participle_read_as_an_adjective(annotator: Preannotator) -> None:
    body = (
        "La CEDEAO a suspendu vendredi la Guinée de ses instances. L'organisation a "
        "également gelé les avoirs financiers des membres de la junte."
    )
    # Before 0.62.0 "gelé" (tagged an adjective, lemma "gelé") opened no "geler les avoirs".
    assert ("gelé les avoirs", "SANCTION") in events_in_order(annotator, body)
