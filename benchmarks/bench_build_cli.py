"""The incremental rebuild as a user runs it: ``sahel-events build`` as its own process.

``bench_scale.py --stages build`` times warm and cold builds inside one process, after
its imports and with the codebook already parsed. A user runs the command: each run
starts Python, imports pandas, pyarrow and the package, and reads the codebook and the
gazetteer. This benchmark builds the same project as ``bench_scale.py`` (N article
files, a snapshot of N annotated tasks: ``buildproject.py``) and runs the command four
times: a cold build; after a newer snapshot with one event's certainty changed, a warm
build and a cold build of the same inputs (``work/`` deleted); after a third snapshot
with one event argument removed, the same again. It prints each run's CPU seconds
(the child process's user + system time) and the warm / cold ratios.

    .venv/bin/python benchmarks/bench_build_cli.py              # 10,000 tasks
    .venv/bin/python benchmarks/bench_build_cli.py --quick      # 300 tasks (CI)

Python writes its bytecode cache as a user's does (``PYTHONDONTWRITEBYTECODE`` is
dropped for the children): a machine that never keeps it compiles every module again
in each run, a cost no user pays twice.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "benchmarks"), str(REPO), str(REPO / "src")]

from buildproject import (  # noqa: E402
    SECOND,
    THIRD,
    stand_in_release,
    write_build_project,
    write_snapshot,
)


def _command() -> list[str]:
    """``sahel-events`` of this interpreter's environment (``-m`` when not installed)."""
    script = Path(sys.executable).with_name("sahel-events")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "sahel_events.cli"]


def timed_build(root: Path) -> float:
    """CPU seconds (user + system) of ``sahel-events build`` run in ``root``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(REPO / "src")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [*_command(), "build"],
        cwd=root,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def run(root: Path, n: int) -> dict[str, float]:
    """The five timed builds of a project of ``n`` tasks at ``root``."""
    write_build_project(root, REPO, n)
    first = timed_build(root)  # also fills the bytecode cache of every module run
    stand_in_release(root)  # the builds below diff against it
    write_snapshot(root / "annotations" / SECOND, n, changed=n // 2)
    warm = timed_build(root)
    shutil.rmtree(root / "work")
    cold = timed_build(root)
    write_snapshot(root / "annotations" / THIRD, n, changed=n // 2, unlinked=n // 3)
    rows_warm = timed_build(root)
    shutil.rmtree(root / "work")
    rows_cold = timed_build(root)
    return {
        "first": first,
        "warm": warm,
        "cold": cold,
        "rows_warm": rows_warm,
        "rows_cold": rows_cold,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=10_000, help="tasks and article files")
    parser.add_argument("--quick", action="store_true", help="300 tasks (CI)")
    args = parser.parse_args()
    n = 300 if args.quick else args.tasks
    with tempfile.TemporaryDirectory(prefix="bench-build-cli-") as scratch:
        m = run(Path(scratch) / "project", n)
    print(f"sahel-events build as its own process, {n} tasks (CPU seconds, user + system)")
    print(f"  first build (cold): {m['first']:.2f}")
    for label, warm, cold in (
        ("certainty changed", "warm", "cold"),
        ("argument removed", "rows_warm", "rows_cold"),
    ):
        print(f"  {label}: warm {m[warm]:.2f} / cold {m[cold]:.2f} = {m[warm] / m[cold]:.3f}")


if __name__ == "__main__":
    main()
