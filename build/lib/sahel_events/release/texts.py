"""The published tables without the texts their licences keep out of a release.

``documents.text_published`` (set by compile from ``documents.license``, see
:mod:`sahel_events.licences`) says whether a document's text may be republished. For a
document whose text may not: ``documents.text`` and the sentence around each of its
triggers (``events_flat.trigger_sentence``) are null in the release. Everything else
stays: its hashes (``raw_sha256``, ``text_sha256``), source, URL, date and licence, and
every mention, event, argument and offset, so a reader who gets the text from its
source checks it against ``text_sha256`` and uses the offsets as they are. The
annotated spans (``mentions.text``, ``events.trigger_text``) are the annotations, a few
words each, and stay as well.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["TEXT_COLUMNS", "withheld_documents", "withhold_rows", "withhold_texts"]

#: The columns holding a document's text or a sentence of it, by table: (the column
#: naming the document, the text columns).
TEXT_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "documents": ("doc_id", ("text",)),
    "events_flat": ("doc_id", ("trigger_sentence",)),
}


def withheld_documents(documents: pa.Table) -> list[str]:
    """The ids of the documents whose text is not published."""
    ids = documents.column("doc_id").to_pylist()
    published = documents.column("text_published").to_pylist()
    return [doc_id for doc_id, ok in zip(ids, published, strict=True) if not ok]


def withhold_rows(name: str, rows: pa.Table, withheld: pa.Array) -> pa.Table:
    """``rows`` of table ``name`` (all of it or a batch) with the texts of the documents
    in ``withheld`` (their ids) set to null; as they are for a table without texts."""
    if name not in TEXT_COLUMNS or not len(withheld):
        return rows
    id_column, columns = TEXT_COLUMNS[name]
    hidden = pc.is_in(rows.column(id_column), value_set=withheld)
    for column in columns:
        i = rows.schema.get_field_index(column)
        field = rows.schema.field(i)
        kept = pc.if_else(hidden, pa.scalar(None, field.type), rows.column(i))
        rows = rows.set_column(i, field, kept)
    return rows


def withhold_texts(tables: Mapping[str, pa.Table]) -> dict[str, pa.Table]:
    """The tables with the texts of :func:`withheld_documents` set to null."""
    out = dict(tables)
    documents = tables.get("documents")
    if documents is None or "text_published" not in documents.column_names:
        return out
    withheld = pa.array(withheld_documents(documents), pa.string())
    return {name: withhold_rows(name, table, withheld) for name, table in out.items()}
