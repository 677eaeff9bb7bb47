"""The annotation model: Label Studio tasks, annotations, regions and relations, typed.

One package for what every stage reads out of Label Studio, so that a rule lives in one
place:

* :mod:`.names`: the fixed control names of the labeling config (``entity``, ``event``,
  ``layout``, ``text``);
* :mod:`.controls`: every control of the config (choices, text areas, their values and
  the region labels they may describe), built from the codebook, never from the XML;
* :mod:`.model`: a result grouped into regions, relations and document choices, as
  exported (:func:`parse_result`, what validation reads) and typed
  (:class:`Annotation`, what consolidation, compilation and agreement read);
* :mod:`.typed`: :func:`parse_annotation`, the typed view of one annotation, and the
  task's ids (:func:`task_doc_id`);
* :mod:`.rules`: the faults of the model, each under one code wherever it is met;
* :mod:`.reader` and :mod:`.snapshots`: export snapshots read one task at a time,
  ordered, newest copy of a task first.
"""

from __future__ import annotations

from .controls import ChoiceControl, Controls, TextControl, controls
from .model import (
    Annotation,
    ParsedResult,
    Region,
    Relation,
    ResultRegion,
    ResultRelation,
    event_and_argument,
    parse_result,
)
from .names import (
    CONFLICT_LABEL,
    ENTITY_CONTROL,
    EVENT_CONTROL,
    LAYOUT_CONTROL,
    REPEATED_LABEL,
    SPAN_CONTROLS,
    TEXT_NAME,
)
from .reader import SnapshotFormatError
from .snapshots import iter_latest_tasks, iter_tasks, order_snapshots, snapshot_paths
from .typed import parse_annotation, task_doc_id, task_id_of, user_id_of

__all__ = [
    "CONFLICT_LABEL",
    "ENTITY_CONTROL",
    "EVENT_CONTROL",
    "LAYOUT_CONTROL",
    "REPEATED_LABEL",
    "SPAN_CONTROLS",
    "TEXT_NAME",
    "Annotation",
    "ChoiceControl",
    "Controls",
    "ParsedResult",
    "Region",
    "Relation",
    "ResultRegion",
    "ResultRelation",
    "SnapshotFormatError",
    "TextControl",
    "controls",
    "event_and_argument",
    "iter_latest_tasks",
    "iter_tasks",
    "order_snapshots",
    "parse_annotation",
    "parse_result",
    "snapshot_paths",
    "task_doc_id",
    "task_id_of",
    "user_id_of",
]
