"""A corpus too big for memory: ingested documents wait on disk, with the same result.

``ingest_corpus(spill_after=0)`` takes the path that archives above
``SPILL_AFTER`` articles take, on a corpus small enough to compare with the in-memory
path: near-duplicates, a doc_id claimed twice, a rejected file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sahel_events.ingest import ingest_corpus, read_documents, write_documents
from sahel_events.ingest.spill import SpilledDocuments

from .conftest import REPO

SEED = REPO / "raw" / "000_acd4907f2525db7b.txt"


def _corpus(root: Path) -> Path:
    raw = root / "raw"
    (raw / "sub").mkdir(parents=True)
    text = SEED.read_text(encoding="utf-8")
    for i in range(4):  # one story four times, a word changed in each: near-duplicates
        (raw / f"copy-{i}.txt").write_text(text.replace("Mali", f"Mali{i}", 1), encoding="utf-8")
    for article in sorted((REPO / "corpus" / "dev").glob("*.txt"))[:6]:
        shutil.copy(article, raw)
    shutil.copy(raw / "copy-0.txt", raw / "sub" / "copy-0.txt")  # doc_id claimed twice
    (raw / "empty.txt").write_text("  \n", encoding="utf-8")  # rejected
    return raw


def test_a_spilled_corpus_gives_the_same_result_and_the_same_bytes(tmp_path: Path) -> None:
    raw = _corpus(tmp_path)
    in_memory = ingest_corpus(raw, tmp_path)
    spilled = ingest_corpus(raw, tmp_path, spill_after=0)
    assert isinstance(spilled.documents, SpilledDocuments)
    assert not isinstance(in_memory.documents, SpilledDocuments)
    # What was found is there: near-duplicates, a doc_id claimed twice, a rejected file.
    assert len(in_memory.near_duplicates) == 3
    codes = {i.code for i in in_memory.report}
    assert {"ingest.duplicate-doc-id", "ingest.empty", "ingest.near-duplicate-article"} <= codes
    assert spilled.as_dict() == in_memory.as_dict()
    assert spilled.to_text() == in_memory.to_text()
    assert list(spilled.documents) == list(in_memory.documents)
    assert spilled.documents[-1] == in_memory.documents[-1]
    write_documents(in_memory.documents, tmp_path / "memory.jsonl")
    write_documents(spilled.documents, tmp_path / "spilled.jsonl")
    write_documents(spilled.documents, tmp_path / "shards", shard_size=3)
    expected = (tmp_path / "memory.jsonl").read_bytes()
    assert (tmp_path / "spilled.jsonl").read_bytes() == expected
    assert read_documents(tmp_path / "shards") == list(in_memory.documents)
