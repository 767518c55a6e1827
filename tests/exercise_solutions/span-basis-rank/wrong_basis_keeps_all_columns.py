"""Typical mistake: the basis keeps every column of U, not just the first rank of them."""

import numpy as np


def rank(A: np.ndarray, tol: float = 1e-10) -> int:
    s = np.linalg.svd(np.asarray(A, dtype=float), compute_uv=False)
    if s.size == 0 or s[0] == 0:
        return 0
    return int(np.sum(s > tol * s[0]))


def basis_of_span(V: np.ndarray, tol: float = 1e-10) -> np.ndarray:
    U, _, _ = np.linalg.svd(np.asarray(V, dtype=float), full_matrices=False)
    return U


def in_span(V: np.ndarray, v: np.ndarray, tol: float = 1e-8) -> bool:
    B = basis_of_span(V)
    v = np.asarray(v, dtype=float)
    return bool(np.linalg.norm(v - B @ (B.T @ v)) <= tol * np.linalg.norm(v))


def independent_columns(A: np.ndarray, tol: float = 1e-10) -> list[int]:
    A = np.asarray(A, dtype=float)
    kept: list[int] = []
    for j in range(A.shape[1]):
        if rank(A[:, [*kept, j]], tol) > len(kept):
            kept.append(j)
    return kept
