"""docs/ingest.md keeps up with the code: every issue code, option and sidecar key is there."""

from __future__ import annotations

import re

import pytest

from sahel_events.ingest.sidecar import SIDECAR_KEYS

from .clirunner import run_cli
from .test_ingest_helpers import REPO

DOC = (REPO / "docs" / "ingest.md").read_text(encoding="utf-8")
SOURCES = sorted((REPO / "src" / "sahel_events" / "ingest").glob("*.py"))


def issue_codes() -> set[str]:
    codes: set[str] = set()
    for path in SOURCES:
        codes |= set(re.findall(r"\"(ingest\.[a-z0-9-]+)\"", path.read_text(encoding="utf-8")))
    return codes


def test_every_issue_code_is_documented() -> None:
    codes = issue_codes()
    assert len(codes) >= 15  # the search itself works
    missing = sorted(code for code in codes if f"`{code}`" not in DOC)
    assert missing == []


def test_every_sidecar_key_is_documented() -> None:
    for key in SIDECAR_KEYS:
        assert f"| `{key}` |" in DOC


def test_every_cli_option_is_documented(capsys: pytest.CaptureFixture[str]) -> None:
    help_text = run_cli(["ingest", "--help"], capsys).out
    options = set(re.findall(r"(--[a-z][a-z-]+)", help_text)) - {"--help"}
    assert options == {
        "--project",
        "--raw",
        "--out",
        "--json",
        "--workers",
        "--scheduler",
        "--task-size",
        "--shard-size",
    }
    for option in options:
        assert f"`{option}" in DOC
