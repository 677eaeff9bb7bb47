"""Pre-annotation 0.66.0, political and diplomatic acts the lexicon missed.

A restriction lifted with words between the verb and it ("ont levé mercredi les
sanctions"), told by the noun ("la levée, à compter de vendredi, du couvre-feu") or as a
passive ("les restrictions ... ont été levées") is a CONCEDE; a prosecutor's "a requis
cinq ans" is the charge (ACCUSE allege); "a qualifié de « mensongères »" dismisses
(REJECT); "s'est dit disposé à", "la signature d'un accord", "a décidé de prolonger" commit
(AGREE); "a prévenu que" warns (THREATEN); "en scandant" protests. Traps: "qui a requis
l'anonymat" is a source, "les documents requis" an adjective, "lever le camp" a
withdrawal, a "qualifiant de" after a rejection the same rejection. Each sentence is
written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _times
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_findacts_064 import _events, _labels


def _actors(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    """The actor texts of the event whose trigger is ``trigger``."""
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"]["text"] for i in result if i.get("type") == "labels"}
    return sorted(
        spans[r["to_id"]]
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == ["actor"]
        and spans[r["from_id"]] == trigger
    )


def _doc(body: str) -> dict[str, Any]:
    return titled_document("Titre", body, town="Niamey")


# Restrictions lifted (CONCEDE).


def test_sanctions_lifted_with_a_day_and_an_adjective_between(annotator: Preannotator) -> None:
    doc = _doc(
        "Les chefs d'État de l'UEMOA ont levé mercredi les sanctions financières visant le Mali."
    )
    # Before 0.66.0 no CONCEDE: the day and the adjective broke "lever les sanctions".
    assert ("CONCEDE", "", "levé") in _events(annotator, doc)
    assert _times(annotator, doc, "levé") == [("mercredi", "2025-09-03")]


def test_curfew_lifting_told_by_the_noun_with_an_incise(annotator: Preannotator) -> None:
    doc = _doc(
        "Le gouverneur de Dosso a annoncé lundi la levée, à compter de jeudi, du couvre-feu "
        "nocturne dans la ville."
    )
    assert ("CONCEDE", "", "levée") in _events(annotator, doc)
    # The day the lifting takes effect is not the day it was announced.
    assert _times(annotator, doc, "levée") == [("lundi", "2025-09-08")]


def test_restrictions_lifted_as_a_passive(annotator: Preannotator) -> None:
    doc = _doc("Les restrictions sur le commerce du bétail ont finalement été levées mardi.")
    events = _events(annotator, doc)
    assert ("CONCEDE", "", "levées") in events
    # The restrictions lifted are not imposed again by the same words (an imposition
    # told after them, "imposées en mars", would stay its own event).
    assert "restrictions" not in [t for _, _, t in events]


def test_embargo_lifted_is_no_sanction(annotator: Preannotator) -> None:
    doc = _doc("La CEDEAO a levé jeudi l'embargo commercial contre la Guinée.")
    assert _labels(annotator, doc) == ["CONCEDE"]


def test_english_curfew_lifted_with_a_day_between(annotator: Preannotator) -> None:
    doc = english_document("Niger's military authorities on Tuesday lifted the overnight curfew.")
    assert ("CONCEDE", "", "lifted") in _events(annotator, doc)


def test_camp_left_is_no_concession(annotator: Preannotator) -> None:
    doc = _doc("Les soldats ont levé le camp de Tessit lundi soir.")
    assert "CONCEDE" not in _labels(annotator, doc)


# A prosecutor's demand (ACCUSE allege), and its traps.


def test_prosecutor_demand_is_the_charge(annotator: Preannotator) -> None:
    doc = _doc("Le procureur a requis lundi cinq ans de prison ferme contre le militant.")
    assert ("ACCUSE", "allege", "requis") in _events(annotator, doc)
    assert _actors(annotator, doc, "requis") == ["Le procureur"]


def test_anonymity_requested_is_no_charge(annotator: Preannotator) -> None:
    doc = _doc("Un habitant de Téra, qui a requis l'anonymat, a raconté la scène.")
    assert "ACCUSE" not in _labels(annotator, doc)


def test_documents_required_is_no_charge(annotator: Preannotator) -> None:
    doc = _doc("Les documents requis pour le dossier n'ont pas été transmis.")
    assert "ACCUSE" not in _labels(annotator, doc)


# A statement dismissed (REJECT).


def test_figures_called_fanciful_are_rejected(annotator: Preannotator) -> None:
    doc = _doc("Le porte-parole de l'armée a qualifié de « fantaisistes » les bilans publiés.")
    assert ("REJECT", "", "qualifié") in _events(annotator, doc)


def test_qualifying_after_a_rejection_is_the_same_rejection(annotator: Preannotator) -> None:
    doc = _doc(
        "Le gouvernement a rejeté mardi ces accusations, les qualifiant de « campagne de "
        "dénigrement »."
    )
    assert _labels(annotator, doc).count("REJECT") == 1


# Commitments (AGREE), warnings (THREATEN), protests.


def test_willing_to_is_a_commitment(annotator: Preannotator) -> None:
    doc = _doc("Le ministre béninois s'est dit disposé jeudi à rouvrir la frontière.")
    assert "AGREE" in _labels(annotator, doc)


def test_signing_told_by_the_noun(annotator: Preannotator) -> None:
    doc = _doc("Les deux ministres ont procédé mardi à la signature d'un accord de transit.")
    assert "AGREE" in _labels(annotator, doc)


def test_warned_that_is_a_threat(annotator: Preannotator) -> None:
    doc = _doc("Le ministre de l'Éducation a prévenu mardi que les grévistes seraient radiés.")
    assert ("THREATEN", "", "prévenu") in _events(annotator, doc)


def test_chanting_is_a_protest(annotator: Preannotator) -> None:
    doc = _doc("Des partisans de l'opposant ont attendu devant le tribunal en scandant son nom.")
    assert "PROTEST" in _labels(annotator, doc)
