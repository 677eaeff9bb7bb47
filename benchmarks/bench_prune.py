"""What pruning the caches adds to a warm build: ``workcache.prune`` over a ``work/`` of
N ingest entries, all in use (a warm build's case: nothing to remove), against one
``os.walk`` of the same tree (the floor: listing the directories at all).

    .venv/bin/python benchmarks/bench_prune.py                 # 10,000 entries
    .venv/bin/python benchmarks/bench_prune.py --quick         # 1,000 (CI)

Prints the median of ``--repeat`` runs, wall and CPU, and the CPU ratio to the floor;
then the same with a tenth of the entries unused (they are removed, files made again
before each run), to show what removing costs.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sahel_events.workcache import CacheUse, prune


def _work(root: Path, n: int) -> CacheUse:
    """A ``work/`` of ``n`` ingest entries (3 KB each), one validate and one compile
    state, eight content hashes; the use naming all of them."""
    keys = set()
    for i in range(n):
        key = hashlib.sha256(str(i).encode()).hexdigest()
        keys.add(key)
        path = root / "ingest-cache" / key[:2] / f"{key}.pickle"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 3000)
    (root / "validate-cache").mkdir()
    (root / "validate-cache" / "tasks-0123456789abcdef.pickle").write_bytes(b"x")
    (root / "compile-cache" / "state-0123456789abcdef" / "g-1").mkdir(parents=True)
    (root / "content-hash-cache").mkdir()
    hashes = set()
    for i in range(8):
        sha = hashlib.sha256(b"table %d" % i).hexdigest()
        hashes.add(sha)
        (root / "content-hash-cache" / f"{sha}.txt").write_text("x")
    return CacheUse(
        started=time.time() + 1e6,  # later than any file: only what is unused may go
        ingest=keys,
        validate={"0123456789abcdef"},
        compile={"state-0123456789abcdef"},
        hashes=hashes,
    )


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``run()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    """Time prune against os.walk and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000, help="ingest entries")
    parser.add_argument("--repeat", type=int, default=5, help="runs (the median is printed)")
    parser.add_argument("--quick", action="store_true", help="1,000 entries (CI)")
    args = parser.parse_args()
    n = 1_000 if args.quick else args.entries
    with tempfile.TemporaryDirectory(prefix="bench-prune-") as tmp:
        work = Path(tmp)
        use = _work(work, n)
        floor, took = [], []
        for _ in range(args.repeat):
            floor.append(_timed(lambda: sum(1 for _ in os.walk(work))))
            took.append(_timed(lambda: prune(work, use)))
        f_cpu = statistics.median(c for _, c in floor)
        p_cpu = statistics.median(c for _, c in took)
        p_wall = statistics.median(w for w, _ in took)
        print(
            f"prune, {n:,} ingest entries all in use: {p_wall * 1e3:.0f}"
            f" ms wall, {p_cpu * 1e3:.0f} ms CPU; floor (os.walk of the tree) "
            f"{statistics.median(w for w, _ in floor) * 1e3:.0f} ms wall, {f_cpu * 1e3:.0f} ms "
            f"CPU; ratio (CPU) {p_cpu / max(f_cpu, 1e-9):.2f}; median of {args.repeat}"
        )
        unused = sorted(use.ingest)[: n // 10]
        kept = CacheUse(
            use.started, use.ingest - set(unused), use.validate, use.compile, use.hashes
        )
        removing = []
        for _ in range(args.repeat):
            for key in unused:
                (work / "ingest-cache" / key[:2] / f"{key}.pickle").write_bytes(b"x" * 3000)
            removing.append(_timed(lambda: prune(work, kept)))
        r_cpu = statistics.median(c for _, c in removing)
        print(
            f"prune, {len(unused):,} of them unused (removed): {r_cpu * 1e3:.0f} ms CPU, "
            f"{(r_cpu - p_cpu) / max(len(unused), 1) * 1e6:.0f} µs CPU per entry removed"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
