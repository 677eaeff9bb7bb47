"""docs/releases.md keeps up with the code: every issue code and every release file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOC = (REPO / "docs/releases.md").read_text(encoding="utf-8")
SOURCES = sorted((REPO / "src/sahel_events/release").glob("*.py"))
CODES = sorted({c for p in SOURCES for c in re.findall(r'"(release\.[a-z-]+)"', p.read_text())})
FILES = ["data/", "schema/codebook.yaml", "datapackage.json", "croissant.json", "README.md",
         "manifest.json", "diff.json", "CHANGES.md", "content-hashes.json", "SHA256SUMS",
         "preannotation-scores.json", "work/dataset/", "summary.json",
         "agreement.json"]  # fmt: skip


@pytest.mark.parametrize("code", CODES)
def test_every_issue_code_is_documented(code: str) -> None:
    assert f"`{code}`" in DOC


@pytest.mark.parametrize("name", FILES)
def test_every_file_is_documented(name: str) -> None:
    assert name in DOC


def test_commands_are_documented() -> None:
    for usage in ("sahel-events build", "sahel-events release VERSION",
                  "sahel-events release check DIR", "sahel_events.load(DIR)"):  # fmt: skip
        assert usage in DOC
