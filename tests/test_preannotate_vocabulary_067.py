"""Pre-annotation 0.67.0, acts the lexicon had no word for, added by families.

Each family is the act's verb and noun, its usual French phrases and the English a
journalist would use for the same act, checked against the codebook:

* a company, a mine or a site taken by the state ("nationaliser", "placer sous
  administration provisoire", "nationalise") is COERCE seize;
* a warning told by its penalty ("s'exposer à des poursuites", "ne restera pas impuni",
  "will face prosecution", "will not go unpunished") is THREATEN;
* a withdrawal made official or an agreement ended ("officialiser son retrait", "dénoncer
  l'accord", "formalised its withdrawal", "terminate the agreement") is SANCTION withdraw;
* a levy or a measure suspended or frozen, restrictions lifted ("suspendre la taxe", "gel
  de la taxe", "lever les restrictions", "lifted the restrictions") is CONCEDE;
* a displacement told by its cause ("ont entraîné le déplacement de", "caused the
  displacement of") is SANCTION expel;
* a judicial investigation opened ("ouvrir une information judiciaire") is ACCUSE
  investigate;
* shelter opened or people moved to it ("ouvrir un site d'accueil", "relocated") is AID.

Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_coerce_067 import _events
from tests.test_preannotate_events import english_document, titled_document


def _fr(body: str, town: str = "Niamey") -> dict[str, Any]:
    return titled_document("Titre", body, town=town)


def _one(events: dict[str, dict[str, Any]], label: str) -> tuple[str, dict[str, Any]]:
    found = [(text, e) for text, e in events.items() if e["label"] == label]
    assert len(found) == 1, events
    return found[0]


def test_a_mine_nationalised(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr("Le gouvernement a nationalisé jeudi la mine d'uranium de Tassa, près d'Agadez."),
    )
    text, event = _one(events, "COERCE")
    assert "nationalisé" in text and event["mode"] == "seize"
    assert event["args"]["actor"] == ["Le gouvernement"]
    assert event["args"]["time"] == ["jeudi"]


def test_a_company_under_provisional_administration(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr(
            "La société cotonnière a été placée sous administration provisoire mardi par "
            "le tribunal de commerce de Bamako.",
            town="Bamako",
        ),
    )
    _text, event = _one(events, "COERCE")
    assert event["mode"] == "seize"
    assert event["args"]["time"] == ["mardi"]


def test_english_nationalised(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        english_document("The junta nationalised the Zinder refinery on Friday, state radio said."),
    )
    text, event = _one(events, "COERCE")
    assert text.startswith("nationalised") and event["mode"] == "seize"
    assert event["args"]["time"] == ["Friday"]


def test_a_penalty_warned_of(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr(
            "Selon le communiqué du gouvernorat, les orpailleurs qui resteront sur le site "
            "s'exposent à des poursuites."
        ),
    )
    text, _event = _one(events, "THREATEN")
    assert "poursuites" in text


def test_english_not_go_unpunished(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        english_document(
            "Those responsible for the looting will not go unpunished, the mayor said."
        ),
    )
    text, _event = _one(events, "THREATEN")
    assert "unpunished" in text


def test_a_withdrawal_made_official(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr("Le Tchad a officialisé mercredi son retrait de la Commission du bassin du lac."),
    )
    text, event = _one(events, "SANCTION")
    assert "officialisé" in text and event["mode"] == "withdraw"
    assert event["args"]["actor"] == ["Tchad"]


def test_english_agreement_terminated(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        english_document("Niger terminated the agreement with the European Union on Thursday."),
    )
    _text, event = _one(events, "SANCTION")
    assert event["mode"] == "withdraw"
    assert event["args"]["time"] == ["Thursday"]


def test_a_tax_suspended_is_a_concession(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr("Le maire de Dosso a suspendu vendredi la taxe sur les charrettes.", town="Dosso"),
    )
    text, _event = _one(events, "CONCEDE")
    assert "suspendu" in text
    assert "COERCE" not in {e["label"] for e in events.values()}


def test_restrictions_lifted(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        english_document(
            "The governor lifted the restrictions on motorbikes in Tillabéri on Monday."
        ),
    )
    _text, event = _one(events, "CONCEDE")
    assert event["args"]["time"] == ["Monday"]


def test_a_displacement_by_its_cause(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr(
            "Les inondations et les attaques ont provoqué le déplacement de 4 000 "
            "personnes vers Ouallam."
        ),
    )
    text, event = _one(events, "SANCTION")
    assert "déplacement" in text and event["mode"] == "expel"


def test_a_judicial_investigation(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr("Le procureur a ouvert une information judiciaire contre trois agents des douanes."),
    )
    _text, event = _one(events, "ACCUSE")
    assert event["mode"] == "investigate"


# Guards: the words alone keep their reading.


def test_guard_a_bare_suspension_stays_coercion(annotator: Preannotator) -> None:
    events = _events(
        annotator, _fr("Le gouvernement a suspendu mardi les activités de trois associations.")
    )
    _text, event = _one(events, "COERCE")
    assert event["mode"] != "seize"


def test_guard_a_statement_denounced_stays_an_accusation(annotator: Preannotator) -> None:
    events = _events(annotator, _fr("Le syndicat a dénoncé mardi les arrestations de militants."))
    assert "SANCTION" not in {e["label"] for e in events.values()}


def test_a_reception_site_opened(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        _fr("La mairie de Kaya a ouvert lundi un site d'accueil pour les familles déplacées."),
    )
    _text, event = _one(events, "AID")
    assert event["args"]["time"] == ["lundi"]
