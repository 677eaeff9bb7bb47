"""Figures a benchmark hands to ``bench_all.py``: one JSON object a line in a file.

Each script still prints its own lines; with ``--figures PATH`` it also appends, for
every figure it measured, a record that the one-run benchmark gathers into its summary
table. A record says what was measured, the figure and its unit, the floor measured in
the same process (and so the ratio), the peak resident memory of the process that did
the work, and for runs on Dask workers the CPU seconds of each process.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def record(
    path: str | Path | None,
    benchmark: str,
    what: str,
    value: float,
    unit: str,
    floor: float | None = None,
    peak_mib: float | None = None,
    cpu: dict[str, Any] | None = None,
    note: str = "",
) -> None:
    """Append one figure to ``path`` (nothing when None: the script ran on its own).

    ``floor`` is in the unit of ``value``; the ratio is value / floor, so for a speed
    (documents per second) a ratio below 1 means slower than the floor, and for a
    duration above 1 means slower. ``cpu``: ``CpuFigures.as_dict()`` of the run.
    """
    if path is None:
        return
    entry = {
        "benchmark": benchmark,
        "what": what,
        "value": value,
        "unit": unit,
        "floor": floor,
        "ratio": value / floor if floor else None,
        "peak_mib": peak_mib,
        "cpu": cpu,
        "note": note,
    }
    with Path(path).open("a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\n")


def read(path: Path) -> list[dict[str, Any]]:
    """Every record in ``path`` (none when the file was never written)."""
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
