"""``sahel-events preannotate`` and ``sahel-events evaluate``: thin calls of
:mod:`sahel_events.preannotate.run`."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import EXIT_INVALID_DATA, EXIT_OK
from .common import (
    cluster_options,
    emit_notes,
    emit_report,
    emit_result,
    json_option,
    progress_bar,
    project_option,
    resolve_project,
)


@click.command("preannotate")
@project_option
@click.option(
    "--documents",
    "documents_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Ingested documents, a file or a shard directory (default: work/documents.jsonl, "
    "else work/documents/).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Predictions file (a directory with --shard-size) to write "
    "(default: work/predictions.jsonl; work/predictions/ with --shard-size).",
)
@click.option("--batch-size", default=8, show_default=True, help="Documents per spaCy batch.")
@cluster_options
@json_option
@click.pass_context
def preannotate(
    ctx: click.Context,
    project_dir: Path | None,
    documents_path: Path | None,
    out: Path | None,
    batch_size: int,
    workers: int,
    scheduler: str | None,
    task_size: int | None,
    shard_size: int | None,
    as_json: bool,
) -> None:
    """Suggest entities, events and arguments for Label Studio.

    Reads the ingested documents, writes one prediction per document (JSONL:
    doc_id, model_version, score, result) in the exact shape of the labeling config.
    Every prediction is checked against the labeling config generated from the codebook
    before anything is written. Rules and scores: docs/preannotation.md.

    With --workers N (N > 1) the documents are spread in shards over a local Dask
    cluster of N processes, each loading the spaCy model once; with --scheduler ADDRESS
    over an existing cluster (SLURM, Kubernetes: docs/cluster.md). The file written is
    the same bytes as in one process.

    Exit status: 0 when predictions were written, 1 when a prediction does not fit the
    labeling config (nothing is written), 2 on misuse (e.g. no ingested documents).

    \b
    Examples:
      sahel-events preannotate
      sahel-events preannotate --workers 4
      sahel-events preannotate --scheduler tcp://10.0.0.5:8786 --shard-size 10000 \\
          --documents work/documents --out work/predictions
    """
    # Imported here: the pre-annotation modules pull in spaCy and dateparser.
    from ..cluster import open_runner
    from ..preannotate.run import preannotate_project

    project = resolve_project(project_dir)
    with open_runner(workers, scheduler) as runner, progress_bar("Pre-annotating") as progress:
        run = preannotate_project(
            project,
            documents=documents_path,
            out=out,
            batch_size=batch_size,
            progress=progress,
            runner=runner,
            shard_size=shard_size,
            task_size=task_size,
        )
    if not run.written:
        emit_report(run.report, as_json)
        click.echo("Nothing written: the predictions do not fit the labeling config.", err=True)
        ctx.exit(EXIT_INVALID_DATA)
    emit_result(run, as_json)
    ctx.exit(EXIT_OK)


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
@click.option(
    "--card",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Score both the released gold and the corpus test half (or --corpus DIR) and "
    "write the figures the release card publishes to this file (release --scores FILE).",
)
@click.option(
    "--details",
    is_flag=True,
    help="Also list every place, actor, date and casualty value that is not right, per "
    "event (document, gold event, suggested and gold values).",
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
    card: Path | None,
    details: bool,
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

    With --card FILE, both the released gold and the corpus test half (or --corpus DIR)
    are scored and their headline figures written to FILE, for `release --scores FILE`.
    With --details, every value that is not right is listed, one line per event:

        sahel-events evaluate --corpus corpus/dev --details

    Exit status: 0 when scored, 2 on misuse (no predictions, or no document with both a
    prediction and a gold annotation).
    """
    from ..preannotate.run import evaluate_corpus, evaluate_for_card, evaluate_project

    project = resolve_project(project_dir)
    if card is not None:
        both = evaluate_for_card(
            project, card, corpus=corpus_dir, predictions=predictions_path, gold=gold_paths
        )
        emit_result(both, as_json)
        ctx.exit(EXIT_OK)
    if corpus_dir is not None:
        run = evaluate_corpus(project, corpus_dir, out=out)
    else:
        run = evaluate_project(project, predictions=predictions_path, gold=gold_paths, out=out)
    emit_result(run, as_json)
    if not as_json:
        if details:
            click.echo("\n" + run.evaluation.events.details())
        emit_notes(run.report)
    ctx.exit(EXIT_OK)
