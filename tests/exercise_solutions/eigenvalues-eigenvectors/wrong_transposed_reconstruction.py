"""Wrong: Qᵀ diag(λ) Q, and a Rayleigh quotient not divided by vᵀ v."""

import numpy as np


def rayleigh_quotient(A: np.ndarray, v: np.ndarray) -> float:
    return float(v @ A @ v)


def power_iteration(
    A: np.ndarray, iterations: int = 500, seed: int = 0
) -> tuple[float, np.ndarray]:
    v = np.random.default_rng(seed).normal(size=A.shape[0])
    v /= np.linalg.norm(v)
    for _ in range(iterations):
        w = A @ v
        v = w / np.linalg.norm(w)
    return rayleigh_quotient(A, v), v


def reconstruct(eigenvalues: np.ndarray, eigenvectors: np.ndarray) -> np.ndarray:
    return eigenvectors.T @ np.diag(eigenvalues) @ eigenvectors
