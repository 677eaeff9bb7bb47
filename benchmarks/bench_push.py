"""Benchmark ``push`` against one raw bulk import of the same payload, on a real server.

    .venv/bin/python benchmarks/bench_push.py                 # 2000 tasks
    .venv/bin/python benchmarks/bench_push.py --tasks 500
    .venv/bin/python benchmarks/bench_push.py --quick         # 200 tasks, for CI

One Label Studio 1.23.2 server is started over a copy of the test template data
directory (``tests/lsserver.py``; built once with ``label-studio init -q`` if missing).
In the same run:

* ``push`` of N documents, each with a prediction (the seed article's text with a
  numbered first line, three entity regions from a predictions file), into a new
  project: everything push does (find the project, list its tasks, import in batches,
  set the model version);
* the floor: the very same task payload (the tasks push built, predictions included)
  sent to a second project with the same config in ONE ``import`` request;
* the ratio of the two, and a push with nothing to do, against one task listing: once
  as push answers it (from its record of the last push, ``work/push-state/``) and once
  with that record removed (a full listing of the project's tasks and predictions);
* ``pull`` of the project (every task with its prediction): its time against one
  export built and downloaded by hand, and its peak memory (``tracemalloc``, in a second
  pull after an annotation changed) as a ratio to the export's size on disk.

The machine and the server are shared by both measurements, so the ratio is what to
read, not the seconds.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO)]

from tests.lsexport import Regions, make_document  # noqa: E402
from tests.lsserver import CREDENTIALS, LSServer, _build_template, ls_binary  # noqa: E402

from sahel_events.ingest import ingest_article, write_documents  # noqa: E402
from sahel_events.paths import Project  # noqa: E402
from sahel_events.studio.client import StudioClient, connect  # noqa: E402
from sahel_events.studio.pull import pull  # noqa: E402
from sahel_events.studio.push import DEFAULT_BATCH_SIZE, push, task_for, task_prediction  # noqa: E402
from sahel_events.studio.pushrecord import STATE_DIR  # noqa: E402

SEED = REPO / "raw" / "000_acd4907f2525db7b.txt"
VERSION = "bench-preannotate"


def template_dir() -> Path:
    """The tests' cached template data directory, built here when it is missing."""
    from sahel_events.studio import server

    target = (
        REPO / ".pytest_cache" / "d" / "label-studio" / f"template-{server.LABEL_STUDIO_VERSION}"
    )
    if not (target / ".template-complete").is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        _build_template(ls_binary(), target)
    return target


def make_project(root: Path, n_tasks: int) -> tuple[Project, list]:  # type: ignore[type-arg]
    """A project with N documents and a predictions file for every one."""
    shutil.copytree(REPO / "schema", root / "schema")
    project = Project(root)
    seed, _ = ingest_article(SEED, REPO)
    docs = [
        make_document(f"bench-{i:05d}", f"Gao, 3 mars 2025 - Dépêche {i}.\n\n" + seed.text)
        for i in range(n_tasks)
    ]
    write_documents(docs, project.documents_file)
    lines = []
    for doc in docs:
        regions = Regions(doc.text).entity("g1", "GPE", "Gao").entity("b1", "GPE", "Bamako")
        regions.entity("o1", "ORG", "Conseil de sécurité nationale")
        lines.append({"doc_id": doc.doc_id, "model_version": VERSION, "score": 0.5,
                      "result": regions.items})  # fmt: skip
    project.predictions_file.parent.mkdir(parents=True, exist_ok=True)
    project.predictions_file.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    return project, docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--quick", action="store_true", help="200 tasks (a CI smoke run)")
    args = parser.parse_args()
    if args.quick:
        args.tasks = min(args.tasks, 200)

    work = Path(tempfile.mkdtemp(prefix="bench-push-"))
    shutil.copytree(template_dir(), work / "data")
    ls = LSServer(ls_binary(), work, CREDENTIALS).start()
    try:
        project, docs = make_project(work / "project", args.tasks)
        client = connect(ls.settings())
        config = (project.schema / "labelstudio" / "labeling-config.xml").read_text()
        by_doc = {
            json.loads(line)["doc_id"]: json.loads(line)
            for line in project.predictions_file.read_text(encoding="utf-8").splitlines()
        }
        payload = [task_for(d, task_prediction(d, {**by_doc[d.doc_id]}, VERSION)) for d in docs]

        start = time.perf_counter()
        result = push(project, client, title="bench-push", batch_size=args.batch_size)
        t_push = time.perf_counter() - start
        assert result.imported == args.tasks, result.to_text()

        floor = client.create_project("bench-raw", config)
        start = time.perf_counter()
        ids = client.import_tasks(floor.id, payload)
        t_raw = time.perf_counter() - start
        assert len(ids) == args.tasks

        start = time.perf_counter()
        again = push(project, client, title="bench-push", batch_size=args.batch_size)
        t_noop = time.perf_counter() - start
        assert again.imported == 0 and again.predictions_added == 0, again.to_text()

        shutil.rmtree(project.work / STATE_DIR)
        start = time.perf_counter()
        listed = push(project, client, title="bench-push", batch_size=args.batch_size)
        t_noop_listed = time.perf_counter() - start
        assert listed.imported == 0 and listed.predictions_added == 0, listed.to_text()

        start = time.perf_counter()
        client.list_tasks(result.project_id)
        t_list = time.perf_counter() - start

        t_pull, t_export, peak, size = measure_pull(project, client, result.project_id)
    finally:
        ls.stop()
        shutil.rmtree(work, ignore_errors=True)

    print(f"tasks: {args.tasks} with one prediction each (batch size {args.batch_size})")
    print(f"push into a new project:          {t_push:7.2f} s")
    print(f"one raw bulk import (the floor):  {t_raw:7.2f} s")
    print(f"ratio push / raw import:          {t_push / t_raw:7.2f}x   (aim <= 1.2x)")
    print(f"push with nothing to do:          {t_noop:7.2f} s   (aim <= 2 s)")
    print(f"  the same without push's record: {t_noop_listed:7.2f} s")
    print(f"one task listing, for contrast:   {t_list:7.2f} s")
    print(f"ratio no-op push / task listing:  {t_noop / t_list:7.2f}x")
    print(f"ratio listed no-op / listing:     {t_noop_listed / t_list:7.2f}x")
    print(f"pull of the project:              {t_pull:7.2f} s")
    print(f"one export built and downloaded:  {t_export:7.2f} s")
    print(f"ratio pull / export:              {t_pull / t_export:7.2f}x")
    print(f"export size on disk:              {size / 1e6:7.2f} MB")
    print(f"pull's peak Python memory:        {peak / 1e6:7.2f} MB")
    print(f"ratio peak memory / export size:  {peak / size:7.2f}x")


def measure_pull(project: Project, client: StudioClient, project_id: int) -> tuple[float, ...]:
    """(pull time, raw export time, pull's peak traced memory, export size in bytes).

    The first pull is timed; then one task gets an annotation, so that a second pull
    has something new to write, and that one runs under ``tracemalloc``.
    """
    start = time.perf_counter()
    first = pull(project, client, title="bench-push")
    t_pull = time.perf_counter() - start
    assert first.snapshot is not None
    size = first.snapshot.stat().st_size

    start = time.perf_counter()
    export = client.create_export(project_id, "bench-raw-export")
    with tempfile.TemporaryFile() as sink:
        client.download_export(project_id, export.id, sink)
    t_export = time.perf_counter() - start
    client.delete_export(project_id, export.id)

    (task, *_) = client.list_tasks(project_id)
    client.create_annotation(task.id, [], lead_time=1.0)
    tracemalloc.start()
    second = pull(project, client, title="bench-push")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert second.snapshot is not None
    return t_pull, t_export, float(peak), float(size)


if __name__ == "__main__":
    main()
