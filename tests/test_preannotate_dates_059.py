"""Pre-annotation 0.59.0, dates: two days joined by "et", "and" ("samedi et dimanche",
"On 29 and 30 August", "le 31 août et le 1er septembre", "between Aug. 29 and Sept. 2")
are the span of days the codebook writes START/END, not the first or the last day alone;
"la semaine du 1er septembre" is that week; "last Tuesday" on a Tuesday is the week
before's, as "mardi dernier"; "until October 20" is the day, not the month; a weekday
followed by its date ("Ce samedi 6 septembre") is read whole; a fortnight is two weeks;
"en fin de semaine" told on a Monday to Wednesday of a past act is last week; a date an
act is set or put off to ("annoncée pour la mi-octobre", "postponed until") is ahead;
"ce mardi matin" anchors "la veille au soir".

Times of events: a day told of a background act in the pluperfect, more than a week
before the dateline ("avait déjà été attaqué en juin"), is not carried onto the next act
of the story; a statement that goes on with its speaker ("Ils ont aussi demandé", "Il a
appelé") takes the day of that speaker's act in the sentence before; a vague time in the
sentence ("ces derniers jours", "in recent days") stops borrowing; in English, an act's
noun that a statement condemns or a participle before the main verb ("aid workers
abducted in X were freed on Sunday") does not take the other act's day. Each sentence
is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role

#: The dateline of the French articles below: Tuesday 9 September 2025 (titled_document's).
DATELINE = dt.date(2025, 9, 9)


def _norms(text: str, dateline: dt.date = DATELINE) -> dict[str, tuple[str, str]]:
    """Each expression found in ``text`` -> its norm_date and precision."""
    return {m.text: (m.interval.iso(), m.interval.precision) for m in find_dates(text, dateline)}


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("De violents combats ont opposé samedi et dimanche les VDP aux jihadistes.",
         "samedi et dimanche", "2025-09-06/2025-09-07"),
        ("Fighting raged on Saturday and Sunday near the town.", "Saturday and Sunday",
         "2025-09-06/2025-09-07"),
        # "derniers" on a Tuesday: the week before's Monday and Tuesday.
        ("Des heurts ont éclaté lundi et mardi derniers à Dogondoutchi.",
         "lundi et mardi derniers", "2025-09-01/2025-09-02"),
        # "prochains": the next ones (0.58.0 read the last ones and dropped the word).
        ("Le syndicat menace d'une grève entre lundi et mardi prochains.",
         "entre lundi et mardi prochains", "2025-09-15/2025-09-16"),
    ],
)  # fmt: skip
def test_two_weekdays_joined_are_a_span(text: str, span: str, expected: str) -> None:
    # Before 0.59.0 "samedi" alone (2025-09-06, day) and "dimanche" apart; "entre lundi
    # et mardi" without "prochains" (2025-09-08/2025-09-09).
    assert _norms(text)[span] == (expected, "days")


def test_two_weekdays_days_apart_stay_two_days() -> None:
    # Guard: "lundi et jeudi" may be two happenings, each its own day (as in 0.58.0).
    norms = _norms("Des attaques ont visé Bani lundi et jeudi.")
    assert norms["lundi"] == ("2025-09-08", "day")
    assert norms["jeudi"] == ("2025-09-04", "day")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("On 29 and 30 August, the army clashed with rebels near Anefis.",
         "29 and 30 August", "2025-08-29/2025-08-30"),
        ("Des opérations ont été menées le 29 et le 30 août dans les îles du lac.",
         "29 et le 30 août", "2025-08-29/2025-08-30"),
        ("L'armée a mené le 31 août et le 1er septembre des frappes près de Léré.",
         "31 août et le 1er septembre", "2025-08-31/2025-09-01"),
        ("The army said it killed 20 militants between Aug. 29 and Sept. 2 near Mopti.",
         "between Aug. 29 and Sept. 2", "2025-08-29/2025-09-02"),
    ],
)  # fmt: skip
def test_two_dates_joined_are_a_span(text: str, span: str, expected: str) -> None:
    # Before 0.59.0 the second day alone ("30 August", "30 août", "1er septembre") or the
    # first ("Aug. 29").
    assert _norms(text)[span] == (expected, "days")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("La semaine du 1er septembre, des jihadistes ont incendié des greniers.",
         "La semaine du 1er septembre", "2025-09-01/2025-09-07"),
        ("Several convoys were attacked during the week of August 18.",
         "the week of August 18", "2025-08-18/2025-08-24"),
    ],
)  # fmt: skip
def test_the_week_of_a_day_is_that_week(text: str, span: str, expected: str) -> None:
    # Before 0.59.0 the day alone ("1er septembre", "August 18": day); codebook example
    # "la semaine du 8 septembre" (week).
    assert _norms(text)[span] == (expected, "week")


def test_last_weekday_on_that_weekday_is_the_week_before() -> None:
    # Before 0.59.0 "Last Tuesday" on a Tuesday was the dateline's own day (2025-09-09).
    norms = _norms("Last Tuesday, jihadists ambushed a supply convoy near Gorom-Gorom.")
    assert norms["Last Tuesday"] == ("2025-09-02", "day")
    # Guard: another weekday stays the last one.
    assert _norms("Last Friday, gunmen attacked a post.")["Last Friday"] == ("2025-09-05", "day")


def test_a_date_after_until_is_the_day() -> None:
    # Before 0.59.0 "until October" (the month, of 2024) was read, the day lost.
    norms = _norms("The trial of the former minister was postponed until October 20.")
    assert norms["October 20"] == ("2025-10-20", "day")


def test_a_weekday_with_its_date_is_read_whole() -> None:
    # Before 0.59.0 "Ce samedi" alone.
    norms = _norms("Ce samedi 6 septembre aux environs de 5 heures, des terroristes ont attaqué.")
    assert norms["samedi 6 septembre"] == ("2025-09-06", "day")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Un maire a été enlevé il y a quinze jours près de Makalondi.", "il y a quinze jours"),
        ("A fortnight ago, the army launched an offensive.", "A fortnight ago"),
    ],
)
def test_a_fortnight_is_two_weeks(text: str, span: str) -> None:
    # Before 0.59.0 not read at all; "il y a deux semaines" is the calendar week.
    assert _norms(text)[span] == ("2025-08-25/2025-08-31", "week")


def test_the_end_of_the_week_early_in_the_next_is_last_week() -> None:
    # Before 0.59.0 this week (2025-09-08/2025-09-14), whose end is yet to come.
    past = _norms("Des hommes armés ont attaqué en fin de semaine le village de Sona.")
    assert past["fin de semaine"] == ("2025-09-01/2025-09-07", "week")
    # Guard: a week-end to come stays this week.
    ahead = _norms("La grève aura lieu en fin de semaine.")
    assert ahead["fin de semaine"] == ("2025-09-08/2025-09-14", "week")


def test_a_date_an_act_is_set_to_is_ahead() -> None:
    # Before 0.59.0 the last October (2024-10-11/2024-10-20).
    norms = _norms("Une grève générale est annoncée pour la mi-octobre.")
    assert norms["mi-octobre"] == ("2025-10-11/2025-10-20", "part-of-month")


def test_the_dateline_s_day_told_in_words_anchors_the_day_before() -> None:
    # Before 0.59.0 the dateline's own day was never an anchor: "La veille au soir" was
    # not read and the burning took the march's day.
    text = (
        "Des centaines de jeunes ont manifesté ce mardi matin à Agadez. La veille au soir, "
        "des pneus avaient été brûlés devant le gouvernorat."
    )
    assert _norms(text)["La veille au soir"] == ("2025-09-08", "day")


def test_a_background_day_is_not_carried_onto_the_story(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué dimanche soir le poste de gendarmerie de Torodi, "
        "tuant trois gendarmes.\nLe poste avait déjà été attaqué en juin par des "
        "combattants de l'État islamique.\nLes assaillants ont incendié deux véhicules "
        "avant de se replier."
    )
    # Before 0.59.0 the burning took the June of the earlier attack.
    assert _role(annotator, body, "incendié", "time", False) == ["dimanche soir"]


def test_a_statement_goes_on_with_its_speaker_s_day(annotator: Preannotator) -> None:
    body = (
        "Le gouverneur de la région s'est rendu mercredi à Ayorou, où des hommes armés ont "
        "tué cinq pêcheurs la semaine dernière. Il a appelé les populations à collaborer "
        "avec les forces de défense."
    )
    # Before 0.59.0 no day: the sentence before tells an attack.
    assert _role(annotator, body, "appelé", "time", False) == ["mercredi"]
    carried = (
        "Le gouverneur de Gao a rencontré samedi les leaders communautaires de la ville. "
        "Les participants ont convenu de mettre en place un comité de veille.\nIls ont "
        "aussi demandé le renforcement de la sécurité sur la route d'Ansongo."
    )
    # Before 0.59.0 no day: the sentence before tells none of its own.
    assert _role(annotator, carried, "demandé", "time", False) == ["samedi"]


def test_a_vague_time_stops_borrowing(annotator: Preannotator) -> None:
    body = (
        "Boko Haram fighters attacked a Chadian army position near Baga Sola on Saturday, "
        "killing six soldiers.\nIn recent days, several fishermen have been abducted on "
        "the islands of the lake."
    )
    # Before 0.59.0 the abduction took the attack's Saturday.
    assert _role(annotator, body, "abducted", "time", True) == []


def test_an_act_a_statement_condemns_takes_not_its_day(annotator: Preannotator) -> None:
    body = (
        "West African leaders met in Abuja on Sunday for a summit on the Sahel.\nThey "
        "urged the juntas to return to dialogue and condemned the recent attacks on "
        "civilians."
    )
    # Before 0.59.0 the attacks took the summit's Sunday.
    assert _role(annotator, body, "attacks", "time", True) == []
    assert _role(annotator, body, "urged", "time", True) == ["Sunday"]


def test_a_participle_before_the_main_verb_takes_not_its_day(annotator: Preannotator) -> None:
    body = (
        "Two aid workers abducted in northern Niger were freed on Sunday, their organisation said."
    )
    # Before 0.59.0 the abduction took the release's Sunday.
    assert _role(annotator, body, "abducted", "time", True) == []
    assert _role(annotator, body, "freed", "time", True) == ["Sunday"]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Dans la nuit d'hier à aujourd'hui, des individus armés ont attaqué le commissariat.",
         "Dans la nuit d'hier à aujourd'hui", "2025-09-08/2025-09-09"),
        ("Le poste a été attaqué dans la nuit de lundi à ce mardi.",
         "dans la nuit de lundi à ce mardi", "2025-09-08/2025-09-09"),
    ],
)  # fmt: skip
def test_a_night_up_to_today_is_its_two_days(text: str, span: str, expected: str) -> None:
    # Before 0.59.0 "hier" alone (2025-09-08, day) and "aujourd'hui" or "ce mardi" apart.
    assert _norms(text)[span] == (expected, "days")


def test_another_place_of_a_roundup_borrows_no_day(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi le village de Darey Daye, tuant six civils.\n"
        "Dans une autre localité du département, des inconnus ont incendié une école."
    )
    # Before 0.59.0 the burning took the attack's Monday.
    assert _role(annotator, body, "incendié", "time", False) == []


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Des opérations ont eu lieu du lundi 1er au mercredi 3 septembre près de Boni.",
         "du lundi 1er au mercredi 3 septembre", "2025-09-01/2025-09-03"),
        ("The talks ran from Monday, September 1, to Wednesday, September 3, in Lomé.",
         "Monday, September 1, to Wednesday, September 3", "2025-09-01/2025-09-03"),
        ("Des frappes ont visé la zone jeudi 4 et vendredi 5 septembre.",
         "jeudi 4 et vendredi 5 septembre", "2025-09-04/2025-09-05"),
        ("Les combats ont duré les 2, 3 et 4 septembre.", "2, 3 et 4 septembre",
         "2025-09-02/2025-09-04"),
        ("Clashes were reported on September 2, 3 and 4.", "September 2, 3 and 4",
         "2025-09-02/2025-09-04"),
    ],
)  # fmt: skip
def test_a_span_of_days_with_weekdays_or_a_list(text: str, span: str, expected: str) -> None:
    # Before 0.59.0 a weekday alone (the last such day) and the last date, or the first
    # date alone.
    assert _norms(text)[span] == (expected, "days")


def test_the_last_hours_are_a_vague_time(annotator: Preannotator) -> None:
    body = (
        "L'armée a mené le 31 août et le 1er septembre des opérations dans les îles du lac.\n"
        "Au cours des dernières 48 heures, une vingtaine de combattants ont été neutralisés."
    )
    # Before 0.59.0 the toll took the days of the operations told before.
    assert _role(annotator, body, "neutralisés", "time", False) == []
