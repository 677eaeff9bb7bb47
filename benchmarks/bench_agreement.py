"""Benchmark the agreement report: what the bootstrap costs over counting the documents.

    .venv/bin/python benchmarks/bench_agreement.py              # 100, 400 and 1600 documents
    .venv/bin/python benchmarks/bench_agreement.py --sizes 50,200

N synthetic documents, each coded by two of three annotators (the pair rotates, so there
are three pairs), with the attack coding of ``tests/test_agreement.py``: one annotator's
casualty span is shorter, certainty differs on every third document. For each size, in
one process:

* the floor: counting every document (:func:`sahel_events.agreement.counting.count_document`),
  which reads every annotation once;
* the report with the bootstrap (1000 resamples, overall and per pair), and its time as
  a ratio to the floor.

No figure is asserted: the printed ratios are what ``docs/releases.md`` may quote.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    from tests.test_agreement import attack_a, attack_b, parsed

    from sahel_events.agreement.counting import count_document
    from sahel_events.agreement.summary import pseudonym, summarise

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,400,1600")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    defaults = {"factuality_certainty": "certain"}
    names = pseudonym({1: "annotator-01", 2: "annotator-02", 3: "annotator-03"})
    for n in sizes:
        docs = []
        for i in range(n):
            first, second = [(1, 2), (1, 3), (2, 3)][i % 3]
            other = attack_b() if i % 3 == 0 else attack_a()
            docs.append(
                (
                    f"doc-{i:06d}",
                    [parsed(2 * i, first, attack_a()), parsed(2 * i + 1, second, other)],
                )
            )
        start = time.perf_counter()
        counted = [count_document(doc_id, coded, defaults) for doc_id, coded in docs]
        floor = time.perf_counter() - start
        start = time.perf_counter()
        report = summarise([c for c in counted if c is not None], names)
        full = time.perf_counter() - start
        print(
            f"{n:6d} documents: counting {floor:7.3f} s (floor); report with bootstrap "
            f"{full:7.3f} s = {full / floor:6.1f} x the floor; "
            f"{len(report['pairs'])} pairs"
        )


if __name__ == "__main__":
    main()
