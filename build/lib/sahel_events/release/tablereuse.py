"""Keeping a table file of the last scratch build that would be written again byte for byte.

``build`` writes every table of ``work/dataset/`` anew (zstd at a high level, then a
CSV copy of the flat view), although after one changed annotation most tables are
the rows they were. A written file is a function of the compiled table alone (its
rows and schema, as compile hands them over in a spill file), of the versions in its
metadata, of the texts withheld and of the code (the writer and pyarrow). So a
:class:`TableReuse` keeps, in ``work/content-hash-cache/`` beside the content-hash memo
(:mod:`sahel_events.hashmemo`), one entry per table written: the digest of all of
these (the *key*) -> the SHA-256 of the file, its content hash, and the SHA-256 of its
CSV copy. When the key of a table about to be written has an entry and the last
dataset's file (and CSV copy) still has those bytes, that file is hard-linked (or
copied) into the new dataset instead; the file linked is hashed, and one edited or
damaged since (or replaced by a build running beside) is written again. Each entry
carries a check over its fields, so a damaged entry is a miss. Nothing here changes
what a build writes; the entries can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from ..files import sha256_file

__all__ = ["Kept", "TableReuse"]

#: Bumped when what a key covers changes (older entries then miss).
KEY_FORMAT = "table-reuse-1"
_NONE = "-"


@dataclass(frozen=True)
class Kept:
    """What the memo says a key's written files are."""

    sha256: str
    content_hash: str
    csv_sha256: str | None


def _check(key: str, fields: list[str]) -> str:
    return hashlib.sha256("\x1f".join([KEY_FORMAT, key, *fields]).encode()).hexdigest()


@dataclass
class TableReuse:
    """The memo in ``memo`` and the last dataset in ``previous`` (its ``data/`` files)."""

    memo: Path
    previous: Path
    #: The keys looked up or recorded by this build (the cache pruning keeps them).
    used: set[str] = field(default_factory=set)

    def key(
        self,
        name: str,
        spill: Path,
        schema: pa.Schema,
        versions: tuple[str, str],
        withheld: pa.Array,
    ) -> str:
        """The digest of everything the written file of table ``name`` depends on: the
        spill file's bytes, the table's schema (metadata included), the codebook and
        release versions, the withheld documents and the code (pyarrow's version too)."""
        from ..toolprint import tool_fingerprint

        digest = hashlib.sha256()
        for part in (KEY_FORMAT, tool_fingerprint(), pa.__version__, name, *versions):
            digest.update(part.encode() + b"\x1f")
        digest.update(schema.serialize().to_pybytes() + b"\x1f")
        digest.update("\x1e".join(withheld.to_pylist()).encode() + b"\x1f")
        digest.update(sha256_file(spill).encode())
        key = digest.hexdigest()
        self.used.add(key)
        return key

    def _entry(self, key: str) -> Kept | None:
        try:
            fields = (self.memo / f"{key}.txt").read_text(encoding="ascii").split()
        except (OSError, UnicodeDecodeError):
            return None
        if len(fields) != 4 or fields[3] != _check(key, fields[:3]):
            return None  # damaged: a miss
        return Kept(fields[0], fields[1], None if fields[2] == _NONE else fields[2])

    def take(self, key: str, name: str, target: Path, csv: Path | None) -> Kept | None:
        """Put the last dataset's file of table ``name`` (and its CSV copy at ``csv``) at
        ``target`` when the entry of ``key`` names its very bytes; None (nothing put)
        otherwise."""
        kept = self._entry(key)
        if kept is None or (csv is None) != (kept.csv_sha256 is None):
            return None
        old = self.previous / target.parent.name / target.name
        pairs = [(old, target, kept.sha256)]
        if csv is not None and kept.csv_sha256 is not None:
            pairs.append((old.with_name(csv.name), csv, kept.csv_sha256))
        try:
            for source, destination, sha256 in pairs:
                _link_or_copy(source, destination)
                # The file linked is hashed, not the name it had: a build beside this
                # one may have replaced the old dataset meanwhile.
                if sha256_file(destination) != sha256:
                    raise _Changed  # edited or damaged since: written again
        except (OSError, _Changed):
            for _, destination, _ in pairs:
                destination.unlink(missing_ok=True)
            return None
        return kept

    def record(self, key: str, kept: Kept) -> None:
        """Remember what the files of ``key`` are (not kept when it cannot be written:
        the memo is an optimisation)."""
        fields = [kept.sha256, kept.content_hash, kept.csv_sha256 or _NONE]
        try:
            self.memo.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry-", dir=self.memo)
            try:
                with os.fdopen(fd, "w", encoding="ascii") as handle:
                    handle.write(" ".join([*fields, _check(key, fields)]) + "\n")
                os.replace(tmp, self.memo / f"{key}.txt")
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass


class _Changed(Exception):
    """The last dataset's file no longer has the bytes its entry records."""


def _link_or_copy(source: Path, destination: Path) -> None:
    """A hard link (the old dataset is removed once the new one is in place), else a copy."""
    try:
        os.link(source, destination)
    except OSError:
        shutil.copyfile(source, destination)
