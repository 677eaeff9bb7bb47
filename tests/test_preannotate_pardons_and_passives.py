"""Pre-annotation 0.56.0: an English pardon is a concession; an act a relative clause
tells of the people named ("70 rebels who were sentenced") is not done by the main
clause's subject; an English passive names its agent after "by" or not at all ("the
offensive in which his father was killed"). Each sentence is written for the test."""

from __future__ import annotations

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_territory import _events

_PARDON = (
    "The president has pardoned 70 members of a rebel group who were sentenced to life in "
    "prison over an offensive in which his father was killed, the presidency said."
)


def test_an_english_pardon_is_a_concession(annotator: Preannotator) -> None:
    # Before 0.56.0 "pardon" was in no entry of the lexicon.
    assert _events(annotator, _PARDON, True)["pardoned"]["label"] == "CONCEDE"
    assert _role(annotator, _PARDON, "pardoned", "actor", True) == ["The president"]


def test_who_pardons_did_not_sentence_nor_kill(annotator: Preannotator) -> None:
    # Before 0.56.0 the president was the sentencing's and the killing's actor.
    assert _role(annotator, _PARDON, "sentenced", "actor", True) == []
    found = _events(annotator, _PARDON, True)
    killing = next(k for k in ("killed", "offensive") if k in found)
    assert _role(annotator, _PARDON, killing, "actor", True) == []


def test_troops_deployed_in_the_passive_still_moved(annotator: Preannotator) -> None:
    body = "Riot police were deployed in the capital on Monday, the ministry said."
    assert _role(annotator, body, "deployed", "actor", True) == ["Riot police"]
