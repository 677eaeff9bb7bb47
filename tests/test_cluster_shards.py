"""Record files in shards: written whole or not at all, read back as one stream.

No Dask here: the shard files are what every runner writes, and a single process
writes them too (``--shard-size`` without ``--workers``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sahel_events.cluster.shards import RecordWriter, chunked, count_records, record_files
from sahel_events.errors import UsageError
from sahel_events.ingest import read_documents

from .clirunner import run_cli
from .conftest import REPO


def _write(target: Path, keys: list[str], shard_size: int | None) -> None:
    with RecordWriter(target, shard_size) as writer:
        for key in keys:
            writer.write(key, f'{{"doc_id":"{key}"}}\n')


def test_shards_concatenate_to_the_single_file(tmp_path: Path) -> None:
    keys = [f"doc-{i:02d}" for i in range(7)]
    _write(tmp_path / "one.jsonl", keys, None)
    _write(tmp_path / "parts", keys, 3)
    files = record_files(tmp_path / "parts")
    assert [f.name for f in files] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert [len(f.read_text().splitlines()) for f in files] == [3, 3, 1]
    joined = b"".join(f.read_bytes() for f in files)
    assert joined == (tmp_path / "one.jsonl").read_bytes()
    assert count_records(tmp_path / "parts") == count_records(tmp_path / "one.jsonl") == 7
    # Nothing else is left beside them (the scratch file and directory are gone).
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.jsonl", "parts"]


def test_rewriting_a_shard_directory_replaces_all_of_it(tmp_path: Path) -> None:
    _write(tmp_path / "parts", [f"a{i}" for i in range(9)], 2)
    _write(tmp_path / "parts", ["b0", "b1"], 2)
    assert [f.name for f in record_files(tmp_path / "parts")] == ["part-00000.jsonl"]
    assert count_records(tmp_path / "parts") == 2


def test_records_out_of_order_are_refused_and_nothing_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "one.jsonl"
    target.write_text("previous\n")
    with pytest.raises(UsageError, match="records out of order: 'a' after 'b'"):
        _write(target, ["b", "a"], None)
    assert target.read_text() == "previous\n"
    with pytest.raises(UsageError, match="records out of order: 'x' after 'x'"):
        _write(tmp_path / "parts", ["x", "x"], 1)
    assert not (tmp_path / "parts").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.jsonl"]


def test_a_discarded_write_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    _write(tmp_path / "parts", ["a", "b"], 1)
    with RecordWriter(tmp_path / "parts", 1) as writer:
        writer.write("c", "{}\n")
        writer.discard()
    assert count_records(tmp_path / "parts") == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["parts"]


def test_a_file_where_shards_go_and_the_reverse_are_misuse(tmp_path: Path) -> None:
    (tmp_path / "file.jsonl").write_text("")
    with pytest.raises(UsageError, match="is a file; shards are written to a directory"):
        RecordWriter(tmp_path / "file.jsonl", 10)
    with pytest.raises(UsageError, match="is a directory; give a file, or --shard-size"):
        RecordWriter(tmp_path, None)


def test_chunked_reads_lazily_in_order() -> None:
    seen: list[int] = []

    def numbers() -> object:
        for i in range(5):
            seen.append(i)
            yield i

    chunks = chunked(numbers(), 2)  # type: ignore[arg-type]
    assert next(chunks) == [0, 1] and seen == [0, 1]
    assert list(chunks) == [[2, 3], [4]]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    (tmp_path / "raw").mkdir()
    for article in sorted((REPO / "corpus" / "dev").glob("*.txt"))[:5]:
        shutil.copy(article, tmp_path / "raw")
    monkeypatch.delenv("SAHEL_EVENTS_PROJECT", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_ingest_writes_shards_that_every_reader_streams(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["ingest"], capsys).code == 0
    # Without --out, shards go to work/documents/.
    result = run_cli(["ingest", "--shard-size", "2"], capsys)
    assert result.code == 0, result.err
    assert result.out.rstrip().endswith("document(s) to " + str(project / "work" / "documents"))
    single = project / "work" / "documents.jsonl"
    shards = record_files(project / "work" / "documents")
    assert len(shards) == 3
    assert b"".join(f.read_bytes() for f in shards) == single.read_bytes()
    assert read_documents(project / "work" / "documents") == read_documents(single)


def test_a_bad_line_in_a_shard_names_that_shard(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["ingest", "--shard-size", "2", "--out", "work/documents"], capsys).code == 0
    second = project / "work" / "documents" / "part-00001.jsonl"
    second.write_text(second.read_text().splitlines()[0] + "\n{not json\n")
    with pytest.raises(UsageError, match=r"part-00001\.jsonl, line 2.*run `sahel-events ingest`"):
        read_documents(project / "work" / "documents")


def test_fewer_than_one_worker_is_misuse(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(["ingest", "--workers", "0"], capsys)
    assert result.code == 2
    assert "--workers" in result.err and "Traceback" not in result.err
