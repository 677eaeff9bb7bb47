"""The walk over raw/ (``ingest/walk.py``): rglob's entries and order, from the listings,
and what ingest makes of every kind of entry it meets."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from sahel_events.ingest import ingest_corpus
from sahel_events.ingest.walk import Listing, walk_raw

from .test_ingest_helpers import fixture_text

EN = "en_kidal_synthetic.txt"


def _tree(raw: Path, outside: Path) -> None:
    """Every kind of entry a raw/ directory can hold, at several depths."""
    text = fixture_text(EN)
    files = {
        "a.txt": text,
        "a.meta.json": '{"source": "Somewhere"}',
        "a/b.txt": text + "\nB.\n",
        "a/c.meta.json": "{}",  # orphan, one level down
        "a/.hidden.txt": text,
        "a/sub/deep.txt": text + "\nDeep.\n",
        "a-b.txt": text + "\nA-B.\n",
        "A.TXT": text + "\nUpper.\n",
        "dir.txt/inner.txt": text + "\nInner.\n",
        ".git/x.txt": text,
        "notes.md": "notes",
        "x.txt.": text,
        "orphan.meta.json": "{}",
        "orph-dir.meta.json": "{}",
        "orph-link.meta.json": "{}",
        "orph-fifo.meta.json": "{}",
    }
    for name, content in files.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text(content, encoding="utf-8")
    os.mkfifo(raw / "pipe.txt")
    os.mkfifo(raw / "orph-fifo.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(raw / "sock.txt"))
    (raw / "orph-dir.txt").mkdir()
    (raw / "orph-link.txt").symlink_to(raw / "a.txt")  # a link to a file: not an orphan
    (raw / "gone.txt").symlink_to(raw / "nowhere.txt")
    (raw / "alias.txt").symlink_to(raw / "a.txt")
    (raw / "out.txt").symlink_to(outside / "secret.txt")
    (raw / "linkdir").symlink_to(raw / "a")  # never entered
    (raw / "linkdir.txt").symlink_to(raw / "a")


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(fixture_text(EN), encoding="utf-8")
    folder = tmp_path / "raw"
    folder.mkdir()
    _tree(folder, outside)
    return folder


def test_the_walk_is_rglob_sorted_without_hidden_entries(raw: Path) -> None:
    expected = [
        p.relative_to(raw).as_posix()
        for p in sorted(raw.rglob("*"))
        if not any(part.startswith(".") for part in p.relative_to(raw).parts)
    ]
    walked = list(walk_raw(raw))
    assert [relative for relative, _, _ in walked] == expected
    assert all(Path(entry.path) == raw / rel for rel, entry, _ in walked)
    assert not any(rel.startswith("linkdir/") for rel, _, _ in walked)
    assert list(walk_raw(raw / "absent")) == []
    assert list(walk_raw(raw / "a.txt")) == []


def test_every_kind_of_entry_is_reported_as_before(raw: Path) -> None:
    # What the rglob-based walk reported, in its order (checked against it).
    result = ingest_corpus(raw, raw.parent)
    near = "ingest.near-duplicate-article"
    notes = [(i.code, i.location.file) for i in result.report if i.code != near]
    assert notes == [
        ("ingest.orphan-sidecar", "raw/a/c.meta.json"),
        ("ingest.not-a-file", "raw/gone.txt"),
        ("ingest.not-a-file", "raw/linkdir"),
        ("ingest.not-a-file", "raw/linkdir.txt"),
        ("ingest.orphan-sidecar", "raw/orph-dir.meta.json"),
        ("ingest.orphan-sidecar", "raw/orph-fifo.meta.json"),
        ("ingest.not-a-file", "raw/orph-fifo.txt"),
        ("ingest.orphan-sidecar", "raw/orphan.meta.json"),
        ("ingest.outside-raw", "raw/out.txt"),
        ("ingest.not-a-file", "raw/pipe.txt"),
        ("ingest.not-a-file", "raw/sock.txt"),
        ("ingest.duplicate-doc-id", "raw/A.TXT"),
        ("ingest.duplicate-doc-id", "raw/a.txt"),
        ("ingest.ignored-file", "raw/notes.md"),
        ("ingest.ignored-file", "raw/x.txt."),
    ]
    messages = {i.location.file: i.message for i in result.report if i.code != near}
    assert "dangling link" in messages["raw/gone.txt"]
    assert "directory named like an article" in messages["raw/linkdir.txt"]
    assert "named pipe" in messages["raw/pipe.txt"] and "socket" in messages["raw/sock.txt"]
    assert "orph-dir.txt does not exist" in messages["raw/orph-dir.meta.json"]
    assert "claimed by raw/a.txt too" in messages["raw/A.TXT"]
    assert sorted(d.source_file for d in result.documents) == [
        "raw/a-b.txt",
        "raw/a/b.txt",
        "raw/a/sub/deep.txt",
        "raw/alias.txt",
        "raw/dir.txt/inner.txt",
        "raw/orph-link.txt",
    ]
    assert result.article_files == 8
    assert result.ignored_files == ["raw/notes.md", "raw/x.txt."]


def test_a_relative_raw_directory_gives_the_same_names(
    raw: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    absolute = ingest_corpus(raw, raw.parent)
    monkeypatch.chdir(raw.parent)
    relative = ingest_corpus(Path("raw"), Path("."))
    assert relative.report.as_dict() == absolute.report.as_dict()
    assert list(relative.documents) == list(absolute.documents)


def test_a_listing_may_hold_a_name_a_case_insensitive_file_system_would_find(
    tmp_path: Path,
) -> None:
    (tmp_path / "Doc.META.json").write_text("{}", encoding="utf-8")
    (tmp_path / "Été.meta.json").write_text("{}", encoding="utf-8")
    with os.scandir(tmp_path) as listed:
        listing = Listing(str(tmp_path), {e.name: e for e in listed})
    assert listing.may_hold("Doc.META.json")
    assert listing.may_hold("doc.meta.json")  # as macOS or Windows would find it
    assert listing.may_hold("e\u0301te\u0301.meta.json")  # the same name, decomposed
    assert not listing.may_hold("other.meta.json")


def test_a_link_that_loops_is_a_note_even_when_raw_is_outside_the_project(
    tmp_path: Path,
) -> None:
    # raw/ outside the project root: each name is resolved to be shown, and resolving a
    # link that loops raised instead of naming it.
    raw = tmp_path / "elsewhere" / "raw"
    raw.mkdir(parents=True)
    (raw / "a.txt").write_text(fixture_text(EN), encoding="utf-8")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    project = tmp_path / "project"
    project.mkdir()
    result = ingest_corpus(raw, project)
    notes = [(i.code, i.location.file) for i in result.report]
    assert ("ingest.not-a-file", (raw / "loop.txt").as_posix()) in notes
    assert [d.source_file for d in result.documents] == [(raw / "a.txt").as_posix()]
