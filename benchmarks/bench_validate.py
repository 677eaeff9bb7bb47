"""Benchmark ``validate_snapshot``: speed, and memory that must not grow with the snapshot.

    .venv/bin/python benchmarks/bench_validate.py            # 2000 and 8000 tasks
    .venv/bin/python benchmarks/bench_validate.py --tasks 500 --sizes 1,4

A synthetic snapshot of N tasks is written task by task (never held whole), each task a
copy of the golden ``tests/data/exports/valid.json`` gold annotation of the Sévaré
article cut to its ASSAULT event (about 30 result items: spans, per-region choices and
text fields, relations, document choices) and a prediction, with new task, annotation
and region ids. Each size is measured in a fresh subprocess:

* wall time and tasks/s of a plain run;
* peak traced Python memory (``tracemalloc``) of a second run, and the process's peak
  resident size after both (``ru_maxrss``, which includes the interpreter, the imported
  modules and the tracing itself);
* for contrast, the peak traced memory of ``json.load`` of the same file, which is what
  reading the snapshot whole would cost before any checking.
"""

from __future__ import annotations

import argparse
import copy
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "data" / "exports" / "valid.json"
EVENT = "EvAttaque1"


def template() -> dict[str, Any]:
    """One task: the gold annotation's ASSAULT event with its arguments, and a prediction."""
    task: dict[str, Any] = copy.deepcopy(json.loads(GOLDEN.read_text(encoding="utf-8"))[0])
    gold = task["annotations"][0]
    keep = {EVENT} | {i["to_id"] for i in gold["result"] if i.get("from_id") == EVENT}
    gold["result"] = [
        i
        for i in gold["result"]
        if i.get("id") in keep
        or i.get("from_id") == EVENT
        or (i["type"] == "choices" and "start" not in i["value"])
    ]
    task["annotations"] = [gold]
    task["drafts"] = []
    return task


def write_snapshot(path: Path, n_tasks: int) -> int:
    """Write ``n_tasks`` tasks to ``path``; return the number of result items per task."""
    base = template()
    with path.open("w", encoding="utf-8") as out:
        out.write("[\n")
        for n in range(n_tasks):
            task = copy.deepcopy(base)
            task["id"] = 100_000 + n
            task["data"]["doc_id"] = f"doc-{n}"
            task["inner_id"] = n + 1
            for k, entry in enumerate((*task["annotations"], *task["predictions"])):
                entry["id"] = 10 * (100_000 + n) + k
                entry["task"] = task["id"]
                for item in entry["result"]:
                    for key in ("id", "from_id", "to_id"):
                        if key in item:
                            item[key] = f"{item[key][:6]}{n:04x}"
            if n:
                out.write(",\n")
            json.dump(task, out, ensure_ascii=False, indent=1)
        out.write("\n]\n")
    return len(base["annotations"][0]["result"])


class _SameDocument(Mapping[str, Any]):
    """A documents mapping that answers every doc_id with one document."""

    def __init__(self, document: Any) -> None:
        self.document = document

    def __getitem__(self, key: str) -> Any:
        return self.document

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def measure(path: Path) -> dict[str, float]:
    """Run in the child process: validate twice (timed, then traced) and load once."""
    sys.path.insert(0, str(REPO / "src"))
    from sahel_events.codebook import load_project_codebook
    from sahel_events.ingest import ingest_corpus
    from sahel_events.validate import validate_snapshot

    codebook = load_project_codebook(REPO)
    raw = REPO / "tests" / "data" / "exports" / "raw"
    article = next(
        d for d in ingest_corpus(raw, REPO).documents if d.doc_id == "sevare_synthetique"
    )
    # Every task shows the same article under its own doc_id (doc-0, doc-1, ...).
    documents = _SameDocument(article)

    started = time.perf_counter()
    report = validate_snapshot(path, codebook, documents)
    seconds = time.perf_counter() - started
    issues = len(report)

    tracemalloc.start()
    validate_snapshot(path, codebook, documents)
    validate_peak = tracemalloc.get_traced_memory()[1]
    # Read before json.load below, so that it is validation's own peak.
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.reset_peak()
    with path.open(encoding="utf-8") as handle:
        tasks = json.load(handle)
    load_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del tasks
    return {
        "seconds": seconds,
        "issues": issues,
        "validate_peak_mib": validate_peak / 2**20,
        "json_load_peak_mib": load_peak / 2**20,
        "maxrss_mib": maxrss,
    }


def main() -> None:
    """Measure each size in its own process and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=2000, help="tasks at size 1x")
    parser.add_argument("--sizes", default="1,4", help="multiples of --tasks to measure")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="200 and 400 tasks, for CI")
    args = parser.parse_args()
    if args.quick:  # figures printed, nothing judged: CI shows the script still runs
        args.tasks, args.sizes = 200, "1,2"
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    print(f"{'tasks':>7} {'items/task':>10} {'file MiB':>8} {'seconds':>8} {'tasks/s':>8} "
          f"{'validate peak MiB':>17} {'json.load peak MiB':>18} {'max RSS MiB':>11}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for factor in (int(x) for x in args.sizes.split(",")):
            n = args.tasks * factor
            path = Path(tmp) / f"snapshot-{n}.json"
            items = write_snapshot(path, n)
            child = subprocess.run(
                [sys.executable, __file__, "--child", str(path)],
                check=True,
                capture_output=True,
                text=True,
            )
            m = json.loads(child.stdout)
            if m["issues"]:
                raise SystemExit(f"the synthetic snapshot is not clean: {m['issues']} issue(s)")
            size = path.stat().st_size / 2**20
            print(
                f"{n:>7} {items:>10} {size:>8.1f} {m['seconds']:>8.2f} "
                f"{n / m['seconds']:>8.0f} {m['validate_peak_mib']:>17.1f} "
                f"{m['json_load_peak_mib']:>18.1f} {m['maxrss_mib']:>11.0f}"
            )
            path.unlink()


if __name__ == "__main__":
    main()
