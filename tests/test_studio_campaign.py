"""A campaign against real Label Studio servers: what one server holds never silently
replaces another's, and history never blocks the present.

* A fresh server (task and annotation ids restart at 1) annotates the seed article: its
  annotation cannot override the published ground-truth gold of 0.1.0; a ground truth
  that disagrees with the gold is a conflict, held back and named in the release card.
* A snapshot whose annotation is invalid blocks until the annotation is fixed in Label
  Studio and pulled again; then the old snapshot is superseded history, not an error.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from sahel_events.annotation.snapshots import snapshot_paths, snapshot_source
from sahel_events.errors import InvalidDataError
from sahel_events.ingest import ingest_corpus, write_documents
from sahel_events.paths import Project
from sahel_events.release import build_release
from sahel_events.studio.client import connect
from sahel_events.studio.pull import pull
from sahel_events.studio.push import push
from sahel_events.validate import validate_snapshots
from tests.lsserver import LSServer

pytestmark = pytest.mark.studio

REPO = Path(__file__).resolve().parents[1]
SEED = "000_acd4907f2525db7b"
TITLE = "sahel-events"  # the title of the project the gold was pulled from


def _project(root: Path) -> Project:
    """A copy of the repository's project: raw/, schema/, the gold snapshot, build/0.1.0."""
    for part in ("raw", "schema", "annotations"):
        shutil.copytree(REPO / part, root / part)
    shutil.copytree(REPO / "build" / "0.1.0", root / "build" / "0.1.0")
    project = Project(root)
    write_documents(ingest_corpus(project.raw, root).documents, project.documents_file)
    return project


def _gold_snapshot() -> Path:
    """The snapshot of the gold the repository publishes now: the newest (since codebook
    1.0.0 the corrected gold, which replaces the first one by a correction statement)."""
    return snapshot_paths(REPO / "annotations")[-1]


def _gold_result() -> list[dict[str, Any]]:
    (task,) = json.loads(_gold_snapshot().read_text(encoding="utf-8"))
    (annotation,) = task["annotations"]
    assert annotation["ground_truth"] is True
    result: list[dict[str, Any]] = annotation["result"]
    return result


def _without_one_event(result: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold coding with its first event dropped: what a hurried annotator submits."""
    first = next(i["id"] for i in result if i.get("from_name") == "event" and i["type"] == "labels")
    return [
        item
        for item in result
        if item.get("id") != first and first not in (item.get("from_id"), item.get("to_id"))
    ]


def _events(release: Path) -> int:
    return int(pq.read_table(release / "data" / "events.parquet").num_rows)


def test_a_fresh_server_cannot_override_the_published_gold(
    ls_server: LSServer, tmp_path: Path
) -> None:
    project = _project(tmp_path / "project")
    gold_events = sum(
        1 for i in _gold_result() if i.get("from_name") == "event" and i["type"] == "labels"
    )
    assert gold_events == 5  # the corrected gold (codebook 1.0.0); 0.1.0 published 6
    client = connect(ls_server.settings())
    pid = push(project, client, title=TITLE).project_id
    sdk = ls_server.sdk()
    (task,) = list(sdk.tasks.list(project=pid, fields="all"))
    assert task.id == 1  # ids restart on a fresh server: the gold's task was 1 as well
    draft = _without_one_event(_gold_result())
    annotation = sdk.annotations.create(id=task.id, result=draft, lead_time=30.0)
    assert annotation.id == 1  # ... and so was the gold annotation
    snap = pull(project, client, title=TITLE).snapshot
    assert snap is not None
    gold = project.annotations / _gold_snapshot().name
    assert snapshot_source(snap) != snapshot_source(gold)  # two sources, same ids

    # The tables changed incompatibly since 0.1.0 (lists, keys): the next version is 1.0.0.
    release = build_release(project, "1.0.0").path
    assert _events(release) == gold_events  # the gold stands; 4 events did not replace 5
    annotations = pq.read_table(release / "data" / "annotations.parquet").to_pylist()
    assert [a["ground_truth"] for a in annotations if a["outcome"] == "record"] == [True]

    # A ground truth on the fresh server that disagrees with the gold is a conflict:
    # neither wins by recency; the document is held back and the card names it.
    sdk.annotations.update(id=annotation.id, ground_truth=True)
    assert pull(project, client, title=TITLE).snapshot is not None
    release = build_release(project, "1.1.0").path
    assert _events(release) == 0
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "`source_conflict` (1)" in card
    assert SEED in card and snapshot_source(gold) in card

    # Once the fresh server agrees with the gold, the document is back.
    sdk.annotations.update(id=annotation.id, result=_gold_result())
    assert pull(project, client, title=TITLE).snapshot is not None
    assert _events(build_release(project, "1.2.0").path) == gold_events


def test_a_superseded_invalid_snapshot_does_not_block(ls_server: LSServer, tmp_path: Path) -> None:
    project = _project(tmp_path / "project")
    client = connect(ls_server.settings())
    pid = push(project, client, title=TITLE).project_id
    sdk = ls_server.sdk()
    (task,) = list(sdk.tasks.list(project=pid, fields="all"))
    bad = json.loads(json.dumps(_gold_result()))
    span = next(i for i in bad if i.get("from_name") == "entity" and i["type"] == "labels")
    span["value"]["text"] = "not the text at these offsets"
    annotation = sdk.annotations.create(id=task.id, result=bad, lead_time=30.0)
    first = pull(project, client, title=TITLE).snapshot
    assert first is not None
    name = first.relative_to(project.root).as_posix()

    report = validate_snapshots(snapshot_paths(project.annotations), project)
    errors = [i for i in report.errors if i.location.file == name]
    assert errors and all(i.location.annotation == annotation.id for i in errors)
    hint = [i for i in report.issues if i.code == "snapshot.fix-in-label-studio"]
    assert hint and "correct them in Label Studio, then run `sahel-events pull`" in hint[0].message
    with pytest.raises(InvalidDataError, match="the inputs are invalid"):
        build_release(project, "1.0.0")

    # Fixed in Label Studio and pulled again: the bad snapshot is history.
    sdk.annotations.update(id=annotation.id, result=_gold_result())
    second = pull(project, client, title=TITLE).snapshot
    assert second is not None and first.exists()  # append-only: the old one stays
    report = validate_snapshots(snapshot_paths(project.annotations), project)
    assert report.valid, [str(i) for i in report.errors]
    superseded = [i for i in report.issues if i.code == "snapshot.superseded"]
    # The first gold snapshot is history too: the corrected gold replaces it.
    replaced = f"annotations/{snapshot_paths(REPO / 'annotations')[0].name}"
    assert [(i.severity, i.location.file) for i in superseded] == [
        ("info", replaced),
        ("info", name),
    ]
    assert _events(build_release(project, "1.0.0").path) == 5  # the corrected gold
