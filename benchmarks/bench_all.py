"""The one-run benchmark: every figure issue 17 asks for, and one summary table.

    .venv/bin/python benchmarks/bench_all.py            # full sizes (an hour or more)
    .venv/bin/python benchmarks/bench_all.py --quick    # every part small (CI)
    .venv/bin/python benchmarks/bench_all.py --only scale,incremental --jobs 2

Runs, each in a fresh subprocess of its own (and each of those starts its stages in
fresh subprocesses as when run alone, so peak memory is per stage):

* ``preannotate``: ``bench_preannotate.py``: documents per second of the whole
  pre-annotation with 1 worker (in process) and 2 (a local Dask cluster), against
  spaCy's own parse of the same texts;
* ``ingest``: ``bench_ingest.py``: ingest of ``--articles`` similar articles with 1 and
  2 workers, against reading and normalising the same files;
* ``scale``: ``bench_scale.py``: compile at ``--sizes`` tasks, seconds and peak memory,
  against ``json.loads`` plus pyarrow writing as many rows (``--scale-stages`` adds
  validate and release; the quick mode runs them);
* ``incremental``: ``bench_scale.py``: one changed annotation among 10,000 tasks with
  the row cache filled, against a full compile of the same snapshot in the same process,
  and whether the tables' bytes are identical;
* ``build``: ``bench_scale.py --stages build``: ``sahel-events build`` end to end on a
  project of ``--build-at`` raw articles and annotated tasks, after one changed
  annotation with every cache of the previous build under ``work/``, against a cold
  build of the same inputs in the same process, and whether the files are identical.

Each script prints its own lines as it goes (prefixed with its part's name) and hands
its figures over in a file (``figures.py``); at the end one table lists every figure
with its floor, the ratio, the peak resident memory, and for the Dask runs the CPU
seconds of each process: on a machine without a free core, CPU time is the figure that
the load does not distort. Nothing is judged: the figures are printed, never compared
with a threshold. ``--jobs 2`` runs two parts at once (they then share the cores: compare
each ratio, measured within one part, not seconds across parts).
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from figures import read  # noqa: E402

PARTS = ("preannotate", "ingest", "scale", "incremental", "build")
#: The stages of bench_scale.py: compile is what the issue asks at 100,000 tasks (validate
#: and release there take an hour each on a busy machine); the quick mode runs them all.
STAGES = "floor,compile"
QUICK_STAGES = "floor,validate,compile,release,publish,check"


def commands(args: argparse.Namespace) -> dict[str, list[str]]:
    """The command line of each part (without the interpreter and ``--figures``)."""
    if args.quick:
        return {
            "preannotate": ["bench_preannotate.py", "--quick", "--processes", "1"],
            "ingest": ["bench_ingest.py", "--quick", "--workers", "1,2"],
            "scale": ["bench_scale.py", "--quick", "--stages", args.scale_stages or QUICK_STAGES],
            "incremental": [
                "bench_scale.py",
                "--sizes",
                "1000",
                "--incremental-at",
                "1000",
                "--stages",
                "incremental",
            ],
            "build": ["bench_scale.py", "--sizes", "200", "--build-at", "200", "--stages", "build"],
        }
    return {
        "preannotate": [
            "bench_preannotate.py",
            "--docs",
            str(args.docs),
            "--processes",
            "1",
            "--workers",
            "1,2",
        ],
        "ingest": [
            "bench_ingest.py",
            "--mb",
            "0.1",
            "--articles",
            str(args.articles),
            "--workers",
            "1,2",
        ],
        "scale": ["bench_scale.py", "--sizes", args.sizes, "--stages", args.scale_stages or STAGES],
        "incremental": [
            "bench_scale.py",
            "--sizes",
            str(args.incremental_at),
            "--incremental-at",
            str(args.incremental_at),
            "--stages",
            "incremental",
        ],
        "build": [
            "bench_scale.py",
            "--sizes",
            str(args.build_at),
            "--build-at",
            str(args.build_at),
            "--stages",
            "build",
        ],
    }


class Part:
    """One script run in a subprocess, its lines printed with its name as they come."""

    lock = threading.Lock()

    def __init__(self, name: str, argv: Sequence[str], figures: Path) -> None:
        self.name = name
        self.argv = [sys.executable, str(HERE / argv[0]), *argv[1:], "--figures", str(figures)]
        self.shown = " ".join(shlex.quote(a) for a in argv)
        self.figures = figures
        self.returncode: int | None = None
        self.seconds = 0.0

    def run(self) -> None:
        """Run the script to its end, printing its output line by line."""
        started = time.perf_counter()
        self.say(f"start: benchmarks/{self.shown}")
        with subprocess.Popen(
            self.argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=HERE.parent,
        ) as child:
            assert child.stdout is not None
            for line in child.stdout:
                self.say(line.rstrip("\n"))
        self.returncode = child.returncode
        self.seconds = time.perf_counter() - started
        self.say(f"done in {self.seconds:.0f} s, exit {self.returncode}")

    def say(self, line: str) -> None:
        with self.lock:
            print(f"[{self.name}] {line}", flush=True)


def run_parts(parts: list[Part], jobs: int) -> None:
    """Run ``parts``, at most ``jobs`` at a time, in the order given."""
    slots = threading.Semaphore(jobs)

    def one(part: Part) -> None:
        with slots:
            part.run()

    threads = [threading.Thread(target=one, args=(p,)) for p in parts]
    for thread in threads:
        thread.start()
        time.sleep(0.1)  # start in order
    for thread in threads:
        thread.join()


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
    return f"{text} {unit}".rstrip()


def _cpu(cpu: dict[str, Any] | None) -> str:
    if not cpu:
        return "-"
    workers = ", ".join(f"{w:.1f}" for w in cpu.get("workers", []))
    return f"this {cpu['own']:.1f}" + (f"; workers {workers}" if workers else "")


def summary(records: list[dict[str, Any]]) -> str:
    """The table of every figure: what, figure, floor, ratio, peak MiB, CPU s, note."""
    head = ("part", "what", "figure", "floor", "ratio", "peak MiB", "CPU seconds", "note")
    rows = [head]
    for r in records:
        rows.append(
            (
                r["benchmark"],
                r["what"],
                _number(r["value"], r["unit"]),
                _number(r["floor"], r["unit"]),
                "-" if r["ratio"] is None else f"{r['ratio']:.3f}",
                _number(r["peak_mib"]),
                _cpu(r["cpu"]),
                r["note"],
            )
        )
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(head))
    return "\n".join(lines)


def main() -> int:
    """Run the chosen parts and print every figure in one table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every part small (CI)")
    parser.add_argument("--only", default=",".join(PARTS), help="parts to run, in this order")
    parser.add_argument("--jobs", type=int, default=1, help="parts run at once")
    parser.add_argument("--docs", type=int, default=40, help="articles to pre-annotate")
    parser.add_argument("--articles", type=int, default=10_000, help="similar articles")
    parser.add_argument("--sizes", default="1000,10000,100000", help="tasks to compile")
    parser.add_argument("--incremental-at", type=int, default=10_000, help="tasks")
    parser.add_argument("--build-at", type=int, default=10_000, help="articles and tasks")
    parser.add_argument(
        "--scale-stages", help=f"stages of bench_scale.py (default {STAGES}; quick {QUICK_STAGES})"
    )
    args = parser.parse_args()
    chosen = [p for p in args.only.split(",") if p]
    unknown = sorted(set(chosen) - set(PARTS))
    if unknown or args.jobs < 1:
        parser.error(f"unknown part(s) {', '.join(unknown)}; parts: {', '.join(PARTS)}")
    argv = commands(args)
    print(f"bench_all: {' '.join(shlex.quote(a) for a in sys.argv[1:]) or '(full)'}")
    print(
        f"started {time.strftime('%Y-%m-%d %H:%M:%S %Z')}, {os.cpu_count()} cores, "
        f"load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="bench-all-") as tmp:
        parts = [Part(name, argv[name], Path(tmp) / f"{name}.jsonl") for name in chosen]
        run_parts(parts, args.jobs)
        records = [r for p in parts for r in read(p.figures)]
    print()
    print(
        f"ended {time.strftime('%Y-%m-%d %H:%M:%S %Z')}, load average "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    for part in parts:
        print(
            f"{part.name}: benchmarks/{part.shown} ({part.seconds:.0f} s, exit {part.returncode})"
        )
    print()
    print(summary(records))
    failed = [p.name for p in parts if p.returncode]
    if failed:
        print(f"\nfailed: {', '.join(failed)} (their figures are missing above)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
