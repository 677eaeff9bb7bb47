"""Tables read a batch of rows at a time, whether held in memory or written to Parquet.

The release steps after the tables are written (statistics, figures, the CSV copy, the
card's list of documents) and ``release check`` read each table in batches of at most
:data:`BATCH_ROWS` rows, so their memory does not grow with the number of rows. A
table is given either as an Arrow table (already in memory) or as the path of its
Parquet file (read with :class:`pyarrow.parquet.ParquetFile`, one batch at a time).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeAlias

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

#: Rows per batch. A module attribute so that the tests can make it tiny: every output
#: must be the same whatever the batch size.
BATCH_ROWS = 65_536

TableSource: TypeAlias = pa.Table | Path
"""A table in memory, or the path of its Parquet file."""


def schema_of(source: TableSource) -> pa.Schema:
    """The Arrow schema (metadata included), without reading the rows of a file."""
    if isinstance(source, pa.Table):
        return source.schema
    return pq.ParquetFile(source).schema_arrow


def column_names(source: TableSource) -> list[str]:
    """The table's column names, in order."""
    return list(schema_of(source).names)


def num_rows(source: TableSource) -> int:
    """The number of rows (from the file's footer for a file)."""
    if isinstance(source, pa.Table):
        return int(source.num_rows)
    return int(pq.ParquetFile(source).metadata.num_rows)


def iter_batches(
    source: TableSource, columns: Sequence[str] | None = None
) -> Iterator[pa.RecordBatch]:
    """The rows of ``columns`` (default: all) in order, at most :data:`BATCH_ROWS` at a time."""
    size = max(1, BATCH_ROWS)
    if isinstance(source, pa.Table):
        table = source.select(list(columns)) if columns is not None else source
        yield from table.to_batches(max_chunksize=size)
        return
    parquet = pq.ParquetFile(source)
    wanted = list(columns) if columns is not None else None
    yield from parquet.iter_batches(batch_size=size, columns=wanted)


def iter_rows(
    source: TableSource, columns: Sequence[str] | None = None
) -> Iterator[dict[str, object]]:
    """The rows as dicts of Python values, one batch converted at a time."""
    for batch in iter_batches(source, columns):
        yield from batch.to_pylist()


def read_columns(source: TableSource, columns: Sequence[str] | None = None) -> pa.Table:
    """The whole table (or only ``columns``) in memory: for the steps that need every row
    at once (the diff against an earlier release). From a file, only ``columns`` are read."""
    if isinstance(source, pa.Table):
        return source.select(list(columns)) if columns is not None else source
    return pq.read_table(source, columns=list(columns) if columns is not None else None)


def extreme(source: TableSource, column: str, greatest: bool) -> Any:
    """The greatest (or least) non-null value of ``column``, a batch at a time; else None."""
    pick = pc.max if greatest else pc.min
    found = [
        v for b in iter_batches(source, [column]) if (v := pick(b.column(0)).as_py()) is not None
    ]
    if not found:
        return None
    return max(found) if greatest else min(found)
