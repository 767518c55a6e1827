"""Random variables: PMFs, PDFs and CDFs.

A discrete random variable X has a probability mass function (PMF): P(X = v) for each value v of
its support; the masses are between 0 and 1 and sum to 1. A continuous one has a probability
density function (PDF) f: probabilities are areas, P(a <= X <= b) = integral of f from a to b, so
f integrates to 1 but a single value f(x) can be larger than 1 (a density, not a probability).
Both have a cumulative distribution function (CDF) F(x) = P(X <= x), which never decreases and
goes from 0 to 1. For a discrete X the CDF is the running sum of the PMF.

The expectation of a function of X weights g(value) by the probability of that value:
E[g(X)] = sum over v of g(v) P(X = v), which in general is not g(E[X]).

The exponential distribution with rate r > 0 has PDF r exp(-r x) and CDF 1 - exp(-r x) for
x >= 0 (both 0 for x < 0). The empirical CDF of n samples at x is the fraction of samples <= x;
for many samples it follows the true CDF closely.
"""

from collections.abc import Callable

import numpy as np


def pmf_from_samples(samples: np.ndarray, support: np.ndarray) -> np.ndarray:
    """The estimated P(X = support[k]) for each k: the share of the samples equal to it."""
    raise NotImplementedError("not implemented yet: pmf_from_samples")


def cdf_from_pmf(pmf: np.ndarray) -> np.ndarray:
    """F[k] = P(X <= support[k]) for a PMF listed in increasing order of the values."""
    raise NotImplementedError("not implemented yet: cdf_from_pmf")


def expectation_of(
    g: Callable[[np.ndarray], np.ndarray], values: np.ndarray, probs: np.ndarray
) -> float:
    """E[g(X)] for X taking values[k] with probability probs[k] (g works on arrays)."""
    raise NotImplementedError("not implemented yet: expectation_of")


def exponential_pdf(x: np.ndarray, rate: float) -> np.ndarray:
    """The exponential density with this rate at each point of x (0 where x < 0)."""
    raise NotImplementedError("not implemented yet: exponential_pdf")


def exponential_cdf(x: np.ndarray, rate: float) -> np.ndarray:
    """The exponential CDF with this rate at each point of x (0 where x < 0)."""
    raise NotImplementedError("not implemented yet: exponential_cdf")


def empirical_cdf(samples: np.ndarray, x: np.ndarray) -> np.ndarray:
    """For each point of x, the fraction of the samples that are <= it."""
    raise NotImplementedError("not implemented yet: empirical_cdf")
