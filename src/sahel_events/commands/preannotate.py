"""``sahel-events preannotate`` and ``sahel-events evaluate``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from ..errors import EXIT_INVALID_DATA, EXIT_OK, Report, UsageError
from ..files import write_text_atomic
from .common import json_option, project_option, resolve_project


@click.command("preannotate")
@project_option
@click.option(
    "--documents",
    "documents_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Ingested documents (default: the project's work/documents.jsonl).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Predictions file to write (default: the project's work/predictions.jsonl).",
)
@click.option("--batch-size", default=8, show_default=True, help="Documents per spaCy batch.")
@json_option
@click.pass_context
def preannotate(
    ctx: click.Context,
    project_dir: Path | None,
    documents_path: Path | None,
    out: Path | None,
    batch_size: int,
    as_json: bool,
) -> None:
    """Suggest entities, events and arguments for Label Studio.

    Reads the ingested documents, writes one prediction per document (JSONL:
    doc_id, model_version, score, result) in the exact shape of the labeling config.
    Every prediction is checked against the labeling config generated from the codebook
    before anything is written. Rules and scores: docs/preannotation.md.

    Exit status: 0 when predictions were written, 1 when a prediction does not fit the
    labeling config (nothing is written), 2 on misuse (e.g. no ingested documents).
    """
    # Imported here: the pre-annotation modules pull in spaCy and dateparser.
    from ..codebook import load_project_codebook
    from ..generate.labelconfig import render
    from ..ingest import read_documents
    from ..preannotate.predict import Preannotator, check_result, write_predictions

    project = resolve_project(project_dir)
    source = documents_path or project.documents_file
    if not source.is_file():
        raise UsageError(
            f"no ingested documents at {source}: run `sahel-events ingest` first "
            "(or pass --documents FILE)"
        )
    target = out or project.predictions_file
    codebook = load_project_codebook(project.root)
    config = render(codebook)
    documents = read_documents(source)
    started = time.perf_counter()
    annotator = Preannotator(codebook)
    predictions = []
    report = Report()
    with click.progressbar(length=len(documents), label="Pre-annotating", file=sys.stderr) as bar:
        for doc, prediction in zip(
            documents, annotator.predict(documents, batch_size=batch_size), strict=True
        ):
            report.extend(check_result(prediction.result, doc.text, config, doc.doc_id))
            predictions.append(prediction)
            bar.update(1)
    if not report.valid:
        click.echo(report.to_json() if as_json else report.to_text())
        click.echo("Nothing written: the predictions do not fit the labeling config.", err=True)
        ctx.exit(EXIT_INVALID_DATA)
    write_predictions(predictions, target)
    items = [i for p in predictions for i in p.result]
    summary = {
        "documents": len(predictions),
        "model_version": annotator.version,
        "entities": sum(1 for i in items if i.get("from_name") == "entity"),
        "events": sum(1 for i in items if i.get("from_name") == "event"),
        "relations": sum(1 for i in items if i.get("type") == "relation"),
        "seconds": round(time.perf_counter() - started, 2),
        "output": str(target),
    }
    if as_json:
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        click.echo(
            f"Wrote {summary['documents']} prediction(s) to {target} "
            f"({summary['entities']} entities, {summary['events']} events, "
            f"{summary['relations']} relations; model {summary['model_version']}; "
            f"{summary['seconds']} s)"
        )
    ctx.exit(EXIT_OK)


def _document_texts(path: Path) -> dict[str, str]:
    """doc_id -> text of the ingested documents (empty when not ingested: then events
    are matched by overlapping triggers only)."""
    from ..ingest import read_documents

    return {d.doc_id: d.text for d in read_documents(path)} if path.is_file() else {}


def _write_json(data: dict[str, Any], path: Path) -> None:
    write_text_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


@click.command("evaluate")
@project_option
@click.option(
    "--predictions",
    "predictions_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Predictions to score (default: the project's work/predictions.jsonl).",
)
@click.option(
    "--gold",
    "gold_paths",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    multiple=True,
    help="Export snapshot(s) holding the gold annotations (default: every annotations/*.json).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Where to save the figures for the release card (default: work/evaluation.json).",
)
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Pre-annotate and score a corpus split (articles + gold specs, e.g. corpus/test) "
    "instead of predictions against snapshots.",
)
@json_option
@click.pass_context
def evaluate(
    ctx: click.Context,
    project_dir: Path | None,
    predictions_path: Path | None,
    gold_paths: tuple[Path, ...],
    out: Path | None,
    corpus_dir: Path | None,
    as_json: bool,
) -> None:
    """Score pre-annotations against the gold annotations.

    Gold: each task's annotation of record in the export snapshots (ground truth, else
    a single annotation, else agreement; tasks awaiting adjudication are left out).
    Prints precision, recall and F1 per entity type, event type and role, with exact
    and overlapping spans, and the date normalisation accuracy; saves the same figures
    as JSON (with the model version) for the release card.

    Both print the annotator's view too: the kept rate (suggested events an annotator
    keeps), event recall, and per layer (types, modes, arguments by role, place, actor,
    date, casualties, factuality) precision, recall, F1 and accuracy. With --corpus DIR,
    the split's articles are ingested and pre-annotated in memory and scored against
    their gold specs (docs/preannotation.md, "Development corpus").

    Exit status: 0 when scored, 2 on misuse (no predictions, or no document with both a
    prediction and a gold annotation).
    """
    from ..preannotate.corpus import evaluate_split, load_split, score_split
    from ..preannotate.evaluate import gold_from_snapshots
    from ..preannotate.predict import read_predictions
    from ..snapshots import snapshot_paths

    project = resolve_project(project_dir)
    if corpus_dir is not None:
        from ..codebook import load_project_codebook

        codebook = load_project_codebook(project.root)
        result = evaluate_split(load_split(corpus_dir, project.root, codebook), codebook)
        data = result.as_dict()
        data["corpus"] = str(corpus_dir)
        _write_json(data, out or project.work / f"evaluation-{corpus_dir.name}.json")
        click.echo(json.dumps(data, indent=2, ensure_ascii=False) if as_json else result.to_table())
        ctx.exit(EXIT_OK)
    source = predictions_path or project.predictions_file
    if not source.is_file():
        raise UsageError(f"no predictions at {source}: run `sahel-events preannotate` first")
    snapshots = list(gold_paths) or snapshot_paths(project.annotations)
    if not snapshots:
        raise UsageError(f"no export snapshots in {project.annotations}: run `sahel-events pull`")
    report = Report()
    gold = gold_from_snapshots(snapshots, report)
    predictions = read_predictions(source)
    pairs = [(p.result, gold[p.doc_id]) for p in predictions if p.doc_id in gold]
    if not pairs:
        raise UsageError(
            "no document has both a prediction and a gold annotation; nothing to score"
        )
    versions = sorted({p.model_version for p in predictions if p.doc_id in gold})
    texts = _document_texts(project.documents_file)
    evaluation = score_split(
        {p.doc_id: p.result for p in predictions}, gold, texts, ", ".join(versions)
    )
    data = evaluation.as_dict()
    data["gold_snapshots"] = [s.name for s in snapshots]
    data["issues"] = [i.as_dict() for i in report.issues]
    _write_json(data, out or project.work / "evaluation.json")
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(evaluation.to_table())
        for issue in report.issues:
            click.echo(str(issue), err=True)
    ctx.exit(EXIT_OK)
