"""Residual connections: y = x + f(x).

A plain deep network stacks layers x_{k+1} = f_k(x_k). A residual network adds each block's
input back to its output:
    x_{k+1} = x_k + f_k(x_k),    here f_k(x) = tanh(x @ W_k + b_k)
for a batch x of shape (n, d) and square weights W_k of shape (d, d).

The chain rule shows why this trains at depth. With t = tanh(x @ W + b) and the gradient g of
the loss with respect to the block's output, the gradient with respect to its input is
    plain block:     (g * (1 - t**2)) @ W.T
    residual block:  g + (g * (1 - t**2)) @ W.T
The "g +" is the identity path: however small f's derivatives are, the gradient reaches the
early layers undiminished, while in a plain stack it is multiplied by a small factor per layer
and vanishes. Backpropagate through the blocks in reverse order, reusing each block's input.
"""

import numpy as np


def forward(
    x: np.ndarray, weights: list[np.ndarray], biases: list[np.ndarray], residual: bool = True
) -> np.ndarray:
    """The output of the stack of blocks (residual, or plain when residual is False)."""
    raise NotImplementedError("not implemented yet: forward")


def input_gradient(
    x: np.ndarray,
    weights: list[np.ndarray],
    biases: list[np.ndarray],
    grad_out: np.ndarray,
    residual: bool = True,
) -> np.ndarray:
    """d(sum(grad_out * forward(x))) / dx: the gradient at the input, shape of x."""
    raise NotImplementedError("not implemented yet: input_gradient")
