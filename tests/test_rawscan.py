"""Reading a snapshot on its bytes (known tasks matched, the others decoded) gives what
the text reader gives: the same tasks, the same errors at the same line and column."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sahel_events.annotation.rawscan import iter_task_texts
from sahel_events.annotation.rawtasks import KnownTasks, TaskStub
from sahel_events.annotation.reader import SnapshotFormatError, iter_tasks
from sahel_events.files import sha256_file


def tasks(n: int = 6) -> list[dict[str, Any]]:
    """Tasks with non-ASCII text (byte and character offsets differ)."""
    return [
        {
            "id": i + 1,
            "data": {"doc_id": f"doc-{i}", "text": f"Gao, été {i}: attaque à Tessit, {i} tués."},
            "annotations": [{"id": 10 + i, "completed_by": 1, "result": []}],
        }
        for i in range(n)
    ]


def write(path: Path, items: list[dict[str, Any]]) -> bytes:
    """A snapshot as Label Studio's export writes one (indented, one array)."""
    data = json.dumps(items, ensure_ascii=False, indent=2).encode("utf-8")
    path.write_bytes(data)
    return data


def outcome(read: Any) -> tuple[list[Any], tuple[str, str, int | None] | None]:
    """The tasks read (stubs decoded whole) and the error raised, if any: its code,
    message and line (the column is not compared: where the text reader has dropped the
    start of a line from its buffer it may say the column within what it kept)."""
    got: list[Any] = []
    try:
        for item in read:
            task = item[1]
            got.append(task.full() if isinstance(task, TaskStub) else task)
    except SnapshotFormatError as exc:
        return got, (exc.code, exc.message, exc.line)
    return got, None


def warm(path: Path) -> KnownTasks:
    """A set that knows every task of ``path``."""
    known = KnownTasks()
    list(iter_task_texts(path, known))
    return known


DAMAGES = {
    "cut after a task": lambda b: b[: b.index(b"\n  },") + 4],
    "cut inside a task": lambda b: b[: len(b) // 2],
    "garbage between tasks": lambda b: b.replace(b"\n  },", b"\n  };", 2),
    "extra data after the array": lambda b: b + b"\n[]\n",
    "not utf-8 between tasks": lambda b: b.replace(b"\n  },\n", b"\n  },\xff\n", 3),
    "a task that is no longer JSON": lambda b: b.replace(b'"doc-4"', b"'doc-4'"),
    "an empty file": lambda b: b"",
    "an object, not an array": lambda b: b"{" + b[1:-1] + b"}",
    "a byte-order mark": lambda b: b"\xef\xbb\xbf" + b,
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_damaged_files_read_as_the_text_reader_reads_them(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "snapshot.json"
    whole = write(path, tasks())
    known = warm(path)
    assert len(known) == 6
    path.write_bytes(DAMAGES[damage](whole))
    expected = outcome(iter_tasks(path))
    for read in (known, KnownTasks()):  # known tasks matched; none known: all decoded
        got = outcome(iter_task_texts(path, read))
        if damage == "not utf-8 between tasks":
            # Readers decode text a chunk ahead and stop at a bad byte in it: how many
            # complete tasks come before the error depends on the chunk, not the error.
            assert got[1] == expected[1] and got[0] == tasks()[: len(got[0])]
        else:
            assert got == expected
    if damage not in ("a byte-order mark",):
        assert expected[1] is not None  # each damage is one the reader reports


def test_known_tasks_are_not_decoded_and_the_file_hash_is_taken(tmp_path: Path) -> None:
    path = tmp_path / "snapshot.json"
    write(path, tasks())
    known = warm(path)
    assert known.read_whole == {path: sha256_file(path)}
    read = list(iter_task_texts(path, known))
    assert all(isinstance(task, TaskStub) for _, task, _ in read)
    assert [task.full() for _, task, _ in read] == [t for _, t in iter_tasks(path)]


def test_a_task_changed_to_the_same_length_is_decoded(tmp_path: Path) -> None:
    """Same first bytes, same length, other content: the digest tells them apart."""
    path = tmp_path / "snapshot.json"
    items = tasks()
    write(path, items)
    known = warm(path)
    items[3]["data"]["text"] = items[3]["data"]["text"].replace("3 tués", "9 tués")
    write(path, items)
    read = list(iter_task_texts(path, known))
    stubs = [isinstance(task, TaskStub) for _, task, _ in read]
    assert stubs == [True, True, True, False, True, True]
    assert read[3][1]["data"]["text"].endswith("9 tués.")
    assert len(known) == 7  # the new text is known from now on
