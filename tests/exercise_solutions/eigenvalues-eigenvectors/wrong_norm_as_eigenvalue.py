"""Wrong: takes ‖A v‖ as the eigenvalue (loses the sign)."""

import numpy as np


def rayleigh_quotient(A: np.ndarray, v: np.ndarray) -> float:
    return float(v @ A @ v / (v @ v))


def power_iteration(
    A: np.ndarray, iterations: int = 500, seed: int = 0
) -> tuple[float, np.ndarray]:
    v = np.random.default_rng(seed).normal(size=A.shape[0])
    v /= np.linalg.norm(v)
    for _ in range(iterations):
        w = A @ v
        v = w / np.linalg.norm(w)
    return float(np.linalg.norm(A @ v)), v


def reconstruct(eigenvalues: np.ndarray, eigenvectors: np.ndarray) -> np.ndarray:
    return eigenvectors @ np.diag(eigenvalues) @ eigenvectors.T
