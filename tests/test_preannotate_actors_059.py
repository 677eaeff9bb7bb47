"""Pre-annotation 0.59.0, who did it and which actor it is.

The codebook asks for an actor id on every actor and recipient that names an actor, and
the development gold gives one to a state's force, government or organ named by its kind:
"l'armée", "les militaires", "its troops" are the army of the phrase's nationality, else
of the army or government the article named last, else of the dateline's country;
"le gouvernement de transition", "le ministre de la Sécurité" its government (gov-xx, else
state-xx); "ses hommes", "nos forces" the body named last; "le groupe" the armed group
named last; Russian partners Africa Corps; ECOWAS told by what it is cedeao; a state's
envoys by their nationality its state. Who acted, where 0.58.0 found no one: an air or
drone strike a state's force tells of in its own sentence is that force's (not one
another source tells of "sans que l'armée ne commente"); an act told in the first person
in a quotation is its speaker's; who a relative clause with "qui" names ("les forces de
l'ordre, qui les ont dispersés"); a capital right before a state's act the parse gave no
subject ("ce qu'Abidjan avait démenti"); who claims an indefinite act or says it carried
it out; "Des chasseurs dozos" the parse cut in two. Each sentence is written for the
test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _actors(
    annotator: Preannotator, doc: dict[str, Any], trigger: str
) -> list[tuple[str, str | None]]:
    """The actors (text, actor id) suggested for the event whose trigger is ``trigger``."""
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    ids = {
        i["id"]: i["value"]["text"][0]
        for i in result
        if i.get("type") == "textarea" and i.get("from_name") == "norm_actor"
    }
    events = [i["id"] for i in result if i.get("from_name") == "event"]
    assert trigger in [spans[i]["text"] for i in events], [spans[i]["text"] for i in events]
    return sorted(
        (spans[r["to_id"]]["text"], ids.get(r["to_id"]))
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == ["actor"]
        and spans[r["from_id"]]["text"] == trigger
    )


def _fr(body: str, town: str = "Mopti") -> dict[str, Any]:
    return titled_document("Titre", body, town)


def test_a_force_named_by_its_kind_is_the_army_of_the_article(
    annotator: Preannotator,
) -> None:
    # 0.58.0 gave "L'armée" and "les militaires" no id.
    body = (
        "Des hommes armés ont attaqué lundi un poste de douane près de Sikasso. "
        "L'armée a arrêté mardi cinq suspects dans la localité."
    )
    assert _actors(annotator, _fr(body, "Bamako"), "arrêté") == [("L'armée", "fama")]
    # The army the article named last, whatever the dateline.
    body = (
        "L'armée nigérienne a lancé une opération dans la région de Tillabéri.\n"
        "Les militaires ont arrêté jeudi trois trafiquants d'armes près de Téra."
    )
    assert _actors(annotator, _fr(body, "Bamako"), "arrêté") == [("Les militaires", "fan-niger")]
    # A nationality the phrase gives: a state without a registered army.
    body = "L'armée tchadienne a arrêté mercredi une dizaine de pêcheurs près de Bol."
    assert _actors(annotator, _fr(body, "Niamey"), "arrêté") == [("L'armée tchadienne", "state-td")]
    # Guard: unidentified gunmen stay without an id.
    body = "Des hommes armés ont enlevé samedi deux enseignants près de Djibo."
    assert _actors(annotator, _fr(body, "Ouagadougou"), "enlevé") == [("Des hommes armés", None)]


def test_a_government_named_by_its_kind_is_the_government_of_the_article(
    annotator: Preannotator,
) -> None:
    # 0.58.0 gave "Le gouvernement de transition" and the minister no id.
    body = (
        "Le gouvernement de transition a suspendu mercredi les activités des partis "
        "politiques jusqu'à nouvel ordre."
    )
    assert _actors(annotator, _fr(body, "Bamako"), "suspendu") == [
        ("Le gouvernement de transition", "gov-ml")
    ]
    body = (
        "Le ministre de la Sécurité a annoncé mardi l'arrestation de cinq présumés "
        "terroristes à Bobo-Dioulasso."
    )
    actors = _actors(annotator, _fr(body, "Ouagadougou"), "arrestation")
    assert actors and all(i == "gov-bf" for _, i in actors), actors


def test_a_visitor_s_nationality_does_not_make_the_host_his(annotator: Preannotator) -> None:
    body = (
        "Le ministre tchadien de la Défense a été reçu lundi par le chef de l'État, avec "
        "qui il a évoqué la lutte contre le terrorisme."
    )
    result = next(annotator.predict([_fr(body, "Niamey")])).result
    spans = {i["id"]: i["value"]["text"] for i in result if i.get("type") == "labels"}
    by_span = {
        spans[i["id"]]: i["value"]["text"][0]
        for i in result
        if i.get("type") == "textarea" and i.get("from_name") == "norm_actor"
    }
    # 0.58.0 gave neither an id.
    assert by_span.get("Le ministre tchadien de la Défense") == "state-td"
    assert by_span.get("le chef de l'État") == "gov-ne"


def test_people_told_by_a_possessive_are_the_body_named_before(
    annotator: Preannotator,
) -> None:
    body = (
        "L'armée nigérienne a repoussé lundi une attaque contre son poste d'Abala.\n"
        "Selon le communiqué, ses hommes ont ensuite ratissé la zone et récupéré "
        "plusieurs motos."
    )
    # 0.58.0: "ses hommes" without an id.
    assert _actors(annotator, _fr(body, "Niamey"), "récupéré") == [("ses hommes", "fan-niger")]
    english = (
        "Mali's army said on Tuesday it had repelled an attack near Léré. Its troops "
        "later seized weapons in a camp in the area, the army said."
    )
    assert ("Its troops", "fama") in _actors(annotator, english_document(english), "seized")


def test_a_strike_its_force_tells_of_is_that_force_s(annotator: Preannotator) -> None:
    body = (
        "L'armée malienne a affirmé mercredi que ses avions avaient frappé lundi une base "
        "de l'État islamique au Sahel près d'Ansongo, tuant six combattants."
    )
    # 0.58.0: the army was the source only.
    assert ("armée malienne", "fama") in _actors(annotator, _fr(body, "Gao"), "frappé")


def test_a_force_that_keeps_silent_did_not_strike(annotator: Preannotator) -> None:
    body = (
        "Une frappe de drone a tué jeudi au moins sept orpailleurs au nord de Kidal, "
        "selon des témoins, sans que l'armée ne commente l'incident."
    )
    # 0.58.0 made the silent army the strike's actor.
    assert _actors(annotator, _fr(body, "Kidal"), "frappe de drone") == []


def test_the_group_named_again_is_the_armed_group_named_last(annotator: Preannotator) -> None:
    body = (
        "Le JNIM a revendiqué l'attaque menée dimanche contre le camp militaire de "
        "Boulkessi. Le groupe a également dit avoir incendié deux blindés."
    )
    # 0.58.0 found no actor: "Le groupe" was no mention.
    assert _actors(annotator, _fr(body, "Ouagadougou"), "incendié") == [("Le groupe", "jnim")]


def test_a_capital_before_a_state_s_act_is_its_government(annotator: Preannotator) -> None:
    body = (
        "Le gouvernement a mis en cause des opposants installés en Côte d'Ivoire, ce "
        "qu'Abidjan a démenti."
    )
    # 0.58.0 linked no actor (the parse gives "Abidjan" no subject, and Abidjan is no
    # capital in GeoNames).
    assert _actors(annotator, _fr(body, "Ouagadougou"), "démenti") == [("Abidjan", "state-ci")]


def test_an_act_told_in_the_first_person_is_the_speaker_s(annotator: Preannotator) -> None:
    body = (
        "« Nous exigeons le paiement immédiat de nos primes », a déclaré mardi le "
        "secrétaire général du syndicat.\n"
        "« Nous condamnons l'arrestation de nos camarades », a ajouté son adjoint."
    )
    doc = _fr(body, "Ségou")
    # 0.58.0: neither act had an actor.
    assert _actors(annotator, doc, "exigeons") == [("le secrétaire général du syndicat", None)]
    assert _actors(annotator, doc, "condamnons") == [("son adjoint", None)]
    # Guard: the arrest the speaker condemns is not his.
    assert _actors(annotator, doc, "arrestation") == []


def test_who_a_relative_clause_names_did_its_act(annotator: Preannotator) -> None:
    body = (
        "Des dizaines de jeunes ont jeté des pierres sur les forces de l'ordre, qui les ont "
        "dispersés à coups de gaz lacrymogène."
    )
    # 0.58.0: "les forces de l'ordre" was no mention, the dispersal had no actor.
    assert [a for a, _ in _actors(annotator, _fr(body, "Kayes"), "dispersés")] == [
        "les forces de l'ordre"
    ]


def test_who_claims_an_indefinite_act_or_says_it_carried_it_out(
    annotator: Preannotator,
) -> None:
    body = (
        "Islamic State Sahel claimed responsibility for an attack on an army post in "
        "Ménaka on Saturday, according to a statement.\n"
        "The Group for the Support of Islam and Muslims said it carried out an ambush near "
        "Diapaga, killing 12 soldiers."
    )
    doc = english_document(body)
    # 0.58.0: each group was the act's source only.
    assert ("Islamic State Sahel", "eigs") in _actors(annotator, doc, "attack")
    assert ("Group for the Support of Islam and Muslims", "jnim") in _actors(
        annotator, doc, "ambush"
    )


def test_russian_partners_ecowas_and_envoys_by_what_they_are(annotator: Preannotator) -> None:
    body = (
        "Les instructeurs russes ont arrêté une vingtaine d'hommes dans le village de "
        "Kobou, selon des habitants."
    )
    # 0.58.0: "instructeurs" named no one; no id.
    assert _actors(annotator, _fr(body, "Mopti"), "arrêté") == [
        ("Les instructeurs russes", "africa-corps")
    ]
    english = "West African heads of state met in Abuja on Sunday to discuss the crisis."
    assert _actors(annotator, english_document(english), "met in") == [
        ("West African heads of state", "cedeao")
    ]


def test_hunters_the_parse_cut_in_two_are_the_actor(annotator: Preannotator) -> None:
    body = (
        "Des volontaires ont repoussé dimanche une incursion dans le village de Bouroum, "
        "a-t-on appris de sources locales.\n"
        "Des chasseurs dozos ont par ailleurs attaqué un hameau peul près de Djenné, tuant "
        "trois éleveurs."
    )
    # 0.58.0 found no actor: the parse made "chasseurs" punctuation and "dozos" the
    # subject, a word of no person.
    assert [a for a, _ in _actors(annotator, _fr(body, "Mopti"), "attaqué")] == ["chasseurs dozos"]


def test_a_country_s_government_and_suspected_jihadists_as_agents(
    annotator: Preannotator,
) -> None:
    english = "Chad's government closed its eastern border with Sudan on Friday."
    # 0.58.0: no id (Chad's government is no registry name).
    assert _actors(annotator, english_document(english), "closed") == [
        ("Chad's government", "state-td")
    ]
    body = (
        "Trois villageois ont été tués samedi soir par de présumés jihadistes dans le "
        "village de Boudiéri, près de Kantchari, selon des sources locales.\n"
        "Des volontaires ont ensuite pris en chasse les assaillants."
    )
    # 0.58.0 took the attackers of the next sentence: the parse made "présumés" the noun.
    assert _actors(annotator, _fr(body, "Fada N'Gourma"), "tués") == [("présumés jihadistes", None)]


def test_a_force_whose_vehicle_hit_a_mine_is_no_actor(annotator: Preannotator) -> None:
    body = (
        "Un véhicule de ravitaillement des FAMa a heurté jeudi un engin explosif sur l'axe "
        "Boni-Douentza, faisant deux blessés parmi les soldats."
    )
    # 0.58.0 made the army that lost the vehicle the blast's actor.
    assert _actors(annotator, _fr(body, "Mopti"), "heurté") == []


def test_a_chain_of_pronouns_goes_back_to_the_subject_named(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont fait irruption samedi dans le village de Sokoura, près de "
        "Diallassagou, selon le maire de la commune.\n"
        "Ils ont rassemblé les habitants sur la place publique et leur ont ordonné de "
        "quitter le village.\n"
        "Avant de partir, ils ont brûlé les greniers, a ajouté l'élu."
    )
    # 0.58.0 found no actor: the pronoun opens a paragraph, and the clause before has a
    # pronoun for subject and the villagers for object.
    assert _actors(annotator, _fr(body, "Mopti"), "brûlé") == [("Des hommes armés", None)]
