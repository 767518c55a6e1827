"""Reference solution: stable softmax and log-sum-exp."""

import numpy as np


def logsumexp(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return np.log(np.sum(np.exp(x), axis=-1))


def softmax(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)


def log_softmax(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return x - logsumexp(x)[..., None]
