"""Reference solution: Jacobians."""

from collections.abc import Callable

import numpy as np


def numeric_jacobian(
    f: Callable[[np.ndarray], np.ndarray], x: np.ndarray, h: float = 1e-5
) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    columns = []
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = h
        columns.append((np.asarray(f(x + e)) - np.asarray(f(x - e))) / (2 * h))
    return np.stack(columns, axis=1)


def tanh_layer(W: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    return np.tanh(W @ x + b)


def tanh_layer_jacobian(W: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    y = tanh_layer(W, b, x)
    return (1 - y)[:, None] * W


def chain_jacobian(J_outer: np.ndarray, J_inner: np.ndarray) -> np.ndarray:
    return J_outer @ J_inner
