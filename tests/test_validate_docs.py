"""docs/validation.md keeps up with the code: every issue code is in its catalogue."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Validation reports through its own layers and the annotation model's rules and reader.
SOURCES = [*sorted((REPO / "src" / "sahel_events" / "validate").glob("*.py")),
           *sorted((REPO / "src" / "sahel_events" / "annotation").glob("*.py")),
           REPO / "src" / "sahel_events" / "values.py"]  # fmt: skip
CODE = re.compile(r'"((?:export|codebook|text|value)\.[a-z0-9-]+)"')
ROW = re.compile(r"^\| `((?:export|codebook|text|value)\.[a-z0-9-]+)` \|", re.MULTILINE)


def used_codes() -> set[str]:
    return {code for path in SOURCES for code in CODE.findall(path.read_text(encoding="utf-8"))}


def documented_codes() -> set[str]:
    return set(ROW.findall((REPO / "docs" / "validation.md").read_text(encoding="utf-8")))


def test_every_issue_code_is_documented() -> None:
    missing = used_codes() - documented_codes()
    assert not missing, f"add these codes to docs/validation.md: {sorted(missing)}"


def test_every_documented_code_is_used() -> None:
    stale = documented_codes() - used_codes()
    assert not stale, f"docs/validation.md lists codes the code never reports: {sorted(stale)}"


def test_the_catalogue_is_not_empty() -> None:
    assert len(used_codes()) >= 40
