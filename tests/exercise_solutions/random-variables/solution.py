"""Reference solution: random variables, PMFs, PDFs and CDFs."""

import numpy as np


def pmf_from_samples(samples: np.ndarray, support: np.ndarray) -> np.ndarray:
    samples = np.asarray(samples)
    return np.array([np.mean(samples == v) for v in support])


def cdf_from_pmf(pmf: np.ndarray) -> np.ndarray:
    return np.cumsum(pmf)


def expectation_of(g, values: np.ndarray, probs: np.ndarray) -> float:
    return float(np.sum(g(np.asarray(values, dtype=float)) * np.asarray(probs)))


def exponential_pdf(x: np.ndarray, rate: float) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return np.where(x < 0, 0.0, rate * np.exp(-rate * np.clip(x, 0, None)))


def exponential_cdf(x: np.ndarray, rate: float) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return np.where(x < 0, 0.0, 1 - np.exp(-rate * np.clip(x, 0, None)))


def empirical_cdf(samples: np.ndarray, x: np.ndarray) -> np.ndarray:
    samples = np.sort(np.asarray(samples, dtype=float))
    return np.searchsorted(samples, x, side="right") / samples.size
