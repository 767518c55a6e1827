"""Vector and matrix norms, and gradient clipping.

A norm measures size. For a vector v: the L1 norm is the sum of absolute values, the L2
(Euclidean) norm is the square root of the sum of squares, the max (L∞) norm is the largest
absolute value. Every norm is zero only at zero, scales with |c| when v is multiplied by c, and
obeys the triangle inequality ‖a + b‖ ≤ ‖a‖ + ‖b‖. The Frobenius norm of a matrix is the L2 norm
of all its entries. Gradient clipping rescales a gradient whose L2 norm exceeds a threshold, so
one bad batch cannot throw training off course.

Write the functions with NumPy (no np.linalg.norm).
"""

import numpy as np


def l1_norm(v: np.ndarray) -> float:
    """The sum of the absolute values of the 1-d vector ``v``."""
    raise NotImplementedError("not implemented yet: l1_norm")


def l2_norm(v: np.ndarray) -> float:
    """The Euclidean length of the 1-d vector ``v``."""
    raise NotImplementedError("not implemented yet: l2_norm")


def max_norm(v: np.ndarray) -> float:
    """The largest absolute value in the 1-d vector ``v``."""
    raise NotImplementedError("not implemented yet: max_norm")


def frobenius_norm(M: np.ndarray) -> float:
    """The square root of the sum of the squares of all entries of the 2-d array ``M``."""
    raise NotImplementedError("not implemented yet: frobenius_norm")


def clip_by_norm(g: np.ndarray, max_norm_value: float) -> np.ndarray:
    """``g`` rescaled to L2 norm ``max_norm_value`` if it is longer, else ``g`` unchanged."""
    raise NotImplementedError("not implemented yet: clip_by_norm")
