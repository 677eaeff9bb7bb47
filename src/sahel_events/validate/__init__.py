"""Validate Label Studio export snapshots in layers, streaming, into a :class:`Report`.

Public API::

    report = validate_snapshots(paths, project)          # codebook + raw/ loaded for you
    report = validate_snapshot(path, codebook, documents) # the same for one file
    for index, task in iter_tasks(path): ...              # stream tasks (compile reuses it)
    parsed = parse_result(annotation["result"])           # regions, attributes, relations

The layers, one module each, in the order they run on every task:

1. :mod:`.structure`: the generated JSON Schema (``export.*``, unknown labels/choices);
2. :mod:`.codebook_rules`: modes, attributes and roles against the codebook (``codebook.*``);
3. :mod:`.text_rules`: the text hash, offsets, span texts, graphemes (``text.*``);
4. :mod:`.value_rules`: dates, places, actors and counts (``value.*``).

Every issue code is listed, with what to do about it, in ``docs/validation.md``.
"""

from __future__ import annotations

from .reader import SnapshotFormatError, iter_tasks
from .regions import ParsedResult, Region, Relation, event_and_argument, parse_result
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
    "ParsedResult",
    "Region",
    "Relation",
    "SnapshotFormatError",
    "ValidationStats",
    "event_and_argument",
    "iter_tasks",
    "load_documents",
    "parse_result",
    "snapshot_paths",
    "validate_snapshot",
    "validate_snapshots",
]
