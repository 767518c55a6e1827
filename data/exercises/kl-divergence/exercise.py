"""Kullback-Leibler divergence.

For categorical distributions p and q over the same outcomes (natural log, nats):
    KL(p || q) = sum_i p_i log(p_i / q_i)
    H(p, q)    = -sum_i p_i log q_i      (cross-entropy)
    H(p)       = -sum_i p_i log p_i      (entropy)
and KL(p || q) = H(p, q) - H(p). KL is always >= 0, equals 0 exactly when p = q, and is not
symmetric: KL(p || q) != KL(q || p) in general. Terms with p_i = 0 contribute 0; if q_i = 0
where p_i > 0, KL(p || q) is infinite.

Minimising cross-entropy over q is minimising KL(data || model); RLHF penalises
KL(policy || reference).
"""

import numpy as np


def kl_divergence(p: np.ndarray, q: np.ndarray) -> float:
    """KL(p || q) in nats (may be np.inf)."""
    raise NotImplementedError("not implemented yet: kl_divergence")


def cross_entropy(p: np.ndarray, q: np.ndarray) -> float:
    """H(p, q) = -sum p_i log q_i in nats, terms with p_i = 0 counting 0."""
    raise NotImplementedError("not implemented yet: cross_entropy")


def entropy(p: np.ndarray) -> float:
    """H(p) = -sum p_i log p_i in nats, with 0 log 0 = 0."""
    raise NotImplementedError("not implemented yet: entropy")
