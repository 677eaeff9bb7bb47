"""Tasks known by their raw bytes: what lets an incremental compile skip the hardened parse.

The hardened decoder of :mod:`sahel_events.jsonread` checks every value of a task
(duplicate keys, huge numbers, lone surrogates, depth), which costs more than plain JSON
decoding. A task whose exact text already passed those checks passes them again: the
checks depend on the text alone. :class:`KnownTasks` holds the digests
(:func:`task_digest`) of task texts that passed, so that the snapshot reader
(:func:`sahel_events.annotation.reader.iter_tasks`) decodes a known text with the plain C
decoder, which gives the same value for a text the hardened one accepts. Any text not
in the set (changed, new, or refused before) takes the hardened path as always.

The set is saved under the compile cache, in a file named by the code's fingerprint (a
change to the checks starts a new set), and can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

__all__ = ["DIGEST_SIZE", "KnownTasks", "task_digest"]

#: Bytes of a digest: a truncated SHA-256, as collision-safe here as the whole one.
DIGEST_SIZE = 20


def task_digest(raw: str) -> bytes:
    """The digest of a task's raw JSON text (as in the file: its UTF-8 bytes)."""
    return hashlib.sha256(raw.encode("utf-8")).digest()[:DIGEST_SIZE]


class KnownTasks:
    """Digests of task texts that passed the hardened decoder, loaded from and saved to
    ``path`` (absent or damaged: empty, each task is checked again)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._digests: set[bytes] = set()
        self._added = False
        if path is not None:
            try:
                data = path.read_bytes()
            except OSError:
                data = b""
            if len(data) % DIGEST_SIZE == 0:  # else cut short: start again
                self._digests = {
                    data[i : i + DIGEST_SIZE] for i in range(0, len(data), DIGEST_SIZE)
                }

    def __contains__(self, digest: object) -> bool:
        return digest in self._digests

    def __len__(self) -> int:
        return len(self._digests)

    def add(self, digest: bytes) -> None:
        """Note that the text with ``digest`` passed the hardened decoder."""
        if digest not in self._digests:
            self._digests.add(digest)
            self._added = True

    def save(self) -> None:
        """Write the set (atomically) when something was added; a failure to write only
        makes the next read slower."""
        if self.path is None or not self._added:
            return
        tmp: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(b"".join(sorted(self._digests)))
            os.replace(tmp, self.path)
            self._added = False
        except OSError:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
