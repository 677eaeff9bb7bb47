"""Shared fixtures. Stage-specific fixtures live in their own test modules or plugins."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

pytest_plugins = ["tests.lsserver", "tests.releasefixtures"]


@pytest.fixture
def repo_root() -> Path:
    """The checkout under test."""
    return REPO
