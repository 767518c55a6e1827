"""Wrong: points @ M (maps each row by Mᵀ), and a clockwise rotation."""

import numpy as np


def rotation(theta: float) -> np.ndarray:
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, s], [-s, c]])


def scaling(sx: float, sy: float) -> np.ndarray:
    return np.diag([sx, sy]).astype(float)


def shear(k: float) -> np.ndarray:
    return np.array([[1.0, 0.0], [k, 1.0]])


def apply(M: np.ndarray, points: np.ndarray) -> np.ndarray:
    return points @ M


def compose(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    return second @ first
