"""Pre-annotation 0.62.0, how a toll is written: counts in genres the dev half has few of
(army communiqués, humanitarian notes, hospital sources, radio bulletins, English wires).

Two figures told "respectivement"/"respectively" are two counts, neither a range nor one
vague count. A person wounded in an apposition who then "a succombé" is one more dead,
not a wounded. "L'un des douaniers tués, âgé de 32 ans" is one of a toll told elsewhere,
no count of one. "Les victimes, au nombre de six", "the victims, numbering at least
eleven", "les six victimes" count the kind of the toll told before them (the noun's own
kind for "les blessés", "les otages"). "scores more injured", "dozens more" are vague
counts; "twice as many wounded" is no vague count. An adverb of time or duration may
stand before the outcome ("briefly detained", "later released"); a detention by an armed
group is an abduction (codebook, casualty kind). "a hundred" is a figure with its
qualifier ("Nearly a hundred": approximate 100; "Over a hundred": at-least 101); "close
to", "aux alentours de" make a figure approximate. "The number of people abducted has
risen to 50", "le nombre d'otages a atteint 30" count the captured; "capturé quatre
autres" after a count of fighters counts four captured. Each sentence is
written for the test."""

from __future__ import annotations

from typing import Any

from sahel_events.annotation.ids import EntityAttribute, Normalised, Role
from sahel_events.annotation.typed import parse_annotation
from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document


def _counts(text: str) -> list[tuple[str, str, str, str | None]]:
    """Each count found in ``text``: its span, kind, qualifier and figure."""
    return [(c.text, c.kind, c.qualifier, c.count) for c in find_casualties(text)]


def _tolls(annotator: Preannotator, doc: dict[str, Any]) -> list[str]:
    """The sorted "kind count" of every casualty linked to a suggested event."""
    prediction = next(annotator.predict([doc]))
    ann = parse_annotation({"id": 0, "result": list(prediction.result)})
    tolls = []
    for rel in ann.relations:
        arg = ann.regions.get(rel.to_id)
        if arg is None or Role.CASUALTIES not in rel.labels:
            continue
        kind = next(iter(arg.choices.get(EntityAttribute.CASUALTY_KIND, ())), "")
        tolls.append(f"{kind} {arg.texts.get(Normalised.COUNT, '')}")
    return sorted(tolls)


# Two figures told respectively.


def test_two_figures_in_words_told_respectively_are_two_counts() -> None:
    text = (
        "Des hommes armés ont attaqué les hameaux de Tiguila et Sarré, faisant "
        "respectivement trois et cinq morts."
    )
    assert _counts(text) == [
        ("trois", "killed", "exact", "3"),
        ("cinq morts", "killed", "exact", "5"),
    ]


def test_two_figures_in_digits_told_respectively_are_two_counts() -> None:
    text = "Les deux embuscades ont fait respectivement 6 et 9 blessés parmi les soldats."
    assert [(c.count, c.kind) for c in find_casualties(text)] == [
        ("6", "injured"),
        ("9", "injured"),
    ]


def test_english_figures_told_respectively_are_two_counts() -> None:
    text = "The two raids on Monday killed five and eight villagers respectively."
    assert [(c.count, c.kind) for c in find_casualties(text)] == [
        ("5", "killed"),
        ("8", "killed"),
    ]


def test_a_compound_figure_told_respectively_stays_one_figure() -> None:
    # "vingt et un" is one figure: its "et" joins no two counts (merge of two branches
    # that each split "respectivement": the kept one had cut "vingt" from "un").
    text = "Les deux raids ont fait respectivement vingt et un et trois morts au total."
    assert _counts(text) == [
        ("vingt et un", "killed", "exact", "21"),
        ("trois morts", "killed", "exact", "3"),
    ]
    one = "Les raids ont fait respectivement vingt et un morts."
    assert [(c.count, c.text) for c in find_casualties(one)] == [("21", "vingt et un morts")]


def test_a_range_with_entre_stays_one_count() -> None:
    text = "L'attaque a fait entre 6 et 9 morts selon les habitants."
    assert _counts(text) == [("entre 6 et 9 morts", "killed", "approximate", "6-9")]


def test_respectively_in_an_article_through_the_pipeline(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué dimanche les villages de Sokoura et Djamba, faisant "
        "respectivement quatre et sept morts parmi les habitants, selon des élus locaux."
    )
    tolls = _tolls(annotator, titled_document("Deux villages attaqués", body))
    assert tolls == ["killed 4", "killed 7"]


# One more dead, and one of a toll.


def test_a_wounded_person_in_apposition_who_died_is_dead() -> None:
    text = (
        "Deux gendarmes ont été tués samedi. Un troisième gendarme, gravement blessé, a "
        "succombé lundi à l'hôpital."
    )
    assert ("Un troisième gendarme", "killed", "exact", "1") in _counts(text)


def test_the_wounded_in_apposition_who_were_evacuated_stay_wounded() -> None:
    text = "Cinq soldats, légèrement blessés, ont été évacués vers Gao."
    assert _counts(text) == [("Cinq soldats", "injured", "exact", "5")]


def test_one_of_the_dead_described_is_no_count_of_one() -> None:
    text = (
        "Trois gardes forestiers ont été tués mardi. L'un des gardes tués, âgé de 41 ans, "
        "était père de six enfants."
    )
    assert [(c.count, c.kind) for c in find_casualties(text)] == [("3", "killed")]


def test_one_of_them_killed_with_a_verb_is_still_one() -> None:
    text = "Un des policiers a été tué dans l'échange de tirs."
    assert [(c.count, c.kind) for c in find_casualties(text)] == [("1", "killed")]


# The victims numbered.


def test_victims_numbered_after_a_killing_are_dead() -> None:
    text = (
        "Des orpailleurs ont été abattus jeudi près d'un site minier. Les victimes, au "
        "nombre de neuf, rentraient du marché."
    )
    assert ("Les victimes, au nombre de neuf", "killed", "exact", "9") in _counts(text)


def test_hostages_numbered_are_abducted() -> None:
    text = "Les otages, au nombre de onze, ont été relâchés vendredi."
    assert _counts(text) == [("Les otages, au nombre de onze", "abducted", "exact", "11")]


def test_english_victims_numbering_at_least() -> None:
    text = (
        "Gunmen shot dead herders near the well. The victims, numbering at least seven, "
        "were from the same family."
    )
    found = [c for c in find_casualties(text) if c.text.startswith("The victims")]
    assert [(c.kind, c.qualifier, c.count) for c in found] == [("killed", "at-least", "7")]


def test_the_six_victims_after_a_killing_without_a_figure() -> None:
    text = "Des pêcheurs ont été tués mardi sur le fleuve. Les cinq victimes étaient de Konna."
    assert _counts(text) == [("Les cinq victimes", "killed", "exact", "5")]


def test_victims_in_an_article_through_the_pipeline(annotator: Preannotator) -> None:
    body = (
        "Des bergers ont été tués jeudi par des individus armés dans la commune "
        "d'Anzourou, a-t-on appris de sources locales. Les victimes, au nombre de six, "
        "faisaient paître leurs troupeaux."
    )
    tolls = _tolls(annotator, titled_document("Des bergers tués", body))
    assert tolls == ["killed 6"]


# English wires: more, adverbs, an armed group's detention, a hundred, numbers of.


def test_scores_more_injured_is_a_vague_count() -> None:
    text = "At least 30 civilians were killed and scores more injured in the raids."
    assert ("scores more injured", "injured", "vague", "20-99") in _counts(text)


def test_twice_as_many_wounded_is_no_vague_count() -> None:
    text = "At least a dozen soldiers were killed and twice as many wounded."
    assert [c.kind for c in find_casualties(text)] == ["killed"]


def test_briefly_detained_by_an_armed_group_is_abducted() -> None:
    text = "Three aid workers had been briefly detained by an armed group near Kidal."
    assert _counts(text) == [("Three aid workers", "abducted", "exact", "3")]


def test_detained_by_the_police_stays_arrested() -> None:
    text = "Trois étudiants ont été brièvement interpellés par la police."
    assert _counts(text) == [("Trois étudiants", "arrested", "exact", "3")]


def test_two_of_whom_were_later_released() -> None:
    text = "They abducted six traders, two of whom were later released."
    assert ("two of whom", "abducted", "exact", "2") in _counts(text)


def test_nearly_a_hundred_is_approximate() -> None:
    text = "Nearly a hundred villagers were killed in the assault."
    assert _counts(text) == [("Nearly a hundred villagers", "killed", "approximate", "100")]


def test_over_a_hundred_is_above_it() -> None:
    text = "Over a hundred people were abducted from the camp."
    assert _counts(text) == [("Over a hundred people", "abducted", "at-least", "101")]


def test_close_to_is_approximate() -> None:
    text = "Close to 60 soldiers were killed in the ambush."
    assert _counts(text) == [("Close to 60 soldiers", "killed", "approximate", "60")]


def test_the_number_of_people_abducted_has_risen() -> None:
    text = "The number of people abducted in the district has risen to 50."
    found = find_casualties(text)
    assert [(c.kind, c.count) for c in found] == [("abducted", "50")]


def test_the_number_of_hostages_reached_in_french() -> None:
    text = "Le nombre d'otages a atteint 30 selon les élus."
    assert [(c.kind, c.count) for c in find_casualties(text)] == [("abducted", "30")]


def test_english_wire_with_scores_more_through_the_pipeline(annotator: Preannotator) -> None:
    body = (
        "Gunmen attacked the village of Kouré on Sunday, killing at least 14 civilians "
        "and wounding scores more, residents said."
    )
    tolls = _tolls(annotator, english_document(body))
    assert "killed 14" in tolls


# Numbers that are no tolls (guards).


def test_ages_kilometres_and_vehicles_are_no_counts() -> None:
    text = (
        "Deux douaniers ont été tués à 45 kilomètres de la frontière. Les assaillants ont "
        "emporté trois véhicules et une quinzaine de motos."
    )
    assert [(c.count, c.kind) for c in find_casualties(text)] == [("2", "killed")]


def test_others_captured_after_a_count_of_fighters_are_abducted() -> None:
    text = "L'armée a neutralisé douze terroristes et capturé quatre autres près de Ménaka."
    assert _counts(text) == [
        ("douze terroristes", "killed", "exact", "12"),
        ("quatre autres", "abducted", "exact", "4"),
    ]
