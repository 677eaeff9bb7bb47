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

:func:`check_todays_keys` checks the keys of today's table definitions the same way, with
the findings of :func:`sahel_events.tables.check_keys` (``table.primary-key``,
``table.foreign-key``), which holds the key columns of every table at once.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import Location, Report
from ..tables import codes, get_table
from ..tables.codes import MAX_ISSUES_PER_KIND, Capped, key_string
from . import batches
from .keyscan import dangling, null_keys, repeated

__all__ = ["check_declared_keys", "check_todays_keys", "without_keys"]

#: frictionless numbers the header row 1, so the first row of data is row 2.
FIRST_ROW = 2


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


def _check_unique(
    name: str, path: Path, key: list[str], found: _Findings, *, primary: bool
) -> None:
    """Rows repeating an earlier row's ``key`` (a primary key: also all-null keys)."""
    kind = "primary-key" if primary else "unique-error"
    what = f"primary key ({', '.join(key)})" if primary else f"unique field {key[0]}"
    if primary:
        for row, values in null_keys(path, key, every=True):
            found.add(
                name,
                kind,
                f'the row at position "{row + FIRST_ROW}" has no value in any field of its '
                f"{what}; every row needs one",
                values,
            )
    for row, before, values in repeated(path, key):
        found.add(
            name,
            kind,
            f'the row at position "{row + FIRST_ROW}" repeats the {what} '
            f'{key_string(values)!r} of the row at position "{before + FIRST_ROW}"; it must '
            "be unique: restore the table from the published release",
            values,
        )


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
    for row, cells, _ in dangling(path, fields, parent, reference):
        found.add(
            name,
            "foreign-key",
            f'the row at position "{row + FIRST_ROW}" has {", ".join(fields)} '
            f"{key_string(cells)!r}, which is no {', '.join(reference)} of "
            f"{target or name}: restore the table from the published release",
            cells,
        )


def check_todays_keys(paths: Mapping[str, Path], report: Report) -> None:
    """The primary and foreign keys of today's table definitions on the files ``paths``
    (each with every key column): the issues of :func:`sahel_events.tables.check_keys`
    on the same tables, read a batch at a time."""
    capped = Capped(report)
    for name, path in paths.items():
        pk = list(get_table(name).primary_key)
        for _, values in null_keys(path, pk, every=False):
            message = f"primary key {', '.join(pk)} has a null value"
            capped.add(name, codes.PRIMARY_KEY, None, message, key_string(values))
        counts: dict[tuple[Any, ...], int] = {}  # in key order: repeats come together
        for _, _, values in repeated(path, pk):
            counts[values] = counts.get(values, 1) + 1
        for values, n in counts.items():
            capped.add(
                name,
                codes.PRIMARY_KEY,
                None,
                f"primary key ({', '.join(pk)}) appears {n} times; it must be unique",
                key_string(values),
            )
    for name, path in paths.items():
        t = get_table(name)
        for fk in t.foreign_keys:
            parent = paths.get(fk.resource)
            if parent is None:
                continue
            (child_col,), (parent_col,) = fk.fields, fk.reference
            for _, (value,), key in dangling(path, fk.fields, parent, fk.reference, t.primary_key):
                capped.add(
                    name,
                    codes.FOREIGN_KEY,
                    child_col,
                    f"{child_col} {value!r} is not a {parent_col} of {fk.resource}",
                    key_string(key),
                )
    capped.close()
