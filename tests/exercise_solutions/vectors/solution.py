"""Reference solution: vectors."""

import numpy as np


def length(v: np.ndarray) -> np.ndarray:
    return np.sqrt(np.sum(np.asarray(v, dtype=float) ** 2, axis=-1))


def unit_vector(v: np.ndarray) -> np.ndarray:
    size = length(v)
    if size == 0:
        raise ValueError("the zero vector has no direction")
    return np.asarray(v, dtype=float) / size


def linear_combination(coefficients: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    return np.sum(coefficients[:, None] * vectors, axis=0)
