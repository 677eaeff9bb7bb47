"""Benchmark ``compile_dataset``: speed, and reading memory that does not grow with size.

    .venv/bin/python benchmarks/bench_compile.py              # 2000 and 8000 tasks
    .venv/bin/python benchmarks/bench_compile.py --sizes 500,1000

A synthetic snapshot of N tasks is written task by task (never held whole). Each task is
one document (a short attack report, its own doc_id) with one annotation of about 30
result items in the Label Studio shape: an ASSAULT event with mode, contexts and
factuality; a place with gazetteer id and coordinates, a date, two casualty counts and
an actor, with their attributes and normalised values; five labelled relations; a
document choice. Each size runs in a fresh subprocess and reports:

* wall time and tasks/s of ``compile_dataset`` (tables, table checks, agreement);
* peak traced memory (``tracemalloc``) of the *reading* pass alone (stream the tasks,
  parse and consolidate each, keep nothing): this is what must stay flat as N grows;
* peak traced memory (Python heap) of the whole compile, the peak of Arrow's memory pool
  (tables and staged batches live there, out of tracemalloc's sight), and the size of
  the tables returned (which grow with N by nature: they are the output);
* for contrast, the peak traced memory of ``json.load`` of the same file.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

# benchmarks/ is on sys.path: the benchmarks run as scripts.
from synthetic import make_task

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TEXT = (
    "Gao, 3 mars 2025 - Au moins {n} soldats ont été tués lors d'une attaque contre le camp "
    "de Tessit, dimanche 2 mars, a annoncé l'état-major. Selon l'armée, 30 assaillants ont "
    "été tués et trois civils blessés. Le Jama'at Nusrat al-Islam wal-Muslimin (JNIM) a "
    "revendiqué l'attaque dans un communiqué. La situation sécuritaire reste tendue dans la "
    "région de Gao, où les attaques se sont multipliées depuis le début de l'année."
)


def make_documents(n: int) -> list[Any]:
    from tests.lsexport import make_document

    return [make_document(f"doc-{i:06d}", TEXT.format(n=10 + i % 50)) for i in range(n)]


def write_snapshot(directory: Path, docs: list[Any]) -> tuple[Path, int]:
    """Write one task per document, streaming; return the path and items per task."""
    path = directory / "sahel-events-20261201T000000Z-bench.json"
    items = 0
    with path.open("w", encoding="utf-8") as out:
        out.write("[\n")
        for i, doc in enumerate(docs):
            t = make_task(i, doc)
            items = len(t["annotations"][0]["result"])
            out.write(("," if i else "") + json.dumps(t, ensure_ascii=False) + "\n")
        out.write("]\n")
    return path, items


def reading_pass(path: Path) -> int:
    """Stream, parse and consolidate every task, keeping nothing."""
    from sahel_events.annotation import iter_latest_tasks, parse_annotation
    from sahel_events.consolidate import consolidate_task
    from sahel_events.errors import Report

    n = 0
    for _, t in iter_latest_tasks([path], Report()):
        parsed = [parse_annotation(a, t["id"]) for a in t["annotations"]]
        consolidate_task(t["id"], t["data"]["doc_id"], parsed)
        n += 1
    return n


def measure(n: int) -> dict[str, Any]:
    import pyarrow as pa

    from sahel_events.codebook import load_project_codebook
    from sahel_events.compile import compile_dataset

    codebook = load_project_codebook(REPO)
    docs = make_documents(n)
    with tempfile.TemporaryDirectory() as tmp:
        path, items = write_snapshot(Path(tmp), docs)
        size = path.stat().st_size
        compile_dataset(docs[:10], [path], codebook, Path(tmp))  # warm caches (gazetteer)

        gc.collect()
        start = time.perf_counter()
        result = compile_dataset(docs, [path], codebook, Path(tmp))
        seconds = time.perf_counter() - start
        assert result.tables["events"].num_rows == n, result.report.to_text()[-2000:]
        assert result.report.valid, result.report.to_text()[-2000:]
        table_bytes = sum(t.nbytes for t in result.tables.values())
        del result

        gc.collect()
        tracemalloc.start()
        reading_pass(path)
        read_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

        gc.collect()
        tracemalloc.start()
        compile_dataset(docs, [path], codebook, Path(tmp))
        compile_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

        # tracemalloc sees the Python heap only; Arrow buffers live in Arrow's own pool,
        # whose high-water mark covers the (equal-sized) compiles of this process.
        arrow_peak = pa.default_memory_pool().max_memory()

        gc.collect()
        tracemalloc.start()
        with path.open(encoding="utf-8") as handle:
            json.load(handle)
        load_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return {
        "tasks": n,
        "items_per_task": items,
        "snapshot_mb": round(size / 1e6, 1),
        "seconds": round(seconds, 2),
        "tasks_per_s": round(n / seconds),
        "reading_peak_mb": round(read_peak / 1e6, 2),
        "compile_peak_mb": round(compile_peak / 1e6, 1),
        "arrow_peak_mb": round(arrow_peak / 1e6, 1),
        "tables_mb": round(table_bytes / 1e6, 1),
        "json_load_peak_mb": round(load_peak / 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="2000,8000", help="task counts, comma-separated")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the subprocess mode
    parser.add_argument("--quick", action="store_true", help="sizes 200,400, for CI")
    args = parser.parse_args()
    if args.quick:  # figures printed, nothing judged: CI shows the script still runs
        args.sizes = "200,400"
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    columns = list(rows[0])
    print(" | ".join(columns))
    for row in rows:
        print(" | ".join(str(row[c]) for c in columns))


if __name__ == "__main__":
    main()
