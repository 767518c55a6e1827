"""A pre-norm transformer block (as in GPT-2 and most LLMs since).

x has shape (batch, seq, d). The block is two residual branches, each normalising its input
first:
    h   = x + attention(LN1(x))          causal multi-head self-attention, n_heads heads
    out = h + MLP(LN2(h))                MLP(z) = GELU(z @ W1 + b1) @ W2 + b2, 4d wide inside
Because each branch is ADDED to its input, a block whose branches output 0 is the identity:
that is what lets deep stacks of blocks train.

Layer norm normalises each token on its own, over its d features:
    LN(z) = gamma * (z - mean(z)) / sqrt(var(z) + eps) + beta   (population variance, eps = 1e-5)
GELU (tanh form, as in GPT-2): GELU(x) = 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).

The attention is the one of the multi-head exercise: Q, K, V = z @ Wq, z @ Wk, z @ Wv (no
biases), split into heads of d // n_heads columns, softmax(Q K^T / sqrt(d_head)) over keys j <= t
only, heads merged, then @ Wo.

params is a dict of arrays: "ln1_gamma", "ln1_beta", "ln2_gamma", "ln2_beta" (d,); "Wq", "Wk",
"Wv", "Wo" (d, d); "W1" (d, 4d), "b1" (4d,), "W2" (4d, d), "b2" (d,).
"""

import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Layer norm of x over its last axis, scaled by gamma and shifted by beta."""
    raise NotImplementedError("not implemented yet: layer_norm")


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh approximation, elementwise."""
    raise NotImplementedError("not implemented yet: gelu")


def transformer_block(x: np.ndarray, params: dict[str, np.ndarray], n_heads: int) -> np.ndarray:
    """The pre-norm block applied to x (batch, seq, d): returns (batch, seq, d)."""
    raise NotImplementedError("not implemented yet: transformer_block")


def count_parameters(d_model: int) -> int:
    """How many numbers the params of one block of width d_model hold."""
    raise NotImplementedError("not implemented yet: count_parameters")
