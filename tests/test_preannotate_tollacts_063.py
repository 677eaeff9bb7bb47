"""Pre-annotation 0.63.0, tolls whose act was not found and the last shapes of a toll.

A person named by a role, then a count joined to it: kin count as people ("le chef de
village et trois de ses frères"), a possessive may stand before the count ("a herder
and his two sons"), and a count of another side is a count of its own, not lost ("the
driver and two gendarmes": 1 and 2, one span per side as the codebook asks). The same
figure told again for another outcome ("and as many wounded", "et autant de blessés")
is a count. Shots that broke out ("des tirs ont éclaté") and mortar rounds or rockets
fired are the act a toll hangs on. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document
from tests.test_preannotate_tolls_062 import _tolls


def _counts(text: str) -> list[tuple[str, str, str | None]]:
    """Each count found in ``text``: its span, kind and figure."""
    return [(c.text, c.kind, c.count) for c in find_casualties(text)]


# One person and a count joined to it.


def test_kin_after_a_village_chief_are_counted_with_him() -> None:
    text = "Des hommes armés ont abattu le chef de village et trois de ses frères à Kera."
    # Before 0.63.0 the chief alone (1): "frères" named no people.
    assert _counts(text) == [("le chef de village et trois de ses frères", "killed", "4")]


def test_english_kin_after_a_chief_are_counted_with_him() -> None:
    text = "The militants stormed Bani on Friday, killing the village chief and two of his nephews."
    assert _counts(text) == [("the village chief and two of his nephews", "killed", "3")]


def test_a_possessive_before_the_joined_count() -> None:
    text = "Gunmen shot dead a herder and his two sons near Tamou on Monday."
    # Before 0.63.0 the herder alone.
    assert _counts(text) == [("a herder and his two sons", "killed", "3")]


def test_a_french_possessive_before_the_joined_count() -> None:
    text = "Les assaillants ont tué le maire et ses trois fils avant de fuir."
    assert _counts(text) == [("le maire et ses trois fils", "killed", "4")]


def test_a_joined_count_of_another_side_is_a_count_of_its_own() -> None:
    text = "Jihadists ambushed a bus near Dori, killing the driver and two gendarmes."
    # Before 0.63.0 the driver alone: the gendarmes were lost.
    assert _counts(text) == [("the driver", "killed", "1"), ("two gendarmes", "killed", "2")]


def test_a_french_joined_count_of_another_side_is_a_count_of_its_own() -> None:
    text = (
        "Un camion a été attaqué près de Boni, les assaillants tuant le chauffeur et "
        "deux soldats de l'escorte."
    )
    assert _counts(text) == [("le chauffeur", "killed", "1"), ("deux soldats", "killed", "2")]


def test_a_joined_count_of_the_same_side_stays_one_count() -> None:
    # A guard: one side, one count (0.63.0's first rule).
    text = "Gunmen opened fire on a minibus, killing the driver and four passengers."
    assert _counts(text) == [("the driver and four passengers", "killed", "5")]


# The same figure told again.


def test_as_many_wounded_is_a_count_of_the_wounded() -> None:
    text = "Three policemen were killed and as many injured when their post came under fire."
    assert _counts(text) == [
        ("Three policemen", "killed", "3"),
        ("as many injured", "injured", "3"),
    ]


def test_autant_de_blesses_is_a_count_of_the_wounded() -> None:
    text = "L'explosion a fait six morts et autant de blessés parmi les passagers."
    assert _counts(text) == [("six morts", "killed", "6"), ("autant de blessés", "injured", "6")]


def test_as_many_in_another_clause_is_no_count() -> None:
    # A guard: "as many" with no conjunction after the count is no second count.
    text = "Two soldiers were killed, as many as in last month's raid."
    assert _counts(text) == [("Two soldiers", "killed", "2")]


# The act a toll hangs on.


def test_shots_that_broke_out_are_the_act_of_their_toll(annotator: Preannotator) -> None:
    body = (
        "Des tirs ont éclaté mardi soir près du marché de bétail de Ménaka, faisant "
        "deux morts parmi les commerçants, selon un notable."
    )
    # Before 0.63.0 no event, so no toll.
    assert _tolls(annotator, titled_document("Ménaka", body)) == ["killed 2"]


def test_mortar_rounds_fired_are_the_act_of_their_toll(annotator: Preannotator) -> None:
    body = (
        "Insurgents fired mortar rounds at the army camp of Bosso on Monday, wounding "
        "five soldiers, a military source said."
    )
    assert _tolls(annotator, english_document(body)) == ["injured 5"]


def test_a_figure_is_not_the_word_before_one_of_a_pair() -> None:
    text = "Gunmen killed a security guard and his three colleagues at a gold mine."
    # Before 0.63.0 "his three colleagues" was one person of a pair: 2.
    assert _counts(text) == [("a security guard and his three colleagues", "killed", "4")]


def test_shots_that_rang_out_are_the_act_of_their_toll(annotator: Preannotator) -> None:
    body = (
        "Des coups de feu ont retenti dimanche matin à la gare routière de Téra, faisant "
        "un mort, a indiqué la police."
    )
    assert _tolls(annotator, titled_document("Téra", body)) == ["killed 1"]


def test_rockets_that_landed_are_the_act_of_their_toll(annotator: Preannotator) -> None:
    body = (
        "Several rockets landed on the airport of Timbuktu on Thursday, wounding four "
        "peacekeepers, the UN mission said."
    )
    assert _tolls(annotator, english_document(body)) == ["injured 4"]


def test_a_subject_pair_with_a_possessive_count() -> None:
    text = "The village chief and his two sons were shot dead in Bourzanga on Sunday."
    # Before 0.63.0 the sons alone (2).
    assert _counts(text) == [("The village chief and his two sons", "killed", "3")]


def test_a_french_subject_pair_with_a_possessive_count() -> None:
    text = "Un soldat et ses deux camarades ont été blessés lors de la patrouille."
    assert _counts(text) == [("Un soldat et ses deux camarades", "injured", "3")]


def test_a_subject_pair_of_two_sides_is_two_counts() -> None:
    text = "The driver and two soldiers were killed when the truck was ambushed."
    # Before 0.63.0 the soldiers alone: the driver was lost.
    assert _counts(text) == [("The driver", "killed", "1"), ("two soldiers", "killed", "2")]
