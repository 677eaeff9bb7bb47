"""The dataset card's figures: small PNG files under ``figures/`` of a release.

Four at most: events over time by type, a map of the located events, counts by type and
mode, and the agreement figures when documents were coded twice. They are drawn with
matplotlib's Agg backend, its bundled DejaVu Sans font and no date or software stamp in
the file, so the same tables give the same bytes (releases are reproducible). The map's
background is the gazetteer's own places (no boundary data is shipped).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from .. import gazetteer
from .cardagreement import F1_ROWS, NOMINAL_ROWS, dig, has_figures

FIGURES_DIR = "figures"
#: Fixed size and resolution: small files, the same pixels everywhere.
_SIZE = (6.4, 3.6)
_DPI = 100


@dataclass(frozen=True)
class Figure:
    """One figure written into the release: its path and what the card says of it."""

    path: str  # relative to the release, POSIX
    title: str
    caption: str


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcdefaults()
    # matplotlib's bundled font, whatever fonts the machine has.
    plt.rc("font", family="DejaVu Sans", size=9)
    return plt


def _save(plt: Any, fig: Any, root: Path, name: str) -> str:
    rel = f"{FIGURES_DIR}/{name}"
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    # No "Software" text chunk: the file must not change with the matplotlib patch level.
    fig.savefig(path, dpi=_DPI, format="png", metadata={"Software": None})
    plt.close(fig)
    return rel


def _over_time(plt: Any, events: list[dict[str, Any]], root: Path) -> Figure | None:
    dated = [e for e in events if e["date_start"] is not None]
    if not dated:
        return None
    months = sorted({(e["date_start"].year, e["date_start"].month) for e in dated})
    types = sorted({e["event_type"] for e in dated})
    counts = Counter(
        (e["event_type"], (e["date_start"].year, e["date_start"].month)) for e in dated
    )
    fig, ax = plt.subplots(figsize=_SIZE)
    labels = [dt.date(y, m, 1).strftime("%Y-%m") for y, m in months]
    bottom = [0] * len(months)
    for event_type in types:
        heights = [counts[(event_type, month)] for month in months]
        ax.bar(labels, heights, bottom=bottom, label=event_type)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("events")
    ax.set_xlabel("month of the first day of the event's date interval")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=7, ncol=2, frameon=False)
    rel = _save(plt, fig, root, "events-over-time.png")
    undated = len(events) - len(dated)
    return Figure(
        rel,
        "Events over time, by type",
        f"Events per month of their start date, stacked by PLOVER type; {undated} undated "
        "event(s) left out.",
    )


def _map(plt: Any, flat: list[dict[str, Any]], root: Path) -> Figure | None:
    located = [r for r in flat if r["latitude"] is not None and r["longitude"] is not None]
    if not located:
        return None
    fig, ax = plt.subplots(figsize=(_SIZE[0], _SIZE[0] * 0.62))
    background = [
        p
        for p in gazetteer.places()
        if p.country_code in gazetteer.SCOPE and p.latitude is not None and p.longitude is not None
    ]
    ax.scatter(
        [p.longitude for p in background],
        [p.latitude for p in background],
        s=1,
        color="#cccccc",
        label="gazetteer places",
    )
    for source, marker in (("place", "o"), ("country-centroid", "s")):
        points = [r for r in located if r["coordinates_from"] == source]
        if points:
            ax.scatter(
                [r["longitude"] for r in points],
                [r["latitude"] for r in points],
                s=30,
                marker=marker,
                edgecolor="black",
                label="events at a place" if source == "place" else "events at country level",
            )
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_aspect("equal")
    ax.legend(fontsize=7, frameon=False, loc="lower left")
    rel = _save(plt, fig, root, "map.png")
    return Figure(
        rel,
        "Located events",
        f"{len(located)} of {len(flat)} event(s) have coordinates (squares: a country's "
        "central point, at country precision); grey: the gazetteer's places in the Sahel "
        "and its neighbours.",
    )


def _type_mode(plt: Any, events: list[dict[str, Any]], root: Path) -> Figure | None:
    if not events:
        return None
    types = Counter(e["event_type"] for e in events)
    modes = Counter(f"{e['event_type']} / {e['mode']}" for e in events if e["mode"])
    fig, (left, right) = plt.subplots(1, 2, figsize=_SIZE)
    for ax, counts, title in ((left, types, "type"), (right, modes, "type / mode")):
        items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ax.barh([k for k, _ in items][::-1], [v for _, v in items][::-1])
        ax.set_title(f"events by {title}")
        ax.xaxis.get_major_locator().set_params(integer=True)
    rel = _save(plt, fig, root, "types-and-modes.png")
    return Figure(
        rel,
        "Events by type and mode",
        "PLOVER event types, and the modes coded for them (most events have no mode).",
    )


def _agreement(plt: Any, agreement: Mapping[str, Any] | None, root: Path) -> Figure | None:
    if not has_figures(agreement):
        return None
    assert agreement is not None  # has_figures says so; for mypy
    overall = agreement["overall"]
    fig, (left, right) = plt.subplots(1, 2, figsize=(_SIZE[0] * 1.4, 3.0))
    for ax, rows, measure, low in (
        (left, F1_ROWS, "f1", 0.0),
        (right, NOMINAL_ROWS, "krippendorff_alpha", -1.0),
    ):
        shown = []
        for label, path in rows:
            estimate = dig(overall, path).get(measure) or {}
            if isinstance(estimate.get("value"), int | float):
                shown.append((label, estimate["value"], estimate.get("ci95")))
        shown.reverse()  # barh draws from the bottom up; the card's order reads down
        positions = list(range(len(shown)))
        values = [v for _, v, _ in shown]
        errors = [
            [v - ci[0] if ci else 0 for _, v, ci in shown],
            [ci[1] - v if ci else 0 for _, v, ci in shown],
        ]
        ax.barh(positions, values, xerr=errors, capsize=3)
        ax.set_yticks(positions, [label for label, _, _ in shown])
        ax.set_xlim(low, 1)
        if low < 0:
            ax.axvline(0, color="black", linewidth=0.8)  # alpha 0: agreement at chance
        ax.set_xlabel("F1" if measure == "f1" else "Krippendorff's alpha")
    rel = _save(plt, fig, root, "agreement.png")
    return Figure(
        rel,
        "Agreement between annotators",
        f"Over {agreement['double_coded_documents']} double-coded document(s): F1 of spans, "
        "events and arguments (left) and Krippendorff's alpha of the values both annotators "
        "gave the same span (right); whiskers: 95% bootstrap intervals over documents.",
    )


def _rows(
    tables: Mapping[str, pa.Table], name: str, columns: tuple[str, ...]
) -> list[dict[str, Any]]:
    """``columns`` of table ``name`` as dicts (none when the release has no such table)."""
    table = tables.get(name)
    return table.select(list(columns)).to_pylist() if table is not None else []


def write_figures(
    root: Path, tables: Mapping[str, pa.Table], agreement: Mapping[str, Any] | None
) -> list[Figure]:
    """Draw the card's figures into ``root/figures/``; return those drawn, in card order."""
    plt = _pyplot()
    # Only the columns drawn: whole rows of a large release would not fit in memory.
    events = _rows(tables, "events", ("date_start", "event_type", "mode"))
    flat = _rows(tables, "events_flat", ("latitude", "longitude", "coordinates_from"))
    drawn = [
        _over_time(plt, events, root),
        _map(plt, flat, root),
        _type_mode(plt, events, root),
        _agreement(plt, agreement, root),
    ]
    return [f for f in drawn if f is not None]
