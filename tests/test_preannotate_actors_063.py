"""Pre-annotation 0.63.0, actors told in other words than dev's.

A sentence-opening "De présumés jihadistes ont attaqué", which the parse reads as an
oblique, names who attacked. A group described as "la branche sahélienne d'Al-Qaïda" or
"al Qaeda's affiliate in the Sahel" is the group, not its network. Whom a call asks to act
("appelle les autorités à enquêter") is the call's recipient, without the act asked for,
and never the actor of the acts that follow. "Officials blamed the attack on JNIM
fighters": the group blamed is the attack's actor, never who blames. Each sentence is
written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_event_places_060 import role_texts as _role
from tests.test_preannotate_events import english_document, titled_document


def _fr(body: str, town: str = "Bamako") -> dict[str, Any]:
    return titled_document("Titre", body, town)


def test_opening_suspected_jihadists_attack(annotator: Preannotator) -> None:
    body = (
        "De présumés jihadistes ont attaqué une patrouille de l'armée dimanche près de "
        "Téra, tuant six soldats, a annoncé le ministère de la Défense."
    )
    assert _role(annotator, _fr(body, "Niamey"), "attaqué") == ["présumés jihadistes"]


def test_opening_suspected_terrorists_with_the_day_first(annotator: Preannotator) -> None:
    body = (
        "De présumés terroristes ont attaqué vendredi un car de voyageurs sur l'axe "
        "Bandiagara-Bankass, selon des sources locales."
    )
    assert _role(annotator, _fr(body, "Mopti"), "attaqué") == ["présumés terroristes"]


def test_suspected_agent_after_par_still_found(annotator: Preannotator) -> None:
    body = "Trois gendarmes ont été tués samedi par de présumés jihadistes à Barsalogho."
    # A guard: the agent of a passive.
    assert _role(annotator, _fr(body, "Kaya"), "tués") == ["présumés jihadistes"]


def test_french_branch_with_an_adjective_is_no_actor(annotator: Preannotator) -> None:
    body = (
        "Des combattants du Groupe de soutien à l'islam et aux musulmans (JNIM), la "
        "branche sahélienne d'Al-Qaïda, ont attaqué mercredi un poste de gendarmerie à "
        "Seytenga, tuant deux gendarmes, selon une source sécuritaire."
    )
    actors = _role(annotator, _fr(body, "Dori"), "attaqué")
    assert "Al-Qaïda" not in actors
    assert actors and all("Qaïda" not in a for a in actors)


def test_english_possessive_affiliate_is_no_actor(annotator: Preannotator) -> None:
    body = (
        "Fighters from the Group for the Support of Islam and Muslims (JNIM), al Qaeda's "
        "affiliate in the Sahel, attacked a police post in Seytenga on Monday, killing "
        "four policemen, a security source said."
    )
    actors = _role(annotator, english_document(body), "attacked")
    assert "al Qaeda" not in actors
    assert actors


def test_islamic_state_branch_members_stay_the_actor(annotator: Preannotator) -> None:
    body = (
        "Des combattants de l'État islamique au Sahel, une branche de l'organisation État "
        "islamique, ont attaqué samedi une position de l'armée près de Ménaka."
    )
    # A guard: the members named before the apposition act.
    assert _role(annotator, _fr(body), "attaqué") == [
        "Des combattants de l'État islamique au Sahel"
    ]


def test_asked_party_without_the_act_asked(annotator: Preannotator) -> None:
    body = (
        "La CEDEAO a condamné mardi l'attaque contre des civils. L'organisation appelle "
        "les autorités de transition à protéger les populations."
    )
    recipients = _role(annotator, _fr(body, "Abuja"), "appelle", "recipient")
    assert recipients == ["les autorités de transition"]


def test_asked_authorities_to_investigate(annotator: Preannotator) -> None:
    body = (
        "Les Nations unies ont appelé jeudi les autorités maliennes à enquêter sur la mort "
        "de civils dans le centre du pays."
    )
    recipients = _role(annotator, _fr(body), "appelé", "recipient")
    assert recipients and all("enquêter" not in r for r in recipients)


def test_asked_partners_do_not_thank(annotator: Preannotator) -> None:
    body = (
        "Le HCR appelle les partenaires à renforcer leur appui et remercie le gouvernement "
        "togolais d'avoir maintenu ses frontières ouvertes."
    )
    assert "les partenaires" not in _role(annotator, _fr(body, "Lomé"), "remercie")


def test_asked_traders_do_not_strike(annotator: Preannotator) -> None:
    body = (
        "Le syndicat des transporteurs a appelé jeudi les chauffeurs à une grève de "
        "trois jours sur l'axe Bamako-Dakar."
    )
    actors = _role(annotator, _fr(body), "grève")
    assert all("chauffeurs" not in a for a in actors)


def test_led_government_still_acts(annotator: Preannotator) -> None:
    body = (
        "En avril, des incidents similaires avaient conduit le gouvernement mauritanien à "
        "convoquer l'ambassadeur du Mali pour protester."
    )
    # A guard: who is led to act does act.
    assert _role(annotator, _fr(body, "Nouakchott"), "convoquer l'ambassadeur") == [
        "le gouvernement mauritanien"
    ]


def test_blamed_attack_takes_the_group_blamed(annotator: Preannotator) -> None:
    body = (
        "Fifteen civilians were killed in an attack on the village of Sollé on Saturday, "
        "residents said.\nLocal officials blamed the attack on JNIM fighters, who are "
        "active in the area."
    )
    doc = english_document(body)
    assert "Local officials" not in _role(annotator, doc, "attack")
    assert _role(annotator, doc, "blamed") == ["Local officials"]


def test_blamed_killing_on_the_army(annotator: Preannotator) -> None:
    body = (
        "A rights group on Friday blamed the killing of twenty herders near Djibo on the "
        "army, which denied any involvement."
    )
    assert "A rights group" not in _role(annotator, english_document(body), "killing")


def test_unidentified_gunmen_in_a_passive(annotator: Preannotator) -> None:
    body = (
        "Un chef coutumier a été assassiné jeudi soir à son domicile à Bankilaré par des "
        "individus armés non identifiés, a-t-on appris de source locale."
    )
    # A guard: the agent after "par", its qualifiers kept.
    assert _role(annotator, _fr(body, "Niamey"), "assassiné") == [
        "des individus armés non identifiés"
    ]


def test_speaker_is_not_the_actor(annotator: Preannotator) -> None:
    body = (
        "Jihadist fighters attacked a military convoy on Tuesday near Douentza, the Malian "
        "army spokesman said in a televised statement."
    )
    # A guard: the spokesman reports; the fighters attacked.
    assert _role(annotator, english_document(body), "attacked") == ["Jihadist fighters"]


def test_hunters_kill(annotator: Preannotator) -> None:
    body = (
        "Des chasseurs traditionnels ont attaqué lundi un hameau près de Bankass, tuant "
        "quatre personnes, a indiqué un responsable local."
    )
    # A guard.
    assert _role(annotator, _fr(body, "Bankass"), "attaqué") == ["Des chasseurs traditionnels"]


def test_english_transitional_authorities_are_a_second_party(annotator: Preannotator) -> None:
    body = (
        "ECOWAS and the Malian transitional authorities agreed on Monday to resume talks "
        "on the transition timetable, the regional bloc said in a statement."
    )
    actors = _role(annotator, english_document(body), "agreed on")
    assert "the Malian transitional authorities" in actors
    assert "ECOWAS" in actors


def test_english_authorities_urged_are_the_recipient(annotator: Preannotator) -> None:
    body = (
        "ECOWAS on Monday urged the Burkinabe transitional authorities to release political "
        "detainees, the regional bloc said."
    )
    assert _role(annotator, english_document(body), "urged", "recipient") == [
        "the Burkinabe transitional authorities"
    ]


def test_english_authorities_get_their_state_id(annotator: Preannotator) -> None:
    body = "ECOWAS on Monday urged the Nigerien transitional authorities to free the detainees."
    doc = english_document(body)
    result = next(annotator.predict([doc])).result
    phrase = "the Nigerien transitional authorities"
    start = doc["text"].index(phrase)
    ids = [
        r["value"]["text"]
        for r in result
        if r.get("from_name") == "norm_actor" and r["value"]["start"] == start
    ]
    assert ids == [["gov-ne"]]


def test_source_then_soldiers_who_killed(annotator: Preannotator) -> None:
    body = (
        "Selon un responsable local, des soldats maliens accompagnés de supplétifs "
        "étrangers ont tué au moins vingt civils lundi près de Diafarabé."
    )
    actors = _role(annotator, _fr(body, "Mopti"), "tué")
    assert actors and all("responsable" not in a for a in actors)
    assert any("soldats maliens" in a for a in actors)


def test_a_group_of_armed_men(annotator: Preannotator) -> None:
    body = (
        "A group of armed men attacked an artisanal gold mine near Kampti on Tuesday, "
        "killing six miners, a local official said."
    )
    assert _role(annotator, english_document(body), "attacked") == ["A group of armed men"]


def test_repelled_attackers_are_no_target_of_their_attack(annotator: Preannotator) -> None:
    body = (
        "Des terroristes lourdement armés ont attaqué lundi la position militaire "
        "d'Inatès, a indiqué mardi l'armée nigérienne dans un communiqué.\n"
        "Selon l'armée, les assaillants ont été repoussés après plusieurs heures de combats."
    )
    doc = _fr(body, "Niamey")
    assert "les assaillants" not in _role(annotator, doc, "attaqué", "recipient")
    assert _role(annotator, doc, "attaqué") == ["Des terroristes lourdement armés"]


def test_army_keeps_the_attackers_it_neutralised(annotator: Preannotator) -> None:
    body = (
        "Les FAMa ont neutralisé jeudi des assaillants qui tentaient de s'emparer du poste "
        "de Boni, a annoncé l'état-major."
    )
    # A guard: a state force's act keeps the attackers it struck.
    assert _role(annotator, _fr(body), "neutralisé") == ["FAMa"]


def test_ambush_attributed_to_suspected_jihadists(annotator: Preannotator) -> None:
    body = (
        "Sept gendarmes ont été tués jeudi dans une embuscade attribuée à de présumés "
        "jihadistes près de Kantchari, selon des sources sécuritaires."
    )
    doc = _fr(body, "Fada N'Gourma")
    assert _role(annotator, doc, "embuscade") == ["présumés jihadistes"]
    assert _role(annotator, doc, "embuscade", "recipient") == []


def test_the_junta_in_a_country_gets_its_government_id(annotator: Preannotator) -> None:
    body = (
        "The junta in Niger on Monday suspended the broadcasts of a French radio station, "
        "the communications ministry said."
    )
    doc = english_document(body)
    result = next(annotator.predict([doc])).result
    start = doc["text"].index("The junta in Niger")
    ids = [
        r["value"]["text"]
        for r in result
        if r.get("from_name") == "norm_actor" and r["value"]["start"] == start
    ]
    assert ids == [["gov-ne"]]
