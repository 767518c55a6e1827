"""Minibatch stochastic gradient descent (SGD).

The full gradient of a mean loss over n examples costs a pass over all the data. SGD instead
takes one step per small random batch: a minibatch gradient is an unbiased, noisy estimate of
the full gradient. An epoch shuffles the n example indices (sampling WITHOUT replacement) and
cuts them into consecutive batches, so every example is used exactly once per epoch.

Here the model is linear regression, prediction X @ w, with the mean squared error
    L(w) = mean((X w - y)^2),   grad L(w) = 2 X^T (X w - y) / n   (n = rows of X).
"""

import numpy as np


def minibatches(n: int, batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """One epoch's batches: index arrays covering a fresh random permutation of range(n)."""
    raise NotImplementedError("not implemented yet: minibatches")


def mse_gradient(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The gradient of mean((X @ w - y) ** 2) with respect to w; same shape as w."""
    raise NotImplementedError("not implemented yet: mse_gradient")


def sgd_epoch(
    w: np.ndarray,
    X: np.ndarray,
    y: np.ndarray,
    lr: float,
    batch_size: int,
    rng: np.random.Generator,
) -> np.ndarray:
    """The weights after one epoch: one step per batch of minibatches(len(X), batch_size, rng)."""
    raise NotImplementedError("not implemented yet: sgd_epoch")
