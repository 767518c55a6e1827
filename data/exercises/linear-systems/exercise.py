"""Gaussian elimination.

To solve A x = b for a square A, use each row's pivot (its diagonal entry) to eliminate the
entries below it, turning A into an upper-triangular U (doing the same to b), then solve U x = c
from the last row upwards (back substitution). Partial pivoting swaps in, before each step, the
row with the largest entry in the pivot column: it avoids dividing by zero and keeps rounding
errors small. If no usable pivot is left, the rows are linearly dependent: the system has no
unique solution. The determinant is the product of the pivots, negated for each row swap.

Write the functions with NumPy loops over rows (no np.linalg.solve or np.linalg.det).
"""

import numpy as np


def solve(A: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The x with A x = b for a square (n, n) A and b of shape (n,).

    Raise ValueError when A is singular (no pivot larger than 1e-12 in absolute value).
    Must not modify A or b.
    """
    raise NotImplementedError("not implemented yet: solve")


def determinant(A: np.ndarray) -> float:
    """The determinant of the square matrix A, from Gaussian elimination."""
    raise NotImplementedError("not implemented yet: determinant")
