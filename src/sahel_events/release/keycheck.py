"""The keys a release's ``datapackage.json`` declares, checked in Arrow (``release check``).

frictionless checks a primary key, a ``unique`` field and a foreign key by keeping every
key it has read as a Python tuple (and a set of every referenced key): about 3.5 MiB per
1,000 tasks, the one part of ``release check`` whose memory grew with the release. So
:func:`without_keys` gives frictionless each schema without those three constraints (the
published descriptor is left as it is) and :func:`check_declared_keys` checks them here,
on the key columns alone, a batch of :data:`.batches.BATCH_ROWS` rows at a time:

* a primary key: the later of two rows with the same key, and a row whose key cells are
  all null, are reported (a table in key order, as a release writes every table, is
  read in one pass comparing each row with the one before; a table out of order has its
  key columns sorted in Arrow first);
* a ``unique`` field: the same, nulls allowed;
* a foreign key: a row whose key cells are not all null and are no key of the
  referenced table (whose referenced columns alone are read, as Arrow arrays).

The findings are frictionless's own: ``release.datapackage`` issues naming the table, the
row (counted as frictionless counts it, the header being row 1) and the key's values.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import Location, Report
from ..parquet_io import in_key_order
from ..tables.codes import MAX_ISSUES_PER_KIND, key_string
from . import batches

__all__ = ["check_declared_keys", "without_keys"]

#: frictionless numbers the header row 1, so the first row of data is row 2.
FIRST_ROW = 2
_ROW = "__row"


def without_keys(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of a Table Schema without ``primaryKey``, ``foreignKeys`` and ``unique``."""
    out = copy.deepcopy(schema)
    out.pop("primaryKey", None)
    out.pop("foreignKeys", None)
    for field in out.get("fields", []):
        constraints = field.get("constraints") if isinstance(field, dict) else None
        if isinstance(constraints, dict):
            constraints.pop("unique", None)
            if not constraints:
                del field["constraints"]
    return out


class _Findings:
    """Adds key issues to a report, at most MAX_ISSUES_PER_KIND per table and kind."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.counts: dict[tuple[str, str], int] = {}

    def add(self, table: str, kind: str, message: str, key: Sequence[Any]) -> None:
        n = self.counts[(table, kind)] = self.counts.get((table, kind), 0) + 1
        if n <= MAX_ISSUES_PER_KIND:
            where = Location(file="datapackage.json", table=table, key=key_string(key))
            self.report.add("release.datapackage", f"{kind}: {message}", where)

    def close(self) -> None:
        for (table, kind), n in self.counts.items():
            if n > MAX_ISSUES_PER_KIND:
                self.report.add(
                    "release.datapackage",
                    f"{kind}: {n - MAX_ISSUES_PER_KIND} more row(s) of this kind not listed",
                    Location(file="datapackage.json", table=table),
                )


def _fields(value: Any) -> list[str]:
    """A key's field names (a Table Schema allows one name as a string)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    return []


def check_declared_keys(package: dict[str, Any], tables: dict[str, Path], report: Report) -> None:
    """Every primary key, ``unique`` field and foreign key of ``package``'s resources,
    on the table files ``tables`` (by resource name); issues added to ``report``.

    A key naming a column the file lacks is not checked (the schema check reports the
    column); a foreign key to a resource without a readable file neither.
    """
    found = _Findings(report)
    for spec in package.get("resources", []):
        name = spec.get("name")
        path = tables.get(name) if isinstance(name, str) else None
        schema = spec.get("schema") if isinstance(spec, dict) else None
        if path is None or not isinstance(schema, dict):
            continue
        present = set(batches.column_names(path))
        pk = _fields(schema.get("primaryKey"))
        if pk and set(pk) <= present:
            _check_unique(name, path, pk, found, primary=True)
        for field in schema.get("fields", []):
            constraints = field.get("constraints", {}) if isinstance(field, dict) else {}
            column = field.get("name") if isinstance(field, dict) else None
            if isinstance(constraints, dict) and constraints.get("unique") and column in present:
                _check_unique(name, path, [str(column)], found, primary=False)
        for fk in schema.get("foreignKeys", []):
            _check_foreign_key(name, path, fk, tables, present, found)
    found.close()


def _numbered(path: Path, key: list[str]) -> Iterator[pa.Table]:
    """The key columns of the file in key order, a batch at a time, each row with its
    position in the file (``__row``, from 0): read as they come when the file is in key
    order, else the key columns whole, sorted in Arrow (stable: ties keep file order)."""
    if in_key_order(batches.iter_batches(path, key), key):
        offset = 0
        for batch in batches.iter_batches(path, key):
            rows = pa.array(np.arange(offset, offset + batch.num_rows, dtype=np.int64))
            offset += batch.num_rows
            yield pa.Table.from_batches([batch]).append_column(_ROW, rows)
        return
    whole = batches.read_columns(path, key)
    whole = whole.append_column(_ROW, pa.array(np.arange(whole.num_rows, dtype=np.int64)))
    ordered = whole.sort_by([*((c, "ascending") for c in key), (_ROW, "ascending")])
    del whole
    yield from (pa.Table.from_batches([b]) for b in ordered.to_batches(batches.BATCH_ROWS))


def _check_unique(
    name: str, path: Path, key: list[str], found: _Findings, *, primary: bool
) -> None:
    """Rows repeating an earlier row's ``key`` (a primary key: also all-null keys)."""
    kind = "primary-key" if primary else "unique-error"
    what = f"primary key ({', '.join(key)})" if primary else f"unique field {key[0]}"
    previous: tuple[Any, ...] | None = None  # the last row's key, and its position
    previous_row = -1
    for part in _numbered(path, key):
        rows = part.column(_ROW)
        all_null = None
        for c in key:
            null = pc.is_null(part.column(c))
            all_null = null if all_null is None else pc.and_(all_null, null)
        if primary and all_null is not None and pc.any(all_null).as_py():
            for i in pc.indices_nonzero(all_null).to_pylist():
                found.add(
                    name,
                    kind,
                    f'the row at position "{rows[i].as_py() + FIRST_ROW}" has no value in '
                    f"any field of its {what}; every row needs one",
                    [None] * len(key),
                )
        # Row i against row i - 1 (the first against the last row of the batch before).
        same = None
        n = part.num_rows
        for c in key:
            column = part.column(c)
            equal = pc.fill_null(pc.equal(column.slice(1, n - 1), column.slice(0, n - 1)), False)
            same = equal if same is None else pc.and_(same, equal)
        candidates = [] if same is None else [i + 1 for i in pc.indices_nonzero(same).to_pylist()]
        if n and previous is not None:
            first = tuple(part.column(c)[0].as_py() for c in key)
            if first == previous and None not in first:
                candidates.insert(0, 0)
        for i in candidates:
            values = tuple(part.column(c)[i].as_py() for c in key)
            before = previous_row if i == 0 else rows[i - 1].as_py()
            found.add(
                name,
                kind,
                f'the row at position "{rows[i].as_py() + FIRST_ROW}" repeats the {what} '
                f'{key_string(values)!r} of the row at position "{before + FIRST_ROW}"; '
                "it must be unique: restore the table from the published release",
                values,
            )
        if n:
            previous = tuple(part.column(c)[n - 1].as_py() for c in key)
            previous_row = rows[n - 1].as_py()


def _joined(table: pa.Table, fields: Sequence[str]) -> pa.Array:
    """One array of the key: the column itself, or the fields' texts joined (a null
    where a field is null), so that a key of several columns is compared as one value."""
    if len(fields) == 1:
        return table.column(fields[0]).combine_chunks()
    texts = [pc.cast(table.column(f), pa.string()).combine_chunks() for f in fields]
    return pc.binary_join_element_wise(*texts, "\x1f")


def _check_foreign_key(
    name: str,
    path: Path,
    fk: Any,
    tables: dict[str, Path],
    present: set[str],
    found: _Findings,
) -> None:
    """Rows whose foreign key (not all null) is no key of the referenced table."""
    if not isinstance(fk, dict) or not isinstance(fk.get("reference"), dict):
        return
    fields = _fields(fk.get("fields"))
    target = fk["reference"].get("resource")
    reference = _fields(fk["reference"].get("fields"))
    parent = path if target in ("", None) else tables.get(str(target))
    if not fields or len(fields) != len(reference) or not set(fields) <= present:
        return
    if parent is None or not set(reference) <= set(batches.column_names(parent)):
        return
    keys = _joined(batches.read_columns(parent, reference), reference)
    keys = pc.unique(keys.filter(pc.is_valid(keys)))
    offset = 0
    for batch in batches.iter_batches(path, fields):
        part = pa.Table.from_batches([batch])
        offset += part.num_rows
        values = _joined(part, fields)
        if values.type != keys.type:
            values, lookup = pc.cast(values, pa.string()), pc.cast(keys, pa.string())
        else:
            lookup = keys
        any_value = None
        for f in fields:
            valid = pc.is_valid(part.column(f))
            any_value = valid if any_value is None else pc.or_(any_value, valid)
        known = pc.fill_null(pc.is_in(values, value_set=lookup), False)
        missing = pc.and_(any_value, pc.invert(known))
        if not pc.any(missing).as_py():
            continue
        start = offset - part.num_rows
        for i in pc.indices_nonzero(missing).to_pylist():
            cells = tuple(part.column(f)[i].as_py() for f in fields)
            found.add(
                name,
                "foreign-key",
                f'the row at position "{start + i + FIRST_ROW}" has {", ".join(fields)} '
                f"{key_string(cells)!r}, which is no {', '.join(reference)} of "
                f"{target or name}: restore the table from the published release",
                cells,
            )
