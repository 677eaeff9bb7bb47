"""Pre-annotation 0.64.0, small English event-word gaps.

English is read without a parser, so these rules read closed word classes around a
trigger. Attackers leaving the scene of their own attack, told in the attack's sentence
with the same subject ("fired rockets at the camp and withdrew", "killing three
gendarmes, before they withdrew"), are the end of the attack, no RETREAT of their own: a
RETREAT is a force leaving a position or a country. One adjective may stand between an
English verb in the past and the noun ending its two-word phrase ("exchanged heavy
fire": "exchange fire"). Relief other than food given ("provided tents and blankets",
"handed over medical kits") is AID, as food aid was. Each sentence is written for the
test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document
from tests.test_preannotate_findacts_064 import _events, _labels

# The attackers' own departure.


def test_attackers_who_withdrew_after_their_attack_make_no_retreat(
    annotator: Preannotator,
) -> None:
    body = (
        "Gunmen stormed a police post in Torodi on Friday, killing two officers, "
        "before they withdrew."
    )
    # Before 0.64.0 "withdrew" was a RETREAT withdraw of its own.
    assert _labels(annotator, english_document(body)) == ["ASSAULT"]


def test_attackers_who_fired_and_withdrew_make_no_retreat(annotator: Preannotator) -> None:
    body = "Militants shelled the army camp at Inates on Sunday and withdrew an hour later."
    assert "RETREAT" not in _labels(annotator, english_document(body))


def test_another_force_withdrawing_after_an_attack_is_a_retreat(
    annotator: Preannotator,
) -> None:
    # Guards the trap: a subject of its own is another force leaving a position.
    body = (
        "Jihadists attacked the town of Tessit on Monday and the soldiers withdrew from "
        "their base there on Tuesday."
    )
    assert "RETREAT" in _labels(annotator, english_document(body))


def test_a_withdrawal_with_no_attack_is_a_retreat(annotator: Preannotator) -> None:
    # Guards the trap: no attack before it in its sentence.
    body = "French troops withdrew from their base in Gossi on Tuesday, the army said."
    assert ("RETREAT", "withdraw", "withdrew") in _events(annotator, english_document(body))


# One adjective between a verb and its noun.


def test_an_adjective_between_the_verb_and_fire(annotator: Preannotator) -> None:
    body = "Nigerien troops exchanged sustained fire with bandits near Tahoua on Monday."
    # Before 0.64.0 "exchanged sustained fire" was no trigger: no event at all.
    assert ("ASSAULT", "firearms", "exchanged sustained fire") in _events(
        annotator, english_document(body)
    )


# Relief other than food.


def test_tents_and_blankets_provided_are_aid(annotator: Preannotator) -> None:
    body = (
        "The refugee agency provided tents and blankets to displaced families in Abala on Friday."
    )
    # Before 0.64.0 no event: only food aid was found ("provide food").
    assert ("AID", "", "provided") in _events(annotator, english_document(body))


def test_medical_kits_handed_over_are_aid(annotator: Preannotator) -> None:
    body = "A charity handed over two hundred medical kits to the hospital of Diffa on Tuesday."
    assert "AID" in _labels(annotator, english_document(body))


def test_a_giving_verb_with_no_relief_good_is_no_aid(annotator: Preannotator) -> None:
    # Guards the trap: "provided" with no relief good after it is no delivery.
    body = "The minister provided details of the new budget to reporters in Niamey on Monday."
    assert "AID" not in _labels(annotator, english_document(body))


def test_fuel_supplied_to_fighters_is_no_aid(annotator: Preannotator) -> None:
    # Guards the trap: fuel and drugs are told smuggled, not given as relief.
    body = "Traders in Gao supplied fuel to the armed groups for months, the police said."
    assert "AID" not in _labels(annotator, english_document(body))


def test_defenders_who_repelled_the_attack_and_withdrew_are_a_retreat(
    annotator: Preannotator,
) -> None:
    # Guards the trap: after a noun ("the attack"), "and withdrew" is the subject's own
    # verb, a force leaving its positions, not the attackers leaving.
    body = (
        "The army repelled the attack on Tin-Akoff on Monday and then withdrew from its "
        "positions in the area."
    )
    assert "RETREAT" in _labels(annotator, english_document(body))
