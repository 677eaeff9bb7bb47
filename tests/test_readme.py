"""The README stays true: its commands exist, and every CLI command is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sahel_events.cli import COMMANDS
from tests.clirunner import run_cli

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_documented_and_has_help(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert f"sahel-events {command}" in README
    result = run_cli([command, "--help"], capsys)
    assert result.code == 0, result.err
    assert "Usage:" in result.out


def test_the_two_fresh_machine_commands_are_make_targets_ci_runs() -> None:
    block = README.split("## On a fresh machine", 1)[1].split("```bash", 1)[1].split("```")[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make dataset", "make test"]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^dataset:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(["--help"], capsys)
    assert result.code == 0
    for command in COMMANDS:
        assert command in result.out
