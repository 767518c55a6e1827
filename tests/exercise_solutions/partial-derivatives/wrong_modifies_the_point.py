"""Reference solution: partial derivatives."""

from collections.abc import Callable

import numpy as np


def _step(p: np.ndarray, i: int, h: float) -> np.ndarray:
    p[i] += h
    return p.copy()


def partial(f: Callable[[np.ndarray], float], p: np.ndarray, i: int, h: float = 1e-5) -> float:
    return (f(_step(p, i, h)) - f(_step(p, i, -h))) / (2 * h)


def numeric_gradient(
    f: Callable[[np.ndarray], float], p: np.ndarray, h: float = 1e-5
) -> np.ndarray:
    return np.array([partial(f, p, i, h) for i in range(len(p))])


def mixed_partial(
    f: Callable[[np.ndarray], float], p: np.ndarray, i: int, j: int, h: float = 1e-4
) -> float:
    def at(si: float, sj: float) -> float:
        return f(_step(_step(p, i, si), j, sj))

    return (at(h, h) - at(h, -h) - at(-h, h) + at(-h, -h)) / (4 * h * h)


def f_partials(x: float, y: float) -> tuple[float, float]:
    return 2 * x * y, x**2 + np.cos(y)


def loss_partials(w: float, b: float, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    r = w * x + b - y
    return 2 * np.mean(r * x), 2 * np.mean(r)
