"""Wrong: returns the eigenvalues of AᵀA themselves (no square root), unsorted."""

import numpy as np


def reconstruct(U: np.ndarray, s: np.ndarray, Vt: np.ndarray) -> np.ndarray:
    return U @ np.diag(s) @ Vt


def relative_error(A: np.ndarray, B: np.ndarray) -> float:
    return float(np.linalg.norm(A - B) / np.linalg.norm(A))


def singular_values(A: np.ndarray) -> np.ndarray:
    m, n = A.shape
    gram = A.T @ A if n <= m else A @ A.T
    return np.linalg.eigvalsh(gram)
