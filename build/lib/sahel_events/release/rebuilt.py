"""A rebuilt table against the published one, a batch at a time (for ``release check``).

The rebuild writes today's tables; each is rendered onto the schema the release
published (:mod:`.render`) one batch at a time and hashed as it streams, so the
comparison holds a batch of each side in memory, not both tables. When the hashes
differ, both sides are walked in step, in the published key order, to name the first
row that differs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..parquet_io import batches_content_hash, primary_key_of
from .batches import iter_batches, iter_rows
from .render import render_for_release


def rendered_batches(rebuilt: Path, published: pa.Schema) -> Iterator[pa.Table]:
    """The rebuilt table's batches in the published schema (raises ``RenderError``)."""
    for batch in iter_batches(rebuilt):
        yield render_for_release(pa.Table.from_batches([batch]), published)


def rendered_hash(rebuilt: Path, published: pa.Schema) -> str:
    """The content hash of the rebuilt table rendered onto ``published``, batch by batch."""
    return batches_content_hash(published, lambda: rendered_batches(rebuilt, published))


@dataclass(frozen=True)
class RowDifference:
    """The first row where the published and the rebuilt table part."""

    row: int  # 1-based, in the order of the published file
    key: dict[str, Any]  # the published row's key (the rebuilt one's when it has more rows)
    columns: list[str]  # the columns that differ (every column when a side has no row)


def _same(a: Any, b: Any) -> bool:
    """Equal values, NaN equal to NaN (as the content hash sees them)."""
    return bool(a == b) or (isinstance(a, float) and isinstance(b, float) and a != a and b != b)


def _rows(tables: Iterator[pa.Table]) -> Iterator[dict[str, Any]]:
    for table in tables:
        yield from table.to_pylist()


def first_difference(
    published_file: Path, rebuilt: Path, published: pa.Schema
) -> RowDifference | None:
    """The first row where the two tables differ; None if they do not.

    Both files are read in their order, which is the key order of a table written by
    :func:`~sahel_events.parquet_io.write_table`; rows are compared value by value.
    """
    try:
        key = primary_key_of(published.empty_table())
    except ValueError:
        key = list(published.names)
    mine = iter_rows(published_file)
    theirs = _rows(rendered_batches(rebuilt, published))
    number = 0
    while True:
        a, b = next(mine, None), next(theirs, None)
        number += 1
        if a is None and b is None:
            return None
        if a is None or b is None:
            row = a if a is not None else b
            assert row is not None
            return RowDifference(number, {k: row.get(k) for k in key}, list(published.names))
        columns = [c for c in published.names if not _same(a.get(c), b.get(c))]
        if columns:
            return RowDifference(number, {k: a.get(k) for k in key}, columns)
