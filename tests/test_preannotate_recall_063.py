"""Pre-annotation 0.63.0, event recall and one suggestion per real event: a vehicle or
a team intercepted is the attack, unless the interception only tells how the robbers or
the kidnappers of an act told with it or before it stopped their victims; an English
"strike" called by unions, held by traders or told with its length is a work stoppage
(PROTEST strike), not a blow; a member suspended "from its bodies" is sanctioned; "since
the attack" after people displaced elsewhere names the attack told before, no second
one; goods handed out and a relief convoy that arrives are aid; a place "targeted by
militants" or "visé par des hommes armés" is attacked (no device named); hostages
"exfiltrés" by the forces are aid; "entamer des discussions" is a consultation; "aucune
attaque", "no arrests" name no act; villagers "qui tentaient de fuir" are not driven
out; "depuis l'attaque" after a burning joins the burning, its clause's people and
places left to its own verb. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events_061 import event_labels, events_in_order


def test_a_bus_intercepted_by_bandits_is_an_attack(annotator: Preannotator) -> None:
    body = (
        "Des bandits armés ont intercepté mardi soir un car de voyageurs sur la route "
        "de Kayes, à une vingtaine de kilomètres de Diéma."
    )
    # Before 0.63.0 no event: "intercepter" was no trigger.
    assert ("intercepté", "ASSAULT") in events_in_order(annotator, body)


def test_an_english_interception_is_an_attack(annotator: Preannotator) -> None:
    body = "Armed men intercepted a minibus on the road to Téra on Sunday evening."
    assert ("intercepted", "ASSAULT") in events_in_order(annotator, body, english=True)


def test_an_interception_after_the_abduction_is_no_second_event(
    annotator: Preannotator,
) -> None:
    body = (
        "Un infirmier a été enlevé jeudi près de Djenné par des hommes armés. Il "
        "revenait d'une campagne de vaccination quand sa moto a été interceptée."
    )
    assert event_labels(annotator, body) == ["ASSAULT"]


def test_an_interception_with_the_robbery_is_the_robbery(annotator: Preannotator) -> None:
    body = (
        "Une équipe humanitaire a été interceptée lundi près de Bourem par des hommes "
        "armés qui ont saisi son véhicule et ses téléphones."
    )
    labels = event_labels(annotator, body)
    assert "COERCE" in labels
    assert "ASSAULT" not in labels


def test_a_one_day_strike_is_a_work_stoppage(annotator: Preannotator) -> None:
    body = (
        "Shops in Niamey stayed shut on Monday during a one-day strike called by the "
        "traders' union."
    )
    # Before 0.63.0 an ASSAULT: "strike" was only a blow.
    assert ("strike", "PROTEST") in events_in_order(annotator, body, english=True)


def test_a_strike_by_teachers_over_pay_is_a_work_stoppage(annotator: Preannotator) -> None:
    body = "A strike by secondary school teachers over unpaid bonuses entered its third week."
    labels = event_labels(annotator, body, english=True)
    assert "PROTEST" in labels
    assert "ASSAULT" not in labels


def test_a_strike_on_a_camp_stays_an_attack(annotator: Preannotator) -> None:
    body = "The army said the strike had destroyed a militant camp near Ménaka on Friday."
    assert "PROTEST" not in event_labels(annotator, body, english=True)


def test_a_member_suspended_from_the_bodies_is_sanctioned(annotator: Preannotator) -> None:
    body = (
        "The regional bloc suspended Guinea from all its decision-making bodies on "
        "Thursday after the coup."
    )
    # Before 0.63.0 a COERCE: only the French "de ses instances" was a sanction.
    assert ("suspended", "SANCTION") in events_in_order(annotator, body, english=True)


def test_people_displaced_since_the_attack_make_no_second_attack(
    annotator: Preannotator,
) -> None:
    body = (
        "Gunmen attacked the village of Boundoré on Saturday, killing twelve people, "
        "officials said. Some 3,000 residents have been displaced to Sebba since the "
        "attack, an aid agency said on Tuesday."
    )
    # Before 0.63.0 "the attack", placed at Sebba by the displacement, stood apart.
    assert event_labels(annotator, body, english=True).count("ASSAULT") == 1


def test_rations_handed_out_are_aid(annotator: Preannotator) -> None:
    body = "Volunteers handed out rice and blankets to displaced families in Kaya on Monday."
    assert ("handed out", "AID") in events_in_order(annotator, body, english=True)


def test_a_food_convoy_that_arrives_is_aid(annotator: Preannotator) -> None:
    body = (
        "Un convoi de vivres escorté par l'armée est arrivé dimanche à Arbinda, une "
        "ville sous blocus depuis des mois."
    )
    assert ("arrivé", "AID") in events_in_order(annotator, body)


def test_a_relief_convoy_reaching_a_town_is_aid(annotator: Preannotator) -> None:
    body = "A relief convoy reached Léré on Thursday after weeks of blockade."
    assert ("reached", "AID") in events_in_order(annotator, body, english=True)


def test_a_minister_who_arrives_brings_no_aid(annotator: Preannotator) -> None:
    body = (
        "Le ministre de la Défense est arrivé lundi à Gao pour une visite de travail de deux jours."
    )
    assert "AID" not in event_labels(annotator, body)


def test_a_base_stormed_then_the_attack_is_one_event(annotator: Preannotator) -> None:
    body = (
        "Militants stormed an army base in Boni on Tuesday, killing nine soldiers. The "
        "attack was claimed by JNIM on Wednesday."
    )
    assert event_labels(annotator, body, english=True) == ["ASSAULT"]


def test_a_convoy_targeted_by_militants_is_an_attack(annotator: Preannotator) -> None:
    body = "An army supply convoy was targeted by militants near Djibo on Saturday."
    # Before 0.63.0 no event: "targeted by" was taken to name a device or an attack.
    assert ("targeted", "ASSAULT") in events_in_order(annotator, body, english=True)


def test_a_post_targeted_by_armed_men_is_an_attack(annotator: Preannotator) -> None:
    body = "Le poste de police de Kantchari a été visé dans la nuit par des hommes armés."
    assert ("visé", "ASSAULT") in events_in_order(annotator, body)


def test_a_convoy_targeted_by_a_device_keeps_the_device(annotator: Preannotator) -> None:
    body = "Un convoi a été visé mardi par un engin explosif improvisé près de Tessit."
    assert event_labels(annotator, body) == ["ASSAULT"]
    assert "visé" not in [text for text, _ in events_in_order(annotator, body)]


def test_hostages_extracted_by_special_forces_are_aid(annotator: Preannotator) -> None:
    body = (
        "Les forces spéciales ont exfiltré samedi trois otages détenus dans un camp "
        "près de Niono, a indiqué l'armée."
    )
    # Hostages freed by the forces are AID (corpus coding notes), as "libérés par".
    assert ("exfiltré", "AID") in events_in_order(annotator, body)


def test_talks_opened_are_a_consultation(annotator: Preannotator) -> None:
    body = (
        "Le gouvernement et les syndicats de transporteurs ont entamé des discussions "
        "mardi à Niamey sur le prix du gasoil."
    )
    assert ("entamé des discussions", "CONSULT") in events_in_order(annotator, body)


def test_a_convoy_that_arrives_and_its_delivery_are_one_aid(annotator: Preannotator) -> None:
    body = (
        "Un convoi humanitaire est arrivé lundi à Djibo. Il a acheminé 300 tonnes de "
        "céréales pour les déplacés."
    )
    assert event_labels(annotator, body) == ["AID"]


def test_no_attack_at_all_is_no_event(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont enlevé mardi le directeur de l'école de Kalana. La "
        "commune n'avait jusque-là connu aucune attaque, selon le maire."
    )
    # Before 0.63.0 "aucune attaque" stood as an attack of its own.
    assert event_labels(annotator, body) == ["ASSAULT"]
    assert "attaque" not in [text for text, _ in events_in_order(annotator, body)]


def test_no_arrests_made_is_no_arrest(annotator: Preannotator) -> None:
    body = "Police dispersed the crowd in Zinder on Friday, but no arrests were made."
    assert "COERCE" not in event_labels(annotator, body, english=True)


def test_villagers_trying_to_flee_are_not_driven_out(annotator: Preannotator) -> None:
    body = (
        "Les assaillants ont ouvert le feu sur les habitants qui tentaient de fuir, "
        "tuant neuf personnes à Koumbri dimanche."
    )
    # Before 0.63.0 also a SANCTION expel: a flight attempted during the attack.
    assert "SANCTION" not in event_labels(annotator, body)


def test_villagers_who_fled_to_a_town_still_fled(annotator: Preannotator) -> None:
    body = "Plus de 2 000 habitants ont fui vers Ouahigouya après l'attaque de leur village."
    assert "SANCTION" in event_labels(annotator, body)


def test_since_the_attack_after_a_burning_is_the_burning(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont incendié lundi le centre de santé de Dinangourou. Plus de "
        "3 000 habitants sont privés de soins depuis l'attaque, selon le maire."
    )
    assert event_labels(annotator, body) == ["ASSAULT"]
