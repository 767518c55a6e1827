"""Gradients and directional derivatives.

For f: R^n -> R the gradient grad f(x) is the vector of partial derivatives df/dx_i. It points in
the direction of steepest ascent, and the rate of change of f along a direction v is the
directional derivative grad f(x) . v / |v|. Gradient descent steps along -grad f / |grad f|, the
direction of steepest descent.

A quadratic form f(x) = x^T A x (A a square matrix) has gradient (A + A^T) x, which is 2 A x
when A is symmetric. Numerically, each partial derivative can be estimated with a central
difference: (f(x + h e_i) - f(x - h e_i)) / (2 h), where e_i is the i-th unit vector.
"""

from collections.abc import Callable

import numpy as np


def numeric_gradient(
    f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-5
) -> np.ndarray:
    """Central-difference estimate of grad f at the 1-D point x; same shape as x."""
    raise NotImplementedError("not implemented yet: numeric_gradient")


def quadratic_form(A: np.ndarray, x: np.ndarray) -> float:
    """x^T A x for a square (n, n) A and a vector x of length n."""
    raise NotImplementedError("not implemented yet: quadratic_form")


def quadratic_form_gradient(A: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The exact gradient of x^T A x with respect to x (A need not be symmetric)."""
    raise NotImplementedError("not implemented yet: quadratic_form_gradient")


def directional_derivative(grad: np.ndarray, v: np.ndarray) -> float:
    """The rate of change along direction v (any nonzero length) given the gradient grad."""
    raise NotImplementedError("not implemented yet: directional_derivative")


def steepest_descent_direction(grad: np.ndarray) -> np.ndarray:
    """The unit vector along which f decreases fastest, given a nonzero gradient grad."""
    raise NotImplementedError("not implemented yet: steepest_descent_direction")
