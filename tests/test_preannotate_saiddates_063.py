"""Pre-annotation 0.63.0, the day of what a communiqué, a summit or a visit says, and of
what a rights office documents.

The speaker of the lead's communiqué named again by a generic noun of its kind
("L'organisation", "L'ONG", "The group", "Les dirigeants") speaks on the communiqué's
day, as the same head word already did. A rights office that "documented on Tuesday the
killing of 25 civilians last month" told the killings on Tuesday: Tuesday is not their
day. Acts a communiqué reports keep their own days. Each sentence is written for the
test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_event_places_060 import role_texts as _role
from tests.test_preannotate_events import english_document, titled_document


def _fr(body: str, town: str = "Bamako") -> dict[str, Any]:
    return titled_document("Titre", body, town)


_NGO = (
    "Dans un communiqué publié lundi, l'ONG Human Rights Watch a accusé l'armée "
    "d'avoir exécuté une vingtaine de civils à Djibo le 2 septembre.\n"
    "L'organisation condamne ces tueries et demande l'ouverture d'une enquête."
)


def test_the_ngo_named_again_condemns_on_the_communique_day(annotator: Preannotator) -> None:
    # Before 0.63.0 the condemnation had no day.
    assert _role(annotator, _fr(_NGO, "Ouagadougou"), "condamne", "time") == ["lundi"]


def test_the_ngo_named_again_demands_on_the_communique_day(annotator: Preannotator) -> None:
    doc = _fr(_NGO, "Ouagadougou")
    assert _role(annotator, doc, "demande", "time") == ["lundi"]


def test_the_reported_killing_keeps_its_own_day(annotator: Preannotator) -> None:
    # A guard: the act the communiqué reports keeps the day told with it.
    assert _role(annotator, _fr(_NGO, "Ouagadougou"), "exécuté", "time") == ["2 septembre"]


def test_an_association_named_again_calls_on_the_statement_day(
    annotator: Preannotator,
) -> None:
    body = (
        "Amnesty International a dénoncé lundi, dans une déclaration, l'arrestation de "
        "trois journalistes à Bamako.\n"
        "L'ONG exige leur libération sans condition."
    )
    assert _role(annotator, _fr(body), "exige leur libération", "time") == ["lundi"]


def test_a_pronoun_after_the_named_ngo_carries_the_day(annotator: Preannotator) -> None:
    body = (
        "Dans une note publiée lundi, l'ONG Médecins sans frontières a dénoncé le pillage "
        "de son centre de santé à Kidal.\n"
        "L'organisation déplore ces actes. Elle appelle les belligérants à épargner les "
        "soignants."
    )
    assert _role(annotator, _fr(body), "appelle", "time") == ["lundi"]


def test_the_reported_raid_keeps_its_own_day(annotator: Preannotator) -> None:
    body = (
        "In a statement released on Friday, Human Rights Watch said soldiers killed 12 "
        "villagers in Solenzo on Sunday.\n"
        "The group condemned the killings."
    )
    # A guard: the act reported keeps its own day, not the statement's.
    assert _role(annotator, english_document(body), "killed", "time") == ["Sunday"]


def test_a_rights_office_documents_killings_of_last_month(annotator: Preannotator) -> None:
    body = (
        "The UN human rights office on Friday documented the killing of 25 civilians in "
        "the Mopti region last month."
    )
    # Before 0.63.0 the killing took Friday, the day it was documented.
    assert _role(annotator, english_document(body), "killing", "time") == ["last month"]


def test_an_army_on_monday_said_gunmen_killed(annotator: Preannotator) -> None:
    body = (
        "The army on Friday said gunmen killed nine herders near Tillaberi, without giving a date."
    )
    # Before 0.63.0 the killing took Friday, the day it was said.
    assert _role(annotator, english_document(body), "killed", "time") == []


def test_a_french_office_documents_executions(annotator: Preannotator) -> None:
    body = (
        "Le Haut-Commissariat des Nations unies aux droits de l'homme a documenté lundi "
        "l'exécution de 30 civils par des militaires dans la région de Mopti."
    )
    # Before 0.63.0 the executions took Monday, the day they were documented.
    assert _role(annotator, _fr(body), "exécution", "time") == []


def test_the_condemnation_itself_keeps_the_said_day(annotator: Preannotator) -> None:
    body = "The African Union on Friday condemned the attack on a convoy near Menaka."
    # A guard: the saying keeps its day.
    assert _role(annotator, english_document(body), "condemned", "time") == ["Friday"]


def test_a_visit_speaker_named_again_promises_on_the_visit_day(
    annotator: Preannotator,
) -> None:
    body = (
        "En visite lundi à Kaya, le ministre de la Défense a rendu hommage aux soldats "
        "tués lors de l'attaque du 4 septembre.\n"
        "Le ministre a promis de renforcer la sécurité dans la région."
    )
    # A guard: the same head word already took the visit's day (0.62.0).
    assert _role(annotator, _fr(body, "Kaya"), "promis", "time") == ["lundi"]


def test_a_condemnation_does_not_take_the_coup_participle_day(
    annotator: Preannotator,
) -> None:
    body = (
        "Les chefs d'Etat de la CEDEAO ont condamné le coup d'Etat survenu le 26 juillet à Niamey."
    )
    # Before 0.63.0 the condemnation took the coup's day ("survenu le" was not read).
    assert _role(annotator, _fr(body, "Niamey"), "condamné", "time") == []


def test_the_coup_keeps_its_participle_day(annotator: Preannotator) -> None:
    body = (
        "Les chefs d'Etat de la CEDEAO ont condamné le coup d'Etat survenu le 26 juillet à Niamey."
    )
    # A guard: the day told by the participle is the coup's.
    assert _role(annotator, _fr(body, "Niamey"), "coup d'Etat", "time") == ["26 juillet"]


def test_a_summit_condemnation_takes_the_summit_day(annotator: Preannotator) -> None:
    body = (
        "Réunis en sommet extraordinaire lundi à Abuja, les chefs d'Etat de la CEDEAO ont "
        "condamné l'attaque survenue le 2 septembre contre un convoi près de Gao."
    )
    # Before 0.63.0 the condemnation took the attack's day.
    assert _role(annotator, _fr(body, "Abuja"), "condamné", "time") == ["lundi"]


def test_an_attack_condemned_in_a_communique_made_public(annotator: Preannotator) -> None:
    body = (
        "Dans un communiqué rendu public lundi, la MINUSMA a condamné l'attaque contre un "
        "convoi près de Kidal."
    )
    # Before 0.63.0 the attack took the day the communiqué was made public ("rendu
    # public" was not read, only "rendue publique").
    assert _role(annotator, _fr(body), "attaque", "time") == []
    assert _role(annotator, _fr(body), "condamné", "time") == ["lundi"]


def test_the_attack_relative_clause_tells_its_day(annotator: Preannotator) -> None:
    body = (
        "La MINUSMA a condamné dimanche l'attaque qui a visé samedi un convoi de casques "
        "bleus près de Kidal."
    )
    # Before 0.63.0 the attack had no day: both times were read as another act's.
    assert _role(annotator, _fr(body), "attaque", "time") == ["samedi"]
    assert _role(annotator, _fr(body), "condamné", "time") == ["dimanche"]


def test_the_attack_relative_clause_after_its_object(annotator: Preannotator) -> None:
    body = (
        "Dans une déclaration rendue publique dimanche, la MINUSMA a condamné l'attaque qui "
        "a visé un convoi samedi près de Kidal."
    )
    # Before 0.63.0 the attack had no day.
    assert _role(annotator, _fr(body), "attaque", "time") == ["samedi"]


_COMMUNIQUE = (
    "Amnesty International a dénoncé lundi, dans un communiqué, l'arrestation de trois "
    "journalistes à Bamako.\n"
    "Les journalistes ont été interpellés à leur domicile par des agents en civil.\n"
    "L'ONG exige leur libération sans condition."
)


def test_a_communique_demand_two_paragraphs_on_takes_its_day(
    annotator: Preannotator,
) -> None:
    # Before 0.63.0 a saying beyond the paragraph after the lead's had no day.
    doc = _fr(_COMMUNIQUE)
    assert _role(annotator, doc, "exige leur libération", "time") == ["lundi"]


def test_a_visit_saying_two_paragraphs_on_stays_undated(annotator: Preannotator) -> None:
    body = (
        "Le gouverneur s'est rendu lundi à Kaya, où il a présenté ses condoléances aux "
        "familles.\n"
        "La ville accueille des milliers de déplacés depuis deux ans.\n"
        "Le gouverneur a appelé les populations à collaborer avec les forces de défense."
    )
    # A guard: without a communiqué in the lead, the 0.62.0 window (the lead's paragraph
    # and the next) still bounds the lead's day.
    assert _role(annotator, _fr(body, "Kaya"), "appelé", "time") == []


def test_the_source_of_a_statement_demands_on_its_day(annotator: Preannotator) -> None:
    body = (
        "In a statement released on Friday, Human Rights Watch said soldiers killed at "
        "least 40 villagers in Solenzo.\n"
        "The group demanded an independent investigation into the killings."
    )
    # Before 0.63.0 the demand had no day: the lead tells no act of the group, only its
    # statement.
    assert _role(annotator, english_document(body), "demanded", "time") == ["Friday"]
    # A guard: the reported killing does not take the statement's day.
    assert _role(annotator, english_document(body), "killed", "time") == []
