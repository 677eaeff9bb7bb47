"""Pre-annotation 0.62.0, which event a toll goes to when an article gives it by place
or names a second act by a pronoun.

A second count by place told without its noun ("Eight people were killed in Tanout and
three in Dogo") is a count of the first's kind; a total whose parts the same event holds,
told together in another sentence, is not linked (the corpus links the parts). A second
act named by a pronoun and its place with a toll of its own ("tandis que celle de Bouza
a coûté la vie à trois soldats", "while the one near Filingué left five dead") is an event
of its own on the pronoun, with its toll; "the one" is no count of one. Each sentence is
written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.annotation.ids import Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_tolls_061 import events_with_tolls


def _counts(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.text, c.kind, c.count) for c in find_casualties(text)]


def test_an_elliptic_second_count_by_place_in_english() -> None:
    counts = _counts("Eight people were killed in Tanout and three in Dogo, police said.")
    assert ("three", "killed", "3") in counts
    assert ("Eight people", "killed", "8") in counts


def test_an_elliptic_second_count_by_place_in_french() -> None:
    assert ("cinq", "killed", "5") in _counts(
        "Le maire fait état de onze morts à Gorgadji et cinq à Taouremba."
    )
    assert ("deux", "injured", "2") in _counts(
        "Six passagers ont été blessés près de Kaya et deux près de Korsimoro, selon la radio."
    )
    assert ("quatre", "killed", "4") in _counts(
        "La radio rapporte huit civils tués à Solhan et de quatre à Sebba."
    )


def test_a_range_after_a_placed_count_is_no_elliptic_count() -> None:
    # Guard: "deux à trois blessés" is a range of the wounded, not two more dead.
    counts = _counts("On compte cinq morts à Dori et deux à trois blessés.")
    assert not [c for c in counts if c[0] == "deux"]


def test_the_parts_by_place_are_the_toll_not_their_total(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué dimanche deux hameaux de la commune de Sollé, tuant "
        "quinze civils. On dénombre onze morts à Gorgadji et quatre à Taouremba, selon le "
        "maire."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert events[0][1] == ["killed 11", "killed 4"]


def test_english_parts_by_place_are_the_toll(annotator: Preannotator) -> None:
    body = (
        "Gunmen on motorcycles attacked two villages in Zamfara state on Friday night, killing 12 "
        "people. Eight people were killed in Gidan Bawa and four in Tungar Kaya, a councillor said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert events[0][1] == ["killed 4", "killed 8"]


def test_a_second_ambush_named_by_a_pronoun_has_its_own_toll(annotator: Preannotator) -> None:
    body = (
        "Des jihadistes ont tendu mardi deux embuscades à des patrouilles de l'armée. "
        "L'embuscade de Filingué a fait huit morts, tandis que celle de Bouza a coûté la "
        "vie à trois soldats, selon une source militaire."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert ("celle", ["killed 3"]) in events
    assert all("killed 3" not in tolls for trigger, tolls in events if trigger != "celle")
    assert any(tolls == ["killed 8"] for _, tolls in events)


def test_the_one_near_a_place_is_an_act_of_its_own(annotator: Preannotator) -> None:
    body = (
        "Militants ambushed two army convoys in Tillaberi region on Monday. The ambush "
        "near Ayorou killed six soldiers, while the one near Filingue left five dead, the "
        "ministry said."
    )
    events = events_with_tolls(annotator, english_document(body))
    assert ("the one", ["killed 5"]) in events
    assert _first_of(events, "ambushed") == ["killed 6"]


def _first_of(events: list[tuple[str, list[str]]], word: str) -> list[str]:
    return next(tolls for trigger, tolls in events if trigger.startswith(word))


def test_the_one_is_no_count_of_one() -> None:
    counts = _counts("The raid on Kaya killed two guards, while the one in Pissila killed six.")
    assert not [c for c in counts if c[2] == "1"]


def test_an_earlier_act_compared_by_a_pronoun_is_no_new_event(annotator: Preannotator) -> None:
    # Guard: a pluperfect toll of an act compared is left to the rules of other acts.
    body = (
        "Des hommes armés ont attaqué mercredi un car près de Douentza, tuant six "
        "passagers. Cette attaque survient un mois après celle de Boni, qui avait fait "
        "quatre morts."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert "celle" not in [trigger for trigger, _ in events]


def test_the_report_s_day_opening_its_sentence_is_no_other_happening(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué lundi le poste de gendarmerie de Mondoro.\nMardi, "
        "l'armée a fait état de cinq gendarmes tués et de deux blessés."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert events == [("attaqué", ["injured 2", "killed 5"])]


def test_the_report_s_day_between_commas_is_no_other_happening(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué lundi le poste de gendarmerie de Mondoro.\nL'état-major "
        "a fait état, mardi, de cinq gendarmes tués."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert events == [("attaqué", ["killed 5"])]


def _role_of(annotator: Preannotator, doc: dict[str, Any], word: str, role: Role) -> list[str]:
    """The ``role`` arguments' texts of the first event whose trigger starts with ``word``."""
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    text = doc["text"]
    event = next(
        r
        for r in sorted(ann.regions.values(), key=lambda r: r.start)
        if r.control == "event" and text[r.start : r.end].startswith(word)
    )
    return [
        text[ann.regions[rel.to_id].start : ann.regions[rel.to_id].end]
        for rel in ann.relations
        if rel.from_id == event.id and role in rel.labels
    ]


def test_those_forced_to_flee_are_the_flight_s_recipient(annotator: Preannotator) -> None:
    body = (
        "L'attaque du village de Bourzanga mardi par des hommes armés a fait cinq morts et "
        "contraint 1 800 personnes à fuir vers Kongoussi."
    )
    assert _role_of(annotator, titled_document("Titre", body), "fuir", Role.RECIPIENT) == [
        "1 800 personnes"
    ]


def test_those_forced_to_flee_in_a_passive_are_its_recipient(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué mardi le village de Bourzanga, tuant cinq civils. Plus "
        "de 1 800 habitants ont été contraints de fuir vers Kongoussi."
    )
    recipients = _role_of(annotator, titled_document("Titre", body), "fuir", Role.RECIPIENT)
    assert recipients == ["1 800 habitants"]


def test_a_figure_by_place_after_the_verb_s_count_is_no_sum() -> None:
    counts = _counts("Des hommes armés ont tué 14 personnes à Foubé lundi et cinq à Dablo mardi.")
    assert ("14 personnes", "killed", "14") in counts
    assert ("cinq", "killed", "5") in counts


def test_a_roundup_s_sum_in_the_items_sentence_is_not_linked(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont tué 14 personnes à Foubé lundi et cinq à Dablo mardi, soit 19 "
        "morts en une semaine dans la commune."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert events[0][1] == ["killed 14", "killed 5"]


def test_a_roundup_s_sum_opened_by_soit_is_no_item_s_toll(annotator: Preannotator) -> None:
    body = (
        "À Foubé, des hommes armés ont tué 14 personnes lundi ; à Dablo, cinq personnes ont "
        "été tuées mercredi dans une embuscade. Soit 19 morts en une semaine dans la commune."
    )
    events = events_with_tolls(annotator, titled_document("Titre", body))
    assert all("killed 19" not in tolls for _, tolls in events)
    assert any(tolls == ["killed 14"] for _, tolls in events)


def test_the_one_in_a_town_is_placed_there(annotator: Preannotator) -> None:
    body = (
        "Jihadists attacked two gendarmerie posts in northern Burkina Faso on Friday. The "
        "attack on the Djibo post killed five gendarmes, while the one in Arbinda killed "
        "two, security sources said."
    )
    assert _role_of(annotator, english_document(body), "the one", Role.LOCATION) == ["Arbinda"]
