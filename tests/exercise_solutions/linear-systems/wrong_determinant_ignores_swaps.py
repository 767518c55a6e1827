"""Wrong: pivots correctly but forgets that a row swap flips the determinant's sign, and
eliminates in place on the caller's arrays."""

import numpy as np


def _eliminate(U: np.ndarray, c: np.ndarray) -> tuple[np.ndarray, np.ndarray, bool]:
    n = len(U)
    for i in range(n):
        p = i + int(np.argmax(np.abs(U[i:, i])))
        if abs(U[p, i]) <= 1e-12:
            return U, c, False
        U[[i, p]], c[[i, p]] = U[[p, i]], c[[p, i]]
        for j in range(i + 1, n):
            factor = U[j, i] / U[i, i]
            U[j, i:] -= factor * U[i, i:]
            c[j] -= factor * c[i]
    return U, c, True


def solve(A: np.ndarray, b: np.ndarray) -> np.ndarray:
    U, c, ok = _eliminate(A, b)
    if not ok:
        raise ValueError("singular matrix")
    n = len(U)
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (c[i] - U[i, i + 1 :] @ x[i + 1 :]) / U[i, i]
    return x


def determinant(A: np.ndarray) -> float:
    U, _, ok = _eliminate(A.astype(float), np.zeros(len(A)))
    return float(np.prod(np.diag(U))) if ok else 0.0
