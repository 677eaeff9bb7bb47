"""``sahel-events validate``: check export snapshots in layers and report every issue."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..errors import UsageError
from .common import emit_report, json_option, project_option, resolve_project

#: Snapshots larger than this get a progress line on stderr.
PROGRESS_MIN_BYTES = 8 << 20
PROGRESS_EVERY_SECONDS = 1.0


@click.command("validate")
@click.argument("snapshots", nargs=-1, type=click.Path(path_type=Path))
@project_option
@json_option
@click.option(
    "--skip-predictions",
    is_flag=True,
    help="Do not check predictions (by default their issues are reported as warnings).",
)
@click.pass_context
def validate(
    ctx: click.Context,
    snapshots: tuple[Path, ...],
    project_dir: Path | None,
    as_json: bool,
    skip_predictions: bool,
) -> None:
    """Check export snapshots against the codebook and the ingested texts.

    With no SNAPSHOT, checks every snapshot in annotations/ (*.json except
    *.provenance.json). The layers: structure (the generated JSON Schema), codebook
    (labels, modes, attributes, roles, relations), text (the task text is the ingested
    text; offsets, span texts, grapheme clusters, duplicates) and values (dates, places,
    actors, counts). Every issue has a stable code, listed in docs/issue-codes.md.

    Exit status: 0 when no error was found (warnings allowed), 1 when the data is
    invalid, 2 on misuse (a missing file, no snapshot at all).

    \b
    Examples:
      sahel-events validate
      sahel-events validate annotations/project-1-at-2026-11-28.json --json
    """
    # Imported here so that `sahel-events --help` does not pay for jsonschema and ingest.
    from ..validate import ValidationStats, snapshot_paths, validate_snapshots

    project = resolve_project(project_dir)
    paths = list(snapshots) or snapshot_paths(project)
    if not paths:
        raise UsageError(
            f"no snapshot to check: {project.annotations} holds no *.json snapshot; pull one "
            "with `sahel-events pull` or name the files to check"
        )
    for path in paths:
        if not path.is_file():
            raise UsageError(f"no such snapshot file: {path}")

    seen: dict[str, ValidationStats] = {}
    last_shown = [0.0]

    def progress(stats: ValidationStats) -> None:
        seen[stats.file] = stats
        if stats.bytes_total < PROGRESS_MIN_BYTES:
            return
        now = time.monotonic()
        if not stats.done and now - last_shown[0] < PROGRESS_EVERY_SECONDS:
            return
        last_shown[0] = now
        share = 100 * stats.bytes_read // max(stats.bytes_total, 1)
        line = f"validating {stats.file}: {share}% read, {stats.tasks} task(s) checked"
        if sys.stderr.isatty():
            click.echo(f"\r{line}", err=True, nl=stats.done)
        else:
            click.echo(line, err=True)

    # An invalid codebook raises CodebookError, which json_option prints as a report.
    report = validate_snapshots(
        paths, project, check_predictions=not skip_predictions, progress=progress
    )
    header = None
    if not as_json:
        header = "\n".join(
            f"{s.file}: {s.tasks} task(s), {s.annotations} annotation(s) "
            f"({s.cancelled} cancelled), {s.predictions} prediction(s)"
            for s in seen.values()
        )
    ctx.exit(emit_report(report, as_json, header=header))
