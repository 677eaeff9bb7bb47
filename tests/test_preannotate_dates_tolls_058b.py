"""Pre-annotation 0.58.0, dates and tolls (second round): "Le même jour" opening a
paragraph is the day the paragraph just before names last (a roundup's "Vendredi, ... /
Le même jour, ..."), not the lead's day.
Each sentence is written for the test."""

from __future__ import annotations

import datetime as dt

from sahel_events.preannotate.dates import find_dates

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
