"""The snapshot index (``sahel_events.annotation.snapindex``): a snapshot read whole is
not read again while it is the same file, its tasks come back as a read of the file
gives them, and an index entry that is damaged, cut short or of a changed file is never
trusted."""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from sahel_events.annotation import snapindex
from sahel_events.annotation.rawscan import iter_task_texts
from sahel_events.annotation.rawtasks import KnownTasks, TaskStub
from sahel_events.annotation.reader import SnapshotFormatError
from sahel_events.annotation.snapindex import SETTLED, SnapshotIndex
from sahel_events.release.build import build_dataset
from sahel_events.workcache import cache_info
from tests.test_rawscan import tasks, write
from tests.test_release_support import add_snapshot, make_project, tree_bytes

TOOL = "test-tool"


def read(path: Path, known: KnownTasks) -> list[tuple[int, Any, bytes]]:
    """Every (index, task decoded whole, digest) read, and the file's hash recorded."""
    return [
        (i, task.full() if isinstance(task, TaskStub) else task, digest)
        for i, task, digest in iter_task_texts(path, known)
    ]


def indexed(directory: Path | None, settled: float = 0.0) -> KnownTasks:
    """An empty set of known texts, with an index in ``directory`` that writes entries of
    files changed ``settled`` seconds before they are read (0: any; a build waits
    :data:`SETTLED`, tested below)."""
    known = KnownTasks()
    known.index = SnapshotIndex(directory, TOOL, settled)
    return known


@pytest.fixture
def settled_now(monkeypatch: pytest.MonkeyPatch) -> None:
    """A build's index writes the entries of files changed just now (the tests' files)."""
    monkeypatch.setattr(snapindex, "SETTLED", 0.0)


@pytest.fixture
def snapshot(tmp_path: Path) -> Path:
    path = tmp_path / "snap.json"
    write(path, tasks(8))
    return path


def test_a_snapshot_read_again_comes_from_the_index_with_the_same_tasks(
    tmp_path: Path, snapshot: Path
) -> None:
    plain = KnownTasks()
    expected = read(snapshot, plain)
    known = indexed(tmp_path / "index")
    assert read(snapshot, known) == expected  # read, and indexed
    assert known.index is not None and known.index.hits == 0
    assert read(snapshot, known) == expected  # from the index
    assert known.index.hits == 1
    assert known.read_whole[snapshot] == plain.read_whole[snapshot]
    # Another build (a new process): the entry on disk serves, the stubs read their
    # bytes only when decoded whole, and a reader that does not know a text decodes it.
    fresh = indexed(tmp_path / "index")
    assert read(snapshot, fresh) == expected
    assert fresh.index is not None and fresh.index.hits == 1
    assert len(fresh) == 8  # each text decoded by the hardened decoder is now known
    again = [(i, dict(t), d) for i, t, d in iter_task_texts(snapshot, fresh)]
    assert [d for *_, d in again] == [d for *_, d in expected]
    assert all(isinstance(t, TaskStub) for _, t, _ in iter_task_texts(snapshot, fresh))


def test_a_snapshot_changed_in_place_is_read_again(tmp_path: Path, snapshot: Path) -> None:
    known = indexed(tmp_path / "index")
    read(snapshot, known)
    before = snapshot.stat()
    time.sleep(0.05)  # past the file system's timestamp granularity: its ctime changes
    data = snapshot.read_bytes().replace(b"doc-3", b"doc-9")  # same size
    snapshot.write_bytes(data)
    os.utime(snapshot, ns=(before.st_atime_ns, before.st_mtime_ns))  # same mtime too
    expected = read(snapshot, KnownTasks())
    assert expected[3][1]["data"]["doc_id"] == "doc-9"
    # Neither the entry on disk (a later build) nor the one in memory serves.
    for reader in (indexed(tmp_path / "index"), known):
        assert read(snapshot, reader) == expected
        assert reader.index is not None and reader.index.hits == 0


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # cut short
        lambda b: b[:-40] + bytes(40),  # bytes changed: no longer the hash at its head
        lambda b: b"",
        lambda b: b"not an index",
    ],
)
def test_a_damaged_entry_is_not_trusted_and_is_written_again(
    tmp_path: Path, snapshot: Path, damage: Any
) -> None:
    expected = read(snapshot, KnownTasks())
    read(snapshot, indexed(tmp_path / "index"))
    [entry] = (tmp_path / "index").glob("*.pickle")
    entry.write_bytes(damage(entry.read_bytes()))
    known = indexed(tmp_path / "index")
    assert read(snapshot, known) == expected
    assert known.index is not None and known.index.hits == 0
    fresh = indexed(tmp_path / "index")  # written again whole
    assert read(snapshot, fresh) == expected
    assert fresh.index is not None and fresh.index.hits == 1


def test_spans_that_do_not_fit_the_file_are_not_trusted(tmp_path: Path, snapshot: Path) -> None:
    expected = read(snapshot, KnownTasks())
    known = indexed(None)
    read(snapshot, known)
    assert known.index is not None
    key = known.index.key(snapshot)
    _, spans = known.index._memory[key]
    spans.lengths[-1] += 10**6  # runs past the end of the file
    assert read(snapshot, known) == expected
    assert known.index.hits == 0


def test_a_snapshot_just_written_is_indexed_in_memory_only(tmp_path: Path) -> None:
    path = tmp_path / "snap.json"
    write(path, tasks(3))  # modified now: within SETTLED seconds of the read
    assert SETTLED > 0
    known = indexed(tmp_path / "index", SETTLED)
    read(path, known)
    assert not list((tmp_path / "index").glob("*.pickle"))
    read(path, known)
    assert known.index is not None and known.index.hits == 1


def test_a_snapshot_too_recent_when_read_is_indexed_on_disk_once_settled(
    tmp_path: Path,
) -> None:
    path = tmp_path / "snap.json"
    write(path, tasks(3))
    known = indexed(tmp_path / "index", 0.5)
    expected = read(path, known)
    assert known.index is not None
    known.index.settle()  # not yet settled: nothing written
    assert not list((tmp_path / "index").glob("*.pickle"))
    time.sleep(0.6)
    known.index.settle()
    fresh = indexed(tmp_path / "index", 0.5)
    assert read(path, fresh) == expected
    assert fresh.index is not None and fresh.index.hits == 1


def test_a_recent_snapshot_whose_bytes_differ_when_settled_is_not_indexed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "snap.json"
    write(path, tasks(3))
    known = indexed(tmp_path / "index", 0.5)
    read(path, known)
    assert known.index is not None
    # As if written again within the timestamp tick of the read: the same identity,
    # other bytes (the hash taken when it was read is made to differ instead).
    [(ident, spans)] = known.index._memory.values()
    known.index._memory[known.index.key(path)] = (ident, replace(spans, sha256="0" * 64))
    time.sleep(0.6)
    known.index.settle()
    assert not list((tmp_path / "index").glob("*.pickle"))


def test_a_snapshot_cut_short_is_not_indexed(tmp_path: Path, snapshot: Path) -> None:
    data = snapshot.read_bytes()
    snapshot.write_bytes(data[: len(data) // 2])
    known = indexed(tmp_path / "index")
    for _ in range(2):
        with pytest.raises(SnapshotFormatError):  # each time from the file
            read(snapshot, known)
    assert known.index is not None and known.index.hits == 0
    assert not list((tmp_path / "index").glob("*.pickle"))


@pytest.mark.usefixtures("settled_now")
def test_a_warm_build_reads_an_old_snapshot_from_the_index_and_writes_a_cold_builds_bytes(
    tmp_path: Path,
) -> None:
    project = make_project(tmp_path / "proj")
    first = add_snapshot(project, "20250901T120000Z")
    build_dataset(project)
    index = project.work / "snapshot-index"
    assert len(list(index.glob("*.pickle"))) == 1
    add_snapshot(project, "20250902T120000Z", killed="16")
    build_dataset(project)
    warm = tree_bytes(project.work / "dataset")
    assert len(list(index.glob("*.pickle"))) == 2
    assert {h.name: h.entries for h in cache_info(project.work)}["snapshot-index"] == 2
    shutil.rmtree(project.work)
    build_dataset(project)
    assert tree_bytes(project.work / "dataset") == warm
    # The older snapshot removed: its entry is pruned by the next build.
    os.unlink(first)
    build_dataset(project)
    assert len(list(index.glob("*.pickle"))) == 1


@pytest.mark.usefixtures("settled_now")
def test_a_snapshot_index_entry_of_another_file_at_the_same_path_is_not_used(
    tmp_path: Path,
) -> None:
    project = make_project(tmp_path / "proj")
    add_snapshot(project, "20250901T120000Z")
    build_dataset(project)
    [snapshot] = project.annotations.glob("*.json")
    items = json.loads(snapshot.read_text(encoding="utf-8"))
    items[0]["annotations"][0]["result"] = []  # the annotation emptied
    replacement = tmp_path / "new.json"
    replacement.write_text(json.dumps(items), encoding="utf-8")
    os.replace(replacement, snapshot)  # another inode at the same path
    build_dataset(project)
    warm = tree_bytes(project.work / "dataset")
    shutil.rmtree(project.work)
    build_dataset(project)
    assert tree_bytes(project.work / "dataset") == warm
