"""Scaled dot-product attention.

Queries Q (..., n_q, d_k), keys K (..., n_k, d_k) and values V (..., n_k, d_v), where "..." is
any leading batch and head dimensions, give
    scores  = Q @ K^T / sqrt(d_k)                (..., n_q, n_k)
    weights = softmax(scores) over the last axis (each query's weights over keys sum to 1)
    output  = weights @ V                        (..., n_q, d_v)
K^T means swapping the last two axes. Dividing by sqrt(d_k) keeps the dot products' variance
near 1 whatever d_k is, so the softmax does not saturate.

A language model must not look ahead: with a causal mask, query i may attend only to keys
j <= i. mask[i, j] is True where attention is ALLOWED; scores where it is False are set to -inf
before the softmax, so their weights are exactly 0. The mask broadcasts over the leading axes.
"""

import numpy as np


def softmax(x: np.ndarray) -> np.ndarray:
    """Softmax over the last axis, stable for large inputs (and for -inf entries)."""
    raise NotImplementedError("not implemented yet: softmax")


def causal_mask(n: int) -> np.ndarray:
    """A boolean (n, n) array, True where query i may attend to key j (j <= i)."""
    raise NotImplementedError("not implemented yet: causal_mask")


def attention(
    Q: np.ndarray, K: np.ndarray, V: np.ndarray, mask: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(output, weights) of scaled dot-product attention, masked where mask is False."""
    raise NotImplementedError("not implemented yet: attention")
