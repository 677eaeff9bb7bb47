"""Pre-annotation 0.62.0, dates of events.

A statement that tells no day of its own, in the lead's paragraph or the next one,
whose speaker is named again as the actor of the lead's visit, meeting or statement
("Le gouverneur s'est rendu jeudi à ... Le gouverneur a présenté les condoléances"),
was made on the lead's day. Not an attack's day told in the lead, nor another
speaker's, nor further on in the article. The period a bulletin covers ("qui couvre la
période du 2 au 8 mars") is no act's day; a bare weekday told after it, or after "la
semaine écoulée", that would be the dateline's own day is that weekday within the
period. Each sentence is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role

#: A Monday: the day a weekly bulletin is published.
MONDAY = dt.date(2026, 3, 9)


def _norms(text: str, dateline: dt.date = MONDAY) -> dict[str, str]:
    """Each expression found in ``text`` -> its norm_date."""
    return {m.text: m.interval.iso() for m in find_dates(text, dateline)}


def test_the_lead_visitor_speaks_on_the_day_of_the_visit(annotator: Preannotator) -> None:
    body = (
        "Le ministre de la Santé s'est rendu lundi à Djenné, où des hommes armés ont "
        "incendié le centre de santé la semaine dernière.\n"
        "Devant les notables, le ministre a salué le courage du personnel soignant."
    )
    # Before 0.62.0 the salute had no day: only a pronoun ("Il a salué") went on with
    # the lead's speaker.
    assert _role(annotator, body, "salué", "time", english=False) == ["lundi"]


def test_the_lead_speaker_day_in_english(annotator: Preannotator) -> None:
    body = (
        "The prime minister visited the town of Ouallam on Sunday to meet displaced "
        "families.\nAddressing the crowd, the prime minister praised the soldiers "
        "deployed in the area."
    )
    assert _role(annotator, body, "praised", "time", english=True) == ["Sunday"]


def test_another_speaker_does_not_take_the_lead_day(annotator: Preannotator) -> None:
    body = (
        "Le gouverneur de la région s'est rendu mardi à Sokolo après l'attaque.\n"
        "Les habitants ont salué la présence des autorités."
    )
    assert _role(annotator, body, "salué", "time", english=False) == []


def test_the_lead_speaker_day_does_not_reach_far(annotator: Preannotator) -> None:
    body = (
        "Le ministre de la Défense s'est rendu mercredi à Gao.\n"
        "Il a rencontré les chefs militaires de la région.\n"
        "La ville avait été attaquée en août par des jihadistes.\n"
        "Dans une interview accordée à la radio, le ministre a salué la résilience "
        "des habitants."
    )
    # Three paragraphs on, the same speaker's words are not dated by the visit.
    assert _role(annotator, body, "salué", "time", english=False) == []


def test_a_lead_attack_day_is_not_a_statement_day(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont tué jeudi trois bergers près de Tahoua.\n"
        "Les hommes armés ont également appelé les habitants à quitter la zone."
    )
    assert _role(annotator, body, "appelé", "time", english=False) == []


def test_a_bulletin_period_is_no_act_day(annotator: Preannotator) -> None:
    body = (
        "Des jihadistes ont tendu mardi une embuscade à une patrouille près de Téra, "
        "selon le bulletin hebdomadaire de l'armée.\nLe document, qui couvre la période "
        "du 1er au 7 septembre, indique que les assaillants ont incendié un "
        "camion-citerne."
    )
    # Before 0.62.0 the burning took the week the bulletin covers.
    assert _role(annotator, body, "incendié", "time", english=False) == ["mardi"]


def test_a_covered_week_is_not_borrowed_in_english(annotator: Preannotator) -> None:
    body = (
        "Gunmen ambushed a patrol near Tera on Tuesday, the army said.\nIts weekly "
        "bulletin, covering the period of 1 to 7 September, said the attackers set fire "
        "to a fuel truck."
    )
    assert _role(annotator, body, "set fire", "time", english=True) == ["Tuesday"]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Le bulletin, qui couvre la période du 2 au 8 mars, indique que des hommes "
         "armés ont attaqué lundi matin le marché de Kaya.",
         "lundi matin", "2026-03-02"),
        ("Plusieurs attaques ont marqué la semaine écoulée. Lundi, des hommes armés ont "
         "tué deux gendarmes à Sofara.",
         "Lundi", "2026-03-02"),
        ("The weekly report, covering the period from 2 to 8 March, said gunmen raided "
         "a market on Monday.",
         "Monday", "2026-03-02"),
    ],
)  # fmt: skip
def test_a_weekday_of_a_covered_week_is_in_that_week(text: str, span: str, expected: str) -> None:
    # Before 0.62.0 the bulletin's Monday was its own publication day.
    assert _norms(text)[span] == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # No covered period: the dispatch's own Monday, as the gold reads it.
        ("Des hommes armés ont attaqué lundi le marché de Kaya.", "lundi", "2026-03-09"),
        # "ce lundi" is the dateline's day even after a covered week.
        ("Le bulletin couvre la semaine écoulée. Le ministre l'a présenté ce lundi.",
         "ce lundi", "2026-03-09"),
        # Another weekday of the covered week is unchanged.
        ("Le bulletin, qui couvre la période du 2 au 8 mars, fait état d'une embuscade "
         "mercredi.", "mercredi", "2026-03-04"),
    ],
)  # fmt: skip
def test_weekdays_outside_the_rule_are_unchanged(text: str, span: str, expected: str) -> None:
    assert _norms(text)[span] == expected
