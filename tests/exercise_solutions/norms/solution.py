"""Reference solution: norms."""

import numpy as np


def l1_norm(v: np.ndarray) -> float:
    return float(np.sum(np.abs(v)))


def l2_norm(v: np.ndarray) -> float:
    return float(np.sqrt(np.sum(v * v)))


def max_norm(v: np.ndarray) -> float:
    return float(np.max(np.abs(v)))


def frobenius_norm(M: np.ndarray) -> float:
    return float(np.sqrt(np.sum(M * M)))


def clip_by_norm(g: np.ndarray, max_norm_value: float) -> np.ndarray:
    size = l2_norm(g)
    return g * (max_norm_value / size) if size > max_norm_value else g
