"""Pre-annotation 0.66.0, acts named again or not held, which annotators delete.

A tally over a period ("au moins cinq chefs enlevés dans la région depuis le mois de
juillet"), acts of several weeks gathered ("enlevées ces dernières semaines"), the titles
of a bulletin's summary ("Au sommaire : un camion attaqué"), an irruption whose intruders'
abduction or arrest opens the next sentence ("Ils ont enlevé deux commerçants") and a
meeting that could not take place ("n'a pas pu le rencontrer") are not suggested; the act
told, the irruption with its toll and the meeting held stay. Each sentence is written for
the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_backdrops_066 import _events, _roles
from tests.test_preannotate_events import english_document, titled_document


def _triggers(annotator: Preannotator, doc: dict[str, Any], label: str) -> list[str]:
    """The trigger texts of the suggested events of type ``label``."""
    return [text for kind, text in _events(annotator, doc) if kind == label]


# Tallies over a period.


def test_a_tally_since_a_month_is_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un chef de village enlevé près de Dosso",
        "Des hommes armés ont enlevé lundi le chef du village de Bana. Selon l'association "
        "des chefs traditionnels, au moins cinq chefs de village ont été enlevés dans la "
        "région depuis le mois de juillet.",
        town="Dosso",
    )
    assert _triggers(annotator, doc, "ASSAULT") == ["enlevé"]


def test_a_rank_since_the_start_of_the_year_is_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un infirmier enlevé à Seytenga",
        "Un infirmier a été enlevé dimanche soir à Seytenga par des individus armés, selon "
        "le district sanitaire. C'est le troisième agent de santé enlevé dans la province "
        "depuis le début de l'année.",
        town="Dori",
    )
    assert _triggers(annotator, doc, "ASSAULT") == ["enlevé"]


def test_an_english_tally_since_a_month_is_no_event(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen abducted two engineers on Monday near Kéniéba, the mining company said. "
        "At least six workers have been kidnapped in the area since January."
    )
    assert _triggers(annotator, doc, "ASSAULT") == ["abducted"]


def test_an_abduction_from_a_vehicle_is_no_tally(annotator: Preannotator) -> None:
    # "depuis le car": where they were taken from, no period.
    doc = titled_document(
        "Voyageurs enlevés",
        "Six voyageurs ont été enlevés depuis le car vendredi par des hommes armés entre "
        "Kaya et Barsalogho, selon des sources locales.",
        town="Kaya",
    )
    assert _triggers(annotator, doc, "ASSAULT") == ["enlevés"]


def test_acts_of_several_weeks_gathered_are_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Otages libérés",
        "Cinq éleveurs enlevés ces dernières semaines dans le département de Tibiri ont été "
        "libérés dimanche, a annoncé le préfet. Le plus âgé avait été enlevé le 3 novembre "
        "à son campement par des hommes armés.",
        town="Maradi",
    )
    assert _triggers(annotator, doc, "ASSAULT") == ["enlevé"]


# A bulletin's summary.


def test_the_summary_titles_are_no_events(annotator: Preannotator) -> None:
    doc = titled_document(
        "Journal régional du soir",
        "Bonsoir et bienvenue. Au sommaire : un camion attaqué sur la route de Sikasso et "
        "la foire de Koutiala. Lundi soir, des hommes armés ont attaqué un camion à vingt "
        "kilomètres de Koutiala, blessant le chauffeur.",
        town="Koutiala",
    )
    events = _events(annotator, doc)
    assert events.count(("ASSAULT", "attaqué")) == 1, events
    assert _roles(annotator, doc, "attaqué", "time") == ["Lundi soir"]


def test_the_front_page_titles_are_no_events(annotator: Preannotator) -> None:
    doc = titled_document(
        "Journal du soir",
        "À la une ce soir : des bergers enlevés à Guidan Roumdji et la rentrée "
        "universitaire. Des bandits ont enlevé dimanche trois bergers près de Guidan "
        "Roumdji, selon le maire.",
        town="Maradi",
    )
    assert _triggers(annotator, doc, "ASSAULT") == ["enlevé"]


# An irruption, then what the intruders did.


def test_an_irruption_before_an_abduction_told_next_is_no_event(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Nuit d'angoisse à Sebba",
        "Des individus armés ont fait irruption vers minuit dans le quartier du marché de "
        "Sebba. Ils ont enlevé deux commerçants avant de repartir vers la frontière.",
        town="Dori",
    )
    events = _events(annotator, doc)
    assert ("ASSAULT", "fait irruption") not in events, events
    assert ("ASSAULT", "enlevé") in events, events


def test_an_irruption_with_its_toll_stays(annotator: Preannotator) -> None:
    doc = titled_document(
        "Attaque à Tamou",
        "Des hommes armés ont fait irruption dimanche dans le marché de Tamou, tuant quatre "
        "commerçants. Ils ont enlevé deux autres personnes.",
        town="Niamey",
    )
    assert ("ASSAULT", "fait irruption") in _events(annotator, doc)


# A meeting that could not take place.


def test_a_meeting_that_could_not_take_place_is_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Journaliste détenu",
        "Le journaliste Ali Souley a été interpellé lundi à Niamey par la police. Son "
        "avocat n'a pas pu le rencontrer mardi, a-t-il déclaré.",
        town="Niamey",
    )
    assert _triggers(annotator, doc, "CONSULT") == []


def test_a_meeting_held_stays(annotator: Preannotator) -> None:
    doc = titled_document(
        "Visite du ministre",
        "Le ministre de l'Intérieur a rencontré mardi à Tillabéri les chefs coutumiers de "
        "la région, selon un communiqué.",
        town="Niamey",
    )
    assert _triggers(annotator, doc, "CONSULT") == ["rencontré"]


def test_the_deadliest_attack_since_a_month_stays(annotator: Preannotator) -> None:
    # A rank of one act ("the deadliest ... since"), no tally of several.
    doc = titled_document(
        "Attaque meurtrière à Seytenga",
        "Des hommes armés ont tué au moins vingt civils samedi à Seytenga, l'attaque la "
        "plus meurtrière dans la région depuis le mois de mars, selon le gouverneur.",
        town="Dori",
    )
    assert ("ASSAULT", "tué") in _events(annotator, doc) or (
        ("ASSAULT", "attaque") in _events(annotator, doc)
    )


def test_hundreds_attacked_since_a_blockade_are_no_event(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen attacked a fuel convoy on Tuesday near Kayes, a transport union said. "
        "The group has attacked hundreds of trucks since it announced the blockade."
    )
    assert _triggers(annotator, doc, "ASSAULT") == ["attacked"]
    assert _roles(annotator, doc, "attacked", "time") == ["Tuesday"]
