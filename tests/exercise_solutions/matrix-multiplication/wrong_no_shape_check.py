"""Wrong: silently truncates mismatched shapes instead of raising."""

import numpy as np


def matmul(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    m, _k = A.shape
    n = B.shape[1]
    C = np.zeros((m, n))
    for i in range(m):
        for j in range(n):
            C[i, j] = sum(a * b for a, b in zip(A[i, :], B[:, j], strict=False))
    return C


def matvec(A: np.ndarray, x: np.ndarray) -> np.ndarray:
    return np.array([sum(a * b for a, b in zip(row, x, strict=False)) for row in A])
