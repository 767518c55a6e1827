"""Reference solution: gradients and directional derivatives."""

from collections.abc import Callable

import numpy as np


def numeric_gradient(
    f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-5
) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(x.size):
        e = np.zeros_like(x)
        e[i] = h
        grad[i] = (f(x + e) - f(x - e)) / (2 * h)
    return grad


def quadratic_form(A: np.ndarray, x: np.ndarray) -> float:
    return float(x @ A @ x)


def quadratic_form_gradient(A: np.ndarray, x: np.ndarray) -> np.ndarray:
    return (A + A.T) @ x


def directional_derivative(grad: np.ndarray, v: np.ndarray) -> float:
    return float(grad @ v / np.linalg.norm(v))


def steepest_descent_direction(grad: np.ndarray) -> np.ndarray:
    return -grad / np.linalg.norm(grad)
