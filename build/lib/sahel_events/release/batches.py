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
from typing import Any, Protocol, TypeAlias

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

#: Rows per batch. A module attribute so that the tests can make it tiny: every output
#: must be the same whatever the batch size. 8,192 rows of the widest table (documents,
#: with their texts) are a few MiB as Arrow and some 10 MiB as Python values; 65,536
#: were eight times that, and more at 100,000 tasks than at 10,000 (where a table of
#: 10,000 rows is one batch).
BATCH_ROWS = 8_192


class TableHandle(Protocol):
    """A table kept in a file by whoever made it (compile's spill files,
    :class:`sahel_events.tablefile.SpilledTable`): its schema, rows and batches."""

    @property
    def schema(self) -> pa.Schema: ...

    @property
    def num_rows(self) -> int: ...

    def iter_batches(
        self, batch_size: int = ..., columns: Sequence[str] | None = None
    ) -> Iterator[pa.RecordBatch]: ...


TableSource: TypeAlias = pa.Table | Path | TableHandle
"""A table in memory, the path of its Parquet file, or a handle on a table in a file."""


def schema_of(source: TableSource) -> pa.Schema:
    """The Arrow schema (metadata included), without reading the rows of a file."""
    if isinstance(source, Path):
        return pq.ParquetFile(source).schema_arrow
    return source.schema


def column_names(source: TableSource) -> list[str]:
    """The table's column names, in order."""
    return list(schema_of(source).names)


def num_rows(source: TableSource) -> int:
    """The number of rows (from the file's footer for a file)."""
    if isinstance(source, Path):
        return int(pq.ParquetFile(source).metadata.num_rows)
    return int(source.num_rows)


def iter_batches(
    source: TableSource, columns: Sequence[str] | None = None, rows: int | None = None
) -> Iterator[pa.RecordBatch]:
    """The rows of ``columns`` (default: all) in order, at most ``rows`` (default
    :data:`BATCH_ROWS`) at a time."""
    size = max(1, BATCH_ROWS if rows is None else rows)
    if isinstance(source, pa.Table):
        table = source.select(list(columns)) if columns is not None else source
        yield from table.to_batches(max_chunksize=size)
        return
    wanted = list(columns) if columns is not None else None
    if isinstance(source, Path):
        yield from pq.ParquetFile(source).iter_batches(batch_size=size, columns=wanted)
    else:
        yield from source.iter_batches(size, wanted)


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
    if isinstance(source, Path):
        return pq.read_table(source, columns=list(columns) if columns is not None else None)
    schema = source.schema
    fields = [schema.field(c) for c in columns] if columns is not None else list(schema)
    target = pa.schema(fields, metadata=schema.metadata)
    return pa.Table.from_batches(list(iter_batches(source, columns)), schema=target)


def extreme(source: TableSource, column: str, greatest: bool) -> Any:
    """The greatest (or least) non-null value of ``column``, a batch at a time; else None."""
    pick = pc.max if greatest else pc.min
    found = [
        v for b in iter_batches(source, [column]) if (v := pick(b.column(0)).as_py()) is not None
    ]
    if not found:
        return None
    return max(found) if greatest else min(found)
