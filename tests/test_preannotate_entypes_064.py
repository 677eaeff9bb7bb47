"""Pre-annotation 0.64.0, English triggers of the wrong type and acts that were missed.

English is read without a parser, so the words around a trigger tell its type from
closed word classes. "Striking" used as an adjective ("striking teachers", "Striking
nurses") names people on a labour strike: PROTEST strike, not an attack; so is a bare
"strike" in an article that tells a labour strike and no aircraft. One adjective may
stand between a preposition or an article and the noun ending a phrase ("came under
heavy fire"). Troops who "rescued" captives keep their AID (codebook: a hostage rescue is
AID), as troops who "freed" them did. A person "taken away" after an arrest in the same
sentence is that arrest, no seizure of its own. Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import english_document
from tests.test_preannotate_findacts_064 import _events, _labels

# Labour strikes.


def test_striking_teachers_are_on_strike(annotator: Preannotator) -> None:
    body = "Hundreds of striking teachers marched in Zinder on Tuesday to demand their bonuses."
    # Before 0.64.0 "striking" was an ASSAULT.
    assert ("PROTEST", "strike", "striking") in _events(annotator, english_document(body))
    assert "ASSAULT" not in _labels(annotator, english_document(body))


def test_striking_at_the_start_of_a_sentence(annotator: Preannotator) -> None:
    body = "Striking nurses closed the wards of the Maradi hospital on Monday."
    assert _events(annotator, english_document(body))[:1] == [("PROTEST", "strike", "Striking")]


def test_a_possessive_before_striking(annotator: Preannotator) -> None:
    body = "Chad's striking magistrates suspended all hearings in Abéché on Monday."
    assert "ASSAULT" not in _labels(annotator, english_document(body))


def test_the_strike_of_a_labour_article(annotator: Preannotator) -> None:
    body = (
        "Striking dockers stayed home in Cotonou on Monday. The union began the strike "
        "after talks on wages failed."
    )
    # Before 0.64.0 "the strike" was an attack.
    assert "ASSAULT" not in _labels(annotator, english_document(body))


def test_drones_striking_positions_stay_an_attack(annotator: Preannotator) -> None:
    # Trap: "striking" with an object after it is the verb of an attack.
    body = "Army drones were striking militant positions near Tessit on Sunday, the army said."
    assert "ASSAULT" in _labels(annotator, english_document(body))
    assert "PROTEST" not in _labels(annotator, english_document(body))


def test_a_bare_strike_after_an_air_strike_stays_an_attack(annotator: Preannotator) -> None:
    # Trap: "the strike" of an article that tells an air strike is that air strike, even
    # when a union's strike is told too.
    body = (
        "Striking bakers closed their shops in Gao on Monday. Separately, an air strike hit "
        "a militant camp near Ber; the strike killed 12 fighters, the army said."
    )
    events = _events(annotator, english_document(body))
    assert ("PROTEST", "strike", "Striking") in events
    assert "ASSAULT" in [label for label, _, _ in events]


# An adjective inside a phrase.


def test_came_under_heavy_fire(annotator: Preannotator) -> None:
    body = "A gendarmerie patrol came under heavy fire near Makalondi on Sunday."
    # Before 0.64.0 no event: "heavy" broke "came under fire".
    assert _events(annotator, english_document(body)) == [
        ("ASSAULT", "firearms", "came under heavy fire")
    ]


def test_came_under_fierce_fire_after_a_bomb(annotator: Preannotator) -> None:
    body = "The convoy came under fierce fire after a bomb hit a truck near Tera on Monday."
    assert ("ASSAULT", "firearms", "came under fierce fire") in _events(
        annotator, english_document(body)
    )


def test_a_hunger_strike_outranks_the_adjective_gap(annotator: Preannotator) -> None:
    # Trap: "hunger" is no adjective of "on strike": the longer-scored phrase wins.
    body = "Twenty detainees went on hunger strike in Niamey's civil prison on Monday."
    assert ("PROTEST", "hunger", "hunger strike") in _events(annotator, english_document(body))


# Rescues and arrests.


def test_troops_who_rescued_captives_give_aid(annotator: Preannotator) -> None:
    body = "Chadian troops rescued four kidnapped herders near Bol on Sunday, the army said."
    # Before 0.64.0 the rescue was dropped as troops sent (no aid).
    assert ("AID", "", "rescued") in _events(annotator, english_document(body))


def test_taken_away_after_an_arrest_is_the_arrest(annotator: Preannotator) -> None:
    body = "Police arrested a blogger in Agadez on Monday and took him away in a pickup."
    # Before 0.64.0 "took him away" was a COERCE seize of its own.
    assert _events(annotator, english_document(body)) == [("COERCE", "arrest", "arrested")]


def test_goods_taken_away_stay_a_seizure(annotator: Preannotator) -> None:
    # Trap: goods carried off are a seizure even after an abduction.
    body = "Gunmen abducted a trader near Ayorou on Monday and took away his motorcycles."
    assert ("COERCE", "seize", "took away") in _events(annotator, english_document(body))
