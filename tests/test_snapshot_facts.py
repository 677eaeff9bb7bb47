"""The snapshot index's task facts (``sahel_events.annotation.taskfacts``): a snapshot
indexed and unchanged gives its task ids and its users' first annotations in bulk, and
the passes over every snapshot (which tasks are current, the current copies, the
pseudonym numbering) give what reading every task gives: the same tasks in the same
order, the same pseudonyms and handles, corrections across sources honoured; an index
entry whose facts are damaged is not trusted."""

from __future__ import annotations

import hashlib
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from sahel_events.annotation.corrections import CORRECTION_KEY
from sahel_events.annotation.rawtasks import KnownTasks, TaskStub
from sahel_events.annotation.snapindex import SnapshotIndex
from sahel_events.annotation.snapshots import (
    current_task_ids,
    iter_current_texts,
    provenance_path,
    snapshot_paths,
)
from sahel_events.annotation.taskfacts import TaskFacts
from sahel_events.consolidate import Pseudonyms
from sahel_events.errors import Report

TOOL = "test-tool"
ONE = "inst-a/project-1"
TWO = "inst-b/project-4"


def _task(task_id: Any, doc: int, annotations: list[Any], **extra: Any) -> dict[str, Any]:
    data = {"doc_id": f"doc-{doc}", "text": f"Texte {doc}, été."}
    return {"id": task_id, "data": data, **extra, "annotations": annotations}


def _ann(annotation_id: Any, user: Any, day: int, **extra: Any) -> dict[str, Any]:
    who = {"id": user, "email": f"u{user}@example.org"} if user != 7 else user
    created = f"2026-03-{day:02d}T10:00:00Z" if day else None
    return {"id": annotation_id, "completed_by": who, "created_at": created, "result": [], **extra}


def _write(folder: Path, name: str, source: str, items: list[Any]) -> Path:
    path = folder / name
    path.write_bytes(json.dumps(items, ensure_ascii=False, indent=2).encode("utf-8"))
    provenance_path(path).write_text(json.dumps({"source": source}), encoding="utf-8")
    return path


def campaign(folder: Path) -> list[Path]:
    """Four snapshots of two sources: edits, users first seen in an older snapshot, a
    duplicate task id, an element that is not a task, a task without an id, a user's
    lower annotation id after a higher one, and a correction in source two of source
    one's task 5."""
    folder.mkdir(parents=True, exist_ok=True)
    first = [_task(i, i, [_ann(100 + i, 1 + i % 2, 3 + i)]) for i in range(1, 7)]
    first.append(_task(8, 8, [_ann(90, 5, 28), _ann(91, 1, 1)]))
    second = [_task(i, i, [_ann(100 + i, 1 + i % 2, 3 + i), _ann(200 + i, 3, 20)]) for i in (1, 2)]
    second += [
        "not a task",
        _task(None, 9, [_ann(300, 4, 2)]),  # no id: not current, but its user is seen
        _task(3, 3, [_ann(150, 7, 9), _ann(149, 7, 10)]),  # the lower id second
        _task(3, 33, [_ann(151, 6, 1)]),  # a duplicate id: the first copy wins
        _task(7, 7, [_ann(107, 2, 5), "not an annotation", _ann(108, 2, 5)]),
    ]
    third = [_task(4, 4, [_ann(104, 1, 7), _ann(400, 2, 21)]), _task(9, 9, [])]
    gold = [
        _task(
            1,
            5,
            [_ann(1, 8, 25, ground_truth=True)],
            meta={CORRECTION_KEY: {"supersedes": [{"source": ONE, "task_id": 5}], "reason": "r"}},
        ),
        _task(2, 4, [_ann(2, 9, 26)]),
    ]
    _write(folder, "one-20260301T000000Z-a1.json", ONE, first)
    _write(folder, "one-20260310T000000Z-b2.json", ONE, second)
    _write(folder, "two-20260315T000000Z-c3.json", TWO, gold)
    _write(folder, "one-20260320T000000Z-d4.json", ONE, third)
    return snapshot_paths(folder)


def indexed(directory: Path | None) -> KnownTasks:
    known = KnownTasks()
    known.index = SnapshotIndex(directory, TOOL, 0.0)
    return known


def passes(paths: list[Path], known: KnownTasks | None) -> dict[str, Any]:
    """What the passes over every snapshot give, stubs decoded whole."""
    report = Report()
    pseudonyms = Pseudonyms()
    current = [
        (path.name, source, task.full() if isinstance(task, TaskStub) else task, digest)
        for path, source, task, digest in iter_current_texts(paths, report, pseudonyms, known=known)
    ]
    # Handles are handed out by compile too, between tasks: one per task taken here.
    return {
        "ids": current_task_ids(paths, known),
        "current": current,
        "users": pseudonyms.users(),
        "names": pseudonyms.mapping(),
        "issues": [(i.code, i.message) for i in report.issues],
        "plain": [
            (p.name, s, t.full() if isinstance(t, TaskStub) else t)
            for p, s, t, _ in iter_current_texts(paths, Report(), known=known)
        ],
    }


class Spy(Pseudonyms):
    """Pseudonyms that count the tasks and the snapshots' users they are told of."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks = 0
        self.merges = 0

    def observe_task(self, task: Any, source: str) -> None:
        self.tasks += 1
        super().observe_task(task, source)

    def observe_users(self, users: Any, source: str) -> None:
        self.merges += 1
        super().observe_users(users, source)


def _digestless(found: dict[str, Any]) -> dict[str, Any]:
    return {**found, "current": [c[:3] for c in found["current"]]}


def test_indexed_snapshots_give_what_reading_every_task_gives(tmp_path: Path) -> None:
    paths = campaign(tmp_path / "annotations")
    expected = passes(paths, KnownTasks())  # task by task, with digests
    assert _digestless(passes(paths, None)) == _digestless(expected)
    # The campaign holds what the test means to show.
    ids = expected["ids"]
    assert ids[paths[0]] == ({1, 2, 3, 4, 5, 6, 8}, {6, 8})  # 5: corrected in source two
    assert ids[paths[1]] == ({1, 2, 3, 7}, {1, 2, 3, 7})
    assert [c[2]["data"]["doc_id"] for c in expected["current"] if c[2]["id"] == 3] == ["doc-3"]
    assert len(expected["names"]) == 9  # users 1-7 of source one, 8-9 of source two
    known = indexed(tmp_path / "index")
    assert passes(paths, known) == expected  # first read: each file scanned, then indexed
    assert known.index is not None and known.index.hits > 0
    assert passes(paths, known) == expected  # from memory
    fresh = indexed(tmp_path / "index")  # another build: the entries on disk
    assert passes(paths, fresh) == expected
    assert fresh.read_whole == KnownTasks().read_whole | {
        p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths
    }


def test_an_indexed_snapshot_is_merged_not_read_task_by_task(tmp_path: Path) -> None:
    paths = campaign(tmp_path / "annotations")
    known = indexed(tmp_path / "index")
    passes(paths, known)
    per_task = Spy()
    list(iter_current_texts(paths, Report(), per_task, known=KnownTasks()))
    spy = Spy()
    current = list(iter_current_texts(paths, Report(), spy, known=indexed(tmp_path / "index")))
    assert (spy.tasks, spy.merges) == (0, len(paths))
    assert per_task.tasks == 2 + 2 + 6 + 7 and per_task.merges == 0
    assert spy.users() == per_task.users() and spy.mapping() == per_task.mapping()
    assert len(current) == 2 + 2 + 4 + 2  # the current copies only


def test_a_snapshot_whose_users_a_summary_cannot_keep_is_read_task_by_task(
    tmp_path: Path,
) -> None:
    paths = campaign(tmp_path / "annotations")
    odd = paths[1]
    items = json.loads(odd.read_bytes())
    items.append(_task(12, 12, [_ann("x", 11, 4)]))  # a user, no annotation id
    odd.write_bytes(json.dumps(items, indent=2).encode("utf-8"))
    expected = passes(paths, KnownTasks())
    known = indexed(tmp_path / "index")
    passes(paths, known)
    spy = Spy()
    list(iter_current_texts(paths, Report(), spy, known=known))
    assert spy.merges == len(paths) - 1 and spy.tasks == len(items) - 1  # (one not a task)
    assert passes(paths, known) == expected


def _entry(directory: Path) -> Path:
    [entry] = [e for e in directory.glob("*.pickle") if e.stat().st_size > 0]
    return entry


@pytest.mark.parametrize(
    "damage",
    [
        lambda ids, users: (ids[:-1], users),  # one id short
        lambda ids, users: ([str(i) for i in ids], users),  # ids not integers
        lambda ids, users: (ids, (*users, (1,))),  # a user cut short
        lambda ids, users: (ids, [list(u) for u in users]),  # not tuples
        lambda ids, users: (ids, (("1", 2, None),)),  # a user id that is text
    ],
)
def test_an_entry_with_damaged_facts_is_not_trusted(tmp_path: Path, damage: Any) -> None:
    items = [_task(i, i, [_ann(100 + i, 1 + i % 2, 3 + i)]) for i in range(1, 5)]
    path = _write(tmp_path, "one-20260301T000000Z-a1.json", ONE, items)
    expected = passes([path], KnownTasks())
    passes([path], indexed(tmp_path / "index"))
    entry = _entry(tmp_path / "index")
    body = entry.read_bytes().partition(b"\n")[2]
    *head, ids, users = pickle.loads(body)
    body = pickle.dumps((*head, *damage(ids, users)))
    entry.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    known = indexed(tmp_path / "index")
    assert passes([path], known) == expected
    # Three reads: the first scans the file (an entry trusted would have served it too),
    # the two others come from the entry made then.
    assert known.index is not None and known.index.hits == 2
    fresh = indexed(tmp_path / "index")  # the entry was written again, whole
    assert passes([path], fresh) == expected
    assert fresh.index is not None and fresh.index.hits == 3


def test_facts_in_memory_that_do_not_fit_the_spans_are_not_trusted(tmp_path: Path) -> None:
    paths = campaign(tmp_path / "annotations")
    expected = passes(paths, KnownTasks())
    known = indexed(None)
    passes(paths, known)
    assert known.index is not None
    for _, spans in known.index._memory.values():
        spans.ids.append(99)  # one id more than tasks
    hits = known.index.hits
    assert passes(paths, known) == expected
    assert known.index.hits == 2 * hits  # as many misses as the first time: read again
    assert all(len(spans.ids) == len(spans) for _, spans in known.index._memory.values())


def test_task_facts_note_each_users_first_annotation_as_pseudonyms_do() -> None:
    facts = TaskFacts()
    for item in [
        _task(1, 1, [_ann(5, 2, 3), _ann(4, 1, 4)]),
        [1, 2],
        _task(True, 2, [_ann(3, 1, 0), _ann(3, 1, 9), _ann(2, 2, 1)]),
        _task(3, 3, [_ann(9, None, 1), {"id": 1, "completed_by": 3, "created_at": 5}]),
    ]:
        facts.add(item)
    assert facts.ids == [1, None, None, 3]
    assert facts.users() == ((2, 2, "2026-03-01T10:00:00Z"), (1, 3, None), (3, 1, None))
    facts.add({"id": 4, "annotations": {"a": 1}})
    assert facts.users() is None  # not a list: read task by task
