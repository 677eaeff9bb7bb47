"""Pre-annotation 0.61.0, one suggestion per real event: a theft the lexicon names with
its goods ("ont volé du bétail") is kept; a measure of another kind told after a coup
("la fermeture des frontières") or told as one more ("ont également annoncé") is not
the coup; a vehicle on a mine told in a sentence of its own is another incident than
the attack told before it; attacks a measure is to prevent ("prévenir les attaques") are
no events; "renverser le chef de l'État" is a coup; an agreement in force
named ("les signataires de l'accord de 2015", "le comité de suivi de l'accord") is none
reached; a threat withdrawn ("a retiré sa menace", "withdrew their threat") is a
concession (CONCEDE). Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def events_in_order(
    annotator: Preannotator, body: str, english: bool = False
) -> list[tuple[str, str]]:
    """Each suggested event's trigger text and label, in text order."""
    doc: dict[str, Any] = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    found = [
        (item["value"]["start"], item["value"]["text"], item["value"]["labels"][0])
        for item in result
        if item.get("from_name") == "event"
    ]
    return [(text, label) for _, text, label in sorted(found)]


def event_labels(annotator: Preannotator, body: str, english: bool = False) -> list[str]:
    return [label for _, label in events_in_order(annotator, body, english)]


def test_cattle_stolen_in_another_incident_is_a_theft(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué jeudi un hameau de la commune de Gorom-Gorom, "
        "tuant trois bergers.\n"
        "Dans un autre incident, des individus armés ont volé du bétail près de Markoye, "
        "selon un conseiller municipal."
    )
    # Before 0.61.0 the theft was dropped: the goods lay inside the lexicon's phrase.
    assert ("volé du bétail", "COERCE") in events_in_order(annotator, body)


def test_a_plain_flight_is_no_theft(annotator: Preannotator) -> None:
    body = "Les oiseaux ont volé au-dessus du fleuve toute la journée de mardi."
    assert "COERCE" not in event_labels(annotator, body)


def test_border_closure_after_a_coup_is_its_own_measure(annotator: Preannotator) -> None:
    body = (
        "Des officiers ont renversé dimanche le président de la République et annoncé "
        "la dissolution de l'Assemblée nationale.\n"
        "Les mutins ont également annoncé la fermeture des frontières terrestres du "
        "pays jusqu'à nouvel ordre."
    )
    # Before 0.61.0 the definite closure joined the coup (COERCE seize).
    triggers = [t for t, label in events_in_order(annotator, body) if label == "COERCE"]
    assert "renversé" in triggers
    assert "fermeture" in triggers


def test_a_head_of_state_overthrown_is_a_coup(annotator: Preannotator) -> None:
    body = "Des militaires ont renversé le chef de l'État dans la nuit de mardi à mercredi."
    # Before 0.61.0 only "renverser le président / le gouvernement / le régime".
    assert ("renversé le chef de l'État", "COERCE") in events_in_order(annotator, body)


def test_the_closure_retold_joins_the_closure(annotator: Preannotator) -> None:
    body = (
        "Le gouverneur a ordonné lundi la fermeture du marché de Djibo.\n"
        "La fermeture du marché a provoqué la colère des commerçants."
    )
    triggers = [t for t, label in events_in_order(annotator, body) if label == "COERCE"]
    assert triggers == ["fermeture"]


def test_a_mine_blast_after_an_attack_is_another_incident(annotator: Preannotator) -> None:
    body = (
        "Des assaillants ont attaqué mercredi le poste de gendarmerie de Léré, tuant "
        "un gendarme.\n"
        "Un camion de l'armée a ensuite sauté sur une mine près de la frontière "
        "mauritanienne, faisant deux blessés."
    )
    # Before 0.61.0 the blast joined the attack (and gave it the mode explosives).
    assert [label for label in event_labels(annotator, body) if label == "ASSAULT"] == [
        "ASSAULT",
        "ASSAULT",
    ]


def test_an_english_mine_blast_after_an_attack_is_another_incident(
    annotator: Preannotator,
) -> None:
    body = (
        "Gunmen attacked a police station in Dosso on Tuesday, wounding two officers.\n"
        "A police vehicle later struck a landmine near the border with Benin, killing "
        "one officer."
    )
    assert [
        label for label in event_labels(annotator, body, english=True) if label == "ASSAULT"
    ] == [
        "ASSAULT",
        "ASSAULT",
    ]


def test_a_mine_the_attackers_set_off_stays_with_a_toll_told_first(
    annotator: Preannotator,
) -> None:
    body = (
        "Quatre soldats ont été tués mardi près de Boni.\n"
        "Leur véhicule a sauté sur une mine artisanale, selon une source militaire."
    )
    assert [label for label in event_labels(annotator, body) if label == "ASSAULT"] == ["ASSAULT"]


def test_attacks_a_ban_is_to_prevent_are_no_event(annotator: Preannotator) -> None:
    body = (
        "Le préfet a interdit lundi la circulation des motos dans le département de "
        "Banibangou.\n"
        "La mesure vise à prévenir les attaques des groupes armés."
    )
    # Before 0.61.0 "attaques" was suggested as an ASSAULT.
    assert "ASSAULT" not in event_labels(annotator, body)


def test_further_attacks_to_prevent_are_no_event(annotator: Preannotator) -> None:
    body = (
        "The army deployed more troops to Ayorou on Monday to prevent further attacks "
        "on the town's market."
    )
    assert "ASSAULT" not in event_labels(annotator, body, english=True)


def test_the_signatories_of_an_agreement_in_force_reach_no_agreement(
    annotator: Preannotator,
) -> None:
    body = (
        "Les mouvements signataires de l'accord de 2015 ont condamné mardi les frappes "
        "menées près de Tinzaouatène."
    )
    # Before 0.61.0 "accord" was suggested as an AGREE.
    assert "AGREE" not in event_labels(annotator, body)


def test_the_follow_up_committee_of_an_agreement_reaches_none(annotator: Preannotator) -> None:
    body = (
        "Le comité de suivi de l'accord s'est réuni jeudi à Kidal sous la présidence du médiateur."
    )
    assert "AGREE" not in event_labels(annotator, body)


def test_an_agreement_signed_is_still_an_agreement(annotator: Preannotator) -> None:
    body = (
        "Le gouvernement et deux groupes armés ont signé jeudi à Alger un accord de "
        "cessation des hostilités."
    )
    assert "AGREE" in event_labels(annotator, body)


def test_a_rumoured_attack_stays_suggested(annotator: Preannotator) -> None:
    # The codebook codes an attack reported and denied, with its factuality: the
    # annotator decides, so it stays suggested.
    body = (
        "Des rumeurs d'attaque contre le marché de Kaya ont circulé mardi sur les "
        "réseaux sociaux, selon des habitants."
    )
    assert "ASSAULT" in event_labels(annotator, body)


def test_a_threat_withdrawn_is_a_concession(annotator: Preannotator) -> None:
    body = (
        "Le groupe armé a retiré lundi sa menace contre les commerçants de Boni, selon "
        "un message audio."
    )
    # Before 0.61.0 a THREATEN: the threat named, not its withdrawal.
    assert event_labels(annotator, body) == ["CONCEDE"]


def test_an_english_threat_withdrawn_is_a_concession(annotator: Preannotator) -> None:
    body = "The rebels withdrew their threat against the mining company on Monday."
    # Before 0.61.0 RETREAT withdraw.
    assert event_labels(annotator, body, english=True) == ["CONCEDE"]


def test_a_threat_made_stays_a_threat(annotator: Preannotator) -> None:
    body = "Le JNIM a menacé lundi les transporteurs qui circulent vers Kayes."
    assert event_labels(annotator, body) == ["THREATEN"]
