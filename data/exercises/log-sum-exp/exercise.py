"""Stable softmax and log-sum-exp.

softmax turns a vector of scores (logits) x into probabilities:
    softmax(x)_i = exp(x_i) / sum_j exp(x_j).
Its normaliser in log space is log-sum-exp, logsumexp(x) = log(sum_j exp(x_j)), and
log_softmax(x) = x - logsumexp(x) is what every classifier and language-model loss uses.

exp(1000) overflows a float64, so the formulas above fail on large logits. The trick: for any
constant c, logsumexp(x) = c + logsumexp(x - c) and softmax(x - c) = softmax(x). Choosing
c = max(x) makes every exponent <= 0, so nothing overflows and the largest term is exactly 1.

Every function works on the LAST axis: a 1-D vector, or a 2-D array whose rows are separate
examples (the max and the sum are taken per row).
"""

import numpy as np


def logsumexp(x: np.ndarray) -> np.ndarray:
    """log(sum(exp(x))) over the last axis, without overflow; the last axis is removed."""
    raise NotImplementedError("not implemented yet: logsumexp")


def softmax(x: np.ndarray) -> np.ndarray:
    """exp(x) / sum(exp(x)) over the last axis, without overflow; same shape as x."""
    raise NotImplementedError("not implemented yet: softmax")


def log_softmax(x: np.ndarray) -> np.ndarray:
    """log(softmax(x)) over the last axis, finite even where softmax underflows to 0."""
    raise NotImplementedError("not implemented yet: log_softmax")
