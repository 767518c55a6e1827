"""Reference solution: momentum and Adam."""

import numpy as np


def momentum_step(
    w: np.ndarray, grad: np.ndarray, velocity: np.ndarray, lr: float, beta: float = 0.9
) -> tuple[np.ndarray, np.ndarray]:
    velocity = beta * velocity + grad
    return w - lr * velocity, velocity


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
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
