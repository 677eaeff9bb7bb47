"""Pre-annotation 0.61.0, dates of events.

The night of one weekday ("dans la nuit de lundi", "la nuit de samedi dernier") is the
two days it spans, from that weekday, as the codebook has every night; in a dispatch of
that weekday, the night that ended that morning. A sentence opening on a span counted
with no number ("Quelques semaines plus tard", "Several weeks later") borrows no day
or month told before it. A past attack named beside a day to come ("le procès des
auteurs de l'attaque ... s'ouvrira le 20 mars", "les gendarmes tués seront inhumés
vendredi") does not take that day; a planned attack does. Each sentence is written for
the test."""

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
        ("Le poste a été attaqué dans la nuit de lundi par des hommes armés.",
         "dans la nuit de lundi", ("2025-09-08/2025-09-09", "days")),
        ("Des greniers ont été incendiés dans la nuit de samedi, selon un élu.",
         "dans la nuit de samedi", ("2025-09-06/2025-09-07", "days")),
        ("La patrouille est tombée dans une embuscade la nuit de dimanche dernier.",
         "la nuit de dimanche dernier", ("2025-09-07/2025-09-08", "days")),
        ("Le dépôt a été pillé durant la nuit du jeudi, a indiqué le maire.",
         "durant la nuit du jeudi", ("2025-09-04/2025-09-05", "days")),
    ],
)  # fmt: skip
def test_the_night_of_a_weekday_is_the_two_days_it_spans(
    text: str, span: str, expected: tuple[str, str]
) -> None:
    # 0.60.0 read the weekday alone, one day.
    assert _norms(text)[span] == expected


def test_the_night_of_the_dateline_s_weekday_ended_that_morning() -> None:
    # A Tuesday dispatch: "la nuit de mardi" is the night just over, not last week's.
    norms = _norms("Un camp de déplacés a été attaqué dans la nuit de mardi près de Djibo.")
    assert norms["dans la nuit de mardi"] == ("2025-09-08/2025-09-09", "days")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Le camp a été attaqué dans la nuit de samedi à dimanche.",
         "dans la nuit de samedi à dimanche", ("2025-09-06/2025-09-07", "days")),
        ("Le village a été attaqué dans la nuit du lundi 1er au mardi 2 septembre.",
         "dans la nuit du lundi 1er au mardi 2 septembre", ("2025-09-01/2025-09-02", "days")),
        ("The base was attacked on Monday night, the army said.",
         "Monday night", ("2025-09-08", "day")),
    ],
)  # fmt: skip
def test_nights_told_otherwise_are_read_as_before(
    text: str, span: str, expected: tuple[str, str]
) -> None:
    # Guard: two weekdays, two days of the month, English "Monday night" (a day in the
    # gold) keep their readings.
    assert _norms(text)[span] == expected


def test_an_attack_takes_the_night_of_its_weekday(annotator: Preannotator) -> None:
    body = (
        "Des individus armés ont incendié l'école primaire de Tougan dans la nuit de "
        "lundi, selon des sources locales."
    )
    # 0.60.0 linked "lundi" alone, 2025-09-08.
    assert _role(annotator, body, "incendié", "time", False) == ["dans la nuit de lundi"]


@pytest.mark.parametrize(
    ("body", "trigger", "english"),
    [
        ("Plusieurs centaines de familles ont regagné Sebba.\nElles avaient fui la "
         "localité en juillet après une série d'attaques. Quelques semaines plus tard, "
         "l'armée avait lancé une vaste opération de ratissage dans la zone.",
         "opération de ratissage", False),
        ("Gunmen attacked a health centre in Tera in July, killing two nurses. Several "
         "weeks later, gunmen abducted a teacher in the same village.", "abducted", True),
    ],
)  # fmt: skip
def test_a_span_counted_with_no_number_borrows_no_month(
    annotator: Preannotator, body: str, trigger: str, english: bool
) -> None:
    # 0.60.0 gave the operation the July of the flight told before.
    assert _role(annotator, body, trigger, "time", english) == []


def test_a_span_counted_with_a_number_still_counts(annotator: Preannotator) -> None:
    # Guard: "Deux jours plus tard" is counted from the day told before.
    body = (
        "Un poste de police a été attaqué le 2 septembre à Makalondi.\n"
        "Deux jours plus tard, l'armée a lancé une opération de ratissage autour de la "
        "localité."
    )
    assert _role(annotator, body, "opération de ratissage", "time", False) == [
        "Deux jours plus tard"
    ]


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        ("Le procès des auteurs présumés de l'attaque de Solhan s'ouvrira le 20 septembre "
         "devant la chambre criminelle de Ouagadougou.", "attaque"),
        ("Les quatre gendarmes tués seront inhumés vendredi à Tahoua, a annoncé la "
         "gendarmerie.", "tués"),
    ],
)  # fmt: skip
def test_a_past_attack_does_not_take_a_day_to_come(
    annotator: Preannotator, body: str, trigger: str
) -> None:
    # 0.60.0 gave the attack the trial's 20 September, the funeral's Friday (after the
    # dateline).
    assert _role(annotator, body, trigger, "time", False) == []


def test_a_planned_attack_keeps_its_day_to_come(annotator: Preannotator) -> None:
    # Guard: what the plotters planned is dated by the day they planned it for.
    body = (
        "The security minister said the plotters had planned to attack the presidency "
        "on Dec. 24 and had recruited soldiers in several garrisons."
    )
    assert _role(annotator, body, "attack", "time", True) == ["Dec. 24"]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Trois écoles ont été incendiées au cours du mois d'août dans le cercle de Koro.",
         "du mois d'août", ("2025-08", "month")),
        ("Le convoi a été attaqué à deux reprises au cours du mois de juillet dernier.",
         "du mois de juillet dernier", ("2025-07", "month")),
    ],
)  # fmt: skip
def test_a_month_after_au_cours_du_mois_is_read(
    text: str, span: str, expected: tuple[str, str]
) -> None:
    # 0.60.0 read nothing after "du mois".
    assert _norms(text)[span] == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Le chef de village a été enlevé dans les derniers jours d'août près de Dori.",
         "derniers jours d'août", ("2025-08-21/2025-08-31", "part-of-month")),
        ("Les premiers jours de juillet 2024, des combats ont opposé les deux groupes.",
         "premiers jours de juillet 2024", ("2024-07-01/2024-07-10", "part-of-month")),
        ("Plusieurs postes ont été attaqués dans les premiers jours du mois.",
         "premiers jours du mois", ("2025-09-01/2025-09-10", "part-of-month")),
        ("Two aid workers were abducted in the last days of August near Ouallam.",
         "last days of August", ("2025-08-21/2025-08-31", "part-of-month")),
    ],
)  # fmt: skip
def test_the_first_or_last_days_of_a_month_are_its_start_or_end(
    text: str, span: str, expected: tuple[str, str]
) -> None:
    # 0.60.0 read nothing.
    assert _norms(text)[span] == expected


def test_the_first_days_of_something_else_are_no_date() -> None:
    # Guard: "les premiers jours de la captivité" names no month.
    assert _norms("Il a été exécuté dans les premiers jours de la captivité.") == {}


def test_the_night_of_two_weekdays_after_du_keeps_its_night() -> None:
    # 0.60.0 read "du samedi au dimanche", without the night, as the span.
    norms = _norms("Le camp a été attaqué dans la nuit du samedi au dimanche.")
    assert norms["dans la nuit du samedi au dimanche"] == ("2025-09-06/2025-09-07", "days")


def test_a_day_of_the_month_named_after_du_mois_de() -> None:
    # 0.60.0 read nothing in "le 4 du mois de juillet".
    norms = _norms("L'attaque du 4 du mois de juillet a fait six morts à Boni.")
    assert norms["4 du mois de juillet"] == ("2025-07-04", "day")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Gunmen abducted a village chief near Arbinda this past weekend.",
         "this past weekend", ("2025-09-06/2025-09-07", "days")),
        ("The army said it had killed dozens of militants earlier in the week.",
         "earlier in the week", ("2025-09-08/2025-09-14", "week")),
    ],
)  # fmt: skip
def test_english_weekends_and_weeks_told_otherwise(
    text: str, span: str, expected: tuple[str, str]
) -> None:
    # 0.60.0 read nothing.
    assert _norms(text)[span] == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Un car de voyageurs a été attaqué la veille au soir près de Boni, a indiqué "
         "mardi une source sécuritaire.", "la veille au soir", ("2025-09-08", "day")),
        ("The convoy was ambushed the previous day near Tera, the army said on Tuesday.",
         "the previous day", ("2025-09-08", "day")),
    ],
)  # fmt: skip
def test_the_day_before_the_saying_told_after_it(
    text: str, span: str, expected: tuple[str, str]
) -> None:
    # 0.60.0 found no day before "la veille" and read nothing.
    assert _norms(text)[span] == expected


def test_the_day_after_is_not_counted_from_a_later_saying() -> None:
    # Guard: "le lendemain" before the saying's day has nothing to count from.
    norms = _norms("Le lendemain, des renforts sont arrivés, a indiqué mardi une source.")
    assert "Le lendemain" not in norms


def test_an_attack_takes_the_day_before_the_saying(annotator: Preannotator) -> None:
    body = (
        "Un car de voyageurs a été attaqué la veille au soir sur la route de Bandiagara, "
        "a indiqué mardi une source sécuritaire. Au moins cinq passagers ont été tués."
    )
    # 0.60.0 gave the attack no day.
    assert _role(annotator, body, "attaqué", "time", False) == ["la veille au soir"]
