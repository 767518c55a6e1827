"""Backpropagation through a two-layer MLP.

Forward pass for a batch X of shape (n, n_in) with integer labels y of shape (n,):
    Z1     = X @ W1 + b1          (n, n_hidden)
    H      = relu(Z1)             (n, n_hidden)
    logits = H @ W2 + b2          (n, n_out)
    probs  = softmax(logits)      per row
    loss   = mean_i( -log probs[i, y_i] )

Backward pass: the chain rule from the loss back to every parameter, reusing the cached Z1
and H:
    dlogits = (probs - onehot(y)) / n
    dW2 = H^T @ dlogits           db2 = sum of dlogits over the batch
    dH  = dlogits @ W2^T
    dZ1 = dH * (Z1 > 0)           (ReLU passes gradient only where it was active)
    dW1 = X^T @ dZ1               db1 = sum of dZ1 over the batch
Every gradient has the shape of its parameter. Parameters and gradients are dicts with keys
"W1", "b1", "W2", "b2".
"""

import numpy as np


def loss(params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray) -> float:
    """The mean softmax cross-entropy of the MLP on the batch (X, y)."""
    raise NotImplementedError("not implemented yet: loss")


def gradients(params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    """d loss / d parameter for each of W1, b1, W2, b2, by backpropagation."""
    raise NotImplementedError("not implemented yet: gradients")
