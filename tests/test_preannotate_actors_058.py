"""Pre-annotation 0.58.0, who did it: a release and the abduction of the same captives
(one count linked to both) have one captor, so the one of the two that names no actor
takes the other's (the release the abductors, the abduction the release's "ravisseurs");
an English claim of responsibility made by a group named with its initials in brackets
("The Group for the Support of Islam and Muslims (JNIM) claimed responsibility for the
attack") names the attack's actor; an English speaker that "said last week it had
arrested" tells its own act; forces coordinated before the act are all its actors,
after the first's initials in brackets, before members of the second ("et les éléments
d'Africa Corps") and whether people or an organisation ("Malian troops and Africa Corps
fighters"); a capital is the government acting in a state's act when the parse makes
it the subject, before any nearer name ("Après les propos du porte-parole de la CEDEAO,
Ouagadougou a rejeté"), and in English right before the act's verb wherever the clause
opens ("a charge Bamako rejected", "prompted Algiers to recall"). Each sentence is
written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role


def test_a_release_takes_the_abductors_as_its_actor(annotator: Preannotator) -> None:
    body = (
        "Quatre bergers enlevés le 2 mars par des hommes armés près de Diafarabé ont été "
        "relâchés jeudi, a-t-on appris de sources locales."
    )
    # Before 0.58.0 the release had no actor: its own clause names no one who freed.
    assert _role(annotator, body, "relâchés", "actor", False) == ["des hommes armés"]
    # A release by someone else keeps its own actor.
    freed_by_troops = (
        "Trois commerçants enlevés lundi par des hommes armés près de Gao ont été libérés "
        "vendredi par l'armée malienne."
    )
    assert _role(annotator, freed_by_troops, "libérés", "actor", False) == ["armée malienne"]


def test_a_release_takes_the_abductors_told_in_a_later_sentence(
    annotator: Preannotator,
) -> None:
    body = (
        "Deux agents de santé enlevés le 2 avril sur la route de Namssiguia ont été libérés "
        "dimanche, a annoncé leur organisation.\n"
        "Les deux hommes avaient été emmenés par des individus armés alors qu'ils "
        "convoyaient des vaccins."
    )
    # Before 0.58.0 only the abduction had them.
    assert _role(annotator, body, "libérés", "actor", False) == ["des individus armés"]


def test_an_abduction_takes_the_captors_that_freed_its_captives(
    annotator: Preannotator,
) -> None:
    body = (
        "Un chauffeur de camion enlevé il y a une semaine près de Tillabéri a été relâché "
        "lundi par ses ravisseurs, a indiqué son employeur."
    )
    # Before 0.58.0 the abduction had no actor.
    assert _role(annotator, body, "enlevé", "actor", False) == ["ses ravisseurs"]


def test_a_group_claiming_after_its_initials_is_the_attack_s_actor(
    annotator: Preannotator,
) -> None:
    body = (
        "Suspected jihadists killed at least 20 soldiers on Sunday when they attacked an "
        "army base in Djibo, security sources said.\n"
        "The Group for the Support of Islam and Muslims (JNIM) claimed responsibility for "
        "the attack on Monday."
    )
    actors = _role(annotator, body, "attacked", "actor", True)
    # Before 0.58.0 the bracket after the name hid the claim: only the description.
    assert "Suspected jihadists" in actors
    assert any(a in ("JNIM", "Group for the Support of Islam and Muslims") for a in actors)


def test_a_speaker_that_said_last_week_it_arrested_is_the_actor(
    annotator: Preannotator,
) -> None:
    body = (
        "Mali's junta said last week it had arrested several officers suspected of "
        "plotting against the state."
    )
    # Before 0.58.0 "last week" between "said" and "it" hid the speaker's own act.
    assert _role(annotator, body, "arrested", "actor", True) == ["Mali's junta"]


def test_forces_coordinated_after_initials_are_both_actors(annotator: Preannotator) -> None:
    body = (
        "Les Forces armées maliennes (FAMa) et les éléments d'Africa Corps ont attaqué lundi "
        "un campement près d'Inékar, selon des habitants."
    )
    # Before 0.58.0 the initials in brackets and "les éléments d'" hid the second force.
    assert _role(annotator, body, "attaqué", "actor", False) == [
        "Africa Corps",
        "Forces armées maliennes",
    ]


def test_people_and_a_group_coordinated_are_both_actors(annotator: Preannotator) -> None:
    body = (
        "Malian troops and Africa Corps fighters detained about 30 men near Niono on "
        "Monday, residents said."
    )
    # Before 0.58.0 only the nearest name, the group: the troops (people) and the group
    # (an organisation) were not of one kind.
    assert _role(annotator, body, "detained", "actor", True) == ["Africa Corps", "Malian troops"]


def test_a_capital_subject_of_a_state_s_act_outranks_a_nearer_name(
    annotator: Preannotator,
) -> None:
    body = (
        "Après les propos du porte-parole de la CEDEAO, Ouagadougou a rejeté mardi toute "
        "ingérence dans ses affaires."
    )
    # Before 0.58.0 the nearest name before the act, the CEDEAO, was taken: the capital
    # was read only when no one else was found.
    assert _role(annotator, body, "rejeté", "actor", False) == ["Ouagadougou"]


def test_an_english_capital_right_before_a_state_s_act_is_its_actor(
    annotator: Preannotator,
) -> None:
    body = (
        "Algeria accused Mali of violating its airspace, a charge Bamako rejected on "
        "Tuesday.\nThe incident prompted Algiers to recall its ambassador."
    )
    # Before 0.58.0 a capital was read only when it opened the sentence.
    assert _role(annotator, body, "rejected", "actor", True) == ["Bamako"]
    assert _role(annotator, body, "recall its ambassador", "actor", True) == ["Algiers"]
