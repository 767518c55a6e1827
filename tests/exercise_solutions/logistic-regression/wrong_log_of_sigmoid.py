"""Reference solution: logistic regression."""

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def logistic_loss(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    s = sigmoid(X @ w)
    return float(-np.mean(y * np.log(s) + (1 - y) * np.log(1 - s)))


def logistic_gradient(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    return X.T @ (sigmoid(X @ w) - y) / len(y)


def fit_logistic(X: np.ndarray, y: np.ndarray, lr: float, steps: int) -> np.ndarray:
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        w = w - lr * logistic_gradient(w, X, y)
    return w


def predict(w: np.ndarray, X: np.ndarray) -> np.ndarray:
    return (sigmoid(X @ w) >= 0.5).astype(int)
