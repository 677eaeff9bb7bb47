"""The canonical JSON lines of a table's rows, made by Arrow kernels where they can be.

The content hash (:func:`sahel_events.parquet_io.content_hash`) hashes one line per row:
the compact JSON array of the row's values (``json.dumps`` with ``ensure_ascii=False``
and ``(",", ":")`` separators, over the canonical Python values). Made in Python, value
by value, that cost more than writing the tables. Here each column becomes the JSON
text of its values at once, and the lines are joined by Arrow; the bytes are those of
the Python serialisation (the tests compare both on every kind of value):

* strings: backslash and double quote escaped, the control characters U+0000-U+001F as
  ``json`` writes them (``\\n``, ``\\t``, ``\\r``, ``\\b``, ``\\f``, the others
  ``\\u00XX``), everything else as it is (``ensure_ascii=False``);
* integers and booleans: Arrow's decimal digits and ``true``/``false``, which are
  Python's; floats as Python's ``repr`` (:func:`_float_json`); dates and UTC
  timestamps in microseconds in ISO 8601 as Python writes them;
* lists of strings: the items as above, joined by ``,`` within brackets;
* any other type (float16, other timestamps, structs...): value by value in Python,
  as before, a column at a time.

Null is ``null`` in every column.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["canonical", "column_json", "row_lines"]

#: How ``json.dumps`` writes each control character inside a string.
_CONTROL = {chr(c): json.dumps(chr(c))[1:-1] for c in range(0x20)}


def canonical(value: Any) -> Any:
    """A Python value as the content hash serialises it (dates and times in ISO 8601,
    timestamps in UTC, bytes in hex, decimals and durations as text)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, decimal.Decimal | dt.timedelta):
        return str(value)
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    return value


def _dumps(value: Any) -> str:
    return json.dumps(canonical(value), ensure_ascii=False, separators=(",", ":"))


def _string_json(column: pa.Array) -> pa.Array:
    """Each string as a JSON string literal (null stays null)."""
    text = pc.replace_substring(column, "\\", "\\\\")
    text = pc.replace_substring(text, '"', '\\"')
    # Most text has no control character: one scan instead of 32 replacements.
    if pc.any(pc.match_substring_regex(text, r"[\x00-\x1f]")).as_py():
        for char, escaped in _CONTROL.items():
            text = pc.replace_substring(text, char, escaped)
    return pc.binary_join_element_wise('"', text, '"', "")


def _python_json(column: pa.Array) -> pa.Array:
    """Each value serialised in Python (the types without an Arrow path)."""
    return pa.array([_dumps(v) for v in column.to_pylist()], pa.string())


def _float_json(column: pa.Array) -> pa.Array:
    """Each float as Python's ``repr`` writes it (null stays null).

    Arrow and Python both write the shortest digits that read back to the same float,
    but not in the same notation: Arrow writes 1.0 as ``1`` and switches to an exponent
    at other magnitudes. Where Python writes plain decimals (a magnitude from 1e-4 to
    1e16, or zero), Arrow's plain decimals are Python's, and its integers want ``.0``;
    the other values (exponents, NaN, infinities) are written by Python, one by one.
    """
    text = pc.cast(column, pa.string())
    size = pc.abs(column)
    plain = pc.and_(pc.greater_equal(size, 1e-4), pc.less(size, 1e16))
    decimal = pc.and_(pc.match_substring_regex(text, r"^-?[0-9]+\.[0-9]+$"), plain)
    whole = pc.and_(
        pc.match_substring_regex(text, r"^-?[0-9]+$"),
        pc.or_(plain, pc.equal(size, 0.0)),
    )
    out = pc.if_else(whole, pc.binary_join_element_wise(text, ".0", ""), text)
    odd = pc.and_(pc.is_valid(column), pc.invert(pc.or_(decimal, whole)))
    if pc.any(odd).as_py():
        values = column.filter(odd).to_pylist()
        out = pc.replace_with_mask(out, odd, pa.array([_dumps(v) for v in values], pa.string()))
    return out


def _timestamp_json(column: pa.Array) -> pa.Array:
    """Each UTC timestamp (microseconds) as ``datetime.isoformat`` writes it, quoted."""
    text = pc.replace_substring_regex(
        pc.cast(column, pa.string()),
        r"^([0-9]{4}-[0-9]{2}-[0-9]{2}) ([0-9:]{8})(?:\.000000)?(\.[0-9]{6})?Z$",
        r'"\1T\2\3+00:00"',
    )
    return text


def column_json(column: pa.Array) -> pa.Array:
    """The JSON text of each value of ``column`` (a string array without nulls)."""
    kind = column.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        out = _string_json(column.cast(pa.string()))
    elif pa.types.is_integer(kind) or pa.types.is_boolean(kind):
        out = pc.cast(column, pa.string())
    elif pa.types.is_float64(kind) or pa.types.is_float32(kind):
        out = _float_json(column.cast(pa.float64()))
    elif pa.types.is_date32(kind):
        # ISO 8601 with a four-digit year: Python's isoformat over its whole range.
        out = pc.binary_join_element_wise('"', pc.cast(column, pa.string()), '"', "")
    elif pa.types.is_timestamp(kind) and kind.unit == "us" and kind.tz == "UTC":
        out = _timestamp_json(column)
    elif (pa.types.is_list(kind) or pa.types.is_large_list(kind)) and (
        pa.types.is_string(kind.value_type) or pa.types.is_large_string(kind.value_type)
    ):
        items = pc.fill_null(_string_json(column.values.cast(pa.string())), "null")
        # The offsets copied: a sliced array's cannot go with a validity mask.
        offsets = pa.array(np.asarray(column.offsets))
        lists = type(column).from_arrays(offsets, items, mask=column.is_null())
        out = pc.binary_join_element_wise("[", pc.binary_join(lists, ","), "]", "")
    else:
        return _python_json(column)
    return pc.fill_null(out, "null")


def row_lines(batch: pa.RecordBatch | pa.Table) -> bytes:
    """The canonical line of every row of ``batch``, each ending in a newline."""
    if batch.num_rows == 0:
        return b""
    rows: int = batch.num_rows
    if not batch.num_columns:
        return b"[]\n" * rows
    columns = [
        column_json(c.combine_chunks() if isinstance(c, pa.ChunkedArray) else c)
        for c in batch.columns
    ]
    joined = pc.binary_join_element_wise(*columns, ",") if len(columns) > 1 else columns[0]
    lines = pc.binary_join_element_wise("[", joined, "]\n", "")
    lines = lines.cast(pa.large_string())  # 64-bit offsets: any batch's bytes
    offsets = np.frombuffer(lines.buffers()[1], np.int64)[lines.offset :][: len(lines) + 1]
    data = lines.buffers()[2]
    start, end = int(offsets[0]), int(offsets[-1])
    return b"" if data is None else bytes(memoryview(data)[start:end])
