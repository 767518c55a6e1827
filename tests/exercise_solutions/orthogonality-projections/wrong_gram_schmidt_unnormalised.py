"""Wrong: Gram-Schmidt that orthogonalises but never normalises."""

import numpy as np


def project_onto_vector(b: np.ndarray, a: np.ndarray) -> np.ndarray:
    return (a @ b) / (a @ a) * a


def projection_matrix(A: np.ndarray) -> np.ndarray:
    return A @ np.linalg.inv(A.T @ A) @ A.T


def gram_schmidt(A: np.ndarray) -> np.ndarray:
    Q = np.zeros(A.shape)
    for i in range(A.shape[1]):
        v = A[:, i].astype(float)
        for j in range(i):
            v = v - (Q[:, j] @ v) / (Q[:, j] @ Q[:, j]) * Q[:, j]
        Q[:, i] = v
    return Q
