"""The content hash's row lines made by Arrow kernels (:mod:`sahel_events.rowjson`) are
byte for byte what ``json.dumps`` writes for each row, on every kind of value a table
holds: the content hashes recorded in the published releases depend on it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pyarrow as pa

from sahel_events.parquet_io import content_hash
from sahel_events.rowjson import canonical, row_lines
from sahel_events.tables import META_PRIMARY_KEY

#: Every control character, the two escaped ones, what json leaves alone (DEL, accents,
#: a line separator, an emoji), and the empty string.
AWKWARD = [
    "".join(chr(c) for c in range(0x20)),
    'a "quoted" \\ back\\slash',
    "\x7f é ü Ñ \u2028 \U0001f600 نص",
    "",
    "plain",
]


def _reference(table: pa.Table) -> bytes:
    """Row by row in Python, as the content hash was first written."""
    out = b""
    for row in table.to_pylist():
        values = [canonical(v) for v in row.values()]
        out += json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
    return out


def _table() -> pa.Table:
    n = len(AWKWARD) + 1
    texts = [*AWKWARD, None]
    return pa.table(
        {
            "text": pa.array(texts, pa.string()),
            "large": pa.array(list(reversed(texts)), pa.large_string()),
            "i8": pa.array([-128, 127, 0, None, 5, -1], pa.int8()),
            "i64": pa.array([-(2**63), 2**63 - 1, 0, 1, None, -7], pa.int64()),
            "u32": pa.array([0, 2**32 - 1, None, 3, 4, 5], pa.uint32()),
            "flag": pa.array([True, False, None, True, False, True]),
            "tags": pa.array(
                [["a", None, ""], [], None, [AWKWARD[0], AWKWARD[1]], [AWKWARD[2]], ["x"]],
                pa.list_(pa.string()),
            ),
            "score": pa.array([0.1, -0.0, float("nan"), float("inf"), 1e16, None]),
            "day": pa.array([dt.date(2025, 3, 2), None, dt.date(1, 1, 1)] * 2, pa.date32()),
            "at": pa.array(
                [dt.datetime(2025, 3, 2, 10, 0, 0, 123, tzinfo=dt.UTC), None] * 3,
                pa.timestamp("us", tz="UTC"),
            ),
            "numbers": pa.array([[1, None], None, [], [2], [3], [4]], pa.list_(pa.int32())),
        }
    ).slice(0, n)


def test_the_lines_are_json_dumps_of_each_row_on_every_kind_of_value() -> None:
    table = _table()
    assert row_lines(table) == _reference(table)
    # Sliced (an offset into every buffer) and one row at a time.
    for start in range(table.num_rows):
        part = table.slice(start, 2)
        assert row_lines(part) == _reference(part)
        assert row_lines(part.to_batches()[0]) == _reference(part)


def test_a_table_with_no_rows_or_a_single_column_has_its_lines() -> None:
    table = _table()
    assert row_lines(table.slice(0, 0)) == b""
    for name in table.column_names:
        single = table.select([name])
        assert row_lines(single) == _reference(single), name


def test_the_content_hash_is_that_of_the_python_lines_in_key_order() -> None:
    from sahel_events.parquet_io import _header

    table = _table()
    keyed = table.replace_schema_metadata({META_PRIMARY_KEY: '["i64"]'})
    expected = _header(table.schema) + _reference(table.sort_by("i64"))
    assert content_hash(keyed) == hashlib.sha256(expected).hexdigest()


def test_floats_and_timestamps_of_every_magnitude_are_written_as_python_writes_them() -> None:
    import random

    rng = random.Random(17)
    floats: list[float | None] = [None, 0.0, -0.0, 1e-4, 9.999e-5, 1e16, 9999999999999998.0]
    floats += [float("nan"), float("inf"), -float("inf"), 5e-324, 1.7976931348623157e308]
    for _ in range(20_000):
        magnitude = 10.0 ** rng.uniform(-12, 22)
        value = rng.choice([rng.random(), round(rng.random(), 2), float(rng.randint(0, 999))])
        floats.append(rng.choice([1, -1]) * value * magnitude)
    stamps: list[dt.datetime | None] = [None, dt.datetime(1, 1, 1, tzinfo=dt.UTC)]
    stamps += [
        dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=rng.randint(0, 10**15))
        for _ in range(len(floats) - 2)
    ]
    # Some on a whole second (isoformat then writes no fraction).
    stamps[2:100] = [m.replace(microsecond=0) if m else None for m in stamps[2:100]]
    table = pa.table(
        {
            "f64": pa.array(floats, pa.float64()),
            "f32": pa.array(floats, pa.float32()),
            "at": pa.array(stamps, pa.timestamp("us", tz="UTC")),
        }
    )
    assert row_lines(table) == _reference(table)
