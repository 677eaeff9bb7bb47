"""The pandera form of the tables: a strict schema per table, for a pandas frame of
Arrow-backed columns (:func:`to_pandas`).

Importing this module costs pandas and pandera; only the table checks need it
(:func:`sahel_events.tables.checks.check_tables` imports it when it runs). Every check
is named with a key of :data:`~.codes.CHECK_CODES`, so its failures map to a code of
ours whatever pandera calls its own checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa
import pyarrow

from ..codebook import Codebook
from .codes import CHECK_CODES
from .definitions import Column, OrderRule, PairRule, Table, resolve

__all__ = ["CompiledSchema", "compile_schema", "pandera_schema", "to_pandas"]


def _named(check: pa.Check) -> pa.Check:
    # A name outside the fixed mapping would report under table.check-failed: refuse it
    # here, when the schema is built, rather than when a row fails.
    if check.name not in CHECK_CODES:
        raise ValueError(f"check {check.name!r} has no code in tables.codes.CHECK_CODES")
    return check


def _order_check(rule: OrderRule) -> pa.Check:
    def check(df: pd.DataFrame) -> pd.Series:
        ok = pd.Series(True, index=df.index)
        cols = rule.columns
        for i, left in enumerate(cols):
            for right in cols[i + 1 :]:
                a, b = df[left], df[right]
                cmp = (a < b) if rule.strict else (a <= b)
                ok &= (a.isna() | b.isna() | cmp.fillna(True)).astype(bool)
        return ok

    return _named(pa.Check(check, name=rule.name, error=rule.name))


def _pair_check(rule: PairRule, codebook: Codebook) -> pa.Check:
    allowed = sorted(f"{a}\x1f{b}" for a, b in rule.allowed(codebook))

    def check(df: pd.DataFrame) -> pd.Series:
        first, second = df[rule.columns[0]], df[rule.columns[1]]
        pair = (first.astype("string") + "\x1f" + second.astype("string")).isin(allowed)
        return (second.isna() | pair.fillna(False)).astype(bool)

    return _named(pa.Check(check, name=rule.name, error=rule.name))


def _items_check(values: Sequence[str]) -> pa.Check:
    """Every item of a list column is an allowed value (a null list passes)."""
    allowed = frozenset(values)

    def check(series: pd.Series) -> pd.Series:
        return series.map(lambda items: items is None or items is pd.NA or set(items) <= allowed)

    return pa.Check(check, element_wise=False, name="enum", error="enum")


def _column_checks(col: Column, codebook: Codebook) -> tuple[list[pa.Check], list[str]]:
    """The pandera checks of one column and, in the same order, what each one requires."""
    checks: list[pa.Check] = []
    needs: list[str] = []
    values = col.values(codebook)
    if values is not None:
        if col.is_list:
            checks.append(_items_check(values))
            needs.append(f"must be a list of values among {', '.join(values)}")
        else:
            checks.append(pa.Check.isin(values, name="enum", error="enum"))
            needs.append(f"must be one of {', '.join(values)}")
    if col.minimum is not None and col.maximum is not None:
        checks.append(pa.Check.in_range(col.minimum, col.maximum, name="range", error="range"))
        needs.append(f"must be between {col.minimum:g} and {col.maximum:g}")
    elif col.minimum is not None:
        checks.append(pa.Check.ge(col.minimum, name="range", error="range"))
        needs.append(f"must be >= {col.minimum:g}")
    elif col.maximum is not None:
        checks.append(pa.Check.le(col.maximum, name="range", error="range"))
        needs.append(f"must be <= {col.maximum:g}")
    if col.pattern is not None:
        checks.append(pa.Check.str_matches(col.pattern, name="pattern", error="pattern"))
        needs.append(f"must match {col.pattern}")
    return [_named(c) for c in checks], needs


@dataclass
class CompiledSchema:
    """A table's pandera schema and, per (column or None, check name), what it requires
    (the end of an issue's message)."""

    schema: pa.DataFrameSchema
    needs: dict[tuple[str | None, str], str] = field(default_factory=dict)


def compile_schema(table: Table | str, codebook: Codebook) -> CompiledSchema:
    """The pandera schema of ``table`` with the requirement behind each named check."""
    t = resolve(table)
    columns: dict[str, pa.Column] = {}
    needs: dict[tuple[str | None, str], str] = {}
    for col in t.columns:
        checks, explanations = _column_checks(col, codebook)
        for check, text in zip(checks, explanations, strict=True):
            needs[(col.name, str(check.name))] = text
        columns[col.name] = pa.Column(
            pd.ArrowDtype(col.type),
            checks=checks,
            nullable=col.is_nullable(codebook),
            description=col.description,
        )
    frame_checks: list[pa.Check] = []
    for rule in t.rules:
        if isinstance(rule, OrderRule):
            frame_checks.append(_order_check(rule))
        else:
            frame_checks.append(_pair_check(rule, codebook))
        needs[(None, rule.name)] = rule.description
    schema = pa.DataFrameSchema(
        columns,
        checks=frame_checks,
        strict=True,
        ordered=True,
        unique=list(t.primary_key),
        name=t.name,
        description=t.description,
    )
    return CompiledSchema(schema, needs)


def pandera_schema(table: Table | str, codebook: Codebook) -> pa.DataFrameSchema:
    """A strict pandera schema of ``table`` for a frame made by :func:`to_pandas`.

    Checks: exact columns in order, Arrow dtypes, nulls, allowed values (codebook
    enumerations), ranges (offsets and counts >= 0, latitude and longitude), patterns of
    ids, the primary key's uniqueness and the row rules (start < end, date_start <=
    date_end, low <= best <= high, the mode belongs to the event type).
    """
    return compile_schema(table, codebook).schema


def to_pandas(table: pyarrow.Table) -> pd.DataFrame:
    """The frame :func:`pandera_schema` validates: every column keeps its Arrow type
    (``pd.ArrowDtype``), so int32 with nulls stays int32 and dates stay dates."""
    frame: pd.DataFrame = table.to_pandas(types_mapper=pd.ArrowDtype)
    return frame
