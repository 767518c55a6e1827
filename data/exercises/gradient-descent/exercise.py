"""Gradient descent.

To minimise f, start at x0 and repeat x <- x - lr * grad f(x): a small step against the gradient.
On f(x, y) = x^2 + 10 y^2 (gradient (2x, 20y), Hessian diag(2, 20)) each coordinate is
multiplied by (1 - lr * curvature) at every step, so the iterates converge to the minimum
(0, 0) when |1 - lr * lambda| < 1 for every Hessian eigenvalue lambda, i.e. lr < 2 / lambda_max.
Larger steps overshoot further each time and diverge; the steep direction (y) limits lr, while
the flat direction (x) sets how slowly it converges.
"""

from collections.abc import Callable

import numpy as np


def quadratic_gradient(x: np.ndarray) -> np.ndarray:
    """The gradient of f(x, y) = x^2 + 10 y^2 at the point x = (x, y)."""
    raise NotImplementedError("not implemented yet: quadratic_gradient")


def gradient_descent(
    grad: Callable[[np.ndarray], np.ndarray], x0: np.ndarray, lr: float, steps: int
) -> np.ndarray:
    """The path of gradient descent: an array of shape (steps + 1, len(x0)), row 0 being x0."""
    raise NotImplementedError("not implemented yet: gradient_descent")


def has_diverged(path: np.ndarray) -> bool:
    """True when the path's last point is not finite or is farther from 0 than its first."""
    raise NotImplementedError("not implemented yet: has_diverged")


def largest_stable_lr(hessian_eigenvalues: np.ndarray) -> float:
    """The learning rate above which gradient descent diverges on a quadratic with this Hessian."""
    raise NotImplementedError("not implemented yet: largest_stable_lr")
