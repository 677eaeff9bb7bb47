"""Pre-annotation 0.59.1: an English past in "-ied" is its verb in "-y".

The lexicon matches an English word by a crude stem that drops one ending ("-ed",
"-ing", "-s"); a past in "-ied" lost only its "-ed" ("rallied" → "ralli") and so never
met its verb ("rally"). Since 0.59.1 the stem of such a past is the verb itself. The
sentences are written for the test."""

from __future__ import annotations

import pytest

from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate.ner import analyse
from sahel_events.preannotate.triggers import Lexicon, load_lexicon

from .conftest import REPO


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(load_project_codebook(REPO))


def _triggers(lexicon: Lexicon, text: str) -> dict[str, str]:
    analysis = next(analyse([(text, "en")]))
    return {t.text: t.label for t in lexicon.find_triggers(analysis, "en")}


def test_a_past_in_ied_meets_its_verb(lexicon: Lexicon) -> None:
    # 0.59.0 found no trigger in "rallied": the stem "ralli" is no "rally".
    found = _triggers(lexicon, "Hundreds of traders rallied outside the town hall in Kaya.")
    assert found.get("rallied") == "PROTEST"


def test_a_past_the_lexicon_lists_stays_what_it_was(lexicon: Lexicon) -> None:
    # Guard: "denied" is listed as it is written; its new stem changes nothing.
    found = _triggers(lexicon, "The army denied any involvement in the killings at Sollé.")
    assert found.get("denied") == "REJECT"
