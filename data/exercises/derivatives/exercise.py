"""Derivatives of one variable: numerically and by hand.

The derivative f'(x) is the local slope of f at x. Numerically it can be estimated with the
central difference

    f'(x) ~ (f(x + h) - f(x - h)) / (2 h),

whose error shrinks like h^2 (the one-sided (f(x + h) - f(x)) / h is only accurate to order h).

Neural networks use a few derivatives over and over:
- sigmoid(x) = 1 / (1 + exp(-x)) has derivative sigmoid(x) * (1 - sigmoid(x));
- relu(x) = max(0, x) has derivative 1 for x > 0 and 0 for x < 0 (take 0 at x = 0).

All functions take a float or a NumPy array x and work elementwise.
"""

from collections.abc import Callable

import numpy as np


def numeric_derivative(
    f: Callable[[np.ndarray], np.ndarray], x: np.ndarray, h: float = 1e-5
) -> np.ndarray:
    """The central-difference estimate of f'(x), elementwise; same shape as x."""
    raise NotImplementedError("not implemented yet: numeric_derivative")


def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-x)), elementwise."""
    raise NotImplementedError("not implemented yet: sigmoid")


def sigmoid_derivative(x: np.ndarray) -> np.ndarray:
    """The exact derivative of sigmoid at x, elementwise."""
    raise NotImplementedError("not implemented yet: sigmoid_derivative")


def relu_derivative(x: np.ndarray) -> np.ndarray:
    """The derivative of max(0, x): 1.0 where x > 0, 0.0 elsewhere."""
    raise NotImplementedError("not implemented yet: relu_derivative")
