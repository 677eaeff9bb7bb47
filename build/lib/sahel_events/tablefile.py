"""Finished tables handed over as files, not as tables in memory.

Compile writes each table it finishes to a spill file (:class:`SpillWriter`) under a
spill directory (:class:`SpillDir`, under ``work/``) and hands over a
:class:`SpilledTable`: its name, schema, row count and a way to read it back a batch at
a time (:meth:`SpilledTable.iter_batches`), or whole for the small tables
(:meth:`SpilledTable.read`). A consumer that only ever reads batches holds one batch,
whatever the size of the table.

The spill file is Parquet without compression (fast to write, columns readable alone).
Its schema has every field nullable: a null in a required column must reach the table
checks, which report it by key, and Parquet refuses to write one into a non-nullable
field. The table's own schema (nullability, metadata) is kept by the handle and put
back on every batch read.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import pyarrow as pa
import pyarrow.parquet as pq

__all__ = ["BATCH_ROWS", "SPILL_DIR", "SpillDir", "SpillWriter", "SpilledTable", "spill_table"]

#: Where a project's spill directories go, under ``work/``.
SPILL_DIR = "spill"
#: Rows per batch read back by default, and per row group of a spill file.
BATCH_ROWS = 65_536


def _nullable(schema: pa.Schema) -> pa.Schema:
    """``schema`` with every field nullable and no metadata (what the spill file holds)."""
    return pa.schema([f.with_nullable(True).remove_metadata() for f in schema])


@dataclass(frozen=True)
class SpilledTable:
    """A finished table in a spill file: name, schema, row count, batches on demand."""

    name: str
    path: Path
    schema: pa.Schema
    num_rows: int

    def iter_batches(
        self, batch_size: int = BATCH_ROWS, columns: Sequence[str] | None = None
    ) -> Iterator[pa.RecordBatch]:
        """The rows in order, at most ``batch_size`` at a time, in the table's schema
        (``columns``: only those, in that order)."""
        target = self.schema_of(columns)
        if self.num_rows == 0:
            return
        handle = pq.ParquetFile(self.path)
        try:
            names = target.names
            # One thread: decoding on a pool of threads leaves each thread's allocator
            # holding memory (measured: 20 MB more peak at 10,000 tasks), for no gain on
            # the small row groups of spill files.
            batches = handle.iter_batches(batch_size=batch_size, columns=names, use_threads=False)
            for batch in batches:
                # from_arrays, not cast: a null in a required column stays for the checks.
                yield pa.RecordBatch.from_arrays(batch.columns, schema=target)
        finally:
            handle.close()

    def read(self, columns: Sequence[str] | None = None) -> pa.Table:
        """The whole table (or ``columns`` of it): for small tables, and for tests."""
        batches = list(self.iter_batches(columns=columns))
        return pa.Table.from_batches(batches, schema=self.schema_of(columns))

    def schema_of(self, columns: Sequence[str] | None = None) -> pa.Schema:
        """The table's schema, or that of ``columns`` in that order (metadata kept)."""
        fields = [self.schema.field(c) for c in columns] if columns else list(self.schema)
        return pa.schema(fields, metadata=self.schema.metadata)


class SpillWriter:
    """Write the rows of one table to a spill file, batch by batch.

    Use as a context manager; :attr:`result` is the :class:`SpilledTable` once the
    block ends without an error (on an error the file is removed).
    """

    def __init__(self, name: str, path: Path, schema: pa.Schema, dictionary: bool = True) -> None:
        self.name = name
        self.path = path
        self.schema = schema
        # Dictionary encoding makes files of repeated values smaller and costs time to
        # write: a file written once and read once may do without it.
        self.dictionary = dictionary
        self.stored = _nullable(schema)
        self.rows = 0
        self._result: SpilledTable | None = None
        self._writer: pq.ParquetWriter | None = None

    def __enter__(self) -> SpillWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = pq.ParquetWriter(
            self.path, self.stored, compression="none", use_dictionary=self.dictionary
        )
        return self

    def write(self, data: pa.Table | pa.RecordBatch) -> None:
        """Append rows (in the table's schema, or one with the same field names)."""
        if data.num_rows == 0:
            return
        assert self._writer is not None, "SpillWriter is used as a context manager"
        columns = [data.column(f.name) for f in self.schema]
        if isinstance(data, pa.RecordBatch):
            self._writer.write_batch(pa.RecordBatch.from_arrays(columns, schema=self.stored))
        else:
            self._writer.write_table(
                pa.Table.from_arrays(columns, schema=self.stored), row_group_size=BATCH_ROWS
            )
        self.rows += data.num_rows

    @property
    def result(self) -> SpilledTable:
        """The file written (only after the block ended without an error)."""
        if self._result is None:
            raise RuntimeError(f"the spill file of {self.name} is not finished")
        return self._result

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._writer is not None
        self._writer.close()
        if kind is not None:
            self.path.unlink(missing_ok=True)
            return
        self._result = SpilledTable(self.name, self.path, self.schema, self.rows)


class SpillDir:
    """A private directory for spill files, removed by :meth:`cleanup` (or when the
    object is garbage-collected, or at exit), with ``parent`` when it was made for it
    and is left empty: a crash leaves at most a directory named ``spill-*`` under
    ``parent``, which the next :class:`SpillDir` there removes when its process is
    gone."""

    def __init__(self, parent: Path | None = None) -> None:
        created = None
        if parent is not None:
            created = None if parent.exists() else parent
            parent.mkdir(parents=True, exist_ok=True)
            _remove_orphans(parent)
        self.path = Path(tempfile.mkdtemp(prefix=f"spill-{os.getpid()}-", dir=parent))
        self._finalizer = weakref.finalize(self, _remove, self.path, created)
        self._count = 0

    def file(self, stem: str) -> Path:
        """A new file path in the directory (never the same twice)."""
        self._count += 1
        return self.path / f"{self._count:04d}-{stem}.parquet"

    def cleanup(self) -> None:
        """Remove the directory and every file in it."""
        self._finalizer()

    def __enter__(self) -> SpillDir:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cleanup()


def _remove(path: Path, parent: Path | None) -> None:
    """Remove ``path``, and ``parent`` (made for it) when nothing else is left in it."""
    shutil.rmtree(path, ignore_errors=True)
    if parent is not None:
        with contextlib.suppress(OSError):  # another process's spill files are in it
            parent.rmdir()


def _remove_orphans(parent: Path) -> None:
    """Remove ``spill-<pid>-*`` directories of processes that no longer run."""
    for entry in parent.glob("spill-*-*"):
        try:
            pid = int(entry.name.split("-")[1])
        except (IndexError, ValueError):
            continue
        if pid == os.getpid() or _alive(pid):
            continue
        shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def spill_table(
    name: str,
    data: pa.Table | Iterable[pa.RecordBatch],
    schema: pa.Schema,
    where: SpillDir,
    dictionary: bool = True,
) -> SpilledTable:
    """Write ``data`` (a table, or batches of ``schema``) to a new file of ``where``
    (``dictionary``: :class:`SpillWriter`)."""
    with SpillWriter(name, where.file(name), schema, dictionary) as writer:
        if isinstance(data, pa.Table):
            for offset in range(0, data.num_rows, BATCH_ROWS):
                writer.write(data.slice(offset, BATCH_ROWS))
        else:
            for batch in data:
                writer.write(batch)
    return writer.result
