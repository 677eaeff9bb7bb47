"""Pre-annotation collects garbage less often while it runs, and gives the collector's
thresholds back when it ends, however it ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate.gcpace import YOUNG_THRESHOLD, fewer_collections
from sahel_events.preannotate.predict import Preannotator

from .conftest import REPO

TEXT = "Des hommes armés ont attaqué lundi le poste de Ménaka, tuant douze soldats."


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    """The process' thresholds, put back after the test whatever it did."""
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)


def test_the_young_generation_is_larger_inside_and_as_before_after(
    thresholds: tuple[int, int, int],
) -> None:
    gc.set_threshold(700, 10, 10)
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("a document the rules choke on")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_process_that_collects_less_often_or_never_keeps_its_setting(
    thresholds: tuple[int, int, int],
) -> None:
    gc.set_threshold(50_000, 20, 30)
    with fewer_collections():
        assert gc.get_threshold() == (50_000, 20, 30)
    gc.set_threshold(0, 10, 10)  # automatic collection off
    with fewer_collections():
        assert gc.get_threshold() == (0, 10, 10)
    assert gc.get_threshold() == (0, 10, 10)


def test_overlapping_pre_annotations_give_the_thresholds_back_when_the_last_ends(
    thresholds: tuple[int, int, int],
) -> None:
    gc.set_threshold(700, 10, 10)
    annotator = Preannotator(load_project_codebook(REPO))
    docs = [
        {"doc_id": f"d{i}", "text": TEXT, "language": "fr", "dateline_date": "2025-09-16"}
        for i in range(3)
    ]
    first, second = annotator.predict(docs), annotator.predict(docs)
    assert next(first).result and next(second).result
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert len(list(first)) == 2  # the first ends; the second is still under way
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    second.close()  # a caller that stops early
    assert gc.get_threshold() == (700, 10, 10)
