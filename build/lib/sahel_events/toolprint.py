"""The fingerprint of this code: what every cache under ``work/`` is keyed by.

A leaf module (it imports nothing of the package) so that any stage's cache can use it
without importing another stage: the compile cache, the validate cache, the snapshot
index, the ingest cache and the content-hash memo all salt their keys with it.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

__all__ = ["tool_fingerprint"]


@functools.cache
def tool_fingerprint() -> str:
    """A hash of the package's own files (code and data such as the gazetteer).

    A cache filled by another version of the code, or by a checkout with a local edit,
    then misses instead of serving rows that code would no longer give.
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file() or path.suffix == ".pyc":
            continue
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
