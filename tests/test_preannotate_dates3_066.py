"""Pre-annotation 0.66.0, the day of a denial whose verb the tagger misreads.

"Le gouvernement dément" is often tagged an adverb after its noun: the denial's actor is
then found only after its day is chosen, and the rule that gives a statement told in the
present the day of its speaker's dated communiqué in the lead found no speaker to compare.
The noun that opens the sentence right before the verb (after an item's number, "3.") is
that speaker. Not when the lead tells no dated document, nor when the sentence's subject
is another body than the lead's issuer. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _times
from tests.test_preannotate_events import titled_document

# The dateline of titled_document is Tuesday 9 September 2025: "lundi" is 2025-09-08.


def test_a_denial_tagged_as_an_adverb_takes_the_communique_day(
    annotator: Preannotator,
) -> None:
    body = (
        "Le gouvernement a rendu public jeudi soir un communiqué sur la situation à Djibo.\n"
        "Des habitants avaient affirmé mardi que des hommes armés avaient attaqué un "
        "poste de police.\n"
        "Le gouvernement dément toute attaque et invite la population au calme."
    )
    doc = titled_document("Titre: le gouvernement répond", body)
    # Before 0.66.0 "dément" (tagged ADV) had no day, while "invite" had the lead's.
    assert _times(annotator, doc, "dément") == [("jeudi soir", "2025-09-04")]
    assert _times(annotator, doc, "invite") == [("jeudi soir", "2025-09-04")]


def test_a_numbered_item_of_a_communique(annotator: Preannotator) -> None:
    # A guard: the item's number must not hide the subject.
    body = (
        "Le gouvernement a publié lundi un communiqué en trois points sur la situation "
        "sécuritaire.\n"
        "1. Des frappes aériennes ont visé un groupe armé près de Nampala samedi.\n"
        "2. Le gouvernement dément toute attaque contre la ville de Léré."
    )
    doc = titled_document("Sécurité: le communiqué du gouvernement", body)
    assert _times(annotator, doc, "dément") == [("lundi", "2025-09-08")]


def test_a_spokesman_denial_after_his_declaration(annotator: Preannotator) -> None:
    body = (
        "Le porte-parole du gouvernement a fait une déclaration lundi à la télévision "
        "nationale.\n"
        "Des médias étrangers avaient rapporté un massacre de civils à Seytenga.\n"
        "Le porte-parole dément ces informations et condamne une campagne de "
        "désinformation."
    )
    doc = titled_document("Titre: le gouvernement répond", body)
    # Before 0.66.0 no day.
    assert _times(annotator, doc, "dément") == [("lundi", "2025-09-08")]


def test_an_army_denial_with_an_adverb(annotator: Preannotator) -> None:
    body = (
        "L'armée a diffusé lundi un communiqué sur ses opérations.\n"
        "Des rumeurs faisaient état de la chute du camp de Boni.\n"
        "L'armée dément catégoriquement ces rumeurs."
    )
    doc = titled_document("Boni: l'armée répond", body)
    # Before 0.66.0 no day.
    assert _times(annotator, doc, "dément") == [("lundi", "2025-09-08")]


# --- guards --------------------------------------------------------------------------


def test_no_dated_document_in_the_lead_gives_no_day(annotator: Preannotator) -> None:
    body = (
        "Des tirs ont été entendus lundi à Léré, selon des habitants.\n"
        "Plusieurs boutiques sont restées fermées dans la ville.\n"
        "Le gouvernement dément toute attaque contre la ville."
    )
    doc = titled_document("Léré: des tirs entendus", body)
    assert _times(annotator, doc, "dément") == []


def test_another_body_than_the_issuer_gives_no_day(annotator: Preannotator) -> None:
    body = (
        "Le ministère de l'Intérieur a publié lundi un communiqué sur les inondations à "
        "Mopti.\n"
        "La mairie dément toute négligence dans l'entretien des caniveaux."
    )
    doc = titled_document("Mopti: inondations", body)
    assert _times(annotator, doc, "dément") == []


# --- a bulletin named in the lead ----------------------------------------------------


def test_an_army_bulletin_gives_its_day_to_the_congratulations(
    annotator: Preannotator,
) -> None:
    body = (
        "Les forces armées ont neutralisé une dizaine de terroristes près de Ménaka la "
        "semaine dernière, selon le bulletin hebdomadaire de l'état-major général des "
        "armées, diffusé lundi soir à la télévision nationale.\n"
        "Des motos et des armes ont été saisies lors de l'opération.\n"
        "L'état-major félicite les unités engagées et invite la population à signaler tout "
        "mouvement suspect."
    )
    doc = titled_document("Bulletin des opérations", body)
    # Before 0.66.0 no day: only a communiqué or a declaration was a lead's document.
    assert _times(annotator, doc, "félicite") == [("lundi soir", "2025-09-08")]
    assert _times(annotator, doc, "invite") == [("lundi soir", "2025-09-08")]


def test_a_bulletin_without_a_day_gives_none(annotator: Preannotator) -> None:
    body = (
        "Les forces armées ont neutralisé une dizaine de terroristes près de Ménaka, selon "
        "le bulletin hebdomadaire de l'état-major.\n"
        "L'état-major félicite les unités engagées."
    )
    doc = titled_document("Bulletin des opérations", body)
    assert _times(annotator, doc, "félicite") == []
