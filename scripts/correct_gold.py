"""Correct a published gold annotation through Label Studio, as a reviewer would.

Run after `sahel-events studio up`, `ingest` and `push` (on a server that does not hold
the published gold: that server is gone); then `sahel-events pull` snapshots the result.

1. The published annotation (the ground truth of the document in the snapshot named by
   the spec) is loaded into the document's task as its ground-truth annotation.
2. The spec's edits are made on it and saved as the labeling screen's Update does.
3. The task's meta records the correction statement: which published record it replaces
   (its source and task) and why each region changed
   (sahel_events.annotation.corrections), so the release says which records changed
   and why.

    .venv/bin/python scripts/correct_gold.py \
        scripts/gold/corrections/000_acd4907f2525db7b-1.0.0.yaml
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sahel_events.annotation.corrections import CORRECTION_KEY
from sahel_events.annotation.snapshots import iter_tasks, snapshot_source
from sahel_events.annotation.typed import task_doc_id
from sahel_events.codebook import load_project_codebook
from sahel_events.errors import SahelEventsError
from sahel_events.goldfix import apply_corrections, load_correction_spec
from sahel_events.ingest import read_documents
from sahel_events.paths import find_project
from sahel_events.studio.client import connect
from sahel_events.studio.settings import project_title, resolve_settings


def _published(snapshot: Path, doc_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The task of ``doc_id`` in the snapshot and its ground-truth annotation."""
    for task in iter_tasks(snapshot):
        if task_doc_id(task) != doc_id:
            continue
        for annotation in task.get("annotations") or []:
            if annotation.get("ground_truth") and not annotation.get("was_cancelled"):
                return task, annotation
    raise SystemExit(f"error: {snapshot} holds no ground-truth annotation of {doc_id}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("--project", type=Path, default=None)
    args = parser.parse_args()
    try:
        project = find_project(args.project)
        spec = load_correction_spec(args.spec)
        codebook = load_project_codebook(project.root)
        docs = {d.doc_id: d for d in read_documents(project.documents_file)}
        if spec.doc_id not in docs:
            print(f"error: {spec.doc_id} is not an ingested document; run ingest", file=sys.stderr)
            return 2
        snapshot = project.root / spec.published
        old_task, old_annotation = _published(snapshot, spec.doc_id)
        client = connect(resolve_settings(project))
        info = client.find_project(project_title())
        task = (
            next((t for t in client.list_tasks(info.id) if t.doc_id == spec.doc_id), None)
            if info is not None
            else None
        )
        if info is None or task is None:
            print(f"error: no task for {spec.doc_id}; run push first", file=sys.stderr)
            return 2
        if client.task_annotations(task.id):
            print(
                f"error: task {task.id} already has annotations; correct it on the labeling "
                "screen, or start from a project without them",
                file=sys.stderr,
            )
            return 2
        # 1. The published gold, loaded as it was (the reviewer's starting point).
        annotation_id = client.create_annotation(
            task.id,
            old_annotation["result"],
            lead_time=float(old_annotation.get("lead_time") or 0.0),
            ground_truth=True,
        )
        # 2. The corrections, saved as the labeling screen's Update saves them.
        result, reasons = apply_corrections(
            spec, old_annotation["result"], docs[spec.doc_id].text, codebook
        )
        client.update_annotation(annotation_id, result, ground_truth=True)
        # 3. The correction statement, beside what push recorded in the task's meta.
        meta = client.task_meta(task.id)
        meta[CORRECTION_KEY] = {
            "supersedes": [{"source": snapshot_source(snapshot), "task_id": int(old_task["id"])}],
            "reason": " ".join([spec.reason, *spec.notes]),
            "regions": reasons,
            "spec": str(args.spec),
        }
        client.set_task_meta(task.id, meta)
    except SahelEventsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(
        f"annotation {annotation_id} on task {task.id} ({spec.doc_id}): published gold "
        f"loaded, {len(spec.edits)} edit(s) made, {len(reasons)} region reason(s) recorded"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
