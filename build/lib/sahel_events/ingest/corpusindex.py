"""The documents of an ingested corpus file, read from disk only when asked for.

A corpus of 100,000 documents need not sit in memory for a compile, and an incremental
compile need not even read the documents whose tasks it takes from its cache: what the
cache key needs of a document is only something that changes whenever the document does.
:class:`CorpusIndex` is a read-only ``doc_id -> Document`` mapping over the JSONL file
(or shard directory, :mod:`sahel_events.cluster.shards`) that ingest writes, knowing for
each document where its line starts and the digest of the line's bytes
(:meth:`CorpusIndex.digest`): the line is the document's whole JSON form, so two lines
with the same bytes give the same document, and any change to a document changes its
line.

Building the index reads every line once (no JSON decoding). With ``cache_dir`` it is
kept in a file there and used again as long as every corpus file has the size,
modification time and inode it had when indexed, and the index file's own bytes match the
hash written at its head; otherwise it is rebuilt. Ingest writes the corpus through a
new file renamed into place, which changes all three. The index file can be deleted at
any time.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..cluster.shards import record_files
from ..errors import UsageError
from .documents import Document

__all__ = ["CorpusIndex"]

#: Bumped when the index file's content changes shape (an old one is then rebuilt).
INDEX_FORMAT = 1
_DIGEST = 20  # bytes of a truncated SHA-256, as in the compile cache
_HEAD = b'{"doc_id":'  # how ingest's lines start (document_line): the id read without JSON


def _stat(path: Path) -> tuple[int, int, int]:
    info = path.stat()
    return (info.st_size, info.st_mtime_ns, info.st_ino)


def _doc_id(line: bytes) -> str:
    """The doc_id of one corpus line: taken from its head when ingest wrote it, else
    from the decoded line (raises ValueError/KeyError/TypeError when it has none)."""
    if line.startswith(_HEAD):
        end = line.find(b'",', len(_HEAD))
        literal = line[len(_HEAD) : end + 1]
        if end > 0 and b"\\" not in literal:
            return str(json.loads(literal))
    value = json.loads(line)
    doc_id = value["doc_id"]
    if not isinstance(doc_id, str):
        raise TypeError("doc_id is not a string")
    return doc_id


def _not_a_document(file: Path, line_no: int, exc: Exception) -> UsageError:
    """The error for a corpus line that is not a document ingest wrote."""
    return UsageError(
        f"{file}, line {line_no}: not a document written by `sahel-events ingest` "
        f"({type(exc).__name__}: {exc}); run `sahel-events ingest` again"
    )


class CorpusIndex(Mapping[str, Document]):
    """Read-only ``doc_id -> Document`` over the corpus at ``path`` (a JSONL file or a
    shard directory), each document read when asked for. ``cache_dir``: where the
    index is kept between runs (None: built in memory each time).

    Raises :class:`UsageError` when a file cannot be read or a line has no doc_id.
    """

    def __init__(self, path: Path, cache_dir: Path | None = None) -> None:
        self.path = path
        self.files = record_files(path)
        try:
            stats = [_stat(f) for f in self.files]
        except OSError as exc:
            raise UsageError(
                f"cannot read the corpus {path}: {exc.strerror}; run `sahel-events ingest`"
            ) from None
        self._where = self._index_path(cache_dir)
        # doc_id -> (file number, byte offset, line number, digest of the line)
        entries = self._load(stats)
        #: Whether the kept index file served (else the corpus was read to build it).
        self.reused = entries is not None
        if entries is None:
            entries = self._scan()
            self._save(stats, entries)
        self._entries: dict[str, tuple[int, int, int, bytes]] = entries
        self._handles: dict[int, Any] = {}

    # -------------------------------------------------------------- the mapping

    def __getitem__(self, doc_id: str) -> Document:
        number, offset, line_no, _ = self._entries[doc_id]
        handle = self._handles.get(number)
        if handle is None:
            handle = self._handles[number] = self.files[number].open("rb")
        handle.seek(offset)
        line = handle.readline()
        try:
            return Document.from_dict(json.loads(line))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise _not_a_document(self.files[number], line_no, exc) from None

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._entries  # without reading the document

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def digest(self, doc_id: str) -> bytes:
        """The digest of the document's line: equal digests, equal documents."""
        return self._entries[doc_id][3]

    def close(self) -> None:
        """Close the files opened to read documents."""
        for handle in self._handles.values():
            handle.close()
        self._handles.clear()

    # -------------------------------------------------------------- building

    def _scan(self) -> dict[str, tuple[int, int, int, bytes]]:
        entries: dict[str, tuple[int, int, int, bytes]] = {}
        for number, file in enumerate(self.files):
            offset = 0
            try:
                with file.open("rb") as handle:
                    for line_no, line in enumerate(handle, 1):
                        body = line.rstrip(b"\r\n")
                        if body.strip():
                            entries[self._id(body, file, line_no)] = (
                                number,
                                offset,
                                line_no,
                                hashlib.sha256(body).digest()[:_DIGEST],
                            )
                        offset += len(line)
            except OSError as exc:
                raise UsageError(
                    f"cannot read the corpus file {file}: {exc.strerror}; run `sahel-events ingest`"
                ) from None
        return entries

    @staticmethod
    def _id(line: bytes, file: Path, line_no: int) -> str:
        try:
            return _doc_id(line)
        except (ValueError, KeyError, TypeError) as exc:
            raise _not_a_document(file, line_no, exc) from None

    # -------------------------------------------------------------- the index file

    def _index_path(self, cache_dir: Path | None) -> Path | None:
        if cache_dir is None:
            return None
        name = hashlib.sha256(str(self.path.resolve()).encode()).hexdigest()[:16]
        return cache_dir / f"corpus-index-{name}.pickle"

    def _names(self) -> list[str]:
        """The corpus files by their resolved paths (a link to a file is that file)."""
        return [str(f.resolve()) for f in self.files]

    def _load(self, stats: list[tuple[int, int, int]]) -> dict[str, Any] | None:
        """The kept index when it is whole and was made from these very files."""
        if self._where is None:
            return None
        try:
            raw = self._where.read_bytes()
            head, payload = raw[:32], raw[32:]
            if hashlib.sha256(payload).digest() != head:
                return None
            form, files, kept_stats, entries = pickle.loads(payload)
        except Exception:  # absent, damaged, another shape: index again
            return None
        if (form, files, kept_stats) != (INDEX_FORMAT, self._names(), stats):
            return None
        return entries if isinstance(entries, dict) else None

    def _save(self, stats: list[tuple[int, int, int]], entries: dict[str, Any]) -> None:
        if self._where is None:
            return
        payload = pickle.dumps(
            (INDEX_FORMAT, self._names(), stats, entries),
            protocol=pickle.HIGHEST_PROTOCOL,
        )
        temporary = self._where.with_name(f"{self._where.name}.{os.getpid()}.tmp")
        try:
            self._where.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, self._where)
        except OSError:
            temporary.unlink(missing_ok=True)  # no index kept: the next run scans again
