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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import gazetteer
from .batches import TableSource, iter_rows
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


@dataclass
class _EventCounts:
    """What the event figures draw, counted over the events table a batch at a time."""

    events: int = 0
    undated: int = 0
    by_month: Counter[tuple[str, tuple[int, int]]] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    modes: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, rows: Iterable[dict[str, Any]]) -> _EventCounts:
        """Count ``rows`` (date_start, event_type, mode)."""
        counts = cls()
        for e in rows:
            counts.events += 1
            counts.types[e["event_type"]] += 1
            if e["mode"]:
                counts.modes[f"{e['event_type']} / {e['mode']}"] += 1
            if e["date_start"] is None:
                counts.undated += 1
            else:
                month = (e["date_start"].year, e["date_start"].month)
                counts.by_month[(e["event_type"], month)] += 1
        return counts


@dataclass
class _Points:
    """The located rows of the flat view, by where their coordinates come from."""

    rows: int = 0
    located: int = 0
    by_source: dict[str, tuple[list[float], list[float]]] = field(default_factory=dict)

    @classmethod
    def of(cls, rows: Iterable[dict[str, Any]]) -> _Points:
        """Collect ``rows`` (latitude, longitude, coordinates_from), in row order."""
        points = cls()
        for r in rows:
            points.rows += 1
            if r["latitude"] is None or r["longitude"] is None:
                continue
            points.located += 1
            xs, ys = points.by_source.setdefault(r["coordinates_from"], ([], []))
            xs.append(r["longitude"])
            ys.append(r["latitude"])
        return points


def _over_time(plt: Any, events: _EventCounts, root: Path) -> Figure | None:
    if not events.by_month:
        return None
    months = sorted({month for _, month in events.by_month})
    types = sorted({event_type for event_type, _ in events.by_month})
    counts = events.by_month
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
    return Figure(
        rel,
        "Events over time, by type",
        f"Events per month of their start date, stacked by PLOVER type; {events.undated} "
        "undated event(s) left out.",
    )


def _map(plt: Any, flat: _Points, root: Path) -> Figure | None:
    if not flat.located:
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
        if source in flat.by_source:
            xs, ys = flat.by_source[source]
            ax.scatter(
                xs,
                ys,
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
        f"{flat.located} of {flat.rows} event(s) have coordinates (squares: a country's "
        "central point, at country precision); grey: the gazetteer's places in the Sahel "
        "and its neighbours.",
    )


def _type_mode(plt: Any, events: _EventCounts, root: Path) -> Figure | None:
    if not events.events:
        return None
    fig, (left, right) = plt.subplots(1, 2, figsize=_SIZE)
    for ax, counts, title in ((left, events.types, "type"), (right, events.modes, "type / mode")):
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
    tables: Mapping[str, TableSource], name: str, columns: tuple[str, ...]
) -> Iterator[dict[str, Any]]:
    """``columns`` of table ``name`` as dicts, a batch at a time (none without the table)."""
    table = tables.get(name)
    if table is not None:
        yield from iter_rows(table, columns)


def write_figures(
    root: Path, tables: Mapping[str, TableSource], agreement: Mapping[str, Any] | None
) -> list[Figure]:
    """Draw the card's figures into ``root/figures/``; return those drawn, in card order.

    ``tables``: each table in memory or as the path of its Parquet file. Only the
    columns drawn are read, a batch at a time, into counts (and the located points).
    """
    plt = _pyplot()
    events = _EventCounts.of(_rows(tables, "events", ("date_start", "event_type", "mode")))
    flat = _Points.of(_rows(tables, "events_flat", ("latitude", "longitude", "coordinates_from")))
    drawn = [
        _over_time(plt, events, root),
        _map(plt, flat, root),
        _type_mode(plt, events, root),
        _agreement(plt, agreement, root),
    ]
    return [f for f in drawn if f is not None]
