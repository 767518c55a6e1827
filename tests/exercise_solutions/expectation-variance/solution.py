"""Reference solution: expectation and variance."""

import numpy as np


def mean(x: np.ndarray) -> float:
    x = np.asarray(x, dtype=float)
    return float(np.sum(x) / x.size)


def variance(x: np.ndarray, ddof: int = 0) -> float:
    x = np.asarray(x, dtype=float)
    return float(np.sum((x - mean(x)) ** 2) / (x.size - ddof))


def expectation(values: np.ndarray, probs: np.ndarray) -> float:
    return float(np.sum(np.asarray(values) * np.asarray(probs)))


def distribution_variance(values: np.ndarray, probs: np.ndarray) -> float:
    mu = expectation(values, probs)
    return expectation((np.asarray(values) - mu) ** 2, probs)


def init_std(fan_in: int) -> float:
    return float(1 / np.sqrt(fan_in))
