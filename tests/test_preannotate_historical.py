"""Events recalled as background get temporal_status historical (codebook: more than
twelve months before the dateline), those of the news period keep the default."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate.historical import last_day
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import titled_document

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def annotator() -> Preannotator:
    return Preannotator(load_project_codebook(REPO))


@pytest.mark.parametrize(
    ("norm", "expected"),
    [
        ("2022", dt.date(2022, 12, 31)),
        ("2024-02", dt.date(2024, 2, 29)),
        ("2025-12", dt.date(2025, 12, 31)),
        ("2025-02-24/2025-03-02", dt.date(2025, 3, 2)),
        ("2025-03-03", dt.date(2025, 3, 3)),
        ("not a date", None),
    ],
)
def test_last_day_of_a_norm_date(norm: str, expected: dt.date | None) -> None:
    assert last_day(norm) == expected


def _statuses(annotator: Preannotator, body: str) -> dict[str, list[str]]:
    """Each suggested event's trigger text -> its temporal_status choices (none: past)."""
    result = next(annotator.predict([titled_document("Titre", body)])).result
    events = {i["id"]: i["value"]["text"] for i in result if i.get("from_name") == "event"}
    out = {text: [] for text in events.values()}
    for i in result:
        if i.get("from_name") == "temporal_status" and i.get("id") in events:
            out[events[i["id"]]] = i["value"]["choices"]
    return out


def test_an_act_dated_years_before_the_dateline_is_historical(annotator: Preannotator) -> None:
    body = (
        "Les deux otages italiens enlevés en 2022 près de Téra ont été libérés samedi et "
        "remis aux autorités nigériennes."
    )
    statuses = _statuses(annotator, body)
    assert statuses["enlevés"] == ["historical"]
    assert statuses["libérés"] == []  # Saturday: the news period


def test_an_act_of_last_month_is_not_historical(annotator: Preannotator) -> None:
    body = "Les deux otages enlevés en janvier près de Téra ont été libérés samedi."
    statuses = _statuses(annotator, body)
    assert statuses["enlevés"] == []
