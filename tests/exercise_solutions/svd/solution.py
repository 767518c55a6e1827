"""Reference solution: SVD."""

import numpy as np


def reconstruct(U: np.ndarray, s: np.ndarray, Vt: np.ndarray) -> np.ndarray:
    return (U * s) @ Vt


def relative_error(A: np.ndarray, B: np.ndarray) -> float:
    return float(np.sqrt(np.sum((A - B) ** 2)) / np.sqrt(np.sum(A**2)))


def singular_values(A: np.ndarray) -> np.ndarray:
    m, n = A.shape
    gram = A.T @ A if n <= m else A @ A.T
    eigenvalues = np.clip(np.linalg.eigvalsh(gram), 0, None)
    return np.sqrt(eigenvalues)[::-1]
