"""Events recalled as background get temporal_status historical (codebook: more than
twelve months before the dateline), those of the news period keep the default."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_events.preannotate.dates import last_day
from sahel_events.preannotate.predict import Preannotator
from tests.test_preannotate_events import titled_document


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


@pytest.mark.parametrize(
    ("body", "trigger"),
    [
        (
            "Djibo, une ville soumise à un blocus des groupes armés, a reçu un convoi lundi.",
            "blocus",
        ),
        (
            "RFI et France 24 sont suspendues au Mali depuis mars 2022, a rappelé lundi la HAC.",
            "suspendues",
        ),
        (
            "Le gouverneur rappelle que la circulation des motos reste interdite de 19 heures "
            "à 6 heures.",
            "interdite",
        ),
        (
            "Plus de 4 000 personnes sont arrivées à Djibo, fuyant les exactions de groupes armés.",
            "fuyant",
        ),
    ],
)
def test_what_goes_on_at_the_dateline_is_ongoing(
    annotator: Preannotator, body: str, trigger: str
) -> None:
    assert _statuses(annotator, body)[trigger] == ["ongoing"]


@pytest.mark.parametrize(
    ("body", "trigger", "status"),
    [
        # A flight told in the past tense happened, however recent.
        ("Depuis jeudi, de nombreuses familles ont quitté Tori pour Bankass.", "quitté", []),
        # "depuis" counts from the act: its start, not a lasting act.
        (
            "Depuis le coup d'État de juillet 2023, plusieurs médias étrangers ont été suspendus.",
            "coup d'État",
            ["historical"],
        ),
        # Not released: no release going on.
        ("Les deux otages n'ont toujours pas été libérés, selon leurs proches.", "libérés", []),
    ],
)
def test_what_happened_is_not_ongoing(
    annotator: Preannotator, body: str, trigger: str, status: list[str]
) -> None:
    assert _statuses(annotator, body).get(trigger, []) == status
