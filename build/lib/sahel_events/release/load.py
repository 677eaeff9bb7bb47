"""``sahel_events.load(DIR)``: a release's tables as pandas DataFrames, for researchers."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import jsonread
from ..errors import UsageError

#: Nullable pandas types, so an integer column with nulls stays integer (not float) and
#: a boolean column with nulls stays boolean (not object).
_TYPES: dict[pa.DataType, object] = {
    pa.int32(): pd.Int32Dtype(),
    pa.int64(): pd.Int64Dtype(),
    pa.bool_(): pd.BooleanDtype(),
}


def table_names(release_dir: Path) -> list[str]:
    """The tables of a release: in ``datapackage.json`` order, else the Parquet files."""
    package = release_dir / "datapackage.json"
    if package.is_file():
        resources = jsonread.load_path(package).get("resources", [])
        return [r["name"] for r in resources]
    return sorted(p.stem for p in (release_dir / "data").glob("*.parquet"))


def load(
    release_dir: str | os.PathLike[str], tables: Iterable[str] | None = None
) -> dict[str, pd.DataFrame]:
    """Read the tables of a release (``build/<VERSION>``) as pandas DataFrames.

    Integer and boolean columns use pandas' nullable types (``Int32``, ``boolean``),
    dates become ``datetime64`` (midnight), timestamps stay UTC, strings use pandas'
    string type. ``tables`` picks some tables (default: all). The files are read as
    they are: run ``sahel-events release check DIR`` to verify a copy.

    >>> tables = load("build/1.0.0")            # doctest: +SKIP
    >>> tables["events"].groupby("event_type").size()   # doctest: +SKIP
    """
    root = Path(release_dir)
    if not (root / "data").is_dir():
        raise UsageError(f"{root} is not a sahel-events release: it has no data/ directory")
    available = table_names(root)
    wanted = list(tables) if tables is not None else available
    unknown = [t for t in wanted if t not in available]
    if unknown:
        raise UsageError(f"no table {', '.join(unknown)} in {root}; tables: {', '.join(available)}")
    return {
        name: pq.read_table(root / "data" / f"{name}.parquet").to_pandas(
            types_mapper=_TYPES.get, date_as_object=False
        )
        for name in wanted
    }
