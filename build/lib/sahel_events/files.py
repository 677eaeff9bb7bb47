"""Files: writing them so that a reader never sees half of one, and hashing them."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: Path, mode: int = 0o644) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; renamed into place when the block
    ends without error, removed otherwise. A reader sees the old file or the new one,
    never half of one.

    ``mode`` is set explicitly because the temporary file is created private; the
    project's data, work and schema files are not secret.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, chunks: str | Iterable[str], mode: int = 0o644) -> None:
    """Write text (UTF-8, LF) to ``path`` through :func:`atomic_path`, synced before the
    rename: a crash leaves the previous version intact."""
    with atomic_path(path, mode) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as handle:
        if isinstance(chunks, str):
            handle.write(chunks)
        else:
            handle.writelines(chunks)
        handle.flush()
        os.fsync(handle.fileno())


def write_cache_entry(path: Path, data: bytes) -> None:
    """Write a cache entry under ``work/`` through a temporary ``.entry-*`` file beside it
    (a reader sees the old entry or the new one); give up quietly when it cannot be
    written: a cache is an optimisation, never a reason to fail."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return


def sha256_file(path: Path) -> str:
    """The hex SHA-256 of a file, read in chunks so large tables never sit in memory."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_text(text: str) -> str:
    """The hex SHA-256 of a text encoded as UTF-8: how a document's ``text_sha256`` is
    computed (ingest sets it; push and validate check it)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
