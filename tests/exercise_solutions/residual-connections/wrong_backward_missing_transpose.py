"""Reference solution: residual blocks and their backward pass."""

import numpy as np


def forward(
    x: np.ndarray, weights: list[np.ndarray], biases: list[np.ndarray], residual: bool = True
) -> np.ndarray:
    for W, b in zip(weights, biases, strict=True):
        t = np.tanh(x @ W + b)
        x = x + t if residual else t
    return x


def input_gradient(
    x: np.ndarray,
    weights: list[np.ndarray],
    biases: list[np.ndarray],
    grad_out: np.ndarray,
    residual: bool = True,
) -> np.ndarray:
    inputs = []
    for W, b in zip(weights, biases, strict=True):
        inputs.append(x)
        t = np.tanh(x @ W + b)
        x = x + t if residual else t
    g = grad_out
    for x_in, W, b in reversed(list(zip(inputs, weights, biases, strict=True))):
        t = np.tanh(x_in @ W + b)
        back = (g * (1 - t**2)) @ W
        g = g + back if residual else back
    return g
