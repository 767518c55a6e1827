"""Reference solution: Gaussian elimination with partial pivoting."""

import numpy as np


def _eliminate(A: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, int, bool]:
    U, c = A.astype(float), b.astype(float)
    n, swaps = len(U), 0
    for i in range(n):
        p = i + int(np.argmax(np.abs(U[i:, i])))
        if abs(U[p, i]) <= 1e-12:
            return U, c, swaps, False
        if p != i:
            U[[i, p]], c[[i, p]] = U[[p, i]], c[[p, i]]
            swaps += 1
        for j in range(i + 1, n):
            factor = U[j, i] / U[i, i]
            U[j, i:] -= factor * U[i, i:]
            c[j] -= factor * c[i]
    return U, c, swaps, True


def solve(A: np.ndarray, b: np.ndarray) -> np.ndarray:
    U, c, _, ok = _eliminate(A, b)
    if not ok:
        raise ValueError("singular matrix")
    n = len(U)
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (c[i] - U[i, i + 1 :] @ x[i + 1 :]) / U[i, i]
    return x


def determinant(A: np.ndarray) -> float:
    U, _, swaps, ok = _eliminate(A, np.zeros(len(A)))
    if not ok:
        return 0.0
    return float((-1) ** swaps * np.prod(np.diag(U)))
