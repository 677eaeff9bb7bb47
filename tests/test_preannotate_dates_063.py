"""Pre-annotation 0.63.0, days of events told in many ways.

An English day of the month by its ordinal, "on the 28th" (the dateline's month, or the
one before when the day is after the dateline's) or "the 12th of March"; "le 28" before
"lorsque"/"quand". The year or month a long state began ("le Niger combat les jihadistes
depuis 2015"), told with an act merged into the lead's in another sentence, is no day of
the lead's act. One ``_NIGHT_WORD`` in dates.py. Guards for the many ways a day is told
(a weekday, a night, "hier", "ce week-end", "le 3 courant", "last Tuesday", "overnight",
"two days ago", "la veille", "the next day") and for what tells none (a duration, "the
deadliest since January"). Each sentence is written for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from sahel_events.preannotate import dates
from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document, titled_document

#: A Thursday early in a month: a day after the 2nd is last month's.
THURSDAY = dt.date(2026, 4, 2)


def _norms(text: str, dateline: dt.date = THURSDAY) -> dict[str, str]:
    """Each expression found in ``text`` -> its norm_date."""
    return {m.text: m.interval.iso() for m in find_dates(text, dateline)}


def _times(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[tuple[str, str]]:
    """(text, norm_date) of each time of the event whose trigger is ``trigger``."""
    result = next(annotator.predict([doc])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    norms = {i["id"]: i["value"]["text"][0] for i in result if i.get("from_name") == "norm_date"}
    events = [i["id"] for i in result if i.get("from_name") == "event"]
    assert trigger in [spans[i]["text"] for i in events], [spans[i]["text"] for i in events]
    return sorted(
        (spans[r["to_id"]]["text"], norms.get(r["to_id"], ""))
        for r in result
        if r.get("type") == "relation"
        and r["labels"] == ["time"]
        and spans[r["from_id"]]["text"] == trigger
    )


def _statuses(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    """The temporal_status choices of the event whose trigger is ``trigger``."""
    result = next(annotator.predict([doc])).result
    ids = {
        i["id"] for i in result if i.get("from_name") == "event" and i["value"]["text"] == trigger
    }
    return [
        c
        for i in result
        if i.get("from_name") == "temporal_status" and i["id"] in ids
        for c in i["value"]["choices"]
    ]


# --- the English ordinal day -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen kidnapped five traders on the 28th near Nioro.", {"28th": "2026-03-28"}),
        ("The post was overrun on the 1st, the army said.", {"1st": "2026-04-01"}),
        ("Militants struck on the 23rd in the town of Diffa.", {"23rd": "2026-03-23"}),
        ("The convoy was ambushed on the 2nd when it left Gao.", {"2nd": "2026-04-02"}),
    ],
)
def test_an_ordinal_day_alone_in_english(text: str, expected: dict[str, str]) -> None:
    # Before 0.63.0 nothing was read.
    assert _norms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers live on the 5th floor of the barracks.",
        "They marked on the 2nd anniversary of the coup.",
        "She came on the 3 roads to Gao.",
    ],
)
def test_an_ordinal_that_is_no_day(text: str) -> None:
    # A guard: a noun after the ordinal, or no ordinal suffix.
    assert _norms(text) == {}


def test_the_ordinal_of_a_month() -> None:
    # Before 0.63.0 "the 12th of March" was no date.
    assert _norms("Soldiers were killed on the 12th of March near Boni.") == {
        "12th of March": "2026-03-12"
    }
    assert _norms("on the 1st of April in Gao") == {"1st of April": "2026-04-01"}


def test_the_ordinal_day_dates_the_english_act(annotator: Preannotator) -> None:
    body = "Gunmen kidnapped five traders on the 21st near the town of Nioro, officials said."
    # The dateline is 24 November 2025.
    assert _times(annotator, english_document(body), "kidnapped") == [("21st", "2025-11-21")]


# --- "le 28" before "lorsque" ------------------------------------------------------------


def test_a_day_alone_before_lorsque() -> None:
    assert _norms("Trois civils ont été tués le 28 lorsque leur véhicule a sauté.") == {
        "28": "2026-03-28"
    }
    assert _norms("Ils ont été enlevés le 30 lorsqu'ils rentraient du marché.") == {
        "30": "2026-03-30"
    }


def test_a_day_with_its_month_stays_whole() -> None:
    # A guard: "a" begins "août", it is no "à" after "le 4".
    assert _norms("le site avait été attaqué le 4 août : trois morts") == {"4 août": "2025-08-04"}


# --- a state's start does not date the lead's act ----------------------------------------


def test_a_state_start_in_another_sentence_is_no_lead_day(annotator: Preannotator) -> None:
    body = (
        "An attack killed 11 civilians in the village of Inates, local sources said.\n"
        "Niger has been fighting jihadist insurgents since 2015.\n"
        "The fighting lasted for several hours."
    )
    doc = english_document(body)
    # Before 0.63.0 the attack was dated 2015 and called historical.
    assert _times(annotator, doc, "attack") == []
    assert _statuses(annotator, doc, "attack") == []


def test_a_state_start_in_french_is_no_lead_day(annotator: Preannotator) -> None:
    body = (
        "Une attaque a tué onze civils dans le village d'Inatès, selon des sources "
        "locales. Le Niger combat des insurgés jihadistes depuis 2015."
    )
    doc = titled_document("Titre", body, "Niamey")
    assert _times(annotator, doc, "attaque") == []
    assert "historical" not in _statuses(annotator, doc, "attaque")


def test_a_state_start_told_with_its_own_act_stays(annotator: Preannotator) -> None:
    body = "Les enseignants observent depuis lundi une grève illimitée à Gao."
    # A guard: a lasting act's own "depuis" is its start.
    assert _times(annotator, titled_document("Titre", body, "Gao"), "grève illimitée") == [
        ("lundi", "2025-09-08")
    ]


# --- _NIGHT_WORD is one ------------------------------------------------------------------


def test_night_word_is_defined_once() -> None:
    source = Path(dates.__file__).read_text(encoding="utf-8")
    assert source.count("\n_NIGHT_WORD = ") == 1
    for word in ("Dans la nuit de", "the night of", "overnight", "NUIT"):
        assert dates._NIGHT_WORD.search(word)
    assert not dates._NIGHT_WORD.search("à minuit")


# --- guards: the many ways a day is told -------------------------------------------------

#: Tuesday 9 September 2025 (the French test documents' dateline).
TUESDAY = dt.date(2025, 9, 9)


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        ("attaqué lundi dernier", "2025-09-08"),
        ("dans la nuit de samedi à dimanche", "2025-09-06/2025-09-07"),
        ("dans la nuit du 3 au 4", "2025-09-03/2025-09-04"),
        ("enlevé avant-hier", "2025-09-07"),
        ("ont manifesté ce week-end", "2025-09-06/2025-09-07"),
        ("le 3 courant", "2025-09-03"),
        ("en début de semaine", "2025-09-08/2025-09-14"),
        ("samedi 30 août", "2025-08-30"),
        ("killed last Tuesday", "2025-09-02"),
        ("two days ago", "2025-09-07"),
        ("le 1er septembre", "2025-09-01"),
    ],
)
def test_days_told_in_many_ways(text: str, norm: str) -> None:
    assert norm in _norms(text, TUESDAY).values()


@pytest.mark.parametrize(
    "text",
    [
        "Les violences ont duré pendant trois jours.",
        "The violence has lasted for two weeks.",
    ],
)
def test_a_duration_is_no_day(text: str) -> None:
    assert _norms(text, TUESDAY) == {}


def test_the_next_day_dates_the_second_act(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué lundi le village de Tongou, tuant sept villageois.\n"
        "Le lendemain, un engin explosif a tué deux soldats près de Boni."
    )
    doc = titled_document("Titre", body, "Mopti")
    assert _times(annotator, doc, "attaqué") == [("lundi", "2025-09-08")]
    assert _times(annotator, doc, "engin explosif") == [("Le lendemain", "2025-09-09")]


def test_the_record_since_january_is_no_day(annotator: Preannotator) -> None:
    body = (
        "Gunmen killed at least 40 people in the village of Seytenga on Saturday, "
        "the deadliest attack in the region since January, officials said."
    )
    assert _times(annotator, english_document(body), "attack") == [("Saturday", "2025-11-22")]


# --- "Les faits se sont produits mardi" ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "trigger", "day"),
    [
        (
            "Un commerçant a été tué par balle dans son magasin à Douentza, selon la "
            "police.\nLes faits se sont produits dimanche en fin de journée.",
            "tué",
            ("dimanche", "2025-09-07"),
        ),
        (
            "Le maire de Dinangourou a été abattu par des hommes armés, a annoncé sa "
            "famille. Les faits remontent à jeudi, selon un proche.",
            "abattu",
            ("jeudi", "2025-09-04"),
        ),
        (
            "Des bandits ont dépouillé les passagers d'un car près de Bourem.\n"
            "Le drame a eu lieu samedi vers 10 heures, a précisé un responsable.",
            "dépouillé",
            ("samedi", "2025-09-06"),
        ),
    ],
)
def test_the_facts_sentence_dates_the_act_before(
    annotator: Preannotator, body: str, trigger: str, day: tuple[str, str]
) -> None:
    # Before 0.63.0 the act had no time: "les faits" names no act to merge.
    assert _times(annotator, titled_document("Titre", body, "Mopti"), trigger) == [day]


def test_the_incident_sentence_in_english(annotator: Preannotator) -> None:
    body = (
        "A trader was shot dead in his shop in the town of Dori by two gunmen, police "
        "said.\nThe incident happened on Friday evening, a relative said."
    )
    assert _times(annotator, english_document(body), "shot dead") == [
        ("Friday evening", "2025-11-21")
    ]


def test_the_facts_sentence_keeps_a_day_already_told(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué mardi le village de Tongou, tuant six personnes.\n"
        "Les faits se sont produits vers 17 heures, selon un élu."
    )
    # A guard: the act's own day stays.
    assert _times(annotator, titled_document("Titre", body, "Mopti"), "attaqué") == [
        ("mardi", "2025-09-09")
    ]


# --- a past act dated by a bare year is not the news told before -------------------------


def test_a_bare_year_act_in_another_sentence_is_another_event(annotator: Preannotator) -> None:
    body = (
        "An attack killed 11 civilians in the village of Inates, local sources said.\n"
        "In 2019, the same village was hit by an attack that killed 71 soldiers."
    )
    result = next(annotator.predict([english_document(body)])).result
    events = {i["id"]: i["value"]["start"] for i in result if i.get("from_name") == "event"}
    historical = {
        events[i["id"]]
        for i in result
        if i.get("from_name") == "temporal_status" and "historical" in i["value"]["choices"]
    }
    lead, past = sorted(events.values())  # before 0.63.0 one event, dated 2019
    assert historical == {past}
    assert lead not in historical


def test_a_past_year_told_with_the_same_place_in_french(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont attaqué le village de Solhan, tuant cinq personnes.\n"
        "En 2021, une attaque contre ce même village avait fait plus de 130 morts."
    )
    # A guard: two events, the lead undated.
    doc = titled_document("Titre", body, "Dori")
    assert _times(annotator, doc, "attaqué") == []


# --- a weekday with its day's number ---------------------------------------------------

#: Friday 20 March 2026.
FRIDAY = dt.date(2026, 3, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le poste a été attaqué le jeudi 5, selon l'armée.", {"jeudi 5": "2026-03-05"}),
        ("Des tirs ont visé le marché mercredi 4 à Gao.", {"mercredi 4": "2026-03-04"}),
        ("Ils ont été enlevés vendredi 27, selon un élu.", {"vendredi 27": "2026-02-27"}),
        ("Gunmen struck on Thursday, the 19th, near Dori.", {"Thursday, the 19th": "2026-03-19"}),
    ],
)
def test_a_weekday_with_its_number(text: str, expected: dict[str, str]) -> None:
    # Before 0.63.0 the weekday alone: the last such day (19 March for "jeudi").
    assert _norms(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number of people, not a day.
        ("Jeudi 5 soldats ont été tués près de Boni.", {"Jeudi": "2026-03-19"}),
        # The number is no Thursday of this month or the last: the weekday alone.
        ("Attaqué jeudi 6, selon l'armée.", {"jeudi": "2026-03-19"}),
    ],
)
def test_a_weekday_whose_number_is_no_day(text: str, expected: dict[str, str]) -> None:
    assert _norms(text, FRIDAY) == expected


# --- the subject, the time, then the verb of saying (wire English) -----------------------


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        (
            "The JNIM group on Wednesday claimed responsibility for an attack on a "
            "gendarmerie post in the town of Fada N'Gourma.",
            "attack",
        ),
        (
            "The Malian army on Monday said air strikes had killed about 20 militants "
            "near the town of Niono.",
            "air strikes",
        ),
    ],
)
def test_the_saying_day_before_its_verb(annotator: Preannotator, body: str, trigger: str) -> None:
    # Before 0.63.0 the claim's (the statement's) day was the act's.
    assert _times(annotator, english_document(body), trigger) == []


def test_the_act_day_before_its_own_verb(annotator: Preannotator) -> None:
    body = "Gunmen on Sunday attacked the village of Kourfa, killing four herders."
    # A guard: the verb after the time is the act's own.
    assert _times(annotator, english_document(body), "attacked") == [("Sunday", "2025-11-23")]


# --- the day a toll was counted --------------------------------------------------------


def test_the_day_a_toll_was_established_is_not_the_attack(annotator: Preannotator) -> None:
    body = (
        "Un nouveau bilan établi lundi fait état de 25 morts dans l'attaque qui a visé "
        "des habitants de Barsalogho, selon des sources sécuritaires."
    )
    # Before 0.63.0 the count's Monday was the attack's.
    assert _times(annotator, titled_document("Titre", body, "Kaya"), "attaque") == []


def test_the_toll_of_an_attack_on_its_day(annotator: Preannotator) -> None:
    body = "L'attaque de lundi contre le village de Foubé a fait 25 morts, selon un élu."
    # A guard: the attack's own day.
    assert _times(annotator, titled_document("Titre", body, "Kaya"), "attaque") == [
        ("lundi", "2025-09-08")
    ]


def test_a_bare_year_act_after_a_state_start(annotator: Preannotator) -> None:
    body = (
        "An attack killed 11 civilians in the village of Inates, local sources said.\n"
        "Niger has been fighting jihadist insurgents since 2015. In 2019, the same village "
        "was hit by an attack that killed 71 soldiers."
    )
    result = next(annotator.predict([english_document(body)])).result
    spans = {i["id"]: i["value"] for i in result if i.get("type") == "labels"}
    events = sorted((i["value"]["start"], i["id"]) for i in result if i.get("from_name") == "event")
    # The state merged into the news does not date it, nor keep the 2019 attack in it.
    assert len(events) == 2
    lead = events[0][1]
    assert [
        spans[r["to_id"]]["text"]
        for r in result
        if r.get("type") == "relation" and r["from_id"] == lead and r["labels"] == ["time"]
    ] == []
