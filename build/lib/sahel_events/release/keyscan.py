"""Keys of a table file scanned in Arrow a batch at a time: null keys, repeated keys and
foreign keys that point nowhere (for ``release check``, :mod:`.keycheck`).

Only the key columns are read, :data:`KEY_ROWS` rows at a time, and only the
rows at fault become Python values. A file in key order (a release writes every table
so) is scanned comparing each row with the one before; a file out of order has its key
columns sorted in Arrow first (stable: rows with one key keep their order in the file).
A foreign key holds the referenced key column as one Arrow array of its distinct values.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..parquet_io import in_key_order
from . import batches

__all__ = ["dangling", "null_keys", "repeated"]

_ROW = "__row"
#: Rows of key columns read at a time (a module attribute so that the tests can make it
#: tiny): 131,072 ids of 20 characters and their hash table are some 10 MiB.
KEY_ROWS = 131_072


def _batches(path: Path, columns: Sequence[str]) -> Iterator[pa.RecordBatch]:
    return batches.iter_batches(path, list(columns), rows=KEY_ROWS)


def _numbered(path: Path, key: Sequence[str]) -> Iterator[pa.Table]:
    """The key columns in key order, a batch at a time, each row with its position in
    the file (``__row``, from 0)."""
    key = list(key)
    if in_key_order(_batches(path, key), key):
        offset = 0
        for batch in _batches(path, key):
            rows = pa.array(np.arange(offset, offset + batch.num_rows, dtype=np.int64))
            offset += batch.num_rows
            yield pa.Table.from_batches([batch]).append_column(_ROW, rows)
        return
    whole = batches.read_columns(path, key)
    whole = whole.append_column(_ROW, pa.array(np.arange(whole.num_rows, dtype=np.int64)))
    ordered = whole.sort_by([*((c, "ascending") for c in key), (_ROW, "ascending")])
    del whole
    for batch in ordered.to_batches(max(1, KEY_ROWS)):
        yield pa.Table.from_batches([batch])


def null_keys(
    path: Path, key: Sequence[str], *, every: bool
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row, key values) of each row whose key has a null in every field (``every``) or in
    any field, in file order; row counted from 0."""
    offset = 0
    for batch in _batches(path, key):
        found = None
        for i in range(batch.num_columns):
            null = pc.is_null(batch.column(i))
            found = null if found is None else (pc.and_ if every else pc.or_)(found, null)
        if found is not None and pc.any(found).as_py():
            for i in pc.indices_nonzero(found).to_pylist():
                yield offset + i, tuple(c[i].as_py() for c in batch.columns)
        offset += batch.num_rows


def repeated(path: Path, key: Sequence[str]) -> Iterator[tuple[int, int, tuple[Any, ...]]]:
    """(row, earlier row, key values) of each row whose key, without nulls, equals an
    earlier row's; the earlier row is the last before it with that key. In key order."""
    previous: tuple[Any, ...] | None = None
    previous_row = -1
    for part in _numbered(path, key):
        n = part.num_rows
        if n == 0:
            continue
        rows = part.column(_ROW)
        same = None  # row i + 1 against row i
        for c in key:
            column = part.column(c)
            equal = pc.fill_null(pc.equal(column.slice(1, n - 1), column.slice(0, n - 1)), False)
            same = equal if same is None else pc.and_(same, equal)
        found = [] if same is None else [i + 1 for i in pc.indices_nonzero(same).to_pylist()]
        first = tuple(part.column(c)[0].as_py() for c in key)
        if first == previous and None not in first:  # against the batch before
            found.insert(0, 0)
        for i in found:
            values = tuple(part.column(c)[i].as_py() for c in key)
            before = previous_row if i == 0 else rows[i - 1].as_py()
            yield rows[i].as_py(), before, values
        previous = tuple(part.column(c)[n - 1].as_py() for c in key)
        previous_row = rows[n - 1].as_py()


def _joined(table: pa.Table, fields: Sequence[str]) -> pa.Array:
    """One array of the key: the column itself, or the fields' texts joined (null where
    a field is null), so that a key of several columns is compared as one value."""
    if len(fields) == 1:
        return table.column(fields[0]).combine_chunks()
    texts = [pc.cast(table.column(f), pa.string()).combine_chunks() for f in fields]
    return pc.binary_join_element_wise(*texts, "\x1f")


def dangling(
    path: Path,
    fields: Sequence[str],
    parent: Path,
    reference: Sequence[str],
    extra: Sequence[str] = (),
) -> Iterator[tuple[int, tuple[Any, ...], tuple[Any, ...]]]:
    """(row, values of ``fields``, values of ``extra``) of each row whose ``fields`` are
    not all null and are no ``reference`` of ``parent``, in file order; row from 0.

    Each batch of the file is looked up in the referenced column a batch at a time (read
    again for each batch): memory holds two batches, never the referenced column whole
    nor a hash table of all of it (500,000 mention ids: some 70 MiB).
    """
    columns = list(dict.fromkeys([*fields, *extra]))
    offset = 0
    for batch in _batches(path, columns):
        part = pa.Table.from_batches([batch])
        any_value = None
        for f in fields:
            valid = pc.is_valid(part.column(f))
            any_value = valid if any_value is None else pc.or_(any_value, valid)
        missing = _not_in(_joined(part, fields), parent, reference)
        missing = pc.and_(any_value, missing)
        if pc.any(missing).as_py():
            for i in pc.indices_nonzero(missing).to_pylist():
                cells = tuple(part.column(f)[i].as_py() for f in fields)
                more = tuple(part.column(c)[i].as_py() for c in extra)
                yield offset + i, cells, more
        offset += part.num_rows


def _not_in(values: pa.Array, parent: Path, reference: Sequence[str]) -> pa.Array:
    """For each of ``values``, whether it is no ``reference`` of ``parent`` (True for a
    null), looked up one batch of the parent at a time."""
    unknown = pc.is_valid(values)
    indices = pc.indices_nonzero(unknown)  # the values not found yet
    for batch in _batches(parent, reference):
        if len(indices) == 0:
            break
        keys = _joined(pa.Table.from_batches([batch]), reference)
        wanted = pc.take(values, indices)
        if wanted.type != keys.type:
            wanted, keys = pc.cast(wanted, pa.string()), pc.cast(keys, pa.string())
        found = pc.fill_null(pc.is_in(wanted, value_set=keys), False)
        indices = pc.filter(indices, pc.invert(found))
    # The values still not found, and the nulls, are True.
    missing = pc.is_null(values).to_numpy(zero_copy_only=False).copy()
    missing[indices.to_numpy()] = True
    return pa.array(missing)
