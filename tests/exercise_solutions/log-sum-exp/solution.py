"""Reference solution: stable softmax and log-sum-exp."""

import numpy as np


def logsumexp(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    m = np.max(x, axis=-1, keepdims=True)
    return np.squeeze(m, axis=-1) + np.log(np.sum(np.exp(x - m), axis=-1))


def softmax(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def log_softmax(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return x - logsumexp(x)[..., None]
