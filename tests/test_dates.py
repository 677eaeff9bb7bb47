"""Temporal expressions and their ISO 8601 intervals, relative to an article's dateline."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sahel_events.preannotate.dates import Interval, find_dates, first_day, normalise

#: The seed article's dateline: Bamako, 16 septembre 2025 (a Tuesday).
DATELINE = dt.date(2025, 9, 16)

CASES = [
    # single days
    ("le 16 septembre 2025", "2025-09-16", "day"),
    ("1er avril 2025", "2025-04-01", "day"),
    ("le 1er juillet", "2025-07-01", "day"),
    ("le 1er", "2025-09-01", "day"),
    ("le 12 courant", "2025-09-12", "day"),
    ("8 July 2025", "2025-07-08", "day"),
    ("on July 8, 2025", "2025-07-08", "day"),
    ("le 08/07/2025", "2025-07-08", "day"),
    ("hier", "2025-09-15", "day"),
    ("yesterday", "2025-09-15", "day"),
    ("mardi", "2025-09-16", "day"),
    ("dimanche", "2025-09-14", "day"),
    ("on Sunday", "2025-09-14", "day"),
    # ranges of days
    ("du 8 au 11 juillet 2025", "2025-07-08/2025-07-11", "days"),
    ("Du 8 au 11 juillet 2025", "2025-07-08/2025-07-11", "days"),
    ("du 28 juin au 2 juillet", "2025-06-28/2025-07-02", "days"),
    ("entre le 8 et le 11 juillet", "2025-07-08/2025-07-11", "days"),
    ("les 8 et 9 juillet", "2025-07-08/2025-07-09", "days"),
    ("from 8 to 11 July 2025", "2025-07-08/2025-07-11", "days"),
    ("July 8-11, 2025", "2025-07-08/2025-07-11", "days"),
    # nights
    ("dans la nuit du 1er au 2 avril", "2025-04-01/2025-04-02", "days"),
    ("dans la nuit de samedi à dimanche", "2025-09-13/2025-09-14", "days"),
    ("the night of 1 to 2 April", "2025-04-01/2025-04-02", "days"),
    # a night or a part of a day whose month goes without saying: the dateline's, or the
    # month before for a day after the dateline's
    ("dans la nuit du 8 au 9", "2025-09-08/2025-09-09", "days"),
    ("dans la nuit du 20 au 21", "2025-08-20/2025-08-21", "days"),
    ("dans la soirée du 9", "2025-09-09", "day"),
    ("le 9 au soir", "2025-09-09", "day"),
    ("le 9 dans la matinée", "2025-09-09", "day"),
    # parts of a month
    ("fin juillet", "2025-07-21/2025-07-31", "part-of-month"),
    ("à la fin du mois de juillet", "2025-07-21/2025-07-31", "part-of-month"),
    ("début juillet", "2025-07-01/2025-07-10", "part-of-month"),
    ("mi-juillet", "2025-07-11/2025-07-20", "part-of-month"),
    ("début du mois", "2025-09-01/2025-09-10", "part-of-month"),
    ("fin du mois", "2025-09-21/2025-09-30", "part-of-month"),
    ("fin du mois dernier", "2025-08-21/2025-08-31", "part-of-month"),
    ("fin février 2024", "2024-02-21/2024-02-29", "part-of-month"),
    ("late July", "2025-07-21/2025-07-31", "part-of-month"),
    ("early July 2025", "2025-07-01/2025-07-10", "part-of-month"),
    ("mid-July", "2025-07-11/2025-07-20", "part-of-month"),
    ("at the end of last month", "2025-08-21/2025-08-31", "part-of-month"),
    # weeks
    ("la semaine dernière", "2025-09-08/2025-09-14", "week"),
    ("cette semaine", "2025-09-15/2025-09-21", "week"),
    ("last week", "2025-09-08/2025-09-14", "week"),
    ("il y a trois semaines", "2025-08-25/2025-08-31", "week"),
    ("two weeks ago", "2025-09-01/2025-09-07", "week"),
    # a part of a week: the codebook has none, so the week it lies in
    ("en début de semaine", "2025-09-15/2025-09-21", "week"),
    ("au début de la semaine", "2025-09-15/2025-09-21", "week"),
    ("en fin de semaine dernière", "2025-09-08/2025-09-14", "week"),
    ("la semaine écoulée", "2025-09-08/2025-09-14", "week"),
    # a day of this (or last) month named by "du mois"
    ("le 9 du mois", "2025-09-09", "day"),
    ("le 9 de ce mois", "2025-09-09", "day"),
    ("le 9 du mois dernier", "2025-08-09", "day"),
    # weekends as the press words them
    ("le week-end écoulé", "2025-09-13/2025-09-14", "days"),
    ("le weekend dernier", "2025-09-13/2025-09-14", "days"),
    ("au cours du week-end", "2025-09-13/2025-09-14", "days"),
    # months alone: the most recent past (or current) occurrence, written YYYY-MM (a
    # whole year YYYY) as the codebook's norm_date and the gold specs write them
    ("en juillet", "2025-07", "month"),
    ("en septembre", "2025-09", "month"),
    ("en octobre", "2024-10", "month"),
    ("juillet 2025", "2025-07", "month"),
    ("in July", "2025-07", "month"),
    ("le mois dernier", "2025-08", "month"),
    ("au cours du mois dernier", "2025-08", "month"),
    ("les pluies du mois passé", "2025-08", "month"),
    ("de juin à août", "2025-06-01/2025-08-31", "month"),
    # years alone
    ("en 2024", "2024", "year"),
    ("depuis 2012", "2012", "year"),
    ("in 2024", "2024", "year"),
    ("l'an dernier", "2024", "year"),
]


@pytest.mark.parametrize(("expression", "iso", "precision"), CASES)
def test_expression_normalises_to_interval(expression: str, iso: str, precision: str) -> None:
    interval = normalise(expression, DATELINE)
    assert interval is not None, expression
    assert (interval.iso(), interval.precision) == (iso, precision)


def test_seed_sentences() -> None:
    text = (
        "Du 8 au 11 juillet 2025, Rudolph Atallah a effectué une visite officielle à Bamako. "
        "Cette coopération aurait potentiellement permis une frappe de drone ciblant des "
        "dirigeants d'Al-Qaïda au Maghreb islamique (AQMI) au Mali à la fin du mois de juillet."
    )
    found = [(m.text, m.interval.iso(), m.interval.precision) for m in find_dates(text, DATELINE)]
    assert found == [
        ("Du 8 au 11 juillet 2025", "2025-07-08/2025-07-11", "days"),
        ("fin du mois de juillet", "2025-07-21/2025-07-31", "part-of-month"),
    ]


def test_spans_are_offsets_into_the_text() -> None:
    text = "Les faits remontent à la semaine dernière, puis en octobre 2024."
    for m in find_dates(text, DATELINE):
        assert text[m.start : m.end] == m.text
    assert [m.text for m in find_dates(text, DATELINE)] == ["la semaine dernière", "octobre 2024"]


def test_a_sentence_full_stop_stays_out_of_the_span() -> None:
    assert [m.text for m in find_dates("Il est arrivé en juillet.", DATELINE)] == ["juillet"]


def test_year_boundary_resolves_to_the_previous_year() -> None:
    january = dt.date(2026, 1, 5)
    assert normalise("fin décembre", january) == Interval(
        dt.date(2025, 12, 21), dt.date(2025, 12, 31), "part-of-month"
    )
    assert normalise("la semaine dernière", january) == Interval(
        dt.date(2025, 12, 29), dt.date(2026, 1, 4), "week"
    )


def test_a_day_of_a_named_month_is_not_one_of_this_month() -> None:
    # "le 9 du mois de mars" names March: not the 9th of this month. Since 0.61.0 it is
    # 9 March (0.60.0 read nothing).
    found = find_dates("le 9 du mois de mars", DATELINE)
    assert [(m.text, m.interval.precision) for m in found] == [("9 du mois de mars", "day")]
    assert found[0].interval.start.month == 3


def test_no_date_in_ordinary_words() -> None:
    text = "Le Premier ministre a reçu sept délégués et la menace demeure."
    assert find_dates(text, DATELINE) == []


def test_ordinals_and_durations_are_not_dates() -> None:
    # Issue 18: "le premier sommet" was read as the 1st, "depuis sept mois" as September.
    text = "Le premier sommet s'est tenu à Niamey ; la ville est assiégée depuis sept mois."
    assert find_dates(text, DATELINE) == []
    assert [d.text for d in find_dates("depuis septembre, puis le premier.", DATELINE)] == [
        "septembre",
        "premier",
    ]


def test_first_before_a_noun_is_an_ordinal() -> None:
    # Since 0.18.1: "du 1er arrondissement", "le 1er tour" are ordinals; "le 1er" alone,
    # or before a preposition or a part of the day, is still the first of the month.
    text = "devant le commissariat du 1er arrondissement, avant le 1er tour du scrutin"
    assert find_dates(text, DATELINE) == []
    assert [d.text for d in find_dates("Le 1er, des hommes armés ont attaqué.", DATELINE)] == [
        "1er"
    ]


def test_an_impossible_day_falls_back_to_its_month() -> None:
    interval = normalise("le 31 juin 2025", DATELINE)
    assert interval is not None
    assert (interval.iso(), interval.precision) == ("2025-06", "month")


# Issue 18, dates round (corpus fr113-fr122, en35-en36): how the press says when.
PRESS_CASES = [
    # spans of weekdays: the last such span on or before the dateline
    ("entre mercredi et vendredi", "2025-09-10/2025-09-12", "days"),
    ("de lundi à mercredi", "2025-09-08/2025-09-10", "days"),
    ("from Monday to Wednesday", "2025-09-08/2025-09-10", "days"),
    # nights ending on the dateline, and the weekend
    ("overnight", "2025-09-15/2025-09-16", "days"),
    ("overnight Saturday to Sunday", "2025-09-13/2025-09-14", "days"),
    ("the night of Saturday to Sunday", "2025-09-13/2025-09-14", "days"),
    ("la nuit dernière", "2025-09-15/2025-09-16", "days"),
    ("last night", "2025-09-15/2025-09-16", "days"),
    ("ce week-end", "2025-09-13/2025-09-14", "days"),
    ("over the weekend", "2025-09-13/2025-09-14", "days"),
    # "août dernier": the last August; in September, "septembre dernier" is a year back
    ("août dernier", "2025-08", "month"),
    ("en septembre dernier", "2024-09", "month"),
]


@pytest.mark.parametrize(("expression", "iso", "precision"), PRESS_CASES)
def test_press_expressions_normalise(expression: str, iso: str, precision: str) -> None:
    interval = normalise(expression, DATELINE)
    assert interval is not None, expression
    assert (interval.iso(), interval.precision) == (iso, precision)


def test_the_weekend_of_a_weekend_dateline_is_its_own() -> None:
    sunday = dt.date(2025, 9, 14)
    assert normalise("ce week-end", sunday) == Interval(dt.date(2025, 9, 13), sunday, "days")


def test_an_overnight_curfew_is_no_date() -> None:
    assert find_dates("The governor imposed an overnight curfew in Mopti.", DATELINE) == []
    # A night of its own is its dates, not the night of the day told before.
    text = (
        "Des hommes armés ont attaqué samedi Boni.\n"
        "Dans la nuit de lundi à mardi, un car a été visé."
    )
    [_, night] = find_dates(text, DATELINE)
    assert night.text == "Dans la nuit de lundi à mardi"


@pytest.mark.parametrize(
    ("sentence", "span", "iso"),
    [
        ("Le même jour, un convoi a été visé.", "Le même jour", "2025-09-13"),
        ("Quelques heures plus tard, une patrouille a essuyé des tirs.",
         "Quelques heures plus tard", "2025-09-13"),
        # Since 0.58.0 a night is the two days it spans (codebook).
        ("Plus tard dans la nuit, le poste a été visé.", "Plus tard dans la nuit",
         "2025-09-13/2025-09-14"),
        ("Plus tôt dans la journée, un car avait été visé.", "Plus tôt dans la journée",
         "2025-09-13"),
        ("Earlier that day, a bus was hit.", "Earlier that day", "2025-09-13"),
        ("Deux jours plus tard, ils ont été libérés.", "Deux jours plus tard", "2025-09-15"),
        ("Le surlendemain, un couvre-feu a été décrété.", "Le surlendemain", "2025-09-15"),
        ("Au lendemain de l'attaque, un couvre-feu a été décrété.", "Au lendemain", "2025-09-14"),
        ("Later that day, a convoy was hit.", "Later that day", "2025-09-13"),
        ("Two days later, they were freed.", "Two days later", "2025-09-15"),
        ("The day after the attack, a curfew was imposed.", "The day after", "2025-09-14"),
        # Since 0.12.0 a part of the day with no day of its own is the day told.
        ("En milieu de matinée, des jeunes ont bloqué la route.", "En milieu de matinée",
         "2025-09-13"),
        ("En fin d'après-midi, la police a dispersé la foule.", "En fin d'après-midi",
         "2025-09-13"),
        ("Dans la soirée, ils ont été relâchés.", "Dans la soirée", "2025-09-13"),
        ("In the afternoon, police fired tear gas.", "In the afternoon", "2025-09-13"),
        # Since 0.14.0 up to ten days, and a week.
        ("Ils ont été relâchés six jours plus tard.", "six jours plus tard", "2025-09-19"),
        ("Ils ont été libérés une semaine plus tard.", "une semaine plus tard", "2025-09-20"),
        ("They were released a week later.", "a week later", "2025-09-20"),
        ("Ils ont été libérés deux semaines plus tard.", "deux semaines plus tard",
         "2025-09-27"),
        ("Trois jours plus tôt, un car avait été visé.", "Trois jours plus tôt", "2025-09-10"),
        # Since 0.20.0 the night with no day of its own; since 0.58.0 the two days it
        # spans (codebook: a night spanning two days is the two-day interval).
        ("Dans la nuit, des greniers ont été incendiés.", "Dans la nuit",
         "2025-09-13/2025-09-14"),
        ("During the night, granaries were burned.", "During the night",
         "2025-09-13/2025-09-14"),
    ],
)  # fmt: skip
def test_days_counted_from_the_act_told_before(sentence: str, span: str, iso: str) -> None:
    text = f"Des hommes armés ont attaqué samedi un poste de Boni.\n{sentence}"
    found = {m.text: m.interval.iso() for m in find_dates(text, DATELINE)}
    assert found["samedi"] == "2025-09-13"
    assert found[span] == iso


def test_the_day_after_a_coming_event_is_not_normalised() -> None:
    # "au lendemain de la marche" counts from an act no date is told for: left out.
    text = "Des hommes armés ont attaqué samedi un poste.\nAu lendemain de la marche, rien."
    assert [m.text for m in find_dates(text, DATELINE)] == ["samedi"]


def test_first_day_of_a_norm_date() -> None:
    # Compared as days by the place rules ("not to an event dated before it").
    assert [first_day(n) for n in ("2025", "2025-08", "2025-08-03", "2025-08-11/2025-08-20")] == [
        "2025-01-01",
        "2025-08-01",
        "2025-08-03",
        "2025-08-11",
    ]


def _blind_windows(text: str) -> list[tuple[int, int]]:
    """The anchors' merged windows found by the case-blind pattern over the text as is."""
    from sahel_events.preannotate import dates

    out: list[tuple[int, int]] = []
    for m in dates._ANCHOR.finditer(text):
        ws, we = max(0, m.start() - dates._REACH), min(len(text), m.end() + dates._REACH)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], we))
        else:
            out.append((ws, we))
    return out


def test_anchor_windows_of_the_lower_cased_text_are_the_case_blind_ones() -> None:
    from sahel_events.preannotate import dates

    filler = " Les forces ont patrouillé la zone sans incident signalé." * 3
    texts = [
        "GAO, LE 3 SEPTEMBRE 2025" + filler + "Le MARDI Soir," + filler + "la VEILLE.",
        "Hier" + filler + "Aujourd'hui" + filler + "In MARCH, two WEEKS AGO" + filler,
        # İ lower-cases to two characters, ı and ſ are case-blind equals of i and s:
        # these texts are scanned case-blind, with the same windows.
        "İSTANBUL" + filler + "le 12 ſeptembre" + filler + "le 3 mars",
        "ſeptembre" + filler + "Septembre" + filler,
        "Lundı" + filler + "lundi" + filler,
        filler,
    ]
    for text in texts:
        assert dates._windows(text, 0, len(text)) == _blind_windows(text)
    assert dates._windows(texts[0], 0, len(texts[0]))  # anchors were found


def test_every_rule_finds_in_the_lower_cased_text_what_it_finds_case_blind() -> None:
    from sahel_events.preannotate import casescan, dates

    texts = [
        "GAO, LE 3 SEPTEMBRE 2025 - Dans la nuit du Mardi 2 au Mercredi 3 Septembre, "
        "Fin Août, à la Mi-Juillet, le 1er MARS, le 14/07/2025, Il y a Trois Semaines, "
        "la Veille, le LENDEMAIN, en Juillet Dernier, Early MARCH, On Monday Night, "
        "From 2 to 5 June 2025, The Previous Day, l'An Dernier, Cette Semaine.",
        "İSTANBUL, le 12 ſeptembre et le 3 mars, Lundı soir, le 4 août.",
    ]
    rules = [p for _, p, _, _ in dates._RULES] + [dates._ANCHORED]
    assert all(casescan.case_sensitive(p) is not None for p in rules)  # the fast path runs
    for text in texts:
        lower = casescan.lowered(text)
        for pattern in rules:
            fast = casescan.scan(pattern, text, lower, 0, len(text))
            blind = list(pattern.finditer(text, 0, len(text)))
            assert [(m.span(), m.groupdict()) for m in fast] == [
                (m.span(), m.groupdict()) for m in blind
            ]
    assert casescan.lowered(texts[1]) is None  # İ and ſ: scanned case-blind
    assert casescan.case_sensitive(re.compile("Mardi", re.IGNORECASE)) is None


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        # A bound ahead of a Tuesday dateline is the next such day, not the last one.
        ("un couvre-feu jusqu'à dimanche", "dimanche", "2025-09-21"),
        ("la grève durera jusqu'au lundi", "lundi", "2025-09-22"),
        ("les fonds seront versés d'ici vendredi", "vendredi", "2025-09-19"),
        ("a curfew until Tuesday", "Tuesday", "2025-09-23"),
        # A full date after the bound is read whole by the date rules.
        ("jusqu'au dimanche 21 septembre", "dimanche 21 septembre", "2025-09-21"),
    ],
)
def test_a_weekday_bounding_what_is_to_come_is_the_next_one(text: str, span: str, iso: str) -> None:
    (found,) = find_dates(text, DATELINE)
    assert found.text == span
    assert found.interval.iso() == iso


@pytest.mark.parametrize(
    ("sentence", "span", "iso"),
    [
        ("Les otages ont été libérés dans la soirée du lendemain.",
         "dans la soirée du lendemain", "2025-09-14"),
        ("La matinée de la veille, une patrouille avait été visée.",
         "La matinée de la veille", "2025-09-12"),
        ("The next morning, the hostages were freed.", "The next morning", "2025-09-14"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_after_or_before_the_act_told(sentence: str, span: str, iso: str) -> None:
    # Dates helper s18d8: "dans la matinée du lendemain" was no expression, so the release
    # told with it borrowed the capture's Saturday.
    text = f"Des hommes armés ont attaqué samedi un poste de Boni.\n{sentence}"
    found = {m.text: m.interval.iso() for m in find_dates(text, DATELINE)}
    assert found[span] == iso


@pytest.mark.parametrize(
    ("expression", "iso"),
    [
        ("Midweek", "2025-09-15/2025-09-21"),
        ("mid-week", "2025-09-15/2025-09-21"),
        ("late last week", "2025-09-08/2025-09-14"),
        # Since 0.59.0 the end of the week told of a past act on a Tuesday is last week's:
        # this week's end is yet to come (codebook: a past event is before the dateline).
        ("at the end of the week", "2025-09-08/2025-09-14"),
    ],
)
def test_a_part_of_an_english_week_is_its_week(expression: str, iso: str) -> None:
    # As "en début de semaine": the codebook has no part of a week.
    found = find_dates(f"{expression}, the police closed two markets in Mopti.", DATELINE)
    assert [(m.text, m.interval.iso()) for m in found] == [
        (expression.removeprefix("at the "), iso)
    ]


@pytest.mark.parametrize(
    ("sentence", "span", "iso"),
    [
        ("Trois enseignants, enlevés le 2, ont été relâchés le 9.", "9", "2025-09-09"),
        ("La conférence, ouverte le 14 à Niamey, a pris fin hier.", "14", "2025-09-14"),
        # A day after the dateline's is last month's.
        ("Le camp avait été visé le 28, selon la même source.", "28", "2025-08-28"),
    ],
)
def test_a_day_of_the_month_without_its_month(sentence: str, span: str, iso: str) -> None:
    found = {m.text: m.interval.iso() for m in find_dates(sentence, DATELINE)}
    assert found[span] == iso


@pytest.mark.parametrize(
    "sentence",
    [
        "Le bilan est passé de 11 à 14 morts.",
        "Il a été condamné le 3 à 5 ans de prison.",
        "Le taux est fixé à 2,5 pour le 1,5.",
        "Le score était de 2 à 1.",
    ],
)
def test_numbers_that_are_no_day_of_the_month(sentence: str) -> None:
    assert find_dates(sentence, DATELINE) == []


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        # The eve of an act dated in the sentence before.
        ("Des jeunes ont tenu une marche vendredi à Kaya.\nÀ la veille de la marche, le maire "
         "avait interdit tout rassemblement.", "À la veille", "2025-09-11"),
        # Hours after an act dated after another act of the lead.
        ("Des renforts sont arrivés lundi à Djibo, après l'embuscade tendue samedi près de "
         "Gaskindé.\nTrois heures après l'embuscade, un car a sauté sur une mine.",
         "Trois heures après", "2025-09-13"),
        # An act dated after the sentence that counts from it.
        ("Deux jours après l'explosion, les commerçants ont fermé le marché.\nL'explosion, "
         "survenue jeudi, avait fait trois morts.", "Deux jours après", "2025-09-13"),
        ("Gunmen ambushed a convoy near Léré on Thursday.\nSoldiers arrested two suspects "
         "on the day of the ambush, the army said.", "on the day", "2025-09-11"),
    ],
)  # fmt: skip
def test_a_day_counted_from_the_act_it_names(text: str, span: str, iso: str) -> None:
    found = {m.text: m.interval.iso() for m in find_dates(text, DATELINE)}
    assert found[span] == iso


def test_a_day_counted_from_an_undated_act_is_not_normalised() -> None:
    text = "Une marche est annoncée à Kaya.\nÀ la veille de la marche, le maire a parlé lundi."
    assert [m.text for m in find_dates(text, DATELINE)] == ["lundi"]


@pytest.mark.parametrize(
    ("sentence", "span", "iso"),
    [
        ("Il avait été enlevé en août, avant d'être libéré à la fin du même mois.",
         "fin du même mois", "2025-08-21/2025-08-31"),
        ("Les combats ont repris le 23 juin, après une trêve conclue au début du même mois.",
         "début du même mois", "2025-06-01/2025-06-10"),
        ("He was abducted on 3 June and freed later that month.", "later that month",
         "2025-06"),
    ],
)  # fmt: skip
def test_the_same_month_is_the_month_last_named(sentence: str, span: str, iso: str) -> None:
    # Since 0.17.0.
    found = {m.text: m.interval.iso() for m in find_dates(sentence, DATELINE)}
    assert found[span] == iso


def test_the_same_month_with_no_month_before_is_no_date() -> None:
    assert find_dates("Le même mois, rien ne s'est passé.", DATELINE) == []
