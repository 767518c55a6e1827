"""Reference solution: minibatch SGD."""

import numpy as np


def minibatches(n: int, batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    order = rng.permutation(n)
    return [order[i : i + batch_size] for i in range(0, n, batch_size)]


def mse_gradient(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    return 2 * X.T @ (X @ w - y) / len(X)


def sgd_epoch(
    w: np.ndarray,
    X: np.ndarray,
    y: np.ndarray,
    lr: float,
    batch_size: int,
    rng: np.random.Generator,
) -> np.ndarray:
    w = np.array(w, dtype=float)
    for idx in minibatches(len(X), batch_size, rng):
        w = w - lr * mse_gradient(w, X[idx], y[idx])
    return w
