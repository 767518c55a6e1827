"""Typical mistake: the log posterior is not normalised by log P(x)."""

import numpy as np


def beta_update(alpha: float, beta: float, flips: np.ndarray) -> tuple[float, float]:
    flips = np.asarray(flips)
    heads = float(np.sum(flips == 1))
    return alpha + heads, beta + (flips.size - heads)


def beta_mean(alpha: float, beta: float) -> float:
    return alpha / (alpha + beta)


def beta_map(alpha: float, beta: float) -> float:
    return (alpha - 1) / (alpha + beta - 2)


def fit_naive_bayes(
    X: np.ndarray, y: np.ndarray, n_classes: int, smoothing: float = 1.0
) -> tuple[np.ndarray, np.ndarray]:
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    counts = np.array([np.sum(y == c) for c in range(n_classes)], dtype=float)
    ones = np.array([X[y == c].sum(axis=0) for c in range(n_classes)])
    probs = (ones + smoothing) / (counts[:, None] + 2 * smoothing)
    return np.log(counts / counts.sum()), probs


def log_posterior(X: np.ndarray, log_priors: np.ndarray, feature_probs: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    joint = log_priors + X @ np.log(feature_probs).T + (1 - X) @ np.log(1 - feature_probs).T
    return joint
