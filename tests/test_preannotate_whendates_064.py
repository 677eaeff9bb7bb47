"""Pre-annotation 0.64.0, whose day a time is when the press tells it beside other acts.

A time that hangs from a past participle modifying a noun other than the trigger ("l'or
extrait dans la journée", "une mise en demeure adressée en août", "un recensement
effectué le 5 septembre") tells when that thing was done, not the clause's act: it is
no longer the act's day. Guards: the day of a document ("un communiqué publié lundi"),
of a decree that makes the act ("par un arrêté signé lundi"), "des groupes armés depuis
2022", and a present participle of the clause's actors keep their day. French "plus tôt
dans la semaine" and "plus tôt dans le mois" and English "earlier in the month" are
read. In English, an act told after a bare "after" with a clause or noun of its own
("on Saturday after a trader was killed") does not take the main clause's day; "after
looting" still does. A release told next ("interpellés puis relâchés dans la soirée")
keeps a time of its own phrase. An English threat made in a message ("In a video posted
on Friday, the group threatened") takes the message's day. The two rules of eventtime.py
for a verb of saying right after a time are one (no change in output). Each sentence is
written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _times
from tests.test_preannotate_events import english_document, titled_document

#: A Thursday early in a month.
THURSDAY = dt.date(2026, 4, 2)


def _norms(text: str, dateline: dt.date = THURSDAY) -> dict[str, str]:
    """Each expression found in ``text`` -> its norm_date."""
    return {m.text: m.interval.iso() for m in find_dates(text, dateline)}


# --- a time in the participle of another noun (dateline Tuesday 9 September 2025) -------


def test_a_time_of_what_was_taken_is_not_the_taking(annotator: Preannotator) -> None:
    doc = titled_document(
        "Site d'orpaillage attaqué",
        "Des hommes armés ont attaqué lundi soir un site d'orpaillage près de Kalsaka. "
        "Les assaillants ont incendié des hangars et emporté l'or extrait dans la journée.",
    )
    # Before 0.64.0 "dans la journée" (of the extraction) dated the looting.
    assert all(text != "dans la journée" for text, _ in _times(annotator, doc, "emporté"))


def test_a_notice_sent_in_a_month_does_not_date_the_reproach(annotator: Preannotator) -> None:
    doc = titled_document(
        "Mines : le ministère hausse le ton",
        "Le ministère des Mines reproche à la société de ne pas avoir payé ses taxes, "
        "malgré une mise en demeure adressée en août.",
    )
    # Before 0.64.0 August (the notice's month) was the reproach's.
    assert _times(annotator, doc, "reproche") == []


def test_the_day_of_a_count_is_not_the_flight(annotator: Preannotator) -> None:
    doc = titled_document(
        "Déplacements vers Kaya",
        "Environ 800 personnes ont quitté leurs villages près de Kaya, selon un recensement "
        "effectué le 5 septembre par des ONG.",
    )
    # Before 0.64.0 the count's 5 September dated the flight.
    assert _times(annotator, doc, "quitté") == []


# --- guards: what the rule must leave alone --------------------------------------------


def test_a_communique_published_on_a_day_still_dates_the_condemnation(
    annotator: Preannotator,
) -> None:
    # Guard: a document's participle ("publié") is a verb of saying, whose day the
    # statement rules weigh; a condemnation is made by its communiqué.
    doc = titled_document(
        "Le syndicat proteste",
        "Dans un communiqué publié lundi, le syndicat des enseignants a condamné "
        "l'arrestation de son secrétaire général à Ségou.",
    )
    assert _times(annotator, doc, "condamné") == [("lundi", "2025-09-08")]


def test_a_decree_signed_on_a_day_dates_the_ban_it_renews(annotator: Preannotator) -> None:
    # Guard: the participle of a text that makes the act ("signé") keeps its day.
    doc = titled_document(
        "Circulation des motos",
        "Le gouverneur de la région du Sahel a reconduit, par un arrêté signé lundi, "
        "l'interdiction de circulation des motos dans la province du Soum.",
    )
    assert _times(annotator, doc, "interdiction") == [("lundi", "2025-09-08")]


def test_armed_groups_do_not_take_the_blockade_start(annotator: Preannotator) -> None:
    # Guard: "armés" is a name's participle, from which the parse hangs the clause's time.
    doc = titled_document(
        "Djibo sous blocus",
        "La ville de Djibo vit sous le blocus imposé par des groupes armés depuis février 2022.",
    )
    assert _times(annotator, doc, "blocus") == [("février 2022", "2022-02")]


def test_a_present_participle_keeps_the_raid_day(annotator: Preannotator) -> None:
    # Guard: "tuant" tells what the raiders did, whatever noun the parse hangs it from.
    doc = titled_document(
        "Attaque à Bourra",
        "Des jihadistes ont attaqué le village de Bourra, tuant cinq civils dimanche soir.",
    )
    assert _times(annotator, doc, "attaqué") == [("dimanche soir", "2025-09-07")]


# --- "plus tôt dans la semaine" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plus tôt dans la semaine, les commerçants avaient fermé leurs boutiques.",
            {"Plus tôt dans la semaine": "2026-03-30/2026-04-05"},
        ),
        (
            "Plus tôt dans le mois, un convoi avait été attaqué près de Boni.",
            {"Plus tôt dans le mois": "2026-04"},
        ),
        (
            "Earlier in the month, gunmen had attacked a checkpoint near Tera.",
            {"Earlier in the month": "2026-04"},
        ),
    ],
)
def test_earlier_in_the_week_or_month(text: str, expected: dict[str, str]) -> None:
    # Before 0.64.0 nothing was read.
    assert _norms(text) == expected


def test_earlier_in_the_week_dates_the_act(annotator: Preannotator) -> None:
    doc = titled_document(
        "Grève à Kayes",
        "Les jeunes ont manifesté lundi à Kayes contre les coupures d'électricité. Plus tôt "
        "dans la semaine, les commerçants du marché central avaient fermé leurs boutiques.",
    )
    assert _times(annotator, doc, "fermé") == [
        ("Plus tôt dans la semaine", "2025-09-08/2025-09-14")
    ]


# --- English: an act told after a bare "after" with a clause of its own ----------------


def test_an_act_after_after_does_not_take_the_main_clause_day(annotator: Preannotator) -> None:
    doc = english_document(
        "Villagers burned a police post in Mangaize on Saturday after a trader was killed "
        "by unknown men, a local official said."
    )
    # Before 0.64.0 the beating took Saturday, the day of the burning it led to.
    assert _times(annotator, doc, "burned") == [("Saturday", "2025-11-22")]
    assert _times(annotator, doc, "killed") == []


def test_a_gerund_after_after_shares_the_day(annotator: Preannotator) -> None:
    # Guard: "after looting" goes on with the same raiders, on the same day.
    doc = english_document(
        "Gunmen set fire to the health centre in Tamou on Saturday after looting its pharmacy."
    )
    assert _times(annotator, doc, "looting") == [("Saturday", "2025-11-22")]


# --- a release told next with a time of its own ----------------------------------------


def test_a_release_told_next_keeps_its_own_time(annotator: Preannotator) -> None:
    doc = titled_document(
        "Marche à Maradi",
        "La police a dispersé lundi une marche de commerçants à Maradi. Six manifestants "
        "ont été interpellés puis relâchés dans la soirée, selon leur avocat.",
    )
    # Before 0.64.0 a release after "puis" took no day, even one told right after it.
    assert _times(annotator, doc, "relâchés") == [("dans la soirée", "2025-09-08")]


def test_a_release_told_next_without_a_time_takes_none(annotator: Preannotator) -> None:
    # Guard: "enlevés le 3 septembre puis relâchés contre rançon": the capture's day is
    # not the release's.
    doc = titled_document(
        "Otages libérés",
        "Deux commerçants avaient été enlevés le 3 septembre près de Douentza puis relâchés "
        "contre rançon.",
    )
    assert _times(annotator, doc, "relâchés") == []


# --- English: a threat made by a message released on a day ------------------------------


def test_an_english_threat_takes_its_message_day(annotator: Preannotator) -> None:
    doc = english_document(
        "In a video posted on Friday, the group threatened to attack convoys on the Gao road."
    )
    # Before 0.64.0 the video's Friday was judged a saying's, and the threat had no day.
    assert _times(annotator, doc, "threatened") == [("Friday", "2025-11-21")]


def test_an_act_told_in_a_video_does_not_take_its_day(annotator: Preannotator) -> None:
    # Guard: only the threat is made by the message; an attack it tells is not of its day.
    doc = english_document(
        "In a video posted on Friday, the group said its fighters had attacked an army post "
        "near Tera."
    )
    assert _times(annotator, doc, "attacked") == []


def test_an_act_told_in_a_relative_clause_on_a_dated_attack_takes_its_day(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Exécutions à Nara : une association accuse",
        "Une association a accusé lundi des miliciens d'avoir exécuté neuf bergers à Nara. "
        "Elle relie ces exécutions à l'assaut subi mercredi 3 septembre par un poste de "
        "gendarmerie à Dioura, au cours duquel quatre gendarmes avaient été tués.",
    )
    # The participle's day is the assault's, and the killing is that assault's. Where
    # the parser does not hang the relative clause from its noun, the rule on another
    # noun's participle took the day off the killing, which then merged into the
    # executions (dev fr262); the relative pronoun now says whose day it is.
    assert _times(annotator, doc, "tués") == [("mercredi 3 septembre", "2025-09-03")]
