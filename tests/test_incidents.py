"""Candidate links between reports of one happening in several articles, by rule."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from sahel_events.codebook import Codebook, load_project_codebook
from sahel_events.incidents import (
    NEARBY_KM,
    ConfirmedLink,
    candidate_links,
    distance_km,
    incident_id,
    incidents_table,
)
from sahel_events.tables import check_incidents
from tests.clirunner import run_cli

REPO = Path(__file__).resolve().parents[1]
GAO = (16.27, -0.04)
NEAR_GAO = (16.30, 0.05)  # about 10 km away
MENAKA = (15.92, 2.40)  # about 260 km away


def row(event_id: str, doc_id: str, **values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "event_id": event_id,
        "doc_id": doc_id,
        "event_type": "ASSAULT",
        "date_start": dt.date(2025, 8, 12),
        "date_end": dt.date(2025, 8, 12),
        "latitude": GAO[0],
        "longitude": GAO[1],
        "place_precision": "town",
        "country_code": "ML",
        "actor1_id": "jnim",
        "actor2_id": None,
    }
    return {**base, **values}


def test_distance() -> None:
    assert 5 < distance_km(GAO, NEAR_GAO) < 15
    assert 240 < distance_km(GAO, MENAKA) < 280
    assert distance_km(GAO, GAO) == 0


def test_two_articles_on_one_attack_are_a_candidate() -> None:
    a = row("ev-a", "doc-1")
    b = row(
        "ev-b",
        "doc-2",
        latitude=NEAR_GAO[0],
        longitude=NEAR_GAO[1],
        date_start=dt.date(2025, 8, 11),
        date_end=dt.date(2025, 8, 13),
        actor1_id=None,  # the second article does not name the attackers: compatible
        actor2_id="fama",
    )
    (link,) = candidate_links([b, a])
    assert (link.event_a, link.event_b) == ("ev-a", "ev-b")
    assert link.distance_km is not None and link.distance_km < NEARBY_KM
    assert link.reasons[0] == "same event type"


def test_what_is_never_a_candidate() -> None:
    a = row("ev-a", "doc-1")
    others = [
        row("ev-same-doc", "doc-1"),
        row("ev-type", "doc-2", event_type="PROTEST"),
        row("ev-later", "doc-3", date_start=dt.date(2025, 8, 14), date_end=dt.date(2025, 8, 14)),
        row("ev-far", "doc-4", latitude=MENAKA[0], longitude=MENAKA[1]),
        row("ev-other-actor", "doc-5", actor1_id="eigs"),
        row("ev-undated", "doc-6", date_start=None, date_end=None),
        row("ev-no-coords", "doc-7", latitude=None, longitude=None),
    ]
    assert candidate_links([a, *others]) == []


def test_country_precision_matches_by_country() -> None:
    a = row("ev-a", "doc-1")
    b = row("ev-b", "doc-2", place_precision="country", latitude=16.46, longitude=-4.15)
    c = row("ev-c", "doc-3", place_precision="country", country_code="NE")
    links = candidate_links([a, b, c])
    assert [(x.event_a, x.event_b, x.distance_km) for x in links] == [("ev-a", "ev-b", None)]


# ------------------------------------------------------------------ the incidents table


@cache
def load_codebook() -> Codebook:
    return load_project_codebook(REPO)


def _table(links: list[ConfirmedLink]) -> list[dict[str, Any]]:
    events = {"ev-a": "doc-1", "ev-b": "doc-2", "ev-c": "doc-3", "ev-d": "doc-3", "ev-e": "doc-4"}
    rows: list[dict[str, Any]] = incidents_table(events, links, load_codebook()).to_pylist()
    return rows


def test_unlinked_events_are_incidents_of_their_own() -> None:
    rows = _table([])
    assert [r["n_reports"] for r in rows] == [1] * 5
    assert len({r["incident_id"] for r in rows}) == 5
    assert {r["method"] for r in rows} == {"single"}
    assert rows[0]["incident_id"] == incident_id(["ev-a"])
    assert all(r["reviewers"] is None and r["rule_version"] is None for r in rows)


def test_confirmed_links_are_transitive_and_count_articles() -> None:
    # a=b and b=c, c and d are in one article: one incident of four events, three articles.
    links = [
        ConfirmedLink("ev-a", "ev-b", "1", ("reviewer-01",)),
        ConfirmedLink("ev-b", "ev-c", "1", ("reviewer-02",)),
        ConfirmedLink("ev-c", "ev-d", "1", ("reviewer-01",)),
    ]
    rows = {r["event_id"]: r for r in _table(links)}
    linked = {e for e, r in rows.items() if r["incident_id"] == rows["ev-a"]["incident_id"]}
    assert linked == {"ev-a", "ev-b", "ev-c", "ev-d"}
    assert rows["ev-a"]["incident_id"] == incident_id(["ev-d", "ev-c", "ev-b", "ev-a"])
    assert rows["ev-a"]["n_events"] == 4 and rows["ev-a"]["n_reports"] == 3
    assert rows["ev-a"]["method"] == "rule+review" and rows["ev-a"]["rule_version"] == "1"
    assert rows["ev-a"]["reviewers"] == ["reviewer-01", "reviewer-02"]
    assert rows["ev-e"]["n_reports"] == 1 and rows["ev-e"]["method"] == "single"
    # The link order does not matter.
    assert _table(list(reversed(links))) == list(rows.values())


def test_a_link_to_an_unknown_event_merges_nothing() -> None:
    rows = _table([ConfirmedLink("ev-a", "ev-gone", "1", ("reviewer-01",))])
    assert {r["method"] for r in rows} == {"single"}


def test_check_incidents_finds_a_hand_edited_incident() -> None:
    codebook = load_codebook()
    events = {"ev-a": "doc-1", "ev-b": "doc-2", "ev-c": "doc-3"}
    good = incidents_table(events, [ConfirmedLink("ev-a", "ev-b", "1", ("r",))], codebook)
    assert check_incidents({"incidents": good}).issues == []
    # ev-c pulled into the incident of a and b by editing its id: not the hash of its
    # events, and its counts are those of a single event.
    ids = good.column("incident_id").to_pylist()
    edited = good.set_column(0, "incident_id", pa.array([ids[0], ids[0], ids[0]]))
    issues = check_incidents({"incidents": edited}).issues
    assert {i.code for i in issues} == {"table.incident"}
    assert {i.location.key for i in issues} == {"ev-a", "ev-b", "ev-c"}
    # events_flat must carry its events' incidents.
    flat = pa.table(
        {
            "event_id": ["ev-a", "ev-b", "ev-c"],
            "incident_id": [ids[0], ids[1], ids[0]],
            "n_reports": [2, 2, 1],
        }
    )
    issues = check_incidents({"incidents": good, "events_flat": flat}).issues
    assert [(i.code, i.location.table, i.location.key) for i in issues] == [
        ("table.incident", "events_flat", "ev-c")
    ]


def test_push_before_propose_is_misuse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Exit 2, no traceback, and the message names the step to run first; no server is
    # contacted (the candidates are read first).
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "codebook.yaml").write_text("", encoding="utf-8")
    result = run_cli(["incidents", "push", "--project", str(tmp_path)], capsys)
    assert result.code == 2
    assert "run `sahel-events incidents propose` first" in result.err
    assert "Traceback" not in result.err
