"""The one way the project writes (and reads) Parquet, and the content hash of a table.

Every Parquet file goes through :func:`write_table`, so every write uses the same
options and the same bytes come out for the same table (with the pinned pyarrow):

* rows sorted by the primary key (checked, never silently re-sorted: the compiler
  sorts, the writer refuses an unsorted table) and the sort order recorded;
* zstd at a fixed level, a fixed row-group size, dictionary encoding and statistics as
  pyarrow defaults them;
* the Arrow schema with each field's description, the table's keys, the schema
  (codebook) version and the release version in the metadata; no ``pandas`` metadata;
* list children named ``element`` (as Parquet names them), so a read-then-write gives
  the same bytes;
* written beside the target and renamed, so a reader never sees half a file.

File bytes still depend on the pyarrow version (``created_by``) and on the platform,
so a release also records :func:`content_hash`, which does not.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from . import jsonread
from .files import atomic_path
from .rowjson import row_lines
from .tables import META_PRIMARY_KEY, META_SCHEMA_VERSION
from .tables.arrow import is_sorted

__all__ = [
    "COMPRESSION",
    "COMPRESSION_LEVEL",
    "META_CODEBOOK_VERSION",
    "META_RELEASE_VERSION",
    "ROW_GROUP_SIZE",
    "TableWriter",
    "content_hash",
    "file_content_hash",
    "primary_key_of",
    "read_table",
    "write_table",
]

COMPRESSION = "zstd"
COMPRESSION_LEVEL = 9
#: Rows per row group: one group for every table of the first releases, and a size
#: readers handle well when the tables grow (publishing notes, section A4.3).
ROW_GROUP_SIZE = 131_072
PARQUET_FORMAT_VERSION = "2.6"

META_RELEASE_VERSION = "sahel_events.release_version"
META_CODEBOOK_VERSION = "sahel_events.codebook_version"
_PANDAS_KEY = b"pandas"

#: The canonical serialisation hashed by :func:`content_hash` (recorded in releases).
CONTENT_HASH_FORMAT = "sahel-events-canonical-jsonl-1"


def primary_key_of(table: pa.Table) -> list[str]:
    """The primary key recorded in the table's schema metadata (by ``arrow_schema``)."""
    raw = (table.schema.metadata or {}).get(META_PRIMARY_KEY.encode())
    if raw is None:
        raise ValueError(
            "the table has no primary key in its schema metadata; build it with "
            "sahel_events.tables.arrow_schema"
        )
    key = jsonread.loads(raw)
    if not isinstance(key, list) or not key or not all(isinstance(c, str) for c in key):
        raise ValueError(f"bad primary key metadata: {raw!r}")
    return key


def _key_at(table: pa.Table, key: list[str], i: int) -> tuple[Any, ...]:
    """The primary key of row ``i`` as a tuple of Python values."""
    return tuple(table.slice(i, 1).select(key).to_pylist()[0].values())


def _key_order(value: tuple[Any, ...]) -> tuple[tuple[bool, Any], ...]:
    """A sortable form of a key in Python: nulls after every value, as Arrow sorts them
    (str compares by code point, which is the order of UTF-8 bytes Arrow sorts by)."""
    return tuple((v is None, v) if v is not None else (True, 0) for v in value)


def _element_lists(t: pa.DataType) -> pa.DataType:
    """The type with every list child renamed ``element`` (recursively)."""
    if pa.types.is_large_list(t):
        child = t.value_field
        return pa.large_list(pa.field("element", _element_lists(child.type), child.nullable))
    if pa.types.is_list(t):
        child = t.value_field
        return pa.list_(pa.field("element", _element_lists(child.type), child.nullable))
    if pa.types.is_struct(t):
        return pa.struct(
            [pa.field(f.name, _element_lists(f.type), f.nullable, f.metadata) for f in t]
        )
    return t


def _prepared_schema(schema: pa.Schema, codebook_version: str, release_version: str) -> pa.Schema:
    """The schema as written: versions in the metadata, no pandas metadata, list
    children named ``element``; ``ValueError`` when the table was built with another
    schema (codebook) version."""
    metadata = dict(schema.metadata or {})
    metadata.pop(_PANDAS_KEY, None)
    recorded = metadata.get(META_SCHEMA_VERSION.encode())
    if recorded is not None and recorded.decode() != codebook_version:
        raise ValueError(
            f"the table was built with schema version {recorded.decode()}, not "
            f"{codebook_version}: compile it again with the current codebook"
        )
    metadata[META_CODEBOOK_VERSION.encode()] = codebook_version.encode()
    metadata[META_RELEASE_VERSION.encode()] = release_version.encode()
    fields = [pa.field(f.name, _element_lists(f.type), f.nullable, f.metadata) for f in schema]
    return pa.schema(fields, metadata=metadata)


class TableWriter:
    """Write one table to Parquet batch by batch, in bounded memory, the bytes
    :func:`write_table` writes for the same rows.

    Rows come in with :meth:`write` (tables or record batches of the table's schema,
    in primary-key order); they are cut into row groups of :data:`ROW_GROUP_SIZE` rows
    exactly as a whole-table write cuts them, so what is held at any time is at most
    one row group. The order is checked within each batch and across batches
    (``ValueError`` when a row comes before the previous one). Use it as a context
    manager: the file appears (by rename) only when the block ends without an error.
    """

    def __init__(
        self,
        path: Path | str,
        schema: pa.Schema,
        codebook_version: str,
        release_version: str,
        row_group_size: int = ROW_GROUP_SIZE,
    ) -> None:
        # row_group_size other than the default: for tests that cut many row groups
        # out of a few rows; the published files all use ROW_GROUP_SIZE.
        self.row_group_size = row_group_size
        self.key = primary_key_of(schema.empty_table())
        self.schema = _prepared_schema(schema, codebook_version, release_version)
        self.path = Path(path)
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.last: tuple[Any, ...] | None = None
        self.rows = 0

    def __enter__(self) -> TableWriter:
        self._atomic = atomic_path(self.path)
        tmp = self._atomic.__enter__()
        self._writer = pq.ParquetWriter(
            tmp,
            self.schema,
            compression=COMPRESSION,
            compression_level=COMPRESSION_LEVEL,
            version=PARQUET_FORMAT_VERSION,
            use_dictionary=True,
            write_statistics=True,
            store_schema=True,
            sorting_columns=pq.SortingColumn.from_ordering(
                self.schema, [(c, "ascending") for c in self.key]
            ),
        )
        return self

    def write(self, data: pa.Table | pa.RecordBatch) -> None:
        """Append rows (in primary-key order, after every row written so far)."""
        table = data if isinstance(data, pa.Table) else pa.Table.from_batches([data])
        if table.num_rows == 0:
            return
        if not is_sorted(table, self.key):
            raise ValueError(self._unsorted(None))
        first = _key_at(table, self.key, 0)
        if self.last is not None and _key_order(first) < _key_order(self.last):
            raise ValueError(self._unsorted(first))
        self.last = _key_at(table, self.key, table.num_rows - 1)
        self.pending.append(table)
        self.pending_rows += table.num_rows
        while self.pending_rows >= self.row_group_size:
            self._flush(self.row_group_size)

    def _unsorted(self, key: tuple[Any, ...] | None) -> str:
        where = ""
        if key is not None and self.last is not None:
            row = self.rows + self.pending_rows + 1
            where = f" (row {row}, key {key!r}, comes after {self.last!r})"
        return (
            f"the table is not sorted by its primary key ({', '.join(self.key)}){where}; sort "
            "it before writing (compile does)"
        )

    def _flush(self, n: int) -> None:
        """Write the first ``n`` pending rows as one row group."""
        pending = pa.concat_tables(self.pending)
        group, rest = pending.slice(0, n), pending.slice(n)
        # One contiguous chunk per column, as a whole-table write sees it: the pages
        # (hence the bytes) depend on how the writer is fed.
        group = group.cast(self.schema).combine_chunks()
        self._writer.write_table(group, row_group_size=self.row_group_size)
        self.rows += group.num_rows
        self.pending = [rest] if rest.num_rows else []
        self.pending_rows = rest.num_rows

    def __exit__(self, *exc: Any) -> None:
        try:
            if exc[0] is None and self.pending_rows:
                self._flush(self.pending_rows)
            if exc[0] is None and self.rows == 0:
                # A whole-table write of no rows writes one empty row group: the same.
                self._writer.write_table(self.schema.empty_table())
            self._writer.close()
        finally:
            self._atomic.__exit__(*exc)


def write_table(
    table: pa.Table, path: Path | str, codebook_version: str, release_version: str
) -> None:
    """Write ``table`` to ``path`` as Parquet, the project's one way of doing it.

    The table must carry its primary key in its schema metadata (tables built with
    :func:`sahel_events.tables.arrow_schema` do) and be sorted by it; ``ValueError``
    otherwise. The same table gives the same bytes. The table is fed to a
    :class:`TableWriter` one row group at a time, so no whole copy of it is made.
    """
    primary_key_of(table)  # refused before any file is opened
    with TableWriter(path, table.schema, codebook_version, release_version) as writer:
        for offset in range(0, max(table.num_rows, 1), ROW_GROUP_SIZE):
            writer.write(table.slice(offset, ROW_GROUP_SIZE))


def read_table(path: Path | str) -> pa.Table:
    """Read a Parquet file written by :func:`write_table`, metadata included."""
    return pq.read_table(path)


def _hash_rows(digest: Any, batches: Iterable[pa.RecordBatch | pa.Table]) -> None:
    # The lines are made by Arrow kernels (:mod:`.rowjson`), the bytes of json.dumps.
    for batch in batches:
        digest.update(row_lines(batch))


def _header(schema: pa.Schema) -> bytes:
    header = [[f.name, str(f.type)] for f in schema]
    return json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def content_hash(table: pa.Table) -> str:
    """SHA-256 (hex) of a canonical serialisation of the table's *content*.

    Independent of the Parquet writer, of chunking and of metadata (descriptions,
    versions): a header line with the column names and Arrow types, then one line per
    row, rows sorted by the primary key (or, without one, by every column), each row a
    compact JSON array of its values in column order (dates and times in ISO 8601,
    timestamps in UTC, floats in Python's shortest round-trip form, null as ``null``).
    The format is named by :data:`CONTENT_HASH_FORMAT`.
    """
    try:
        key = primary_key_of(table)
    except ValueError:
        key = table.column_names
    # A table already in key order (every table written by write_table) is not copied
    # by a sort: the stable sort would leave it as it is.
    if table.num_rows and not is_sorted(table, key):
        table = table.sort_by([(c, "ascending") for c in key])
    digest = hashlib.sha256()
    digest.update(_header(table.schema))
    _hash_rows(digest, table.to_batches(max_chunksize=HASH_BATCH_ROWS))
    return digest.hexdigest()


#: Rows converted to Python at a time when hashing: 8,192 rows of the widest table as
#: Python values are some 10 MiB (65,536 were over 100 MiB, more than the rest of
#: ``release check`` at 10,000 tasks), and the hash is the same whatever the batch.
HASH_BATCH_ROWS = 8_192


def file_content_hash(path: Path | str) -> str:
    """:func:`content_hash` of the table in a Parquet file, read a batch at a time.

    A file written by :func:`write_table` is in primary-key order, so its rows are
    hashed as they come, in bounded memory; a file out of order (or without a key) is
    read whole and sorted, which gives the same hash.
    """
    parquet = pq.ParquetFile(path)
    schema = parquet.schema_arrow
    try:
        key = primary_key_of(schema.empty_table())
    except ValueError:
        return content_hash(pq.read_table(path))
    last: tuple[Any, ...] | None = None
    for batch in parquet.iter_batches(batch_size=HASH_BATCH_ROWS, columns=key):
        if batch.num_rows == 0:
            continue
        part = pa.Table.from_batches([batch])
        first = _key_at(part, key, 0)
        if not is_sorted(part, key) or (last is not None and _key_order(first) < _key_order(last)):
            return content_hash(pq.read_table(path))
        last = _key_at(part, key, part.num_rows - 1)
    digest = hashlib.sha256()
    digest.update(_header(schema))
    _hash_rows(digest, parquet.iter_batches(batch_size=HASH_BATCH_ROWS))
    return digest.hexdigest()


def in_key_order(batches: Iterable[pa.RecordBatch | pa.Table], key: list[str]) -> bool:
    """Whether the rows of ``batches`` (each with the ``key`` columns) come in key order,
    as a stable sort by ``key`` would leave them; one batch in memory at a time."""
    last: tuple[Any, ...] | None = None
    for batch in batches:
        part = pa.Table.from_batches([batch]) if isinstance(batch, pa.RecordBatch) else batch
        if part.num_rows == 0:
            continue
        part = part.select(key)
        first = _key_at(part, key, 0)
        if not is_sorted(part, key) or (last is not None and _key_order(first) < _key_order(last)):
            return False
        last = _key_at(part, key, part.num_rows - 1)
    return True


def batches_content_hash(
    schema: pa.Schema, batches: Callable[[], Iterable[pa.RecordBatch | pa.Table]]
) -> str:
    """:func:`content_hash` of the table whose rows ``batches()`` gives, in bounded memory.

    ``batches`` is called once to see whether the rows come in the order of the key
    recorded in ``schema`` (then called again and hashed as they come) or not (then the
    batches are gathered into one table and sorted, which gives the same hash).
    """
    try:
        key = primary_key_of(schema.empty_table())
    except ValueError:
        key = list(schema.names)
    if not in_key_order(batches(), key):
        whole = [
            pa.Table.from_batches([b]) if isinstance(b, pa.RecordBatch) else b for b in batches()
        ]
        return content_hash(pa.concat_tables(whole))
    digest = hashlib.sha256()
    digest.update(_header(schema))
    _hash_rows(digest, batches())
    return digest.hexdigest()
