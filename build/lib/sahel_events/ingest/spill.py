"""Documents kept on disk while a large corpus is ingested, read back one at a time.

Ingest needs the whole corpus before it can write anything: doc_id claims are settled,
and near-duplicates found, over all the documents, and the file is sorted by doc_id.
For an archive (:data:`~.pipeline.SPILL_AFTER` articles and more), holding every
:class:`Document` in one list would take gigabytes; instead each document is written,
as it comes from a worker, to an anonymous temporary file (gone when closed or when the
process ends), and only its place in that file is kept. :class:`SpilledDocuments` is
the sorted corpus as a sequence that reads each document back when asked for it.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from .documents import Document, document_line


@dataclass(frozen=True)
class SpilledRef:
    """Where a spilled document is, with what settling and reporting need of it."""

    doc_id: str
    source_file: str
    offset: int
    length: int


class DocumentSpill:
    """An anonymous temporary file of document lines, appended to and read by position."""

    def __init__(self) -> None:
        # Lives as long as the corpus it holds (closed by close() or at exit): no ``with``.
        self._file = tempfile.TemporaryFile()  # noqa: SIM115
        self._end = 0
        self._dirty = False

    def add(self, doc: Document) -> SpilledRef:
        """Write ``doc`` at the end of the file; the reference to read it back."""
        line = document_line(doc).encode("utf-8")
        self._file.write(line)
        self._dirty = True
        ref = SpilledRef(doc.doc_id, doc.source_file, self._end, len(line))
        self._end += len(line)
        return ref

    def read(self, ref: SpilledRef) -> Document:
        """The document ``ref`` points to, decoded from its line."""
        if self._dirty:
            self._file.flush()
            self._dirty = False
        raw = os.pread(self._file.fileno(), ref.length, ref.offset)
        return Document.from_dict(json.loads(raw))

    def close(self) -> None:
        """Remove the file (also done when the process ends)."""
        self._file.close()


class SpilledDocuments(Sequence[Document]):
    """Documents sorted by doc_id, read from a :class:`DocumentSpill` on each access."""

    #: Tells :func:`~.documents.write_documents` the order is already the file's.
    sorted_by_id = True

    def __init__(self, spill: DocumentSpill, refs: list[SpilledRef]) -> None:
        self._spill = spill
        self._refs = refs

    def __len__(self) -> int:
        return len(self._refs)

    @overload
    def __getitem__(self, index: int) -> Document: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Document]: ...

    def __getitem__(self, index: int | slice) -> Document | Sequence[Document]:
        if isinstance(index, slice):
            return [self._spill.read(ref) for ref in self._refs[index]]
        return self._spill.read(self._refs[index])

    def __iter__(self) -> Iterator[Document]:
        for ref in self._refs:
            yield self._spill.read(ref)
