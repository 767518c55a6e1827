"""Wrong: transposes Vt again, and measures the error without dividing by ‖A‖."""

import numpy as np


def reconstruct(U: np.ndarray, s: np.ndarray, Vt: np.ndarray) -> np.ndarray:
    return U @ np.diag(s) @ Vt.T


def relative_error(A: np.ndarray, B: np.ndarray) -> float:
    return float(np.linalg.norm(A - B))


def singular_values(A: np.ndarray) -> np.ndarray:
    return np.sqrt(np.clip(np.linalg.eigvalsh(A.T @ A), 0, None))[::-1]
