"""Pre-annotation 0.66.0, force moves the lexicon could not match word after word.

Three MOBILIZE wordings of the press: a pursuit ("s'est lancée à leur poursuite",
"Partis à leur poursuite"), forces announced or promised ("a annoncé l'envoi prochain de
renforts", "l'arrivée prochaine d'un détachement"), which the lexicon read as the AGREE
"annoncer l'envoi", and an escort done ("est arrivé à Kati sous escorte", "ont été
escortées jusqu'à leur village par une unité"). The traps: a pursuit that ends in a
fight (the ASSAULT only), food or a delegation announced (no force move), a convoy
"escorté par l'armée" that was attacked, and escorts asked for. Each sentence is written
for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _statuses
from tests.test_preannotate_events import titled_document
from tests.test_preannotate_findacts_064 import _events, _labels


def _roles(annotator: Preannotator, doc: dict[str, Any], trigger: str, role: str) -> list[str]:
    """The texts linked as ``role`` to the event whose trigger is ``trigger``."""
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    return sorted(
        spans[r["to_id"]]["text"]
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == [role]
        and spans[r["from_id"]]["text"] == trigger
    )


def _actors(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    """The actors' texts suggested for the event whose trigger is ``trigger``."""
    return _roles(annotator, doc, trigger, "actor")


def _mobilize(annotator: Preannotator, doc: dict[str, Any]) -> list[tuple[str, str]]:
    """The MOBILIZE events of ``doc``: mode and trigger."""
    return [(mode, text) for label, mode, text in _events(annotator, doc) if label == "MOBILIZE"]


# Pursuits.


def test_a_patrol_that_set_off_after_thieves(annotator: Preannotator) -> None:
    body = (
        "Des bandits ont emporté lundi une centaine de bovins à Dargol. Une patrouille de "
        "la gendarmerie s'est lancée à leur poursuite et a récupéré mardi le troupeau."
    )
    doc = titled_document("Vol de bétail", body, "Tillabéri")
    # Before 0.66.0 no MOBILIZE: "poursuite" was in no phrase.
    assert _mobilize(annotator, doc) == [("troops", "lancée à leur poursuite")]
    assert _actors(annotator, doc, "lancée à leur poursuite") == [
        "Une patrouille de la gendarmerie"
    ]


def test_a_participle_opening_the_sentence(annotator: Preannotator) -> None:
    body = (
        "Des voleurs ont pris mercredi des chameaux près de Tanout. Partis à leur poursuite "
        "dans la nuit, des gardes nationaux ont retrouvé les animaux jeudi."
    )
    doc = titled_document("Chameaux volés", body, "Zinder")
    assert ("troops", "Partis à leur poursuite") in _mobilize(annotator, doc)


def test_a_pursuit_that_ends_in_a_fight_is_the_fight(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué samedi un poste de douane à Labbezanga. Des soldats se "
        "sont lancés à leur poursuite et ont neutralisé trois d'entre eux."
    )
    doc = titled_document("Poste attaqué", body, "Gao")
    # Guard: a deployment followed by fighting is coded by the ASSAULT only (codebook).
    assert "MOBILIZE" not in _labels(annotator, doc)


def test_a_pursuit_and_a_clash_in_the_next_sentence(annotator: Preannotator) -> None:
    body = (
        "Des miliciens se sont lancés mardi à la poursuite des assaillants. Des accrochages "
        "ont eu lieu dans l'après-midi près de Tessit."
    )
    doc = titled_document("Accrochages", body, "Gao")
    assert "MOBILIZE" not in _labels(annotator, doc)


def test_the_continuation_of_talks_is_no_pursuit(annotator: Preannotator) -> None:
    body = "Le ministre s'est dit favorable mardi à la poursuite du dialogue avec les syndicats."
    doc = titled_document("Dialogue", body, "Bamako")
    assert "MOBILIZE" not in _labels(annotator, doc)


# Forces announced or promised.


def test_reinforcements_announced_by_a_governor(annotator: Preannotator) -> None:
    body = (
        "Le gouverneur s'est rendu lundi à Djibasso, où il a annoncé l'envoi prochain de "
        "renforts dans la commune."
    )
    doc = titled_document("Visite du gouverneur", body, "Dédougou")
    # Before 0.66.0 no event: "annoncer l'envoi" (AGREE) hid "renforts".
    assert _mobilize(annotator, doc) == [("troops", "envoi")]
    assert "AGREE" not in _labels(annotator, doc)
    # A move to come (corpus notes: MOBILIZE future), not dated by the announcement.
    assert _statuses(annotator, doc, "envoi") == ["future"]
    assert _roles(annotator, doc, "envoi", "time") == []


def test_a_unit_promised_after_a_day(annotator: Preannotator) -> None:
    body = "Le préfet a promis mardi l'envoi d'une unité de la gendarmerie à Yatacala."
    doc = titled_document("Promesse du préfet", body, "Téra")
    # Before 0.66.0 an AGREE "promis": the promise of forces is the move, future.
    assert _labels(annotator, doc) == ["MOBILIZE"]


def test_the_coming_arrival_of_a_detachment(annotator: Preannotator) -> None:
    body = "Le ministre a annoncé jeudi à Arlit l'arrivée prochaine d'un détachement de police."
    doc = titled_document("Sécurité à Arlit", body, "Agadez")
    assert _mobilize(annotator, doc) == [("troops", "arrivée")]


def test_auxiliaries_promised_are_militia(annotator: Preannotator) -> None:
    body = (
        "Le gouverneur a promis lundi l'envoi de volontaires pour la défense de la patrie à Gayéri."
    )
    doc = titled_document("Gayéri", body, "Fada N'Gourma")
    assert _mobilize(annotator, doc) == [("militia", "envoi")]


def test_food_announced_is_no_force_move(annotator: Preannotator) -> None:
    body = "Le haut-commissaire a annoncé mercredi l'envoi de vivres aux déplacés de Kaya."
    doc = titled_document("Vivres", body, "Kaya")
    # Guard: what is sent decides; food is no MOBILIZE.
    assert "MOBILIZE" not in _labels(annotator, doc)


def test_a_delegation_announced_is_no_force_move(annotator: Preannotator) -> None:
    body = "Le Haut Conseil islamique a annoncé mardi l'envoi d'une délégation à Niono."
    doc = titled_document("Médiation", body, "Ségou")
    assert "MOBILIZE" not in _labels(annotator, doc)


# Escorts done.


def test_a_convoy_arrived_under_escort(annotator: Preannotator) -> None:
    body = (
        "Un convoi de 120 camions-citernes est arrivé dimanche à Kati sous escorte de "
        "l'armée malienne, a constaté notre correspondant."
    )
    doc = titled_document("Carburant", body, "Bamako")
    # Before 0.66.0 no event: "escorte" was in no phrase.
    assert _mobilize(annotator, doc) == [("troops", "escorte")]
    assert _actors(annotator, doc, "escorte") == ["armée malienne"]


def test_families_escorted_to_their_village(annotator: Preannotator) -> None:
    body = (
        "Quelque 300 familles ont quitté lundi le site de Mandouri et ont été escortées "
        "jusqu'à leur village par une unité de l'armée togolaise."
    )
    doc = titled_document("Retour", body, "Dapaong")
    assert ("troops", "escortées") in _mobilize(annotator, doc)


def test_an_escorted_convoy_that_was_attacked(annotator: Preannotator) -> None:
    body = "Un convoi de camions escorté par l'armée a été attaqué mardi près de Diboli."
    doc = titled_document("Convoi attaqué", body, "Kayes")
    # Guard: the escort says what the convoy was; the attack is the event.
    assert _labels(annotator, doc) == ["ASSAULT"]


def test_escorts_asked_for_are_no_escort(annotator: Preannotator) -> None:
    body = "Les transporteurs réclament depuis des mois des escortes sur l'axe Ségou-Niono."
    doc = titled_document("Transporteurs", body, "Ségou")
    assert "MOBILIZE" not in _labels(annotator, doc)


def test_the_soldiers_of_the_escort_are_no_escort(annotator: Preannotator) -> None:
    body = "Deux soldats de l'escorte ont été blessés lundi près de Tougan, selon une source."
    doc = titled_document("Blessés", body, "Dédougou")
    assert "MOBILIZE" not in _labels(annotator, doc)


# A killing told as what came before something else.


def test_a_summons_after_the_death_of_herders(annotator: Preannotator) -> None:
    body = (
        "Le ministère a convoqué mardi l'ambassadeur du Niger après la mort de trois "
        "éleveurs nigérians près de la frontière."
    )
    doc = titled_document("Convocation", body, "Abuja")
    # Before 0.66.0 only the summons: "mort" alone is no trigger.
    assert ("ASSAULT", "", "mort") in _events(annotator, doc)


def test_tension_since_the_death_of_a_score_of_civilians(annotator: Preannotator) -> None:
    body = (
        "La tension reste vive à Djibo depuis la mort d'une vingtaine de civils dans un "
        "village voisin le mois dernier."
    )
    doc = titled_document("Tension", body, "Djibo")
    assert "ASSAULT" in _labels(annotator, doc)


def test_a_death_with_its_own_verb_is_told_once(annotator: Preannotator) -> None:
    body = (
        "Nouakchott avait protesté après la mort de deux bergers, tués selon leurs proches "
        "par des soldats près de Nampala."
    )
    doc = titled_document("Protestation", body, "Nouakchott")
    # Guard: the verb "tués" is the killing's trigger, not the noun as well.
    assert ("ASSAULT", "", "mort") not in _events(annotator, doc)


def test_the_dead_of_an_attack_told_are_no_second_attack(annotator: Preannotator) -> None:
    body = "Des hommes armés ont attaqué lundi le marché de Kona, causant la mort de six civils."
    doc = titled_document("Marché attaqué", body, "Mopti")
    # Guard: "causant la mort de" counts the attack's dead.
    assert _labels(annotator, doc) == ["ASSAULT"]
