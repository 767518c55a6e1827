"""Reference solution: a pre-norm transformer block."""

import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta


def gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))


def _attention(z: np.ndarray, p: dict[str, np.ndarray], n_heads: int) -> np.ndarray:
    batch, seq, d = z.shape
    d_head = d // n_heads

    def split(m: np.ndarray) -> np.ndarray:
        return m.reshape(batch, seq, n_heads, d_head).transpose(0, 2, 1, 3)

    Q, K, V = split(z @ p["Wq"]), split(z @ p["Wk"]), split(z @ p["Wv"])
    scores = Q @ K.swapaxes(-1, -2) / np.sqrt(d_head)
    scores = np.where(np.tril(np.ones((seq, seq), dtype=bool)), scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    return (weights @ V).transpose(0, 2, 1, 3).reshape(batch, seq, d) @ p["Wo"]


def transformer_block(x: np.ndarray, params: dict[str, np.ndarray], n_heads: int) -> np.ndarray:
    p = params
    h = x + _attention(layer_norm(x, p["ln1_gamma"], p["ln1_beta"]), p, n_heads)
    z = layer_norm(h, p["ln2_gamma"], p["ln2_beta"])
    return h + gelu(z @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"]


def count_parameters(d_model: int) -> int:
    return 12 * d_model * d_model + 9 * d_model
