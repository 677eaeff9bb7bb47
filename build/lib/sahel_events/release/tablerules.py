"""The row rules, span offsets and incidents of a release's tables, read from the files
a part at a time (for ``release check``).

The findings are those of :func:`sahel_events.tables.check_tables`,
:func:`~sahel_events.tables.check_offsets` and
:func:`~sahel_events.tables.check_incidents` run on the whole tables, in the same
order; what differs is what is held at once:

* the row rules (pandera) read :data:`RULE_ROWS` rows of one table at a time;
* the span offsets read the documents :data:`DOCUMENT_ROWS` at a time (their texts
  stay Arrow strings, one converted per span) and, for each such part, the span
  columns of mentions and events a batch at a time, keeping the spans of the part's
  documents: the texts of a large corpus are never all in memory;
* the incidents are grouped by sorting their six columns in Arrow and walking the
  groups a batch at a time; the flat view's incident columns are looked up by
  ``event_id`` in Arrow, and only rows that differ become Python values.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..codebook import Codebook
from ..errors import Report
from ..tables import codes
from ..tables.checks import check_incident_group
from ..tables.codes import Capped
from . import batches

__all__ = ["check_incident_files", "check_offset_files", "check_rule_files"]

#: Rows given to pandera at a time (pandas copies what it checks). Module attributes, so
#: that the tests can make them tiny: the findings do not depend on them.
RULE_ROWS = 16_384
#: Documents whose spans are checked together (their texts are held as Arrow strings):
#: the span columns are read once for each such part.
DOCUMENT_ROWS = 16_384

_ROW = "__row"


def _slices(path: Path, rows: int) -> Iterator[pa.Table]:
    """The file's rows ``rows`` at a time (one empty slice for an empty table, so that
    the column checks still run)."""
    handle = pq.ParquetFile(path)
    if handle.metadata.num_rows == 0:
        yield handle.schema_arrow.empty_table()
        return
    for batch in handle.iter_batches(batch_size=max(1, rows), use_threads=False):
        yield pa.Table.from_batches([batch])


def check_rule_files(paths: Mapping[str, Path], codebook: Codebook, report: Report) -> None:
    """The pandera rules of each table file, :data:`RULE_ROWS` rows at a time."""
    from ..tables.pandera_checks import validate_slices

    capped = Capped(report)
    for name, path in paths.items():
        validate_slices(name, _slices(path, RULE_ROWS), codebook, capped)
    capped.close()


#: The span tables: name, key, start, end and text columns (as check_offsets reads them).
SPANS = (
    ("mentions", "mention_id", "start", "end", "text"),
    ("events", "event_id", "trigger_start", "trigger_end", "trigger_text"),
)


def check_offset_files(paths: Mapping[str, Path], report: Report) -> None:
    """Every span's text equals ``documents.text[start:end]`` (``table.span-text``)."""
    documents = paths.get("documents")
    if documents is None:
        return
    found: list[tuple[int, int, str, str, Any]] = []  # (table, row, message, key)
    size = max(1, DOCUMENT_ROWS)
    handle = pq.ParquetFile(documents)
    for part in handle.iter_batches(batch_size=size, columns=["doc_id", "text"]):
        doc_ids = part.column(0)
        texts = part.column(1)
        # Row positions, not texts: a text is converted when a span needs it.
        where = {doc_id: i for i, doc_id in enumerate(doc_ids.to_pylist())}
        for order, (name, key, start, end, text) in enumerate(SPANS):
            if name not in paths:
                continue
            offset = 0
            for batch in batches.iter_batches(paths[name], [key, "doc_id", start, end, text]):
                mask = pc.fill_null(pc.is_in(batch.column(1), value_set=doc_ids), False)
                first = offset
                offset += batch.num_rows
                if not pc.any(mask).as_py():
                    continue
                rows = pc.indices_nonzero(mask).to_pylist()
                chosen = batch.filter(mask)
                columns = [rows, *(chosen.column(i).to_pylist() for i in range(5))]
                for row, k, doc_id, a, b, span in zip(*columns, strict=True):
                    i = where.get(doc_id)
                    doc_text = None if i is None else texts[i].as_py()
                    message = _span_message(doc_id, doc_text, a, b, span, text)
                    if message is not None:
                        found.append((order, first + row, name, message, k))
    capped = Capped(report)
    for _, _, name, message, key in sorted(found, key=lambda f: (f[0], f[1])):
        capped.add(name, codes.SPAN_TEXT, None, message, key)
    capped.close()


def _span_message(
    doc_id: Any, doc_text: Any, start: Any, end: Any, span: Any, text_col: str
) -> str | None:
    """What is wrong with one span, or None (as check_offsets words it)."""
    if not isinstance(doc_text, str) or start is None or end is None:
        return None  # the foreign-key and not-null checks report these
    if not 0 <= start < end <= len(doc_text):
        return (
            f"offsets {start}:{end} fall outside the text of {doc_id} ({len(doc_text)} code points)"
        )
    if doc_text[start:end] != span:
        return (
            f"{text_col} {span!r} differs from the document's text "
            f"{doc_text[start:end]!r} at {start}:{end}"
        )
    return None


_INCIDENT_COLUMNS = ["incident_id", "event_id", "doc_id", "n_events", "n_reports", "method"]


def _groups(incidents: pa.Table) -> Iterator[list[dict[str, Any]]]:
    """The rows of each incident (in file order), incidents in order of first row."""
    rows = pa.array(np.arange(incidents.num_rows, dtype=np.int64))
    numbered = incidents.append_column(_ROW, rows)
    # Each row with its incident's first row, so that sorting by it keeps the order in
    # which the incidents first appear.
    firsts = numbered.group_by("incident_id", use_threads=False).aggregate([(_ROW, "min")])
    numbered = numbered.join(firsts, "incident_id", use_threads=False)
    ordered = numbered.sort_by([(f"{_ROW}_min", "ascending"), (_ROW, "ascending")])
    del numbered, firsts
    group: list[dict[str, Any]] = []
    for batch in ordered.to_batches(max(1, batches.BATCH_ROWS)):
        for row in batch.to_pylist():
            if group and row["incident_id"] != group[0]["incident_id"]:
                yield group
                group = []
            group.append(row)
    if group:
        yield group


def check_incident_files(paths: Mapping[str, Path], report: Report) -> None:
    """The incidents partition the events and the flat view agrees (``table.incident``)."""
    path = paths.get("incidents")
    if path is None or "incident_id" not in batches.column_names(path):
        return
    capped = Capped(report)
    incidents = batches.read_columns(path, _INCIDENT_COLUMNS)
    for group in _groups(incidents):
        check_incident_group(group, capped)
    flat = paths.get("events_flat")
    if flat is not None and "incident_id" in batches.column_names(flat):
        _check_flat(flat, incidents, capped)
    capped.close()


def _same(a: pa.Array, b: pa.Array) -> pa.Array:
    """Element-wise equality with null equal to null (as Python compares None)."""
    equal = pc.fill_null(pc.equal(a, b), False)
    return pc.or_(equal, pc.and_(pc.is_null(a), pc.is_null(b)))


def _check_flat(flat: Path, incidents: pa.Table, capped: Capped) -> None:
    """``events_flat.incident_id`` and ``n_reports`` are the incidents' for its event."""
    event_ids = incidents.column("event_id").combine_chunks()
    # The last row of an event wins, as a dict built over the rows would have it.
    last = pa.array(np.arange(incidents.num_rows, dtype=np.int64))
    kept = pa.table({"event_id": event_ids, _ROW: last})
    kept = kept.group_by("event_id", use_threads=False).aggregate([(_ROW, "max")])
    keys = kept.column("event_id").combine_chunks()
    positions = kept.column(f"{_ROW}_max").combine_chunks()
    their_iid = incidents.column("incident_id").combine_chunks()
    their_n = incidents.column("n_reports").combine_chunks()
    for batch in batches.iter_batches(flat, ["event_id", "incident_id", "n_reports"]):
        at = pc.index_in(batch.column(0), value_set=keys)
        missing = pc.is_null(at)
        flagged = missing
        row = None
        if len(keys):
            row = pc.take(positions, pc.fill_null(at, 0))
            iid = pc.take(their_iid, row)
            n = pc.take(their_n, row)
            agree = pc.and_(_same(batch.column(1), iid), _same(batch.column(2), n))
            flagged = pc.or_(missing, pc.invert(agree))
        if not pc.any(flagged).as_py():
            continue
        for i in pc.indices_nonzero(flagged).to_pylist():
            event_id, mine_iid, mine_n = (batch.column(c)[i].as_py() for c in range(3))
            if missing[i].as_py():
                capped.add(
                    "events_flat",
                    codes.INCIDENT,
                    "incident_id",
                    f"event {event_id} is in no incident (the incidents table lacks it)",
                    str(event_id),
                )
                continue
            assert row is not None
            j = row[i].as_py()
            theirs_iid, theirs_n = their_iid[j].as_py(), their_n[j].as_py()
            capped.add(
                "events_flat",
                codes.INCIDENT,
                "incident_id",
                f"incident_id {mine_iid!r} and n_reports {mine_n!r} differ from the incidents "
                f"table's {theirs_iid!r} and {theirs_n!r}",
                str(event_id),
            )
