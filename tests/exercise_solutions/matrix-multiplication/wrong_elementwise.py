"""Wrong: the element-wise (Hadamard) product instead of the matrix product."""

import numpy as np


def matmul(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    return A * B


def matvec(A: np.ndarray, x: np.ndarray) -> np.ndarray:
    return (A * x).sum(axis=1)
