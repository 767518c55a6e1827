"""Wrong: P = A Aᵀ (forgets (AᵀA)⁻¹), and divides by |a| instead of a·a."""

import numpy as np


def project_onto_vector(b: np.ndarray, a: np.ndarray) -> np.ndarray:
    return (a @ b) / np.linalg.norm(a) * a


def projection_matrix(A: np.ndarray) -> np.ndarray:
    return A @ A.T


def gram_schmidt(A: np.ndarray) -> np.ndarray:
    Q = np.zeros(A.shape)
    for i in range(A.shape[1]):
        v = A[:, i].astype(float)
        for j in range(i):
            v = v - (Q[:, j] @ v) * Q[:, j]
        Q[:, i] = v / np.linalg.norm(v)
    return Q
