"""Typical mistake: frequencies 10000^(-i/d) over every column instead of one per pair."""

import numpy as np


def sinusoidal(n_positions: int, d_model: int) -> np.ndarray:
    freqs = 10000.0 ** (-np.arange(d_model) / d_model)
    angles = np.arange(n_positions)[:, None] * freqs
    table = np.zeros((n_positions, d_model))
    table[:, 0::2] = np.sin(angles[:, 0::2])
    table[:, 1::2] = np.cos(angles[:, 1::2])
    return table


def rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0) -> np.ndarray:
    d = x.shape[-1]
    angles = np.asarray(positions, dtype=float)[:, None] * base ** (-np.arange(0, d, 2) / d)
    cos, sin = np.cos(angles), np.sin(angles)
    a, b = x[:, 0::2], x[:, 1::2]
    out = np.empty_like(x, dtype=float)
    out[:, 0::2] = a * cos - b * sin
    out[:, 1::2] = a * sin + b * cos
    return out
