"""The manifest of a release: every input named by its hash, and the tools that built it.

``manifest.json`` is what makes a release reproducible: the raw files, the export
snapshots, the codebook (a copy travels with the release) and the files generated from
it, each with its SHA-256; the versions of sahel-events and pyarrow; the release, its
schema version and the previous release.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..annotation.snapshots import provenance_path, snapshot_timestamp
from ..codebook import Codebook
from ..files import sha256_file
from ..paths import CODEBOOK_FILE, Project
from . import metadata as meta
from .batches import TableSource, column_names, extreme, num_rows

MANIFEST_FILE = "manifest.json"
#: Where the release keeps its copy of the codebook it was built with.
CODEBOOK_COPY = "schema/codebook.yaml"
EPOCH = "1970-01-01T00:00:00Z"


def _rel(path: Path, root: Path) -> str:
    return path.resolve().relative_to(root.resolve()).as_posix()


def _entry(path: Path, root: Path) -> dict[str, Any]:
    return {"path": _rel(path, root), "sha256": sha256_file(path), "bytes": path.stat().st_size}


def _files(directory: Path) -> list[Path]:
    """Regular files under ``directory``, hidden ones (dot-names) left out, sorted."""
    if not directory.is_dir():
        return []
    return sorted(
        p
        for p in directory.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def _snapshot_entries(paths: Sequence[Path], root: Path) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        entry = _entry(path, root)
        sidecar = provenance_path(path)
        if sidecar.is_file():
            entry["provenance"] = _entry(sidecar, root)
        out.append(entry)
    return out


def input_entries(
    project: Project,
    snapshots: Sequence[Path],
    codebook: Codebook,
    reviews: Sequence[Path] = (),
) -> dict[str, Any]:
    """The ``inputs`` section: raw files, snapshots, codebook and generated schema files,
    and the incident review snapshots when there are any (``reviews``)."""
    root = project.root
    snaps = _snapshot_entries(snapshots, root)
    codebook_path = root / CODEBOOK_FILE
    extra = {"reviews": _snapshot_entries(reviews, root)} if reviews else {}
    return {
        "raw": [_entry(p, root) for p in _files(project.raw)],
        "snapshots": snaps,
        "codebook": {
            "path": CODEBOOK_FILE,
            "sha256": sha256_file(codebook_path),
            "version": codebook.version,
            "copy": CODEBOOK_COPY,
        },
        "schema_files": [_entry(p, root) for p in _files(project.schema) if p != codebook_path],
        **extra,
    }


def created_from_inputs(snapshots: Iterable[Path], tables: Mapping[str, TableSource]) -> str:
    """When the data is from, taken from the inputs so a rebuild writes the same bytes.

    The newest snapshot's time (from its file name), else the newest annotation update,
    else the newest dateline, else the Unix epoch.
    """
    stamps = [s for s in (snapshot_timestamp(p) for p in snapshots) if s is not None]
    if stamps:
        return max(stamps).strftime("%Y-%m-%dT%H:%M:%SZ")
    for table, column in (("annotations", "updated_at"), ("documents", "dateline_date")):
        data = tables.get(table)
        if data is None or column not in column_names(data) or num_rows(data) == 0:
            continue
        newest = extreme(data, column, greatest=True)
        if isinstance(newest, dt.datetime):
            return newest.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        if isinstance(newest, dt.date):
            return f"{newest.isoformat()}T00:00:00Z"
    return EPOCH


def build_manifest(
    *,
    version: str,
    previous: str | None,
    codebook: Codebook,
    created: str,
    inputs: Mapping[str, Any],
    tables: Mapping[str, Mapping[str, Any]],
    scores: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The whole manifest, JSON-ready, in a fixed key order."""
    return {
        "name": meta.NAME,
        "release_version": version,
        "previous_release": previous,
        "schema_version": codebook.version,
        "created": created,
        "tool": {"name": meta.NAME, "version": meta.tool_version(), "pyarrow": pa.__version__},
        "inputs": {**inputs, "scores": scores},
        "tables": dict(tables),
    }
