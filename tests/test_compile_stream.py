"""A full compile finishes its tables a part at a time through spill files: the tables
do not depend on how the rows were cut, and the spill files do not outlive the compile."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pyarrow as pa
import pytest

from sahel_events.codebook import Codebook, load_project_codebook
from sahel_events.compile import CompiledDataset, compile_dataset
from sahel_events.compile_stream import check_files
from sahel_events.ingest import Document
from sahel_events.parquet_io import TableWriter
from sahel_events.spillsort import merge_runs, sort_by_key
from sahel_events.tablefile import SpillDir, spill_table
from tests.lsexport import write_snapshot
from tests.test_compile_cache import documents, make_task

REPO = Path(__file__).resolve().parents[1]
VERSION = load_project_codebook(REPO).version


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


def snapshot(root: Path, docs: list[Document]) -> Path:
    """Every document's task, after a first copy of doc-003's task under a higher id:
    that copy's rows are read (and staged) first, then replaced by the lower id's."""
    stray = make_task(3, docs[3])
    stray["id"] = 50
    tasks = [stray, *(make_task(i, d) for i, d in enumerate(docs))]
    return write_snapshot(root / "annotations", "20261201T000000Z", tasks)


def published_bytes(result: CompiledDataset, out: Path, group: int = 65_536) -> dict[str, bytes]:
    """Each table as release Parquet written from its spill file, batch by batch."""
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, spilled in result.files.items():
        path = out / f"{name}.parquet"
        with TableWriter(path, spilled.schema, VERSION, "0.0.0", group) as writer:
            for batch in spilled.iter_batches(batch_size=2):
                writer.write(batch)
        written[name] = path.read_bytes()
    return written


def test_runs_of_one_task_give_the_bytes_of_one_run(tmp_path: Path, codebook: Codebook) -> None:
    docs = documents()
    path = snapshot(tmp_path, docs)
    whole = compile_dataset(docs, [path], codebook, tmp_path)
    cut = compile_dataset(docs, [path], codebook, tmp_path, run_tasks=1)
    # The one error is the duplicated task (the table checks found nothing).
    assert [i.code for i in whole.report.errors] == ["compile.document-in-several-tasks"]
    assert [i.as_dict() for i in cut.report.issues] == [i.as_dict() for i in whole.report.issues]
    one = published_bytes(whole, tmp_path / "one")
    many = published_bytes(cut, tmp_path / "many")
    assert one == many
    # The task replaced (id 50) left no row; every document once, in key order.
    annotations = cut.files["annotations"].read()
    assert 50 not in annotations.column("task_id").to_pylist()
    doc_ids = cut.files["documents"].read(columns=["doc_id"]).column("doc_id").to_pylist()
    assert doc_ids == sorted({d.doc_id for d in docs})
    # The spill files as the old whole-table accessor sees them.
    assert whole.tables["mentions"].num_rows == cut.files["mentions"].num_rows > len(docs)


def test_a_merge_of_sorted_runs_is_a_stable_sort(tmp_path: Path) -> None:
    rows = [
        {"k": k, "role": r, "seen": i}
        for i, (k, r) in enumerate(
            [("b", "x"), ("a", "y"), ("b", "x"), (None, "z"), ("c", "x"), ("a", "x"), ("b", "x")]
        )
    ]
    table = pa.Table.from_pylist(rows)
    key = ["k", "role"]
    with SpillDir(tmp_path) as spill:
        runs = [
            spill_table("t", sort_by_key(table.slice(o, 3), key), table.schema, spill)
            for o in range(0, table.num_rows, 3)
        ]
        merged = pa.concat_tables(list(merge_runs(runs, key, batch_rows=2)))
    assert merged.to_pylist() == sort_by_key(table, key).to_pylist()
    # Equal keys keep their reading order across runs (rows 0, 2 and 6 are ("b", "x")).
    assert [r["seen"] for r in merged.to_pylist() if r["k"] == "b"] == [0, 2, 6]


def test_a_duplicate_key_across_runs_is_reported_by_its_key(
    tmp_path: Path, codebook: Codebook
) -> None:
    docs = documents()
    result = compile_dataset(docs, [snapshot(tmp_path, docs)], codebook, tmp_path, run_tasks=4)
    mentions = result.files["mentions"]
    table = mentions.read()
    twice = table.slice(7, 1)  # a mention that a later run holds a second time
    (key,) = twice.column("mention_id").to_pylist()
    with SpillDir(tmp_path / "spill") as spill:
        runs = [spill_table("mentions", t, mentions.schema, spill) for t in (table, twice)]
        merged = spill_table(
            "mentions", (b for t in merge_runs(runs, ["mention_id"], 3) for b in t.to_batches()),
            mentions.schema, spill,
        )  # fmt: skip
        files = {**result.files, "mentions": merged}
        issues = [i for i in check_files(files, codebook).issues if i.code == "table.primary-key"]
    # pandera sees the two rows in one batch; the key check over the file says how often.
    assert {(i.location.table, i.location.key) for i in issues} == {("mentions", key)}
    assert any("appears 2 times" in i.message for i in issues)


class FailingCorpus(Mapping[str, Document]):
    """A corpus whose disk fails when the ninth document is read (a fault)."""

    def __init__(self, docs: list[Document]) -> None:
        self.docs = {d.doc_id: d for d in docs}
        self.reads = 0

    def __getitem__(self, doc_id: str) -> Document:
        self.reads += 1
        if self.reads == 9:
            raise OSError("input/output error")
        return self.docs[doc_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.docs)

    def __len__(self) -> int:
        return len(self.docs)


def test_the_spill_files_go_with_the_result_and_with_a_failed_compile(
    tmp_path: Path, codebook: Codebook
) -> None:
    docs = documents()
    path = snapshot(tmp_path, docs)
    spill = tmp_path / "work" / "spill"
    result = compile_dataset(docs, [path], codebook, tmp_path, spill=spill, run_tasks=2)
    (directory,) = spill.iterdir()
    names = sorted(p.name.split("-", 1)[1] for p in directory.iterdir())
    # The finished tables only: staged rows and runs are removed once merged.
    assert names == sorted(f"{name}.parquet" for name in result.files)
    result.close()
    assert not spill.exists()  # made for the spill files, removed with them

    with pytest.raises(OSError, match="input/output error"):
        compile_dataset(FailingCorpus(docs), [path], codebook, tmp_path, spill=spill, run_tasks=2)
    assert not spill.exists()
