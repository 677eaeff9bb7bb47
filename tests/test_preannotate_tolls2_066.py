"""Pre-annotation 0.66.0 (second round of tolls): the claim's medium, the wounded told by
their care and the toll an army reports.

"a affirmé dans une vidéo avoir tué quatorze soldats": the medium before the infinitive
is no count of one. The wounded told by the care they get ("sont toujours
hospitalisés", "are still in hospital", "prises en charge au CSCom") are counted as
injured; aid given to others ("pris en charge par le HCR") is not. A toll the army
reports of the dead ("L'armée a fait état de neuf civils tués") is the toll of the act
told before, not an army operation of its own. Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.annotation.ids import EntityAttribute, Normalised, Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _counts(text: str) -> list[tuple[str, str | None]]:
    """Each count found in ``text``: its kind and figure."""
    return [(c.kind, c.count) for c in find_casualties(text)]


def _events(annotator: Preannotator, doc: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """Each suggested event's trigger text with the sorted "kind count" of its
    casualties, in the order of the triggers."""
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    tolls: dict[str, list[str]] = {}
    for rel in ann.relations:
        arg = ann.regions.get(rel.to_id)
        if arg is None or Role.CASUALTIES not in rel.labels:
            continue
        kind = next(iter(arg.choices.get(EntityAttribute.CASUALTY_KIND, ())), "")
        tolls.setdefault(rel.from_id, []).append(f"{kind} {arg.texts.get(Normalised.COUNT, '')}")
    triggers = sorted((r for r in ann.regions.values() if r.is_event), key=lambda r: r.start)
    text = doc["text"]
    return [(text[r.start : r.end], sorted(tolls.get(r.id, []))) for r in triggers]


# The medium of a claim before its infinitive.


def test_a_video_before_the_claimed_killing_is_no_count_of_one() -> None:
    text = "Le groupe a affirmé dans une vidéo avoir tué dix-sept militaires."
    # Before 0.66.0 also ("killed", "1") for "une vidéo avoir tué".
    assert _counts(text) == [("killed", "17")]


def test_a_statement_before_the_claimed_neutralising_is_no_count_of_one() -> None:
    text = "L'état-major dit dans un communiqué avoir neutralisé une quarantaine d'assaillants."
    assert _counts(text) == [("killed", "40")]


def test_an_audio_message_before_the_claim_is_no_count_of_one() -> None:
    text = "Le JNIM a assuré jeudi dans un message audio avoir tué des dizaines de soldats."
    assert _counts(text) == [("killed", "20-99")]


def test_guard_a_count_before_a_bare_claim_stays() -> None:
    text = "L'armée a perdu deux soldats et affirme avoir tué onze assaillants."
    assert _counts(text) == [("killed", "2"), ("killed", "11")]


# The wounded told by their care.


def test_people_still_in_hospital_are_injured() -> None:
    text = "Five villagers are still in hospital in Ouallam, a nurse said."
    assert _counts(text) == [("injured", "5")]


def test_people_admitted_to_hospital_are_injured() -> None:
    text = "Three traders were admitted to hospital after the shooting."
    assert _counts(text) == [("injured", "3")]


def test_people_cared_for_at_a_health_centre_are_injured() -> None:
    text = "Onze personnes ont été prises en charge au CSCom de Koro."
    assert _counts(text) == [("injured", "11")]


def test_people_cared_for_by_a_medical_team_are_injured() -> None:
    text = "Quatre passagers ont été pris en charge par l'équipe médicale de la Croix-Rouge."
    assert _counts(text) == [("injured", "4")]


def test_guard_the_displaced_cared_for_by_an_agency_are_no_toll() -> None:
    text = "Deux cents déplacés ont été pris en charge par le HCR à Kaya."
    assert _counts(text) == []


def test_the_wounded_in_hospital_join_the_attack(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué mardi le marché de Boni, dans le cercle de "
        "Douentza, tuant quatre commerçants.\nSix personnes sont toujours à l'hôpital, "
        "et neuf autres ont été prises en charge au centre de santé de Boni."
    )
    events = _events(annotator, titled_document("Mali : le marché de Boni attaqué", body))
    assert ["injured 6", "injured 9", "killed 4"] in [tolls for _, tolls in events]


def test_the_english_wounded_in_hospital_join_the_attack(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked the village of Kolmane near Tera on Sunday, killing three "
        "farmers.\nSeven people are still in hospital in Tera, a local official said."
    )
    events = _events(annotator, english_document(body))
    assert ["injured 7", "killed 3"] in [tolls for _, tolls in events]


# A toll the army reports of the act told before.


def test_the_army_reporting_civilians_killed_makes_no_operation(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué samedi le village de Tin-Akoff, dans la province "
        "de l'Oudalan.\nL'état-major a fait état de sept civils tués."
    )
    events = _events(annotator, titled_document("Burkina : Tin-Akoff attaqué", body))
    # Before 0.66.0 "tués" was an event of its own, the army its actor.
    assert events == [("attaqué", ["killed 7"])]


def test_the_army_reporting_civilians_and_wounded_makes_no_operation(
    annotator: Preannotator,
) -> None:
    body = (
        "Des jihadistes ont attaqué lundi un convoi de commerçants près de Boulsa, dans "
        "la province du Namentenga.\nDans un communiqué, l'armée a fait état de douze "
        "civils tués et de cinq blessés."
    )
    events = _events(annotator, titled_document("Burkina : un convoi attaqué", body))
    assert events == [("attaqué", ["injured 5", "killed 12"])]


def test_guard_the_army_claiming_its_own_kills_stays_apart(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué samedi le village de Tin-Akoff, dans la province "
        "de l'Oudalan, tuant cinq habitants.\nL'armée a annoncé lundi avoir neutralisé "
        "une vingtaine de terroristes lors d'une opération près de Markoye."
    )
    events = _events(annotator, titled_document("Burkina : Tin-Akoff attaqué", body))
    assert ("attaqué", ["killed 5"]) in events
    assert all("killed 20" not in tolls or "killed 5" not in tolls for _, tolls in events)
