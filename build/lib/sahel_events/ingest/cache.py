"""The ingest cache: what ingest made of each raw file, kept under ``work/ingest-cache/``.

Ingesting an article (decoding, normalising, dateline, structure, language, repeated
paragraphs) and reducing it to what the near-duplicate search needs (its shingles and
MinHash signature, :class:`~.duplicates.Signature`) depends only on the file: its bytes,
its sidecar's bytes, its path in the project, whether those are links out of ``raw/``
(refused before anything is cached), and the code. :meth:`IngestCache.key` hashes all of
that (the code by :func:`~sahel_events.toolprint.tool_fingerprint`, a hash of the
package's own files, and :data:`~.documents.INGEST_VERSION`); an entry is one file,
``<key[:2]>/<key>.pickle``, holding the document, its warnings and its signature.

What is not the file's is never kept per file: the dateline-in-the-future warning depends
on today's date and is made again on every run; doc_id claims are settled over the whole
corpus on every run; the near-duplicate pairs are searched over the signatures (cached
or new) unless the corpus is the very one of the last run (same doc_ids, same
signatures, in order: :meth:`IngestCache.near_duplicates`), whose pairs are kept. So a
warm ingest gives the same documents and the same report as a cold one.

Every entry a run used is also kept in one file, ``packed.pickle`` (issue 17): a warm
run reads it once instead of opening one file per article, which was most of a warm
ingest's time. It is an index over the per-file entries, never instead of them: it is
read whole or not at all (damaged, truncated, of other code: ignored, and written again
at the end of the run), a key it lacks is looked up in its file as before, and it is
rewritten (atomically) only when the entries a run used are not exactly those it holds,
so it never holds more than the last run's corpus and pruning (:mod:`sahel_events.workcache`)
treats it as one file always kept, like the near-duplicate pairs.

Beside it, ``identities.pickle`` names, per article, its file's identity (device, inode,
size, modification and change times in nanoseconds, and its sidecar's) with the key made
of its bytes (the file's hash at its head: used whole or not at all): a warm run whose
file has the same identity takes the key from there instead of reading and hashing the
file again (issue 17). An identity is kept only for a file (and sidecar) last changed
more than :data:`SETTLED` seconds before the run started, so that a write within the
file system's timestamp granularity cannot leave the identity as it was; any other file
is read and hashed.

The directory can be deleted at any time. An entry that cannot be read (damaged,
truncated, of another format) is reported as a note (``ingest.cache-entry-unreadable``)
and the file is ingested again; an entry that cannot be written is skipped.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import Issue, Location, Report
from ..files import write_cache_entry
from ..gcpause import paused_collector
from .documents import INGEST_VERSION, Document
from .duplicates import NearDuplicate, Signature

__all__ = ["CACHE_DIR", "CachedArticle", "IngestCache"]

#: The cache's directory under ``work/``.
CACHE_DIR = "ingest-cache"
#: The layout of an entry; bumped when it changes (an older entry then misses).
FORMAT = "ingest-cache-1"
#: The near-duplicate pairs of the last corpus, by a hash of its doc_ids and signatures.
NEAR_FILE = "near-duplicates.pickle"
#: Every entry the last run used, in one file (read once; see the module's docstring).
PACKED_FILE = "packed.pickle"
#: The layout of the packed index; bumped when it changes (an older one is ignored).
PACKED_FORMAT = "ingest-packed-1"
#: The identities of the files the last run read, with their keys (see the docstring).
IDENTITIES_FILE = "identities.pickle"
#: The layout of the identities file; bumped when it changes (an older one is ignored).
IDENTITIES_FORMAT = "ingest-identities-1"
#: Seconds since its last change after which a file's key is kept by its identity.
SETTLED = 2.0

#: What identifies a file's version: device, inode, size, mtime and ctime (ns).
FileIdentity = tuple[int, int, int, int, int]
#: Per article (its path in the project): its identity, its sidecar's, and its key.
_Identified = tuple[FileIdentity, FileIdentity | None, str]


def file_identity(st: os.stat_result) -> FileIdentity:
    """The identity of a file from its ``os.stat`` result."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


#: The warning made anew on every run (it depends on today's date).
FUTURE_CODE = "ingest.future-dateline"


@dataclass(frozen=True)
class CachedArticle:
    """One raw file as ingest made it: the document, its warnings (but the
    date-dependent one) and its near-duplicate signature."""

    document: Document
    warnings: tuple[Issue, ...]
    signature: Signature


class IngestCache:
    """Entries by key in ``directory`` (created when the first one is written)."""

    def __init__(self, directory: Path, tool: str | None = None) -> None:
        from ..toolprint import tool_fingerprint  # the hash of the package's files

        self.directory = directory
        self.salt = "\x1f".join((FORMAT, INGEST_VERSION, tool or tool_fingerprint()))
        self.hits = 0
        self.misses = 0
        #: The keys this run looked up or wrote: the entries it uses (the rest can go,
        #: :func:`sahel_events.workcache.prune`).
        self.used: set[str] = set()
        #: The packed index as read (None: not read yet), and the entries this run
        #: served or wrote (what the packed index is rewritten with).
        self._packed: dict[str, CachedArticle] | None = None
        self._served: dict[str, CachedArticle] = {}
        # The identities the last run recorded, and those of this run (written at its end).
        self._identified: dict[str, _Identified] | None = None
        self._identities: dict[str, _Identified] = {}
        self._started = time.time()

    def key(self, source_file: str, raw: bytes, sidecar: bytes | None) -> str:
        """The hash of everything an article's ingest depends on: its path in the
        project (its doc_id and ``source_file`` come from it), its bytes, its sidecar's
        bytes (None: no sidecar) and the code."""
        digest = hashlib.sha256(self.salt.encode())
        digest.update(b"\0" + source_file.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(hashlib.sha256(raw).digest())
        if sidecar is None:
            digest.update(b"no sidecar")
        else:
            digest.update(b"sidecar" + hashlib.sha256(sidecar).digest())
        return digest.hexdigest()

    def known_key(
        self, source_file: str, article: FileIdentity, sidecar: FileIdentity | None
    ) -> str | None:
        """The key of the article at ``source_file`` when its file and sidecar have the
        identities the last run recorded (:data:`IDENTITIES_FILE`); None otherwise."""
        found = self._read_identities().get(source_file)
        if not (isinstance(found, tuple) and len(found) == 3 and isinstance(found[2], str)):
            return None
        if found[0] != article or found[1] != sidecar:
            return None
        self._identities[source_file] = found
        return found[2]

    def remember(
        self, source_file: str, article: FileIdentity, sidecar: FileIdentity | None, key: str
    ) -> None:
        """Keep ``key`` for the next run by the identities of the file it was made of
        (as they were before it was read), when both were last changed long enough
        before this run started (:data:`SETTLED`)."""
        changed = max(article[3], article[4], *(sidecar[3:] if sidecar else ()))
        if changed / 1e9 <= self._started - SETTLED:
            self._identities[source_file] = (article, sidecar, key)

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, key: str, report: Report, source_file: str) -> CachedArticle | None:
        """The entry of ``key``, or None (absent; unreadable: noted in ``report``)."""
        self.used.add(key)
        packed = self._read_packed().get(key)
        if isinstance(packed, CachedArticle):  # anything else: trust the file instead
            self.hits += 1
            self._served[key] = packed
            return packed
        path = self._path(key)
        try:
            entry = pickle.loads(path.read_bytes())  # one read: faster than from a handle
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception as exc:  # damaged in any way: a note, and ingest it again
            entry = exc
        if not (
            isinstance(entry, tuple)
            and len(entry) == 2
            and entry[0] == key
            and isinstance(entry[1], CachedArticle)
        ):
            self.misses += 1
            report.add(
                "ingest.cache-entry-unreadable",
                f"the ingest cache's entry for this file ({path}) could not be read; the "
                "file was ingested again (the entry is replaced). Nothing to do",
                Location(file=source_file),
                "info",
            )
            return None
        self.hits += 1
        self._served[key] = entry[1]
        return entry[1]

    def _read_packed(self) -> dict[str, CachedArticle]:
        """The packed index's entries (read on first use); empty when it is absent,
        cannot be read whole, or is of another format or code."""
        if self._packed is None:
            self._packed = {}
            # The cyclic collector is paused while the index is loaded: it would run
            # again and again over the tens of thousands of objects made (none of them
            # garbage), which more than doubled the load's CPU time at 10,000 articles.
            try:
                with paused_collector():
                    found = pickle.loads((self.directory / PACKED_FILE).read_bytes())
            except Exception:  # absent, truncated, damaged: the per-file entries serve
                found = None
            if (
                isinstance(found, tuple)
                and len(found) == 3
                and found[0] == PACKED_FORMAT
                and found[1] == self.salt
                and isinstance(found[2], dict)
            ):
                self._packed = found[2]
        return self._packed

    def _read_identities(self) -> dict[str, _Identified]:
        """The identities the last run recorded (read on first use); empty when the file
        is absent, cannot be read whole, or is of another format or code."""
        if self._identified is None:
            self._identified = {}
            try:
                data = (self.directory / IDENTITIES_FILE).read_bytes()
                head, _, body = data.partition(b"\n")
                # Whole or not at all: a damaged key could name another file's entry.
                if head != hashlib.sha256(body).hexdigest().encode():
                    raise ValueError("not the bytes written")
                found = pickle.loads(body)
            except Exception:  # absent, truncated, damaged: every file is read
                found = None
            if (
                isinstance(found, tuple)
                and len(found) == 3
                and found[0] == IDENTITIES_FORMAT
                and found[1] == self.salt
                and isinstance(found[2], dict)
            ):
                self._identified = found[2]
        return self._identified

    def save_packed(self) -> None:
        """Write the packed index with the entries this run served or wrote, unless it
        already holds exactly those (a warm run over the same corpus writes nothing), and
        the identities file likewise with the identities this run took keys by or
        recorded."""
        if self._identities != self._read_identities():
            body = pickle.dumps((IDENTITIES_FORMAT, self.salt, self._identities), protocol=5)
            head = hashlib.sha256(body).hexdigest().encode()
            write_cache_entry(self.directory / IDENTITIES_FILE, head + b"\n" + body)
            self._identified = dict(self._identities)
        packed = self._read_packed()
        if packed.keys() == self._served.keys() and all(
            packed[k] is v for k, v in self._served.items()
        ):
            return
        data = pickle.dumps(
            (PACKED_FORMAT, self.salt, self._served), protocol=pickle.HIGHEST_PROTOCOL
        )
        write_cache_entry(self.directory / PACKED_FILE, data)
        self._packed = dict(self._served)

    def near_duplicates(
        self,
        signatures: Sequence[tuple[str, Signature]],
        threshold: float,
        search: Callable[[Sequence[tuple[str, Signature]]], list[NearDuplicate]],
    ) -> list[NearDuplicate]:
        """The near-duplicate pairs of the corpus: those of the last run when every
        doc_id and signature (and the threshold) is the same, else ``search`` of them.

        Only the last corpus's pairs are kept (``near-duplicates.pickle``); one changed,
        added or removed article searches again.
        """
        digest = hashlib.sha256(f"{self.salt}\x1f{threshold!r}".encode())
        for doc_id, signature in signatures:
            digest.update(doc_id.encode("utf-8", "surrogateescape") + b"\0")
            digest.update(hashlib.sha256(signature.shingles).digest())
        key = digest.hexdigest()
        path = self.directory / NEAR_FILE
        try:
            found = pickle.loads(path.read_bytes())
            if (
                isinstance(found, tuple)
                and len(found) == 2
                and found[0] == key
                and isinstance(found[1], list)
                and all(isinstance(p, NearDuplicate) for p in found[1])
            ):
                return list(found[1])
        except Exception:  # absent or damaged: search again (the pairs are the same)
            pass
        pairs = search(signatures)
        write_cache_entry(path, pickle.dumps((key, pairs), protocol=pickle.HIGHEST_PROTOCOL))
        return pairs

    def put(self, key: str, article: CachedArticle) -> None:
        """Write the entry of ``key`` (atomically; skipped when it cannot be written:
        the cache is an optimisation, never a reason to fail)."""
        self.used.add(key)
        self._served[key] = article
        data = pickle.dumps((key, article), protocol=pickle.HIGHEST_PROTOCOL)
        write_cache_entry(self._path(key), data)
