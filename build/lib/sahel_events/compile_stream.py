"""The end of a full compile in bounded memory: staged rows to finished table files.

While compile reads the snapshots, each staged table's rows go to a spill file in
reading order (:class:`sahel_events.compile._Staging`). :func:`finish_tables` then takes
them a part at a time: the tasks read in one part (:data:`RUN_TASKS` of them) with their
documents, mentions, events, arguments and annotations in their final form, from which
the part's flat-view rows are made and its span offsets checked (a span's document is
the task's, so always in the same part). Each table's part is sorted by key and written
as a run; the runs are merged into the table's file in key order
(:mod:`sahel_events.spillsort`), so no table is ever whole in memory, nor a sorted copy
of one.

What stays in memory for the whole dataset (the O(n) part, compact): the event ids with
their documents (for the incidents, which link events across documents, and the
reviews' links), the incidents table itself (about 100 bytes per event), and, while one
table is merged or its keys checked, that table's key columns (and a foreign-key column
with its parent's key column), read alone from the files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pyarrow as pa
import pyarrow.compute as pc

from . import tables as T
from .codebook import Codebook
from .errors import Report
from .flatview import actors_table, events_flat_table, split_by_documents, state_countries
from .incidents.review import ReviewSet
from .incidents.table import ConfirmedLink, incidents_table
from .spillsort import merge_runs, sort_by_key
from .tablefile import SpillDir, SpilledTable, SpillWriter, spill_table
from .tables.checks import check_foreign_key, check_incidents, check_offsets, check_primary_key
from .tables.codes import Capped

__all__ = ["RUN_TASKS", "Finished", "finish_tables"]

#: Tasks whose rows are finished, sorted and written as one run at a time.
RUN_TASKS = 4096

#: Staged rows read at a time (a run needs its own rows only).
STAGED_BATCH_ROWS = 4096
#: Rows checked by pandera at a time: pandas copies what it checks.
CHECK_BATCH_ROWS = 16_384

_SEQ = "_seq"


class Staged(Protocol):
    """What :func:`finish_tables` needs of a staged table (compile's ``_Staging``)."""

    table: T.Table

    def staged_file(self) -> SpilledTable:
        """The staged rows, in reading order."""

    def final(self, staged: pa.Table) -> pa.Table:
        """Staged rows in the table's final form (the winning tasks' rows, pseudonyms,
        the table's schema), in the same order."""


@dataclass
class Finished:
    """The finished tables' files and what checking them found."""

    files: dict[str, SpilledTable]
    checks: Report
    review_issues: Report = field(default_factory=Report)


class _SeqReader:
    """The rows of a staged file (in reading order) handed out by reading position."""

    def __init__(self, staged: SpilledTable) -> None:
        self.schema = pa.schema(list(staged.schema))
        self.batches = staged.iter_batches(STAGED_BATCH_ROWS)
        self.buffer = self.schema.empty_table()

    def before(self, end: int) -> pa.Table:
        """The next rows whose reading position is below ``end``."""
        parts = []
        while True:
            if self.buffer.num_rows:
                n = pc.sum(pc.less(self.buffer.column(_SEQ), end)).as_py() or 0
                parts.append(self.buffer.slice(0, n))
                self.buffer = self.buffer.slice(n)
                if self.buffer.num_rows:
                    break
            batch = next(self.batches, None)
            if batch is None:
                break
            self.buffer = pa.Table.from_batches([batch], schema=self.schema)
        return pa.concat_tables(parts) if parts else self.schema.empty_table()


def finish_tables(
    staging: Mapping[str, Staged],
    positions: Mapping[str, int],
    documents: Callable[[Sequence[str]], pa.Table],
    codebook: Codebook,
    reviews: ReviewSet | None,
    spill: SpillDir,
    run_tasks: int = RUN_TASKS,
) -> Finished:
    """Every table's file, and the table checks over them.

    ``positions``: doc_id -> reading position of the task compiled for it (one per
    document of the ``documents`` table); ``documents``: the ``documents`` rows of some
    doc_ids (sorted). Issues of the checks come in the order of
    :func:`sahel_events.tables.check_tables`, ``check_keys``, ``check_offsets`` and
    ``check_incidents`` run on the whole tables.
    """
    from .preannotate.registry import load_registry  # pydantic: only when compiling

    registry = load_registry(codebook)
    staged_names = list(staging)
    staged_files = {name: staging[name].staged_file() for name in staged_names}
    readers = {name: _SeqReader(staged_files[name]) for name in staged_names}
    runs: dict[str, list[SpilledTable]] = {t.name: [] for t in T.TABLES}
    events: dict[str, str] = {}  # event_id -> doc_id, for the incidents
    countries: set[str] = set()
    offsets = Report()
    capped_offsets = Capped(offsets)
    last = max(positions.values(), default=-1)
    by_position = sorted(positions.items(), key=lambda item: item[1])
    taken = 0
    for begin in range(0, last + 1, run_tasks):
        end = begin + run_tasks
        doc_ids: list[str] = []
        while taken < len(by_position) and by_position[taken][1] < end:
            doc_ids.append(by_position[taken][0])
            taken += 1
        part = {"documents": documents(sorted(doc_ids))}
        for name in staged_names:
            part[name] = staging[name].final(readers[name].before(end))
        check_offsets(part, capped_offsets)
        events.update(
            zip(
                part["events"].column("event_id").to_pylist(),
                part["events"].column("doc_id").to_pylist(),
                strict=True,
            )
        )
        countries |= state_countries(part)
        actors = actors_table(part, codebook, registry)
        flat = [events_flat_table(p, actors, codebook) for p in split_by_documents(part)]
        part["events_flat"] = pa.concat_tables(flat)
        for name, table in part.items():
            key = get_key(name)
            runs[name].append(spill_table(name, sort_by_key(table, key), table.schema, spill))
        del part, flat
    for spilled in staged_files.values():
        spilled.path.unlink(missing_ok=True)
    del readers
    files: dict[str, SpilledTable] = {}
    for name in ("documents", *staged_names):
        files[name] = _merged(name, runs[name], _schema(name, codebook), spill)
    review_issues = Report()
    links: list[ConfirmedLink] = []
    if reviews is not None:
        links, found = reviews.links(events)
        review_issues.extend(reviews.report.issues)
        review_issues.extend(found.issues)
    files["actors"] = spill_table(
        "actors",
        actors_table({}, codebook, registry, countries),
        _schema("actors", codebook),
        spill,
    )
    incidents = incidents_table(events, links, codebook)
    del events
    files["events_flat"] = _merged(
        "events_flat", runs["events_flat"], _schema("events_flat", codebook), spill, incidents
    )
    files["incidents"] = spill_table("incidents", incidents, incidents.schema, spill)
    files = {t.name: files[t.name] for t in T.TABLES}
    checks = Report()
    checks.extend(check_files(files, codebook).issues)
    capped_offsets.close()
    checks.extend(offsets.issues)
    flat_columns = files["events_flat"].read(columns=["event_id", "incident_id", "n_reports"])
    checks.extend(check_incidents({"incidents": incidents, "events_flat": flat_columns}).issues)
    return Finished(files, checks, review_issues)


def get_key(name: str) -> list[str]:
    """The primary key of table ``name``."""
    return list(T.get_table(name).primary_key)


def _schema(name: str, codebook: Codebook) -> pa.Schema:
    return T.arrow_schema(T.get_table(name), codebook)


def _merged(
    name: str,
    runs: Sequence[SpilledTable],
    schema: pa.Schema,
    spill: SpillDir,
    incidents: pa.Table | None = None,
) -> SpilledTable:
    """The runs of table ``name`` merged into its file; ``incidents``: the flat view's
    incident columns are taken from it, row for row (both are in event_id order)."""
    with SpillWriter(name, spill.file(name), schema) as writer:
        done = 0
        for batch in merge_runs(runs, get_key(name)):
            if incidents is not None:
                batch = _with_incidents(batch, incidents.slice(done, batch.num_rows))
            done += batch.num_rows
            writer.write(batch)
    for run in runs:
        run.path.unlink(missing_ok=True)
    return writer.result


def _with_incidents(flat: pa.Table, incidents: pa.Table) -> pa.Table:
    from .incidents.table import with_incidents

    return with_incidents(flat, incidents)


def _batches(spilled: SpilledTable) -> Iterator[pa.Table | pa.RecordBatch]:
    """A file's rows in slices of :data:`CHECK_BATCH_ROWS` (one empty slice when it has
    no rows: the column checks still run)."""
    if spilled.num_rows == 0:
        yield spilled.schema.empty_table()
        return
    yield from spilled.iter_batches(CHECK_BATCH_ROWS)


def check_files(files: Mapping[str, SpilledTable], codebook: Codebook) -> Report:
    """The pandera checks and the key checks of tables in files, a batch or a few
    columns at a time: the issues ``check_tables`` and ``check_keys`` report for the
    same tables whole (in slices of :data:`CHECK_BATCH_ROWS` rows, where
    ``check_tables`` cuts larger ones: the same issues, which may come in another order
    within a table)."""
    from .tables.pandera_checks import validate_slices

    report = Report()
    capped = Capped(report)
    for name, spilled in files.items():
        validate_slices(name, _batches(spilled), codebook, capped)
    capped.close()
    keys = Report()
    capped = Capped(keys)
    for name, spilled in files.items():
        check_primary_key(name, spilled.read(columns=get_key(name)), capped)
    for name, spilled in files.items():
        for fk in T.get_table(name).foreign_keys:
            parent = files.get(fk.resource)
            if parent is None:
                continue
            columns = list(dict.fromkeys([*get_key(name), *fk.fields]))
            check_foreign_key(
                name,
                spilled.read(columns=columns),
                fk,
                parent.read(columns=list(fk.reference)),
                capped,
            )
    capped.close()
    report.extend(keys.issues)
    return report
