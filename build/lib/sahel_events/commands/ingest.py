"""``sahel-events ingest``: raw/ articles to work/documents.jsonl, with a report."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import EXIT_INVALID_DATA, EXIT_OK, UsageError
from .common import cluster_options, emit_result, json_option, project_option, resolve_project


@click.command("ingest")
@project_option
@click.option(
    "--raw",
    "raw_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Directory of raw articles (default: the project's raw/).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Documents file (a directory with --shard-size) to write "
    "(default: work/documents.jsonl; work/documents/ with --shard-size).",
)
@cluster_options
@json_option
@click.pass_context
def ingest(
    ctx: click.Context,
    project_dir: Path | None,
    raw_dir: Path | None,
    out: Path | None,
    workers: int,
    scheduler: str | None,
    task_size: int | None,
    shard_size: int | None,
    as_json: bool,
) -> None:
    """Read raw/ articles into normalised documents.

    Every *.txt file under the raw directory is an article; an optional
    <name>.meta.json beside it gives its metadata (see docs/ingest.md). Rejected files
    are reported with the reason and the others are still written. Raw files are never
    modified.

    With --workers N (N > 1) the files are read and analysed in shards on a local Dask
    cluster; with --scheduler ADDRESS on an existing one whose workers see the same
    paths (docs/cluster.md). Near-duplicates are found here, over the whole corpus. The
    documents written are the same bytes either way; --shard-size writes them as a
    directory of JSONL shards.

    Exit status: 0 when every article was ingested, 1 when some were rejected, 2 on
    misuse.

    \b
    Examples:
      sahel-events ingest
      sahel-events ingest --json > ingest-report.json
      sahel-events ingest --workers 4 --shard-size 10000 --out work/documents
    """
    # Imported here so that `sahel-events --help` does not pay for the ingest modules.
    from ..cluster import open_runner
    from ..ingest import ingest_corpus, write_documents
    from ..ingest.pipeline import TASK_FILES

    project = resolve_project(project_dir)
    raw = raw_dir if raw_dir is not None else project.raw
    if not raw.is_dir():
        raise UsageError(f"raw directory {raw} does not exist or is not a directory")
    default = project.documents_shards if shard_size else project.documents_file
    target = out if out is not None else default
    if target.resolve().is_relative_to(raw.resolve()):
        raise UsageError(f"--out {target} is inside the raw directory, which is never written to")

    with open_runner(workers, scheduler) as runner:
        result = ingest_corpus(raw, project.root, runner=runner, task_size=task_size or TASK_FILES)
    write_documents(result.documents, target, shard_size)
    emit_result(result, as_json)
    # With --json, stdout holds only the JSON.
    click.echo(f"Wrote {len(result.documents)} document(s) to {target}", err=as_json)
    ctx.exit(EXIT_OK if result.ok else EXIT_INVALID_DATA)
