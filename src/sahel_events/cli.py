"""The ``sahel-events`` command line: a thin layer over the library.

Each stage's commands live in ``sahel_events.commands.<stage>`` and are loaded only
when used, so ``sahel-events --help`` stays fast and a heavy stage (pre-annotation
loads spaCy) costs nothing to the others. Library exceptions become one-line errors
with the exit codes of :mod:`sahel_events.errors`; no traceback reaches the user.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from . import __version__
from .errors import EXIT_USAGE, SahelEventsError

# command name -> (module under sahel_events.commands, attribute, one-line help).
# The help is repeated here so that `--help` lists every command without importing it.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "schema": ("schema", "schema", "Generate the files derived from the codebook, or check them."),
    "ingest": ("ingest", "ingest", "Read raw/ articles into normalised documents."),
    "preannotate": ("preannotate", "preannotate", "Suggest entities, events and arguments."),
    "studio": ("studio", "studio", "Run the embedded Label Studio server (up, down, status)."),
    "push": ("studio", "push", "Create or update the Label Studio project and import tasks."),
    "pull": ("studio", "pull", "Save a full export snapshot of the project into annotations/."),
    "validate": ("validate", "validate", "Check export snapshots against the codebook and text."),
    "release": ("release", "release", "Compile a versioned release into build/, or check one."),
    "build": ("release", "build", "Rebuild the dataset from the repository (the main job)."),
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


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="sahel-events")
def cli() -> None:
    """sahel-events: build the Sahel political and conflict event dataset.

    \b
    The pipeline, in order:
      ingest -> preannotate -> push -> (annotate in Label Studio) -> pull
      -> validate -> release
    Run a command with --help for its options.
    """


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the console script: run the CLI, turn our errors into exit codes."""
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
