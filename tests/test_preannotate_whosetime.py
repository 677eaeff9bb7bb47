"""Whose day a time is, and what tells one happening from another (pre-annotation
0.24.0): the day a communiqué was read, a report was made or a claim was told, a relative
clause on the speaker, an English aside; none is the act's day, so none dates the act or
splits one attack into two suggestions. And "Le même jour" opens another act."""

from __future__ import annotations

from typing import Any

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _events(annotator: Preannotator, doc: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """Each suggested event's text -> role -> the texts linked in that role."""
    result = next(annotator.predict([doc])).result
    regions = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    events = {
        i["value"]["text"]: {"id": [i["id"]]} for i in result if i.get("from_name") == "event"
    }
    by_id = {e["id"][0]: e for e in events.values()}
    for i in result:
        if i.get("type") == "relation" and i["from_id"] in by_id:
            by_id[i["from_id"]].setdefault(i["labels"][0], []).append(regions[i["to_id"]]["text"])
    return events


def test_the_day_a_communique_was_read_is_not_the_attacks(annotator: Preannotator) -> None:
    # The parser reads "lu" as a noun: no verb of saying holds the Monday.
    events = _events(
        annotator,
        titled_document(
            "Titre",
            "Des hommes armés ont attaqué samedi le poste de Toumour. Dans un communiqué lu "
            "lundi à la télévision, le ministère a reconnu une attaque repoussée, qui a fait "
            "deux blessés.",
        ),
    )
    assert list(events) == ["attaqué"]  # one attack, not a second one on Monday
    assert events["attaqué"]["time"] == ["samedi"]
    assert events["attaqué"]["casualties"] == ["deux blessés"]


def test_english_statement_opening_its_sentence_dates_the_statement(
    annotator: Preannotator,
) -> None:
    events = _events(
        annotator,
        english_document(
            "Militants attacked an army camp in Tessit on Tuesday, killing nine soldiers. In "
            "a statement on Wednesday, the army said its troops had repelled the attack and "
            "killed 15 terrorists."
        ),
    )
    assert list(events) == ["attacked"]
    assert events["attacked"]["time"] == ["Tuesday"]
    assert events["attacked"]["casualties"] == ["nine soldiers", "15 terrorists"]


def test_what_the_speaker_did_is_not_the_acts_day(annotator: Preannotator) -> None:
    events = _events(
        annotator,
        titled_document(
            "Titre",
            "Au moins sept pêcheurs ont été tués dimanche en fin d'après-midi lors d'une "
            "attaque contre l'île de Kinasserom, selon des sources locales.\nLes assaillants "
            "ont ouvert le feu sur un campement de pêcheurs avant d'incendier les filets, a "
            "raconté à notre correspondant un rescapé qui a pu regagner Bol lundi matin.",
        ),
    )
    assert "lundi matin" not in [t for e in events.values() for t in e.get("time", [])]
    assert "ouvert le feu" not in events  # the attack told again, not a Monday attack


def test_english_relative_clause_between_commas_dates_its_own_act(
    annotator: Preannotator,
) -> None:
    events = _events(
        annotator,
        english_document(
            "Eleven people were killed when gunmen ambushed a food convoy in northern "
            "Burkina Faso on Sunday, a regional official said on Monday.\nThe convoy, which "
            "had left Kaya the day before, was attacked about 20 kilometres south of Djibo, "
            "the official said."
        ),
    )
    assert list(events) == ["ambushed"]
    assert events["ambushed"]["time"] == ["Sunday"]


@pytest.mark.parametrize(
    ("doc", "trigger", "day"),
    [
        (
            # A curfew is made by its communiqué: the day it was read is its own.
            titled_document(
                "Titre",
                "Dans un communiqué lu lundi soir à la télévision, le gouvernement a instauré "
                "un couvre-feu dans la région de Mopti.",
            ),
            "couvre-feu",
            "lundi soir",
        ),
        (
            # So is a threat by its message.
            titled_document(
                "Titre",
                "Dans un message audio diffusé vendredi, le JNIM a menacé de s'en prendre aux "
                "transporteurs.",
            ),
            "menacé",
            "vendredi",
        ),
        (
            english_document(
                "In a statement on Wednesday, the government imposed a curfew in the "
                "Tillaberi region."
            ),
            "curfew",
            "Wednesday",
        ),
    ],
)
def test_an_act_a_statement_performs_keeps_the_statements_day(
    annotator: Preannotator, doc: dict[str, Any], trigger: str, day: str
) -> None:
    assert _events(annotator, doc)[trigger]["time"] == [day]


def test_english_accusation_dates_itself_not_the_act_it_alleges(
    annotator: Preannotator,
) -> None:
    events = _events(
        annotator,
        english_document(
            "Militants attacked an army camp in Tessit on Monday, killing nine soldiers.\n"
            "Tessit, a small town in the Gao region, has been besieged by armed groups for "
            "much of the past year. In March, Human Rights Watch accused soldiers of "
            "executing at least 11 men near the town."
        ),
    )
    assert events["accused"]["time"] == ["March"]
    # The execution's day is not told: neither March nor the attack's Monday.
    assert "time" not in events["executing"]


def test_a_claims_day_is_not_borrowed_by_the_raiders_later_acts(
    annotator: Preannotator,
) -> None:
    events = _events(
        annotator,
        english_document(
            "Dozens of fighters stormed an army post in the town of Tassara on Monday "
            "afternoon, the defence ministry said.\nIslamic State Sahel Province claimed "
            "responsibility for the attack on Tuesday through its Amaq news agency.\nA "
            "resident said by phone that the attackers had looted shops near the post."
        ),
    )
    assert events["looted"]["time"] == ["Monday"]


@pytest.mark.parametrize(
    ("body", "act", "day"),
    [
        (
            # A report's day: "faisaient état de" is a verb of saying.
            "Le bilan de l'attaque perpétrée dans la nuit de mercredi à jeudi contre le "
            "village de Tori est passé à 27 morts, selon le maire. Jeudi matin, les "
            "premières sources locales faisaient état de onze morts.\nSelon des habitants, "
            "les assaillants ont mis le feu à une trentaine de greniers.",
            "mis le feu",
            "dans la nuit de mercredi à jeudi",
        ),
        (
            # A toll's day: "communiqué lundi", whatever the parser makes of "communiqué".
            "Des assaillants ont pris d'assaut dimanche matin la position des VDP "
            "d'Arbinda. Un premier bilan, communiqué lundi par des sources locales, faisait "
            "état de douze morts.\nSelon notre interlocuteur, les assaillants ont emporté "
            "des armes et deux véhicules.",
            "emporté",
            "dimanche matin",
        ),
    ],
)
def test_the_day_a_toll_was_reported_is_not_borrowed_by_the_raiders_acts(
    annotator: Preannotator, body: str, act: str, day: str
) -> None:
    assert _events(annotator, titled_document("Titre", body))[act]["time"] == [day]


def test_an_act_told_as_on_the_same_day_is_another_happening(annotator: Preannotator) -> None:
    # "Le même jour" opens another act (since 0.24.0): the strike is not the attack told
    # before, and its toll is its own.
    events = _events(
        annotator,
        titled_document(
            "Titre",
            "Au moins six soldats béninois ont été tués mercredi dans une attaque contre une "
            "position de l'armée dans le parc W. Neuf assaillants ont été tués.\nLe même "
            "jour, l'armée nigérienne a affirmé avoir mené une frappe de drone contre un "
            "regroupement de combattants dans la réserve de Tamou, neutralisant « une "
            "quinzaine de terroristes ».",
        ),
    )
    assert list(events) == ["attaque", "frappe de drone"]
    assert events["attaque"]["casualties"] == ["Au moins six soldats béninois", "Neuf assaillants"]
    assert events["frappe de drone"]["casualties"] == ["une quinzaine de terroristes"]


def test_a_call_takes_neither_the_raids_place_nor_lends_its_day_to_the_raiders(
    annotator: Preannotator,
) -> None:
    # Since 0.24.0 an act done by speaking takes no place from the paragraph (the place
    # is the raid's, not where the mayor spoke), and its day is not borrowed by the
    # raiders' acts told after it.
    events = _events(
        annotator,
        titled_document(
            "Titre",
            "Des hommes armés ont tué dimanche quatre commerçants à Tori, dans le cercle de "
            "Bankass. Le maire a appelé lundi les autorités à renforcer la sécurité. Les "
            "assaillants ont aussi incendié des greniers.",
        ),
    )
    assert "location" not in events["appelé"]
    assert events["appelé"]["time"] == ["lundi"]
    assert events["incendié"]["location"] == ["Tori"]
    assert events["incendié"]["time"] == ["dimanche"]


def test_a_time_before_a_speakers_verb_set_after_a_comma_is_the_acts(
    annotator: Preannotator,
) -> None:
    # Since 0.25.0: the parser hangs "dimanche après-midi" on "appris"; it is the attack's
    # day, which the looting told in the next paragraph borrows.
    events = _events(
        annotator,
        titled_document(
            "Titre",
            "Le marché de Tondikiwindi a été la cible dimanche après-midi d'une attaque menée "
            "par des individus armés, a-t-on appris lundi de sources concordantes.\n"
            "Les assaillants ont également emporté des centaines de têtes de bétail, ajoute "
            "la même source.",
        ),
    )
    assert events["attaque"]["time"] == ["dimanche après-midi"]
    assert events["emporté"]["time"] == ["dimanche après-midi"]
