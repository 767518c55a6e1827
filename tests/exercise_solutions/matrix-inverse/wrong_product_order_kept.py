"""Typical mistake: (A B)^-1 taken as A^-1 B^-1."""

import numpy as np


def inverse_2x2(A: np.ndarray) -> np.ndarray:
    (a, b), (c, d) = np.asarray(A, dtype=float)
    return np.array([[d, -b], [-c, a]]) / (a * d - b * c)


def is_singular(A: np.ndarray, tol: float = 1e-10) -> bool:
    s = np.linalg.svd(np.asarray(A, dtype=float), compute_uv=False)
    return bool(s[-1] <= tol * s[0])


def inverse_of_product(A_inv: np.ndarray, B_inv: np.ndarray) -> np.ndarray:
    return np.asarray(A_inv) @ np.asarray(B_inv)


def least_squares(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    return np.linalg.solve(X.T @ X, X.T @ np.asarray(y, dtype=float))
