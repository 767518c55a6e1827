"""Reference solution: linear regression three ways."""

import numpy as np


def normal_equations(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.linalg.solve(X.T @ X, X.T @ y)


def lstsq_fit(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.linalg.lstsq(X, y, rcond=None)


def mse(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    return float(np.mean((X @ w - y) ** 2))


def mse_gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 2.0 / len(y) * X.T @ (X @ w - y)


def gradient_descent(X: np.ndarray, y: np.ndarray, lr: float, steps: int) -> np.ndarray:
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        w = w - lr * mse_gradient(X, y, w)
    return w
