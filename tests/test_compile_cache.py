"""The per-document row cache: an incremental compile gives the bytes of a full one."""

from __future__ import annotations

import json
import pickle
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from sahel_events import tables as T
from sahel_events.annotation.rawscan import iter_task_texts
from sahel_events.annotation.rawtasks import KnownTasks
from sahel_events.annotation.snapshots import snapshot_source
from sahel_events.codebook import Codebook, load_codebook, load_project_codebook
from sahel_events.compile import CompiledDataset, compile_dataset
from sahel_events.compile_cache import RowCache
from sahel_events.compile_recheck import clean_over_new_rows
from sahel_events.compile_reuse import COMPARED, clean_if_checked_anew, with_keys
from sahel_events.errors import UsageError
from sahel_events.ingest import Document, write_documents
from sahel_events.ingest.corpusindex import CorpusIndex
from sahel_events.ingest.documents import document_line
from sahel_events.parquet_io import write_table
from tests.lsexport import Regions, annotation, make_document, task, write_snapshot

REPO = Path(__file__).resolve().parents[1]
TEXT = (
    "Gao, 3 mars 2025 - Au moins {n} soldats ont été tués lors d'une attaque contre le camp "
    "de Tessit, dimanche 2 mars. Rapport {i}."
)
N = 12
VERSION = load_project_codebook(REPO).version


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_project_codebook(REPO)


def documents() -> list[Document]:
    return [make_document(f"doc-{i:03d}", TEXT.format(n=10 + i, i=i)) for i in range(N)]


def make_task(i: int, doc: Document, count: int | None = None) -> dict[str, Any]:
    """Task ``i``: an attack with its casualties and place; ``count`` overrides the figure."""
    n = 10 + i
    r = Regions(doc.text)
    r.event("e", "ASSAULT", "attaque", mode_assault=["firearms"], contexts=["military"])
    r.entity(
        "c",
        "CASUALTY",
        f"{n} soldats",
        casualty_kind=["killed"],
        casualty_qualifier=["at-least"],
        norm_count=str(count if count is not None else n),
    )
    r.entity("loc", "GPE", "Tessit", norm_place="geonames:10343856", place_precision=["town"])
    r.relation("e", "c", "casualties").relation("e", "loc", "location")
    r.document_choice("d", "doc_relevance", "relevant")
    return task(i + 1, doc, [annotation(i + 1, 1 + i % 2, r.items)])


def snapshot(root: Path, docs: list[Document], changed: int | None = None) -> Path:
    tasks = [make_task(i, d, 99 if i == changed else None) for i, d in enumerate(docs)]
    return write_snapshot(root / "annotations", "20261201T000000Z", tasks)


def task_digests(path: Path) -> list[bytes]:
    """The digests of the raw texts of a snapshot's tasks, in file order."""
    return [digest for _, _, digest in iter_task_texts(path, KnownTasks())]


def table_bytes(result: CompiledDataset, out: Path) -> dict[str, bytes]:
    """Each table as the Parquet bytes a release would publish."""
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, table in result.tables.items():
        write_table(table, out / f"{name}.parquet", VERSION, "0.0.0")
        written[name] = (out / f"{name}.parquet").read_bytes()
    return written


def test_one_changed_annotation_recompiles_one_document(tmp_path: Path, codebook: Codebook) -> None:
    docs = documents()
    cache = tmp_path / "work" / "compile-cache"
    first = compile_dataset(
        docs, [snapshot(tmp_path / "a", docs)], codebook, tmp_path / "a", cache=cache
    )
    assert first.cache_stats == {"hits": 0, "misses": N}
    assert first.report.valid, first.report.to_text()

    # Same input again: everything from the cache, the same bytes.
    again = compile_dataset(
        docs, [snapshot(tmp_path / "a", docs)], codebook, tmp_path / "a", cache=cache
    )
    assert again.cache_stats == {"hits": N, "misses": 0}
    assert table_bytes(again, tmp_path / "again") == table_bytes(first, tmp_path / "first")

    # One casualty figure changed in Label Studio: one task compiled, the rest cached.
    changed = tmp_path / "b"
    path = snapshot(changed, docs, changed=5)
    incremental = compile_dataset(docs, [path], codebook, changed, cache=cache)
    assert incremental.cache_stats == {"hits": N - 1, "misses": 1}
    full = compile_dataset(docs, [path], codebook, changed)
    assert full.cache_stats is None
    assert table_bytes(incremental, tmp_path / "inc") == table_bytes(full, tmp_path / "full")
    killed = {r["doc_id"]: r["killed_best"] for r in incremental.tables["events"].to_pylist()}
    assert killed["doc-005"] == 99 and killed["doc-004"] == 14
    assert [i.as_dict() for i in incremental.report.issues] == [
        i.as_dict() for i in full.report.issues
    ]


def test_the_cache_can_be_deleted_or_damaged(tmp_path: Path, codebook: Codebook) -> None:
    docs = documents()
    cache = tmp_path / "work" / "compile-cache"
    path = snapshot(tmp_path, docs)
    full = compile_dataset(docs, [path], codebook, tmp_path)
    compile_dataset(docs, [path], codebook, tmp_path, cache=cache)
    (state,) = cache.glob("state-*/g-*")
    arrow = state / "mentions.arrow"
    arrow.write_bytes(arrow.read_bytes()[:-100])  # cut short: the whole state is dropped
    damaged = compile_dataset(docs, [path], codebook, tmp_path, cache=cache)
    assert damaged.cache_stats == {"hits": 0, "misses": N}
    assert table_bytes(damaged, tmp_path / "d") == table_bytes(full, tmp_path / "f")
    # Said, not hidden: a note names the state and why (not an error: nothing is lost).
    (note,) = [i for i in damaged.report.issues if i.code == "compile.cache-unreadable"]
    assert note.severity == "info" and "mentions" in note.message and str(state) in note.message

    (state,) = cache.glob("state-*/g-*")
    (state / "task-entries.pickle").write_bytes(b"not a pickle")
    damaged = compile_dataset(docs, [path], codebook, tmp_path, cache=cache)
    assert damaged.cache_stats == {"hits": 0, "misses": N}
    assert table_bytes(damaged, tmp_path / "d2") == table_bytes(full, tmp_path / "f")
    assert "compile.cache-unreadable" in {i.code for i in damaged.report.issues}

    # The known task texts damaged: each task is decoded and checked again, noted.
    (state,) = cache.glob("state-*/g-*")
    (state / "known-tasks.pickle").write_bytes(b"\x80\x05damaged")
    damaged = compile_dataset(docs, [path], codebook, tmp_path, cache=cache)
    assert table_bytes(damaged, tmp_path / "d3") == table_bytes(full, tmp_path / "f")
    assert "compile.cache-unreadable" in {i.code for i in damaged.report.issues}

    # A generation cut short while it was written (no marker): the complete one serves.
    (state,) = cache.glob("state-*/g-*")
    half = state.with_name("g-99999999999999999999-1")
    shutil.copytree(state, half)
    (half / "complete").unlink()
    (half / "task-entries.pickle").write_bytes(b"")
    kept = compile_dataset(docs, [path], codebook, tmp_path, cache=cache)
    assert kept.cache_stats == {"hits": N, "misses": 0}
    assert "compile.cache-unreadable" not in {i.code for i in kept.report.issues}
    assert table_bytes(kept, tmp_path / "k") == table_bytes(full, tmp_path / "f")

    shutil.rmtree(cache)
    rebuilt = compile_dataset(docs, [path], codebook, tmp_path, cache=cache)
    assert rebuilt.cache_stats == {"hits": 0, "misses": N}
    assert table_bytes(rebuilt, tmp_path / "r") == table_bytes(full, tmp_path / "f")
    # No state at all is a first build, not a damaged cache.
    assert "compile.cache-unreadable" not in {i.code for i in rebuilt.report.issues}


class DeletingCorpus(Mapping[str, Document]):
    """The corpus, deleting ``cache`` when the ``at``-th document is read: a user who
    removes ``work/compile-cache`` while a build runs."""

    def __init__(self, docs: list[Document], cache: Path, at: int) -> None:
        self.docs = {d.doc_id: d for d in docs}
        self.cache = cache
        self.reads = 0
        self.at = at
        self.deleted = False

    def __getitem__(self, doc_id: str) -> Document:
        self.reads += 1
        if self.reads == self.at:
            shutil.rmtree(self.cache)
            self.deleted = True
        return self.docs[doc_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.docs)

    def __len__(self) -> int:
        return len(self.docs)


def test_deleting_the_cache_while_a_build_runs(tmp_path: Path, codebook: Codebook) -> None:
    docs = documents()
    cache = tmp_path / "work" / "compile-cache"
    path = snapshot(tmp_path / "a", docs)
    compile_dataset(docs, [path], codebook, tmp_path / "a", cache=cache)
    changed = snapshot(tmp_path / "b", docs, changed=3)
    full = compile_dataset(docs, [changed], codebook, tmp_path / "b")

    corpus = DeletingCorpus(docs, cache, at=N // 2)
    midway = compile_dataset(corpus, [changed], codebook, tmp_path / "b", cache=cache)
    assert corpus.deleted
    assert midway.cache_stats == {"hits": N - 1, "misses": 1}  # opened before it went
    assert table_bytes(midway, tmp_path / "m") == table_bytes(full, tmp_path / "f")
    # The build wrote its state again; the next one reads it.
    assert list(cache.glob("state-*/g-*/task-entries.pickle"))
    again = compile_dataset(docs, [changed], codebook, tmp_path / "b", cache=cache)
    assert again.cache_stats == {"hits": N, "misses": 0}
    assert table_bytes(again, tmp_path / "g") == table_bytes(full, tmp_path / "f")


def test_a_changed_codebook_or_tool_version_misses(tmp_path: Path, codebook: Codebook) -> None:
    docs = documents()
    cache = tmp_path / "work" / "compile-cache"
    path = snapshot(tmp_path, docs)
    before = compile_dataset(docs, [path], codebook, tmp_path, cache=cache)
    certainty = {r["factuality_certainty"] for r in before.tables["events"].to_pylist()}
    assert certainty == {"certain"}  # no choice made: the codebook's default

    # The codebook's default certainty changes: cached rows must not keep the old one.
    text = (REPO / "schema" / "codebook.yaml").read_text(encoding="utf-8")
    old = "    required: true\n    default: certain\n"
    assert text.count(old) == 1
    edited = tmp_path / "codebook.yaml"
    edited.write_text(text.replace(old, "    required: true\n    default: probable\n"), "utf-8")
    other = load_codebook(edited)
    after = compile_dataset(docs, [path], other, tmp_path, cache=cache)
    assert after.cache_stats == {"hits": 0, "misses": N}
    certainty = {r["factuality_certainty"] for r in after.tables["events"].to_pylist()}
    assert certainty == {"probable"}

    # Another version of the code: the same entries are not served.
    digest0 = task_digests(path)[0]
    name = path.relative_to(tmp_path).as_posix()
    source = snapshot_source(path)
    same_tool = RowCache(cache, codebook)
    other_tool = RowCache(cache, codebook, tool="another version")
    assert same_tool.key(digest0, docs[0], source) != other_tool.key(digest0, docs[0], source)
    assert same_tool.state_dir != other_tool.state_dir  # nor the same stored rows
    assert other_tool.get(same_tool.key(digest0, docs[0], source), name) is None


def test_double_coded_tasks_are_not_cached(tmp_path: Path, codebook: Codebook) -> None:
    """Agreement needs the parsed annotations of a task coded twice."""
    doc = make_document("doc-double", TEXT.format(n=10, i=0))
    result = make_task(0, doc)["annotations"][0]["result"]
    coded = [annotation(1, 1, result), annotation(2, 2, result)]
    path = write_snapshot(tmp_path / "annotations", "20261201T000000Z", [task(1, doc, coded)])
    cache = tmp_path / "cache"
    first = compile_dataset([doc], [path], codebook, tmp_path, cache=cache)
    second = compile_dataset([doc], [path], codebook, tmp_path, cache=cache)
    assert second.cache_stats == {"hits": 0, "misses": 1}
    assert second.agreement == first.agreement
    assert first.agreement["double_coded_documents"] == 1


# ------------------------------------------------------------- the raw-bytes hit path


def test_tasks_are_known_by_their_raw_bytes(tmp_path: Path, codebook: Codebook) -> None:
    """A hit needs the task's exact text: the same JSON value written otherwise misses
    (and compiles to the same rows); a text that fails the hardened decoder is refused
    however warm the cache."""
    docs = documents()
    cache = tmp_path / "work" / "compile-cache"
    path = snapshot(tmp_path / "a", docs)
    first = compile_dataset(docs, [path], codebook, tmp_path / "a", cache=cache)
    (known,) = cache.glob("state-*/g-*/known-tasks.pickle")
    assert KnownTasks(known).digests() == set(task_digests(path))

    # Task 3 re-indented: the same value in other bytes.
    tasks = json.loads(path.read_text("utf-8"))
    body = json.dumps(tasks, ensure_ascii=False, indent=1)
    third = json.dumps(tasks[3], ensure_ascii=False, indent=1).replace("\n", "\n ")
    assert body.count(third) == 1
    spaced = tmp_path / "b" / "annotations" / path.name
    spaced.parent.mkdir(parents=True)
    spaced.write_text(body.replace(third, json.dumps(tasks[3], ensure_ascii=False)), "utf-8")
    again = compile_dataset(docs, [spaced], codebook, tmp_path / "b", cache=cache)
    assert again.cache_stats == {"hits": N - 1, "misses": 1}
    assert table_bytes(again, tmp_path / "x") == table_bytes(first, tmp_path / "y")

    # A key given twice in task 6: the hardened decoder still refuses it.
    marker = '"lead_time": 12.5'
    sixth = json.dumps(tasks[6], ensure_ascii=False, indent=1).replace("\n", "\n ")
    doubled = sixth.replace(marker, f"{marker}, {marker}", 1)
    bad = tmp_path / "c" / "annotations" / path.name
    bad.parent.mkdir(parents=True)
    bad.write_text(body.replace(sixth, doubled), "utf-8")
    warm = compile_dataset(docs, [bad], codebook, tmp_path / "c", cache=cache)
    cold = compile_dataset(docs, [bad], codebook, tmp_path / "c")
    codes = [i.code for i in warm.report.issues]
    assert "json.duplicate-key" in codes and not warm.report.valid
    assert [i.as_dict() for i in warm.report.issues] == [i.as_dict() for i in cold.report.issues]
    assert table_bytes(warm, tmp_path / "w") == table_bytes(cold, tmp_path / "z")


def test_issues_are_the_same_with_and_without_the_cache(tmp_path: Path, codebook: Codebook) -> None:
    """Issues found while compiling a task (a figure that is not a number, a place not in
    the gazetteer) are reported by a hit as by a full compile, naming the new snapshot."""
    docs = documents()
    tasks = [make_task(i, d) for i, d in enumerate(docs)]
    for item in tasks[2]["annotations"][0]["result"]:
        if item.get("value", {}).get("text") == ["12"]:
            item["value"]["text"] = ["douze"]
    for item in tasks[7]["annotations"][0]["result"]:
        if item.get("value", {}).get("text") == ["geonames:10343856"]:
            item["value"]["text"] = ["geonames:1"]
    cache = tmp_path / "work" / "compile-cache"
    root = tmp_path / "p"
    old = write_snapshot(root / "annotations", "20261201T000000Z", tasks)
    compile_dataset(docs, [old], codebook, root, cache=cache)
    tasks[0]["annotations"][0]["lead_time"] = 99.0  # one other change
    new = write_snapshot(root / "annotations", "20261202T000000Z", tasks)
    warm = compile_dataset(docs, [old, new], codebook, root, cache=cache)
    assert warm.cache_stats == {"hits": N - 1, "misses": 1}
    cold = compile_dataset(docs, [old, new], codebook, root)
    found = [i.as_dict() for i in warm.report.issues]
    assert found == [i.as_dict() for i in cold.report.issues]
    codes = {i["code"] for i in found}
    assert {"value.bad-count", "compile.unknown-place"} <= codes, codes
    named = {i["location"]["file"] for i in found if i["code"] == "compile.unknown-place"}
    assert named == {new.relative_to(root).as_posix()}
    assert table_bytes(warm, tmp_path / "w") == table_bytes(cold, tmp_path / "c")


# ------------------------------------------------------------- what crosses tasks


def test_pseudonyms_renumbered_by_another_task(tmp_path: Path, codebook: Codebook) -> None:
    """Pseudonyms follow each user's first annotation over all tasks: a change in task 0
    renames the annotator of cached tasks too."""
    docs = documents()
    tasks = [make_task(i, d) for i, d in enumerate(docs)]
    cache = tmp_path / "work" / "compile-cache"
    path = write_snapshot(tmp_path / "a" / "annotations", "20261201T000000Z", tasks)
    before = compile_dataset(docs, [path], codebook, tmp_path / "a", cache=cache)
    # User 1's first annotation (task 0) now made after user 2's.
    tasks[0]["annotations"][0]["created_at"] = "2026-11-29T09:00:00Z"
    changed = write_snapshot(tmp_path / "b" / "annotations", "20261201T000000Z", tasks)
    warm = compile_dataset(docs, [changed], codebook, tmp_path / "b", cache=cache)
    assert warm.cache_stats == {"hits": N - 1, "misses": 1}
    cold = compile_dataset(docs, [changed], codebook, tmp_path / "b")
    assert table_bytes(warm, tmp_path / "w") == table_bytes(cold, tmp_path / "c")

    def annotator(result: CompiledDataset, doc_id: str) -> str:
        rows = result.tables["annotations"].to_pylist()
        return next(r["annotator"] for r in rows if r["doc_id"] == doc_id)

    assert annotator(before, "doc-004") == "annotator-01"  # user 1, a cached task
    assert annotator(warm, "doc-004") == "annotator-02"
    assert warm.tables["documents"].to_pylist()[4]["record_by"] == "annotator-02"


def test_which_task_wins_a_document(tmp_path: Path, codebook: Codebook) -> None:
    """A second task for a document loses to the lower task id; when the first goes, the
    second (cached while it lost) becomes the document's, as in a full compile."""
    docs = documents()
    tasks = [make_task(i, d) for i, d in enumerate(docs)]
    extra = make_task(2, docs[2], count=77)
    extra["id"] = 50
    for a in extra["annotations"]:
        a["id"], a["task"] = 50, 50
    cache = tmp_path / "work" / "compile-cache"
    results = []
    for step, listed in enumerate((tasks, [*tasks, extra], [t for t in tasks if t["id"] != 3])):
        if step == 2:
            listed = [*listed, extra]
        root = tmp_path / str(step)
        path = write_snapshot(root / "annotations", "20261201T000000Z", listed)
        warm = compile_dataset(docs, [path], codebook, root, cache=cache)
        cold = compile_dataset(docs, [path], codebook, root)
        assert table_bytes(warm, root / "w") == table_bytes(cold, root / "c")
        assert [i.as_dict() for i in warm.report.issues] == [
            i.as_dict() for i in cold.report.issues
        ]
        results.append(warm)
    assert results[1].cache_stats == {"hits": N, "misses": 1}
    # Task 50 lost, so its rows were not kept: compiled again.
    assert results[2].cache_stats == {"hits": N - 1, "misses": 1}
    killed = [
        {r["doc_id"]: r["killed_best"] for r in w.tables["events"].to_pylist()} for w in results
    ]
    assert killed[1]["doc-002"] == 12 and killed[2]["doc-002"] == 77
    assert "compile.document-in-several-tasks" in {i.code for i in results[1].report.issues}


def test_a_document_in_two_sources_is_compiled_again(tmp_path: Path, codebook: Codebook) -> None:
    """Which source's record a document takes depends on every source: a document that a
    second project starts to hold is not served from the cache."""
    docs = documents()
    cache = tmp_path / "work" / "compile-cache"
    root = tmp_path / "p"
    first = snapshot(root, docs)
    compile_dataset(docs, [first], codebook, root, cache=cache)
    other = make_task(4, docs[4], count=44)
    second = write_snapshot(root / "annotations", "20261202T000000Z", [other], project="other")
    warm = compile_dataset(docs, [first, second], codebook, root, cache=cache)
    cold = compile_dataset(docs, [first, second], codebook, root)
    assert warm.cache_stats == {"hits": N - 1, "misses": 0}  # doc-004 is not looked up
    assert table_bytes(warm, tmp_path / "w") == table_bytes(cold, tmp_path / "c")
    assert warm.held_back == cold.held_back
    assert [i.as_dict() for i in warm.report.issues] == [i.as_dict() for i in cold.report.issues]
    assert "doc-004" in {h["doc_id"] for h in warm.held_back}  # two records disagree


def test_a_correction_from_another_source_with_a_warm_cache(
    tmp_path: Path, codebook: Codebook
) -> None:
    """Tasks read as stubs (known texts, not decoded) still carry the correction
    statement that makes a gold task of another source replace a task: the warm builds
    take the gold record, as a build without cache does."""
    docs = documents()
    root = tmp_path / "p"
    first = snapshot(root, docs)
    gold = make_task(5, docs[5], count=55)
    gold["id"] = 1
    gold["annotations"][0]["ground_truth"] = True
    gold["meta"] = {
        "sahel_events_correction": {
            "supersedes": [{"source": "unrecorded:sahel-events", "task_id": 6}],
            "reason": "the figure was corrected",
        }
    }
    second = write_snapshot(root / "annotations", "20261202T000000Z", [gold], project="gold")
    cache = tmp_path / "work" / "compile-cache"
    cold = compile_dataset(docs, [first, second], codebook, root)
    for expected in ({"hits": 0, "misses": N}, {"hits": N, "misses": 0}):
        warm = compile_dataset(docs, [first, second], codebook, root, cache=cache)
        assert warm.cache_stats == expected
        assert table_bytes(warm, tmp_path / "w") == table_bytes(cold, tmp_path / "c")
        killed = {r["doc_id"]: r["killed_best"] for r in warm.tables["events"].to_pylist()}
        assert killed["doc-005"] == 55


# ------------------------------------------------------------- the corpus index


def test_a_kept_corpus_index_spares_reading_documents(tmp_path: Path, codebook: Codebook) -> None:
    """With the corpus read through its index, a cached task's document is known by the
    digest of its line: an unchanged corpus is not read again, the bytes are the same."""
    docs = documents()
    corpus = tmp_path / "work" / "documents.jsonl"
    write_documents(docs, corpus)
    cache = tmp_path / "work" / "compile-cache"
    path = snapshot(tmp_path, docs)
    full = compile_dataset(docs, [path], codebook, tmp_path)

    first = CorpusIndex(corpus, cache)
    assert not first.reused and sorted(first) == [d.doc_id for d in docs]
    assert first["doc-003"] == docs[3]
    cold = compile_dataset(first, [path], codebook, tmp_path, cache=cache)
    assert cold.cache_stats == {"hits": 0, "misses": N}
    assert table_bytes(cold, tmp_path / "cold") == table_bytes(full, tmp_path / "full")

    kept = ReadCountingIndex(corpus, cache)
    assert kept.reused  # the index file of the first run, verified
    warm = compile_dataset(kept, [path], codebook, tmp_path, cache=cache)
    assert warm.cache_stats == {"hits": N, "misses": 0}
    assert kept.reads == 0  # no document read: every key took the line's digest
    assert table_bytes(warm, tmp_path / "warm") == table_bytes(full, tmp_path / "full")


class ReadCountingIndex(CorpusIndex):
    """A corpus index that counts the documents read."""

    def __init__(self, path: Path, cache: Path) -> None:
        super().__init__(path, cache)
        self.reads = 0

    def __getitem__(self, doc_id: str) -> Document:
        self.reads += 1
        return super().__getitem__(doc_id)


def _with_date(doc: Document, date: str) -> Document:
    return Document.from_dict({**doc.as_dict(), "dateline_date": date})


def test_a_document_changed_in_place_is_still_detected(tmp_path: Path, codebook: Codebook) -> None:
    """A document edited in the corpus file, even to the same size, misses: the index
    is rebuilt (the file's time changed) and the document's new line has another digest;
    the tables are those of a full compile of the changed corpus."""
    docs = documents()
    corpus = tmp_path / "work" / "documents.jsonl"
    write_documents(docs, corpus)
    cache = tmp_path / "work" / "compile-cache"
    path = snapshot(tmp_path, docs)
    before = compile_dataset(CorpusIndex(corpus, cache), [path], codebook, tmp_path, cache=cache)

    # The same number of bytes: only the dateline date of doc-005 differs.
    text = corpus.read_bytes()
    line = document_line(docs[5]).encode()
    changed = [*docs[:5], _with_date(docs[5], "2025-03-04"), *docs[6:]]
    new_line = document_line(changed[5]).encode()
    assert len(new_line) == len(line) and text.count(line) == 1
    corpus.write_bytes(text.replace(line, new_line))
    index = CorpusIndex(corpus, cache)
    assert not index.reused
    after = compile_dataset(index, [path], codebook, tmp_path, cache=cache)
    assert after.cache_stats == {"hits": N - 1, "misses": 1}
    full = compile_dataset(changed, [path], codebook, tmp_path)
    assert table_bytes(after, tmp_path / "a") == table_bytes(full, tmp_path / "f")
    assert table_bytes(after, tmp_path / "a") != table_bytes(before, tmp_path / "b")

    # A damaged index file is not trusted: rebuilt, the same tables.
    (kept,) = cache.glob("corpus-index-*")
    kept.write_bytes(kept.read_bytes()[:-10] + b"0123456789")
    again = CorpusIndex(corpus, cache)
    assert not again.reused and again.digest("doc-005") == index.digest("doc-005")
    repeat = compile_dataset(again, [path], codebook, tmp_path, cache=cache)
    assert repeat.cache_stats == {"hits": N, "misses": 0}
    assert table_bytes(repeat, tmp_path / "r") == table_bytes(full, tmp_path / "f")


def test_a_changed_codebook_misses_through_the_index(tmp_path: Path, codebook: Codebook) -> None:
    """The line digest stands for the document only: the codebook stays in the key."""
    docs = documents()
    corpus = tmp_path / "work" / "documents.jsonl"
    write_documents(docs, corpus)
    cache = tmp_path / "work" / "compile-cache"
    path = snapshot(tmp_path, docs)
    compile_dataset(CorpusIndex(corpus, cache), [path], codebook, tmp_path, cache=cache)
    text = (REPO / "schema" / "codebook.yaml").read_text(encoding="utf-8")
    old = "    required: true\n    default: certain\n"
    edited = tmp_path / "codebook.yaml"
    edited.write_text(text.replace(old, "    required: true\n    default: probable\n"), "utf-8")
    other = load_codebook(edited)
    after = compile_dataset(CorpusIndex(corpus, cache), [path], other, tmp_path, cache=cache)
    assert after.cache_stats == {"hits": 0, "misses": N}
    full = compile_dataset(docs, [path], other, tmp_path)
    assert table_bytes(after, tmp_path / "a") == table_bytes(full, tmp_path / "f")


def test_a_corpus_line_without_doc_id_is_named(tmp_path: Path) -> None:
    corpus = tmp_path / "documents.jsonl"
    write_documents(documents()[:2], corpus)
    with corpus.open("a", encoding="utf-8") as out:
        out.write('{"text": "no id"}\n')
    with pytest.raises(UsageError, match=r"documents\.jsonl, line 3: not a document"):
        CorpusIndex(corpus)


def test_rows_set_anew_are_checked_unless_equal_to_the_last_checked(
    tmp_path: Path, codebook: Codebook
) -> None:
    """Rows whose values are set anew each build (pseudonyms, ...) are checked again
    unless they are exactly the rows the last clean build checked: a pseudonym that
    turned into an e-mail in an unchanged task's row is caught."""
    docs = documents()
    tables = compile_dataset(docs, [snapshot(tmp_path, docs)], codebook, tmp_path).tables
    keys = {d.doc_id: f"key-{d.doc_id}" for d in docs}
    checked = {name: with_keys(tables[name], keys) for name in (*COMPARED, "events_flat")}
    prior_documents = with_keys(tables["documents"], keys)
    actors = tables["actors"]
    assert clean_if_checked_anew(tables, codebook, keys, prior_documents, actors, checked)

    annotations = tables["annotations"]
    position = annotations.schema.get_field_index("annotator")
    values = annotations.column("annotator").to_pylist()
    values[3] = "someone@example.org"
    bad = annotations.set_column(
        position, annotations.schema.field(position), pa.array(values, pa.string())
    )
    broken = {**tables, "annotations": bad}
    assert not clean_if_checked_anew(broken, codebook, keys, prior_documents, actors, checked)
    # As the last build checked it: the same rows pass without being checked again.
    same = {**checked, "annotations": with_keys(bad, keys)}
    assert clean_if_checked_anew(broken, codebook, keys, prior_documents, actors, same)


def _set(table: pa.Table, column: str, row: int, value: Any) -> pa.Table:
    """``table`` with ``column`` of row ``row`` set to ``value``."""
    position = table.schema.get_field_index(column)
    values = table.column(column).to_pylist()
    values[row] = value
    field = table.schema.field(position)
    return table.set_column(position, field, pa.array(values, field.type))


def test_checks_over_new_rows_catch_what_the_full_checks_catch(
    tmp_path: Path, codebook: Codebook
) -> None:
    """Each part of the checks over new rows, against a fault in a new row: a row of a
    table without doc_id, an incident, a table whose schema changed with no new row."""
    docs = documents()
    tables = compile_dataset(docs, [snapshot(tmp_path, docs)], codebook, tmp_path).tables
    none = {name: table.slice(0, 0) for name, table in tables.items()}
    assert clean_over_new_rows(tables, none, codebook)

    # event_arguments (no doc_id): a new row with a role the codebook lacks.
    arguments = _set(tables["event_arguments"], "role", 2, "no-such-role")
    broken = {**tables, "event_arguments": arguments}
    assert not clean_over_new_rows(
        broken, {**none, "event_arguments": arguments.slice(2, 1)}, codebook
    )
    assert T.check_tables(broken, codebook).issues  # the full checks see it too

    # incidents: a new row whose n_events is wrong, and a new row whose flat row disagrees.
    incidents = _set(tables["incidents"], "n_events", 4, 2)
    broken = {**tables, "incidents": incidents}
    assert T.check_incidents(broken).issues
    assert not clean_over_new_rows(broken, {**none, "incidents": incidents.slice(4, 1)}, codebook)
    flat = _set(tables["events_flat"], "n_reports", 4, 7)
    event = flat.column("event_id")[4].as_py()
    incidents = tables["incidents"]
    row = incidents.column("event_id").to_pylist().index(event)
    broken = {**tables, "events_flat": flat}
    assert T.check_incidents(broken).issues
    new = {**none, "incidents": incidents.slice(row, 1)}
    assert not clean_over_new_rows(broken, new, codebook)

    # A new mention repeating the id of a mention that is not new (rows kept sorted).
    mentions = tables["mentions"]
    repeated = _set(mentions, "mention_id", 4, mentions.column("mention_id")[3].as_py())
    broken = {**tables, "mentions": repeated}
    assert T.check_keys(broken).issues
    assert not clean_over_new_rows(broken, {**none, "mentions": repeated.slice(4, 1)}, codebook)
    assert clean_over_new_rows(tables, {**none, "mentions": mentions.slice(4, 1)}, codebook)

    # A table with no new row is not validated, unless its schema is not the codebook's.
    documents_table = tables["documents"]
    retyped = documents_table.cast(
        pa.schema(
            [
                f.with_type(pa.large_string()) if f.name == "doc_id" else f
                for f in documents_table.schema
            ]
        )
    )
    assert not clean_over_new_rows({**tables, "documents": retyped}, none, codebook)


def test_known_task_texts_are_saved_as_a_delta(tmp_path: Path, codebook: Codebook) -> None:
    """One changed task adds one entry beside the linked set, not a new copy of it; the
    set read back is the whole set, and a damaged delta is a damaged set."""
    docs = documents()
    cache = tmp_path / "work" / "compile-cache"
    compile_dataset(docs, [snapshot(tmp_path / "a", docs)], codebook, tmp_path / "a", cache=cache)
    (first,) = cache.glob("state-*/g-*/known-tasks.pickle")
    inode = first.stat().st_ino
    assert not list(cache.glob("state-*/g-*/known-tasks.pickle.delta"))

    changed = snapshot(tmp_path / "b", docs, changed=7)
    compile_dataset(docs, [changed], codebook, tmp_path / "b", cache=cache)
    (known,) = cache.glob("state-*/g-*/known-tasks.pickle")
    assert known.stat().st_ino == inode  # linked, not written again
    delta = known.with_name("known-tasks.pickle.delta")
    assert len(pickle.loads(delta.read_bytes())) == 1
    assert set(task_digests(changed)) <= KnownTasks(known).digests()
    assert len(KnownTasks(known)) == N + 1

    full = compile_dataset(docs, [changed], codebook, tmp_path / "b")
    again = compile_dataset(docs, [changed], codebook, tmp_path / "b", cache=cache)
    assert again.cache_stats == {"hits": N, "misses": 0}
    assert table_bytes(again, tmp_path / "g") == table_bytes(full, tmp_path / "f")

    (delta,) = cache.glob("state-*/g-*/known-tasks.pickle.delta")
    delta.write_bytes(b"\x80\x05damaged")
    damaged = compile_dataset(docs, [changed], codebook, tmp_path / "b", cache=cache)
    assert "compile.cache-unreadable" in {i.code for i in damaged.report.issues}
    assert table_bytes(damaged, tmp_path / "d") == table_bytes(full, tmp_path / "f")


def test_new_rows_equal_to_checked_rows_and_a_changed_one(
    tmp_path: Path, codebook: Codebook
) -> None:
    """A document whose task key changed has new rows; those equal, value for value, to
    the rows the last clean build checked for its old key are not validated again, and
    one that differs (a pseudonym turned into an e-mail) is."""
    docs = documents()
    tables = compile_dataset(docs, [snapshot(tmp_path, docs)], codebook, tmp_path).tables
    keys = {d.doc_id: f"key-{d.doc_id}" for d in docs}
    checked = {name: with_keys(tables[name], keys) for name in (*COMPARED, "events_flat")}
    prior_documents = with_keys(tables["documents"], keys)
    actors = tables["actors"]
    changed = {**keys, "doc-003": "key-doc-003-edited"}
    assert clean_if_checked_anew(tables, codebook, changed, prior_documents, actors, checked)

    annotations = tables["annotations"]
    row = annotations.column("doc_id").to_pylist().index("doc-003")
    bad = _set(annotations, "annotator", row, "someone@example.org")
    broken = {**tables, "annotations": bad}
    assert T.check_tables(broken, codebook).issues
    assert not clean_if_checked_anew(broken, codebook, changed, prior_documents, actors, checked)


def test_tasks_read_again_from_a_renamed_snapshot_are_hits(
    tmp_path: Path, codebook: Codebook
) -> None:
    """The same tasks in a snapshot of another name (each pull writes one) are served
    from the cache, their rows naming the new snapshot: the tables of a compile
    without the cache, byte for byte."""
    docs = documents()
    cache = tmp_path / "work" / "compile-cache"
    first = snapshot(tmp_path / "a", docs)
    compile_dataset(docs, [first], codebook, tmp_path / "a", cache=cache)
    renamed = tmp_path / "b" / "annotations" / first.name.replace("20261201", "20261202")
    renamed.parent.mkdir(parents=True)
    shutil.copyfile(first, renamed)

    warm = compile_dataset(docs, [renamed], codebook, tmp_path / "b", cache=cache)
    assert warm.cache_stats == {"hits": N, "misses": 0}
    assert set(warm.tables["annotations"].column("snapshot").to_pylist()) == {
        f"annotations/{renamed.name}"
    }
    cold = compile_dataset(docs, [renamed], codebook, tmp_path / "b")
    assert table_bytes(warm, tmp_path / "w") == table_bytes(cold, tmp_path / "c")
    again = compile_dataset(docs, [renamed], codebook, tmp_path / "b", cache=cache)
    assert table_bytes(again, tmp_path / "g") == table_bytes(cold, tmp_path / "c")
