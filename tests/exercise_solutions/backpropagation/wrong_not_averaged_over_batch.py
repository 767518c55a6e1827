"""Reference solution: backpropagation through a two-layer MLP."""

import numpy as np


def _forward(
    params: dict[str, np.ndarray], X: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    z1 = X @ params["W1"] + params["b1"]
    h = np.maximum(0, z1)
    logits = h @ params["W2"] + params["b2"]
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return z1, h, e / e.sum(axis=1, keepdims=True)


def loss(params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray) -> float:
    logits = np.maximum(0, X @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]
    z = logits - logits.max(axis=1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-np.mean(log_probs[np.arange(len(y)), y]))


def gradients(params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    n = len(y)
    z1, h, probs = _forward(params, X)
    dlogits = probs.copy()
    dlogits[np.arange(n), y] -= 1.0
    dh = dlogits @ params["W2"].T
    dz1 = dh * (z1 > 0)
    return {
        "W1": X.T @ dz1,
        "b1": dz1.sum(axis=0),
        "W2": h.T @ dlogits,
        "b2": dlogits.sum(axis=0),
    }
