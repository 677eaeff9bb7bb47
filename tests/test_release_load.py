"""Researchers read a release with sahel_events.load, pandas, pyarrow.dataset, DuckDB and
Polars; the Data Package validates with frictionless and the Croissant file with mlcroissant."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import duckdb
import mlcroissant as mlc
import pandas as pd
import polars as pl
import pyarrow.dataset as ds
import pytest
from frictionless import Package

import sahel_events
from sahel_events.codebook import load_codebook
from sahel_events.errors import UsageError
from tests.test_release_support import released_project

TABLES = [
    "documents",
    "mentions",
    "events",
    "event_arguments",
    "annotations",
    "actors",
    "events_flat",
    "incidents",
]


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _, path = released_project(tmp_path_factory.mktemp("load") / "proj")
    return path


@pytest.fixture
def in_release(release: Path) -> Iterator[Path]:
    """Run from inside the release directory, as the card's snippets say."""
    before = Path.cwd()
    os.chdir(release)
    try:
        yield release
    finally:
        os.chdir(before)


def test_load_returns_every_table_as_a_dataframe(release: Path) -> None:
    tables = sahel_events.load(release)
    assert list(tables) == TABLES
    events = tables["events"]
    assert isinstance(events, pd.DataFrame) and len(events) == 1
    row = events.iloc[0]
    assert row["event_type"] == "ASSAULT" and row["mode"] == "firearms"
    # nullable integers stay integers, missing stays missing
    assert str(events["killed_best"].dtype) == "Int32" and row["killed_best"] == 15
    assert pd.isna(row["killed_high"])
    assert events["date_start"].dtype.kind == "M"
    doc = tables["documents"].iloc[0]
    assert doc["text"][row["trigger_start"] : row["trigger_end"]] == row["trigger_text"]


def test_load_some_tables_and_misuse(release: Path, tmp_path: Path) -> None:
    assert list(sahel_events.load(release, ["events"])) == ["events"]
    with pytest.raises(UsageError, match="no table"):
        sahel_events.load(release, ["nope"])
    with pytest.raises(UsageError, match="not a sahel-events release"):
        sahel_events.load(tmp_path)


def test_pandas(release: Path) -> None:
    events = pd.read_parquet(release / "data/events.parquet")
    arguments = pd.read_parquet(release / "data/event_arguments.parquet")
    joined = arguments.merge(events, on="event_id")
    assert sorted(joined["role"]) == ["actor", "casualties", "location", "time"]


def test_pyarrow_dataset(release: Path) -> None:
    mentions = ds.dataset(release / "data/mentions.parquet", format="parquet")
    table = mentions.to_table(filter=ds.field("entity_type") == "GPE")
    assert table.column("place_name").to_pylist() == ["Ménaka"]


def test_duckdb(release: Path) -> None:
    con = duckdb.connect()
    data = release / "data"
    rows = con.execute(
        f"SELECT e.event_type, m.text FROM '{data}/events.parquet' e "
        f"JOIN '{data}/event_arguments.parquet' a USING (event_id) "
        f"JOIN '{data}/mentions.parquet' m USING (mention_id) WHERE a.role = 'casualties'"
    ).fetchall()
    assert rows == [("ASSAULT", "15 civils")]
    meta = con.execute(
        f"SELECT value FROM parquet_kv_metadata('{data}/events.parquet') "
        "WHERE key = 'sahel_events.release_version'"
    ).fetchall()
    assert meta == [(b"1.0.0",)]


def test_polars(release: Path) -> None:
    events = pl.scan_parquet(release / "data/events.parquet")
    out = events.filter(pl.col("country_code") == "ML").select("killed_low").collect()
    assert out["killed_low"].to_list() == [15]


def test_the_cards_snippets_run(in_release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = (in_release / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", card, re.S)
    assert len(blocks) == 4
    for block in blocks:
        assert len(block.strip().splitlines()) == 3  # "in three lines"
        exec(compile(block, "README.md", "exec"), {})
    assert "ASSAULT" in capsys.readouterr().out


def test_card_header_has_a_config_per_table(release: Path) -> None:
    import yaml

    card = (release / "README.md").read_text(encoding="utf-8")
    header = yaml.safe_load(card.split("---\n")[1])
    assert [c["config_name"] for c in header["configs"]] == TABLES
    assert header["license"] == "cc-by-4.0"


def test_datapackage_validates_with_frictionless(release: Path) -> None:
    descriptor = json.loads((release / "datapackage.json").read_text())
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    # The release's own copy of the codebook says which schema it follows.
    assert (
        descriptor["schema_version"] == load_codebook(release / "schema" / "codebook.yaml").version
    )
    assert list(Package.metadata_validate(descriptor)) == []
    package = Package(descriptor, basepath=str(release))
    assert [r.name for r in package.resources] == TABLES
    assert all(r["hash"].startswith("sha256:") for r in descriptor["resources"])


def test_stock_frictionless_cli_validates_the_release(release: Path) -> None:
    # What a user types, with the stock CLI of the `check` extra: 0 errors, exit 0.
    cli = Path(sys.executable).with_name("frictionless")
    run = subprocess.run(
        [str(cli), "validate", "--json", str(release / "datapackage.json")],
        capture_output=True,
        text=True,
    )
    report = json.loads(run.stdout)
    errors = [e["message"] for task in report["tasks"] for e in task["errors"]]
    assert errors == [] and report["valid"] and run.returncode == 0
    assert [t["name"] for t in report["tasks"]] == TABLES


def test_frictionless_parquet_reader_pitfall_is_still_there(release: Path) -> None:
    # Why the numeric fields of datapackage.json count "nan" as missing and the resources
    # declare no `bytes`: frictionless's Parquet reader turns a null number into NaN and
    # computes no byte count. When this test fails, frictionless was fixed and the
    # descriptors can drop the workaround (release/descriptors.py, _for_stock_reader).
    from frictionless import validate

    descriptor = json.loads((release / "datapackage.json").read_text())
    for resource in descriptor["resources"]:
        for spec in resource["schema"]["fields"]:
            spec.pop("missingValues", None)
    report = validate(descriptor, basepath=str(release))
    types = {e.type for task in report.tasks for e in task.errors}
    assert "type-error" in types
    descriptor["resources"][0]["bytes"] = 1
    report = validate(descriptor, basepath=str(release))
    assert "byte-count" in {e.type for task in report.tasks for e in task.errors}


def test_stock_mlcroissant_cli_loads_every_record_set(release: Path) -> None:
    # The stock CLI of mlcroissant[parquet] (the `check` extra): every record set loads.
    cli = Path(sys.executable).with_name("mlcroissant")
    for table in TABLES:
        run = subprocess.run(
            [
                str(cli),
                "load",
                "--jsonld",
                str(release / "croissant.json"),
                "--record_set",
                table,
                "--num_records",
                "-1",
            ],
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr[-2000:]


def test_croissant_validates_and_loads_with_mlcroissant(release: Path) -> None:
    logging.getLogger("absl").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dataset = mlc.Dataset(jsonld=str(release / "croissant.json"))
        assert not dataset.metadata.ctx.issues.errors
        assert not dataset.metadata.ctx.issues.warnings
        names = [r.name for r in dataset.metadata.record_sets]
        assert names == TABLES
        record = next(iter(dataset.records(record_set="events")))
    assert record["events/event_type"] == b"ASSAULT"
    croissant = json.loads((release / "croissant.json").read_text())
    assert croissant["conformsTo"] == "http://mlcommons.org/croissant/1.1"
    assert croissant["rai:dataAnnotationPlatform"] == "Label Studio"
    assert all(len(f["sha256"]) == 64 for f in croissant["distribution"])


def test_import_sahel_events_stays_light() -> None:
    import subprocess
    import sys

    code = "import sys, sahel_events; print('pandas' in sys.modules, 'pyarrow' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "False"]


def test_list_columns_read_as_lists(release: Path) -> None:
    # Multi-valued columns are list<string> (schema 1.0.0): every reader gets a list.
    data = release / "data"
    events = sahel_events.load(release, ["events"])["events"]
    assert list(events.iloc[0]["contexts"]) == ["military"]
    assert pd.read_parquet(data / "events.parquet")["contexts"].map(list).tolist() == [["military"]]
    assert pl.read_parquet(data / "events.parquet")["contexts"].to_list() == [["military"]]
    rows = duckdb.sql(f"SELECT contexts[1], len(contexts) FROM '{data}/events.parquet'").fetchall()
    assert rows == [("military", 1)]
    logging.getLogger("absl").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dataset = mlc.Dataset(jsonld=str(release / "croissant.json"))
        record = next(iter(dataset.records(record_set="events")))
    assert record["events/contexts"] == [b"military"]
    croissant = json.loads((release / "croissant.json").read_text())
    events_set = next(r for r in croissant["recordSet"] if r["name"] == "events")
    field = next(f for f in events_set["field"] if f["name"] == "contexts")
    assert (field["isArray"], field["arrayShape"], field["dataType"]) == (True, "-1", "sc:Text")
    package = json.loads((release / "datapackage.json").read_text())
    resource = next(r for r in package["resources"] if r["name"] == "events")
    fields = {f["name"]: f for f in resource["schema"]["fields"]}
    assert fields["contexts"]["type"] == "any" and "List" in fields["contexts"]["description"]


def test_frictionless_reads_no_parquet_list(release: Path) -> None:
    # Why list columns are "any" in datapackage.json: frictionless 5.21 reads a Parquet
    # list cell as a numpy array, which its "list" type refuses in every row. When this
    # test fails, frictionless was fixed and the descriptors can say "list"
    # (tables/tableschema.py, _frictionless_type).
    from frictionless import validate

    descriptor = json.loads((release / "datapackage.json").read_text())
    events = next(r for r in descriptor["resources"] if r["name"] == "events")
    for spec in events["schema"]["fields"]:
        if spec["name"] == "contexts":
            spec.update({"type": "list", "itemType": "string"})
    report = validate(descriptor, basepath=str(release))
    errors = [(e.type, e.field_name) for task in report.tasks for e in task.errors]
    assert ("type-error", "contexts") in errors


def test_hugging_face_datasets_loads_every_config_of_the_card(
    release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the card's header offers a Hugging Face user: load_dataset on the release
    # directory, one config per table. Offline, with a cache of its own.
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    import datasets

    datasets.disable_progress_bars()
    for table in TABLES:
        loaded = datasets.load_dataset(
            str(release), table, split="train", cache_dir=str(tmp_path / "cache")
        )
        expected = pd.read_parquet(release / "data" / f"{table}.parquet")
        assert loaded.num_rows == len(expected) and loaded.column_names == list(expected.columns)
    events = datasets.load_dataset(
        str(release), "events", split="train", cache_dir=str(tmp_path / "cache")
    )
    row = events[0]
    assert (row["event_type"], row["killed_best"], row["contexts"]) == ("ASSAULT", 15, ["military"])
