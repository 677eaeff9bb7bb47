"""Pre-annotation 0.66.0, words that name the backdrop of an act, not an act.

A meeting named as the frame of an announcement ("à l'issue de la réunion du comité"),
an inquiry only asked for or published ("a demandé aux autorités l'ouverture d'une
enquête", "la parution d'une enquête"), threats as a standing condition ("consacrée aux
menaces pesant sur la zone"), a flight already done before the told act ("avaient déjà
fui") and an attack named again by who condemns it are not suggested as events; the
meeting whose parties are named, the inquiry opened, the threat made, the flight told
and the attack told once stay. Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_forcemoves_066 import _roles


def _events(annotator: Preannotator, doc: dict[str, Any]) -> list[tuple[str, str]]:
    """The (type, trigger text) of every suggested event."""
    result = next(annotator.predict([doc])).result
    return [
        (i["value"]["labels"][0], i["value"]["text"])
        for i in result
        if i.get("from_name") == "event" and i.get("type") == "labels"
    ]


# A meeting as the frame of what is announced.


def test_a_meeting_framing_an_announcement_is_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Le couvre-feu prolongé à Diffa",
        "Le gouverneur a annoncé lundi, à l'issue de la réunion du comité régional de "
        "sécurité, la prolongation du couvre-feu dans la commune de Bosso.",
        town="Diffa",
    )
    events = _events(annotator, doc)
    assert ("CONSULT", "réunion") not in events, events


def test_a_hearing_left_is_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Le ministre guinéen reçu à Bamako",
        "Le président de la Transition a reçu jeudi le ministre guinéen des Affaires "
        "étrangères. À sa sortie d'audience, le ministre a salué les liens entre les deux "
        "pays.",
        town="Bamako",
    )
    events = _events(annotator, doc)
    assert ("CONSULT", "audience") not in events, events
    assert ("CONSULT", "reçu") in events, events


def test_a_cabinet_meeting_before_an_expulsion_is_no_event(annotator: Preannotator) -> None:
    doc = english_document(
        "After a cabinet meeting on Tuesday, the government spokesman said Niger would "
        "expel three European diplomats."
    )
    events = _events(annotator, doc)
    assert ("CONSULT", "meeting") not in events, events


def test_a_summit_named_as_the_issuer_of_a_text_is_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Les frontières rouvertes",
        "La réouverture des frontières est effective dès ce jeudi, précise le communiqué "
        "final du sommet tenu à Accra.",
        town="Accra",
    )
    events = _events(annotator, doc)
    assert ("CONSULT", "sommet") not in events, events


def test_trap_a_meeting_with_named_parties_stays(annotator: Preannotator) -> None:
    # The parties after the noun make the meeting an act, not a frame.
    doc = titled_document(
        "Les boulangers suspendent leur grève",
        "Le syndicat des boulangers a suspendu mercredi sa grève, à l'issue d'une "
        "rencontre de trois heures avec le ministre du Commerce.",
        town="Niamey",
    )
    events = _events(annotator, doc)
    assert ("CONSULT", "rencontre") in events, events


def test_trap_a_meeting_presided_stays(annotator: Preannotator) -> None:
    doc = titled_document(
        "Réunion de crise à Gao",
        "Le gouverneur de la région de Gao a présidé mardi une réunion de crise avec les "
        "chefs de quartier.",
        town="Gao",
    )
    assert ("CONSULT", "réunion") in _events(annotator, doc)
    assert _roles(annotator, doc, "réunion", "time") == ["mardi"]


# An inquiry asked for, offered or published: no inquiry opened.


def test_an_inquiry_asked_far_from_the_demand_is_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un élu demande une enquête",
        "Un député de la région a demandé samedi aux autorités de la transition "
        "l'ouverture d'une enquête indépendante sur les frappes de la semaine dernière.",
    )
    events = _events(annotator, doc)
    assert ("ACCUSE", "enquête") not in events, events
    assert _roles(annotator, doc, "demandé", "time") == ["samedi"]


def test_a_commission_of_inquiry_asked_for_is_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Une ligue réclame une commission",
        "La Ligue des droits de l'homme a réclamé vendredi la mise en place rapide d'une "
        "commission d'enquête sur la mort de quatre bergers.",
    )
    assert ("ACCUSE", "enquête") not in _events(annotator, doc)


def test_an_inquiry_published_by_a_paper_is_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Des journalistes interpellés",
        "Deux journalistes ont été interpellés mardi par la police, au lendemain de la "
        "parution d'une enquête sur les marchés publics.",
        town="Ouagadougou",
    )
    assert ("ACCUSE", "enquête") not in _events(annotator, doc)


def test_trap_an_inquiry_opened_stays(annotator: Preannotator) -> None:
    doc = titled_document(
        "Une enquête ouverte à Kayes",
        "La gendarmerie de Kayes a ouvert lundi une enquête après le meurtre d'un "
        "commerçant dans le quartier du marché.",
        town="Kayes",
    )
    assert ("ACCUSE", "enquête") in _events(annotator, doc)


# Threats as a state.


def test_threats_weighing_on_a_zone_are_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Les chefs d'état-major réunis",
        "Les chefs d'état-major de l'AES ont tenu mercredi à Niamey une session consacrée "
        "aux menaces pesant sur la zone des trois frontières.",
        town="Niamey",
    )
    assert ("THREATEN", "menaces") not in _events(annotator, doc)


def test_threats_given_as_a_cause_are_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Les éleveurs quittent Boni",
        "Plusieurs éleveurs ont quitté la commune, invoquant les taxes et les menaces de "
        "l'État islamique, qui contrôle les pistes.",
    )
    assert ("THREATEN", "menaces") not in _events(annotator, doc)


def test_trap_a_threat_made_stays(annotator: Preannotator) -> None:
    doc = titled_document(
        "Le JNIM menace les transporteurs",
        "Le JNIM a menacé jeudi de s'en prendre aux camions circulant entre Mopti et Gao.",
    )
    events = _events(annotator, doc)
    assert ("THREATEN", "menacé") in events, events
    assert _roles(annotator, doc, "menacé", "actor") == ["JNIM"]


# A flight already done.


def test_a_flight_already_done_is_no_event(annotator: Preannotator) -> None:
    doc = titled_document(
        "Un village attaqué",
        "Des hommes armés ont attaqué vendredi le village de Sogo, tuant trois hommes. La "
        "plupart des habitants avaient déjà fui vers Bankass après une première attaque en "
        "juillet.",
    )
    events = _events(annotator, doc)
    assert ("SANCTION", "fui") not in events, events
    assert ("ASSAULT", "attaqué") in events, events


def test_trap_a_flight_told_stays(annotator: Preannotator) -> None:
    doc = titled_document(
        "Des familles fuient",
        "Plus de 200 familles ont fui samedi le village de Kouri vers Tillabéri après "
        "l'assassinat de deux chefs par des hommes armés.",
        town="Tillabéri",
    )
    assert ("SANCTION", "fui") in _events(annotator, doc)


# An attack condemned after it was told.


def test_an_attack_condemned_after_it_was_told_is_no_second_event(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Un poste attaqué",
        "Des hommes armés ont attaqué dimanche le poste de gendarmerie de Sona, tuant deux "
        "gendarmes.\nLundi, le ministre de la Sécurité a condamné dans un communiqué une « "
        "attaque lâche » et promis des renforts.",
    )
    events = _events(annotator, doc)
    assert ("ASSAULT", "attaque") not in events, events
    assert ("ASSAULT", "attaqué") in events, events


def test_trap_an_attack_told_only_by_its_condemnation_stays(annotator: Preannotator) -> None:
    doc = titled_document(
        "Le ministre condamne",
        "Le ministre de la Sécurité a condamné lundi l'attaque de dimanche contre le poste "
        "de gendarmerie de Sona.",
    )
    assert ("ASSAULT", "attaque") in _events(annotator, doc)


def test_trap_another_attack_condemned_with_its_date_stays(annotator: Preannotator) -> None:
    # An attack told before does not make the condemned one a repeat: its date and
    # target are its own.
    doc = titled_document(
        "Sommet de la CEDEAO",
        "Des hommes armés ont attaqué samedi un convoi près de Gao.\nÀ Abuja, les chefs "
        "d'État ont par ailleurs condamné l'attaque du 3 septembre contre une position de "
        "l'armée togolaise près de Dapaong.",
    )
    assert ("ASSAULT", "attaque") in _events(annotator, doc)


# A demand told as what protesters want.


def test_a_demand_of_a_sit_in_is_no_request(annotator: Preannotator) -> None:
    doc = titled_document(
        "Sit-in à Ansongo",
        "Une centaine de commerçants ont observé mardi un sit-in devant la préfecture "
        "d'Ansongo. Ils exigent la réouverture de la route de Gao.",
        town="Gao",
    )
    events = _events(annotator, doc)
    assert ("PROTEST", "sit-in") in events, events
    assert not [e for e in events if e[0] == "REQUEST"], events


def test_trap_a_demand_by_letter_after_a_march_stays(annotator: Preannotator) -> None:
    # The letter handed to the governor carries the demand: a REQUEST of its own.
    doc = titled_document(
        "Marche à Ansongo",
        "Des jeunes ont marché mardi jusqu'à la préfecture d'Ansongo, où ils ont remis une "
        "lettre au préfet. Ils demandent le renforcement des escortes sur la route de Gao.",
        town="Gao",
    )
    assert [e for e in _events(annotator, doc) if e[0] == "REQUEST"]


def test_trap_a_demand_with_no_protest_stays(annotator: Preannotator) -> None:
    doc = titled_document(
        "Les maires demandent des renforts",
        "Les maires de la province ont demandé mardi au gouvernement l'envoi de renforts. "
        "Ils réclament aussi la réouverture des écoles.",
        town="Dori",
    )
    events = _events(annotator, doc)
    assert ("REQUEST", "réclament") in events, events
