"""The ingest cache (``ingest_corpus(..., cache=DIR)``): a warm ingest gives what a cold one
gives, near-duplicates and the date-dependent warning included."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from sahel_events.ingest import cache as cache_module
from sahel_events.ingest import ingest_corpus
from sahel_events.ingest.cache import IngestCache

STORY = (
    "Gao, 3 mars 2025 - Au moins {n} soldats ont été tués lors d'une attaque contre le camp "
    "de Tessit, dimanche 2 mars, a annoncé l'état-major. Selon l'armée, trente assaillants "
    "ont été tués et trois civils blessés. {tail}"
)
OTHER = (
    "Niamey, 4 mars 2025 - Le gouvernement a reçu une délégation de la Cédéao pour parler "
    "des élections, a indiqué un communiqué lu à la télévision nationale mardi soir."
)
FUTURE = (
    "Mopti, 5 mars 2099 - Des pluies ont inondé plusieurs quartiers de la ville, selon la "
    "mairie, qui dit avoir ouvert trois écoles pour accueillir les familles sinistrées."
)


def _raw(root: Path) -> Path:
    raw = root / "raw"
    raw.mkdir(parents=True)
    for i in range(6):
        tail = "Le groupe a revendiqué l'attaque." if i % 2 else "Aucun groupe n'a revendiqué."
        (raw / f"gao-{i}.txt").write_text(STORY.format(n=10 + i, tail=tail), encoding="utf-8")
    (raw / "niamey.txt").write_text(OTHER, encoding="utf-8")
    (raw / "mopti.txt").write_text(FUTURE, encoding="utf-8")
    return raw


def test_warm_ingest_equals_cold_and_uncached(tmp_path: Path) -> None:
    raw = _raw(tmp_path)
    cache = tmp_path / "work" / "ingest-cache"
    plain = ingest_corpus(raw, tmp_path)
    cold = ingest_corpus(raw, tmp_path, cache=cache)
    warm = ingest_corpus(raw, tmp_path, cache=cache)
    assert cold.cache_stats == {"hits": 0, "misses": 8}
    assert warm.cache_stats == {"hits": 8, "misses": 0}
    assert list(warm.documents) == list(cold.documents) == list(plain.documents)
    # The near-duplicate pairs come from the cached signatures: the same pairs.
    assert warm.near_duplicates == cold.near_duplicates == plain.near_duplicates
    assert len(plain.near_duplicates) == 5  # six copies of one story: five pairs
    assert warm.report.as_dict() == plain.report.as_dict()
    # The dateline after today is warned about by the warm run too (made anew each run).
    assert [i.location.doc_id for i in warm.report if i.code == "ingest.future-dateline"] == [
        "mopti"
    ]


def test_an_edited_file_misses_and_the_others_hit(tmp_path: Path) -> None:
    raw = _raw(tmp_path)
    cache = tmp_path / "cache"
    ingest_corpus(raw, tmp_path, cache=cache)
    (raw / "niamey.txt").write_text(OTHER.replace("mardi", "lundi"), encoding="utf-8")
    warm = ingest_corpus(raw, tmp_path, cache=cache)
    assert warm.cache_stats == {"hits": 7, "misses": 1}
    (doc,) = [d for d in warm.documents if d.doc_id == "niamey"]
    assert "lundi soir" in doc.text
    assert list(warm.documents) == list(ingest_corpus(raw, tmp_path).documents)


def test_a_renamed_file_is_not_served_under_its_old_name(tmp_path: Path) -> None:
    raw = _raw(tmp_path)
    cache = tmp_path / "cache"
    ingest_corpus(raw, tmp_path, cache=cache)
    (raw / "niamey.txt").rename(raw / "niamey-2.txt")
    warm = ingest_corpus(raw, tmp_path, cache=cache)
    assert warm.cache_stats == {"hits": 7, "misses": 1}
    (doc,) = [d for d in warm.documents if d.text == OTHER]
    assert (doc.doc_id, doc.source_file) == ("niamey-2", "raw/niamey-2.txt")


def _entry_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("*/*.pickle"))


def test_a_warm_run_is_served_by_the_packed_index_alone(tmp_path: Path) -> None:
    raw = _raw(tmp_path)
    cache = tmp_path / "cache"
    cold = ingest_corpus(raw, tmp_path, cache=cache)
    packed = cache / "packed.pickle"
    written = packed.stat().st_mtime_ns
    # Without the per-file entries, every article is still a hit: one file served them.
    for entry in _entry_files(cache):
        entry.unlink()
    warm = ingest_corpus(raw, tmp_path, cache=cache)
    assert warm.cache_stats == {"hits": 8, "misses": 0}
    assert list(warm.documents) == list(cold.documents)
    assert warm.report.as_dict() == cold.report.as_dict()
    assert packed.stat().st_mtime_ns == written  # the same corpus: not rewritten


def test_a_damaged_or_partial_packed_index_is_never_trusted_and_is_rebuilt(
    tmp_path: Path,
) -> None:
    raw = _raw(tmp_path)
    cache = tmp_path / "cache"
    plain = ingest_corpus(raw, tmp_path)
    ingest_corpus(raw, tmp_path, cache=cache)
    packed = cache / "packed.pickle"
    whole = packed.read_bytes()
    for damage in (whole[: len(whole) // 2], b"not a pickle", b""):
        packed.write_bytes(damage)
        warm = ingest_corpus(raw, tmp_path, cache=cache)  # the per-file entries serve
        assert warm.cache_stats == {"hits": 8, "misses": 0}
        assert list(warm.documents) == list(plain.documents)
        assert warm.report.as_dict() == plain.report.as_dict()
        assert packed.read_bytes() != damage  # written again, whole
    # Rebuilt whole: it alone serves the next run.
    for entry in _entry_files(cache):
        entry.unlink()
    assert ingest_corpus(raw, tmp_path, cache=cache).cache_stats == {"hits": 8, "misses": 0}


def test_an_edited_file_is_not_served_from_the_packed_index(tmp_path: Path) -> None:
    raw = _raw(tmp_path)
    cache = tmp_path / "cache"
    ingest_corpus(raw, tmp_path, cache=cache)
    (raw / "niamey.txt").write_text(OTHER.replace("mardi", "lundi"), encoding="utf-8")
    warm = ingest_corpus(raw, tmp_path, cache=cache)
    assert warm.cache_stats == {"hits": 7, "misses": 1}
    assert list(warm.documents) == list(ingest_corpus(raw, tmp_path).documents)
    # The packed index now holds this corpus only: the edited file's old entry is gone.
    for entry in _entry_files(cache):
        entry.unlink()
    again = ingest_corpus(raw, tmp_path, cache=cache)
    assert again.cache_stats == {"hits": 8, "misses": 0}
    (doc,) = [d for d in again.documents if d.doc_id == "niamey"]
    assert "lundi soir" in doc.text


OPEN_SIDECAR = {"license": "CC-BY-4.0", "url": "https://example.org/1"}


class _Counting(IngestCache):
    """The ingest cache, counting the files whose bytes it hashes into a key."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory)
        self.hashed: list[str] = []

    def key(self, source_file: str, raw: bytes, sidecar: bytes | None) -> str:
        self.hashed.append(source_file)
        return super().key(source_file, raw, sidecar)


@pytest.fixture
def settled_now(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files are settled as soon as written (the tests' files are seconds old at most)."""
    monkeypatch.setattr(cache_module, "SETTLED", 0.0)


@pytest.mark.usefixtures("settled_now")
def test_a_settled_file_is_not_read_again_while_its_identity_is_the_same(
    tmp_path: Path,
) -> None:
    raw = _raw(tmp_path)
    for name in ("niamey", "gao-1"):
        (raw / f"{name}.meta.json").write_text(json.dumps(OPEN_SIDECAR), encoding="utf-8")
    cache = tmp_path / "cache"
    plain = ingest_corpus(raw, tmp_path)
    first = _Counting(cache)
    ingest_corpus(raw, tmp_path, cache=first)
    assert len(first.hashed) == 8
    warm = _Counting(cache)
    result = ingest_corpus(raw, tmp_path, cache=warm)
    assert warm.hashed == []  # every key taken by the file's identity
    assert result.cache_stats == {"hits": 8, "misses": 0}
    assert list(result.documents) == list(plain.documents)
    assert result.report.as_dict() == plain.report.as_dict()

    # Edited in place to the same size, its sidecar too: both read again.
    time.sleep(0.05)  # past the file system's timestamp granularity
    (raw / "niamey.txt").write_text(OTHER.replace("mardi", "lundi"), encoding="utf-8")
    sidecar = json.dumps({**OPEN_SIDECAR, "url": "https://example.org/2"})  # same size
    (raw / "gao-1.meta.json").write_text(sidecar, encoding="utf-8")
    edited = _Counting(cache)
    result = ingest_corpus(raw, tmp_path, cache=edited)
    assert sorted(edited.hashed) == ["raw/gao-1.txt", "raw/niamey.txt"]
    assert list(result.documents) == list(ingest_corpus(raw, tmp_path).documents)
    (doc,) = [d for d in result.documents if d.doc_id == "niamey"]
    assert "lundi soir" in doc.text


def test_a_file_changed_just_before_the_run_is_read_every_time(tmp_path: Path) -> None:
    raw = _raw(tmp_path)  # written now: within SETTLED seconds of the runs
    cache = tmp_path / "cache"
    for _ in range(2):
        run = _Counting(cache)
        ingest_corpus(raw, tmp_path, cache=run)
        assert len(run.hashed) == 8


@pytest.mark.usefixtures("settled_now")
def test_a_damaged_identities_file_is_not_trusted_and_is_rebuilt(tmp_path: Path) -> None:
    raw = _raw(tmp_path)
    cache = tmp_path / "cache"
    plain = ingest_corpus(raw, tmp_path)
    ingest_corpus(raw, tmp_path, cache=cache)
    identities = cache / "identities.pickle"
    whole = identities.read_bytes()
    # Cut short; one byte of a key changed (the hash at its head no longer matches).
    at = whole.index(b"\n") + len(whole) // 2
    flipped = whole[:at] + bytes([whole[at] ^ 1]) + whole[at + 1 :]
    for damage in (whole[: len(whole) // 2], flipped, b""):
        identities.write_bytes(damage)
        run = _Counting(cache)
        result = ingest_corpus(raw, tmp_path, cache=run)
        assert len(run.hashed) == 8  # every file read and hashed again
        assert list(result.documents) == list(plain.documents)
        assert identities.read_bytes() == whole  # written again, whole


@pytest.mark.usefixtures("settled_now")
def test_a_sidecar_added_or_removed_after_a_warm_run_is_seen(tmp_path: Path) -> None:
    # Whether an article has a sidecar is read from its directory's listing (no refused
    # stat per article): one that appears or goes is still seen at once.
    raw = _raw(tmp_path)
    cache = tmp_path / "cache"
    for _ in range(2):
        ingest_corpus(raw, tmp_path, cache=cache)
    (raw / "niamey.meta.json").write_text(json.dumps(OPEN_SIDECAR), encoding="utf-8")
    added = _Counting(cache)
    result = ingest_corpus(raw, tmp_path, cache=added)
    assert added.hashed == ["raw/niamey.txt"]
    (doc,) = [d for d in result.documents if d.doc_id == "niamey"]
    assert doc.license == "CC-BY-4.0"
    assert list(result.documents) == list(ingest_corpus(raw, tmp_path).documents)
    (raw / "niamey.meta.json").unlink()
    removed = _Counting(cache)
    result = ingest_corpus(raw, tmp_path, cache=removed)
    assert removed.hashed == ["raw/niamey.txt"]
    (doc,) = [d for d in result.documents if d.doc_id == "niamey"]
    assert doc.license is None


@pytest.mark.usefixtures("settled_now")
def test_a_warm_run_asks_the_file_system_nothing_per_article_but_its_identity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Failed before the walk read raw/ from the directories' listings: four stat calls
    # per article (is it a file, a link, its identity, its sidecar's).
    def stats_of_warm_run(articles: int) -> int:
        root = tmp_path / str(articles)
        raw = root / "raw"
        raw.mkdir(parents=True)
        for i in range(articles):
            (raw / f"n-{i}.txt").write_text(OTHER.replace("mardi", f"mardi {i}"), "utf-8")
        for _ in range(2):
            ingest_corpus(raw, root, cache=root / "cache")
        calls: list[object] = []
        stat, lstat = os.stat, os.lstat

        def counted_stat(*args: Any, **kwargs: Any) -> os.stat_result:
            calls.append(args[0])
            return stat(*args, **kwargs)

        def counted_lstat(*args: Any, **kwargs: Any) -> os.stat_result:
            calls.append(args[0])
            return lstat(*args, **kwargs)

        with monkeypatch.context() as patch:
            patch.setattr(os, "stat", counted_stat)
            patch.setattr(os, "lstat", counted_lstat)
            warm = ingest_corpus(raw, root, cache=root / "cache")
        assert warm.cache_stats == {"hits": articles, "misses": 0}
        return len(calls)

    assert stats_of_warm_run(12) == stats_of_warm_run(3)
