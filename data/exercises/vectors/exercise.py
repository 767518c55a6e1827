"""Vectors: length, scaling and unit vectors.

A vector is a list of numbers, an arrow with a direction and a length. Its length (Euclidean
norm) is the square root of the sum of its squared entries: |v| = sqrt(v1² + v2² + ... + vn²).
Dividing a vector by its length gives the unit vector pointing the same way. A linear
combination of vectors is a weighted sum of them: c1·v1 + c2·v2 + ...

Write the functions below with NumPy (no np.linalg.norm: the point is to see the formula).
Each takes and returns NumPy arrays or floats.
"""

import numpy as np


def length(v: np.ndarray) -> np.ndarray:
    """The Euclidean length of each vector along the last axis.

    For a 1-d array of shape (d,), a scalar; for an array of shape (n, d), n lengths.
    """
    raise NotImplementedError("not implemented yet: length")


def unit_vector(v: np.ndarray) -> np.ndarray:
    """The vector of length 1 pointing the same way as the 1-d vector ``v``.

    Raise ValueError for the zero vector, which has no direction.
    """
    raise NotImplementedError("not implemented yet: unit_vector")


def linear_combination(coefficients: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """The sum of coefficients[i] * vectors[i]: ``coefficients`` has shape (k,), ``vectors``
    has shape (k, d); the result has shape (d,)."""
    raise NotImplementedError("not implemented yet: linear_combination")
