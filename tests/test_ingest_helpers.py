"""Helpers shared by the ingest tests (this module holds no tests itself).

Articles under ``tests/data/ingest/`` are synthetic (see the README there); the seed
article is the real one in ``raw/``.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from sahel_events.ingest import Document, IngestResult, ingest_corpus

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "ingest"
SEED_NAME = "000_acd4907f2525db7b.txt"
SEED = REPO / "raw" / SEED_NAME


def make_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throw-away project (schema/codebook.yaml, empty raw/) that the CLI will find."""
    root = tmp_path / "project"
    (root / "schema").mkdir(parents=True)
    (root / "schema" / "codebook.yaml").write_text("# placeholder for find_project\n")
    (root / "raw").mkdir()
    monkeypatch.setenv("SAHEL_EVENTS_PROJECT", str(root))
    return root


def copy_fixture(name: str, raw: Path, as_name: str | None = None) -> Path:
    """Copy a synthetic article (and its sidecar, if it has one) into ``raw``."""
    target = raw / (as_name or name)
    shutil.copyfile(DATA / name, target)
    sidecar = DATA / (Path(name).stem + ".meta.json")
    if sidecar.is_file():
        shutil.copyfile(sidecar, target.with_name(target.stem + ".meta.json"))
    return target


def fixture_text(name: str) -> str:
    """The text of a synthetic article, as stored (UTF-8, LF, NFC)."""
    return (DATA / name).read_text(encoding="utf-8")


def hashes(directory: Path) -> dict[str, str]:
    """SHA-256 of every file under ``directory``, by relative path."""
    return {
        p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def ingest_dir(raw: Path) -> IngestResult:
    """Ingest ``raw`` with its parent as the project root."""
    return ingest_corpus(raw, raw.parent)


def only_document(result: IngestResult) -> Document:
    """The single document of a one-article corpus (fails if it was rejected)."""
    assert result.report.errors == [], result.report.to_text()
    assert len(result.documents) == 1
    return result.documents[0]
