"""Wrong: reads A[p, i] instead of A[i, p], a transposed A (runs only for square inputs)."""

import numpy as np


def matmul(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    m, k = A.shape
    k2, n = B.shape
    if k != k2:
        raise ValueError(f"cannot multiply shapes {A.shape} and {B.shape}")
    C = np.zeros((m, n))
    for i in range(m):
        for j in range(n):
            for p in range(k):
                C[i, j] += A[p, i] * B[p, j]
    return C


def matvec(A: np.ndarray, x: np.ndarray) -> np.ndarray:
    return matmul(A, x.reshape(-1, 1)).ravel()
