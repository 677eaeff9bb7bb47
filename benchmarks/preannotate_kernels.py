"""What the model's kernels save: pre-annotation on thinc's kernels and on its own, in turns.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/preannotate_kernels.py            # 200, 4 turns
    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/preannotate_kernels.py --docs 40 --turns 2

One process, one loaded model, switched between four sets of kernels
(``preannotate/kernels.py``): thinc's as spaCy ships them (matrix products by BLIS,
thinc's maxout and layer normalisation), numpy's BLAS with thinc's maxout and layer
normalisation (pre-annotation 0.7.0 to 0.20.0), pre-annotation's with each transition
step's products by BLIS (0.21.0 to 0.56.0), and the ones pre-annotation loads (the steps'
products compiled by numba, ``preannotate/stepblas.py``). In turns, so
that a change of load on the shared machine falls on both alike, each set runs
``Preannotator.predict`` on the benchmark's articles (``bench_preannotate.article``), and
the parse alone (``nlp.pipe``). Printed: CPU milliseconds per article of each turn, their
means, and whether the predictions of every set are identical (they must be). Across
processes, the figures of ``bench_preannotate.py`` wander by more than what the kernels
save; in one process they do not.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_preannotate
from thinc.api import NumpyOps
from thinc.layers.layernorm import forward as thinc_layernorm_forward

from sahel_events.codebook import load_project_codebook
from sahel_events.preannotate import kernels
from sahel_events.preannotate.ner import load_model
from sahel_events.preannotate.predict import Preannotator


def use_numpy_blas_only(nlp: Any) -> None:
    """The kernels of pre-annotation 0.7.0 to 0.20.0: numpy's BLAS, thinc's maxout and
    layer normalisation."""
    kernels.use_inference_kernels(nlp)  # the BLAS thread limit
    kernels.set_ops(nlp, NumpyOps(use_blis=False))
    kernels.set_layernorm(nlp, thinc_layernorm_forward)


class _BlisSteps(kernels.InferenceOps):
    """Pre-annotation's kernels with the transition steps' products by BLIS."""

    def cblas(self) -> Any:
        return NumpyOps.cblas(self)


def use_blis_steps(nlp: Any) -> None:
    """The kernels of pre-annotation 0.21.0 to 0.56.0: numpy's BLAS, maxout and layer
    normalisation, but each transition step's products by BLIS."""
    kernels.use_inference_kernels(nlp)
    kernels.set_ops(nlp, _BlisSteps())


#: The sets compared, the last being pre-annotation's.
KERNELS: dict[str, Callable[[Any], None]] = {
    "thinc's kernels (as shipped)": kernels.use_shipped_kernels,
    "numpy's BLAS only (0.7.0 to 0.20.0)": use_numpy_blas_only,
    "steps by BLIS (0.21.0 to 0.56.0)": use_blis_steps,
    "pre-annotation's kernels": kernels.use_inference_kernels,
}


def _cpu_ms(run: Callable[[], Any], count: int) -> tuple[float, Any]:
    """CPU milliseconds per article of ``run()``, and what it returned."""
    start = time.process_time()
    out = run()
    return (time.process_time() - start) / count * 1000, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="articles (default 200)")
    parser.add_argument("--turns", type=int, default=4, help="turns of each set (default 4)")
    args = parser.parse_args()
    nlp = load_model()
    annotator = Preannotator(load_project_codebook(Path.cwd()))
    docs = [bench_preannotate.article(i) for i in range(args.docs)]
    texts = [str(d["text"]) for d in docs]
    list(annotator.predict(docs[:5]))  # load the rule data
    predict_ms: dict[str, list[float]] = {name: [] for name in KERNELS}
    parse_ms: dict[str, list[float]] = {name: [] for name in KERNELS}
    results: dict[str, list[Any]] = {}
    try:
        for turn in range(args.turns):
            for name, use in KERNELS.items():
                use(nlp)
                ms, predictions = _cpu_ms(lambda: list(annotator.predict(docs)), len(docs))
                predict_ms[name].append(ms)
                results[name] = [p.result for p in predictions]
                ms, _ = _cpu_ms(lambda: list(nlp.pipe(texts, batch_size=8)), len(docs))
                parse_ms[name].append(ms)
                print(
                    f"turn {turn + 1}, {name}: pre-annotation {predict_ms[name][-1]:.1f} "
                    f"CPU ms per article, the parse alone {ms:.1f}",
                    flush=True,
                )
    finally:
        kernels.use_inference_kernels(nlp)
    *others, ours = KERNELS
    for label, figures in (("pre-annotation", predict_ms), ("the parse alone", parse_ms)):
        after = statistics.mean(figures[ours])
        for other in others:
            before = statistics.mean(figures[other])
            print(
                f"{label}: {before:.1f} CPU ms per article on {other}, {after:.1f} on "
                f"{ours} (means of {args.turns} turns; {before - after:.1f} ms less, "
                f"{before / after:.2f}x the speed)"
            )
    same = all(results[other] == results[ours] for other in others)
    print(f"same predictions on every set: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
