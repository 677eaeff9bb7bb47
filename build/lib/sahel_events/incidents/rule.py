"""Candidate links between reports of one happening in several articles (by rule).

Two rows of ``events_flat`` from different documents are a *candidate* link when they
have the same event type, date intervals that overlap, places within
:data:`NEARBY_KM` of each other (or the same country when one is only known at country
precision), and compatible actors (the same ``actor1_id`` and ``actor2_id`` wherever both
rows name one). A candidate is a proposal for a reviewer, never a merge: nothing here
changes the tables. The rule and its reasons are in ``docs/incidents.md``.

Events are compared per type, in date order, only with those whose intervals are still
open (no all-against-all comparison).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

#: The version of the rule below, recorded with every link it proposed and a reviewer
#: confirmed (``incidents.method``): raise it whenever the rule changes.
RULE_VERSION = "1"

#: How far apart two places may be to be "nearby" (great-circle distance).
NEARBY_KM = 25.0
_EARTH_KM = 6371.0


@dataclass(frozen=True)
class CandidateLink:
    """Two events that may report the same happening, and why the rule proposes them."""

    event_a: str  # the smaller event_id
    event_b: str
    distance_km: float | None  # None when compared by country only
    reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        return {
            "event_a": self.event_a,
            "event_b": self.event_b,
            "distance_km": self.distance_km,
            "reasons": list(self.reasons),
        }


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle (haversine) distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def _place(a: Mapping[str, Any], b: Mapping[str, Any]) -> tuple[bool, float | None, str]:
    """Whether two events are at the same or a nearby place, the distance, the reason."""
    country_level = "country" in (a.get("place_precision"), b.get("place_precision"))
    if country_level:
        same = a.get("country_code") is not None and a.get("country_code") == b.get("country_code")
        return same, None, "same country (one is known at country precision only)"
    points: list[tuple[float, float]] = []
    for r in (a, b):
        lat, lon = r.get("latitude"), r.get("longitude")
        if lat is None or lon is None:
            return False, None, "no coordinates"
        points.append((float(lat), float(lon)))
    km = distance_km(points[0], points[1])
    return km <= NEARBY_KM, round(km, 1), f"places {km:.1f} km apart"


def _actors(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    for column in ("actor1_id", "actor2_id"):
        x, y = a.get(column), b.get(column)
        if x is not None and y is not None and x != y:
            return False
    return True


def candidate_links(events: Iterable[Mapping[str, Any]]) -> list[CandidateLink]:
    """Candidate links between rows of ``events_flat`` (dicts), sorted by event ids.

    Undated events are never linked: without a date, "the same happening" cannot be
    told from a similar one.
    """
    by_type: dict[str, list[Mapping[str, Any]]] = {}
    for row in events:
        if row.get("date_start") is not None:
            by_type.setdefault(str(row["event_type"]), []).append(row)
    links: list[CandidateLink] = []
    for rows in by_type.values():
        rows.sort(key=lambda r: (r["date_start"], r["event_id"]))
        open_rows: list[Mapping[str, Any]] = []
        for row in rows:
            start: dt.date = row["date_start"]
            # Intervals that ended before this one starts can match nothing later.
            open_rows = [o for o in open_rows if (o.get("date_end") or o["date_start"]) >= start]
            for other in open_rows:
                if other["doc_id"] == row["doc_id"] or not _actors(other, row):
                    continue
                near, km, why = _place(other, row)
                if not near:
                    continue
                first, second = sorted((str(other["event_id"]), str(row["event_id"])))
                reasons = ("same event type", "overlapping dates", why, "compatible actors")
                links.append(CandidateLink(first, second, km, reasons))
            open_rows.append(row)
    return sorted(links, key=lambda link: (link.event_a, link.event_b))
