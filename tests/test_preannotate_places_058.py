"""Pre-annotation 0.58.0, the event's place: where attackers came from or withdrew to
through a natural feature ("venus de la forêt de X") is not where they acted; a unit
that only situates a place set aside (another act's, an office's) is set aside with it;
a town told as what a place is near ("l'île de X, près de Bol") finds that place, it is
not the event's; the two ends of a vehicle's line ("un car qui reliait X à Y") are not
where it was struck when the sentence tells that apart, and are the stretch when it
does not; a distance along a river ("en amont de Gao") measures from a town like any
other. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role


def test_where_attackers_came_from_through_a_feature_is_not_the_place(
    annotator: Preannotator,
) -> None:
    body = (
        "Des hommes armés ont attaqué mardi le village de Koro-Peulh, tuant quatre bergers. "
        "Les assaillants, venus de la forêt de Samori, ont incendié des cases."
    )
    # Before 0.58.0 the burning was placed at "Samori", where the attackers came from.
    assert _role(annotator, body, "incendié", "location", False) == ["Koro-Peulh"]


def test_a_unit_situating_another_acts_place_is_not_this_ones(annotator: Preannotator) -> None:
    body = (
        "Militants overran Sollé, a village in the Loroum province, on Friday and looted "
        "the health centre."
    )
    # Before 0.58.0 the looting was placed in "Loroum", the province that situates the
    # village the other act holds.
    assert "Loroum" not in _role(annotator, body, "looted", "location", True)


def test_a_unit_situating_an_office_is_not_the_place(annotator: Preannotator) -> None:
    body = (
        "Le maire de la commune de Dioungani, cercle de Koro, a été enlevé jeudi soir par "
        "des individus armés."
    )
    # Before 0.58.0 the abduction was placed in "Koro", the cercle of the mayor's commune.
    assert "Koro" not in _role(annotator, body, "enlevé", "location", False)


def test_a_town_a_place_is_near_does_not_replace_it(annotator: Preannotator) -> None:
    body = (
        "Des pêcheurs ont été tués lundi sur l'île de Bougourmi, non loin de Diré, par des "
        "hommes armés."
    )
    # Before 0.58.0 the killing was placed at "Diré" (a known town) rather than the island.
    assert _role(annotator, body, "tués", "location", False) == ["île de Bougourmi"]


def test_a_vehicles_line_is_not_where_it_was_struck(annotator: Preannotator) -> None:
    body = (
        "Un car qui reliait Kaya à Dori a été attaqué samedi soir près de Yalgo par des "
        "hommes armés."
    )
    # Before 0.58.0 the attack was placed at "Kaya" and "Dori", the ends of the line.
    assert _role(annotator, body, "attaqué", "location", False) == ["Yalgo"]
    # Told alone, the line is the stretch the act happened on, as "entre X et Y" is.
    alone = "Un minibus qui reliait Douentza à Boni a sauté mardi sur une mine."
    assert _role(annotator, alone, "sauté", "location", False) == ["Boni", "Douentza"]


def test_a_distance_upstream_measures_from_a_town(annotator: Preannotator) -> None:
    body = (
        "Une pinasse a été attaquée dimanche à hauteur de Koïretago, à une trentaine de "
        "kilomètres en aval de Bourem."
    )
    # Before 0.58.0 the attack was placed at "Bourem", the town the distance runs from.
    assert "Bourem" not in _role(annotator, body, "attaquée", "location", False)
