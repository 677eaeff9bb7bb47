"""``sahel-events build`` with its caches under ``work/``: what a warm build reuses, what
invalidates it, and that its output is that of a cold build, byte for byte.

The project is the release tests' (two articles with sidecars, one snapshot coding
both); each test builds it cold (no ``work/``), changes one input, builds again warm and
compares with a cold build of the same inputs (``work/`` deleted first).
"""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest

from sahel_events.errors import InvalidDataError
from sahel_events.generate import write_generated
from sahel_events.paths import Project
from sahel_events.release import build_release
from sahel_events.release.build import (
    CONTENT_HASHES,
    UNRELEASED,
    DatasetResult,
    build_dataset,
    table_files,
)
from sahel_events.release.diff import diff_releases
from sahel_events.tables import TABLES
from tests.lsexport import write_snapshot
from tests.test_release_support import (
    OPEN_LICENCE,
    SECOND,
    SECOND_NAME,
    add_snapshot,
    make_project,
    tree_bytes,
)


def _project(root: Path) -> Project:
    """Two articles (with sidecars) and one snapshot coding both."""
    project = make_project(root)
    (project.raw / SECOND_NAME).write_text(SECOND, encoding="utf-8")
    sidecar = project.raw / SECOND_NAME.replace(".txt", ".meta.json")
    sidecar.write_text(json.dumps(OPEN_LICENCE), encoding="utf-8")
    add_snapshot(project, "20250901T120000Z", with_protest=True)
    return project


def _build(project: Project) -> tuple[DatasetResult, dict[str, bytes], list[str]]:
    """Build; the result, every file of ``work/dataset/`` and the progress lines."""
    lines: list[str] = []
    result = build_dataset(project, lines.append)
    return result, tree_bytes(project.work / "dataset"), lines


def _cold(project: Project) -> dict[str, bytes]:
    """The files of a build with ``work/`` deleted first (every cache gone)."""
    shutil.rmtree(project.work, ignore_errors=True)
    return _build(project)[1]


def _line(lines: list[str], stage: str) -> str:
    """The last progress line of a stage (``ingest:``, ``validate:``)."""
    return [line for line in lines if line.startswith(stage)][-1]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return _project(tmp_path / "proj")


def test_a_warm_build_reuses_every_stage_and_writes_the_same_bytes(project: Project) -> None:
    _, first, cold_lines = _build(project)
    assert "(0 from" in _line(cold_lines, "ingest:")  # nothing to reuse yet
    assert "(0 task(s) from" in _line(cold_lines, "validate:")
    assert (project.work / "ingest-cache").is_dir()
    assert (project.work / "validate-cache").is_dir()

    _, warm, lines = _build(project)
    assert "(2 from" in _line(lines, "ingest:")  # both articles from the ingest cache
    assert "(2 task(s) from" in _line(lines, "validate:")  # both tasks' findings reused
    assert any(line.startswith("compile: 2 task(s) from") for line in lines)
    assert warm == first
    # rm -rf work/ is safe: a cold build gives the very same files.
    assert _cold(project) == warm


def test_a_new_snapshot_is_built_like_a_cold_build(project: Project) -> None:
    _build(project)
    add_snapshot(project, "20250902T120000Z", killed="20", with_protest=True)
    result, warm, lines = _build(project)
    # The changed task was checked and compiled again, the other one reused.
    assert "(1 task(s) from" in _line(lines, "validate:")
    assert any(line.startswith("compile: 1 task(s) from") for line in lines)
    mentions = (project.work / "dataset" / "data" / "mentions.parquet").read_bytes()
    assert mentions != b""
    import pyarrow.parquet as pq

    counts = pq.read_table(project.work / "dataset" / "data" / "mentions.parquet")
    assert 20 in counts.column("casualty_low").to_pylist()
    assert 15 not in counts.column("casualty_low").to_pylist()
    assert result.report.valid
    assert _cold(project) == warm


def test_a_changed_sidecar_is_ingested_again(project: Project) -> None:
    _, before, _ = _build(project)
    sidecar = project.raw / SECOND_NAME.replace(".txt", ".meta.json")
    sidecar.write_text(
        json.dumps({**OPEN_LICENCE, "url": "https://example.org/gao"}), encoding="utf-8"
    )
    _, warm, lines = _build(project)
    assert "(1 from" in _line(lines, "ingest:")  # the other article from the cache
    import pyarrow.parquet as pq

    documents = pq.read_table(project.work / "dataset" / "data" / "documents.parquet")
    urls = dict(zip(documents["doc_id"].to_pylist(), documents["url"].to_pylist(), strict=True))
    assert urls["gao-manifestation"] == "https://example.org/gao"
    assert warm != before
    assert _cold(project) == warm


def test_a_changed_article_text_is_reported_not_served_from_the_caches(project: Project) -> None:
    _build(project)
    article = project.raw / SECOND_NAME
    article.write_text(SECOND.replace("Plusieurs centaines", "Des centaines"), encoding="utf-8")
    with pytest.raises(InvalidDataError) as warm:
        build_dataset(project)
    codes = [(i.code, i.location.doc_id) for i in warm.value.report.errors]
    # The task was validated against the old text before; against the new one it fails.
    assert ("text.changed", "gao-manifestation") in codes
    shutil.rmtree(project.work)
    with pytest.raises(InvalidDataError) as cold:
        build_dataset(project)
    assert [str(i) for i in cold.value.report] == [str(i) for i in warm.value.report]


def _require_temporal_status(project: Project) -> None:
    """Make the codebook require a temporal status on every ASSAULT (the attack's event
    has none), as a codebook change would, and regenerate schema/."""
    path = project.root / "schema" / "codebook.yaml"
    text = path.read_text(encoding="utf-8")
    old = "  attributes:\n    - attribute: casualty_side\n"
    assert old in text
    new = (
        "  attributes:\n    - attribute: temporal_status\n      labels: [ASSAULT]\n"
        "      definition: >-\n        Every attack says whether it happened.\n"
        "    - attribute: casualty_side\n"
    )
    path.write_text(text.replace(old, new), encoding="utf-8")
    write_generated(project)


def test_a_changed_codebook_checks_every_task_again(project: Project) -> None:
    _build(project)
    _require_temporal_status(project)
    with pytest.raises(InvalidDataError) as warm:
        build_dataset(project)
    found = [(i.code, i.location.doc_id) for i in warm.value.report.errors]
    assert ("codebook.required-by-codebook-missing", "menaka-attaque") in found


def test_an_invalid_snapshot_is_reported_again_by_a_warm_build(project: Project) -> None:
    add_snapshot(project, "20250902T120000Z", killed="beaucoup", with_protest=True)
    with pytest.raises(InvalidDataError) as cold:
        build_dataset(project)
    assert cold.value.report.errors
    lines: list[str] = []
    with pytest.raises(InvalidDataError) as warm:
        build_dataset(project, lines.append)
    # Both tasks' findings came from the cache, the error among them.
    assert "(2 task(s) from" in _line(lines, "validate:")
    assert [str(i) for i in warm.value.report] == [str(i) for i in cold.value.report]


def test_damaged_caches_are_noted_and_rebuilt(project: Project) -> None:
    _, first, _ = _build(project)
    for entry in (project.work / "ingest-cache").rglob("*.pickle"):
        entry.write_bytes(entry.read_bytes()[:20])  # cut short
    for state in (project.work / "validate-cache").glob("tasks-*.pickle"):
        state.write_bytes(pickle.dumps("not a state"))
    result, warm, lines = _build(project)
    assert warm == first
    codes = [i.code for i in result.report]
    assert codes.count("ingest.cache-entry-unreadable") == 2
    assert codes.count("validate.cache-unreadable") == 1
    assert "(0 task(s) from" in _line(lines, "validate:")
    # The entries were written anew: the next build reuses them without a note.
    result, again, lines = _build(project)
    assert again == first
    assert not {"ingest.cache-entry-unreadable", "validate.cache-unreadable"} & {
        i.code for i in result.report
    }
    assert "(2 from" in _line(lines, "ingest:")


def test_a_task_moved_to_a_renamed_snapshot_keeps_its_issues_located_there(
    project: Project,
) -> None:
    """Cached issues name the snapshot they are found in now, not the first one."""
    add_snapshot(project, "20250902T120000Z", killed="beaucoup", with_protest=True)
    with pytest.raises(InvalidDataError):
        build_dataset(project)
    newest = sorted(project.annotations.glob("*.json"))[-1]
    tasks = json.loads(newest.read_text(encoding="utf-8"))
    newest.unlink()
    renamed = write_snapshot(project.annotations, "20250903T120000Z", tasks)
    with pytest.raises(InvalidDataError) as warm:
        build_dataset(project)
    located = {i.location.file for i in warm.value.report.errors if i.location.task is not None}
    assert located == {f"annotations/{renamed.name}"}


def test_tables_the_latest_release_holds_unchanged_are_not_compared_row_by_row(
    project: Project,
) -> None:
    """A table whose content hash is the release's is reported unchanged without its
    rows being read; the diff is still the one a comparison of every row gives."""
    release = build_release(project, "1.0.0").path
    add_snapshot(project, "20250902T120000Z", killed="20", with_protest=True)
    recorded = json.loads((release / CONTENT_HASHES).read_text(encoding="utf-8"))
    result, warm, _ = _build(project)
    same = {name for name, value in result.content_hashes.items() if recorded[name] == value}
    assert "documents" in same  # the articles did not change
    assert "mentions" not in same  # 15 killed became 20
    keys = {t.name: list(t.primary_key) for t in TABLES}
    compared = diff_releases(
        table_files(release), table_files(project.work / "dataset"), keys, "1.0.0", UNRELEASED
    )
    assert json.loads(warm["diff.json"]) == json.loads(json.dumps(compared))
    assert compared["summary"]["documents"]["unchanged"] == 2
    # The release's documents file unreadable: nothing reads it, the diff is the same.
    (release / "data" / "documents.parquet").write_bytes(b"not Parquet")
    assert _build(project)[1]["diff.json"] == warm["diff.json"]


def _kept(lines: list[str]) -> set[str]:
    """The files a build took from the last dataset instead of writing them."""
    return {line.split()[1] for line in lines if line.startswith("kept ")}


def test_tables_that_did_not_change_are_kept_and_the_changed_ones_written(
    project: Project,
) -> None:
    _, first, cold_lines = _build(project)
    assert not _kept(cold_lines)  # nothing to keep yet
    _, same, lines = _build(project)  # nothing changed: every table kept, CSV copy too
    assert _kept(lines) == {f"data/{t.name}.parquet" for t in TABLES} | {"data/events_flat.csv"}
    assert same == first

    add_snapshot(project, "20250902T120000Z", killed="20", with_protest=True)
    _, warm, lines = _build(project)
    assert "data/documents.parquet" in _kept(lines)
    # 15 killed became 20: the mentions written anew, never the stale file kept.
    assert "data/mentions.parquet" not in _kept(lines)
    assert warm["data/mentions.parquet"] != first["data/mentions.parquet"]
    assert _cold(project) == warm


def test_a_dataset_file_edited_since_or_a_damaged_entry_is_written_again(
    project: Project,
) -> None:
    _, first, _ = _build(project)
    documents = project.work / "dataset" / "data" / "documents.parquet"
    documents.write_bytes(documents.read_bytes()[:-10] + b"0123456789")
    memo = project.work / "content-hash-cache"
    _, rebuilt, lines = _build(project)
    assert "data/documents.parquet" not in _kept(lines)
    assert rebuilt == first
    for entry in memo.glob("*.txt"):
        entry.write_text(entry.read_text(encoding="ascii").replace("a", "b"), encoding="ascii")
    _, again, lines = _build(project)
    assert not _kept(lines)
    assert again == first
