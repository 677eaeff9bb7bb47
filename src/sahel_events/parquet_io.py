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

import datetime as dt
import decimal
import hashlib
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import jsonread
from .files import atomic_path
from .tables import META_PRIMARY_KEY, META_SCHEMA_VERSION

__all__ = [
    "COMPRESSION",
    "COMPRESSION_LEVEL",
    "META_CODEBOOK_VERSION",
    "META_RELEASE_VERSION",
    "ROW_GROUP_SIZE",
    "content_hash",
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


def _is_sorted(table: pa.Table, key: list[str]) -> bool:
    if table.num_rows < 2:
        return True
    order = pc.sort_indices(table, sort_keys=[(c, "ascending") for c in key])
    expected = pa.array(range(table.num_rows), type=order.type)
    return bool(pc.all(pc.equal(order, expected)).as_py())


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


def _prepared(table: pa.Table, codebook_version: str, release_version: str) -> pa.Table:
    metadata = dict(table.schema.metadata or {})
    metadata.pop(_PANDAS_KEY, None)
    recorded = metadata.get(META_SCHEMA_VERSION.encode())
    if recorded is not None and recorded.decode() != codebook_version:
        raise ValueError(
            f"the table was built with schema version {recorded.decode()}, not "
            f"{codebook_version}: compile it again with the current codebook"
        )
    metadata[META_CODEBOOK_VERSION.encode()] = codebook_version.encode()
    metadata[META_RELEASE_VERSION.encode()] = release_version.encode()
    fields = [
        pa.field(f.name, _element_lists(f.type), f.nullable, f.metadata) for f in table.schema
    ]
    schema = pa.schema(fields, metadata=metadata)
    return table.cast(schema).combine_chunks()


def write_table(
    table: pa.Table, path: Path | str, codebook_version: str, release_version: str
) -> None:
    """Write ``table`` to ``path`` as Parquet, the project's one way of doing it.

    The table must carry its primary key in its schema metadata (tables built with
    :func:`sahel_events.tables.arrow_schema` do) and be sorted by it; ``ValueError``
    otherwise. The same table gives the same bytes.
    """
    key = primary_key_of(table)
    if not _is_sorted(table, key):
        raise ValueError(
            f"the table is not sorted by its primary key ({', '.join(key)}); sort it before "
            "writing (compile does)"
        )
    prepared = _prepared(table, codebook_version, release_version)
    with atomic_path(Path(path)) as tmp:
        pq.write_table(
            prepared,
            tmp,
            row_group_size=ROW_GROUP_SIZE,
            compression=COMPRESSION,
            compression_level=COMPRESSION_LEVEL,
            version=PARQUET_FORMAT_VERSION,
            use_dictionary=True,
            write_statistics=True,
            store_schema=True,
            sorting_columns=pq.SortingColumn.from_ordering(
                prepared.schema, [(c, "ascending") for c in key]
            ),
        )


def read_table(path: Path | str) -> pa.Table:
    """Read a Parquet file written by :func:`write_table`, metadata included."""
    return pq.read_table(path)


def _canonical(value: Any) -> Any:
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
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


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
    if table.num_rows:
        table = table.sort_by([(c, "ascending") for c in key])
    digest = hashlib.sha256()
    header = [[f.name, str(f.type)] for f in table.schema]
    digest.update(json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode())
    digest.update(b"\n")
    for batch in table.to_batches(max_chunksize=65_536):
        columns = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
        for row in zip(*columns, strict=True):
            line = json.dumps(
                [_canonical(v) for v in row], ensure_ascii=False, separators=(",", ":")
            )
            digest.update(line.encode("utf-8"))
            digest.update(b"\n")
    return digest.hexdigest()
