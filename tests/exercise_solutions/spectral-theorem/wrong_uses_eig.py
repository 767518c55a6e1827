"""Typical mistake: np.linalg.eig, which leaves eigenvectors of a repeated eigenvalue skewed."""

import numpy as np


def is_symmetric(A: np.ndarray, tol: float = 1e-10) -> bool:
    A = np.asarray(A, dtype=float)
    return bool(A.ndim == 2 and A.shape[0] == A.shape[1] and np.allclose(A, A.T, atol=tol))


def spectral_decomposition(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    values, Q = np.linalg.eig(np.asarray(A, dtype=float))
    order = np.argsort(values)[::-1]
    return values[order], Q[:, order]


def matrix_function(A: np.ndarray, f) -> np.ndarray:
    values, Q = spectral_decomposition(A)
    return Q @ np.diag(f(values)) @ Q.T


def principal_axes(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return spectral_decomposition(np.cov(np.asarray(X, dtype=float), rowvar=False))
