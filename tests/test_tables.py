"""The table definitions: each rule passes a good row and catches a bad one, by key."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from sahel_events.codebook import Codebook, CodebookError, load_project_codebook
from sahel_events.errors import Report
from sahel_events.tables import (
    TABLES,
    UnknownColumnError,
    arrow_schema,
    check_keys,
    check_offsets,
    check_tables,
    frictionless_schema,
    from_rows,
    get_table,
    pandera_schemas,
)
from sahel_events.tables import pandera_checks as pa_checks
from sahel_events.tables.codes import CHECK_CODES, CHECK_FAILED, TABLE_CODES, code_of_check
from sahel_events.tables.pandera_checks import REASON_CODES
from sahel_events.tables.pandera_schemas import pandera_schema

REPO = Path(__file__).resolve().parents[1]
TEXT = "Gao, 3 mars 2025 - Une attaque a visé Tessit dimanche."
M1 = "m-" + "1" * 16
M2 = "m-" + "2" * 16
EV = "ev-" + "a" * 16
AK = "an-" + "0" * 16
UTC = dt.UTC


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


def base_rows() -> dict[str, list[dict[str, Any]]]:
    """One valid row per table (two mentions), consistent across tables."""
    return {
        "documents": [
            {
                "doc_id": "d1",
                "source_file": "raw/d1.txt",
                "raw_sha256": "a" * 64,
                "text": TEXT,
                "text_sha256": "b" * 64,
                "language": "fr",
                "title": None,
                "dateline_place": "Gao",
                "dateline_date": dt.date(2025, 3, 3),
                "published": None,
                "source": None,
                "url": None,
                "license": "CC-BY-4.0",
                "text_published": True,
                "n_repeated_paragraphs": 0,
                "ingest_version": "1",
            }
        ],
        "mentions": [
            {
                "mention_id": M1,
                "doc_id": "d1",
                "annotation_key": AK,
                "annotation_id": 1,
                "region_id": "r1",
                "start": 38,
                "end": 44,
                "text": "Tessit",
                "entity_type": "GPE",
                "sector": None,
                "actor_id": None,
                "place_id": "geonames:10343856",
                "place_name": "Tessit",
                "country_code": "ML",
                "admin1": "Gao",
                "latitude": 15.2,
                "longitude": -0.3,
                "place_precision": "town",
                "date_start": None,
                "date_end": None,
                "date_precision": None,
                "casualty_kind": None,
                "casualty_qualifier": None,
                "casualty_low": None,
                "casualty_high": None,
                "in_repeated_paragraph": False,
            },
            {
                "mention_id": M2,
                "doc_id": "d1",
                "annotation_key": AK,
                "annotation_id": 1,
                "region_id": "r2",
                "start": 45,
                "end": 53,
                "text": "dimanche",
                "entity_type": "TIME",
                "sector": None,
                "actor_id": None,
                "place_id": None,
                "place_name": None,
                "country_code": None,
                "admin1": None,
                "latitude": None,
                "longitude": None,
                "place_precision": None,
                "date_start": dt.date(2025, 3, 2),
                "date_end": dt.date(2025, 3, 2),
                "date_precision": "day",
                "casualty_kind": None,
                "casualty_qualifier": None,
                "casualty_low": None,
                "casualty_high": None,
                "in_repeated_paragraph": False,
            },
        ],
        "events": [
            {
                "event_id": EV,
                "doc_id": "d1",
                "annotation_key": AK,
                "annotation_id": 1,
                "region_id": "r3",
                "trigger_start": 23,
                "trigger_end": 30,
                "trigger_text": "attaque",
                "event_type": "ASSAULT",
                "mode": "firearms",
                "contexts": ["military"],
                "factuality_certainty": "certain",
                "factuality_polarity": "positive",
                "factuality_source": "author",
                "temporal_status": "past",
                "plover_auxiliary": None,
                "date_start": dt.date(2025, 3, 2),
                "date_end": dt.date(2025, 3, 2),
                "date_precision": "day",
                "place_id": "geonames:10343856",
                "place_mention_id": M1,
                "place_name": "Tessit",
                "country_code": "ML",
                "admin1": "Gao",
                "latitude": 15.2,
                "longitude": -0.3,
                "place_precision": "town",
                "killed_low": 3,
                "killed_best": 4,
                "killed_high": 5,
                "acled_event_type": None,
                "acled_sub_event_type": None,
                "ucdp_type_of_violence": ["1", "2"],
                "annotator": "annotator-01",
                "status": "single_annotation",
            }
        ],
        "event_arguments": [
            {"event_id": EV, "role": "location", "mention_id": M1},
            {"event_id": EV, "role": "time", "mention_id": M2},
        ],
        "annotations": [
            {
                "annotation_key": AK,
                "source_id": "src-" + "0" * 12,
                "annotation_id": 1,
                "task_id": 1,
                "doc_id": "d1",
                "snapshot": "annotations/sahel-events-20261128T203300Z-abc.json",
                "annotator": "annotator-01",
                "created_at": dt.datetime(2026, 11, 28, 20, 33, tzinfo=UTC),
                "updated_at": dt.datetime(2026, 11, 28, 20, 34, tzinfo=UTC),
                "lead_time": 12.5,
                "was_cancelled": False,
                "ground_truth": False,
                "outcome": "record",
                "n_results": 5,
            }
        ],
    }


def build(
    codebook: Codebook, rows: dict[str, list[dict[str, Any]]], only: str | None = None
) -> dict[str, pa.Table]:
    """The tables (or only one of them, which keeps the pandera runs short)."""
    return {
        name: pa.Table.from_pylist(data, schema=arrow_schema(name, codebook))
        for name, data in rows.items()
        if only is None or name == only
    }


def issues_for(report: Report, code: str) -> list[tuple[str | None, str | None]]:
    return [(i.location.table, i.location.key) for i in report if i.code == code]


def test_the_valid_tables_pass_every_check(codebook: Codebook) -> None:
    tables = build(codebook, base_rows())
    assert check_tables(tables, codebook).issues == []
    assert check_keys(tables).issues == []
    assert check_offsets(tables).issues == []


# (table, row index, column, a value that passes, a value that fails, expected code)
CASES: list[tuple[str, int, str, Any, Any, str]] = [
    ("mentions", 0, "entity_type", "LOC", "PERSON", "table.enum"),
    ("mentions", 0, "sector", None, "army", "table.enum"),
    ("mentions", 0, "place_precision", "country", "village", "table.enum"),
    ("mentions", 0, "start", 0, -1, "table.range"),
    ("mentions", 0, "latitude", 90.0, 90.5, "table.range"),
    ("mentions", 0, "longitude", -180.0, -181.0, "table.range"),
    ("mentions", 0, "casualty_low", 0, -2, "table.range"),
    ("mentions", 0, "mention_id", "m-" + "f" * 16, "m-XYZ", "table.pattern"),
    ("mentions", 0, "country_code", "BF", "mli", "table.pattern"),
    ("mentions", 0, "place_id", "geonames:1", "Tessit", "table.pattern"),
    ("mentions", 0, "actor_id", "Q1234", "JNIM!", "table.pattern"),
    ("mentions", 0, "in_repeated_paragraph", True, None, "table.not-null"),
    ("events", 0, "event_type", "ASSAULT", "ATTACK", "table.enum"),
    ("events", 0, "contexts", ["military", "terrorism"], ["military", "war"], "table.enum"),
    ("events", 0, "ucdp_type_of_violence", ["3"], ["4"], "table.enum"),
    ("events", 0, "factuality_certainty", "possible", None, "table.not-null"),
    ("events", 0, "factuality_certainty", "probable", "maybe", "table.enum"),
    ("events", 0, "status", "consensus", "reviewed", "table.enum"),
    ("events", 0, "annotator", None, "alice@example.org", "table.pattern"),
    ("events", 0, "killed_best", 3, -1, "table.range"),
    ("annotations", 0, "outcome", "needs_adjudication", "maybe", "table.enum"),
    ("annotations", 0, "lead_time", 0.0, -1.0, "table.range"),
    ("annotations", 0, "n_results", 0, -1, "table.range"),
    ("documents", 0, "n_repeated_paragraphs", 2, -1, "table.range"),
    ("documents", 0, "raw_sha256", "0" * 64, "xyz", "table.pattern"),
    ("documents", 0, "dateline_place", "Tessit", None, "table.not-null"),
    ("event_arguments", 0, "role", "actor", "perpetrator", "table.enum"),
]


@pytest.mark.parametrize(
    ("table", "index", "column", "good", "bad", "code"),
    CASES,
    ids=[f"{c[0]}.{c[2]}={c[4]!r}" for c in CASES],
)
def test_column_rule(
    codebook: Codebook, table: str, index: int, column: str, good: Any, bad: Any, code: str
) -> None:
    rows = base_rows()
    rows[table][index][column] = good
    assert check_tables(build(codebook, rows, table), codebook).issues == []
    rows[table][index][column] = bad
    report = check_tables(build(codebook, rows, table), codebook)
    # A row is named by its primary key ('/'-joined when it has several columns).
    key = "/".join(str(rows[table][index][c]) for c in get_table(table).primary_key)
    assert issues_for(report, code) == [(table, key)], report.to_text()


def _set(table: str, index: int, **values: Any) -> Callable[[dict[str, Any]], None]:
    def edit(rows: dict[str, Any]) -> None:
        rows[table][index].update(values)

    return edit


# (a change that passes, a change that fails, code, table, key)
ROW_RULES = [
    (
        _set("mentions", 0, start=38, end=39, text="T"),
        _set("mentions", 0, start=44, end=44, text=""),
        "table.span-order",
        "mentions",
        M1,
    ),
    (
        _set("events", 0, trigger_start=23, trigger_end=24, trigger_text="a"),
        _set("events", 0, trigger_start=30, trigger_end=23),
        "table.span-order",
        "events",
        EV,
    ),
    (
        _set("mentions", 1, date_end=dt.date(2025, 3, 9)),
        _set("mentions", 1, date_end=dt.date(2025, 3, 1)),
        "table.date-order",
        "mentions",
        M2,
    ),
    (
        _set("events", 0, killed_low=4, killed_best=4, killed_high=None),
        _set("events", 0, killed_low=5, killed_best=4, killed_high=None),
        "table.count-order",
        "events",
        EV,
    ),
    (
        _set("events", 0, killed_low=2, killed_best=None, killed_high=5),
        _set("events", 0, killed_low=6, killed_best=None, killed_high=5),
        "table.count-order",
        "events",
        EV,
    ),
    (
        _set("mentions", 0, casualty_low=2, casualty_high=2),
        _set("mentions", 0, casualty_low=3, casualty_high=2),
        "table.count-order",
        "mentions",
        M1,
    ),
    (
        _set("events", 0, event_type="AGREE", mode=None),
        _set("events", 0, event_type="ASSAULT", mode="visit"),  # a CONSULT mode
        "table.mode-of-type",
        "events",
        EV,
    ),
]


@pytest.mark.parametrize(
    ("good", "bad", "code", "table", "key"),
    ROW_RULES,
    ids=[f"{r[2]}-{i}" for i, r in enumerate(ROW_RULES)],
)
def test_row_rule(
    codebook: Codebook,
    good: Callable[[dict[str, Any]], None],
    bad: Callable[[dict[str, Any]], None],
    code: str,
    table: str,
    key: str,
) -> None:
    rows = base_rows()
    good(rows)
    assert check_tables(build(codebook, rows, table), codebook).issues == []
    rows = base_rows()
    bad(rows)
    report = check_tables(build(codebook, rows, table), codebook)
    # One issue per failing row, even though pandera reports every column of it.
    assert issues_for(report, code) == [(table, key)], report.to_text()


def test_duplicate_primary_key_is_caught_by_both_checks(codebook: Codebook) -> None:
    rows = base_rows()
    rows["event_arguments"].append(dict(rows["event_arguments"][0]))
    tables = build(codebook, rows)
    keys = check_keys(tables)
    assert issues_for(keys, "table.primary-key") == [("event_arguments", f"{EV}/location/{M1}")]
    assert "appears 2 times" in keys.issues[0].message
    assert {k for _, k in issues_for(check_tables(tables, codebook), "table.primary-key")} == {
        f"{EV}/location/{M1}"
    }


def test_foreign_keys(codebook: Codebook) -> None:
    rows = base_rows()
    rows["mentions"][1]["doc_id"] = "d2"
    rows["event_arguments"][0]["mention_id"] = "m-" + "9" * 16
    rows["events"][0]["place_mention_id"] = None  # null: nothing to check
    report = check_keys(build(codebook, rows))
    assert sorted(issues_for(report, "table.foreign-key")) == [
        ("event_arguments", f"{EV}/location/m-9999999999999999"),
        ("mentions", M2),
    ]
    assert all(i.code == "table.foreign-key" for i in report)


def test_span_text_must_equal_the_document_slice(codebook: Codebook) -> None:
    rows = base_rows()
    rows["mentions"][0]["text"] = "Tesit"
    rows["events"][0]["trigger_end"] = 400
    report = check_offsets(build(codebook, rows))
    assert issues_for(report, "table.span-text") == [("mentions", M1), ("events", EV)]


def test_wrong_type_missing_and_extra_columns(codebook: Codebook) -> None:
    tables = build(codebook, base_rows())
    bad = tables["mentions"]
    bad = bad.set_column(
        bad.schema.get_field_index("start"), "start", bad.column("start").cast(pa.int64())
    )
    bad = bad.drop_columns(["sector"]).append_column("note", pa.array(["x", "y"]))
    report = check_tables({"mentions": bad}, codebook)
    codes = set(report.codes())
    assert {"table.dtype", "table.column-missing", "table.column-unexpected"} <= codes
    (dtype,) = [i for i in report if i.code == "table.dtype"]
    assert "start" in dtype.message and dtype.location.key is None


def test_many_failures_are_capped_with_a_count(codebook: Codebook) -> None:
    rows = base_rows()
    template = rows["event_arguments"][0]
    rows["event_arguments"] = [
        {**template, "role": "perpetrator", "mention_id": f"m-{i:016x}"} for i in range(60)
    ]
    report = check_tables(build(codebook, {"event_arguments": rows["event_arguments"]}), codebook)
    enum = [i for i in report if i.code == "table.enum"]
    assert len(enum) == 51
    assert enum[-1].message.startswith("10 more issue(s)")


# ---------------------------------------------------------------------------- the three forms


@pytest.mark.parametrize("table", TABLES, ids=[t.name for t in TABLES])
def test_arrow_pandera_and_frictionless_agree(codebook: Codebook, table: Any) -> None:
    arrow = arrow_schema(table, codebook)
    pandera = pandera_schema(table, codebook)
    fless = frictionless_schema(table, codebook)
    names = table.column_names
    assert arrow.names == names
    assert list(pandera.columns) == names
    assert [f["name"] for f in fless["fields"]] == names
    assert fless["primaryKey"] == list(table.primary_key)
    for field, spec in zip(arrow, fless["fields"], strict=True):
        required = spec.get("constraints", {}).get("required", False)
        assert field.nullable == (not required) == pandera.columns[field.name].nullable
        assert field.metadata[b"description"].decode() == spec["description"]
        enum = spec.get("constraints", {}).get("enum")
        column = table.column(field.name)
        assert enum == (None if column.is_list else column.values(codebook))
        assert (spec["type"] == "any") == pa.types.is_list(field.type)
    meta = arrow.metadata
    assert meta[b"sahel_events.schema_version"].decode() == codebook.version
    assert meta[b"sahel_events.table"].decode() == table.name


def test_enumerations_come_from_the_codebook(codebook: Codebook) -> None:
    events = frictionless_schema("events", codebook)
    fields = {f["name"]: f for f in events["fields"]}
    assert fields["event_type"]["constraints"]["enum"] == list(codebook.event_types)
    assert {"value": "ASSAULT", "label": codebook.event_types["ASSAULT"].name} in (
        fields["event_type"]["categories"]
    )
    all_modes = {m for t in codebook.event_types.values() for m in t.modes}
    assert set(fields["mode"]["constraints"]["enum"]) == all_modes
    assert events["foreignKeys"][0] == {
        "fields": ["doc_id"],
        "reference": {"resource": "documents", "fields": ["doc_id"]},
    }


def test_frictionless_accepts_the_table_schemas(codebook: Codebook) -> None:
    import frictionless  # the `check` extra, installed by make test

    for table in TABLES:
        descriptor = frictionless_schema(table, codebook)
        assert frictionless.Schema.validate_descriptor(descriptor).valid, table.name


def test_a_codebook_without_a_needed_attribute_is_refused(codebook: Codebook) -> None:
    attributes = {k: v for k, v in codebook.entity_attributes.items() if k != "sector"}
    broken = dataclasses.replace(codebook, entity_attributes=attributes)
    with pytest.raises(CodebookError) as caught:
        frictionless_schema("mentions", broken)
    assert caught.value.report.codes() == ["codebook.missing-key"]


# ---------------------------------------------------------------------------- stable codes


def test_columns_out_of_order_are_reported(codebook: Codebook) -> None:
    tables = build(codebook, base_rows(), "event_arguments")
    assert check_tables(tables, codebook).issues == []
    data = tables["event_arguments"]
    swapped = data.select(["role", "event_id", "mention_id"])
    report = check_tables({"event_arguments": swapped}, codebook)
    assert report.codes() == ["table.column-order"], report.to_text()
    assert report.issues[0].location.table == "event_arguments"


def test_every_table_code_is_exercised_by_a_passing_and_a_failing_example() -> None:
    # The parametrised cases above pass a good value and fail a bad one, per rule; the
    # tests of keys, offsets and structure do the same for the other codes.
    exercised = {c[-1] for c in CASES} | {r[2] for r in ROW_RULES}
    exercised |= {
        "table.primary-key",  # test_duplicate_primary_key_is_caught_by_both_checks
        "table.foreign-key",  # test_foreign_keys
        "table.span-text",  # test_span_text_must_equal_the_document_slice
        "table.dtype",  # test_wrong_type_missing_and_extra_columns
        "table.column-missing",
        "table.column-unexpected",
        "table.column-order",  # test_columns_out_of_order_are_reported
        # tests/test_incidents.py::test_check_incidents_finds_a_hand_edited_incident
        "table.incident",
    }
    assert set(TABLE_CODES) - {CHECK_FAILED} == exercised


def test_every_rule_and_check_has_a_fixed_code() -> None:
    for table in TABLES:
        for rule in table.rules:
            assert rule.name in CHECK_CODES, (table.name, rule.name)
    assert set(CHECK_CODES.values()) <= set(TABLE_CODES)
    assert set(REASON_CODES.values()) <= set(TABLE_CODES)
    # pandera's own names never become codes: a name that is not ours is check-failed.
    assert code_of_check("isin") == CHECK_FAILED
    assert code_of_check("not_nullable") == CHECK_FAILED


def test_a_check_that_crashes_reports_under_the_fallback_code(
    codebook: Codebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fault we cannot cause through data: a row rule whose code raises.
    def broken(rule: Any, codebook: Codebook) -> pa_checks.pa.Check:
        def check(df: Any) -> Any:
            raise RuntimeError("boom")

        return pa_checks.pa.Check(check, name="mode-of-type", error="mode-of-type")

    monkeypatch.setattr(pandera_schemas, "_pair_check", broken)
    report = check_tables(build(codebook, base_rows(), "events"), codebook)
    assert report.codes() == ["table.check-failed"], report.to_text()
    assert report.issues[0].location.table == "events"


# ---------------------------------------------------------------------------- row builders


def test_a_row_with_a_key_that_is_not_a_column_is_refused(codebook: Codebook) -> None:
    rows = base_rows()["event_arguments"]
    assert from_rows("event_arguments", rows, codebook).to_pylist() == rows
    misspelled = [{**rows[0], "mention": rows[0]["mention_id"]}]
    with pytest.raises(UnknownColumnError, match="'mention'"):
        from_rows("event_arguments", misspelled, codebook)
    table = get_table("event_arguments")
    assert table.row({"event_id": EV, "role": "actor"}) == {
        "event_id": EV,
        "role": "actor",
        "mention_id": None,
    }
    with pytest.raises(UnknownColumnError, match="event_arguments has no column 'roles'"):
        table.row({"event_id": EV, "roles": "actor"})


def test_importing_compile_costs_neither_pandas_nor_pandera_nor_pydantic() -> None:
    code = (
        "import sys, sahel_events.compile, sahel_events.tables\n"
        "print(','.join(m for m in ('pandas', 'pandera', 'pydantic') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.strip() == ""
