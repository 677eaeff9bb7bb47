"""Pre-annotation 0.56.0: a source named by its kind ("A security source said", "Military
sources said") is anonymous and never the actor of what it reports ("Une source
sécuritaire a indiqué qu'un groupe ... était tombé dans une embuscade"); a dispersal told
after "avant d'être" is an event of its own however the parse hangs it. Each sentence is
written for the test."""

from __future__ import annotations

import pytest

from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_clashsides import _role
from tests.test_preannotate_events import english_document
from tests.test_preannotate_predict import regions
from tests.test_preannotate_territory import _events


@pytest.mark.parametrize(
    "speaker", ["A security source said", "Military sources said", "A local source said"]
)
def test_a_source_named_by_its_kind_is_anonymous(annotator: Preannotator, speaker: str) -> None:
    body = f"{speaker} the attackers set fire to granaries in Tera on Sunday."
    p = next(annotator.predict([english_document(body)]))
    [fire] = [r for r in regions(p).values() if r["text"] == "set fire"]
    # Before 0.56.0 "A security source said" gave a named source, "Military sources"
    # an official one.
    assert fire["attrs"]["factuality_source"] == ["anonymous-source"]


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        (
            "Une source sécuritaire a fait état de frappes aériennes menées lundi contre des "
            "éléments en fuite au nord de Djibo.",
            "frappes aériennes",
        ),
        (
            "Des sources locales ont indiqué qu'une patrouille de volontaires était tombée "
            "mardi dans une embuscade au nord de Pensa.",
            "embuscade",
        ),
    ],
)
def test_a_source_never_acts(annotator: Preannotator, body: str, trigger: str) -> None:
    actors = _role(annotator, body, trigger, "actor", False)
    assert not any("source" in a for a in actors), actors


def test_a_dispersal_after_avant_d_etre_is_an_event(annotator: Preannotator) -> None:
    body = (
        "Les manifestants ont brûlé des pneus et scandé des slogans hostiles à la société "
        "Énergie du Mali, avant d'être dispersés par la gendarmerie."
    )
    found = _events(annotator, body, False)
    # Before 0.56.0 the parse made the dispersal part of the slogans: no event.
    assert found.get("dispersés", {}).get("label") == "ASSAULT", found
    assert _role(annotator, body, "dispersés", "actor", False) == ["la gendarmerie"]


def test_the_departure_that_ends_an_attack_stays_part_of_it(annotator: Preannotator) -> None:
    body = "Les assaillants ont pillé le camp avant de se replier vers la frontière."
    assert "replier" not in _events(annotator, body, False)
