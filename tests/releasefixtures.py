"""Fixtures of a released project, shared by the release tests (a pytest plugin).

``released`` builds release 1.0.0 of a one-snapshot project once per test module;
``copy`` gives a test its own copy to damage. A module that needs another project
defines its own ``released``, which takes precedence over this one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sahel_events.paths import Project
from tests.test_release_support import copied_release, released_project


@pytest.fixture(scope="module")
def released(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Project, Path]:
    """A project with one snapshot and release 1.0.0 built from it, once per module."""
    module = request.module.__name__.rsplit(".", 1)[-1]
    return released_project(tmp_path_factory.mktemp(module) / "proj")


@pytest.fixture
def copy(released: tuple[Project, Path], tmp_path: Path) -> tuple[Project, Path]:
    """A copy of the released project that a test may damage."""
    return copied_release(released, tmp_path)
