"""Wrong: takes the SVD of the raw data, without subtracting the mean."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    _, s, Vt = np.linalg.svd(X, full_matrices=False)
    ratios = s**2 / np.sum(s**2)
    return Vt[:k], ratios[:k], X.mean(axis=0)


def transform(X: np.ndarray, components: np.ndarray, mean: np.ndarray) -> np.ndarray:
    return X @ components.T
