"""Wrong: explained-variance ratios from s_i / sum(s) instead of squared singular values."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    mean = X.mean(axis=0)
    _, s, Vt = np.linalg.svd(X - mean, full_matrices=False)
    return Vt[:k], (s / np.sum(s))[:k], mean


def transform(X: np.ndarray, components: np.ndarray, mean: np.ndarray) -> np.ndarray:
    return (X - mean) @ components.T
