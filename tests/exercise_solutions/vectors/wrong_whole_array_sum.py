"""Wrong: sums over every axis (one length for a batch) and divides the zero vector."""

import numpy as np


def length(v: np.ndarray) -> np.ndarray:
    return np.sqrt(np.sum(np.asarray(v, dtype=float) ** 2))


def unit_vector(v: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return v / length(v)


def linear_combination(coefficients: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    return coefficients @ vectors
