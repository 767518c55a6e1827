"""Reference solution: gradient descent."""

from collections.abc import Callable

import numpy as np


def quadratic_gradient(x: np.ndarray) -> np.ndarray:
    return np.array([2.0 * x[0], 20.0 * x[1]])


def gradient_descent(
    grad: Callable[[np.ndarray], np.ndarray], x0: np.ndarray, lr: float, steps: int
) -> np.ndarray:
    x = np.array(x0, dtype=float)
    path = [x.copy()]
    for _ in range(steps):
        x = x + lr * grad(x)
        path.append(x.copy())
    return np.array(path)


def has_diverged(path: np.ndarray) -> bool:
    last = np.asarray(path[-1], dtype=float)
    if not np.all(np.isfinite(last)):
        return True
    return bool(np.linalg.norm(last) > np.linalg.norm(path[0]))


def largest_stable_lr(hessian_eigenvalues: np.ndarray) -> float:
    return float(2.0 / np.max(hessian_eigenvalues))
