"""``sahel-events ingest``: raw/ articles to work/documents.jsonl, with a report."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import EXIT_INVALID_DATA, EXIT_OK, UsageError
from .common import emit_result, json_option, project_option, resolve_project


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
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Documents file to write (default: the project's work/documents.jsonl).",
)
@json_option
@click.pass_context
def ingest(
    ctx: click.Context,
    project_dir: Path | None,
    raw_dir: Path | None,
    out: Path | None,
    as_json: bool,
) -> None:
    """Read raw/ articles into normalised documents.

    Every *.txt file under the raw directory is an article; an optional
    <name>.meta.json beside it gives its metadata (see docs/ingest.md). Rejected files
    are reported with the reason and the others are still written. Raw files are never
    modified.

    Exit status: 0 when every article was ingested, 1 when some were rejected, 2 on
    misuse.

    \b
    Examples:
      sahel-events ingest
      sahel-events ingest --json > ingest-report.json
    """
    # Imported here so that `sahel-events --help` does not pay for the ingest modules.
    from ..ingest import ingest_corpus, write_documents

    project = resolve_project(project_dir)
    raw = raw_dir if raw_dir is not None else project.raw
    if not raw.is_dir():
        raise UsageError(f"raw directory {raw} does not exist or is not a directory")
    target = out if out is not None else project.documents_file
    if target.resolve().is_relative_to(raw.resolve()):
        raise UsageError(f"--out {target} is inside the raw directory, which is never written to")

    result = ingest_corpus(raw, project.root)
    write_documents(result.documents, target)
    emit_result(result, as_json)
    # With --json, stdout holds only the JSON.
    click.echo(f"Wrote {len(result.documents)} document(s) to {target}", err=as_json)
    ctx.exit(EXIT_OK if result.ok else EXIT_INVALID_DATA)
