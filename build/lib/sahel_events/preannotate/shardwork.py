"""Pre-annotation of one shard of documents: the task a Dask worker (or this process) runs.

A thin wrapper over :class:`~.predict.Preannotator`: the shard's documents go through
spaCy in batches and each prediction is checked against the labeling config, exactly as
in a single process. What comes back is small and ready to write: the JSONL lines, the
faults found, and counts for the summary.

The spaCy model, the registry and the lexicon are loaded once per process (the first
shard a worker receives) and kept for the next shards, keyed by the codebook's hash.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..annotation.controls import Controls, controls
from ..annotation.names import ENTITY_CONTROL, EVENT_CONTROL
from ..codebook import Codebook
from ..errors import Issue
from ..ingest import Document
from .predict import Preannotator, check_result, prediction_line

#: Documents per shard: enough for spaCy's batches, few enough to spread over workers.
SHARD_DOCUMENTS = 32

_LOADED: dict[str, tuple[Preannotator, Controls]] = {}


@dataclass
class ShardPredictions:
    """The predictions of one shard as JSONL lines (keyed by doc_id), and what was found."""

    keys: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    entities: int = 0
    events: int = 0
    relations: int = 0


def _loaded(codebook: Codebook) -> tuple[Preannotator, Controls]:
    key = codebook.sha256 or codebook.version
    if key not in _LOADED:
        _LOADED.clear()
        _LOADED[key] = (Preannotator(codebook), controls(codebook))
    return _LOADED[key]


def predict_shard(docs: list[Document], codebook: Codebook, batch_size: int) -> ShardPredictions:
    """Predict and check every document of the shard, in the shard's order."""
    annotator, known = _loaded(codebook)
    out = ShardPredictions()
    for doc, prediction in zip(docs, annotator.predict(docs, batch_size=batch_size), strict=True):
        out.issues.extend(check_result(prediction.result, doc.text, known, doc.doc_id))
        out.keys.append(prediction.doc_id)
        out.lines.append(prediction_line(prediction))
        for item in prediction.result:
            out.entities += item.get("from_name") == ENTITY_CONTROL
            out.events += item.get("from_name") == EVENT_CONTROL
            out.relations += item.get("type") == "relation"
    return out
