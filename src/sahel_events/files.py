"""Files: writing them so that a reader never sees half of one, and hashing them."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_text_atomic(path: Path, chunks: str | Iterable[str], mode: int = 0o644) -> None:
    """Write text (UTF-8, LF) to ``path`` through a temporary file in the same directory,
    synced then renamed into place: a crash leaves the previous version intact.

    ``mode`` is set explicitly because the temporary file is created private; the
    project's work and schema files are not secret.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            if isinstance(chunks, str):
                handle.write(chunks)
            else:
                handle.writelines(chunks)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
