"""The per-document tables of an incremental build, taken from the last build.

A document's ``documents`` row and its ``events_flat`` rows depend on the document and
on the rows of the task compiled for it, both of which the task's cache key
(:meth:`sahel_events.compile_cache.RowCache.key`) covers, and on two dataset-wide
things: the pseudonyms of who chose the record (``record_by``, renumbered every build)
and the ``actors`` table. So the rows of a document whose compiled task has the same
key as in the last build are taken from it, ``record_choice``/``record_by`` are set
again, and ``events_flat`` is reused only when ``actors`` is the same table; every
other document is built as in a full compile. The result is the full compile's table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pyarrow as pa
import pyarrow.compute as pc

from .codebook import Codebook
from .compile_cache import KEY_COLUMN
from .compile_recheck import clean_over_new_rows
from .flatview import actors_table, assemble_derived, events_flat_table, split_by_documents
from .incidents.table import ConfirmedLink

__all__ = [
    "COMPARED",
    "checked_name",
    "clean_if_checked_anew",
    "derived_tables",
    "documents_table",
    "with_keys",
]


def with_keys(table: pa.Table, doc_keys: Mapping[str, str]) -> pa.Table:
    """``table`` with a last column holding the cache key of each row's document's task
    (null when it is not cached): the form in which the last build keeps it."""
    docs = pa.array(list(doc_keys), pa.string())
    keys = pa.array(list(doc_keys.values()), pa.string())
    column = pc.take(keys, pc.index_in(table.column("doc_id"), value_set=docs))
    return table.append_column(pa.field(KEY_COLUMN, pa.string()), column)


def _reusable(prior: pa.Table | None, doc_keys: Mapping[str, str]) -> dict[str, str]:
    """doc_id -> key of the documents whose task key is one the last build had."""
    if prior is None:
        return {}
    before = set(prior.column(KEY_COLUMN).to_pylist())
    return {d: k for d, k in doc_keys.items() if k in before}


def _taken(prior: pa.Table, keys: Sequence[str]) -> pa.Table:
    """The last build's rows of the documents whose keys are ``keys``, without the key."""
    found = prior.filter(pc.is_in(prior.column(KEY_COLUMN), value_set=pa.array(keys, pa.string())))
    return found.drop_columns([KEY_COLUMN])


def documents_table(
    doc_ids: Sequence[str],
    doc_keys: Mapping[str, str],
    prior: pa.Table | None,
    build: Callable[[Sequence[str]], pa.Table],
    record: Callable[[str], tuple[str | None, str | None]],
) -> pa.Table:
    """The ``documents`` table of ``doc_ids`` (sorted): rows of unchanged documents from
    ``prior`` with their record columns from ``record`` (doc_id -> (record_choice,
    record_by)), the others from ``build`` (doc_ids -> their rows, as a full compile)."""
    reuse = _reusable(prior, doc_keys)
    if prior is None or not reuse:
        return build(doc_ids)
    fresh = build([d for d in doc_ids if d not in reuse])
    old = _taken(prior, list(reuse.values()))
    if old.num_rows != len(reuse):  # a state that is not what it should be: build all
        return build(doc_ids)
    chosen = [record(d) for d in old.column("doc_id").to_pylist()]
    for position, name in ((0, "record_choice"), (1, "record_by")):
        index = old.schema.get_field_index(name)
        values = pa.array([c[position] for c in chosen], old.schema.field(name).type)
        old = old.set_column(index, old.schema.field(name), values)
    table = pa.concat_tables([fresh, old]).sort_by([("doc_id", "ascending")])
    return table.combine_chunks()


def derived_tables(
    tables: Mapping[str, pa.Table],
    codebook: Codebook,
    doc_keys: Mapping[str, str],
    prior_flat: pa.Table | None,
    prior_actors: pa.Table | None,
    links: Sequence[ConfirmedLink] = (),
) -> dict[str, pa.Table]:
    """``actors``, ``events_flat`` and ``incidents``
    (:func:`sahel_events.flatview.derived_tables`), the flat rows of unchanged documents
    taken from ``prior_flat`` when the ``actors`` table is ``prior_actors``. Incidents
    link events across documents: they are built anew over every event, and their
    columns of ``events_flat`` set anew."""
    actors = actors_table(tables, codebook)
    reuse: dict[str, str] = {}
    if prior_actors is not None and prior_actors.equals(actors):
        reuse = _reusable(prior_flat, doc_keys) if prior_flat is not None else {}
    documents = tables["documents"]
    if reuse:
        redo = pc.invert(pc.is_in(documents.column("doc_id"), value_set=pa.array(list(reuse))))
        documents = documents.filter(redo)
    parts = [
        events_flat_table(part, actors, codebook)
        for part in split_by_documents({**tables, "documents": documents})
    ]
    if reuse and prior_flat is not None:
        parts.append(_taken(prior_flat, list(reuse.values())))
    return assemble_derived(actors, parts, codebook, links)


#: Tables whose rows take values set in each build: documents (record choice and who
#: made it), annotations (pseudonyms, the snapshot read), actors (built whole) and the
#: incidents, which link events across documents (and their columns of events_flat).
_SET_ANEW = ("documents", "annotations", "actors", "events_flat", "incidents")
#: Of those, the tables whose checked rows the state keeps (with each row's task key), so
#: that rows equal to the last build's need not be checked again.
COMPARED = ("annotations", "incidents")


def checked_name(name: str) -> str:
    """The name under which the state keeps table ``name`` as it was checked."""
    return f"checked-{name}"


def _unchanged(table: pa.Table, new: pa.Array, gone: pa.Array, prior: pa.Table | None) -> bool:
    """Whether the rows of ``table`` of the documents not ``new`` (whose task keys the
    last build had) are exactly the last build's rows of them (``prior``, with their
    keys, less those of keys ``gone``: the last build's keys that no document has now):
    rows the last build's checks passed. A key names one document (it hashes the
    document's corpus line), so the two sides hold the rows of the same documents, both
    in primary-key order; each is filtered by a handful of ids, not ten thousand."""
    if prior is None:
        return False
    ours = table.filter(pc.invert(pc.is_in(table.column("doc_id"), value_set=new)))
    theirs = prior.filter(pc.invert(pc.is_in(prior.column(KEY_COLUMN), value_set=gone)))
    return bool(ours.equals(theirs.drop_columns([KEY_COLUMN])))


def clean_if_checked_anew(
    tables: Mapping[str, pa.Table],
    codebook: Codebook,
    doc_keys: Mapping[str, str],
    prior_documents: pa.Table | None,
    prior_actors: pa.Table | None,
    prior_checked: Mapping[str, pa.Table | None] | None = None,
    known_new: Mapping[str, pa.Table] | None = None,
) -> bool:
    """True when the table checks of a full compile would find nothing, judged from the
    rows that are new since a last build whose checks found nothing (``prior_documents``:
    its documents, None when it was not clean or there is none). False means: run them
    all (something was found, and a full run reports it in its own order and caps).

    A document whose task key the last build had has the rows it had, and they passed.
    The tables with values set anew in every build (:data:`_SET_ANEW`) are new whole,
    and ``events_flat`` too when ``actors`` changed (every flat row was rebuilt); but of
    a table in ``prior_checked`` (the last build's rows as checked, with their task keys:
    :data:`COMPARED`), only the rows of new documents when the others are exactly the
    last build's, and ``documents`` and ``events_flat`` likewise against
    ``prior_documents`` and the flat rows the build took from the last one; ``actors``
    has no new row when it is the last build's table; a row of a new document that
    equals a row the last build checked is not new (:func:`_not_checked`).
    ``known_new``: the new rows of tables without a ``doc_id`` column
    (``event_arguments``), as the caller found them;
    such a table not in it is new whole. What is checked over the new rows, and what
    over whole tables: :func:`sahel_events.compile_recheck.clean_over_new_rows`.
    """
    if prior_documents is None:
        return False
    before = set(prior_documents.column(KEY_COLUMN).to_pylist())
    new = pa.array(
        [
            d
            for d in tables["documents"].column("doc_id").to_pylist()
            if doc_keys.get(d) not in before
        ],
        pa.string(),
    )
    gone = pa.array(sorted(before.difference(doc_keys.values())), pa.string())
    flat_rebuilt = prior_actors is None or not prior_actors.equals(tables["actors"])
    compared = {**(prior_checked or {}), "documents": prior_documents}
    new_rows = {}
    for name, table in tables.items():
        whole = name in _SET_ANEW or (name == "events_flat" and flat_rebuilt)
        if whole and name in compared:
            whole = not _unchanged(table, new, gone, compared[name])
        if name == "actors" and not flat_rebuilt:
            new_rows[name] = table.slice(0, 0)  # the last build's table, checked
        elif whole:
            new_rows[name] = table
        elif "doc_id" in table.column_names:
            rows = table.filter(pc.is_in(table.column("doc_id"), value_set=new))
            new_rows[name] = _not_checked(rows, compared.get(name), gone)
        else:
            new_rows[name] = (known_new or {}).get(name, table)
    return clean_over_new_rows(tables, new_rows, codebook)


def _not_checked(rows: pa.Table, prior: pa.Table | None, gone: pa.Array) -> pa.Table:
    """Of ``rows`` (the rows of new documents), those that are not, value for value, a
    row the last clean build checked for a task whose key no document has now
    (``prior``: its rows as checked, with their keys; ``gone``: those keys), as when
    an annotation changed in a way this table does not show. A row equal to a row that
    passed passes the same row checks; the keys and offsets are checked all the same."""
    if prior is None or not rows.num_rows or not len(gone):
        return rows
    old = prior.filter(pc.is_in(prior.column(KEY_COLUMN), value_set=gone))
    if not old.num_rows:
        return rows
    checked = {repr(row) for row in old.drop_columns([KEY_COLUMN]).to_pylist()}
    fresh = [repr(row) not in checked for row in rows.to_pylist()]
    return rows.filter(pa.array(fresh, pa.bool_()))
