"""The derived tables: ``actors`` resolves every actor and recipient, and ``events_flat``
is the ACLED/UCDP-shaped view of the seed article's events (its rows are pinned here),
written as Parquet and CSV and read by pandas, DuckDB and Polars alike."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

from sahel_events.flatview import (
    ACLED_GEO_PRECISION,
    ACLED_TIME_PRECISION,
    UCDP_DATE_PREC,
    UCDP_WHERE_PREC,
    trigger_sentence,
)
from sahel_events.paths import Project
from sahel_events.release import build_dataset
from sahel_events.release.pipeline import compile_project

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tables() -> dict[str, pa.Table]:
    return compile_project(Project(REPO)).whole_tables()


@pytest.fixture(scope="module")
def flat(tables: dict[str, pa.Table]) -> dict[str, dict[str, Any]]:
    return {r["event_id"]: r for r in tables["events_flat"].to_pylist()}


def test_every_actor_and_recipient_argument_resolves(tables: dict[str, pa.Table]) -> None:
    actors = {a["actor_id"]: a for a in tables["actors"].to_pylist()}
    assert actors["gov-ml"]["acled_actor_type"] == "State Forces"
    assert actors["aqmi"]["acled_actor_type"] == "Rebel Groups"
    assert actors["state-ml"]["name"] == "Mali" and actors["state-ml"]["kind"] == "state"
    assert actors["state-us"]["entity_type"] == "GPE"
    flat = tables["events_flat"].to_pylist()
    ids = {r[f"actor{n}_id"] for r in flat for n in (1, 2)} - {None}
    assert ids <= set(actors)
    # Every argument with the role actor or recipient is named by an actor id in the view.
    arguments = tables["event_arguments"].to_pylist()
    sides = [a for a in arguments if a["role"] in ("actor", "recipient")]
    named = sum(1 for r in flat for n in (1, 2) if r[f"actor{n}_id"])
    named += sum(
        len(r[f"assoc_actor_{n}_ids"]) for r in flat for n in (1, 2) if r[f"assoc_actor_{n}_ids"]
    )
    # 9 since the gold of codebook 1.0.0: the offer told twice is one AGREE (was 11).
    assert named == len(sides) == 9


def test_the_seed_articles_rows_are_pinned(flat: dict[str, dict[str, Any]]) -> None:
    keep = (
        "event_type",
        "actor1_id",
        "actor1",
        "actor1_type",
        "actor2_id",
        "actor2",
        "actor2_type",
        "comparable",
        "date_start",
        "date_end",
        "acled_time_precision",
        "ucdp_date_prec",
        "place_name",
        "latitude",
        "longitude",
        "coordinates_from",
        "acled_geo_precision",
        "ucdp_where_prec",
    )
    got = {k: tuple(row[c] for c in keep) for k, row in flat.items()}
    july = dt.date(2025, 7, 8), dt.date(2025, 7, 11)
    us, ml = ("state-us", "United States", "State Forces"), ("state-ml", "Mali", "State Forces")
    atallah = ("rudolph-atallah", "Rudolph Atallah", "State Forces")
    no_place = (None, None, None, None, None, None)
    assert got == {
        "ev-11d699ee031d06aa": ("SUPPORT", *us, *ml, False, None, None, None, None, *no_place),
        "ev-1ebf7dc818cd1256": ("AGREE", *atallah, *ml, True, *july, 2, 2, *no_place),
        "ev-753384ccb29130c8": (
            "COOPERATE",
            "cia",
            "Central Intelligence Agency",
            "State Forces",
            "gov-ml",
            "Gouvernement du Mali",
            "State Forces",
            False,
            None,
            None,
            None,
            None,
            *no_place,
        ),
        "ev-bb7a950017670aa7": (
            "ASSAULT",
            None,
            None,
            None,
            "aqmi",
            "Al-Qaïda au Maghreb islamique",
            "Rebel Groups",
            False,  # "possible": an ACLED-style count leaves it out
            dt.date(2025, 7, 21),
            dt.date(2025, 7, 31),
            3,
            4,
            "Mali",
            16.46,
            -4.15,
            "country-centroid",
            3,
            6,
        ),
        "ev-f127a27e9448e5bb": (
            "CONSULT",
            *atallah,
            *ml,
            False,  # PLOVER CONSULT has no ACLED event type
            *july,
            2,
            2,
            "Bamako",
            12.61,
            -7.98,
            "place",
            1,
            1,
        ),
    }
    strike = flat["ev-bb7a950017670aa7"]
    # Settled by civilian_targeting since the 1.0.0 gold: not aimed at civilians, so
    # never UCDP's one-sided violence (3). A list, sorted.
    assert strike["civilian_targeting"] == "not-targeted"
    assert strike["ucdp_type_of_violence"] == ["1", "2"]
    assert strike["trigger_sentence"].startswith("Cette coopération aurait potentiellement")
    assert strike["trigger_sentence"].endswith("à la fin du mois de juillet.")


def test_precision_maps_cover_every_codebook_value(tables: dict[str, pa.Table]) -> None:
    from sahel_events.codebook import load_project_codebook

    codebook = load_project_codebook(REPO)
    attributes = {**codebook.entity_attributes, **codebook.event_attributes}
    dates = set(attributes["date_precision"].values)
    places = set(attributes["place_precision"].values)
    assert set(UCDP_DATE_PREC) == dates
    assert set(ACLED_TIME_PRECISION) == dates - {"year"}  # ACLED has no year-only code
    assert set(ACLED_GEO_PRECISION) == set(UCDP_WHERE_PREC) == places


def test_trigger_sentence() -> None:
    text = "Premier point. Le 3 mai, une attaque a eu lieu à Gao! Fin\nAutre ligne."
    start = text.index("attaque")
    assert trigger_sentence(text, start, start + 7) == "Le 3 mai, une attaque a eu lieu à Gao!"
    start = text.index("Autre")
    assert trigger_sentence(text, start, start + 5) == "Autre ligne."


def test_the_csv_copy_reads_as_the_parquet(tmp_path_factory: pytest.TempPathFactory) -> None:
    # The scratch dataset is written as a release is: Parquet, and CSV for R and Stata.
    root = tmp_path_factory.mktemp("flat") / "project"
    for part in ("schema", "raw", "annotations"):
        shutil.copytree(REPO / part, root / part)
    result = build_dataset(Project(root))
    data = result.path / "data"
    parquet = pd.read_parquet(data / "events_flat.parquet")
    csv = pd.read_csv(data / "events_flat.csv", dtype=str, keep_default_na=False)
    assert list(csv.columns) == list(parquet.columns)
    assert sorted(csv["event_id"]) == sorted(parquet["event_id"])
    strike = csv.set_index("event_id").loc["ev-bb7a950017670aa7"]
    assert strike["latitude"] == "16.46"
    # A list column: a list in Parquet, its items joined by ';' in the CSV copy.
    assert strike["ucdp_type_of_violence"] == "1;2"
    assert list(
        parquet.set_index("event_id").loc["ev-bb7a950017670aa7", "ucdp_type_of_violence"]
    ) == ["1", "2"]
    counted = duckdb.sql(
        f"SELECT count(*) FROM read_csv('{data}/events_flat.csv') WHERE comparable"
    ).fetchall()
    assert counted == [(1,)]
    polars = pl.read_parquet(data / "events_flat.parquet").filter(pl.col("comparable"))
    assert polars["event_id"].to_list() == ["ev-1ebf7dc818cd1256"]
