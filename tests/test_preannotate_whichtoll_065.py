"""Pre-annotation 0.65.0, which event a toll belongs to when a sentence tells two acts.

A second act named as such in a clause of its own ("while a separate attack on X left
five civilians dead", ", et une autre embuscade a coûté la vie à ...") is its own event
with its own toll: it no longer merges into the first act of the sentence, and its
toll is no longer linked to the first act, even when no event was suggested for it. A
toll that changed is counted at the figure it reached also when the figure it came from
is written in words ("passant de huit à quatorze morts", "rose from eleven to 19"). An
earlier toll told in the pluperfect of any verb of saying ("had said", "avait indiqué")
is linked to nothing when the article counts the same kind again; a group's claim is
not such a toll. Each sentence is written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.annotation.ids import EntityAttribute, Normalised, Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _counts(text: str) -> list[tuple[str, str, str | None]]:
    """Each count found in ``text``: its span, kind and figure."""
    return [(c.text, c.kind, c.count) for c in find_casualties(text)]


def _tolls_by_event(annotator: Preannotator, doc: dict[str, Any]) -> list[list[str]]:
    """The sorted "kind count" of the casualties of each suggested event that has any,
    events in the order of their triggers."""
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    by_event: dict[str, list[str]] = {}
    for rel in ann.relations:
        arg = ann.regions.get(rel.to_id)
        if arg is None or Role.CASUALTIES not in rel.labels:
            continue
        kind = next(iter(arg.choices.get(EntityAttribute.CASUALTY_KIND, ())), "")
        by_event.setdefault(rel.from_id, []).append(f"{kind} {arg.texts.get(Normalised.COUNT, '')}")
    order = sorted(by_event, key=lambda rid: ann.regions[rid].start)
    return [sorted(by_event[rid]) for rid in order]


# A toll that changed, the earlier figure in words.


def test_a_toll_changed_from_a_figure_in_words_counts_the_figure_reached() -> None:
    text = "Le bilan a été revu à la hausse, passant de huit à quatorze morts, selon le maire."
    # Before 0.65.0 no count at all: the range "huit à quatorze" was dropped as a change.
    assert _counts(text) == [("quatorze morts", "killed", "14")]


def test_an_english_toll_risen_from_a_word_counts_the_figure_reached() -> None:
    text = "The death toll from the attack on Tamou has risen from eleven to 19, officials said."
    # Before 0.65.0 no count: only a digit could stand after "from".
    assert _counts(text) == [("19", "killed", "19")]


def test_a_range_stays_a_range() -> None:
    # Trap: a range told with "entre ... et" is one approximate count, not a change.
    text = "Entre quinze et vingt civils ont été tués dans le village de Sabéré."
    assert _counts(text) == [("Entre quinze et vingt civils", "killed", "15-20")]


# A second act in a clause of its own.


def test_a_separate_attack_in_a_while_clause_keeps_its_own_toll(annotator: Preannotator) -> None:
    body = (
        "Jihadists killed seven soldiers at a checkpoint near Niono on Friday, while a "
        "separate attack on a market in Macina the next day left four traders dead, "
        "officials said."
    )
    # Before 0.65.0 one event with both tolls (the soldiers' and the traders').
    assert _tolls_by_event(annotator, english_document(body)) == [["killed 7"], ["killed 4"]]


def test_a_french_other_ambush_after_a_comma_keeps_its_own_toll(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont tué trois gendarmes lors de l'attaque de la brigade de "
        "Kantchari lundi, tandis qu'à Pama, une autre attaque a coûté la vie à six civils."
    )
    # Guards the French shape, which already gave two events, against the new rule.
    assert _tolls_by_event(annotator, titled_document("Est", body, "Fada N'Gourma")) == [
        ["killed 3"],
        ["killed 6"],
    ]


def test_in_another_attack_is_the_same_act(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed nine villagers near Ouallam on Sunday in another attack on "
        "civilians in the Tillaberi region, a local official said."
    )
    # Trap: "in another attack" names this act as one more of a series, not a second act.
    assert _tolls_by_event(annotator, english_document(body)) == [["killed 9"]]


# An earlier toll told in the pluperfect of any verb of saying.


def test_an_earlier_toll_someone_had_said_is_linked_to_nothing(annotator: Preannotator) -> None:
    body = (
        "Twenty-three soldiers were killed in an attack on an army post in Banibangou on "
        "Tuesday, the defence ministry said on Thursday. On Wednesday, the ministry had "
        "said 17 soldiers were killed."
    )
    # Before 0.65.0 both figures: only "had reported", "had announced" told a first toll.
    assert _tolls_by_event(annotator, english_document(body)) == [["killed 23"]]


def test_a_french_earlier_toll_someone_had_indicated_is_linked_to_nothing(
    annotator: Preannotator,
) -> None:
    body = (
        "Quinze civils ont été tués samedi lors de l'attaque du marché de Kiki, a annoncé "
        "lundi le gouverneur. Dimanche, une source locale avait indiqué que neuf personnes "
        "avaient été tuées."
    )
    assert _tolls_by_event(annotator, titled_document("Kiki", body, "Dori")) == [["killed 15"]]


def test_a_claim_the_group_had_made_stays_linked(annotator: Preannotator) -> None:
    body = (
        "Militants attacked a military base in Diapaga on Thursday, killing 11 soldiers, "
        "the army said. JNIM had claimed 40 soldiers killed in the raid."
    )
    # Trap: a group's competing figure is linked with its side (corpus note), not an
    # earlier toll; "claimed" stays out of the verbs of saying.
    assert _tolls_by_event(annotator, english_document(body)) == [["killed 11", "killed 40"]]
