"""Momentum and Adam.

SGD with momentum (PyTorch's convention) keeps a velocity, a running sum of past gradients:
    velocity = beta * velocity + grad
    w        = w - lr * velocity
so steps grow along directions where the gradient keeps its sign and zig-zags cancel.

Adam keeps exponential moving averages of the gradient and of its square, then corrects their
bias towards 0 (they start at 0) before the step; t counts steps from 1:
    m     = beta1 * m + (1 - beta1) * grad
    v     = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    w     = w - lr * m_hat / (sqrt(v_hat) + eps)
Every coordinate gets its own step size, about lr, whatever the gradient's scale.

Each function returns new arrays and does not modify its arguments.
"""

import numpy as np


def momentum_step(
    w: np.ndarray, grad: np.ndarray, velocity: np.ndarray, lr: float, beta: float = 0.9
) -> tuple[np.ndarray, np.ndarray]:
    """One SGD-with-momentum update: returns (new w, new velocity)."""
    raise NotImplementedError("not implemented yet: momentum_step")


def adam_step(
    w: np.ndarray,
    grad: np.ndarray,
    m: np.ndarray,
    v: np.ndarray,
    t: int,
    lr: float = 1e-3,
    beta1: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One Adam update at step t (t = 1 for the first step): returns (new w, new m, new v)."""
    raise NotImplementedError("not implemented yet: adam_step")
