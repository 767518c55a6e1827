"""Typical mistake: one angle per column (base^(-j/d)), so a pair is not rotated as a whole."""

import numpy as np


def sinusoidal(n_positions: int, d_model: int) -> np.ndarray:
    freqs = 10000.0 ** (-np.arange(0, d_model, 2) / d_model)
    angles = np.arange(n_positions)[:, None] * freqs
    table = np.zeros((n_positions, d_model))
    table[:, 0::2] = np.sin(angles)
    table[:, 1::2] = np.cos(angles)
    return table


def rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0) -> np.ndarray:
    d = x.shape[-1]
    angles = np.asarray(positions, dtype=float)[:, None] * base ** (-np.arange(d) / d)
    cos, sin = np.cos(angles), np.sin(angles)
    a, b = x[:, 0::2], x[:, 1::2]
    out = np.empty_like(x, dtype=float)
    out[:, 0::2] = a * cos[:, 0::2] - b * sin[:, 0::2]
    out[:, 1::2] = a * sin[:, 1::2] + b * cos[:, 1::2]
    return out
