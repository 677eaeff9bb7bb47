"""Pre-annotation 0.66.0, actors of flights, of abductions and of local bodies' acts.

A flight told paragraphs after the raid that caused it ("Depuis, 400 habitants ont
quitté le village") takes the raiders of the latest attack told before it, passing
over the army's strike on them and the toll a government told; the people who fled
are its recipient, never its actor, and a flight after no raid keeps no actor.
Kidnappers named by that word near an abduction or a release ("l'identité de leurs
ravisseurs reste inconnue", "The kidnappers had demanded a ransom") are its actor,
unless the act has one (the army that freed a suspect). A town council or a health
district that is the subject of an active verb is a body, not a building ("la mairie
de Boukoumbé a ordonné la fermeture des écoles"). Each sentence is written for the
test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_actorfound_065 import _actors
from tests.test_preannotate_events import english_document, titled_document


def _recipients(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    """The texts of the recipients suggested for the event whose trigger is ``trigger``."""
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    return sorted(
        spans[r["to_id"]]["text"]
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == ["recipient"]
        and spans[r["from_id"]]["text"] == trigger
    )


# A flight told apart from its raid.


def test_a_flight_told_paragraphs_after_the_raid(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque à Kouakourou",
        "Des hommes armés ont attaqué jeudi le village de Kouakourou, tuant cinq civils, "
        "selon des sources locales.\nUne frappe de drone de l'armée a ensuite détruit "
        "leurs motos près du fleuve.\nLe maire a dénoncé une attaque « odieuse ».\nDepuis "
        "vendredi, plus de 500 habitants ont quitté Kouakourou pour Mopti, selon la "
        "mairie.",
    )
    # Before 0.66.0 no actor: the army's strike and the attack the mayor condemned
    # stood between.
    assert _actors(annotator, doc, "quitté") == ["Des hommes armés"]


def test_the_army_strike_after_the_raid_is_passed_over(annotator: Preannotator) -> None:
    doc = titled_document(
        "Raid près de Boni",
        "Des combattants du JNIM ont pris d'assaut lundi le hameau de Dalla, où quatre "
        "personnes ont été tuées, selon des habitants.\nL'armée a ensuite mené des frappes "
        "aériennes contre les assaillants en repli, selon l'état-major.\nUne centaine de "
        "familles ont fui Dalla vers Boni, a précisé un élu.",
    )
    assert _actors(annotator, doc, "fui") == ["Des combattants du JNIM"]


def test_the_people_who_fled_are_no_actor(annotator: Preannotator) -> None:
    doc = titled_document(
        "Violences à Gorom",
        "Des individus armés ont fait irruption mardi à Gorom, abattant deux bouchers au "
        "marché, selon une source sécuritaire.\nLe gouverneur a condamné une attaque "
        "« lâche ».\nDes habitants de Gorom ont fui vers Dori depuis mercredi.",
    )
    assert _actors(annotator, doc, "fui") == ["Des individus armés"]
    assert "Des habitants de Gorom" in _recipients(annotator, doc, "fui")


def test_villagers_who_took_flight_before_armed_herders(annotator: Preannotator) -> None:
    doc = titled_document(
        "Heurts dans le Mandoul",
        "Des éleveurs armés ont attaqué samedi le village de Bessada, tuant trois "
        "cultivateurs, a indiqué le préfet.\nLes villageois ont pris la fuite vers Koumra.",
        town="N'Djamena",
    )
    assert _actors(annotator, doc, "pris la fuite") == ["Des éleveurs armés"]


def test_residents_left_since_the_attack_in_english(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked the village of Kantchari on Monday night, killing four people, "
        "residents said.\nThe attackers also looted shops before leaving.\nThe army said "
        "its aircraft struck the attackers' motorbikes as they withdrew.\nSince the "
        "attack, some 900 residents have left Kantchari for the town of Fada N'Gourma, "
        "local officials said."
    )
    assert _actors(annotator, english_document(body), "left") in (["Gunmen"], ["The attackers"])


def test_a_flight_after_no_raid_keeps_no_actor(annotator: Preannotator) -> None:
    doc = titled_document(
        "Départs à Inékar",
        "Plusieurs centaines d'habitants des hameaux d'Inékar ont quitté leurs campements "
        "cette semaine pour Ménaka, selon un élu. Les autorités n'ont pas précisé les "
        "raisons de ces départs.",
        town="Gao",
    )
    assert _actors(annotator, doc, "quitté") == []


# Kidnappers named by that word.


def test_their_kidnappers_named_after_a_release(annotator: Preannotator) -> None:
    doc = titled_document(
        "Deux infirmiers libérés",
        "Deux infirmiers enlevés le 2 septembre près de Bankass ont été libérés dimanche, "
        "a-t-on appris auprès d'un responsable local. L'identité de leurs ravisseurs reste "
        "inconnue.",
    )
    # Before 0.66.0 neither act had an actor: no mention was made of "leurs ravisseurs".
    assert _actors(annotator, doc, "enlevés") == ["leurs ravisseurs"]
    assert _actors(annotator, doc, "libérés") == ["leurs ravisseurs"]


def test_his_kidnappers_ask_a_ransom(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un transporteur enlevé",
        "Un transporteur a été enlevé lundi soir à son domicile à Sévaré, selon ses "
        "proches. Ses ravisseurs réclament une rançon, a indiqué un cousin.",
    )
    assert _actors(annotator, doc, "enlevé") == ["Ses ravisseurs"]


def test_the_kidnappers_in_english(annotator: Preannotator) -> None:
    body = (
        "Two engineers kidnapped last month near Agadez were released on Sunday, their "
        "company said, without naming their captors."
    )
    doc = english_document(body)
    assert _actors(annotator, doc, "released") == ["their captors"]


def test_the_armed_men_keep_the_abduction(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un élu enlevé",
        "Un conseiller municipal a été enlevé mercredi à Dinangourou par des individus "
        "armés, selon des sources locales. Les ravisseurs ont emporté sa moto.",
    )
    # Guard: the agent the clause names stays the abduction's actor.
    assert _actors(annotator, doc, "enlevé") == ["des individus armés"]


def test_a_release_by_the_army_keeps_its_actor(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un chauffeur relâché",
        "Un chauffeur a été relâché mardi par l'armée après avoir été interpellé près de "
        "Sévaré, a indiqué une source sécuritaire. Il était soupçonné de renseigner les "
        "ravisseurs d'un commerçant.",
    )
    # Guard: the suspect's informants' kidnappers did not release him.
    assert _actors(annotator, doc, "relâché") == ["l'armée"]


# Local bodies that act.


def test_a_town_council_ordered_schools_closed(annotator: Preannotator) -> None:
    doc = titled_document(
        "Écoles fermées dans l'Atacora",
        "Le 3 septembre, la mairie de Boukoumbé a ordonné la fermeture de huit écoles du "
        "village de Korontière.",
        town="Natitingou",
    )
    assert _actors(annotator, doc, "fermeture") == ["la mairie de Boukoumbé"]


def test_a_health_district_reopened_a_centre(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un centre de santé rouvre",
        "Mardi, le district sanitaire de Kandi a rouvert le centre de santé de Sonsoro, "
        "fermé depuis mars.",
        town="Parakou",
    )
    assert _actors(annotator, doc, "rouvert") == ["le district sanitaire de Kandi"]


def test_a_town_hall_burned_is_no_actor(annotator: Preannotator) -> None:
    doc = titled_document(
        "Mairie incendiée",
        "La mairie de Diafarabé a été incendiée dimanche par des hommes armés, selon un élu.",
    )
    # Guard: the building burned is no body acting.
    assert _actors(annotator, doc, "incendiée") == ["des hommes armés"]


# "dément", which the parse takes for an adjective.


def test_the_government_denies_in_a_communique(annotator: Preannotator) -> None:
    doc = titled_document(
        "Communiqué du gouvernement",
        "Le gouvernement dément formellement les rumeurs relayées par certains sites sur "
        "des pertes civiles à Ansongo.",
        town="Bamako",
    )
    # Before 0.66.0 no actor: "dément" was parsed as an adverb of "gouvernement".
    assert _actors(annotator, doc, "dément") == ["Le gouvernement"]


def test_a_source_interviewed_denies(annotator: Preannotator) -> None:
    doc = titled_document(
        "Frappes près de Léré",
        "Des frappes aériennes ont visé lundi un campement près de Léré. Une source "
        "militaire jointe par notre rédaction dément « fermement » toute victime civile.",
    )
    assert _actors(annotator, doc, "dément") == ["Une source militaire"]
