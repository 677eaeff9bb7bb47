"""Pre-annotation 0.60.0, events found and kept apart: a meeting named only to place
another beside it or before it ("En marge de la réunion, le ministre s'est entretenu
avec", "La veille de la visite, le gouverneur avait reçu") is another happening, but
"À la veille de la manifestation" names the march told before; meetings with other
sides, each told in its own sentence, are two; "a reçu hier mercredi des représentants"
(the partitive the visitors' span leaves out) is a meeting; English "received" is a
meeting with guests or a host after it ("received a Russian delegation", "was received
by the prime minister"), not "received threats"; a coup told by its verb ("ont renversé
le président", "overthrew the government") is COERCE seize; people seized (worshippers,
fishermen, "three hostages seized in January", "The farmers were seized") are abducted;
livestock taken ("le nombre de têtes enlevées") is seized, not abducted. Each sentence
is written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _events(annotator: Preannotator, body: str, english: bool = False) -> list[tuple[str, str]]:
    """Each suggested event's trigger text and label, in text order."""
    doc = english_document(body) if english else titled_document("Titre", body)
    result = next(annotator.predict([doc])).result
    found = [
        (item["value"]["start"], item["value"]["text"], item["value"]["labels"][0])
        for item in result
        if item.get("from_name") == "event"
    ]
    return [(text, label) for _, text, label in sorted(found)]


def _modes(annotator: Preannotator, doc: dict[str, Any]) -> dict[str, tuple[str, str | None]]:
    """Each suggested event's trigger text -> (label, mode)."""
    result = next(annotator.predict([doc])).result
    events = {
        i["id"]: (i["value"]["text"], i["value"]["labels"][0])
        for i in result
        if i.get("from_name") == "event"
    }
    modes = {
        i["id"]: i["value"]["choices"][0]
        for i in result
        if i.get("type") == "choices" and str(i.get("from_name", "")).startswith("mode_")
    }
    return {text: (label, modes.get(k)) for k, (text, label) in events.items()}


def test_talks_on_the_sidelines_of_a_meeting_are_a_meeting_of_their_own(
    annotator: Preannotator,
) -> None:
    # 0.59.1 merged the talks into the ministers' meeting told before.
    body = (
        "Les ministres des Affaires étrangères de la région se sont réunis jeudi à Dakar "
        "pour évaluer la situation sécuritaire.\n"
        "En marge de la réunion, le ministre malien s'est entretenu avec son homologue "
        "sénégalais des échanges commerciaux."
    )
    assert [t for t, label in _events(annotator, body) if label == "CONSULT"] == [
        "réunis",
        "entretenu",
    ]


def test_a_meeting_on_the_eve_of_a_visit_is_not_the_visit(annotator: Preannotator) -> None:
    # 0.59.1 merged the reception into the visit its sentence named to date it.
    body = (
        "Le ministre de la Santé s'est rendu samedi à Tominian pour rencontrer les "
        "familles des victimes.\n"
        "La veille de la visite, le gouverneur avait reçu les responsables des ONG "
        "actives dans le cercle."
    )
    triggers = [t for t, label in _events(annotator, body) if label == "CONSULT"]
    assert "reçu" in triggers
    assert len(triggers) == 2


def test_the_eve_of_a_march_names_the_march_told_before(annotator: Preannotator) -> None:
    # A guard: "À la veille de la manifestation" names the march told before, no other.
    body = (
        "Des centaines de jeunes ont manifesté mardi à Gao contre les coupures "
        "d'électricité.\n"
        "À la veille de la manifestation, le gouverneur avait interdit tout "
        "rassemblement sur la voie publique."
    )
    assert [t for t, label in _events(annotator, body) if label == "PROTEST"] == ["manifesté"]


def test_receptions_of_other_guests_are_two_meetings(annotator: Preannotator) -> None:
    # 0.59.1 merged the second reception into the first (no date, no place told apart).
    body = (
        "Le préfet de Bankass a reçu une délégation des commerçants du marché de bétail.\n"
        "Le maire de la commune a reçu les responsables de la coordination des jeunes, "
        "qui réclament des emplois."
    )
    consults = [t for t, label in _events(annotator, body) if label == "CONSULT"]
    assert consults == ["reçu", "reçu"]


def test_received_with_a_day_between_and_a_partitive(annotator: Preannotator) -> None:
    # 0.59.1 read "a reçu hier mercredi des représentants" as no meeting: the visitors'
    # span leaves out "des".
    body = (
        "Le haut-commissaire de la province, qui a reçu hier mercredi des représentants "
        "des déplacés, a annoncé une distribution de vivres."
    )
    assert ("reçu", "CONSULT") in _events(annotator, body)


@pytest.mark.parametrize(
    "body",
    [
        "Niger's transitional president received a Russian military delegation on Monday "
        "in Niamey, the presidency said.",
        "The Malian foreign minister was received by the prime minister of Mauritania on "
        "Tuesday in Nouakchott.",
    ],
)
def test_english_received_with_guests_is_a_meeting(annotator: Preannotator, body: str) -> None:
    # 0.59.1 had no English "receive" in the lexicon.
    assert ("received", "CONSULT") in _events(annotator, body, english=True)


def test_english_received_threats_is_no_meeting(annotator: Preannotator) -> None:
    # A guard: what the health centre received is no guest.
    body = "The health centre in Djibo received threats last week and food aid on Monday."
    assert "CONSULT" not in {label for _, label in _events(annotator, body, english=True)}


@pytest.mark.parametrize(
    ("body", "english", "trigger"),
    [
        (
            "Des militaires ont renversé le gouvernement de transition, selon des sources "
            "sécuritaires.",
            False,
            "renversé le gouvernement",
        ),
        (
            "Soldiers overthrew the government on Tuesday, a security source said.",
            True,
            "overthrew the government",
        ),
    ],
)
def test_a_coup_told_by_its_verb(
    annotator: Preannotator, body: str, english: bool, trigger: str
) -> None:
    # 0.59.1 knew the coup by its noun only ("coup d'État", "putsch", "coup").
    doc = english_document(body) if english else titled_document("Titre", body)
    assert _modes(annotator, doc).get(trigger) == ("COERCE", "seize")


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        ("Gunmen seized 30 worshippers at a mosque near Tera on Friday.", "seized"),
        (
            "The UN welcomed the release of three hostages seized in January near Menaka.",
            "seized",
        ),
        (
            "The farmers were seized on Wednesday while working in their fields near "
            "Daboua, local officials said.",
            "seized",
        ),
    ],
)
def test_people_seized_are_abducted(annotator: Preannotator, body: str, trigger: str) -> None:
    # 0.59.1 left these seizures COERCE seize: no noun of people it knew.
    assert _modes(annotator, english_document(body)).get(trigger) == ("ASSAULT", "abduct")


def test_livestock_taken_is_seized_not_abducted(annotator: Preannotator) -> None:
    # 0.59.1 read "enlevées" as an abduction of people.
    body = (
        "Des hommes armés ont attaqué lundi le village de Dinangourou. Le bulletin ne "
        "précise pas le nombre de têtes enlevées."
    )
    assert ("enlevées", "ASSAULT") not in _events(annotator, body)


def test_a_trader_in_livestock_taken_is_abducted(annotator: Preannotator) -> None:
    # A guard: the trade named by its goods is a person taken.
    body = "Un commerçant de bétail a été enlevé lundi par des hommes armés près de Léré."
    assert ("enlevé", "ASSAULT") in _events(annotator, body)


def test_money_handed_over_is_aid(annotator: Preannotator) -> None:
    # 0.59.1 read "remettre" as aid only with goods it knew (vivres, kits, chèques).
    body = (
        "Le gouverneur s'est rendu lundi à Kongoussi, où il a remis une enveloppe de deux "
        "millions de francs CFA aux familles des victimes."
    )
    assert ("remis", "AID") in _events(annotator, body)
