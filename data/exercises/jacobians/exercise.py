"""Jacobians and the multivariable chain rule.

For f: R^n -> R^m the Jacobian J is the (m, n) matrix of partial derivatives J[i, j] = df_i/dx_j:
row i is the gradient of output i. It is the best linear approximation of f near x:
f(x + d) ~ f(x) + J d.

A neural-network layer y = tanh(W x + b), with W of shape (m, n), has Jacobian
dy/dx = diag(1 - y^2) W (the derivative of tanh(z) is 1 - tanh(z)^2).

The chain rule for vector functions multiplies Jacobians: if h(x) = g(f(x)) then
J_h(x) = J_g(f(x)) @ J_f(x), with shapes (k, m) @ (m, n) -> (k, n). Reverse-mode autodiff
and backpropagation compute exactly these products.
"""

from collections.abc import Callable

import numpy as np


def numeric_jacobian(
    f: Callable[[np.ndarray], np.ndarray], x: np.ndarray, h: float = 1e-5
) -> np.ndarray:
    """Central-difference Jacobian of f at the 1-D point x, shape (len(f(x)), len(x))."""
    raise NotImplementedError("not implemented yet: numeric_jacobian")


def tanh_layer(W: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    """tanh(W @ x + b) for W of shape (m, n), b of shape (m,), x of shape (n,)."""
    raise NotImplementedError("not implemented yet: tanh_layer")


def tanh_layer_jacobian(W: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The exact (m, n) Jacobian of tanh_layer with respect to x."""
    raise NotImplementedError("not implemented yet: tanh_layer_jacobian")


def chain_jacobian(J_outer: np.ndarray, J_inner: np.ndarray) -> np.ndarray:
    """The Jacobian of outer(inner(x)) from J_outer = J_g(f(x)) and J_inner = J_f(x)."""
    raise NotImplementedError("not implemented yet: chain_jacobian")
