"""Reference solution: the chain rule."""

from collections.abc import Callable, Sequence

import numpy as np

Pair = tuple[Callable[[np.ndarray], np.ndarray], Callable[[np.ndarray], np.ndarray]]


def f(x: np.ndarray) -> np.ndarray:
    return np.log(1 + np.exp(np.sin(np.asarray(x, dtype=float) ** 2)))


def f_prime(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    u1 = x**2
    u2 = np.sin(u1)
    u3 = np.exp(u2)
    return (1 / (1 + u3)) * u3 * np.cos(u1) * (2 * x)


def compose(functions: Sequence[Pair], x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    value = np.asarray(x, dtype=float)
    derivative = np.ones_like(value)
    for g, g_prime in functions:
        derivative = derivative * g_prime(np.asarray(x, dtype=float))
        value = g(value)
    return value, derivative
