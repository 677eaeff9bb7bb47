"""Pre-annotation 0.66.0, competing tolls, a riposte's toll and captured combatants.

A toll told in the imperfect of a report ("le bilan faisait état de neuf morts") that
another teller then sets against ("l'armée a confirmé l'attaque mais fait état de cinq
civils tués") is a competing figure of the same act, both linked (corpus note), not a
first toll the later one replaced; a first toll told as such ("Un premier bilan faisait
état de ...") is still replaced. A toll given for a riposte and the strikes that
followed it ("La riposte et les frappes de drone qui ont suivi ont permis de
neutraliser ...") goes to the fight, not to the strikes. Combatants captured in
fighting ("deux autres ont été capturés") are an abduction (codebook, ASSAULT abduct)
holding their count. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_casualties_060 import _all_figures, _tolls

# Competing tolls of one act.


def test_a_local_toll_then_the_armys_lower_one_are_both_linked(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Des hommes armés ont attaqué le village de Dioura dans la nuit de lundi à mardi. "
        "Mardi matin, le bilan faisait état de neuf morts et de quatre blessés, selon des "
        "sources locales.\nDans un communiqué publié mardi soir, l'armée a confirmé "
        "l'attaque mais fait état de cinq civils tués.",
    )
    assert tolls["attaqué"] == ["injured 4", "killed 5", "killed 9"]


def test_competing_toll_given_for_its_part_by_the_governor(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Des individus armés ont attaqué jeudi le marché de Ouahigouya. Vendredi, des élus "
        "locaux faisaient état de quatorze morts. Le gouverneur de la région a pour sa part "
        "évoqué un bilan de huit morts.",
    )
    assert tolls["attaqué"] == ["killed 14", "killed 8"]


def test_a_first_toll_told_as_such_is_still_replaced(annotator: Preannotator) -> None:
    # Guard: "Un premier bilan" tells a figure the next one replaced (corpus note).
    tolls = _tolls(
        annotator,
        "Des assaillants ont attaqué samedi le marché d'Ansongo. Un premier bilan faisait "
        "état de trois morts. Dimanche, des sources hospitalières ont fait état de huit "
        "morts, mais aucun chiffre officiel n'a été publié.",
    )
    assert "killed 3" not in _all_figures(tolls)
    assert "killed 8" in tolls["attaqué"]


def test_a_toll_in_the_imperfect_told_after_the_update_is_still_replaced(
    annotator: Preannotator,
) -> None:
    # Guard: the imperfect after the newer figure is the figure before it.
    tolls = _tolls(
        annotator,
        "Le bilan de l'attaque du village de Tori est passé à 21 morts, selon le maire. "
        "Jeudi, les sources locales faisaient état de sept morts.",
    )
    assert "killed 7" not in _all_figures(tolls)
    assert "killed 21" in _all_figures(tolls)


# A riposte and the strikes after it.


def test_riposte_and_drone_strikes_toll_goes_to_the_ambush(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Un convoi de l'armée est tombé mardi dans une embuscade sur l'axe Douentza-Boni. "
        "Quatre soldats ont été tués. La riposte et les frappes de drone qui ont suivi ont "
        "permis de neutraliser une quinzaine de terroristes.",
    )
    assert tolls["embuscade"] == ["killed 15", "killed 4"]
    assert tolls.get("frappes de drone", []) == []


def test_riposte_and_air_strikes_toll_goes_to_the_ambush_in_english(
    annotator: Preannotator,
) -> None:
    tolls = _tolls(
        annotator,
        "Militants ambushed a supply convoy near Dori on Sunday, killing five soldiers. The "
        "army said the riposte and air strikes carried out afterwards killed about thirty "
        "attackers.",
        english=True,
    )
    assert tolls["ambushed"] == ["killed 30", "killed 5"]
    assert tolls.get("air strikes", []) == []


def test_strikes_alone_keep_their_toll(annotator: Preannotator) -> None:
    # Guard: strikes told with no riposte are their own act with their own toll.
    tolls = _tolls(
        annotator,
        "Un car de transport a sauté sur un engin explosif jeudi entre Kadiolo et "
        "Sikasso. Quatre passagers ont été tués, a indiqué la gendarmerie.\nLe lendemain, "
        "les FAMa ont mené des frappes aériennes dans la zone et neutralisé huit "
        "terroristes.",
    )
    assert tolls["frappes aériennes"] == ["killed 8"]
    assert "killed 8" not in tolls["sauté sur un engin explosif"]


# Combatants captured in fighting.


def test_assailants_captured_after_one_was_killed(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Une unité de l'armée a rattrapé samedi des ravisseurs au nord de Bouna. Au cours "
        "de l'accrochage, un assaillant a été neutralisé et deux autres ont été capturés.",
    )
    assert tolls["capturés"] == ["abducted 2"]
    assert tolls["accrochage"] == ["killed 1"]


def test_fighters_killed_and_others_captured_in_an_operation(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "L'armée affirme avoir neutralisé 40 combattants et capturé six autres au cours "
        "d'une opération menée la semaine dernière près de Bol.",
    )
    assert tolls["capturé"] == ["abducted 6"]
    assert "abducted 6" not in tolls["opération"]


# A claim's toll told in the sequence of tenses after a long "said ... that".


def test_a_claims_toll_after_a_long_said_that_is_the_attacks(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Gunmen attacked a police post near Tera on Thursday, killing three officers, the "
        "interior ministry said.\nIslamic State Sahel Province said in a post on one of its "
        "messaging accounts late on Thursday that its men had killed twelve policemen.",
        english=True,
    )
    assert tolls["attacked"] == ["killed 12", "killed 3"]
    assert "killed" not in tolls


def test_a_pluperfect_act_of_the_past_keeps_apart(annotator: Preannotator) -> None:
    # Guard: a pluperfect not in what someone said is background, with its own toll.
    tolls = _tolls(
        annotator,
        "Gunmen attacked a police post near Tera on Thursday, killing three officers. In "
        "March, militants from the same group had killed nine soldiers near the town.",
        english=True,
    )
    assert tolls["attacked"] == ["killed 3"]
