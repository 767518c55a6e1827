"""The forward pass of a multi-layer perceptron (MLP).

A batch of inputs is a matrix X of shape (batch, n_in), one example per row. A two-layer MLP
computes
    H      = relu(X @ W1 + b1)      W1: (n_in, n_hidden), b1: (n_hidden,), H: (batch, n_hidden)
    logits = H @ W2 + b2            W2: (n_hidden, n_out), b2: (n_out,),   logits: (batch, n_out)
    probs  = softmax(logits)        each row sums to 1
with relu(x) = max(0, x) and the softmax taken over each row (subtract the row max first).
The biases broadcast over the batch. The same pieces make up a transformer's MLP block.

Parameters live in a dict with keys "W1", "b1", "W2", "b2". Initialise weights with
standard normal draws scaled by 1 / sqrt(fan_in) and biases with zeros.
"""

import numpy as np


def init_mlp(
    n_in: int, n_hidden: int, n_out: int, rng: np.random.Generator
) -> dict[str, np.ndarray]:
    """A dict of the four parameters W1, b1, W2, b2 with the shapes above."""
    raise NotImplementedError("not implemented yet: init_mlp")


def count_parameters(params: dict[str, np.ndarray]) -> int:
    """The total number of numbers in all the parameters."""
    raise NotImplementedError("not implemented yet: count_parameters")


def relu(x: np.ndarray) -> np.ndarray:
    """max(0, x) elementwise, as a new array."""
    raise NotImplementedError("not implemented yet: relu")


def softmax(logits: np.ndarray) -> np.ndarray:
    """The softmax of each row of a (batch, k) array."""
    raise NotImplementedError("not implemented yet: softmax")


def mlp_forward(params: dict[str, np.ndarray], X: np.ndarray) -> np.ndarray:
    """The (batch, n_out) class probabilities for the (batch, n_in) inputs X."""
    raise NotImplementedError("not implemented yet: mlp_forward")
