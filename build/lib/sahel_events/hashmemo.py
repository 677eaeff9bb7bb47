"""Content hashes of written table files, remembered by the files' bytes.

A build writes every table and then hashes its *content* (:func:`~.parquet_io.
file_content_hash`: each row in canonical JSON, in Python), which for unchanged tables
costs more than writing them. The content hash is a function of the file's bytes alone,
so :func:`memoised_content_hash` keeps it in ``work/content-hash-cache/`` under the
file's SHA-256 (and the hash format and the code): a table written byte for byte as
before is not hashed again. Each entry also holds a check over the file digest and the
hash, so a damaged entry is recomputed, never believed. Deletable at any time.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

__all__ = ["CACHE_DIR", "memoised_content_hash"]

#: The memo's directory under ``work/``.
CACHE_DIR = "content-hash-cache"

_HEX = re.compile(r"[0-9a-f]{64}")


def _check(salt: str, file_sha256: str, value: str) -> str:
    return hashlib.sha256(f"{salt}\x1f{file_sha256}\x1f{value}".encode()).hexdigest()


def memoised_content_hash(path: Path, file_sha256: str, directory: Path | None) -> str:
    """The content hash of the table file at ``path``, whose bytes hash to
    ``file_sha256``: from ``directory`` when it was computed for those bytes before,
    else computed (and kept there). ``directory`` None: always computed."""
    from .parquet_io import CONTENT_HASH_FORMAT, file_content_hash
    from .toolprint import tool_fingerprint

    if directory is None:
        return file_content_hash(path)
    salt = f"{CONTENT_HASH_FORMAT}\x1f{tool_fingerprint()}"
    entry = directory / f"{file_sha256}.txt"
    try:
        value, check = entry.read_text(encoding="ascii").split()
        if _HEX.fullmatch(value) and check == _check(salt, file_sha256, value):
            return value
    except (OSError, ValueError, UnicodeDecodeError):
        pass  # absent, or damaged: computed again below
    value = file_content_hash(path)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry-", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(f"{value} {_check(salt, file_sha256, value)}\n")
            os.replace(tmp, entry)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # not kept: the cache is an optimisation
    return value
