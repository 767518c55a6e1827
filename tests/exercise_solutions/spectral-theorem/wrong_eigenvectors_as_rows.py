"""Typical mistake: Q^T diag(f(lambda)) Q, the eigenvectors taken as rows."""

import numpy as np


def is_symmetric(A: np.ndarray, tol: float = 1e-10) -> bool:
    A = np.asarray(A, dtype=float)
    return bool(A.ndim == 2 and A.shape[0] == A.shape[1] and np.allclose(A, A.T, atol=tol))


def spectral_decomposition(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    values, Q = np.linalg.eigh(np.asarray(A, dtype=float))
    return values[::-1], Q[:, ::-1]


def matrix_function(A: np.ndarray, f) -> np.ndarray:
    values, Q = spectral_decomposition(A)
    return Q.T @ np.diag(f(values)) @ Q


def principal_axes(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return spectral_decomposition(np.cov(np.asarray(X, dtype=float), rowvar=False))
