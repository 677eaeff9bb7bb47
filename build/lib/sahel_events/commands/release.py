"""The commands ``release VERSION``, ``release check DIR`` and ``build`` (the main job)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..errors import EXIT_INVALID_DATA, EXIT_OK, UsageError
from ..paths import Project, find_project
from .common import (
    emit_json,
    emit_notes,
    emit_report,
    json_option,
    project_option,
    resolve_project,
)


def _progress(message: str) -> None:
    # Progress goes to stderr so that --json output on stdout stays parseable.
    click.echo(f"  {message}", err=True)


class ReleaseGroup(click.Group):
    """``release VERSION`` builds; ``release check DIR`` checks.

    Unless the first argument is a subcommand name (``check``) or ``--help``, the
    arguments go to the hidden ``create`` subcommand, which takes VERSION and the
    options in any order; so both forms live under one command.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] != "--help":
            args = ["create", *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "VERSION [--project DIR] [--scores FILE] [--json]")
        formatter.write_usage(ctx.command_path, "check DIR [--project DIR] [--no-rebuild] [--json]")


@click.group(cls=ReleaseGroup, invoke_without_command=False)
def release() -> None:
    """Compile a versioned release into build/VERSION/, or check one.

    \b
    sahel-events release VERSION
      Ingest raw/, validate and compile every snapshot in annotations/, and
      write build/VERSION/ whole or not at all: the Parquet tables,
      datapackage.json, croissant.json, README.md (dataset card), manifest.json
      (every input by hash), diff.json and CHANGES.md (against the previous
      release), content-hashes.json and SHA256SUMS. VERSION is MAJOR.MINOR.PATCH,
      greater than the latest release, never an existing one; a breaking schema
      change needs a major version. Exit 1 when the data or the schema change is
      refused, 2 on misuse.
    \b
    sahel-events release check DIR
      Verify a release as CI does: checksums, manifest, table schemas, pandera
      rules and keys, the Data Package (frictionless), the Croissant file
      (mlcroissant), the SemVer rules against the previous release, and a rebuild
      from the recorded inputs giving the same content. Exit 1 when anything fails.
    \b
    Examples:
      sahel-events release 1.0.0
      sahel-events release check build/1.0.0
    """


class _CreateCommand(click.Command):
    """The hidden build subcommand, whose usage reads as the user types it."""

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        parent = ctx.parent.command_path if ctx.parent else "sahel-events release"
        formatter.write_usage(parent, "VERSION [OPTIONS]")


@release.command("create", cls=_CreateCommand, hidden=True)
@click.argument("version")
@project_option
@click.option(
    "--scores",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="JSON file of pre-annotation scores to show in the dataset card.",
)
@json_option
@click.pass_context
def create(
    ctx: click.Context, version: str, project_dir: Path | None, scores: Path | None, as_json: bool
) -> None:
    """Build release VERSION into build/VERSION/ (see `sahel-events release --help`)."""
    from ..release import build_release

    project = resolve_project(project_dir)
    click.echo(f"Building release {version} of {project.root}", err=True)
    # A refusal (InvalidDataError) is printed by json_option, with exit 1.
    result = build_release(project, version, progress=_progress, scores=scores)
    if as_json:
        emit_json(result)
        return
    click.echo(f"Released {result.version} in {result.path}")
    _print_summary(result.summary)
    if result.previous is None:
        click.echo("First release: no previous release to compare with.")
    else:
        click.echo(f"Against {result.previous}: {_diff_line(result.diff_summary)}")
    emit_notes(result.report)


@release.command("check")
@click.argument("release_dir", metavar="DIR", type=click.Path(path_type=Path))
@project_option
@click.option(
    "--no-rebuild", is_flag=True, help="Skip the rebuild from the recorded inputs (faster)."
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too, not only errors.")
@json_option
@click.pass_context
def check(
    ctx: click.Context,
    release_dir: Path,
    project_dir: Path | None,
    no_rebuild: bool,
    strict: bool,
    as_json: bool,
) -> None:
    """Verify the release in DIR (what CI runs on a release).

    Works on a downloaded release too, outside any checkout: everything is checked
    with the release's own codebook copy except the rebuild, which needs the recorded
    inputs of a checkout (--project DIR, or the checkout around DIR or the current
    directory).

    \b
    Examples:
      sahel-events release check build/1.0.0
      sahel-events release check --strict ~/Downloads/sahel-events-1.0.0
    """
    from ..release import check_release

    project = _project_around(release_dir, project_dir)
    progress = None if as_json else _progress
    report = check_release(release_dir, project, rebuild=not no_rebuild, progress=progress)
    warnings = [i for i in report if i.severity == "warning"]
    passed = report.valid and not (strict and warnings)
    if passed and not as_json:
        click.echo(report.to_text())
        click.echo(f"{release_dir}: every check passed")
        return
    header = f"{release_dir}: the release fails its checks"
    if report.valid:
        header = f"{release_dir}: {len(warnings)} warning(s), which --strict refuses"
    emit_report(report, as_json, header=header)
    ctx.exit(EXIT_OK if passed else EXIT_INVALID_DATA)


@click.command("build")
@project_option
@json_option
@click.pass_context
def build(ctx: click.Context, project_dir: Path | None, as_json: bool) -> None:
    """Rebuild the dataset from the repository into work/dataset/ (the main job).

    Ingests raw/, validates and compiles every snapshot in annotations/, and writes
    the tables to work/dataset/ (a scratch directory, replaced whole each run, never
    a published version). Then says what it holds and whether its content equals
    the latest release in build/. No Label Studio server is needed. Exit 1 when
    validation fails.

    \b
    Example:
      sahel-events build
    """
    from ..release import build_dataset

    project = resolve_project(project_dir)
    click.echo(f"Building the dataset of {project.root}", err=True)
    result = build_dataset(project, progress=_progress)
    if as_json:
        emit_json(result)
        return
    click.echo(f"Dataset written to {result.path}")
    _print_summary(result.summary)
    if result.latest is None:
        click.echo("No release in build/ yet to compare with.")
    elif result.same_as_latest:
        click.echo(f"Same content as the latest release {result.latest}.")
    else:
        click.echo(
            f"Differs from the latest release {result.latest}: {_diff_line(result.diff_summary)}"
        )
    emit_notes(result.report)
    ctx.exit(EXIT_OK)


def _project_around(release_dir: Path, project_dir: Path | None) -> Project | None:
    """``--project``, else the project the release lives in, else the current one.

    ``None`` when there is none (a downloaded release): the check runs without rebuild.
    """
    if project_dir is not None:
        return resolve_project(project_dir)
    # From the parent: a release carries a copy of schema/codebook.yaml, so the release
    # directory itself would pass for a project.
    for start in (release_dir.resolve().parent, None):
        try:
            return find_project(start)
        except UsageError:
            continue
    return None


def _print_summary(summary: dict[str, Any]) -> None:
    rows = summary["rows"]
    click.echo("Tables: " + ", ".join(f"{name} {n}" for name, n in rows.items()))
    by_type = summary["events_by_type"]
    if by_type:
        click.echo("Events by type: " + ", ".join(f"{t} {n}" for t, n in by_type.items()))
    events = summary["time"]["events"]
    click.echo(
        f"Events dated {events['min'] or 'n/a'} to {events['max'] or 'n/a'} "
        f"({summary['time']['events_undated']} undated); countries: "
        + (
            ", ".join(f"{c} {n}" for c, n in summary["space"]["events_by_country"].items())
            or "none"
        )
    )


def _diff_line(diff: dict[str, dict[str, int]]) -> str:
    parts = [
        f"{name} +{c['added']} -{c['removed']} ~{c['changed']}"
        for name, c in diff.items()
        if c["added"] or c["removed"] or c["changed"]
    ]
    return "; ".join(parts) if parts else "no record added, removed or changed"
