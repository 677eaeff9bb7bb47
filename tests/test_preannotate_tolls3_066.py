"""Pre-annotation 0.66.0 (third round of tolls): the wounded still in care after a larger
toll, a leader killed with his men, and suspects of an act.

"L'attaque a fait huit blessés ... Trois blessés sont toujours hospitalisés": the three
are part of the eight, not a second toll. "a tué un chef jihadiste et une trentaine de
ses hommes": the toll is the men's count (about 30), as annotators code it, not the
leader as one more count. "trois hommes soupçonnés d'avoir renseigné les ravisseurs d'un
commerçant enlevé": the men are not taken, the trader is. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.casualties import find_casualties


def _counts(text: str) -> list[tuple[str, str | None]]:
    """Each count found in ``text``: its kind and figure."""
    return [(c.kind, c.count) for c in find_casualties(text)]


# The wounded still in care after a larger toll of wounded.


def test_wounded_still_in_hospital_after_the_toll_are_no_second_toll() -> None:
    text = (
        "Des hommes armés ont attaqué un car lundi, faisant deux morts et neuf blessés. "
        "Quatre blessés sont toujours hospitalisés à Gao."
    )
    # Before 0.66.0 also ("injured", "4").
    assert _counts(text) == [("killed", "2"), ("injured", "9")]


def test_wounded_in_a_serious_state_after_the_toll_are_no_second_toll() -> None:
    text = (
        "Une mine a blessé six civils près de Djibo. "
        "Deux blessés restent dans un état grave, selon un infirmier."
    )
    assert _counts(text) == [("injured", "6")]


def test_english_wounded_still_in_hospital_after_the_toll() -> None:
    text = "Twelve people were wounded in the blast. Four wounded are still in hospital."
    assert _counts(text) == [("injured", "12")]


def test_wounded_in_hospital_alone_are_still_the_toll() -> None:
    # Guard: no larger toll before, the figure is the toll.
    text = "Le ministre a visité le centre de santé où 17 blessés sont toujours hospitalisés."
    assert _counts(text) == [("injured", "17")]


def test_a_larger_figure_after_the_toll_is_kept() -> None:
    # Guard: a figure larger than the first one is no part of it.
    text = "Deux civils ont été blessés mardi. Cinq blessés sont toujours hospitalisés à Kaya."
    assert ("injured", "5") in _counts(text)


# A leader and his men.


def test_a_leader_and_about_thirty_of_his_men_killed() -> None:
    text = "L'armée a annoncé avoir tué un chef jihadiste et une trentaine de ses hommes."
    # Before 0.66.0 ("killed", "1"), the leader alone.
    assert _counts(text) == [("killed", "30")]


def test_a_named_commander_and_about_ten_of_his_fighters() -> None:
    text = (
        "L'aviation a tué mardi un commandant de l'EIGS, Abou Moussa, "
        "et une dizaine de ses combattants près de Ménaka."
    )
    assert _counts(text) == [("killed", "10")]


def test_a_leader_and_at_least_twelve_of_his_men() -> None:
    text = "Les soldats ont tué un chef terroriste et au moins douze de ses éléments."
    # Before 0.66.0 13, the leader added to the men.
    assert [(c.kind, c.qualifier, c.count) for c in find_casualties(text)] == [
        ("killed", "at-least", "12")
    ]


def test_a_village_chief_and_his_sons_are_still_summed() -> None:
    # Guard: kin are victims with him, not a leader's men.
    text = "Des hommes armés ont tué un chef de village et ses deux fils."
    assert _counts(text) == [("killed", "3")]


def test_a_leader_killed_alone_is_one() -> None:
    # Guard: "ses hommes" in the next sentence is not his men's toll.
    text = "Le chef du groupe a été tué. Les militaires et trois de ses hommes sont rentrés."
    assert _counts(text) == [("killed", "1")]


# Suspects of an act are not its victims.


def test_men_suspected_of_helping_kidnappers_are_not_taken() -> None:
    text = (
        "La police a interpellé trois hommes soupçonnés d'avoir renseigné les ravisseurs "
        "d'un commerçant enlevé en mai."
    )
    # Before 0.66.0 one count of 3 abducted.
    assert _counts(text) == [("arrested", "3"), ("abducted", "1")]


def test_men_accused_of_a_killing_are_not_killed() -> None:
    text = "Les gendarmes ont arrêté deux jeunes accusés d'avoir tué un berger près de Téra."
    assert ("killed", "2") not in _counts(text)
    assert ("killed", "1") in _counts(text)


def test_men_suspected_of_being_jihadists_killed_stay_killed() -> None:
    # Guard: who they are thought to be, not an act: the outcome after it is theirs.
    text = "Deux hommes soupçonnés d'être des jihadistes ont été tués près de Kaya."
    assert _counts(text) == [("killed", "2")]


def test_suspects_then_arrested_stay_the_arrested() -> None:
    # Guard: the outcome after the suspicion is theirs.
    text = "Quatre jeunes soupçonnés d'avoir guidé les assaillants ont été arrêtés lundi à Dori."
    assert _counts(text) == [("arrested", "4")]
