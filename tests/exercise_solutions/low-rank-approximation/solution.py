"""Reference solution: truncated SVD."""

import numpy as np


def best_rank_k(A: np.ndarray, k: int) -> np.ndarray:
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k] * s[:k]) @ Vt[:k]


def approximation_error(A: np.ndarray, k: int) -> float:
    s = np.linalg.svd(A, compute_uv=False)
    return float(np.sqrt(np.sum(s[k:] ** 2)))


def parameter_count(m: int, n: int, k: int) -> int:
    return k * (m + n + 1)
