"""Candidate links between reports of one happening in several articles, by rule."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sahel_events.incidents import NEARBY_KM, candidate_links, distance_km

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
