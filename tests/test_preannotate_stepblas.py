"""The transition steps' products compiled by numba (preannotate/stepblas.py)."""

from __future__ import annotations

import ctypes
import sys

import numpy
import pytest

from sahel_events.preannotate import kernels, stepblas
from sahel_events.preannotate.ner import load_model


def _product(routine: object, a: numpy.ndarray, b: numpy.ndarray, c: numpy.ndarray,
             trans_a: bool, trans_b: bool, alpha: float, beta: float) -> None:  # fmt: skip
    """``routine`` (thinc's sgemm signature) on row-major float32 arrays, C in place."""
    m, k = (a.shape[1], a.shape[0]) if trans_a else a.shape
    n = b.shape[0] if trans_b else b.shape[1]
    as_floats = ctypes.POINTER(ctypes.c_float)
    routine.ctypes(  # type: ignore[attr-defined]
        int(trans_a), int(trans_b), m, n, k, alpha,
        a.ctypes.data_as(as_floats), a.shape[1], b.ctypes.data_as(as_floats), b.shape[1],
        beta, c.ctypes.data_as(as_floats), c.shape[1],
    )  # fmt: skip


@pytest.mark.parametrize("trans_a", [False, True])
@pytest.mark.parametrize("trans_b", [False, True])
@pytest.mark.parametrize("k", [64, 13])
def test_the_compiled_product_is_blas_sgemm(trans_a: bool, trans_b: bool, k: int) -> None:
    # Every case thinc's signature allows, not only the parser's (A @ B.T, k = 64, summed
    # eight at a time): what the routine computes must be alpha * op(A) @ op(B) + beta * C.
    routines = stepblas.compiled_routines()
    assert routines is not None, "numba is part of the preannotate extra"
    sgemm, _ = routines
    rng = numpy.random.default_rng(k + 2 * trans_a + trans_b)
    m, n = 8, 37
    a = rng.standard_normal((k, m) if trans_a else (m, k)).astype("float32")
    b = rng.standard_normal((n, k) if trans_b else (k, n)).astype("float32")
    op_a, op_b = (a.T if trans_a else a), (b.T if trans_b else b)
    for alpha, beta in [(1.0, 0.0), (0.5, 2.0)]:
        c = rng.standard_normal((m, n)).astype("float32")
        expected = alpha * (op_a.astype("float64") @ op_b.astype("float64")) + beta * c
        if beta == 0.0:
            c[:] = numpy.nan  # beta 0: C is not read, whatever it holds
        _product(sgemm, a, b, c, trans_a, trans_b, alpha, beta)
        assert numpy.allclose(c, expected, rtol=1e-5, atol=1e-4)


def test_the_compiled_saxpy_adds_a_scaled_vector_with_strides() -> None:
    routines = stepblas.compiled_routines()
    assert routines is not None
    _, saxpy = routines
    x = numpy.arange(12, dtype="float32")
    y = numpy.ones(12, dtype="float32")
    as_floats = ctypes.POINTER(ctypes.c_float)
    saxpy.ctypes(6, 2.0, x.ctypes.data_as(as_floats), 2, y.ctypes.data_as(as_floats), 2)
    assert y.tolist() == [1 + 2 * v if i % 2 == 0 else 1 for i, v in enumerate(range(12))]
    saxpy.ctypes(12, 1.0, x.ctypes.data_as(as_floats), 1, y.ctypes.data_as(as_floats), 1)
    assert y[1] == 2.0 and y[2] == 1 + 4 + 2


def test_the_parser_and_the_recogniser_step_with_the_compiled_routines() -> None:
    # The model pre-annotation loads hands the parser and the recogniser thinc's table
    # with numba's routines in it (read back through thinc's own getters), and thinc's
    # kernels as shipped hand them BLIS's; the annotations of both are compared in
    # test_preannotate_ner.py.
    nlp = load_model()
    sgemm, saxpy = stepblas.compiled_routines()  # type: ignore[misc]
    for name in ("parser", "ner"):
        table = nlp.get_pipe(name).model.ops.cblas()
        assert stepblas.table_routines(table) == (sgemm.address, saxpy.address)
    shipped = kernels.blis().cblas()
    assert stepblas.table_routines(shipped)[0] != sgemm.address


def test_without_numba_the_steps_keep_thincs_table(monkeypatch: pytest.MonkeyPatch) -> None:
    # A platform numba has no wheel for: the table stays BLIS's (same annotations).
    monkeypatch.setitem(sys.modules, "numba", None)
    stepblas.compiled_routines.cache_clear()
    stepblas.step_table.cache_clear()
    try:
        assert stepblas.compiled_routines() is None
        table = stepblas.step_table()
        assert stepblas.table_routines(table) == stepblas.table_routines(kernels.blis().cblas())
    finally:
        stepblas.compiled_routines.cache_clear()
        stepblas.step_table.cache_clear()


def test_without_a_writable_cache_the_routines_are_compiled_anyway(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # numba raises at decoration when no directory can hold its cache (a read-only
    # installation; not something a test running as root can set up, hence the fault
    # injected into numba's decorator): the routines are then compiled uncached.
    import numba

    real = numba.cfunc
    asked: list[bool] = []

    def cfunc(signature: object, cache: bool = False) -> object:
        asked.append(cache)
        if cache:
            raise RuntimeError("cannot cache function 'sgemm': no locator available")
        return real(signature)

    monkeypatch.setattr(numba, "cfunc", cfunc)
    # The table holds the routines' addresses: both are made again, together.
    stepblas.compiled_routines.cache_clear()
    stepblas.step_table.cache_clear()
    try:
        routines = stepblas.compiled_routines()
        assert routines is not None and asked == [True, False, True, False]
        sgemm, _ = routines
        a = numpy.ones((2, 8), dtype="float32")
        c = numpy.zeros((2, 2), dtype="float32")
        _product(sgemm, a, a, c, False, True, 1.0, 0.0)
        assert c.tolist() == [[8.0, 8.0], [8.0, 8.0]]
    finally:
        stepblas.compiled_routines.cache_clear()
        stepblas.step_table.cache_clear()
