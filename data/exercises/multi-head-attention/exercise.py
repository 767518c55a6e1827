"""Multi-head self-attention.

x has shape (batch, seq, d_model). Three (d_model, d_model) matrices project it to queries,
keys and values: Q = x @ Wq, K = x @ Wk, V = x @ Wv. With h heads, d_model is cut into h slices
of d_head = d_model / h columns, and each head runs scaled dot-product attention in its own
slice:
    split:   (batch, seq, d_model) -> (batch, seq, h, d_head) -> (batch, h, seq, d_head)
    attend:  softmax(Q_h K_h^T / sqrt(d_head)) V_h, per batch and head   (batch, h, seq, d_head)
    merge:   (batch, h, seq, d_head) -> (batch, seq, h, d_head) -> (batch, seq, d_model)
    output:  merged @ Wo
Head h owns columns h*d_head .. (h+1)*d_head - 1. Splitting adds no parameters: the four
projection matrices are the same size whatever h is; heads only let different slices attend
to different positions.

With causal=True, query t attends only to keys j <= t (scores above the diagonal set to -inf
before the softmax), so the output at t does not depend on later tokens.
"""

import numpy as np


def softmax(x: np.ndarray) -> np.ndarray:
    """Softmax over the last axis, stable for large inputs (and for -inf entries)."""
    raise NotImplementedError("not implemented yet: softmax")


def split_heads(x: np.ndarray, n_heads: int) -> np.ndarray:
    """(batch, seq, d_model) -> (batch, n_heads, seq, d_model // n_heads)."""
    raise NotImplementedError("not implemented yet: split_heads")


def merge_heads(x: np.ndarray) -> np.ndarray:
    """(batch, n_heads, seq, d_head) -> (batch, seq, n_heads * d_head); undoes split_heads."""
    raise NotImplementedError("not implemented yet: merge_heads")


def multi_head_attention(
    x: np.ndarray,
    Wq: np.ndarray,
    Wk: np.ndarray,
    Wv: np.ndarray,
    Wo: np.ndarray,
    n_heads: int,
    causal: bool = True,
) -> np.ndarray:
    """Multi-head self-attention of x (batch, seq, d_model): returns (batch, seq, d_model)."""
    raise NotImplementedError("not implemented yet: multi_head_attention")
