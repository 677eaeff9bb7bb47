"""Key-based differences between two releases, in the shape of csv-diff.

For every table, records are matched by primary key: a key only in the new release is
*added*, one only in the old is *removed*, and one in both whose values differ is
*changed*, with the names of the columns that differ. Columns that appear, disappear
or change type are listed apart and not compared value by value.

A single-column key is written as its value, a composite key as the list of its values
in key order, so ``diff.json`` stays small and unambiguous.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..parquet_io import in_key_order
from ..rowjson import column_json
from .batches import TableSource, column_names, iter_batches, num_rows, read_columns

_NEW, _OLD, _SUFFIX = "__in_new__", "__in_old__", "__old__"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _keys(table: pa.Table, key: Sequence[str]) -> list[Any]:
    columns = [table.column(k).to_pylist() for k in key]
    if len(key) == 1:
        return [_jsonable(v) for v in columns[0]]
    return [[_jsonable(v) for v in row] for row in zip(*columns, strict=True)]


class FileKeys(list[Any]):
    """Every key of a table file already in key order, read a batch at a time when
    iterated (a first release lists every key in ``diff.json``: they are written into
    the file as they are read, never all in memory). Its length is the file's rows;
    it compares equal to the list of its keys."""

    def __init__(self, path: Path, key: Sequence[str]) -> None:
        super().__init__()
        self.path, self.key = path, list(key)

    def __iter__(self) -> Iterator[Any]:
        for batch in iter_batches(self.path, self.key):
            yield from _keys(pa.Table.from_batches([batch]), self.key)

    def __len__(self) -> int:
        return num_rows(self.path)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __getitem__(self, index: Any) -> Any:
        return list(iter(self))[index]

    def __eq__(self, other: object) -> bool:
        return list(iter(self)) == other

    __hash__ = None  # a list is not hashable


def _all_keys(side: TableSource, key: list[str]) -> list[Any]:
    """Every key of ``side`` in key order: streamed from a file already in that order,
    else the key columns sorted (never a copy of the whole table)."""
    if isinstance(side, Path) and in_key_order(iter_batches(side, key), key):
        return FileKeys(side, key)
    return _keys(read_columns(side, key).sort_by([(k, "ascending") for k in key]), key)


def _same(a: pa.ChunkedArray, b: pa.ChunkedArray) -> pa.ChunkedArray:
    """Element-wise equality where null equals null and NaN equals NaN."""
    same = pc.fill_null(pc.equal(a, b), False)
    same = pc.or_(same, pc.and_(pc.is_null(a), pc.is_null(b)))
    if pa.types.is_floating(a.type) and pa.types.is_floating(b.type):
        both_nan = pc.fill_null(pc.and_(pc.is_nan(a), pc.is_nan(b)), False)
        same = pc.or_(same, both_nan)
    return same


def _comparable(table: pa.Table) -> pa.Table:
    """``table`` with each list column as the JSON text of its lists (null stays null).

    Arrow's join carries no list columns and its ``equal`` compares no lists; the JSON
    text of a list is equal exactly when the lists are (same items, same order). The
    text is the content hash's (:func:`~sahel_events.rowjson.column_json`, made by Arrow).
    """
    for i, field in enumerate(table.schema):
        if pa.types.is_list(field.type):
            column = table.column(i).combine_chunks()
            text = pc.if_else(pc.is_null(column), pa.scalar(None, pa.string()), column_json(column))
            table = table.set_column(i, field.name, text)
    return table


def diff_table(
    old: TableSource | None, new: TableSource | None, key: Sequence[str], same: bool = False
) -> dict[str, Any]:
    """The differences of one table between two releases (either side may be absent).

    Each side is a table in memory or its Parquet file: with one side absent (a first
    release) only the key columns are read; two sides are compared whole. ``same``: both
    sides are known to hold the same content (equal content hashes: the same columns,
    types and rows), so every record is unchanged and no row is read.
    """
    key = list(key)
    result: dict[str, Any] = {
        "key": key,
        "columns_added": [],
        "columns_removed": [],
        "columns_retyped": [],
        "added": [],
        "removed": [],
        "changed": [],
    }
    if same and old is not None and new is not None:
        return _with_counts(result, unchanged=num_rows(new))
    if new is not None and old is not None and not set(key) <= set(column_names(old)):
        old = None  # the key itself changed: nothing can be matched
    if old is None or new is None:
        side = new if new is not None else old
        assert side is not None
        result["added" if new is not None else "removed"] = _all_keys(side, key)
        return _with_counts(result, unchanged=0)

    return _diff_whole(result, read_columns(old), read_columns(new), key)


def _diff_whole(
    result: dict[str, Any], old: pa.Table, new: pa.Table, key: list[str]
) -> dict[str, Any]:
    """The column notes and the added, removed and changed keys of two whole tables."""
    old_cols, new_cols = set(old.column_names), set(new.column_names)
    result["columns_added"] = sorted(new_cols - old_cols)
    result["columns_removed"] = sorted(old_cols - new_cols)
    common = [c for c in new.column_names if c in old_cols and c not in key]
    retyped = [c for c in common if old.schema.field(c).type != new.schema.field(c).type]
    result["columns_retyped"] = retyped
    compared = [c for c in common if c not in retyped]
    old, new = _comparable(old), _comparable(new)
    if _aligned(old, new, key):
        return _diff_aligned(result, old, new, key, compared)

    # Typed bool: an empty table would otherwise give a null column, which join refuses.
    left = new.select([*key, *compared]).append_column(
        _NEW, pa.array([True] * new.num_rows, pa.bool_())
    )
    right = old.select([*key, *compared]).append_column(
        _OLD, pa.array([True] * old.num_rows, pa.bool_())
    )
    right = right.rename_columns([*key, *(c + _SUFFIX for c in compared), _OLD])
    joined = left.join(right, keys=key, join_type="full outer", coalesce_keys=True)
    joined = joined.sort_by([(k, "ascending") for k in key])

    in_new = pc.fill_null(joined.column(_NEW), False)
    in_old = pc.fill_null(joined.column(_OLD), False)
    result["added"] = _keys(joined.filter(pc.and_not(in_new, in_old)), key)
    result["removed"] = _keys(joined.filter(pc.and_not(in_old, in_new)), key)

    both = joined.filter(pc.and_(in_new, in_old))
    old_side = both.select([*key, *(c + _SUFFIX for c in compared)])
    old_side = old_side.rename_columns([*key, *compared])
    result["changed"] = _changed(both, old_side, key, compared, in_key_order=True)
    return _with_counts(result, unchanged=both.num_rows - len(result["changed"]))


def _aligned(old: pa.Table, new: pa.Table, key: list[str]) -> bool:
    """Whether row i of ``old`` and row i of ``new`` are the same record for every i:
    one key column, without nulls, whose values are distinct and the same on both sides
    in the same order. The join then matches each row with itself and nothing else, so
    the rows are compared where they stand (a build's table against the release it
    started from: the same records, a few values changed)."""
    if len(key) != 1 or old.num_rows != new.num_rows:
        return False
    column = new.column(key[0])
    if column.null_count or pc.count_distinct(column).as_py() != new.num_rows:
        return False
    return bool(old.column(key[0]).equals(column))


def _diff_aligned(
    result: dict[str, Any], old: pa.Table, new: pa.Table, key: list[str], compared: list[str]
) -> dict[str, Any]:
    """:func:`_diff_whole` for tables whose rows are :func:`_aligned`: no join."""
    result["changed"] = _changed(new, old, key, compared, in_key_order=False)
    return _with_counts(result, unchanged=new.num_rows - len(result["changed"]))


def _changed(
    new: pa.Table, old: pa.Table, key: list[str], compared: list[str], *, in_key_order: bool
) -> list[dict[str, Any]]:
    """The records whose ``compared`` values differ between row i of ``new`` and row i
    of ``old`` (the same record on both sides), in key order, each with those columns.
    ``in_key_order``: the rows are already in that order (the join's sorted output)."""
    if not new.num_rows or not compared:
        return []
    differs = np.column_stack(
        [
            np.logical_not(_same(new.column(c), old.column(c)).to_numpy(zero_copy_only=False))
            for c in compared
        ]
    )
    rows = np.flatnonzero(differs.any(axis=1))
    picked = new.select(key).take(pa.array(rows, pa.int64()))
    order = np.arange(len(rows))
    if not in_key_order:  # distinct keys: sorting the picked rows orders them as the join
        order = pc.sort_indices(picked, sort_keys=[(k, "ascending") for k in key]).to_numpy()
    keys = _keys(picked.take(pa.array(order, pa.int64())), key)
    return [
        {"key": k, "columns": [c for c, d in zip(compared, differs[rows[i]], strict=True) if d]}
        for k, i in zip(keys, order, strict=True)
    ]


def _with_counts(result: dict[str, Any], unchanged: int) -> dict[str, Any]:
    result["counts"] = {
        "added": len(result["added"]),
        "removed": len(result["removed"]),
        "changed": len(result["changed"]),
        "unchanged": unchanged,
    }
    return result


def diff_releases(
    old: Mapping[str, TableSource] | None,
    new: Mapping[str, TableSource],
    keys: Mapping[str, Sequence[str]],
    old_version: str | None,
    new_version: str,
    same: Collection[str] = (),
) -> dict[str, Any]:
    """The JSON-ready diff of every table; ``old`` is ``None`` for a first release.

    ``same``: the tables whose content hashes are equal on both sides, reported
    unchanged without comparing their rows (:func:`diff_table`).
    """
    old = old or {}
    names = list(new) + [n for n in old if n not in new]
    tables = {
        name: diff_table(old.get(name), new.get(name), keys[name], name in same) for name in names
    }
    return {
        "from": old_version,
        "to": new_version,
        "summary": {name: t["counts"] for name, t in tables.items()},
        "tables": tables,
    }


def _fmt_key(key: Any) -> str:
    return " / ".join(str(k) for k in key) if isinstance(key, list) else str(key)


def render_changes(
    diff: Mapping[str, Any], limit: int = 200, *, explained: Collection[str] | None
) -> str:
    """``CHANGES.md``: counts per table, then the records by id (at most ``limit`` per list),
    then why records changed: the reasons of the corrections of the ``explained``
    documents (what :func:`~sahel_events.release.reasons.add_reasons` returned; ``None``:
    the rule of releases up to 1.1.1, see :func:`rendered_by_earlier_rule`)."""
    previous = diff["from"]
    lines = [f"# Changes in sahel-events {diff['to']}", ""]
    if previous is None:
        lines += ["First release: every record is new.", ""]
    else:
        lines += [f"Compared with release {previous}, records matched by primary key.", ""]
    lines += ["| table | added | removed | changed | unchanged |", "|---|---:|---:|---:|---:|"]
    for name, counts in diff["summary"].items():
        lines.append(
            f"| {name} | {counts['added']} | {counts['removed']} | {counts['changed']} "
            f"| {counts['unchanged']} |"
        )
    lines.append("")
    for name, table in diff["tables"].items():
        counts = table["counts"]
        column_notes = [
            (label, table[field])
            for label, field in (
                ("Columns added", "columns_added"),
                ("Columns removed", "columns_removed"),
                ("Columns whose type changed", "columns_retyped"),
            )
            if table[field]
        ]
        if not (counts["added"] or counts["removed"] or counts["changed"] or column_notes):
            continue
        lines += [f"## {name} (key: {', '.join(table['key'])})", ""]
        for label, cols in column_notes:
            lines.append(f"{label}: {', '.join(cols)}.")
        if column_notes:
            lines.append("")
        if previous is None:
            lines += [f"{counts['added']} record(s).", ""]
            continue
        for label, field in (("Added", "added"), ("Removed", "removed")):
            keys = table[field]
            if keys:
                lines.append(f"{label} ({len(keys)}):")
                lines += [f"- {_fmt_key(k)}" for k in keys[:limit]]
                if len(keys) > limit:
                    lines.append(f"- ... and {len(keys) - limit} more (see diff.json)")
                lines.append("")
        if table["changed"]:
            lines.append(f"Changed ({len(table['changed'])}):")
            lines += [
                f"- {_fmt_key(c['key'])}: {', '.join(c['columns'])}"
                for c in table["changed"][:limit]
            ]
            if len(table["changed"]) > limit:
                lines.append(f"- ... and {len(table['changed']) - limit} more (see diff.json)")
            lines.append("")
    from .reasons import render_reasons

    lines += render_reasons(diff, explained, limit)
    return "\n".join(lines).rstrip("\n") + "\n"


#: The last release whose CHANGES.md cited every correction in effect, records changed
#: or not (1.1.1 repeated the reason of a correction made for 1.0.0); ``release check``
#: accepts that rendering for it and the releases before it, and for no later one.
LAST_CITING_EVERY_CORRECTION = "1.1.1"


def rendered_by_earlier_rule(published: bytes, diff: Mapping[str, Any]) -> bool:
    """Whether ``published`` (a release's ``CHANGES.md``) is what ``diff`` (its rebuilt
    ``diff.json``) gives under the rule releases up to 1.1.1 were published with: every
    correction in effect cited, changed records or not. ``release check`` accepts such a
    file as published (it is still derived from the release's inputs alone: an edited
    file matches neither rule); a new release is always written by the current rule, and
    only releases up to :data:`LAST_CITING_EVERY_CORRECTION` may hold the earlier one."""
    return render_changes(diff, explained=None).encode("utf-8") == published
