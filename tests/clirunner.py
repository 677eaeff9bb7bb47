"""Run the real CLI entry point in-process and capture what a user would see."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from sahel_events.cli import main


@dataclass
class CliResult:
    """Exit code and the two output streams of one CLI call."""

    code: int
    out: str
    err: str


def run_cli(args: Sequence[str], capsys: pytest.CaptureFixture[str]) -> CliResult:
    """Call ``sahel-events ARGS`` as the console script does; never raises SystemExit."""
    capsys.readouterr()  # drop anything printed before the call
    try:
        rc = main(list(args))
        code = rc if isinstance(rc, int) else 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    captured = capsys.readouterr()
    return CliResult(code, captured.out, captured.err)
