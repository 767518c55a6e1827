"""Linear regression and least squares, three ways.

A linear model predicts y_hat = X @ w for a design matrix X of shape (n, d) (to fit an
intercept, X has a column of ones). Least squares picks w minimising the mean squared error
    MSE(w) = mean((X @ w - y) ** 2).
Its gradient is
    grad MSE(w) = (2 / n) * X^T (X @ w - y)
and setting it to zero gives the normal equations
    X^T X w = X^T y.
Geometrically X @ w is the projection of y onto the column space of X: the residual
y - X @ w is perpendicular to every column of X. Solve the normal equations with
np.linalg.solve (never invert), compare with np.linalg.lstsq (which is also stable when X^T X is
badly conditioned), and reach the same w by gradient descent from w = 0.
"""

import numpy as np


def normal_equations(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The least-squares weights w, shape (d,), by solving X^T X w = X^T y."""
    raise NotImplementedError("not implemented yet: normal_equations")


def lstsq_fit(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The least-squares weights w, shape (d,), from np.linalg.lstsq."""
    raise NotImplementedError("not implemented yet: lstsq_fit")


def mse(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    """The mean squared error of the predictions X @ w."""
    raise NotImplementedError("not implemented yet: mse")


def mse_gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The gradient of mse with respect to w, shape (d,)."""
    raise NotImplementedError("not implemented yet: mse_gradient")


def gradient_descent(X: np.ndarray, y: np.ndarray, lr: float, steps: int) -> np.ndarray:
    """Start from w = 0 and take `steps` steps w -= lr * mse_gradient(X, y, w); return w."""
    raise NotImplementedError("not implemented yet: gradient_descent")
