"""The documents of the dataset and their JSONL file (``work/documents.jsonl``).

A :class:`Document` is what later stages consume: the normalised ``text`` (the exact
string annotators see; every offset counts code points in it) and where its parts are.
Spans are ``(start, end)``, end exclusive; in JSON they are two-element lists.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ..cluster.shards import RecordWriter, iter_records
from ..files import write_text_atomic

Span = tuple[int, int]

INGEST_VERSION = "1"
"""Bumped whenever a change to ingest would change a document's text or spans."""


def _span(value: Sequence[int]) -> Span:
    start, end = value
    return (int(start), int(end))


@dataclass(frozen=True)
class Duplicate:
    """A repeated paragraph: ``copy`` repeats ``first`` (the earliest occurrence)."""

    copy: Span
    first: Span
    similarity: float

    def as_dict(self) -> dict[str, Any]:
        """The JSON form: ``{"copy": [s, e], "first": [s, e], "similarity": x}``."""
        return {"copy": list(self.copy), "first": list(self.first), "similarity": self.similarity}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Duplicate:
        """Inverse of :meth:`as_dict`."""
        return cls(_span(data["copy"]), _span(data["first"]), float(data["similarity"]))


@dataclass(frozen=True)
class Document:
    """One ingested article."""

    doc_id: str
    source_file: str  # relative to the project root, e.g. "raw/000_acd4907f2525db7b.txt"
    raw_sha256: str  # of the raw bytes, so a release can name the exact file it used
    text: str  # normalised: NFC, LF, no BOM, white space tidied
    text_sha256: str  # of text encoded as UTF-8
    language: str  # ISO 639-1
    dateline_place: str
    dateline_country: str | None
    dateline_date: str  # ISO "YYYY-MM-DD"
    dateline: Span  # place to date, e.g. "Bamako, 16 septembre 2025"
    title: str | None
    title_span: Span | None  # None when there is no title or it comes from the sidecar
    headings: tuple[Span, ...]
    paragraphs: tuple[Span, ...]
    signature: Span | None
    duplicates: tuple[Duplicate, ...]
    source: str | None
    url: str | None
    published: str | None
    license: str | None
    ingest_version: str = INGEST_VERSION

    def span_text(self, span: Span) -> str:
        """The text of ``span``."""
        return self.text[span[0] : span[1]]

    def as_dict(self) -> dict[str, Any]:
        """The JSON form, keys in field order, spans as lists."""
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("headings", "paragraphs"):
                value = [list(span) for span in value]
            elif f.name == "duplicates":
                value = [d.as_dict() for d in value]
            elif isinstance(value, tuple):
                value = list(value)
            data[f.name] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Inverse of :meth:`as_dict`; raises KeyError/TypeError/ValueError on bad input."""
        values = dict(data)
        for name in ("dateline", "title_span", "signature"):
            if values.get(name) is not None:
                values[name] = _span(values[name])
        values["headings"] = tuple(_span(s) for s in values["headings"])
        values["paragraphs"] = tuple(_span(s) for s in values["paragraphs"])
        values["duplicates"] = tuple(Duplicate.from_dict(d) for d in values["duplicates"])
        return cls(**values)


def document_line(doc: Document) -> str:
    """One JSONL line (with its newline): compact, UTF-8 characters kept as they are."""
    return json.dumps(doc.as_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"


def write_documents(docs: Iterable[Document], path: Path, shard_size: int | None = None) -> None:
    """Write ``docs`` to ``path`` as JSONL sorted by doc_id, atomically.

    The bytes depend only on the documents (deterministic). The file is written to a
    temporary file in the same directory and moved into place, so a reader never sees a
    half-written file and a crash leaves the previous version intact. With
    ``shard_size``, ``path`` is a directory of shard files of that many documents each
    (:mod:`sahel_events.cluster.shards`), whose concatenation is the single file.
    """
    # A spilled corpus (ingest/spill.py) is already in doc_id order and is read back one
    # document at a time: sorting it would load all of it.
    ordered = docs if getattr(docs, "sorted_by_id", False) else sorted(docs, key=lambda d: d.doc_id)
    if shard_size is None:
        write_text_atomic(path, (document_line(doc) for doc in ordered))
        return
    with RecordWriter(path, shard_size) as writer:
        for doc in ordered:
            writer.write(doc.doc_id, document_line(doc))


def iter_documents(path: Path) -> Iterator[Document]:
    """Stream the documents of a file (or shard directory) written by ingest, in order.

    Raises :class:`UsageError` naming the file, the line and the place when a line is
    not a document (the file is regenerable: the message says to run ingest again).
    """
    yield from iter_records(
        path,
        Document.from_dict,
        what="a document",
        command="sahel-events ingest",
        again="`sahel-events ingest`",
    )


def read_documents(path: Path) -> list[Document]:
    """Every document of a file (or shard directory) written by :func:`write_documents`.

    Raises :class:`UsageError` as :func:`iter_documents` does. At archive scale, prefer
    :func:`iter_documents`, which holds one document at a time.
    """
    return list(iter_documents(path))
