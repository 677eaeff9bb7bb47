"""The streaming snapshot reader: same tasks as json.load, every broken file named, no crash."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from sahel_events.annotation.reader import SnapshotFormatError, iter_tasks

EXPORTS = Path(__file__).resolve().parent / "data" / "exports"
VALID = EXPORTS / "valid.json"
REAL = EXPORTS / "real" / "label-studio-export-sample.json"


def read(path: Path, chunk_size: int = 1 << 20) -> list[object]:
    return [task for _, task in iter_tasks(path, chunk_size=chunk_size)]


def failure(path: Path, chunk_size: int = 1 << 20) -> SnapshotFormatError:
    with pytest.raises(SnapshotFormatError) as caught:
        read(path, chunk_size)
    return caught.value


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 7, 64, 4096, 1 << 20])
@pytest.mark.parametrize("path", [VALID, REAL], ids=["valid", "real"])
def test_same_tasks_as_json_load_whatever_the_chunk_size(path: Path, chunk_size: int) -> None:
    # Chunks of 1 to 3 bytes split every multi-byte character (é, emoji) somewhere.
    assert read(path, chunk_size) == json.loads(path.read_text(encoding="utf-8"))


def test_indexes_count_from_zero(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('[{"id": 1}, {"id": 2}]', encoding="utf-8")
    assert list(iter_tasks(path)) == [(0, {"id": 1}), (1, {"id": 2})]


@pytest.mark.parametrize(
    ("text", "tasks"),
    [("[]", []), (" [ ] \n", []), ("\ufeff[1]", [1]), ("[1e3, 12]", [1000.0, 12]), ("[\n]", [])],
)
def test_edge_arrays(tmp_path: Path, text: str, tasks: list[object]) -> None:
    path = tmp_path / "s.json"
    path.write_text(text, encoding="utf-8")
    assert read(path, chunk_size=2) == tasks


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ("", "export.empty-file", None),
        (" \n\t", "export.empty-file", None),
        ('{"id": 1}', "export.not-array", 1),
        ('\n\n"tasks"', "export.not-array", 3),
        ("null", "export.not-array", 1),
        ("hello", "export.not-json", 1),
        ('[{"id": 1},\n {"id": }]', "export.not-json", 2),
        ('[{"id": 1} {"id": 2}]', "export.not-json", 1),
        ("[1]\n[2]", "export.not-json", 2),
        ('[{"id": 1}]\n{"id": 2}', "export.not-json", 2),
        ('[{"id": 1}, {"text": "abc', "export.truncated", 1),
        ('[{"id": 1},\n', "export.truncated", 2),
        ('[{"id": 1}', "export.truncated", 1),
        ("[", "export.truncated", 1),
        ('{"id":', "export.truncated", 1),
    ],
)
def test_broken_files_are_named(tmp_path: Path, text: str, code: str, line: int | None) -> None:
    path = tmp_path / "s.json"
    path.write_text(text, encoding="utf-8")
    for chunk_size in (1, 5, 1 << 20):
        error = failure(path, chunk_size)
        assert (error.code, error.line) == (code, line), error.message


def test_every_cut_of_a_real_export_is_reported_as_truncated(tmp_path: Path) -> None:
    data = REAL.read_bytes()
    path = tmp_path / "cut.json"
    # Every byte of the first 700, then every 331st: cuts inside strings, numbers, keys,
    # literals, escapes and multi-byte characters.
    cuts = [*range(1, 700), *range(700, len(data) - 2, 331)]
    for cut in cuts:
        path.write_bytes(data[:cut])
        assert failure(path, chunk_size=8192).code == "export.truncated", cut


def test_tasks_before_the_problem_are_yielded(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('[{"id": 1}, {"id": 2}, {"id": ', encoding="utf-8")
    seen = []
    with pytest.raises(SnapshotFormatError):
        for _, task in iter_tasks(path):
            seen.append(task)
    assert seen == [{"id": 1}, {"id": 2}]


def test_latin1_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes('[{"text": "Sévaré"}]'.encode("latin-1"))
    error = failure(path)
    assert error.code == "export.not-utf8"
    assert "byte 12" in error.message


def test_progress_reports_bytes_read(tmp_path: Path) -> None:
    seen: list[int] = []
    list(iter_tasks(VALID, chunk_size=4096, progress=seen.append))
    assert seen == sorted(seen)
    assert seen[-1] == VALID.stat().st_size


def _peak_while_reading(path: Path) -> int:
    tracemalloc.start()
    for _ in iter_tasks(path, chunk_size=64 * 1024):
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def test_memory_does_not_grow_with_the_snapshot(tmp_path: Path) -> None:
    task = json.loads(VALID.read_text(encoding="utf-8"))[0]
    peaks = []
    for n_tasks in (40, 160):
        path = tmp_path / f"{n_tasks}.json"
        with path.open("w", encoding="utf-8") as out:
            out.write("[")
            for n in range(n_tasks):
                out.write(("," if n else "") + json.dumps({**task, "id": n}, ensure_ascii=False))
            out.write("]")
        peaks.append(_peak_while_reading(path))
    # Four times the tasks (4 MB), about the same peak: a chunk and a task, not the file.
    assert peaks[1] < 1.3 * peaks[0], peaks
    assert peaks[1] < path.stat().st_size / 2, peaks
