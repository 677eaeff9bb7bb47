"""The two jobs of this package, as the CLI runs them: pre-annotate a project, score it.

:func:`preannotate_project` reads the ingested documents, predicts, checks every
prediction against the labeling config generated from the codebook and writes the
predictions file only when all of them fit. :func:`evaluate_project` scores a
predictions file against the gold annotations of the export snapshots and saves the
figures for the release card. ``sahel-events preannotate`` and ``sahel-events
evaluate`` are thin calls of these.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..annotation.names import ENTITY_CONTROL, EVENT_CONTROL
from ..errors import Report, UsageError
from ..files import write_text_atomic
from ..paths import Project

if TYPE_CHECKING:  # the modules behind these load spaCy's pipeline code
    from .cardscores import CardRun
    from .corpus import SplitEvaluation
    from .predict import Prediction

#: Called after each document with (documents done, documents in all).
Progress = Callable[[int, int], None]


@dataclass
class PreannotationRun:
    """What :func:`preannotate_project` did: the predictions, and whether they were written.

    ``report`` holds every way a prediction does not fit the labeling config; when it
    holds an error nothing was written.
    """

    predictions: list[Prediction]
    report: Report
    model_version: str
    output: Path
    seconds: float

    @property
    def written(self) -> bool:
        """True when the predictions file was written (every prediction fits the config)."""
        return self.report.valid

    def as_dict(self) -> dict[str, Any]:
        """The summary ``--json`` prints: counts, model version, time and output file."""
        items = [i for p in self.predictions for i in p.result]
        return {
            "documents": len(self.predictions),
            "model_version": self.model_version,
            "entities": sum(1 for i in items if i.get("from_name") == ENTITY_CONTROL),
            "events": sum(1 for i in items if i.get("from_name") == EVENT_CONTROL),
            "relations": sum(1 for i in items if i.get("type") == "relation"),
            "seconds": round(self.seconds, 2),
            "output": str(self.output),
        }

    def to_text(self) -> str:
        """The summary as one line a person reads."""
        s = self.as_dict()
        return (
            f"Wrote {s['documents']} prediction(s) to {s['output']} "
            f"({s['entities']} entities, {s['events']} events, "
            f"{s['relations']} relations; model {s['model_version']}; {s['seconds']} s)"
        )


def preannotate_project(
    project: Project,
    *,
    documents: Path | None = None,
    out: Path | None = None,
    batch_size: int = 8,
    progress: Progress | None = None,
) -> PreannotationRun:
    """Predict every ingested document of ``project``; write the predictions if all fit.

    ``documents`` defaults to the project's ``work/documents.jsonl`` and ``out`` to its
    ``work/predictions.jsonl``. Raises :class:`UsageError` when there are no ingested
    documents; returns the run, whose report says why nothing was written, otherwise.
    """
    # Imported here: the pre-annotation modules pull in spaCy and dateparser.
    from ..annotation.controls import controls
    from ..codebook import load_project_codebook
    from ..ingest import read_documents
    from .predict import Preannotator, check_result, write_predictions

    source = documents or project.documents_file
    if not source.is_file():
        raise UsageError(
            f"no ingested documents at {source}: run `sahel-events ingest` first "
            "(or pass --documents FILE)"
        )
    target = out or project.predictions_file
    codebook = load_project_codebook(project.root)
    known = controls(codebook)
    docs = read_documents(source)
    started = time.perf_counter()
    annotator = Preannotator(codebook)
    predictions: list[Prediction] = []
    report = Report()
    for doc, prediction in zip(docs, annotator.predict(docs, batch_size=batch_size), strict=True):
        report.extend(check_result(prediction.result, doc.text, known, doc.doc_id))
        predictions.append(prediction)
        if progress is not None:
            progress(len(predictions), len(docs))
    if report.valid:
        write_predictions(predictions, target)
    return PreannotationRun(
        predictions, report, annotator.version, target, time.perf_counter() - started
    )


@dataclass
class EvaluationRun:
    """What :func:`evaluate_project` or :func:`evaluate_corpus` measured and saved.

    ``sources`` says what was scored (the gold snapshots and their issues, or the corpus
    split) and is saved beside the figures.
    """

    evaluation: SplitEvaluation
    sources: dict[str, Any]
    output: Path
    report: Report = field(default_factory=Report)

    def as_dict(self) -> dict[str, Any]:
        """The figures as saved for the release card (and printed by ``--json``)."""
        return {**self.evaluation.as_dict(), **self.sources}

    def to_text(self) -> str:
        """The figures as a table a person reads."""
        return self.evaluation.to_table()


def evaluate_project(
    project: Project,
    *,
    predictions: Path | None = None,
    gold: Sequence[Path] = (),
    out: Path | None = None,
) -> EvaluationRun:
    """Score ``predictions`` against the gold annotations; save the figures as JSON.

    Gold: each task's annotation of record in the snapshots ``gold`` (default: every
    snapshot in ``annotations/``). ``predictions`` defaults to the project's
    ``work/predictions.jsonl`` and ``out`` to ``work/evaluation.json``. Raises
    :class:`UsageError` when there is nothing to score.
    """
    from ..annotation.snapshots import snapshot_paths
    from ..ingest import read_documents
    from .corpus import score_split
    from .evaluate import gold_from_snapshots
    from .predict import read_predictions

    source = predictions or project.predictions_file
    if not source.is_file():
        raise UsageError(f"no predictions at {source}: run `sahel-events preannotate` first")
    snapshots = list(gold) or snapshot_paths(project.annotations)
    if not snapshots:
        raise UsageError(f"no export snapshots in {project.annotations}: run `sahel-events pull`")
    report = Report()
    gold_results = gold_from_snapshots(snapshots, report)
    read = read_predictions(source)
    pairs = [(p.result, gold_results[p.doc_id]) for p in read if p.doc_id in gold_results]
    if not pairs:
        raise UsageError(
            "no document has both a prediction and a gold annotation; nothing to score"
        )
    versions = sorted({p.model_version for p in read if p.doc_id in gold_results})
    # The texts let events be matched by their arguments too; without ingested
    # documents they are matched by overlapping triggers only.
    docs = project.documents_file
    texts = {d.doc_id: d.text for d in read_documents(docs)} if docs.is_file() else {}
    evaluation = score_split(
        {p.doc_id: p.result for p in read}, gold_results, texts, ", ".join(versions)
    )
    sources = {
        "gold_snapshots": [s.name for s in snapshots],
        "issues": [i.as_dict() for i in report.issues],
    }
    return _saved(
        EvaluationRun(evaluation, sources, out or project.work / "evaluation.json", report)
    )


def evaluate_corpus(project: Project, corpus: Path, *, out: Path | None = None) -> EvaluationRun:
    """Pre-annotate a corpus split (articles and gold specs) in memory and score it.

    Saves the figures to ``out`` (default: ``work/evaluation-<split>.json``). Raises
    :class:`UsageError` when the split is not a directory of articles with their specs.
    """
    from ..codebook import load_project_codebook
    from .corpus import evaluate_split, load_split

    codebook = load_project_codebook(project.root)
    evaluation = evaluate_split(load_split(corpus, project.root, codebook), codebook)
    target = out or project.work / f"evaluation-{corpus.name}.json"
    return _saved(EvaluationRun(evaluation, {"corpus": str(corpus)}, target))


def evaluate_for_card(
    project: Project,
    card: Path,
    *,
    corpus: Path | None = None,
    predictions: Path | None = None,
    gold: Sequence[Path] = (),
) -> CardRun:
    """Score the released gold and the corpus test half (default ``corpus/test``) and
    write the card's scores file (:mod:`.cardscores`) to ``card``."""
    from .cardscores import CardRun, card_scores

    runs = {
        "released_gold": evaluate_project(project, predictions=predictions, gold=gold),
        "corpus_test": evaluate_corpus(project, corpus or project.root / "corpus" / "test"),
    }
    text = json.dumps(card_scores(runs), indent=2, ensure_ascii=False) + "\n"
    write_text_atomic(card, text)
    return CardRun(runs, str(card))


def _saved(run: EvaluationRun) -> EvaluationRun:
    text = json.dumps(run.as_dict(), indent=2, ensure_ascii=False) + "\n"
    write_text_atomic(run.output, text)
    return run
