"""Options and output helpers shared by the commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import EXIT_INVALID_DATA, EXIT_OK, Report
from ..paths import Project, find_project

F = TypeVar("F", bound=Callable[..., Any])


def project_option(func: F) -> F:
    """Add ``--project DIR`` (default: the checkout around the current directory)."""
    return click.option(
        "--project",
        "project_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="The sahel-events checkout to work in (default: found from the current directory).",
    )(func)


def json_option(func: F) -> F:
    """Add ``--json``: print the machine-readable result instead of the readable one."""
    return click.option(
        "--json", "as_json", is_flag=True, help="Print the result as JSON (same as the library)."
    )(func)


def resolve_project(project_dir: Path | None) -> Project:
    """The project named by ``--project``, else the one around the current directory."""
    return find_project(project_dir)


def emit_report(report: Report, as_json: bool, header: str | None = None) -> int:
    """Print a report readably or as JSON; return the exit code it calls for."""
    if as_json:
        click.echo(report.to_json())
    else:
        if header:
            click.echo(header)
        click.echo(report.to_text())
    return EXIT_OK if report.valid else EXIT_INVALID_DATA
