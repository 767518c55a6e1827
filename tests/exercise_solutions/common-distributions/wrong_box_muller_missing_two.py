"""Reference solution: samplers from uniform random numbers."""

from typing import Protocol

import numpy as np


class UniformSource(Protocol):
    def random(self, size: int) -> np.ndarray: ...


def bernoulli_mean_variance(p: float) -> tuple[float, float]:
    return p, p * (1 - p)


def sample_bernoulli(p: float, n: int, rng: UniformSource) -> np.ndarray:
    return (rng.random(n) < p).astype(int)


def sample_gaussian(mu: float, sigma: float, n: int, rng: UniformSource) -> np.ndarray:
    u1 = 1.0 - rng.random(n)
    u2 = rng.random(n)
    z = np.sqrt(-np.log(u1)) * np.cos(2 * np.pi * u2)
    return mu + sigma * z


def sample_categorical(probs: np.ndarray, n: int, rng: UniformSource) -> np.ndarray:
    cdf = np.cumsum(probs)
    cdf[-1] = 1.0
    return np.searchsorted(cdf, rng.random(n), side="right")
