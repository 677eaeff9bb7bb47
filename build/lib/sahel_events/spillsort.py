"""Sorting a table larger than memory: sorted runs in spill files, merged in key order.

A table is staged as runs (each a part of the rows, in reading order, sorted by key and
written to a spill file, :mod:`sahel_events.tablefile`); :func:`merge_runs` reads them
back in key order a batch at a time. The result is the order a stable sort of the whole
table gives: rows with equal keys stay in reading order (the earlier run first, and
within a run in the run's own order). What the merge holds: the key columns of every
run with two small integers per row (the order is computed over them), and one buffer
of at most ``batch_rows`` rows per run.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from .tablefile import SpilledTable

__all__ = ["MERGE_BATCH_ROWS", "merge_runs", "sort_by_key"]

#: Rows per batch of the merged output, and read from each run at a time.
MERGE_BATCH_ROWS = 2048

_RUN = "__run"


def sort_by_key(table: pa.Table, key: Sequence[str]) -> pa.Table:
    """``table`` sorted by ``key`` (ascending, nulls last, stable)."""
    if table.num_rows < 2:
        return table
    return table.sort_by([(c, "ascending") for c in key])


class _RunReader:
    """The rows of one run, handed out in order, ``n`` at a time."""

    def __init__(self, run: SpilledTable, batch_rows: int) -> None:
        self.batches = run.iter_batches(batch_rows)
        self.buffer = run.schema.empty_table()

    def take(self, n: int) -> pa.Table:
        while self.buffer.num_rows < n:
            batch = next(self.batches)
            self.buffer = pa.concat_tables([self.buffer, pa.Table.from_batches([batch])])
        out = self.buffer.slice(0, n)
        self.buffer = self.buffer.slice(n)
        if self.buffer.num_rows == 0:  # drop the references to the batches read
            self.buffer = self.buffer.schema.empty_table()
        return out


def _run_order(runs: Sequence[SpilledTable], key: Sequence[str]) -> npt.NDArray[np.int32]:
    """For each output row in key order, the index of the run it comes from."""
    parts = []
    for i, run in enumerate(runs):
        keys = run.read(columns=key)
        parts.append(keys.append_column(_RUN, pa.array(np.full(keys.num_rows, i, np.int32))))
    keyed = pa.concat_tables(parts)
    # A stable sort by key then run: equal keys keep the runs' order, and within a run
    # their order in it (the rows were concatenated in that order).
    sort_keys = [*((c, "ascending") for c in key), (_RUN, "ascending")]
    order = pc.sort_indices(keyed, sort_keys=sort_keys)
    runs_in_order: npt.NDArray[np.int32] = pc.take(keyed.column(_RUN), order).to_numpy()
    return runs_in_order


def merge_runs(
    runs: Sequence[SpilledTable], key: Sequence[str], batch_rows: int = MERGE_BATCH_ROWS
) -> Iterator[pa.Table]:
    """The rows of ``runs`` (each sorted by ``key``) in key order, ``batch_rows`` at a time."""
    runs = [r for r in runs if r.num_rows]
    if len(runs) == 1:
        for batch in runs[0].iter_batches(batch_rows):
            yield pa.Table.from_batches([batch])
        return
    if not runs:
        return
    sequence = _run_order(runs, key)
    readers = [_RunReader(r, batch_rows) for r in runs]
    for begin in range(0, len(sequence), batch_rows):
        chunk = sequence[begin : begin + batch_rows]
        counts = np.bincount(chunk, minlength=len(runs))
        # The rows this chunk takes from each run, run after run...
        taken = pa.concat_tables(
            [readers[i].take(int(n)) for i, n in enumerate(counts) if n], promote_options="none"
        )
        # ... and put in the chunk's order: row j of the chunk is the rank-th row taken
        # from its run, which sits after the rows of the runs before it.
        grouped = np.argsort(chunk, kind="stable")
        place = np.empty_like(grouped)
        place[grouped] = np.arange(len(grouped))
        yield taken.take(pa.array(place))
