"""Shared fixtures. Stage-specific fixtures live in their own test modules or plugins."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate.predict import Preannotator

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

pytest_plugins = ["tests.lsserver", "tests.releasefixtures"]


@pytest.fixture(scope="module")
def annotator() -> Preannotator:
    """The project's pre-annotator (its codebook, registry and lexicon loaded; the French
    model is loaded once per process whatever the scope), one per test module."""
    return Preannotator(load_project_codebook(REPO))


@pytest.fixture
def repo_root() -> Path:
    """The checkout under test."""
    return REPO
