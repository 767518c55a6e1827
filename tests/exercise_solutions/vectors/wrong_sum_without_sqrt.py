"""Wrong: the squared length (forgot the square root)."""

import numpy as np


def length(v: np.ndarray) -> np.ndarray:
    return np.sum(np.asarray(v, dtype=float) ** 2, axis=-1)


def unit_vector(v: np.ndarray) -> np.ndarray:
    size = np.sqrt(length(v))
    if size == 0:
        raise ValueError("the zero vector has no direction")
    return v / size


def linear_combination(coefficients: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    return coefficients @ vectors
