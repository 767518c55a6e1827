"""Partial derivatives: by hand and by central differences.

The partial derivative of f(x_0, ..., x_{d-1}) with respect to x_i is the ordinary derivative
in x_i with every other coordinate held fixed. Numerically, the central difference
    df/dx_i ~ (f(p + h e_i) - f(p - h e_i)) / (2 h)
moves only coordinate i (e_i is the i-th unit vector) and is accurate to O(h^2), much better
than the one-sided (f(p + h e_i) - f(p)) / h. Mixed second partials use four points; writing
f(+-) for f(p + h e_i - h e_j) and so on,
    d2f/dx_i dx_j ~ (f(++) - f(+-) - f(-+) + f(--)) / (4 h^2)
and for smooth f the order does not matter: d2f/dx dy = d2f/dy dx.

By hand: for f(x, y) = x^2 y + sin(y), df/dx = 2 x y and df/dy = x^2 + cos(y). For the loss
L(w, b) = mean((w x + b - y)^2) on data (x, y), with residual r = w x + b - y,
dL/dw = 2 mean(r x) and dL/db = 2 mean(r): the entries of the gradient used to train it.
Functions f below take a NumPy array p of coordinates and return a number; never modify p.
"""

from collections.abc import Callable

import numpy as np


def partial(f: Callable[[np.ndarray], float], p: np.ndarray, i: int, h: float = 1e-5) -> float:
    """df/dx_i at p by a central difference."""
    raise NotImplementedError("not implemented yet: partial")


def numeric_gradient(
    f: Callable[[np.ndarray], float], p: np.ndarray, h: float = 1e-5
) -> np.ndarray:
    """All the partial derivatives of f at p, as an array shaped like p."""
    raise NotImplementedError("not implemented yet: numeric_gradient")


def mixed_partial(
    f: Callable[[np.ndarray], float], p: np.ndarray, i: int, j: int, h: float = 1e-4
) -> float:
    """d2f/dx_i dx_j at p by the four-point central difference."""
    raise NotImplementedError("not implemented yet: mixed_partial")


def f_partials(x: float, y: float) -> tuple[float, float]:
    """(df/dx, df/dy) of f(x, y) = x^2 y + sin(y), by hand."""
    raise NotImplementedError("not implemented yet: f_partials")


def loss_partials(w: float, b: float, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(dL/dw, dL/db) of L(w, b) = mean((w x + b - y)^2), by hand."""
    raise NotImplementedError("not implemented yet: loss_partials")
