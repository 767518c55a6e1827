"""Positional encodings: sinusoidal and rotary (RoPE).

Self-attention treats its inputs as a set: shuffle the tokens and the outputs are merely
shuffled. Position has to be put in.

Sinusoidal encoding (the original Transformer) adds to the token at position p a vector PE[p]
of d_model numbers, in pairs i = 0, 1, ..., d_model/2 - 1 with frequency w_i = 10000^(-2i/d_model):
    PE[p, 2i]     = sin(p * w_i)
    PE[p, 2i + 1] = cos(p * w_i)
Each pair is a point on a circle turning at its own speed, so PE[p + k] is PE[p] with every pair
rotated by k * w_i: moving by k positions is the same linear map wherever you start.

Rotary encoding (RoPE, used in Llama-family models) instead ROTATES the queries and keys: the
vector x at position m (d even) has each consecutive pair (x[2i], x[2i+1]) rotated by the angle
m * theta_i, theta_i = base^(-2i/d). A rotation of (a, b) by t is
    (a cos t - b sin t,  a sin t + b cos t).
Rotations keep lengths, and since rotating q by m*theta and k by n*theta leaves q . k depending
on the angle between them, the attention score rope(q, m) . rope(k, n) depends only on m - n.
"""

import numpy as np


def sinusoidal(n_positions: int, d_model: int) -> np.ndarray:
    """The (n_positions, d_model) sinusoidal table PE (d_model even)."""
    raise NotImplementedError("not implemented yet: sinusoidal")


def rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0) -> np.ndarray:
    """Rotary embedding of x (n, d), row j at position positions[j]; returns a new (n, d) array."""
    raise NotImplementedError("not implemented yet: rope")
