"""Pre-annotation 0.69.0, English wire wordings the word-order rules missed.

English text has no parse here. Four families the wires use: captives told by their
capture before their release ("two engineers seized near Kayes were freed": the count
took the capture's clause in, or nothing); a state's services as the subject ("security
services detained"); a group told by its seat that acts ("A Dakar-based rights group
condemned", not one that only speaks); the agent of a passive of force that is not one
of the bands the subject patterns list ("was arrested by state security agents", "were
killed by soldiers", "were detained by police"). Each sentence is written for the test.
"""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document
from tests.test_preannotate_forcemoves_066 import _roles
from tests.test_preannotate_releases_060 import _actors


def _counts(text: str) -> list[tuple[str, str, str | None]]:
    """Each count found in ``text``: span, kind, norm_count."""
    return [(c.text, c.kind, c.count) for c in find_casualties(text)]


# Captives told by their capture before their release.


def test_captives_seized_far_before_their_release() -> None:
    text = "Two Turkish engineers seized at a gold-panning site near Kayes were freed on Sunday."
    # Before 0.69.0 no count: the participle's clause was longer than a count's noun.
    assert _counts(text) == [("Two Turkish engineers", "abducted", "2")]


def test_captives_abducted_then_released_count_without_the_participle() -> None:
    text = "Four teachers abducted near Tera in March have been released, the union said."
    assert _counts(text) == [("Four teachers", "abducted", "4")]


def test_detainees_held_then_released_are_arrested() -> None:
    text = "Six students detained after the march in Bamako were later released."
    assert _counts(text) == [("Six students", "arrested", "6")]


def test_captives_in_a_relative_clause() -> None:
    text = "Three nurses who were kidnapped on the Diffa road last year have been freed."
    assert _counts(text) == [("Three nurses", "abducted", "3")]


def test_one_captive_released_stays_no_count() -> None:
    # Trap: one person taken is the act's recipient in the corpus, not a count.
    assert _counts("An engineer abducted near Kayes in July was released on Friday.") == []


# A state's services as the subject.


def test_security_services_detained(annotator: Preannotator) -> None:
    body = "On Sunday, security services detained a French researcher in Agadez, two sources said."
    # Before 0.69.0 no actor.
    assert _actors(annotator, english_document(body), "detained") == ["security services"]


def test_intelligence_services_after_said(annotator: Preannotator) -> None:
    body = (
        "The interior ministry said on Friday that intelligence services had arrested nine "
        "people in Zinder."
    )
    assert _actors(annotator, english_document(body), "arrested") == ["intelligence services"]


# A group told by its seat or its kind that acts.


def test_a_group_by_its_seat_condemns(annotator: Preannotator) -> None:
    body = "A Dakar-based press freedom group on Tuesday condemned the arrest of two reporters."
    assert _actors(annotator, english_document(body), "condemned") == [
        "A Dakar-based press freedom group"
    ]


def test_a_watchdog_by_its_seat_urges(annotator: Preannotator) -> None:
    body = "A London-based watchdog urged the junta to free the two reporters held in Niamey."
    assert _actors(annotator, english_document(body), "urged") == ["A London-based watchdog"]


def test_a_group_that_only_speaks_is_no_actor(annotator: Preannotator) -> None:
    # Trap: a group that tells of the act is its source, not its actor.
    body = "Gunmen killed six herders near Tillia on Sunday, a local rights group said."
    assert _actors(annotator, english_document(body), "killed") == ["Gunmen"]


# The agent of a passive of force.


def test_arrested_by_state_security_agents(annotator: Preannotator) -> None:
    body = "A radio presenter was arrested by state security agents in Niamey on Monday."
    # Before 0.69.0 no actor: the agent was none of the listed bands.
    assert _actors(annotator, english_document(body), "arrested") == ["state security agents"]


def test_killed_by_soldiers(annotator: Preannotator) -> None:
    body = "Nine traders were killed by soldiers near Djenné on Saturday, relatives said."
    assert _actors(annotator, english_document(body), "killed") == ["soldiers"]


def test_detained_by_police(annotator: Preannotator) -> None:
    body = "Five union leaders were detained by police in Bamako on Thursday, their lawyer said."
    assert _actors(annotator, english_document(body), "detained") == ["police"]


def test_shot_by_members_of_a_militia(annotator: Preannotator) -> None:
    body = "Two herders were shot dead by members of a local militia near Barsalogho on Sunday."
    assert _actors(annotator, english_document(body), "shot dead") == ["members of a local militia"]


def test_a_report_by_is_no_agent(annotator: Preannotator) -> None:
    # Trap: "a report by" names who wrote, not who acted.
    body = (
        "Soldiers killed 14 villagers near Mopti last month, according to a report by a "
        "rights group published on Monday."
    )
    assert _actors(annotator, english_document(body), "killed") == ["Soldiers"]


def test_troops_have_withdrawn(annotator: Preannotator) -> None:
    body = "Italian soldiers have withdrawn from their base near Niamey, the ministry said."
    assert _actors(annotator, english_document(body), "withdrawn") == ["Italian soldiers"]


# The day a toll rose on is the count's, not the attack's.


def _times(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    """The times' texts suggested for the event whose trigger is ``trigger``."""
    return _roles(annotator, doc, trigger, "time")


def test_the_day_a_toll_rose_on_is_not_the_attack_day(annotator: Preannotator) -> None:
    body = (
        "The death toll from an attack on a village near Djibo rose to 31 on Friday, a "
        "local official said."
    )
    # Before 0.69.0 the attack was dated Friday, the day of the new count.
    assert _times(annotator, english_document(body), "attack") == []


def test_the_attack_day_stays_before_a_toll_that_rose(annotator: Preannotator) -> None:
    # Trap: the act's own day, then the count's day in the next sentence.
    body = (
        "Gunmen attacked a wedding near Djibo on Sunday, killing at least 20 people. The "
        "toll rose to 31 on Tuesday, a local official said."
    )
    assert _times(annotator, english_document(body), "attacked") == ["Sunday"]


# A bloc told again by its kind; a withdrawal told as completed.


def test_the_bloc_froze_assets(annotator: Preannotator) -> None:
    body = (
        "West African leaders met in Abuja on Sunday over the coup in Conakry. The bloc froze "
        "the assets of the junta's members."
    )
    # Before 0.69.0 no actor: neither "bloc" nor "froze" was read.
    assert _actors(annotator, english_document(body), "froze the assets") == ["The bloc"]


def test_completing_a_withdrawal_is_a_retreat(annotator: Preannotator) -> None:
    body = (
        "The last Italian soldiers left the country on Friday, completing a withdrawal the "
        "government had asked for in August."
    )
    result = next(annotator.predict([english_document(body)])).result
    events = {
        i["value"]["text"]: i["value"]["labels"] for i in result if i.get("from_name") == "event"
    }
    # Before 0.69.0 no withdrawal at all.
    assert events.get("completing a withdrawal") == ["RETREAT"], events


def test_the_organisations_call_on(annotator: Preannotator) -> None:
    body = (
        "Gunmen looted a clinic near Diffa last week. In a joint statement, the organisations "
        "called on all parties to spare health workers."
    )
    # Before 0.69.0 no actor: only "the organisation" was read.
    assert _actors(annotator, english_document(body), "called on") == ["the organisations"]


def test_captives_of_any_trade_freed() -> None:
    text = "Two midwives abducted near Diffa in May were freed on Monday."
    assert _counts(text) == [("Two midwives", "abducted", "2")]


# The first party a meeting's noun names after "between" or "led by".


def test_a_meeting_between_the_governor_and_chiefs(annotator: Preannotator) -> None:
    body = (
        "The ban on motorcycles was lifted on Tuesday. It follows a meeting last week "
        "between the governor and traditional chiefs."
    )
    # Before 0.69.0 no actor.
    assert _actors(annotator, english_document(body), "meeting") == ["the governor"]


def test_talks_led_by_elders(annotator: Preannotator) -> None:
    body = "Two teachers abducted near Tera were freed on Monday after talks led by local elders."
    assert _actors(annotator, english_document(body), "talks") == ["local elders"]


def test_a_meeting_with_its_own_subject_keeps_it(annotator: Preannotator) -> None:
    # Trap: a meeting whose subject is told keeps it.
    body = "The prime minister met union leaders in Bamako on Monday."
    assert _actors(annotator, english_document(body), "met") == ["The prime minister"]
