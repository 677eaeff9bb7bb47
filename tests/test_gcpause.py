"""The collector's thresholds while a build runs (``sahel_events.gcpause``): raised for
the build, so that its millions of long-lived objects are not walked hundreds of times,
and given back afterwards, also when the build fails."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sahel_events.errors import InvalidDataError
from sahel_events.gcpause import THRESHOLDS, fewer_collections
from sahel_events.release.build import build_dataset
from tests.test_release_support import add_snapshot, make_project


@pytest.fixture
def default_thresholds() -> Iterator[tuple[int, int, int]]:
    """CPython's own thresholds during the test, whatever the session set."""
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def test_a_build_runs_with_raised_thresholds_and_gives_them_back(
    tmp_path: Path, default_thresholds: tuple[int, int, int]
) -> None:
    project = make_project(tmp_path / "proj")
    add_snapshot(project, "20250901T120000Z")
    seen: list[tuple[int, int, int]] = []
    build_dataset(project, lambda line: seen.append(gc.get_threshold()))
    assert seen and set(seen) == {THRESHOLDS}
    assert gc.get_threshold() == default_thresholds


def test_a_failed_build_gives_the_thresholds_back(
    tmp_path: Path, default_thresholds: tuple[int, int, int]
) -> None:
    project = make_project(tmp_path / "proj")
    snapshot = project.annotations / "sahel-events-20250901T120000Z-x.json"
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    snapshot.write_text(json.dumps([{"id": 1, "data": {}}]) + "\n", encoding="utf-8")
    with pytest.raises(InvalidDataError):
        build_dataset(project)
    assert gc.get_threshold() == default_thresholds


def test_higher_thresholds_set_by_the_caller_are_kept(
    default_thresholds: tuple[int, int, int],
) -> None:
    gc.set_threshold(1_000_000, 5, 500)
    with fewer_collections():
        assert gc.get_threshold() == (1_000_000, THRESHOLDS[1], 500)
        with fewer_collections():  # nested: the outer block's values come back
            assert gc.get_threshold() == (1_000_000, THRESHOLDS[1], 500)
        assert gc.get_threshold() == (1_000_000, THRESHOLDS[1], 500)
    assert gc.get_threshold() == (1_000_000, 5, 500)
