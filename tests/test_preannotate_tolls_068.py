"""Pre-annotation 0.68.0, counted phrases cut at a clause, accusers who are no toll, the
act a definite noun of a roundup's story names, and restated tolls.

A counted phrase may run up to eight words to reach its outcome word; one that crosses a
conjugated verb is the end of one clause and the start of another ("un campement
d'éleveurs et font état de plusieurs morts": the count is "plusieurs morts"). An outcome
right after "d'avoir" is the infinitive of an accusation: the phrase before it counts the
accusers, not the dead. A definite noun of an act told by another word than any act
before it ("l'assaut" after "attaqué") names the latest act of its type opened in its
own paragraph, not the first of the document, so a roundup's second story keeps its toll.
A later count of the same kind and figure restates the toll (codebook: each count is
marked once). Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_casualties_060 import _all_figures, _tolls

# A counted phrase cut at a conjugated verb.


def test_a_vague_toll_after_a_clause_is_not_one_camp(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "L'armée affirme avoir frappé mardi une base terroriste près de Léré. Des "
        "villageois accusent les militaires d'avoir visé une foire et font état de "
        "plusieurs morts parmi les civils.",
    )
    # Before 0.68.0 "une foire et font état de plusieurs morts" was one dead.
    assert "killed 1" not in _all_figures(tolls)
    assert "killed 2-9" in _all_figures(tolls)


def test_two_quarters_before_their_verb_are_no_toll(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Les habitants de deux quartiers de Djenné réclament justice après la mort de "
        "trois jeunes, tués samedi par des hommes armés.",
    )
    # Before 0.68.0 "deux quartiers de Djenné réclament justice après la mort" was two.
    assert "killed 2" not in _all_figures(tolls)
    assert "killed 3" in _all_figures(tolls)


def test_witnesses_before_their_verb_are_no_dead(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Le ministre a annoncé des frappes contre des combattants près de Tessit. Selon "
        "la radio, plusieurs habitants joints par téléphone accusent l'armée d'avoir tué "
        "au moins cinq bergers.",
    )
    assert "killed 2-9" not in _all_figures(tolls)
    assert "killed 5" in _all_figures(tolls)


def test_one_among_the_dead_is_still_a_count() -> None:
    # Guard: "figure parmi les morts" places its subject in the toll.
    counts = find_casualties("Un notable affirme qu'un jeune berger figure parmi les morts.")
    assert [c.count for c in counts] == ["1"]


# Accusers before "d'avoir".


def test_villagers_who_accuse_the_army_of_killing_are_no_toll(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Les habitants de trois villages qui accusent l'armée d'avoir tué des civils "
        "réclament une enquête. Selon eux, au moins six pêcheurs ont été abattus samedi "
        "près de Bol.",
    )
    assert "killed 3" not in _all_figures(tolls)
    assert "killed 6" in _all_figures(tolls)


def test_english_accusers_of_having_killed_are_no_toll() -> None:
    counts = find_casualties(
        "Elders of two villages who accuse the soldiers of having killed six herders "
        "want an inquiry."
    )
    assert [(c.kind, c.count) for c in counts] == [("killed", "6")]


def test_suspects_of_having_helped_the_attackers_are_still_arrested() -> None:
    # Guard: the outcome has its own auxiliary after the phrase.
    counts = find_casualties(
        "Trois hommes soupçonnés d'avoir renseigné les assaillants ont été interpellés."
    )
    assert [(c.kind, c.count) for c in counts] == [("arrested", "3")]


# A roundup's second story keeps its toll.


def test_the_assault_of_the_second_story_takes_its_wounded(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Un minibus a sauté ce matin sur un engin explosif improvisé près de Gao. Quatre "
        "passagers ont perdu la vie et neuf autres ont été blessés.\n"
        "À Tessit, le poste des FAMa a été attaqué dans la nuit par des hommes armés. "
        "Selon une source militaire, l'assaut a été repoussé et deux soldats ont été "
        "légèrement blessés.",
    )
    assert tolls["attaqué"] == ["injured 2"]
    assert "injured 2" not in tolls["engin explosif improvisé"]


def test_the_ambush_of_a_second_story_takes_its_wounded(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Des hommes armés ont incendié lundi le marché de Boni et tué huit commerçants.\n"
        "Plus au nord, une patrouille a été prise à partie mardi près de Léré. Selon "
        "l'armée, l'embuscade a fait trois blessés parmi les soldats.",
    )
    assert tolls["prise à partie"] == ["injured 3"]
    assert tolls["tué"] == ["killed 8"]


def test_the_clash_of_a_second_story_is_not_the_strike(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Une frappe de drone a visé lundi un marché de Boni, tuant huit civils.\n"
        "À Léré, un convoi a été attaqué mardi par des hommes armés. Selon l'armée, "
        "l'accrochage a duré deux heures et trois soldats ont été blessés.",
    )
    assert tolls["attaqué"] == ["injured 3"]
    assert tolls["frappe de drone"] == ["killed 8"]


def test_the_attack_told_again_in_the_lead_paragraph_keeps_its_toll(
    annotator: Preannotator,
) -> None:
    # Guard: in one paragraph the definite noun is the act told before it.
    tolls = _tolls(
        annotator,
        "Des hommes armés ont attaqué lundi le village de Tori. L'assaut a fait sept morts "
        "parmi les habitants, selon le maire.",
    )
    assert tolls["attaqué"] == ["killed 7"]


# Restated tolls.


def test_bodies_buried_restate_the_executed(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Une ONG accuse des militaires d'avoir exécuté au moins huit hommes le 2 mars près "
        "de Dori. « Nous avons enterré huit corps le soir même », a déclaré un habitant.",
    )
    assert tolls["exécuté"] == ["killed 8"]


def test_the_same_figure_of_two_kinds_is_two_counts(annotator: Preannotator) -> None:
    # Guard: a restatement is of the same kind; three dead and three wounded are two.
    tolls = _tolls(
        annotator,
        "Des jihadistes ont attaqué jeudi le poste de Boni. Trois soldats ont été tués et "
        "trois autres blessés. Les trois blessés ont été évacués vers Mopti.",
    )
    assert tolls["attaqué"] == ["injured 3", "killed 3"]


# The act's agent before its victims.


def test_arrest_by_soldiers_of_about_fifteen_traders(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Une association a dénoncé mercredi l'interpellation par des militaires d'une "
        "vingtaine de commerçants à la foire de Dioura.",
    )
    assert "arrested 20" in _all_figures(tolls)


def test_english_abduction_by_gunmen_of_three_teachers() -> None:
    counts = find_casualties("They condemned the abduction by gunmen of three teachers.")
    assert [(c.kind, c.count) for c in counts] == [("abducted", "3")]


def test_the_agent_phrase_may_hold_a_town() -> None:
    counts = find_casualties(
        "Ils dénoncent l'arrestation par la police de Niamey de deux militants."
    )
    assert [(c.kind, c.count) for c in counts] == [("arrested", "2")]


# One person named by an office, then a count joined to it.


def test_a_director_and_two_of_his_reporters_are_three() -> None:
    counts = find_casualties(
        "Le directeur de publication du journal et deux de ses reporters ont été interpellés lundi."
    )
    assert [(c.kind, c.count) for c in counts] == [("arrested", "3")]


def test_english_editor_and_two_reporters_are_three() -> None:
    counts = find_casualties("The editor of the weekly and two of his reporters were detained.")
    assert [(c.kind, c.count) for c in counts] == [("arrested", "3")]


# People an act names by a pronoun after their count.


def test_passengers_taken_away_by_a_pronoun(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Des hommes armés ont arrêté mardi un car près de Douentza. Ils ont fait descendre "
        "cinq passagers, dont un enseignant, avant de les emmener vers la brousse.",
    )
    assert "abducted 5" in _all_figures(tolls)


def test_traders_in_a_relative_clause_of_the_taking() -> None:
    counts = find_casualties(
        "Les assaillants ont fait descendre deux commerçants qu'ils ont emmenés vers la forêt."
    )
    assert [(c.kind, c.count) for c in counts] == [("abducted", "2")]


def test_english_passengers_taken_away() -> None:
    counts = find_casualties(
        "Gunmen stopped the bus, ordered six passengers off and took them away."
    )
    assert [(c.kind, c.count) for c in counts] == [("abducted", "6")]


def test_villages_burnt_by_a_pronoun_are_no_count() -> None:
    # Guard: no people, and an act on things.
    assert find_casualties("Des hommes armés ont attaqué deux villages qu'ils ont incendiés.") == []
    assert (
        find_casualties("Ils ont saisi deux camions avant de les emmener vers la frontière.") == []
    )


# An act's noun before "d'un" is no person.


def test_the_dispersal_of_a_sit_in_frees_no_one(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Une vingtaine d'étudiants interpellés lors de l'évacuation d'un amphithéâtre ont "
        "été remis en liberté jeudi, selon leur syndicat.",
    )
    assert "abducted 1" not in _all_figures(tolls)
    assert "arrested 20" in _all_figures(tolls)


def test_the_chief_of_a_fraction_is_still_one() -> None:
    # Guard: a person's noun before "d'une".
    counts = find_casualties("Le chef d'une fraction nomade a été tué dimanche.")
    assert [(c.kind, c.count) for c in counts] == [("killed", "1")]


# A delay between a later act and its object.


def test_traders_released_hours_later_were_taken(annotator: Preannotator) -> None:
    tolls = _tolls(
        annotator,
        "Dimanche, à Madougou, des miliciens ont arrêté puis relâché quelques heures plus "
        "tard trois bergers accusés d'être des informateurs, selon une association.",
    )
    assert "abducted 3" in _all_figures(tolls)


def test_english_hostages_freed_two_days_later() -> None:
    counts = find_casualties("The kidnappers freed two days later four hostages.")
    assert [(c.kind, c.count) for c in counts] == [("abducted", "4")]
