"""The matrix inverse.

A square matrix A is invertible when some A^-1 gives A A^-1 = A^-1 A = I. For a 2x2 matrix
[[a, b], [c, d]] the inverse is [[d, -b], [-c, a]] / (a d - b c), which exists exactly when the
determinant a d - b c is not 0. A matrix with two equal columns (or a column that is a
combination of the others) sends some non-zero vector to 0, so nothing can undo it: it is
singular.

In floating point, "det == 0" is the wrong test: the determinant of c A is c^n det(A), so a
perfectly invertible 0.001 * I of size 10 has det 1e-30 and a singular matrix with large entries
can have a large rounding-error determinant. The scale-free test compares the smallest singular
value with the largest: A is numerically singular when s_min <= tol * s_max.

The inverse of a product reverses the order: (A B)^-1 = B^-1 A^-1. And in real code one rarely
forms an inverse: to get x = A^-1 b, np.linalg.solve(A, b) is faster and more accurate. Least
squares, for instance, solves the normal equations (X^T X) w = X^T y.
"""

import numpy as np


def inverse_2x2(A: np.ndarray) -> np.ndarray:
    """The inverse of an invertible 2x2 matrix, by the formula (no np.linalg)."""
    raise NotImplementedError("not implemented yet: inverse_2x2")


def is_singular(A: np.ndarray, tol: float = 1e-10) -> bool:
    """True when the square matrix A is numerically singular: s_min <= tol * s_max."""
    raise NotImplementedError("not implemented yet: is_singular")


def inverse_of_product(A_inv: np.ndarray, B_inv: np.ndarray) -> np.ndarray:
    """(A B)^-1, given A^-1 and B^-1."""
    raise NotImplementedError("not implemented yet: inverse_of_product")


def least_squares(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The weights w minimising ||X w - y||^2 for a tall X with independent columns,
    from the normal equations solved with np.linalg.solve."""
    raise NotImplementedError("not implemented yet: least_squares")
