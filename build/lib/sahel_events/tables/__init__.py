"""The published tables: definitions, their Arrow, Frictionless and pandera forms, checks.

One module per job:

* :mod:`.definitions`: columns (name, Arrow type, description, allowed values from the
  codebook), keys and row rules of every table, and :meth:`Table.row`, which refuses a
  key that is not a column; imports neither pandas nor pandera;
* :mod:`.arrow`: :func:`arrow_schema` (the Parquet files' schema, descriptions and keys
  in its metadata) and :func:`from_rows`;
* :mod:`.tableschema`: :func:`frictionless_schema`, the Table Schema published beside
  the data;
* :mod:`.pandera_schemas`: :func:`~.pandera_schemas.pandera_schema`, a strict pandera
  schema per table (imported only by the checks: it costs pandas and pandera);
* :mod:`.codes`: the fixed issue codes of every check;
* :mod:`.checks`: :func:`check_tables`, :func:`check_keys` and :func:`check_offsets`,
  returning a :class:`~sahel_events.errors.Report` whose issues name the table and the
  primary key of the offending row.

The working agreement behind the columns is ``docs/tables-plan.md``.
"""

from __future__ import annotations

from .arrow import arrow_schema, describe_arrow_schema, from_rows
from .checks import check_incidents, check_keys, check_offsets, check_tables
from .codes import MAX_ISSUES_PER_KIND, key_string
from .definitions import (
    ACTORS,
    ANNOTATIONS,
    DERIVED,
    DOCUMENTS,
    EVENT_ARGUMENTS,
    EVENTS,
    EVENTS_FLAT,
    INCIDENTS,
    LIST_SEPARATOR,
    MENTIONS,
    META_CODEBOOK,
    META_DESCRIPTION,
    META_FOREIGN_KEYS,
    META_PRIMARY_KEY,
    META_SCHEMA_VERSION,
    META_TABLE,
    TABLES,
    Column,
    ForeignKey,
    OrderRule,
    PairRule,
    Rule,
    Table,
    UnknownColumnError,
    get_table,
)
from .tableschema import TABLE_SCHEMA_PROFILE, frictionless_schema

__all__ = [
    "ACTORS",
    "ANNOTATIONS",
    "DERIVED",
    "DOCUMENTS",
    "EVENTS",
    "EVENTS_FLAT",
    "EVENT_ARGUMENTS",
    "INCIDENTS",
    "LIST_SEPARATOR",
    "MAX_ISSUES_PER_KIND",
    "MENTIONS",
    "META_CODEBOOK",
    "META_DESCRIPTION",
    "META_FOREIGN_KEYS",
    "META_PRIMARY_KEY",
    "META_SCHEMA_VERSION",
    "META_TABLE",
    "TABLES",
    "TABLE_SCHEMA_PROFILE",
    "Column",
    "ForeignKey",
    "OrderRule",
    "PairRule",
    "Rule",
    "Table",
    "UnknownColumnError",
    "arrow_schema",
    "check_incidents",
    "check_keys",
    "check_offsets",
    "check_tables",
    "describe_arrow_schema",
    "frictionless_schema",
    "from_rows",
    "get_table",
    "key_string",
]
