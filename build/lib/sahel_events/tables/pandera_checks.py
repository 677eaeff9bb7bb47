"""Run the pandera schemas on tables and turn their failures into issues of ours.

Pandera says why a table failed by a reason (:class:`pandera.errors.SchemaErrorReason`)
and, for a check, by the check's name; both map to fixed codes (:mod:`.codes`), so an
upgrade of pandera cannot rename a code. Imported by
:func:`sahel_events.tables.checks.check_tables` when it runs, so that importing the
tables costs neither pandas nor pandera.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.errors import SchemaError, SchemaErrorReason

from ..codebook import Codebook
from . import codes
from .codes import Capped, code_of_check, key_string
from .definitions import Table, get_table
from .pandera_schemas import compile_schema, to_pandas

__all__ = ["REASON_CODES", "validate_slices", "validate_tables"]

#: Failures pandera reports by reason rather than by a check of ours.
REASON_CODES: dict[SchemaErrorReason, str] = {
    SchemaErrorReason.SERIES_CONTAINS_NULLS: codes.NOT_NULL,
    SchemaErrorReason.WRONG_DATATYPE: codes.DTYPE,
    SchemaErrorReason.COLUMN_NOT_IN_DATAFRAME: codes.COLUMN_MISSING,
    SchemaErrorReason.COLUMN_NOT_IN_SCHEMA: codes.COLUMN_UNEXPECTED,
    SchemaErrorReason.COLUMN_NOT_ORDERED: codes.COLUMN_ORDER,
    SchemaErrorReason.DUPLICATES: codes.PRIMARY_KEY,
}


#: Rows validated at a time: pandas and pandera copy what they check, so a table is
#: checked in slices of this many rows and the copies stay the size of one slice.
BATCH_ROWS = 65_536


def validate_tables(
    tables: Mapping[str, pyarrow.Table],
    codebook: Codebook,
    capped: Capped,
    batch_rows: int = BATCH_ROWS,
) -> None:
    """Validate each table with its pandera schema (lazily: every failure is collected)
    and add the failures to ``capped``.

    A table is validated ``batch_rows`` rows at a time (row numbers stay those of the
    whole table). Every check is a check of one row or one column, except the primary
    key's uniqueness, which pandera sees only within a slice:
    :func:`sahel_events.tables.checks.check_keys` checks it over the whole table.
    """
    for name, data in tables.items():
        slices = (data.slice(o, batch_rows) for o in range(0, max(data.num_rows, 1), batch_rows))
        validate_slices(name, slices, codebook, capped)


def validate_slices(
    name: str,
    slices: Iterable[pyarrow.Table | pyarrow.RecordBatch],
    codebook: Codebook,
    capped: Capped,
) -> None:
    """Validate the rows of table ``name`` given as consecutive slices (of a table in
    memory, or batches read from a file): the issues of :func:`validate_tables` for the
    same slices."""
    t = get_table(name)
    compiled = compile_schema(t, codebook)
    seen: set[tuple[str, str | None, Any]] = set()  # across slices: one issue each
    offset = 0
    for part in slices:
        data = part if isinstance(part, pyarrow.Table) else pyarrow.Table.from_batches([part])
        frame = to_pandas(data)
        frame.index = pd.RangeIndex(offset, offset + len(frame))
        offset += len(frame)
        try:
            compiled.schema.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as exc:
            _report_failures(t, frame, exc.schema_errors, compiled.needs, capped, seen)


def _code(error: SchemaError) -> tuple[str, str | None]:
    """The code of a failure and the name of the check of ours behind it, if any."""
    if error.reason_code is SchemaErrorReason.DATAFRAME_CHECK:
        name = getattr(error.check, "name", None)
        if isinstance(name, str):
            return code_of_check(name), name
        return codes.CHECK_FAILED, None
    if error.reason_code is not None and error.reason_code in REASON_CODES:
        return REASON_CODES[error.reason_code], None
    return codes.CHECK_FAILED, None


def _cases(error: SchemaError) -> list[dict[str, Any]]:
    """The failing values: rows of ``column``, ``index`` and ``failure_case``."""
    cases = error.failure_cases
    if isinstance(cases, pd.DataFrame):
        records: list[dict[str, Any]] = cases.to_dict(orient="records")  # type: ignore[assignment]
        return records
    return [{"index": None, "failure_case": cases}]


def _report_failures(
    t: Table,
    frame: pd.DataFrame,
    errors: list[SchemaError],
    needs: Mapping[tuple[str | None, str], str],
    capped: Capped,
    seen: set[tuple[str, str | None, Any]],
) -> None:
    rule_names = {rule.name for rule in t.rules}
    for error in errors:
        code, check = _code(error)
        for case in _cases(error):
            column: str | None = None
            if check not in rule_names:
                named = case.get("column", error.column_name)
                column = named if isinstance(named, str) else None
            index = case.get("index")
            index = index if _present(index) and code != codes.DTYPE else None
            failure_case = case.get("failure_case")
            marker = (code, column, index)
            # A row rule yields one failure per column of the failing row: keep one.
            if marker in seen:
                continue
            seen.add(marker)
            key = None
            if index is not None:
                try:
                    key = key_string([frame.at[index, c] for c in t.primary_key])
                except KeyError:
                    key = None
            message = _message(t, frame, code, check, column, failure_case, needs, error)
            capped.add(t.name, code, column, message, key)


def _message(
    t: Table,
    frame: pd.DataFrame,
    code: str,
    check: str | None,
    column: str | None,
    failure_case: Any,
    needs: Mapping[tuple[str | None, str], str],
    error: SchemaError,
) -> str:
    if code == codes.DTYPE:
        actual = frame[column].dtype if column in frame else "?"
        expected = t.column(str(column)).type
        return f"column {column} has type {actual}, the schema says {expected}"
    if code == codes.COLUMN_MISSING:
        return f"column {failure_case} is missing"
    if code == codes.COLUMN_UNEXPECTED:
        return f"column {failure_case} is not in the schema of {t.name}"
    if code == codes.COLUMN_ORDER:
        return f"columns are not in the schema's order ({', '.join(t.column_names)})"
    if code == codes.NOT_NULL:
        return f"{column} is null; it is required"
    if code == codes.PRIMARY_KEY:
        return f"primary key ({', '.join(t.primary_key)}) is not unique"
    if check is None:
        where = f" in column {column}" if column else ""
        first_line = (str(error).splitlines() or [str(error.reason_code)])[0]
        return f"a table check failed{where}: {first_line}"
    need = needs.get((column, check)) or needs.get((None, check)) or check
    if column is None:
        return f"row breaks the rule {need}"
    return f"{column} {_show(failure_case)} {need}"


def _present(value: Any) -> bool:
    """False for None, NaN and pandas' NA (how failure cases mark a missing index)."""
    return (
        value is not None
        and not (isinstance(value, float) and value != value)
        and (value is not pd.NA)
    )


def _show(value: Any) -> str:
    return repr(value.item() if hasattr(value, "item") else value)
