"""Span, linear independence, basis and rank.

The span of some vectors is every linear combination of them. The vectors are linearly
independent when none of them is a combination of the others; a basis of a span is an
independent set that still spans it, and the number of vectors in any basis is the dimension.
The rank of a matrix is the dimension of the span of its columns (equal to that of its rows).

In floating point the rank is read off the singular values s_1 >= s_2 >= ...: a dependent column
leaves a singular value that is 0 up to rounding (about 1e-15 * s_1, not exactly 0), so the rank
is the number of singular values larger than tol * s_1. The tolerance is relative to s_1 so that
rescaling the matrix does not change its rank. The first r columns of U in the SVD V = U S W^T
(r = rank) are an orthonormal basis of the column span of V; a vector v lies in that span exactly
when projecting it, B B^T v, gives v back.

This is the collinearity problem of regression (a feature that is a combination of others), and
why a LoRA update B A with B of shape (d, r) and A of shape (r, k) has rank at most r.
"""

import numpy as np


def rank(A: np.ndarray, tol: float = 1e-10) -> int:
    """The number of singular values of A larger than tol times the largest one."""
    raise NotImplementedError("not implemented yet: rank")


def basis_of_span(V: np.ndarray, tol: float = 1e-10) -> np.ndarray:
    """An orthonormal basis of the span of the columns of V, as the columns of a (d, rank) array."""
    raise NotImplementedError("not implemented yet: basis_of_span")


def in_span(V: np.ndarray, v: np.ndarray, tol: float = 1e-8) -> bool:
    """True when the vector v is a linear combination of the columns of V (up to tol * ||v||)."""
    raise NotImplementedError("not implemented yet: in_span")


def independent_columns(A: np.ndarray, tol: float = 1e-10) -> list[int]:
    """The indices of the columns kept when going left to right and keeping each column that is
    not a combination of the columns kept before it."""
    raise NotImplementedError("not implemented yet: independent_columns")
