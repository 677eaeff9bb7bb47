"""Pre-annotation 0.67.0, when and where coercive measures and arrests happened.

A measure told as a standing state ("la frontière demeure fermée", "la foire est
toujours fermée", "une ville soumise au blocus des jihadistes", "a curfew ... was in
force", "remains closed") is dated by its own start ("depuis le 1er octobre", "depuis
l'attaque du 15 novembre") or by the order that imposed it ("conformément à l'arrêté du
3 novembre"), never by the saying's day nor by the act of another clause. A suspension
("a été suspendue pendant trois jours", "ont suspendu les passages") is a measure dated
by its own sentence, not the next step of the act told before. Arrests and dispersals of
a crowd take the site it stood at ("rassemblés devant le palais de justice"). Guards: the
act of imposing a measure keeps its day, an extension of a curfew "en vigueur" keeps the
extension's, an arrest told at its own town stays there. Each sentence is written for
the test."""

from __future__ import annotations

from typing import Any

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_dates_063 import _times
from tests.test_preannotate_events import english_document
from tests.test_preannotate_places2_066 import _places
from tests.test_preannotate_precision_061 import _fr


def _days(annotator: Preannotator, doc: dict[str, Any], trigger: str) -> list[str]:
    return [text for text, _ in _times(annotator, doc, trigger)]


# A measure told as a standing state.


def test_a_border_that_remains_closed_takes_no_day_of_another_clause(
    annotator: Preannotator,
) -> None:
    body = (
        "Des bandits ont volé mardi des chameaux près de Bilma. Les échanges entre les deux "
        "capitales restent difficiles depuis la crise de septembre 2024, et la frontière "
        "demeure fermée aux camions."
    )
    assert _days(annotator, _fr(body), "fermée") == []


def test_a_town_under_blockade_takes_not_the_day_its_sources_spoke(
    annotator: Preannotator,
) -> None:
    body = (
        "Des vivres ont été largués jeudi sur Mansila, localité soumise depuis un an au "
        "blocus des jihadistes, ont indiqué vendredi des notables."
    )
    assert _days(annotator, _fr(body), "blocus") == []


def test_a_fair_still_closed_takes_no_day(annotator: Preannotator) -> None:
    body = (
        "Des hommes armés ont incendié samedi des greniers près de Bankass. À Sokoura, le "
        "marché du mercredi est toujours fermé sur ordre des jihadistes."
    )
    assert _days(annotator, _fr(body), "fermé") == []


def test_a_curfew_in_force_takes_not_the_statement_s_day(annotator: Preannotator) -> None:
    doc = english_document(
        "Gunmen raided a police post near Filingue on Friday. The governor said on Saturday "
        "that a curfew from 7 p.m. to 6 a.m. was in force in the department."
    )
    assert _days(annotator, doc, "curfew") == []


def test_a_closure_still_in_force_keeps_its_start(annotator: Preannotator) -> None:
    # Guard: a state's own "depuis" is its start (corpus notes).
    body = (
        "Un motocycliste a été tué jeudi à Kollo. Le marché de bétail de Kollo est fermé "
        "depuis le 5 août sur décision du préfet."
    )
    assert _days(annotator, _fr(body), "fermé") == ["5 août"]


def test_a_ban_restated_keeps_the_day_of_its_order(annotator: Preannotator) -> None:
    # Guard: the order that imposed the ban dates it.
    body = (
        "L'armée a détruit lundi des plots de carburant sur les îles. La pêche reste "
        "interdite de 18 heures à 6 heures sur le fleuve, en vertu d'un arrêté pris le 12 "
        "juillet par le gouverneur."
    )
    assert _days(annotator, _fr(body), "interdite") == ["12 juillet"]


def test_extending_a_curfew_in_force_keeps_the_extension_s_day(annotator: Preannotator) -> None:
    # Guard: "prorogé mardi le couvre-feu en vigueur" is the act of extending it.
    body = (
        "Le gouverneur de Dosso a prorogé mardi d'un mois le couvre-feu en vigueur dans le "
        "département de Gaya, selon un arrêté lu à la radio."
    )
    assert "mardi" in _days(annotator, _fr(body), "couvre-feu")


def test_a_ban_imposed_keeps_its_day(annotator: Preannotator) -> None:
    # Guard: the act of imposing a ban is dated as before.
    body = (
        "Le préfet de Mayahi a interdit jeudi la circulation des tricycles dans le "
        "département, a-t-on appris de source administrative."
    )
    assert _days(annotator, _fr(body), "interdit") == ["jeudi"]


# Suspensions.


def test_a_road_suspended_takes_not_the_day_of_the_shooting_before(
    annotator: Preannotator,
) -> None:
    body = (
        "Samedi soir, des tirs ont visé le commissariat de Boulsa, sans faire de victime.\n"
        "La circulation sur l'axe Boulsa-Fada a été suspendue pendant deux jours par le "
        "gouverneur."
    )
    assert _days(annotator, _fr(body), "suspendue") == []


def test_crossings_suspended_take_not_the_day_of_the_shelling(annotator: Preannotator) -> None:
    body = (
        "Des roquettes sont tombées lundi matin sur le quartier Est de Tiné. Les autorités "
        "ont également suspendu les passages au poste frontalier jusqu'à nouvel ordre."
    )
    assert _days(annotator, _fr(body), "suspendu") == []


# Arrests at a crowd's site.


def test_people_arrested_at_a_rally_before_a_court_are_at_the_court(
    annotator: Preannotator,
) -> None:
    body = (
        "Après le verdict, une centaine de partisans de l'opposant rassemblés devant le "
        "palais de justice ont scandé des slogans hostiles au gouvernement. La police les a "
        "dispersés et a interpellé six personnes."
    )
    assert any("palais de justice" in p for p in _places(annotator, _fr(body), "interpellé"))


def test_an_arrest_told_at_its_own_town_stays_there(annotator: Preannotator) -> None:
    # Guard: an arrest placed by its own sentence keeps its place.
    body = (
        "Des étudiants ont manifesté lundi devant le rectorat de l'université de Niamey. "
        "Mardi, la police a interpellé à Dosso deux de leurs responsables."
    )
    assert _places(annotator, _fr(body), "interpellé") == ["Dosso"]
