"""The development corpus: articles with their gold specs, ingested and scored in memory.

A split is a directory (``corpus/dev``, ``corpus/test``) of articles (``<name>.txt``, in
the raw-article format of ``docs/ingest.md``) each beside its gold spec
(``<name>.yaml``, the format of :mod:`sahel_events.goldspec`). The articles are
ingested exactly as ``raw/`` would be, the specs turned into Label Studio results, and
:func:`evaluate_split` pre-annotates the documents and scores them with both the span
figures (:mod:`.evaluate`) and the annotator's-view figures (:mod:`.eventscore`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..codebook import Codebook
from ..errors import UsageError
from ..goldspec import gold_result, load_gold_spec
from ..ingest import Document, ingest_corpus
from .evaluate import Evaluation, score_results
from .eventscore import EventScores, score_events

SPEC_SUFFIX = ".yaml"


@dataclass(frozen=True)
class Split:
    """The documents of a corpus split and the gold result of each."""

    directory: Path
    documents: list[Document]
    gold: dict[str, list[dict[str, Any]]]


def load_split(directory: Path, project_root: Path, codebook: Codebook) -> Split:
    """Ingest a split's articles and turn their gold specs into results.

    Raises UsageError naming the file when an article is rejected, when an article has no
    spec or a spec no article, or when a spec does not fit its text or the codebook.
    """
    if not directory.is_dir():
        raise UsageError(f"no corpus split at {directory}: give a directory of articles")
    ingested = ingest_corpus(directory, project_root)
    errors = [i for i in ingested.report.issues if i.severity == "error"]
    if errors:
        raise UsageError(f"{directory}: an article was rejected: {errors[0]}")
    specs = {}
    for path in sorted(directory.rglob(f"*{SPEC_SUFFIX}")):
        spec = load_gold_spec(path)
        specs[spec.doc_id] = spec
    docs = {d.doc_id: d for d in ingested.documents}
    for doc_id in sorted(set(docs) ^ set(specs)):
        where = specs[doc_id].source if doc_id in specs else docs[doc_id].source_file
        raise UsageError(
            f"{where}: {doc_id} has no {'article' if doc_id in specs else 'gold spec'}; "
            "every article of a split needs its <name>.yaml spec and vice versa"
        )
    gold = {
        d: gold_result(specs[d], docs[d].text, codebook, uncoded=_uncoded(docs[d]))
        for d in sorted(docs)
    }
    return Split(directory, [docs[d] for d in sorted(docs)], gold)


def _uncoded(doc: Document) -> dict[str, tuple[int, int]]:
    """The parts of an article the codebook does not code: its title and its dateline."""
    parts = {"dateline": doc.dateline}
    if doc.title_span is not None:
        parts["title"] = doc.title_span
    return parts


@dataclass(frozen=True)
class SplitEvaluation:
    """Both kinds of figures for one split, and the model that produced them."""

    spans: Evaluation
    events: EventScores

    def as_dict(self) -> dict[str, Any]:
        """The JSON form: the span figures with an ``events`` section added."""
        data = self.spans.as_dict()
        data["events"] = self.events.as_dict()
        return data

    def to_table(self) -> str:
        """Both tables."""
        return self.spans.to_table() + "\n\n" + self.events.to_table()


def score_split(
    predictions: dict[str, list[dict[str, Any]]],
    gold: dict[str, list[dict[str, Any]]],
    texts: dict[str, str],
    model_version: str | None,
) -> SplitEvaluation:
    """Score predicted results against gold results, doc by doc (gold docs only)."""
    docs = sorted(d for d in gold if d in predictions)
    spans = score_results(((predictions[d], gold[d]) for d in docs), model_version)
    events = EventScores()
    for d in docs:
        score_events(predictions[d], gold[d], texts.get(d, ""), events, doc_id=d)
    return SplitEvaluation(spans, events)


def evaluate_split(split: Split, codebook: Codebook, batch_size: int = 8) -> SplitEvaluation:
    """Pre-annotate a split's documents and score them against its gold."""
    from .predict import Preannotator

    annotator = Preannotator(codebook)
    predictions = {
        p.doc_id: p.result for p in annotator.predict(split.documents, batch_size=batch_size)
    }
    texts = {d.doc_id: d.text for d in split.documents}
    return score_split(predictions, split.gold, texts, annotator.version)
