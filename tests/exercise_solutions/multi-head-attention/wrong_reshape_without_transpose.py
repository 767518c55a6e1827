"""Typical mistake: reshaping straight to (batch, heads, seq, d_head) (scrambles heads)."""

import numpy as np


def softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def split_heads(x: np.ndarray, n_heads: int) -> np.ndarray:
    batch, seq, d_model = x.shape
    return x.reshape(batch, n_heads, seq, d_model // n_heads)


def merge_heads(x: np.ndarray) -> np.ndarray:
    batch, n_heads, seq, d_head = x.shape
    return x.transpose(0, 2, 1, 3).reshape(batch, seq, n_heads * d_head)


def multi_head_attention(
    x: np.ndarray,
    Wq: np.ndarray,
    Wk: np.ndarray,
    Wv: np.ndarray,
    Wo: np.ndarray,
    n_heads: int,
    causal: bool = True,
) -> np.ndarray:
    Q = split_heads(x @ Wq, n_heads)
    K = split_heads(x @ Wk, n_heads)
    V = split_heads(x @ Wv, n_heads)
    scores = Q @ K.swapaxes(-1, -2) / np.sqrt(Q.shape[-1])
    if causal:
        seq = x.shape[1]
        scores = np.where(np.tril(np.ones((seq, seq), dtype=bool)), scores, -np.inf)
    return merge_heads(softmax(scores) @ V) @ Wo
