"""Options and output helpers shared by the commands: the one way to print a report.

Every command prints what the library returns the same way: with ``--json``, the
JSON form on stdout (a result's ``as_dict()``, or :meth:`Report.as_dict`); without it,
the text form. When the library refuses invalid data (:class:`InvalidDataError`, such
as a broken codebook), :func:`json_option` prints the refusal's report (JSON on stdout,
or the message and the report on stderr) and exits 1.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

import click

from ..errors import EXIT_INVALID_DATA, EXIT_OK, InvalidDataError, Report
from ..paths import Project, find_project

F = TypeVar("F", bound=Callable[..., Any])


class HasDict(Protocol):
    """A library result with a JSON form."""

    def as_dict(self) -> dict[str, Any]: ...


class Printable(HasDict, Protocol):
    """A library result with a JSON form and a text form."""

    def to_text(self) -> str: ...


def project_option(func: F) -> F:
    """Add ``--project DIR`` (default: the checkout around the current directory)."""
    return click.option(
        "--project",
        "project_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="The sahel-events checkout to work in (default: found from the current directory).",
    )(func)


def cluster_options(func: F) -> F:
    """Add ``--workers N``, ``--scheduler ADDRESS``, ``--task-size N``, ``--shard-size N``.

    The command receives ``workers``, ``scheduler``, ``task_size`` and ``shard_size``
    and opens its runner with :func:`sahel_events.cluster.open_runner` (docs/cluster.md).
    """
    options = [
        click.option(
            "--workers",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            help="Processes to run on: above 1, a local Dask cluster of that many workers.",
        ),
        click.option(
            "--scheduler",
            default=None,
            metavar="ADDRESS",
            help="Run on an existing Dask cluster (tcp://HOST:8786) instead; see docs/cluster.md.",
        ),
        click.option(
            "--task-size",
            type=click.IntRange(min=1),
            default=None,
            help="Documents (ingest: files) per Dask task (default: 32; ingest: 64).",
        ),
        click.option(
            "--shard-size",
            type=click.IntRange(min=1),
            default=None,
            help="Write the output as a directory of JSONL shards of this many records each.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def json_option(func: F) -> F:
    """Add ``--json`` (print the machine-readable result), and print refusals as reports.

    An :class:`InvalidDataError` raised by the command is printed by
    :func:`emit_refusal` and the command exits 1.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except InvalidDataError as exc:
            emit_refusal(exc, bool(kwargs.get("as_json")))
            click.get_current_context().exit(EXIT_INVALID_DATA)

    return click.option(
        "--json", "as_json", is_flag=True, help="Print the result as JSON (same as the library)."
    )(cast(F, wrapper))


def resolve_project(project_dir: Path | None) -> Project:
    """The project named by ``--project``, else the one around the current directory."""
    return find_project(project_dir)


def exit_code(report: Report) -> int:
    """The exit code a report calls for: 0 when valid, 1 when it holds an error."""
    return EXIT_OK if report.valid else EXIT_INVALID_DATA


def emit_report(report: Report, as_json: bool, header: str | None = None) -> int:
    """Print a report readably or as JSON on stdout; return the exit code it calls for."""
    if as_json:
        click.echo(report.to_json())
    else:
        if header:
            click.echo(header)
        click.echo(report.to_text())
    return exit_code(report)


def emit_json(result: HasDict) -> None:
    """Print a library result's JSON form on stdout."""
    click.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))


def emit_result(result: Printable, as_json: bool) -> None:
    """Print a library result: its JSON form, or its text, on stdout."""
    if as_json:
        emit_json(result)
    else:
        click.echo(result.to_text())


def emit_refusal(exc: InvalidDataError, as_json: bool) -> None:
    """Print why the library refused the data: the report as JSON on stdout, or the
    message and the report as text on stderr."""
    if as_json:
        click.echo(exc.report.to_json())
        return
    click.echo(f"Error: {exc}", err=True)
    if len(exc.report):
        click.echo(exc.report.to_text(), err=True)


def emit_notes(report: Report) -> None:
    """Print the issues of a report beside a result, on stderr (the result is on stdout)."""
    if not len(report):
        return
    what = "warning(s) or note(s)" if report.valid else "issue(s)"
    click.echo(f"{len(report)} {what}:", err=True)
    for issue in report:
        click.echo(f"  {issue}", err=True)


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress callback ``(done, total)`` drawing a bar on stderr, shown once started."""
    bars: list[Any] = []

    def update(done: int, total: int) -> None:
        if not bars:
            bar = click.progressbar(length=total, label=label, file=sys.stderr)
            bar.__enter__()
            bars.append(bar)
        bars[0].update(done - bars[0].pos)

    try:
        yield update
    finally:
        if bars:
            bars[0].__exit__(None, None, None)
