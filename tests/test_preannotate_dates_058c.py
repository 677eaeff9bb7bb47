"""Pre-annotation 0.58.0: a night told with no day of its own ("Dans la nuit, ils ont
incendié ...") is the two days it spans, counted from the day told before it, as the
codebook has every night; a day counted from another ("Le même jour", "le lendemain")
is counted from the day of the act told before, not from the day that act was said or
a source reached ("a indiqué mardi", "jointe mercredi"), unless no other day is told; a
violent act does not borrow the time of a release told before it (the release follows
the capture). Each sentence is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role

#: The dateline of the articles below: Tuesday 9 September 2025 (titled_document's).
DATELINE = dt.date(2025, 9, 9)


def _norms(text: str) -> dict[str, tuple[str, str]]:
    """Each expression found in ``text`` -> its norm_date and precision."""
    return {m.text: (m.interval.iso(), m.interval.precision) for m in find_dates(text, DATELINE)}


@pytest.mark.parametrize(
    ("text", "night", "expected"),
    [
        # After a day: that day's night.
        (
            "Des hommes armés ont attaqué samedi le village de Sama. Dans la nuit, ils ont "
            "incendié des greniers.",
            "Dans la nuit",
            "2025-09-06/2025-09-07",
        ),
        # After a night named by its two days: the same night.
        (
            "Le poste de Torodi a été visé dans la nuit du 2 au 3 septembre. Dans la nuit, "
            "un autre groupe a enlevé deux bergers.",
            "Dans la nuit",
            "2025-09-02/2025-09-03",
        ),
        (
            "Gunmen attacked the village of Kobou on Saturday. During the night, they also "
            "burned the market.",
            "During the night",
            "2025-09-06/2025-09-07",
        ),
    ],
)
def test_a_night_without_a_day_of_its_own_spans_two_days(
    text: str, night: str, expected: str
) -> None:
    # Before 0.58.0 the night was the single day told before it ("2025-09-06", "day"),
    # or the second day of the night named before ("2025-09-03").
    assert _norms(text)[night] == (expected, "days")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day the act was said, in the paragraph before.
        (
            "Des hommes armés ont attaqué samedi un convoi près de Dargol, a indiqué lundi "
            "le gouverneur.\nLe même jour, ils ont incendié deux camions à Gothèye.",
            "2025-09-06",
        ),
        # The day a source was reached, in the paragraph before.
        (
            "Des jihadistes ont attaqué jeudi matin le détachement d'Arbinda.\nSelon une "
            "source locale jointe vendredi, les combats ont duré plusieurs heures.\nLe même "
            "jour, un autre groupe a tendu une embuscade près de Gorgadji.",
            "2025-09-04",
        ),
        # In the same paragraph.
        (
            "Un chef de village a été enlevé dimanche à Gothèye, a-t-on appris lundi de "
            "sources locales. Son fils a été relâché le lendemain.",
            "2025-09-08",
        ),
    ],
)
def test_a_day_counted_from_the_act_not_from_its_telling(text: str, expected: str) -> None:
    # Before 0.58.0 the day was counted from the day of the saying ("lundi",
    # "vendredi"): 2025-09-08, 2025-09-05 and 2025-09-09.
    found = [m for m in find_dates(text, DATELINE) if m.rule == "anchored"]
    assert [m.interval.iso() for m in found] == [expected]


def test_the_day_of_the_act_first_the_saying_s_when_alone() -> None:
    def anchored(text: str) -> list[str]:
        return [m.interval.iso() for m in find_dates(text, DATELINE) if m.rule == "anchored"]

    # Before 0.58.0 "Le même jour" was the saying's Thursday (2025-09-04).
    told = (
        "Un camion-citerne a été incendié mardi dernier sur l'axe Kayes-Diboli, ont "
        "déclaré jeudi des transporteurs.\nLe même jour, deux chauffeurs ont été enlevés."
    )
    assert anchored(told) == ["2025-09-02"]
    # The only day told is the saying's: "Le même jour" is that day.
    alone = (
        "L'armée a annoncé lundi avoir neutralisé vingt terroristes près de Tillia.\nLe "
        "même jour, un convoi a été attaqué près de Tahoua."
    )
    assert anchored(alone) == ["2025-09-08"]


def test_an_act_after_a_release_does_not_take_the_release_s_time(
    annotator: Preannotator,
) -> None:
    body = (
        "Trois agents humanitaires ont été enlevés jeudi par des hommes armés près de "
        "Goudoumaria. Leur chauffeur a été relâché dans la nuit à quelques kilomètres de "
        "là. Les ravisseurs ont incendié le véhicule avant de fuir vers le nord."
    )
    # Before 0.58.0 the burning took the release's "dans la nuit".
    assert _role(annotator, body, "incendié", "time", False) == ["jeudi"]


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("Le ministre de la Défense est attendu vendredi à Diffa.", "vendredi", "2025-09-12"),
        ("Les soldats tués seront inhumés jeudi à Niamey.", "jeudi", "2025-09-11"),
        ("Le syndicat menace de reprendre la grève lundi.", "lundi", "2025-09-15"),
        ("La délégation doit se rendre dimanche à Gao.", "dimanche", "2025-09-14"),
        ("Le couvre-feu entre en vigueur vendredi dans la région.", "vendredi", "2025-09-12"),
    ],
)
def test_a_weekday_of_what_is_to_come_is_the_next_one(text: str, day: str, expected: str) -> None:
    # Before 0.58.0 these were the last such day before the dateline (codebook: "the
    # next one for a future event").
    assert _norms(text)[day] == (expected, "day")


def test_a_weekday_of_what_is_to_come_keeps_today_and_the_past() -> None:
    # Since 0.58.0 "ce mardi" on a Tuesday is the dateline's day even ahead; an act told
    # in the past keeps the last such day; a weekend is never a year ahead.
    assert _norms("La mesure entrera en vigueur ce mardi.")["ce mardi"] == ("2025-09-09", "day")
    assert _norms("Des hommes armés ont attaqué vendredi le poste.")["vendredi"] == (
        "2025-09-05",
        "day",
    )
    weekend = _norms("Le PAM prévoit de distribuer des vivres ce week-end.")["ce week-end"]
    assert weekend[0].startswith("2025-09")
    # Before 0.58.0 "sera" was no sign of what is to come: the 6th.
    assert _norms("La foire sera rouverte samedi.")["samedi"] == ("2025-09-13", "day")
