"""No traceback from any command: unexpected errors, missing extras, codebook corner cases."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from sahel_events.paths import Project
from tests.clirunner import run_cli

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    return Project(tmp_path)


def _drop_entity_type(codebook: Path, label: str) -> None:
    """Remove one entity type (and its use as a role filler) from a codebook copy."""
    lines = codebook.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index(f"  {label}:\n")
    end = start + 1
    while lines[end].startswith("    "):
        end += 1
    text = "".join(lines[:start] + lines[end:])
    codebook.write_text(re.sub(rf", {label}\]", "]", text), encoding="utf-8")


def test_schema_generate_with_hotkeys_left_free_gives_no_traceback(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Without VEH its hotkey is free, one more than the visible safe controls can take
    # (this ended in a RuntimeError traceback); every key must still be bound.
    _drop_entity_type(project.schema / "codebook.yaml", "VEH")
    result = run_cli(["schema", "generate", "--project", str(project.root)], capsys)
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    checked = run_cli(["schema", "check", "--project", str(project.root)], capsys)
    assert checked.code == 0, checked.out


def test_a_missing_extra_names_the_extra_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The one fault we cannot cause otherwise: the extra is installed in this venv, so
    # make its import fail as it does where it is not.
    monkeypatch.setitem(sys.modules, "mlcroissant", None)
    result = run_cli(
        ["release", "check", str(REPO / "build" / "0.1.0"), "--project", str(REPO), "--no-rebuild"],
        capsys,
    )
    assert result.code == 2
    assert "Traceback" not in result.err
    assert "pip install 'sahel-events[check]'" in result.err


def test_an_unexpected_error_is_one_line_with_a_log(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A bug in the library (simulated: nothing real fails this way on purpose).
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("sahel_events.commands.schema.write_generated", broken)
    result = run_cli(["schema", "generate", "--project", str(project.root)], capsys)
    assert result.code == 2
    assert "Traceback" not in result.err + result.out
    assert len(result.err.strip().splitlines()) == 1
    assert "ZeroDivisionError" in result.err and "--debug" in result.err
    log = Path(re.search(r"the traceback is in (\S+?);", result.err).group(1))  # type: ignore[union-attr]
    try:
        assert "Traceback" in log.read_text(encoding="utf-8")
        assert "broken" in log.read_text(encoding="utf-8")
    finally:
        log.unlink()


def test_debug_shows_the_traceback(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("sahel_events.commands.schema.write_generated", broken)
    with pytest.raises(ZeroDivisionError):
        run_cli(["--debug", "schema", "generate", "--project", str(project.root)], capsys)


def test_a_secret_in_an_unexpected_error_is_hidden(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "s3cr3t-token-value")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("request failed with header Token s3cr3t-token-value")

    monkeypatch.setattr("sahel_events.commands.schema.write_generated", broken)
    result = run_cli(["schema", "generate", "--project", str(project.root)], capsys)
    assert result.code == 2
    assert "s3cr3t" not in result.err
    log = Path(re.search(r"the traceback is in (\S+?);", result.err).group(1))  # type: ignore[union-attr]
    try:
        assert "s3cr3t" not in log.read_text(encoding="utf-8")
    finally:
        log.unlink()
