"""Validate Label Studio export snapshots in layers, streaming, into a :class:`Report`.

Public API::

    report = validate_snapshots(paths, project)          # codebook + raw/ loaded for you
    report = validate_snapshot(path, codebook, documents) # the same for one file

The layers, one module each, in the order they run on every task:

1. :mod:`.structure`: the generated JSON Schema (``export.*``, unknown labels/choices);
2. :mod:`.codebook_rules`: modes, attributes and roles against the codebook (``codebook.*``);
3. :mod:`.text_rules`: the text hash, offsets, span texts, graphemes (``text.*``);
4. :mod:`.value_rules`: dates, places, actors and counts (``value.*``).

Tasks are read and results grouped by :mod:`sahel_events.annotation`, which every other
stage uses too; faults met in several stages are reported there, under one code.
Every issue code is listed, with what to do about it, in ``docs/issue-codes.md`` (generated).
"""

from __future__ import annotations

from .snapshot import (
    ValidationStats,
    load_documents,
    snapshot_paths,
    validate_snapshot,
    validate_snapshots,
)
from .text_rules import DocumentLike

__all__ = [
    "DocumentLike",
    "ValidationStats",
    "load_documents",
    "snapshot_paths",
    "validate_snapshot",
    "validate_snapshots",
]
