"""``sahel-events schema``: generate the files derived from the codebook, or check them."""

from __future__ import annotations

from pathlib import Path

import click

from ..generate import check_generated, write_generated
from .common import emit_report, json_option, project_option, resolve_project


@click.group()
def schema() -> None:
    """The published schema: the codebook and the files generated from it.

    \b
    schema/codebook.yaml is written by hand; every other file in schema/ is generated
    from it and must never be edited by hand.
    """


@schema.command()
@project_option
def generate(project_dir: Path | None) -> None:
    """Regenerate every file derived from schema/codebook.yaml.

    \b
    Example:
      sahel-events schema generate
    """
    project = resolve_project(project_dir)
    changed = write_generated(project)
    for path in changed:
        click.echo(f"wrote {path}")
    click.echo(f"{len(changed)} file(s) changed" if changed else "all generated files up to date")


@schema.command()
@project_option
@json_option
@click.pass_context
def check(ctx: click.Context, project_dir: Path | None, as_json: bool) -> None:
    """Fail (exit 1) when a generated file is missing, stale or edited by hand.

    Also fails when the codebook itself is invalid. CI runs this.

    \b
    Example:
      sahel-events schema check
    """
    project = resolve_project(project_dir)
    report = check_generated(project)
    if report.valid and not as_json:
        click.echo("schema: every generated file matches schema/codebook.yaml")
        return
    ctx.exit(emit_report(report, as_json))
