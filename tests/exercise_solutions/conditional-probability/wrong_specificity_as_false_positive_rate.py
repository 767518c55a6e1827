"""Reference solution: conditional probability, independence and Bayes' rule."""

from itertools import pairwise

import numpy as np


def conditional_from_counts(counts: np.ndarray) -> np.ndarray:
    counts = np.asarray(counts, dtype=float)
    return counts / counts.sum(axis=0, keepdims=True)


def are_independent(counts: np.ndarray, tol: float = 1e-9) -> bool:
    joint = np.asarray(counts, dtype=float) / np.sum(counts)
    product = np.outer(joint.sum(axis=1), joint.sum(axis=0))
    return bool(np.allclose(joint, product, atol=tol))


def bigram_probabilities(words: list[str], vocabulary: list[str]) -> np.ndarray:
    index = {w: i for i, w in enumerate(vocabulary)}
    counts = np.zeros((len(vocabulary), len(vocabulary)))
    for current, following in pairwise(words):
        counts[index[current], index[following]] += 1
    return counts / counts.sum(axis=1, keepdims=True)


def posterior(prior: np.ndarray, likelihood: np.ndarray) -> np.ndarray:
    unnormalised = np.asarray(prior, dtype=float) * np.asarray(likelihood, dtype=float)
    return unnormalised / unnormalised.sum()


def disease_given_positive(sensitivity: float, specificity: float, base_rate: float) -> float:
    prior = np.array([base_rate, 1 - base_rate])
    positive_given = np.array([sensitivity, specificity])
    return float(posterior(prior, positive_given)[0])
