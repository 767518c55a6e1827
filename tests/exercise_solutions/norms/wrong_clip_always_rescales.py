"""Wrong: rescales every gradient to max_norm (scales short ones up, divides zero by zero)."""

import numpy as np


def l1_norm(v: np.ndarray) -> float:
    return float(np.sum(np.abs(v)))


def l2_norm(v: np.ndarray) -> float:
    return float(np.sqrt(np.sum(v * v)))


def max_norm(v: np.ndarray) -> float:
    return float(np.max(np.abs(v)))


def frobenius_norm(M: np.ndarray) -> float:
    return float(np.sum(np.abs(M)))


def clip_by_norm(g: np.ndarray, max_norm_value: float) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return g * (max_norm_value / l2_norm(g))
