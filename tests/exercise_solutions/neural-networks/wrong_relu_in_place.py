"""Reference solution: the MLP forward pass."""

import numpy as np


def init_mlp(
    n_in: int, n_hidden: int, n_out: int, rng: np.random.Generator
) -> dict[str, np.ndarray]:
    return {
        "W1": rng.standard_normal((n_in, n_hidden)) / np.sqrt(n_in),
        "b1": np.zeros(n_hidden),
        "W2": rng.standard_normal((n_hidden, n_out)) / np.sqrt(n_hidden),
        "b2": np.zeros(n_out),
    }


def count_parameters(params: dict[str, np.ndarray]) -> int:
    return sum(int(np.size(p)) for p in params.values())


def relu(x: np.ndarray) -> np.ndarray:
    x[x < 0] = 0
    return x


def softmax(logits: np.ndarray) -> np.ndarray:
    e = np.exp(logits - np.max(logits, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def mlp_forward(params: dict[str, np.ndarray], X: np.ndarray) -> np.ndarray:
    hidden = relu(X @ params["W1"] + params["b1"])
    return softmax(hidden @ params["W2"] + params["b2"])
