"""Wrong: eliminates without swapping rows (fails on zero or tiny pivots)."""

import numpy as np


def solve(A: np.ndarray, b: np.ndarray) -> np.ndarray:
    U, c = A.astype(float), b.astype(float)
    n = len(U)
    for i in range(n):
        if U[i, i] == 0:
            raise ValueError("singular matrix")
        for j in range(i + 1, n):
            factor = U[j, i] / U[i, i]
            U[j, i:] -= factor * U[i, i:]
            c[j] -= factor * c[i]
    if np.any(np.abs(np.diag(U)) <= 1e-12):
        raise ValueError("singular matrix")
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (c[i] - U[i, i + 1 :] @ x[i + 1 :]) / U[i, i]
    return x


def determinant(A: np.ndarray) -> float:
    U = A.astype(float)
    n = len(U)
    for i in range(n):
        if U[i, i] == 0:
            return 0.0
        for j in range(i + 1, n):
            U[j, i:] -= U[j, i] / U[i, i] * U[i, i:]
    return float(np.prod(np.diag(U)))
