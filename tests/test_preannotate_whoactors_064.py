"""Pre-annotation 0.64.0, who did it when other writers name the actor another way.

A past participle coordinated with a compound verb shares its auxiliary and its subject
even when the parse hangs it on the object's noun ("La police a dispersé les
manifestants près du marché et interpellé dix personnes": the police arrested). A
protest's noun names who protests in its complement of people ("la grève des
enseignants"). Whoever escorts or owns what an attack's passive verb tells was
attacked is on the victim's side ("Un convoi escorté par l'armée a été attaqué"). A
force that backs another in a fight shares the act ("Malian troops backed by Africa
Corps fighters"). In English, a zero relative on a claim names who denies it ("a claim
the ministry denied"), and a source that is the subject of a relative clause after it
is that clause's actor ("according to the governor, who visited"). Each sentence is
written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_actors_059 import _actors
from tests.test_preannotate_events import english_document, titled_document


def _fr(body: str) -> dict[str, Any]:
    return titled_document("Titre", body, "Niamey")


# A participle sharing the auxiliary of the verb before it.


def test_a_coordinated_participle_hung_on_a_noun_is_done_by_the_first_subject(
    annotator: Preannotator,
) -> None:
    body = (
        "La police a dispersé les manifestants à coups de gaz lacrymogène près de la place "
        "de la Concertation et interpellé une dizaine de personnes, selon un journaliste "
        "de l'AFP sur place."
    )
    # Before 0.64.0 the nearest name before, the dispersed protesters, had arrested.
    assert [text for text, _ in _actors(annotator, _fr(body), "interpellé")] == ["La police"]


def test_a_participle_after_a_qualified_noun_is_done_by_the_first_subject(
    annotator: Preannotator,
) -> None:
    body = (
        "Arrivé mardi à Ouallam, le gouverneur a présenté ses condoléances aux familles "
        "endeuillées et remis des vivres aux déplacés du site."
    )
    actors = _actors(annotator, _fr(body), "remis des vivres")
    assert [text for text, _ in actors] == ["le gouverneur"]


def test_a_passive_participle_coordinated_keeps_no_actor(annotator: Preannotator) -> None:
    # Guard: a passive's subject underwent the act; sharing it would make it the actor.
    body = "Plusieurs cases ont été incendiées à Kobé et des greniers pillés, selon un élu local."
    assert _actors(annotator, _fr(body), "incendiées") == []


# Who protests, in the protest's noun.


def test_the_people_of_a_strike_noun_are_its_actor(annotator: Preannotator) -> None:
    body = (
        "La grève des enseignants du secondaire a paralysé lundi plusieurs lycées de "
        "Niamey, a constaté notre correspondant."
    )
    # Before 0.64.0 the strike had no actor: "des enseignants" was no mention.
    actors = [text for text, _ in _actors(annotator, _fr(body), "grève")]
    assert len(actors) == 1 and "enseignants" in actors[0]


def test_the_day_of_a_march_is_no_actor(annotator: Preannotator) -> None:
    # Guard: a complement that is no people names no protester.
    body = "La marche de samedi a rassemblé plusieurs milliers de personnes à Niamey."
    assert all("samedi" not in text for text, _ in _actors(annotator, _fr(body), "marche"))


# The victim's side of an attack told in the passive.


def test_the_escort_of_an_attacked_convoy_is_not_the_attacker(annotator: Preannotator) -> None:
    body = (
        "Un convoi de camions escorté par l'armée nigérienne et des gardes nationaux a été "
        "attaqué jeudi entre Tillabéri et Ayorou, selon des sources locales."
    )
    # Before 0.64.0 the army, the nearest name before, had attacked its own convoy.
    assert _actors(annotator, _fr(body), "attaqué") == []


def test_the_owner_of_an_ambushed_convoy_is_not_the_attacker(annotator: Preannotator) -> None:
    body = (
        "Un convoi logistique des Forces armées maliennes et de leurs partenaires russes, "
        "qui se rendait à Tessalit, a été attaqué dimanche près d'Aguelhok."
    )
    # Before 0.64.0 the army that owned the convoy had attacked it.
    assert _actors(annotator, _fr(body), "attaqué") == []


def test_troops_deployed_in_the_passive_still_moved(annotator: Preannotator) -> None:
    # Guard: the passive subject of a deployment is who moved, not a victim.
    body = "Des militaires de la garde nationale ont été déployés mardi à Banibangou."
    assert _actors(annotator, _fr(body), "déployés") != []


# A force backing another.


def test_troops_backed_by_partners_are_both_actors(annotator: Preannotator) -> None:
    body = (
        "Malian troops backed by Africa Corps fighters took control of the town of Lere "
        "on Monday after heavy fighting, two security sources said."
    )
    actors = _actors(annotator, english_document(body), "took control")
    # Before 0.64.0 Africa Corps alone, the nearest name before the act.
    assert ("Malian troops", "fama") in actors
    assert ("Africa Corps", "africa-corps") in actors


# English relatives.


def test_a_zero_relative_on_a_claim_names_who_denied(annotator: Preannotator) -> None:
    body = (
        "Residents said the drone strike killed several civilians at a wedding near "
        "Tillia, a claim the ministry denied."
    )
    actors = _actors(annotator, english_document(body), "denied")
    # Before 0.64.0 the denial had no actor: "the ministry" was no mention.
    assert [text for text, _ in actors] == ["the ministry"]


def test_a_source_who_visited_is_the_visitor(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed seven traders at a market in Tera on Saturday, according to the "
        "governor of Tillaberi, who visited the town on Sunday."
    )
    actors = [text for text, _ in _actors(annotator, english_document(body), "visited")]
    # Before 0.64.0 no visitor: a source is kept off the acts of its sentence.
    assert actors and "governor" in actors[0]


def test_a_source_is_still_not_the_attacker(annotator: Preannotator) -> None:
    # Guard: the source named after the attack did not kill.
    body = (
        "Gunmen killed seven traders at a market in Tera on Saturday, according to the "
        "governor of Tillaberi, who visited the town on Sunday."
    )
    actors = [text for text, _ in _actors(annotator, english_document(body), "killed")]
    assert all("governor" not in text for text in actors)


# An English participle before its noun.


def test_a_participle_before_its_noun_names_no_actor(annotator: Preannotator) -> None:
    body = (
        "Hundreds of supporters of a detained civil society activist marched in Bamako on "
        "Friday to demand his release."
    )
    # Before 0.64.0 the marchers, the nearest name before, had detained him.
    assert _actors(annotator, english_document(body), "detained") == []


def test_an_active_verb_after_its_counted_subject_keeps_its_actor(
    annotator: Preannotator,
) -> None:
    # Guard: a verb after its subject, whose own determiner stands before it, is active.
    body = "On Sunday, the gunmen abducted three teachers near Arbinda, residents said."
    actors = [text for text, _ in _actors(annotator, english_document(body), "abducted")]
    assert actors and "gunmen" in actors[0]


def test_a_participle_agreeing_with_a_qualified_noun_is_not_the_main_subjects(
    annotator: Preannotator,
) -> None:
    # Guard: "enlevés et torturés" both qualify the teachers; the prefect who welcomed
    # their release neither abducted nor tortured them.
    body = "Le préfet a salué la libération des enseignants enlevés et torturés en captivité."
    assert all("préfet" not in text for text, _ in _actors(annotator, _fr(body), "torturés"))
