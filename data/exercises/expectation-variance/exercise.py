"""Expectation and variance.

For data x_1..x_n: mean = sum x_i / n and variance = sum (x_i - mean)^2 / (n - ddof), where
ddof = 0 gives the population (maximum-likelihood) variance and ddof = 1 the unbiased sample
variance (NumPy's np.var uses ddof=0 by default, pandas' .var() uses ddof=1).

For a discrete random variable taking values v_k with probabilities p_k:
E[X] = sum p_k v_k and Var(X) = E[(X - E[X])^2] = E[X^2] - E[X]^2. Rules: E[aX + b] = a E[X] + b,
Var(aX + b) = a^2 Var(X), and the variance of a sum of independent terms is the sum of their
variances. So a layer y = W x with fan_in independent inputs of variance 1 and weights of
standard deviation s has output variance fan_in * s^2: s = 1 / sqrt(fan_in) keeps it at 1
through many layers (the idea behind Xavier/He initialisation and the 1/sqrt(d) in attention).
"""

import numpy as np


def mean(x: np.ndarray) -> float:
    """The sample mean of all values in x."""
    raise NotImplementedError("not implemented yet: mean")


def variance(x: np.ndarray, ddof: int = 0) -> float:
    """sum((x - mean)^2) / (n - ddof) over all values in x."""
    raise NotImplementedError("not implemented yet: variance")


def expectation(values: np.ndarray, probs: np.ndarray) -> float:
    """E[X] for X taking values[k] with probability probs[k]."""
    raise NotImplementedError("not implemented yet: expectation")


def distribution_variance(values: np.ndarray, probs: np.ndarray) -> float:
    """Var(X) for X taking values[k] with probability probs[k]."""
    raise NotImplementedError("not implemented yet: distribution_variance")


def init_std(fan_in: int) -> float:
    """The weight standard deviation that keeps a linear layer's output variance at 1."""
    raise NotImplementedError("not implemented yet: init_std")
