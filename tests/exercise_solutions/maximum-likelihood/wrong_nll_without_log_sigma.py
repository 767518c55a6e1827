"""Reference solution: maximum likelihood."""

import numpy as np


def gaussian_nll(x: np.ndarray, mu: float, sigma: float) -> float:
    x = np.asarray(x, dtype=float)
    return float(np.sum((x - mu) ** 2 / (2 * sigma**2)))


def gaussian_mle(x: np.ndarray) -> tuple[float, float]:
    x = np.asarray(x, dtype=float)
    mu = float(np.mean(x))
    return mu, float(np.sqrt(np.mean((x - mu) ** 2)))


def bernoulli_nll(x: np.ndarray, p: float) -> float:
    x = np.asarray(x, dtype=float)
    return float(-np.sum(x * np.log(p) + (1 - x) * np.log(1 - p)))


def bernoulli_mle(x: np.ndarray) -> float:
    return float(np.mean(x))
