"""Matrix multiplication by hand.

The product of an (m, k) matrix A and a (k, n) matrix B is the (m, n) matrix C with
C[i, j] = A[i, 0]·B[0, j] + A[i, 1]·B[1, j] + ... + A[i, k-1]·B[k-1, j]: row i of A dotted with
column j of B. The inner sizes must agree. The product is associative, (A B) C = A (B C), but not
commutative, and (A B)ᵀ = Bᵀ Aᵀ.

Write the functions with Python loops over the indices (no @, np.dot or np.matmul: the point is
to see the definition; the checks compare with A @ B).
"""

import numpy as np


def matmul(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """The product of the 2-d arrays A (m, k) and B (k, n), shape (m, n).

    Raise ValueError when A's number of columns differs from B's number of rows.
    """
    raise NotImplementedError("not implemented yet: matmul")


def matvec(A: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The product of the (m, k) matrix A with the vector x of shape (k,), shape (m,)."""
    raise NotImplementedError("not implemented yet: matvec")
