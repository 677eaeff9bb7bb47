"""The Arrow form of the tables: the schemas the Parquet files are written in.

:func:`arrow_schema` puts each column's description in the field metadata and the
table's keys and the schema version in the schema metadata (they travel into every
Parquet file written with it). :func:`from_rows` builds a table from row dicts and
refuses a key that is not a column.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow
import pyarrow.compute as pc

from ..codebook import Codebook
from .definitions import (
    META_CODEBOOK,
    META_DESCRIPTION,
    META_FOREIGN_KEYS,
    META_PRIMARY_KEY,
    META_SCHEMA_VERSION,
    META_TABLE,
    Table,
    resolve,
)

__all__ = ["arrow_schema", "describe_arrow_schema", "from_rows", "is_sorted"]


def is_sorted(table: pyarrow.Table, key: list[str]) -> bool:
    """True when the rows are in ``key`` order, ascending, nulls last (as Arrow sorts):
    a stable sort would leave them where they are."""
    if table.num_rows < 2:
        return True
    order = pc.sort_indices(table, sort_keys=[(c, "ascending") for c in key])
    expected = pyarrow.array(range(table.num_rows), type=order.type)
    return bool(pc.all(pc.equal(order, expected)).as_py())


def arrow_schema(table: Table | str, codebook: Codebook) -> pyarrow.Schema:
    """The Arrow schema of ``table``: descriptions in field metadata, keys and version in
    the schema metadata (they travel into every Parquet file written with it)."""
    t = resolve(table)
    fields = [
        pyarrow.field(
            c.name,
            c.type,
            nullable=c.is_nullable(codebook),
            metadata={"description": c.description},
        )
        for c in t.columns
    ]
    foreign = [
        {"fields": list(fk.fields), "resource": fk.resource, "reference": list(fk.reference)}
        for fk in t.foreign_keys
    ]
    metadata = {
        META_TABLE: t.name,
        META_DESCRIPTION: t.description,
        META_PRIMARY_KEY: json.dumps(list(t.primary_key)),
        META_FOREIGN_KEYS: json.dumps(foreign),
        META_SCHEMA_VERSION: codebook.version,
        META_CODEBOOK: codebook.name,
    }
    return pyarrow.schema(fields, metadata=metadata)


def describe_arrow_schema(schema: pyarrow.Schema) -> str:
    """A deterministic text rendering: one line per field and its description, then the
    schema metadata, sorted."""
    lines = []
    for f in schema:
        null = "" if f.nullable else " not null"
        lines.append(f"{f.name}: {f.type}{null}")
        description = (f.metadata or {}).get(b"description", b"").decode("utf-8")
        if description:
            lines.append(f"    -- {description}")
    lines.append("-- schema metadata --")
    for key, value in sorted((schema.metadata or {}).items()):
        lines.append(f"{key.decode('utf-8')}: {value.decode('utf-8')}")
    return "\n".join(lines) + "\n"


def from_rows(
    table: Table | str, rows: Iterable[Mapping[str, Any]], codebook: Codebook
) -> pyarrow.Table:
    """The Arrow table of ``rows`` (dicts keyed by column name; a missing key is null).

    Raises :class:`~.definitions.UnknownColumnError` for a key that is not a column,
    which Arrow would otherwise drop without a word.
    """
    t = resolve(table)
    checked = []
    for row in rows:
        t.check_row(row)
        checked.append(row)
    return pyarrow.Table.from_pylist(checked, schema=arrow_schema(t, codebook))
