"""Post a gold spec (scripts/gold/<doc_id>.yaml) as the ground-truth annotation of its task.

Run after `sahel-events studio up`, `ingest`, `preannotate` and `push`; then `pull`
snapshots it into annotations/. The annotation is created through the Label Studio API
exactly as the labeling screen stores it, starting from the task's prediction (see
sahel_events.goldspec).

    .venv/bin/python scripts/annotate_gold.py scripts/gold/000_acd4907f2525db7b.yaml
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sahel_events.codebook import load_project_codebook
from sahel_events.errors import SahelEventsError
from sahel_events.goldspec import gold_result, load_gold_spec
from sahel_events.ingest import read_documents
from sahel_events.paths import find_project
from sahel_events.studio.client import connect
from sahel_events.studio.settings import project_title, resolve_settings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("--project", type=Path, default=None)
    args = parser.parse_args()
    try:
        project = find_project(args.project)
        spec = load_gold_spec(args.spec)
        codebook = load_project_codebook(project.root)
        docs = {d.doc_id: d for d in read_documents(project.documents_file)}
        if spec.doc_id not in docs:
            print(f"error: {spec.doc_id} is not an ingested document; run ingest", file=sys.stderr)
            return 2
        client = connect(resolve_settings(project))
        title = project_title()
        info = client.find_project(title)
        if info is None:
            print(f"error: no Label Studio project {title!r}; run push first", file=sys.stderr)
            return 2
        task = next((t for t in client.list_tasks(info.id) if t.doc_id == spec.doc_id), None)
        if task is None:
            print(f"error: no task for {spec.doc_id}; run push first", file=sys.stderr)
            return 2
        predictions = client.task_predictions(task.id)
        prediction = max(predictions, key=lambda p: p["id"]) if predictions else None
        result = gold_result(
            spec, docs[spec.doc_id].text, codebook, prediction["result"] if prediction else ()
        )
        annotation = client.create_annotation(
            task.id,
            result,
            lead_time=spec.lead_time,
            ground_truth=True,
            parent_prediction=prediction["id"] if prediction else None,
        )
    except SahelEventsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(
        f"annotation {annotation} (ground truth, {len(result)} result items) on task "
        f"{task.id} ({spec.doc_id}) in project {info.id} {title!r}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
