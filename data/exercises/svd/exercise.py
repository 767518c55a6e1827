"""Singular value decomposition.

Every m×n matrix A factors as A = U diag(s) Vᵀ: U and V have orthonormal columns and the
singular values s are non-negative, largest first. A is a sum of rank-one pieces s_i u_i v_iᵀ,
so keeping the first k pieces gives an approximation whose error is carried by the singular
values left out: ‖A − A_k‖_F² = s_{k+1}² + s_{k+2}² + ... The singular values are the square
roots of the eigenvalues of AᵀA.

np.linalg.svd(A, full_matrices=False) returns (U, s, Vt), with Vt = Vᵀ. Write the functions with
NumPy (np.linalg.eigh is fine for the last one; no np.linalg.svd there).
"""

import numpy as np


def reconstruct(U: np.ndarray, s: np.ndarray, Vt: np.ndarray) -> np.ndarray:
    """U diag(s) Vt for U of shape (m, r), s of shape (r,), Vt of shape (r, n)."""
    raise NotImplementedError("not implemented yet: reconstruct")


def relative_error(A: np.ndarray, B: np.ndarray) -> float:
    """‖A − B‖_F / ‖A‖_F, the Frobenius-norm error of B as an approximation of A."""
    raise NotImplementedError("not implemented yet: relative_error")


def singular_values(A: np.ndarray) -> np.ndarray:
    """The min(m, n) singular values of the (m, n) matrix A, largest first, from the
    eigenvalues of AᵀA or AAᵀ."""
    raise NotImplementedError("not implemented yet: singular_values")
