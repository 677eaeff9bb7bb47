"""Releases: build ``build/<VERSION>/`` whole or not at all, check one, load one.

Public API::

    result = build_release(project, "1.0.0")               # -> ReleaseResult
    report = check_release(Path("build/1.0.0"), project)   # -> Report
    tables = load("build/1.0.0")                           # -> dict[str, pandas.DataFrame]
    scratch = build_dataset(project)                       # work/dataset/, never published

The layout of a release and the rules are in ``docs/releases.md``. Names are imported
on first use, so ``load`` does not pay for the build machinery (pandera, frictionless).
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "DatasetResult": "build",
    "ReleaseResult": "build",
    "build_dataset": "build",
    "build_release": "build",
    "read_tables": "build",
    "check_release": "check",
    "diff_releases": "diff",
    "diff_table": "diff",
    "render_changes": "diff",
    "load": "load",
    "Version": "semver",
    "compare_schemas": "semver",
    "latest_release": "semver",
    "releases": "semver",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
