"""Pruning the build's caches: after a campaign of edits, ``work/`` holds what the latest
build uses, no more, and the next warm build still writes what a cold one writes.

The project is the incremental build tests' (two articles with sidecars, one snapshot
coding both) plus an article no task codes, which the campaign removes.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import time
from pathlib import Path

import pytest

from sahel_events.annotation.rawtasks import MERGE_SHARE, KnownTasks, task_digest
from sahel_events.compile_cache import COMPLETE, META_FILE, RowCache
from sahel_events.paths import Project
from sahel_events.release.build import build_dataset
from sahel_events.workcache import CACHES, CacheUse, cache_info, prune
from tests.clirunner import run_cli
from tests.test_build_incremental import _build, _project
from tests.test_release_support import ARTICLE, OPEN_LICENCE, SECOND_NAME, add_snapshot

EXTRA = "raw/tombouctou-note.txt"


def _with_extra(root: Path) -> Project:
    project = _project(root)
    # Another article, coded by no task: its place in the caches goes when it goes.
    text = ARTICLE.replace("Ménaka", "Tombouctou").replace("Menaka", "Tombouctou")
    (project.root / EXTRA).write_text(text, encoding="utf-8")
    return project


def _files(directory: Path) -> dict[str, int]:
    """Every file under ``directory`` by relative path, with its size."""
    return {
        str(p.relative_to(directory)): p.stat().st_size
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def _contents(work: Path) -> dict[str, object]:
    """What each cache holds, by what identifies it (not by file names or times)."""
    ingest = sorted(p.stem for p in (work / "ingest-cache").glob("*/*.pickle"))
    validate = {}
    for state in (work / "validate-cache").glob("tasks-*.pickle"):
        with state.open("rb") as handle:
            validate[state.name] = sorted(pickle.load(handle)[1])
        known = state.with_name(state.name.replace("tasks-", "known-"))
        validate[known.name] = sorted(KnownTasks(known).digests())
    compiled = {}
    for state in (work / "compile-cache").glob("state-*"):
        generations = sorted(state.glob("g-*"))
        assert len(generations) == 1  # only the newest generation outlives a build
        with (generations[0] / META_FILE).open("rb") as handle:
            compiled[state.name] = sorted(pickle.load(handle)[0])
        known = KnownTasks(generations[0] / "known-tasks.pickle")
        compiled[state.name + "/known"] = sorted(known.digests())
    hashes = sorted(p.name for p in (work / "content-hash-cache").iterdir())
    return {"ingest": ingest, "validate": validate, "compile": compiled, "hashes": hashes}


def test_a_campaign_of_edits_leaves_only_what_the_latest_build_uses(tmp_path: Path) -> None:
    project = _with_extra(tmp_path / "proj")
    _build(project)
    first = _contents(project.work)
    assert len(first["ingest"]) == 3  # type: ignore[arg-type]
    # One annotation changed twice, each a new snapshot.
    add_snapshot(project, "20250902T120000Z", killed="20", with_protest=True)
    _build(project)
    add_snapshot(project, "20250903T120000Z", killed="25", with_protest=True)
    _build(project)
    # A raw file removed, a sidecar changed, the first snapshot removed.
    (project.root / EXTRA).unlink()
    sidecar = project.raw / SECOND_NAME.replace(".txt", ".meta.json")
    sidecar.write_text(json.dumps({**OPEN_LICENCE, "url": "https://example.org/x"}), "utf-8")
    for first_snapshot in project.annotations.glob("*-20250901T120000Z-*.json"):
        first_snapshot.unlink()
    _, warm, lines = _build(project)
    assert any(line.startswith("cache: removed what this build did not use") for line in lines)
    after = _contents(project.work)

    # Exactly what a cold build of the same inputs keeps: nothing of the old inputs.
    cold_work = tmp_path / "cold-work"
    shutil.move(project.work, cold_work)
    _, cold, _ = _build(project)
    assert cold == warm
    cold_contents = _contents(project.work)
    # The known task texts are pruned by the quarter (not rewritten for each edit): of
    # the four texts met, the deleted snapshot's one may stay, nothing more.
    for kind, state in (("validate", "known-"), ("compile", "/known")):
        known = [k for k in after[kind] if state in k]  # type: ignore[attr-defined]
        assert len(known) == 1
        warm_set = set(after[kind].pop(known[0]))  # type: ignore[attr-defined]
        cold_set = set(cold_contents[kind].pop(known[0]))  # type: ignore[attr-defined]
        assert cold_set <= warm_set
        assert len(warm_set - cold_set) <= MERGE_SHARE * len(warm_set)
    assert cold_contents == after
    assert len(after["ingest"]) == 2  # type: ignore[arg-type]
    # Per table: its file's content hash and what the file is written from (tablereuse).
    tables = len(list((project.work / "dataset" / "data").glob("*.parquet")))
    assert len(after["hashes"]) == 2 * tables  # type: ignore[arg-type]
    # The next warm build (from the pruned caches) still writes what a cold one writes.
    shutil.rmtree(project.work)
    shutil.move(cold_work, project.work)
    _, again, lines = _build(project)
    assert again == cold
    assert any(line.startswith("compile: 2 task(s) from") for line in lines)


def _age(path: Path, seconds: float) -> None:
    """Set the modification time of ``path`` (and what is under it) ``seconds`` back."""
    then = time.time() - seconds
    for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
        os.utime(item, (then, then))


def _foreign(work: Path) -> list[Path]:
    """An entry of each cache that no build of this project uses (another code version,
    a file since edited), made an hour ago."""
    made = []
    for name, relative in (
        ("ingest-cache", "ab/" + "ab" * 32 + ".pickle"),
        ("validate-cache", "tasks-0123456789abcdef.pickle"),
        ("validate-cache", "known-0123456789abcdef.pickle"),
        ("compile-cache", "state-0123456789abcdef/g-1/" + COMPLETE),
        ("content-hash-cache", "cd" * 32 + ".txt"),
    ):
        path = work / name / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"old")
        made.append(work / name / relative.split("/")[0] if "/g-" in relative else path)
    for path in made:
        _age(path, 3600)
    return made


def test_entries_of_other_code_go_but_those_written_since_the_build_began_stay(
    tmp_path: Path,
) -> None:
    project = _with_extra(tmp_path / "proj")
    _build(project)
    old = _foreign(project.work)
    _build(project)
    assert [p for p in old if p.exists()] == []

    # A concurrent build's entries, written after this build started: kept.
    use = CacheUse()
    new = _foreign(project.work)
    for path in new:
        os.utime(path, None)  # written now, after ``use.started``
    use.ingest, use.validate, use.compile, use.hashes = {"x"}, {"x"}, {"x"}, {"x"}
    before = _files(project.work)
    removed = prune(project.work, use)
    assert [p for p in new if not p.exists()] == []
    # Everything else was the previous build's and is unused by this pretend one: gone.
    assert sum(h.entries for h in removed) > 0
    assert set(_files(project.work)) < set(before)


def test_a_temporary_file_left_by_a_killed_write_goes_once_old(tmp_path: Path) -> None:
    project = _with_extra(tmp_path / "proj")
    _build(project)
    recent = project.work / "ingest-cache" / ".entry-recent"
    stale = project.work / "ingest-cache" / ".entry-stale"
    recent.write_bytes(b"x")
    stale.write_bytes(b"x")
    _age(stale, 2 * 3600)
    # And a cache that ``cache clear`` moved aside and was killed deleting.
    cleared = project.work / ".pruned-1-ingest-cache"
    (cleared / "ab").mkdir(parents=True)
    (cleared / "ab" / "ab.pickle").write_bytes(b"x")
    _age(cleared, 2 * 3600)
    _build(project)
    assert recent.exists()  # a write in progress, as far as anyone can tell
    assert not stale.exists()
    assert not cleared.exists()


def test_cache_info_matches_the_files_on_disk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _with_extra(tmp_path / "proj")
    _build(project)
    _foreign(project.work)  # a second state in validate and compile
    held = {h.name: h for h in cache_info(project.work)}
    assert list(held) == list(CACHES)
    for name, holding in held.items():
        assert holding.bytes == sum(_files(project.work / name).values())
    ingest = project.work / "ingest-cache"
    # Three articles, the near-duplicate pairs, the packed index, and the foreign entry.
    assert held["ingest-cache"].entries == len(list(ingest.glob("*/*.pickle"))) + 2 == 6
    assert held["validate-cache"].entries == 2  # states, each a pair of files
    assert held["compile-cache"].entries == len(list((project.work / "compile-cache").iterdir()))
    # The foreign entry, and per table its content hash and what its file is written from.
    assert held["content-hash-cache"].entries == 1 + 2 * len(
        list((project.work / "dataset" / "data").glob("*.parquet"))
    )
    index = project.work / "snapshot-index"
    assert held["snapshot-index"].entries == len(list(index.glob("*.pickle")))

    result = run_cli(["cache", "info", "--project", str(project.root), "--json"], capsys)
    assert result.code == 0, result.err
    assert json.loads(result.out) == [h.as_dict() for h in held.values()]
    result = run_cli(["cache", "info", "--project", str(project.root)], capsys)
    assert "ingest-cache" in result.out and str(held["ingest-cache"].bytes) in result.out

    result = run_cli(["cache", "clear", "--project", str(project.root)], capsys)
    assert result.code == 0, result.err
    assert "ingest-cache 6" in result.out
    assert all(not (project.work / name).exists() for name in CACHES)
    assert (project.work / "dataset").is_dir()  # only the caches go
    assert [h.entries for h in cache_info(project.work)] == [0] * len(CACHES)


def test_a_state_removed_while_it_is_read_is_a_miss_not_a_damaged_cache(
    tmp_path: Path,
) -> None:
    project = _with_extra(tmp_path / "proj")
    result = build_dataset(project)
    from sahel_events.codebook import load_project_codebook

    cache = RowCache(project.work / "compile-cache", load_project_codebook(project.root))
    # Pruned (renamed out of the way) between opening the cache and reading its state.
    cache.state_dir.rename(cache.state_dir.with_name(".pruned-1-" + cache.state_dir.name))
    cache.load({})
    assert cache.unreadable is None
    assert result.report.valid


def test_known_task_texts_no_snapshot_holds_go_once_they_are_a_quarter(tmp_path: Path) -> None:
    texts = [json.dumps({"id": n, "data": {}, "annotations": []}).encode() for n in range(8)]
    first = KnownTasks()
    for raw in texts:
        first.add(task_digest(raw), raw, json.loads(raw))
    first.save(tmp_path / "all.pickle")
    digests = [task_digest(raw) for raw in texts]

    # Six of eight met again: two stale texts are a quarter, kept (no rewrite for them).
    kept = KnownTasks(tmp_path / "all.pickle")
    assert all(d in kept for d in digests[:6])
    kept.save(tmp_path / "kept.pickle")
    assert KnownTasks(tmp_path / "kept.pickle").digests() == set(digests)

    # Five of eight: three stale are more than a quarter, and go.
    pruned = KnownTasks(tmp_path / "all.pickle")
    assert all(d in pruned for d in digests[:5])
    pruned.save(tmp_path / "pruned.pickle", delta=True)
    assert KnownTasks(tmp_path / "pruned.pickle").digests() == set(digests[:5])


def test_builds_running_at_once_all_succeed_and_the_next_one_equals_a_cold_one(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys

    import sahel_events

    project = _with_extra(tmp_path / "proj")
    _build(project)
    # Edits that leave entries unused: each of the builds below may prune them while
    # the others read the caches.
    add_snapshot(project, "20250902T120000Z", killed="20", with_protest=True)
    (project.root / EXTRA).unlink()
    env = {**os.environ, "PYTHONPATH": str(Path(sahel_events.__file__).resolve().parents[1])}
    command = [sys.executable, "-m", "sahel_events", "build", "--project", str(project.root)]
    running = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    errors = [p.communicate(timeout=600)[1].decode() for p in running]
    outcomes = [(p.returncode, err) for p, err in zip(running, errors, strict=True)]
    assert [code for code, _ in outcomes] == [0, 0, 0], outcomes
    assert all("cache-unreadable" not in err for _, err in outcomes)
    _, warm, _ = _build(project)
    shutil.rmtree(project.work)
    assert _build(project)[1] == warm
