"""Pre-annotation 0.69.0, second round of dates: a state running "since the attack".

A flight or a closure told as going on "since the attack", "since the strike", "since the
raid" or "since the ambush" (nothing after the act's noun) takes the day of the act the
article told first, the English wires' reading of the codebook notes. The traps: an act
named with its own words after the noun ("since the attack on the garrison in March"),
an act whose day is never told, the French "depuis l'attaque" (not marked by the French
gold), and a later sentence dating the statement about the act rather than the act.
Each sentence is written for the test."""

from __future__ import annotations

import datetime as dt

from sahel_events.preannotate.dates import find_dates
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _times
from tests.test_preannotate_events import english_document, titled_document

_DATELINE = dt.date(2025, 11, 24)  # a Monday


def _since(text: str) -> list[tuple[str, str]]:
    """(text, first day) of each time of ``text`` that starts with "since"."""
    return [
        (m.text, m.interval.start.isoformat())
        for m in find_dates(text, _DATELINE)
        if m.text.lower().startswith("since")
    ]


def test_since_the_attack_takes_the_attacks_day() -> None:
    text = (
        "Gunmen attacked the village of Torodi on Saturday, killing six people.\n"
        "Hundreds of people have fled to Say since the attack, residents said."
    )
    assert _since(text) == [("since the attack", "2025-11-22")]


def test_since_the_raid_at_a_sentence_start() -> None:
    text = (
        "Militants raided a gold mine near Makalondi on Thursday.\n"
        "Since the raid, most miners have left the site."
    )
    assert _since(text) == [("Since the raid", "2025-11-20")]


def test_since_takes_the_first_act_told_not_the_statements_day() -> None:
    text = (
        "Jihadists attacked a camp near Ayorou on Saturday, killing four soldiers. "
        "The attack began before dawn, the army said in a statement read late on Sunday.\n"
        "Dozens of families have left Ayorou since the attack."
    )
    assert _since(text) == [("since the attack", "2025-11-22")]


def test_guard_since_an_attack_with_its_own_words() -> None:
    text = (
        "Gunmen attacked a market near Menaka on Saturday.\n"
        "Since the attack on the garrison in March, residents have lived in fear."
    )
    assert _since(text) == []


def test_guard_since_an_attack_never_dated() -> None:
    text = "Gunmen attacked a market near Menaka.\nTraders have stayed away since the attack."
    assert _since(text) == []


def test_guard_french_depuis_l_attaque_is_not_a_time() -> None:
    text = (
        "Des hommes armés ont attaqué samedi le village de Boni.\n"
        "Depuis l'attaque, les habitants ont fui vers Douentza."
    )
    assert not any("attaque" in m.text for m in find_dates(text, _DATELINE))


def test_flight_since_the_attack_is_dated_by_the_attack(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen attacked the village of Torodi on Saturday, killing six civilians, a local "
        "official said.\nHundreds of residents have fled to Say since the attack, the "
        "official said."
    )
    # Before 0.69.0 no day: "since the attack" was not read.
    assert _times(annotator, doc, "fled") == [("since the attack", "2025-11-22")]


def test_closure_since_the_ambush_is_dated_by_the_ambush(annotator: Preannotator) -> None:
    doc = english_document(
        "Jihadists ambushed a convoy of traders near Sebba on Friday, killing eight, "
        "security sources said.\nTraders said the road to Sebba had been closed since the "
        "ambush."
    )
    assert _times(annotator, doc, "closed") == [("since the ambush", "2025-11-21")]


def test_guard_french_flight_since_the_attack_borrows_no_since_time(
    annotator: Preannotator,
) -> None:
    doc = titled_document(
        "Boni",
        "Des hommes armés ont attaqué samedi le village de Boni.\n"
        "Depuis l'attaque, des centaines d'habitants ont fui vers Douentza.",
    )
    assert all("Depuis" not in t for t, _ in _times(annotator, doc, "fui"))


# A numbered point of a communiqué tells its own happening.


def test_point_without_a_day_borrows_not_the_point_before(annotator: Preannotator) -> None:
    doc = titled_document(
        "Communiqué de l'armée",
        "L'état-major a publié mercredi soir un communiqué sur les opérations de la "
        "semaine.\n"
        "« 1. Le lundi 1er septembre, une patrouille a été attaquée près de Boni. La riposte "
        "a permis de neutraliser six assaillants.\n"
        "2. Le mardi 2 septembre, une unité a interpellé quatre suspects à Hombori.\n"
        "3. Les corps découverts près de Douentza sont ceux de deux bouviers tués par les "
        "terroristes. »",
    )
    # Before 0.69.0 the point before's Tuesday.
    assert _times(annotator, doc, "tués") == []


def test_point_without_a_day_borrows_not_the_lead(annotator: Preannotator) -> None:
    doc = titled_document(
        "Communiqué",
        "L'armée a rendu public jeudi un communiqué en trois points.\n"
        "1. Le 3 septembre, des terroristes ont attaqué le poste de Kangalom.\n"
        "2. Le 4 septembre, l'aviation a frappé une base près de Kaiga.\n"
        "3. Ont été saisis au cours de ces opérations : 30 fusils et 12 motos.",
    )
    assert _times(annotator, doc, "saisis") == []


def test_guard_point_with_its_own_day_keeps_it(annotator: Preannotator) -> None:
    doc = titled_document(
        "Communiqué",
        "L'armée a rendu public jeudi un communiqué en trois points.\n"
        "1. Le 3 septembre, des terroristes ont attaqué le poste de Kangalom.\n"
        "2. Le 4 septembre, une patrouille a interpellé cinq suspects à Bol.",
    )
    assert _times(annotator, doc, "interpellé") == [("4 septembre", "2025-09-04")]


def test_guard_a_paragraph_of_no_point_still_borrows(annotator: Preannotator) -> None:
    doc = titled_document(
        "Boni",
        "Des hommes armés ont attaqué samedi le village de Boni.\n"
        "Les assaillants ont ensuite incendié l'école du village.",
    )
    assert _times(annotator, doc, "incendié") == [("samedi", "2025-09-06")]


def test_a_part_of_the_same_day_in_the_next_point(annotator: Preannotator) -> None:
    doc = titled_document(
        "Communiqué",
        "L'armée a rendu public jeudi un communiqué.\n"
        "1. Le mercredi 3 septembre, des terroristes ont attaqué le poste de Kangalom.\n"
        "2. Dans la soirée du même jour, l'aviation a frappé une colonne près de Kaiga.",
    )
    # Before 0.69.0 "Dans la soirée du même jour" was not read.
    assert _times(annotator, doc, "frappé") == [("Dans la soirée du même jour", "2025-09-03")]


def test_evening_of_the_same_day_in_english() -> None:
    text = "Gunmen attacked Torodi on Saturday.\nIn the evening of the same day, troops arrived."
    assert [(m.text, m.interval.start.isoformat()) for m in find_dates(text, _DATELINE)][-1] == (
        "In the evening of the same day",
        "2025-11-22",
    )


def test_guard_a_tally_point_keeps_the_point_before(annotator: Preannotator) -> None:
    doc = titled_document(
        "Communiqué",
        "L'armée a rendu public jeudi un communiqué.\n"
        "1. Le 3 septembre, des terroristes ont attaqué le poste de Kangalom. Ils ont été "
        "repoussés.\n"
        "2. Bilan provisoire : dix terroristes neutralisés. Des armes et six motos ont été "
        "récupérées.",
    )
    assert _times(annotator, doc, "récupérées") == [("3 septembre", "2025-09-03")]
