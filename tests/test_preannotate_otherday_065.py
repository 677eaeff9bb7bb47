"""Pre-annotation 0.65.0, days of other acts told close to an act.

A date that completes a noun naming another act in passing ("la revendication de
l'attaque du 2 septembre") dates that act only: an undated act of the next sentence
does not borrow it (a subject's "L'attaque du 7 septembre a fait six morts. Les
assaillants ont ensuite ..." still gives its day). "Le même jour" opening a paragraph
goes on with the day of the paragraph before even when blank lines part the paragraphs,
as the raw-article format allows. Each sentence is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _times
from tests.test_preannotate_events import titled_document

#: The dateline of :func:`titled_document`, a Tuesday.
TUESDAY = dt.date(2025, 9, 9)


def _norms(text: str, dateline: dt.date = TUESDAY) -> dict[str, str]:
    """Each expression found in ``text`` -> its norm_date."""
    return {m.text: m.interval.iso() for m in find_dates(text, dateline)}


# --- a date of an act named in passing -----------------------------------------------------


def test_the_date_of_an_act_named_in_passing_is_not_borrowed(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont incendié lundi le marché de Konna.\n"
        "Le même jour, le conseil a annoncé la suspension d'une radio, à qui il reproche "
        "d'avoir relayé la revendication par le JNIM de l'attaque du 2 septembre contre le "
        "camp de Boni. Le conseil a en outre mis en demeure deux sites d'information."
    )
    doc = titled_document("Mopti: une radio suspendue", body)
    # Before 0.65.0 the warning took the 2 September, the day of the attack the council
    # only named.
    assert ("2 septembre", "2025-09-02") not in _times(annotator, doc, "mis en demeure")


def test_the_date_of_demonstrations_named_in_passing(annotator: Preannotator) -> None:
    body = (
        "Vendredi, des centaines d'élèves ont marché à Sévaré en marge des manifestations "
        "du 1er septembre contre la vie chère. Les policiers ont interpellé dix jeunes."
    )
    doc = titled_document("Sévaré: des élèves interpellés", body)
    # Before 0.65.0 the arrests took the 1 September of the demonstrations named.
    assert _times(annotator, doc, "interpellé") == [("Vendredi", "2025-09-05")]


def test_a_dated_subject_act_still_dates_the_next_sentence(annotator: Preannotator) -> None:
    # A guard: the noun the date completes is the sentence's subject, its own act.
    body = (
        "L'attaque du dimanche 7 septembre contre le poste de Boni a fait six morts. "
        "Les assaillants ont ensuite incendié deux véhicules de l'armée."
    )
    doc = titled_document("Boni: six morts", body)
    assert _times(annotator, doc, "incendié") == [("dimanche 7 septembre", "2025-09-07")]


def test_a_night_told_with_its_date_stays_the_acts_day(annotator: Preannotator) -> None:
    # A guard: "la nuit du 6 au 7" is a part of time the date completes, not an act.
    body = (
        "Des hommes armés ont attaqué Diallassagou dans la nuit du 6 au 7 septembre. "
        "Ils ont aussi emporté du bétail."
    )
    doc = titled_document("Diallassagou attaqué", body)
    assert _times(annotator, doc, "emporté") == [
        ("dans la nuit du 6 au 7 septembre", "2025-09-06/2025-09-07")
    ]


# --- "Le même jour" after blank lines -------------------------------------------------------


def test_the_same_day_after_a_blank_line_is_the_paragraph_befores() -> None:
    text = (
        "Lundi 1er septembre, des hommes armés ont enlevé le chef du village de Tamou.\n\n"
        "Jeudi 4 septembre, les forces de défense ont arrêté cinq suspects près de Torodi.\n\n"
        "Le même jour, des élèves ont manifesté à Niamey."
    )
    # Before 0.65.0 the blank line was taken for the paragraph before, which names no
    # day, and "Le même jour" went back to the lead's Monday.
    assert _norms(text)["Le même jour"] == "2025-09-04"


def test_the_same_day_without_blank_lines() -> None:
    # A guard: the corpus's paragraphs, one line each, as before.
    text = (
        "Lundi 1er septembre, des hommes armés ont enlevé le chef du village de Tamou.\n"
        "Jeudi 4 septembre, les forces de défense ont arrêté cinq suspects près de Torodi.\n"
        "Le même jour, des élèves ont manifesté à Niamey."
    )
    assert _norms(text)["Le même jour"] == "2025-09-04"


def test_the_day_before_opening_a_paragraph_counts_from_the_paragraph_before() -> None:
    text = (
        "Des hommes armés ont attaqué samedi un convoi près de Djibo.\n"
        "Lundi, le ministre a condamné cette attaque.\n"
        "La veille, des volontaires avaient interpellé trois suspects."
    )
    # Before 0.65.0 the day before the lead's Saturday (a Friday).
    assert _norms(text)["La veille"] == "2025-09-07"


def test_the_next_day_counts_from_the_act_of_its_own_paragraph() -> None:
    # A guard: a day told before it in its own paragraph stays the anchor.
    text = (
        "Des hommes armés ont attaqué samedi un convoi près de Djibo.\n"
        "Lundi, le ministre a condamné cette attaque. Le lendemain, il s'est rendu à Djibo."
    )
    assert _norms(text)["Le lendemain"] == "2025-09-09"


# --- a day in a relative clause of the source ----------------------------------------------


def test_the_day_of_the_sources_visit_is_not_borrowed(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué jeudi soir un site d'orpaillage près de Gaoua.\n"
        "Selon le préfet, qui s'est rendu dimanche sur le site, l'attaque a fait sept morts. "
        "Les assaillants ont également incendié des hangars, a-t-il précisé."
    )
    doc = titled_document("Gaoua: sept morts", body)
    # Before 0.65.0 the fires took the Sunday of the prefect's visit.
    assert ("dimanche", "2025-09-07") not in _times(annotator, doc, "incendié")


def test_a_relative_clause_of_the_attackers_still_dates_their_acts(
    annotator: Preannotator,
) -> None:
    # A guard: the relative clause tells the raid itself, not a source's doing.
    body = (
        "Les assaillants, qui ont attaqué dimanche le village de Sollé, ont tué six civils. "
        "Ils ont ensuite incendié des greniers."
    )
    doc = titled_document("Sollé attaqué", body)
    assert _times(annotator, doc, "incendié") == [("dimanche", "2025-09-07")]


# --- one day counted from a named act -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        (
            "Des hommes armés ont attaqué samedi le village de Sollé. Un jour après "
            "l'attaque, l'armée a arrêté six suspects.",
            "Un jour après",
            "2025-09-07",
        ),
        (
            "Gunmen attacked the village of Solle on Saturday. The army arrested six "
            "suspects a day after the attack.",
            "a day after",
            "2025-09-07",
        ),
        (
            "Gunmen attacked the village of Solle on Saturday. An hour after the attack, "
            "soldiers reached the village.",
            "An hour after",
            "2025-09-06",
        ),
    ],
)
def test_one_day_or_hour_after_a_named_act(text: str, expression: str, expected: str) -> None:
    # Before 0.65.0 only two days or more, and hours in the plural, were read.
    assert _norms(text)[expression] == expected


def test_days_after_a_named_act_as_before() -> None:
    # A guard: the plural counts as before.
    text = (
        "Gunmen attacked the village of Solle on Saturday. Two days after the attack, "
        "the army arrested six suspects."
    )
    assert _norms(text)["Two days after"] == "2025-09-08"


# --- the day of an accusation ---------------------------------------------------------------


def test_the_day_of_an_accusation_is_not_the_acts(annotator: Preannotator) -> None:
    body = (
        "Une association peule a accusé lundi des chasseurs dozos, agissant selon elle avec "
        "des soldats, d'avoir tué quinze civils dans le village d'Ogossagou."
    )
    doc = titled_document("Ogossagou: une association accuse", body)
    # Before 0.65.0 the killings took the Monday of the accusation.
    assert ("lundi", "2025-09-08") not in _times(annotator, doc, "tué")


def test_the_accusation_keeps_its_own_day(annotator: Preannotator) -> None:
    # A guard: the accusing verb's own event is dated by its day.
    body = "Une association peule a accusé lundi des chasseurs dozos d'avoir tué quinze civils."
    doc = titled_document("Ogossagou: une association accuse", body)
    assert _times(annotator, doc, "accusé") == [("lundi", "2025-09-08")]


# --- "Ce jour-là", "that day" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        (
            "Des centaines de familles ont fui Petelkolé après l'attaque du 4 septembre. "
            "Ce jour-là, des hommes armés avaient emporté du bétail.",
            "Ce jour-là",
            "2025-09-04",
        ),
        (
            "Gunmen attacked Solle on Saturday. On that day, they also burned granaries.",
            "that day",
            "2025-09-06",
        ),
    ],
)
def test_that_day_is_the_day_just_told(text: str, expression: str, expected: str) -> None:
    # Before 0.65.0 not read: an act told "Ce jour-là" borrowed the date of the sentence
    # before, which 0.65.0 keeps for the act named there ("l'attaque du 4 septembre").
    assert _norms(text)[expression] == expected


def test_that_day_as_a_subject_is_no_date() -> None:
    # A guard: "that day" inside a clause, not a time adverbial.
    text = "Gunmen attacked Solle on Saturday. Residents said that day was the worst."
    assert "that day" not in _norms(text)
