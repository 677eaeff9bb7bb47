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

from ..cluster.runner import InProcess, Runner
from ..cluster.shards import RecordWriter, chunked, count_records
from ..errors import Report, UsageError
from ..files import write_text_atomic
from ..paths import Project

if TYPE_CHECKING:  # the modules behind these load spaCy's pipeline code
    from .cardscores import CardRun
    from .corpus import SplitEvaluation

#: Called after each document with (documents done, documents in all).
Progress = Callable[[int, int], None]


@dataclass
class PreannotationRun:
    """What :func:`preannotate_project` did: counts, and whether the output was written.

    ``report`` holds every way a prediction does not fit the labeling config; when it
    holds an error nothing was written. The predictions themselves are in ``output``
    (streamed there, never all held in memory).
    """

    documents: int
    entities: int
    events: int
    relations: int
    report: Report
    model_version: str
    output: Path
    seconds: float
    runner: str = "in process"

    @property
    def written(self) -> bool:
        """True when the predictions file was written (every prediction fits the config)."""
        return self.report.valid

    def as_dict(self) -> dict[str, Any]:
        """The summary ``--json`` prints: counts, model version, time and output file."""
        return {
            "documents": self.documents,
            "model_version": self.model_version,
            "entities": self.entities,
            "events": self.events,
            "relations": self.relations,
            "seconds": round(self.seconds, 2),
            "output": str(self.output),
            "runner": self.runner,
        }

    def to_text(self) -> str:
        """The summary as one line a person reads."""
        s = self.as_dict()
        return (
            f"Wrote {s['documents']} prediction(s) to {s['output']} "
            f"({s['entities']} entities, {s['events']} events, "
            f"{s['relations']} relations; model {s['model_version']}; {s['seconds']} s, "
            f"{s['runner']})"
        )


def preannotate_project(
    project: Project,
    *,
    documents: Path | None = None,
    out: Path | None = None,
    batch_size: int = 8,
    progress: Progress | None = None,
    runner: Runner | None = None,
    shard_size: int | None = None,
    task_size: int | None = None,
) -> PreannotationRun:
    """Predict every ingested document of ``project``; write the predictions if all fit.

    ``documents`` (a file or a shard directory) defaults to the project's
    ``work/documents.jsonl`` (else ``work/documents/``) and ``out`` to its
    ``work/predictions.jsonl`` (``work/predictions/``, a shard directory of
    ``shard_size`` predictions each, when ``shard_size`` is given). The
    documents are streamed in shards through ``runner`` (default: this process; a
    :class:`~sahel_events.cluster.runner.DaskRunner` spreads them over a cluster); the
    output is the same bytes either way. ``task_size`` is the number of documents per
    task (default :data:`~.shardwork.SHARD_DOCUMENTS`). Raises :class:`UsageError` when
    there are no ingested documents; returns the run, whose report says why nothing was
    written, otherwise.
    """
    # Imported here: the pre-annotation modules pull in spaCy and dateparser.
    from ..codebook import load_project_codebook
    from ..ingest.documents import iter_documents
    from .predict import model_version
    from .shardwork import SHARD_DOCUMENTS, predict_shard

    source = documents or project.ingested_documents()
    if not source.exists():
        raise UsageError(
            f"no ingested documents at {source}: run `sahel-events ingest` first "
            "(or pass --documents FILE)"
        )
    target = out or (project.predictions_shards if shard_size else project.predictions_file)
    codebook = load_project_codebook(project.root)
    runner = runner or InProcess()
    total = count_records(source)
    started = time.perf_counter()
    report = Report()
    counts = {"entities": 0, "events": 0, "relations": 0}
    done = 0
    shards = chunked(iter_documents(source), task_size or SHARD_DOCUMENTS)
    with RecordWriter(target, shard_size) as writer:
        for part in runner.map(predict_shard, shards, runner.share(codebook), batch_size):
            for key, line in zip(part.keys, part.lines, strict=True):
                writer.write(key, line)
            report.extend(part.issues)
            for name in counts:
                counts[name] += getattr(part, name)
            done += len(part.keys)
            if progress is not None:
                progress(done, total)
        if not report.valid:
            writer.discard()
    return PreannotationRun(
        documents=done,
        report=report,
        model_version=model_version(),
        output=target,
        seconds=time.perf_counter() - started,
        runner=runner.describe(),
        **counts,
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
    return _saved(EvaluationRun(evaluation, {"corpus": _shown_path(corpus, project)}, target))


def _shown_path(path: Path, project: Project) -> str:
    """``path`` relative to the project when it lies inside it: the scores go into a
    published card, which must not carry this machine's directory layout."""
    try:
        return path.resolve().relative_to(project.root.resolve()).as_posix()
    except ValueError:
        return str(path)


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
