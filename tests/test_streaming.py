"""Tables written and checked a batch at a time give what the whole-table path gives.

Compile and release hold no second copy of a table while writing, checking or hashing
it: the Parquet writer takes row groups one at a time, pandera sees a slice of rows at
a time and the content hash reads the file in batches. These tests cut a small table
into many tiny batches and row groups, so that a batch boundary in the wrong place (a
row group cut differently, a row number counted from the slice instead of the table, a
duplicate key split across slices) shows in the bytes or in the issues.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sahel_events.codebook import Codebook, load_project_codebook
from sahel_events.parquet_io import (
    TableWriter,
    content_hash,
    file_content_hash,
    write_table,
)
from sahel_events.tables import arrow_schema, check_keys, check_tables
from tests.test_tables import base_rows, issues_for

REPO = Path(__file__).resolve().parents[1]
ROWS = 23  # a prime: no batch or row-group size used below divides it


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


def mention_rows(n: int) -> list[dict[str, Any]]:
    """``n`` valid mentions of the test document, their ids in ascending order."""
    template = base_rows()["mentions"][0]
    rows = []
    for i in range(n):
        row = dict(template)
        row["mention_id"] = f"m-{i:016x}"
        row["region_id"] = f"r{i}"
        rows.append(row)
    return rows


def mentions(codebook: Codebook, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=arrow_schema("mentions", codebook))


def written(path: Path, table: pa.Table, codebook: Codebook, batch: int, group: int) -> bytes:
    """The bytes of ``table`` fed to a TableWriter ``batch`` rows at a time."""
    with TableWriter(path, table.schema, codebook.version, "1.0.0", row_group_size=group) as w:
        for offset in range(0, table.num_rows, batch):
            w.write(table.slice(offset, batch))
    return path.read_bytes()


def test_tiny_batches_give_the_bytes_of_one_batch(tmp_path: Path, codebook: Codebook) -> None:
    table = mentions(codebook, mention_rows(ROWS))
    one = written(tmp_path / "one.parquet", table, codebook, batch=ROWS, group=4)
    for batch in (1, 3, 5):
        assert written(tmp_path / f"b{batch}.parquet", table, codebook, batch, 4) == one
    # Row groups of 4 rows, as pyarrow cuts a whole table: the boundaries were exercised.
    groups = pq.ParquetFile(tmp_path / "one.parquet").metadata
    assert [groups.row_group(i).num_rows for i in range(groups.num_row_groups)] == [4] * 5 + [3]
    # With the published row-group size, a table fed in batches of 3 rows is the file
    # write_table writes for the whole table.
    write_table(table, tmp_path / "whole.parquet", codebook.version, "1.0.0")
    fed = written(tmp_path / "fed.parquet", table, codebook, batch=3, group=131_072)
    assert fed == (tmp_path / "whole.parquet").read_bytes()
    assert pq.read_table(tmp_path / "fed.parquet").column("mention_id").to_pylist() == [
        r["mention_id"] for r in mention_rows(ROWS)
    ]


def test_a_row_out_of_order_in_a_later_batch_is_refused_and_named(
    tmp_path: Path, codebook: Codebook
) -> None:
    rows = mention_rows(6)
    table = mentions(codebook, rows)
    target = tmp_path / "mentions.parquet"
    writer = TableWriter(target, table.schema, codebook.version, "1.0.0")
    with pytest.raises(ValueError, match="not sorted") as caught, writer as w:
        w.write(table.slice(3, 3))  # rows 3-5: in order on their own
        w.write(table.slice(0, 3))  # rows 0-2: each sorted, but before row 5
    assert rows[0]["mention_id"] in str(caught.value)
    assert rows[5]["mention_id"] in str(caught.value)
    assert not target.exists()  # no half-written file
    assert list(tmp_path.iterdir()) == []


def test_an_empty_table_fed_to_the_writer_is_the_whole_table_write(
    tmp_path: Path, codebook: Codebook
) -> None:
    empty = mentions(codebook, [])
    with TableWriter(tmp_path / "a.parquet", empty.schema, codebook.version, "1.0.0"):
        pass
    # pyarrow writes one empty row group for an empty table: so does the TableWriter.
    pq.write_table(empty, tmp_path / "reference.parquet")
    assert pq.ParquetFile(tmp_path / "a.parquet").metadata.num_row_groups == 1
    write_table(empty, tmp_path / "b.parquet", codebook.version, "1.0.0")
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()


def test_the_content_hash_of_a_file_read_in_batches(tmp_path: Path, codebook: Codebook) -> None:
    table = mentions(codebook, mention_rows(ROWS))
    path = tmp_path / "mentions.parquet"
    written(path, table, codebook, batch=2, group=4)
    assert file_content_hash(path) == content_hash(pq.read_table(path))
    # A file out of key order (not written by the project) hashes as its sorted table.
    reversed_rows = table.take(pa.array(range(ROWS - 1, -1, -1)))
    pq.write_table(reversed_rows, tmp_path / "reversed.parquet", row_group_size=4)
    assert file_content_hash(tmp_path / "reversed.parquet") == content_hash(table)
    # Content, not order of reading: one changed value changes the hash.
    changed = mention_rows(ROWS)
    changed[17]["text"] = "Tessi"
    pq.write_table(mentions(codebook, changed), tmp_path / "changed.parquet")
    assert file_content_hash(tmp_path / "changed.parquet") != file_content_hash(path)


def test_pandera_slices_name_the_rows_of_the_whole_table(codebook: Codebook) -> None:
    rows = mention_rows(ROWS)
    rows[1]["entity_type"] = "PLACE"  # enum, in the first slice
    rows[9]["latitude"] = 95.0  # range, in the fifth slice of two rows
    rows[22]["start"] = 60  # span-order (start after end), in the last slice
    table = {"mentions": mentions(codebook, rows)}
    whole = check_tables(table, codebook)
    sliced = check_tables(table, codebook, batch_rows=2)
    expected = {
        ("table.enum", rows[1]["mention_id"]),
        ("table.range", rows[9]["mention_id"]),
        ("table.span-order", rows[22]["mention_id"]),
    }
    assert {(i.code, i.location.key) for i in sliced} == expected, sliced.to_text()
    assert [i.as_dict() for i in sliced] == [i.as_dict() for i in whole]


def test_a_column_fault_is_reported_once_not_once_per_slice(codebook: Codebook) -> None:
    table = mentions(codebook, mention_rows(ROWS))
    table = table.append_column("colour", pa.array(["red"] * ROWS))
    report = check_tables({"mentions": table}, codebook, batch_rows=2)
    assert [(i.code, i.location.key) for i in report] == [("table.column-unexpected", None)]


def test_a_duplicate_key_split_across_slices_is_caught_and_named(codebook: Codebook) -> None:
    rows = mention_rows(ROWS)
    rows[20] = dict(rows[3])  # the same mention twice, ten slices apart
    duplicated = rows[3]["mention_id"]
    tables = {"mentions": mentions(codebook, rows)}
    # pandera sees the duplicate only within a slice: with slices of two rows it cannot.
    sliced = check_tables(tables, codebook, batch_rows=2)
    assert issues_for(sliced, "table.primary-key") == []
    # The key check, run after it by compile and release check, sees the whole table.
    keys = check_keys(tables)
    assert issues_for(keys, "table.primary-key") == [("mentions", duplicated)]
    assert "appears 2 times" in keys.issues[0].message
    # And with slices big enough, pandera names the same row.
    whole = check_tables(tables, codebook)
    assert {k for _, k in issues_for(whole, "table.primary-key")} == {duplicated}
    assert json.dumps(keys.as_dict())  # JSON-ready, as `--json` prints it


def test_a_duplicate_key_across_key_batches_of_a_sorted_table(codebook: Codebook) -> None:
    rows = mention_rows(ROWS)
    # Rows 5, 6 and 7 share one key: sorted, they straddle the boundary of two
    # batches of the sorted pass (rows 0-5, then 6-11 with batches of 6 comparisons).
    for i in (6, 7):
        rows[i] = dict(rows[5], region_id=f"r{i}")
    tables = {"mentions": mentions(codebook, rows)}
    for batch_rows in (1, 2, 6, 1000):
        report = check_keys(tables, batch_rows=batch_rows)
        assert issues_for(report, "table.primary-key") == [("mentions", rows[5]["mention_id"])]
        assert "appears 3 times" in report.issues[0].message
    # Out of key order, the same duplicate is found by counting.
    shuffled = {"mentions": tables["mentions"].take(pa.array([7, *range(7), *range(8, ROWS)]))}
    report = check_keys(shuffled, batch_rows=2)
    assert issues_for(report, "table.primary-key") == [("mentions", rows[5]["mention_id"])]
    assert "appears 3 times" in report.issues[0].message
