"""The checks of compiled tables, reported as issues named by table and primary key.

:func:`check_tables` runs the pandera schemas (types, nulls, allowed values, ranges,
patterns, row rules); :func:`check_keys` the primary and foreign keys and
:func:`check_offsets` the span texts, both on the Arrow tables directly;
:func:`check_incidents` that the incidents partition the events. Every failure
is reported under a fixed code of :mod:`.codes`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pyarrow
import pyarrow.compute as pc

from ..codebook import Codebook
from ..errors import Report
from . import codes
from .arrow import is_sorted
from .codes import Capped, key_string
from .definitions import ForeignKey, get_table

__all__ = ["check_incidents", "check_keys", "check_offsets", "check_tables"]


def check_tables(
    tables: Mapping[str, pyarrow.Table], codebook: Codebook, batch_rows: int | None = None
) -> Report:
    """Validate each table with its pandera schema (lazily: every failure is collected).

    The rows are checked ``batch_rows`` at a time (default
    :data:`~.pandera_checks.BATCH_ROWS`), so memory does not grow with the table; the
    primary key's uniqueness across batches is :func:`check_keys`' job.

    Each failing row becomes one issue (``table.enum``, ``table.range``,
    ``table.not-null``, ``table.pattern``, ``table.span-order``, ...; the codes of
    :mod:`.codes`) located by the table and the primary key of the row; column-level
    failures (``table.dtype``, ``table.column-missing``, ``table.column-unexpected``)
    name the column and no key.
    """
    # pandas and pandera cost most of a second to import: only when checks run.
    from .pandera_checks import BATCH_ROWS, validate_tables

    report = Report()
    capped = Capped(report)
    validate_tables(tables, codebook, capped, batch_rows or BATCH_ROWS)
    capped.close()
    return report


def _keys_of(table: pyarrow.Table, columns: Sequence[str]) -> list[tuple[Any, ...]]:
    arrays = [table.column(c).to_pylist() for c in columns]
    return list(zip(*arrays, strict=True))


def _rows(table: pyarrow.Table, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """The values of ``columns`` row by row, converted to Python one batch at a time."""
    for batch in table.select(list(columns)).to_batches(max_chunksize=65_536):
        yield from zip(*(c.to_pylist() for c in batch.columns), strict=True)


#: Rows compared at a time by the sorted pass of :func:`_duplicate_keys`.
KEY_BATCH_ROWS = 65_536


def _duplicate_keys(
    data: pyarrow.Table, pk: list[str], batch_rows: int = KEY_BATCH_ROWS
) -> list[tuple[tuple[Any, ...], int]]:
    """Each key that appears more than once, with how many times, in key order.

    A table in key order (every compiled and published table is) is checked in one
    pass comparing each row with the next, ``batch_rows`` rows at a time, so memory does
    not grow with the table; a table out of order is counted by a hash aggregation.
    """
    if not is_sorted(data, pk):
        counts = data.group_by(pk).aggregate([([], "count_all")])
        dupes = counts.filter(pc.greater(counts.column("count_all"), 1))
        found = zip(_keys_of(dupes, pk), dupes.column("count_all").to_pylist(), strict=True)
        return sorted(found, key=lambda item: tuple((v is None, str(v)) for v in item[0]))
    runs: dict[tuple[Any, ...], int] = {}
    n = data.num_rows
    for begin in range(0, n - 1, batch_rows):
        # Rows begin..end-1 against rows begin+1..end: the last row of one slice is
        # compared with the first of the next.
        size = min(batch_rows, n - 1 - begin)
        same = None
        for c in pk:
            column = data.column(c)
            equal = pc.fill_null(
                pc.equal(column.slice(begin, size), column.slice(begin + 1, size)), False
            )
            same = equal if same is None else pc.and_(same, equal)
        if same is None or not pc.any(same).as_py():
            continue
        for i in pc.indices_nonzero(same).to_pylist():
            key = tuple(data.column(c)[begin + i].as_py() for c in pk)
            runs[key] = runs.get(key, 1) + 1
    return list(runs.items())


def check_keys(tables: Mapping[str, pyarrow.Table], batch_rows: int = KEY_BATCH_ROWS) -> Report:
    """Primary keys unique and non-null; foreign keys pointing at existing rows.

    Issues: ``table.primary-key`` (a duplicated or missing key, located by the key) and
    ``table.foreign-key`` (located by the primary key of the referring row). A foreign
    key to a table that is not given is not checked.
    """
    report = Report()
    capped = Capped(report)
    for name, data in tables.items():
        check_primary_key(name, data, capped, batch_rows)
    for name, data in tables.items():
        for fk in get_table(name).foreign_keys:
            parent = tables.get(fk.resource)
            if parent is not None:
                check_foreign_key(name, data, fk, parent, capped)
    capped.close()
    return report


def check_primary_key(
    name: str, data: pyarrow.Table, capped: Capped, batch_rows: int = KEY_BATCH_ROWS
) -> None:
    """Table ``name``'s primary key non-null and unique (``data`` needs only the key's
    columns): ``table.primary-key`` issues, added to ``capped``."""
    pk = list(get_table(name).primary_key)
    if data.num_rows == 0:
        return
    nulls = pc.is_null(data.column(pk[0]))
    for c in pk[1:]:
        nulls = pc.or_(nulls, pc.is_null(data.column(c)))
    if pc.any(nulls).as_py():
        for key in _keys_of(data.filter(nulls), pk):
            capped.add(
                name,
                codes.PRIMARY_KEY,
                None,
                f"primary key {', '.join(pk)} has a null value",
                key_string(key),
            )
    for key, n in _duplicate_keys(data, pk, batch_rows):
        if any(v is None for v in key):
            continue
        capped.add(
            name,
            codes.PRIMARY_KEY,
            None,
            f"primary key ({', '.join(pk)}) appears {n} times; it must be unique",
            key_string(key),
        )


def check_foreign_key(
    name: str, data: pyarrow.Table, fk: ForeignKey, parent: pyarrow.Table, capped: Capped
) -> None:
    """Every value of foreign key ``fk`` of table ``name`` is a key of ``parent``
    (``data`` needs the primary key's columns and the foreign key's, ``parent`` the
    referenced column): ``table.foreign-key`` issues, added to ``capped``."""
    t = get_table(name)
    # The foreign keys of the published tables are single columns.
    (child_col,), (parent_col,) = fk.fields, fk.reference
    values = data.column(child_col)
    present = pc.is_in(values, value_set=parent.column(parent_col).combine_chunks())
    missing = pc.and_(pc.is_valid(values), pc.invert(present))
    if not pc.any(missing).as_py():
        return
    bad = data.filter(missing)
    for key, value in zip(
        _keys_of(bad, t.primary_key), bad.column(child_col).to_pylist(), strict=True
    ):
        capped.add(
            name,
            codes.FOREIGN_KEY,
            child_col,
            f"{child_col} {value!r} is not a {parent_col} of {fk.resource}",
            key_string(key),
        )


def check_offsets(tables: Mapping[str, pyarrow.Table], capped: Capped | None = None) -> Report:
    """Every span's text equals ``documents.text[start:end]`` (code points).

    Issues ``table.span-text``, located by the mention or event id. Needs the
    ``documents`` table; checks ``mentions`` and ``events`` when given. With ``capped``
    (tables checked a part at a time, each part with the documents of its spans) the
    issues go to ``capped``'s report, which the caller closes.
    """
    report = Report()
    # A caller checking a table in parts passes one Capped for all of them (and closes it).
    mine = capped is None
    capped = Capped(report) if capped is None else capped
    documents = tables.get("documents")
    if documents is None:
        return report
    # Row positions, not texts: the texts of a large corpus are read one at a time.
    where = {doc_id: i for i, doc_id in enumerate(documents.column("doc_id").to_pylist())}
    text_column = documents.column("text")

    def text_of(doc_id: str) -> str | None:
        i = where.get(doc_id)
        text = None if i is None else text_column[i].as_py()
        return text if isinstance(text, str) else None

    spans = (
        ("mentions", "mention_id", "start", "end", "text"),
        ("events", "event_id", "trigger_start", "trigger_end", "trigger_text"),
    )
    for name, pk, start_col, end_col, text_col in spans:
        data = tables.get(name)
        if data is None:
            continue
        for key, doc_id, start, end, text in _rows(
            data, (pk, "doc_id", start_col, end_col, text_col)
        ):
            doc_text = text_of(doc_id)
            if doc_text is None or start is None or end is None:
                continue  # the foreign-key and not-null checks report these
            if not 0 <= start < end <= len(doc_text):
                capped.add(
                    name,
                    codes.SPAN_TEXT,
                    None,
                    f"offsets {start}:{end} fall outside the text of {doc_id} "
                    f"({len(doc_text)} code points)",
                    key,
                )
            elif doc_text[start:end] != text:
                capped.add(
                    name,
                    codes.SPAN_TEXT,
                    None,
                    f"{text_col} {text!r} differs from the document's text "
                    f"{doc_text[start:end]!r} at {start}:{end}",
                    key,
                )
    if mine:
        capped.close()
    return report


def _incident_id(event_ids: Sequence[str]) -> str:
    # The rule of sahel_events.incidents.table.incident_id, restated so that the check
    # does not trust the code that wrote the table.
    joined = "\n".join(sorted(set(event_ids)))
    return "inc-" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def check_incident_group(group: Sequence[Mapping[str, Any]], capped: Capped) -> None:
    """Check the rows of one incident (``table.incident``, located by each row's event_id).

    Its id is the hash of its own sorted event ids, ``n_events`` and ``n_reports`` count
    its events and distinct documents, and ``method`` is ``single`` exactly when it has
    one event. Shared by the compile's check of whole tables and the release check's
    batched one, so both say the same thing about the same row.
    """
    iid = group[0]["incident_id"]
    expected = {
        "incident_id": _incident_id([str(r["event_id"]) for r in group]),
        "n_events": len(group),
        "n_reports": len({r["doc_id"] for r in group}),
        "method": "single" if len(group) == 1 else "rule+review",
    }
    for r in group:
        wrong = [k for k, v in expected.items() if r[k] != v]
        if wrong:
            capped.add(
                "incidents",
                codes.INCIDENT,
                None,
                f"incident {iid}: {', '.join(f'{k} {r[k]!r}' for k in wrong)} where its "
                f"{len(group)} event(s) give {', '.join(repr(expected[k]) for k in wrong)}",
                str(r["event_id"]),
            )


def check_incidents(tables: Mapping[str, pyarrow.Table]) -> Report:
    """The ``incidents`` table partitions the events, and ``events_flat`` agrees with it.

    Each incident_id is the hash of its own sorted event ids (so the links are
    transitive: an event is in one incident, and an incident is every event linked to
    it), ``n_events`` and ``n_reports`` count its events and distinct documents, and its
    ``method`` is ``single`` exactly when it has one event; ``events_flat.incident_id``
    and ``n_reports`` equal the incidents'. Issues ``table.incident``, located by the
    event_id. Nothing is checked when the tables have no ``incidents`` (older releases).
    """
    report = Report()
    capped = Capped(report)
    incidents = tables.get("incidents")
    if incidents is None or "incident_id" not in incidents.column_names:
        return report
    rows = incidents.select(
        ["incident_id", "event_id", "doc_id", "n_events", "n_reports", "method"]
    ).to_pylist()
    members: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        members.setdefault(str(r["incident_id"]), []).append(r)
    for group in members.values():
        check_incident_group(group, capped)
    flat = tables.get("events_flat")
    if flat is not None and "incident_id" in flat.column_names:
        of_event = {r["event_id"]: r for r in rows}
        for event_id, iid, n in _rows(flat, ("event_id", "incident_id", "n_reports")):
            mine = of_event.get(event_id)
            if mine is None:
                capped.add(
                    "events_flat",
                    codes.INCIDENT,
                    "incident_id",
                    f"event {event_id} is in no incident (the incidents table lacks it)",
                    str(event_id),
                )
            elif (iid, n) != (mine["incident_id"], mine["n_reports"]):
                capped.add(
                    "events_flat",
                    codes.INCIDENT,
                    "incident_id",
                    f"incident_id {iid!r} and n_reports {n!r} differ from the incidents "
                    f"table's {mine['incident_id']!r} and {mine['n_reports']!r}",
                    str(event_id),
                )
    capped.close()
    return report
