"""The two small products of every transition step, compiled once for their shapes.

spaCy's dependency parser and entity recogniser choose one transition per state and step,
on all the documents of a batch together. Each step calls two routines they take from
thinc's C BLAS table (``ops.cblas()``): one ``sgemm`` from the states' hidden layer to the
scores of the transitions (about 8 states by 64 units by 18 to 100 classes) and one
``saxpy`` per feature of each state (a token's precomputed vector of 128 floats added to
the state's). thinc fills that table with BLIS. BLIS's entry points set up objects, a
control tree and packed buffers on every call, and for products this small the setup
costs more than the arithmetic: on the benchmark's articles, about 4 of the 41 CPU ms per
article that the parse takes on pre-annotation's other kernels.

This module compiles the two routines with numba (LLVM, no C compiler needed) and gives
the parser a table that holds them, through the setters thinc exports for exactly this
(``set_sgemm``, ``set_saxpy`` in the C API of ``thinc.backends.cblas``). The product sums
each row in eight partial sums, added pairwise at the end, without fast-math: a fixed
order of the same terms, as BLIS's kernels have theirs. The scores differ from BLIS's only
in their last bits, and ``tests/test_preannotate_ner.py`` checks that every annotation is
the one the pipeline as shipped gives; the predictions on ``corpus/`` and the benchmark's
articles were compared byte for byte. Without numba (a platform it has no wheel for) the
table stays thinc's: the same annotations, at BLIS's speed.
"""

from __future__ import annotations

import ctypes
from functools import cache
from typing import Any

__all__ = ["compiled_routines", "step_table", "table_routines"]


@cache
def compiled_routines() -> tuple[Any, Any] | None:
    """numba's compiled ``sgemm`` and ``saxpy`` with thinc's C signatures (each has an
    ``address`` and a ``ctypes`` callable); None when numba cannot be imported. Compiled
    on the first call of a process (about half a second; cached on disk after that)."""
    try:
        from numba import cfunc, types
    except ImportError:
        return None
    f32 = types.float32
    ptr = types.CPointer(f32)  # type: ignore[no-untyped-call]
    i32 = types.int32
    sgemm_signature = types.void(i32, i32, i32, i32, i32, f32, ptr, i32, ptr, i32, f32, ptr, i32)
    saxpy_signature = types.void(i32, f32, ptr, i32, ptr, i32)
    zero = f32(0.0)

    def sgemm(
        trans_a: int, trans_b: int, m: int, n: int, k: int, alpha: float,
        a: Any, lda: int, b: Any, ldb: int, beta: float, c: Any, ldc: int,
    ) -> None:  # fmt: skip
        # C = alpha * op(A) @ op(B) + beta * C, row-major as thinc calls it. The parser
        # asks for A @ B.T with k = 64: both rows are then contiguous, summed eight at a
        # time (the loop LLVM turns into vector instructions).
        by_eight = trans_a == 0 and trans_b != 0 and k % 8 == 0
        for i in range(m):
            for j in range(n):
                if by_eight:
                    s0 = s1 = s2 = s3 = s4 = s5 = s6 = s7 = zero
                    ra = i * lda
                    rb = j * ldb
                    for p in range(0, k, 8):
                        s0 += a[ra + p] * b[rb + p]
                        s1 += a[ra + p + 1] * b[rb + p + 1]
                        s2 += a[ra + p + 2] * b[rb + p + 2]
                        s3 += a[ra + p + 3] * b[rb + p + 3]
                        s4 += a[ra + p + 4] * b[rb + p + 4]
                        s5 += a[ra + p + 5] * b[rb + p + 5]
                        s6 += a[ra + p + 6] * b[rb + p + 6]
                        s7 += a[ra + p + 7] * b[rb + p + 7]
                    total = ((s0 + s4) + (s1 + s5)) + ((s2 + s6) + (s3 + s7))
                else:
                    total = zero
                    for p in range(k):
                        x = a[p * lda + i] if trans_a else a[i * lda + p]
                        y = b[j * ldb + p] if trans_b else b[p * ldb + j]
                        total += x * y
                if beta == 0:
                    c[i * ldc + j] = alpha * total  # C may hold anything: not read
                else:
                    c[i * ldc + j] = alpha * total + beta * c[i * ldc + j]

    def saxpy(n: int, alpha: float, x: Any, inc_x: int, y: Any, inc_y: int) -> None:
        # Y += alpha * X.
        for i in range(n):
            y[i * inc_y] += alpha * x[i * inc_x]

    return _compiled(cfunc, sgemm_signature, sgemm), _compiled(cfunc, saxpy_signature, saxpy)


def _compiled(cfunc: Any, signature: Any, function: Any) -> Any:
    """``function`` compiled by numba's ``cfunc``, its machine code cached on disk; when
    numba finds no writable place for its cache (a read-only installation without a
    home directory), compiled again at each start instead of failing."""
    try:
        return cfunc(signature, cache=True)(function)
    except RuntimeError:  # numba: "cannot cache function ...: no locator available"
        return cfunc(signature)(function)


def _thinc_function(name: str, restype: Any, *argtypes: Any) -> Any:
    """A function of the C API of ``thinc.backends.cblas`` (what Cython's ``cimport``
    uses), callable from Python: ``name`` is one of ``sgemm``, ``set_sgemm``, ..."""
    from thinc.backends import cblas

    capsule = cblas.__pyx_capi__[name]
    api = ctypes.pythonapi
    api.PyCapsule_GetName.restype = ctypes.c_char_p
    api.PyCapsule_GetName.argtypes = [ctypes.py_object]
    api.PyCapsule_GetPointer.restype = ctypes.c_void_p
    api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    address = api.PyCapsule_GetPointer(capsule, api.PyCapsule_GetName(capsule))
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def table_routines(table: Any) -> tuple[int, int]:
    """The addresses of the ``sgemm`` and ``saxpy`` a thinc ``CBlas`` table holds."""
    return (
        _thinc_function("sgemm", ctypes.c_void_p, ctypes.py_object)(table),
        _thinc_function("saxpy", ctypes.c_void_p, ctypes.py_object)(table),
    )


@cache
def step_table() -> Any:
    """A thinc ``CBlas`` table whose ``sgemm`` and ``saxpy`` are the compiled routines
    (thinc's own table, BLIS, without numba); one per process, shared by the parser and
    the recogniser (they only read it)."""
    from thinc.backends.cblas import CBlas

    table = CBlas()
    routines = compiled_routines()
    if routines is not None:
        sgemm, saxpy = routines
        _thinc_function("set_sgemm", None, ctypes.py_object, ctypes.c_void_p)(table, sgemm.address)
        _thinc_function("set_saxpy", None, ctypes.py_object, ctypes.c_void_p)(table, saxpy.address)
    return table
