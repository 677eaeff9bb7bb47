"""Pre-annotation 0.58.0, dates and tolls (second round): "Le même jour" opening a
paragraph is the day the paragraph just before names last (a roundup's "Vendredi, ... /
Le même jour, ..."), not the lead's day; a count stops before a relative clause ("Un
commerçant qui tentait de fuir a été tué" counts "Un commerçant"), and a clause without a
word of outcome, of a toll or of saying may stand between a count and its outcome ("A
driver who was with them was killed", "Three herders who were grazing their cattle were
killed"); a toll's participle that ends the figure it reached ("Mercredi, le bilan
s'est alourdi à sept soldats tués") is the toll of the act told, not an act of that day;
the wounded who died ("après le décès de deux blessés", "Plusieurs blessés ont succombé")
are no count of wounded; the missing are counted when told "toujours portés disparus",
"went missing", "were still missing" (abducted, as the codebook has it), and "mis hors
d'état de nuire" counts the neutralised as "neutralisés" does; a toll told "lors des
frappes", "au cours des combats" goes to the act that word names, not to the act told
last.
Each sentence is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.preannotate.casualties import find_casualties
from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_corrections_and_sides import _events

#: A Sunday.
DATELINE = dt.date(2026, 1, 25)


def test_the_same_day_opening_a_paragraph_is_the_day_of_the_paragraph_before() -> None:
    text = (
        "Jeudi, des individus armés ont enlevé cinq commerçants près de Djibo.\n"
        "Vendredi, des hommes armés ont incendié l'école de Souma. Personne n'a été blessé.\n"
        "Le même jour, une mine a tué une femme près de Pétéga."
    )
    found = {m.text: m.interval.iso() for m in find_dates(text, DATELINE)}
    # Before 0.58.0 the first day the article names, Thursday (2026-01-22).
    assert found["Le même jour"] == "2026-01-23"


def test_the_same_day_after_a_paragraph_without_a_day_is_the_lead_s() -> None:
    text = (
        "Jeudi, des individus armés ont enlevé cinq commerçants près de Djibo.\n"
        "Leurs familles n'ont reçu aucune nouvelle.\n"
        "Le même jour, une mine a tué une femme près de Pétéga."
    )
    found = {m.text: m.interval.iso() for m in find_dates(text, DATELINE)}
    assert found["Le même jour"] == "2026-01-22"


def _counts(text: str) -> list[tuple[str, str, str]]:
    return [(text[c.start : c.end], c.kind, c.count or "") for c in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Before 0.58.0 no count: the relative clause stood between the person and the
        # passive.
        ("A driver who was with them was killed in the attack.", [("A driver", "killed", "1")]),
        (
            "Three herders who were grazing their cattle were killed near Ayorou.",
            [("Three herders", "killed", "3")],
        ),
        (
            "Deux bergers qui ont fui vers la brousse ont été blessés par balle.",
            [("Deux bergers", "injured", "2")],
        ),
        # Before 0.58.0 the span ran over the clause ("Un commerçant qui tentait de fuir").
        (
            "Un commerçant qui tentait de fuir a également été tué.",
            [("Un commerçant", "killed", "1")],
        ),
    ],
)
def test_a_relative_clause_is_not_part_of_a_count(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _counts(text) == expected


def test_a_clause_telling_a_toll_is_no_clause_of_the_count_before() -> None:
    text = "Le poste a essuyé plusieurs tirs d'obus qui ont fait trois blessés parmi les gardes."
    assert _counts(text) == [("trois blessés", "injured", "3")]


def test_a_toll_updated_on_another_day_is_the_act_s(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont tendu lundi une embuscade à une patrouille près de Boni. Cinq "
        "soldats ont été tués.\n"
        "Jeudi, le bilan s'est alourdi à huit soldats tués, selon une source militaire."
    )
    # Before 0.58.0 "tués" was an attack of Thursday holding the new toll.
    assert [e for e in _events(annotator, body) if e[1] == "tués"] == []
    assert "huit soldats tués" in _role(annotator, body, "embuscade", "casualties", False)
    assert _role(annotator, body, "embuscade", "time", False) == ["lundi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le bilan s'est alourdi à neuf morts après le décès de deux blessés à Gao.",
            [("neuf morts", "killed", "9")],
        ),
        ("Plusieurs blessés ont succombé à l'hôpital de Dori.", []),
        (
            "Le bilan est passé à six morts, trois blessés ayant succombé.",
            [("six morts", "killed", "6")],
        ),
        ("Two wounded soldiers later died in hospital.", []),
    ],
)
def test_the_wounded_who_died_are_no_count_of_wounded(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    # Before 0.58.0 a count of wounded beside the dead they joined.
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quatre bergers sont toujours portés disparus depuis l'attaque.",
            [("Quatre bergers", "abducted", "4")],
        ),
        ("Two soldiers went missing after the clash.", [("Two soldiers", "abducted", "2")]),
        (
            "Several villagers were still missing on Friday.",
            [("Several villagers", "abducted", "2-9")],
        ),
        (
            "L'état-major dit avoir mis hors d'état de nuire une quarantaine de terroristes.",
            [("une quarantaine de terroristes", "killed", "40")],
        ),
        (
            "Une douzaine d'assaillants ont été mis hors d'état de nuire.",
            [("Une douzaine d'assaillants", "killed", "12")],
        ),
    ],
)
def test_the_missing_and_the_neutralised_are_counted(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    # Before 0.58.0 no count.
    assert _counts(text) == expected


def test_missing_before_its_noun_is_no_count() -> None:
    assert _counts("The three missing soldiers were found alive near Diffa.") == []


def test_a_toll_during_the_act_it_names_goes_to_that_act(annotator: Preannotator) -> None:
    body = (
        "L'armée a mené jeudi des frappes aériennes contre des positions jihadistes près "
        "de Djibo. Ces frappes font suite à une attaque menée lundi contre un poste de "
        "gendarmerie à Arbinda. Une vingtaine de terroristes ont été neutralisés lors des "
        "frappes, selon l'état-major."
    )
    # Before 0.58.0 the twenty went to the attack on the post too (the last act told),
    # "lors des" not read as naming the strikes.
    assert _role(annotator, body, "attaque", "casualties", False) == []
    assert _role(annotator, body, "frappes aériennes", "casualties", False) == [
        "Une vingtaine de terroristes"
    ]
