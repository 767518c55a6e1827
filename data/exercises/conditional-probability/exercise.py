"""Conditional probability, independence and Bayes' rule.

P(A | B) = P(A and B) / P(B): conditioning on B keeps only the outcomes where B happened and
renormalises. From a table of counts counts[a, b] (rows: values of A, columns: values of B),
P(A = a | B = b) is the cell divided by its column total. A and B are independent when
P(A = a, B = b) = P(A = a) P(B = b) for every cell.

A bigram language model is a table of conditional probabilities: P(next word | current word)
is how often `current` is followed by `next`, divided by how often `current` is followed by
anything.

Bayes' rule turns P(evidence | hypothesis) around:
    P(h | e) = P(e | h) P(h) / sum over h' of P(e | h') P(h').
A test with sensitivity P(+ | disease) and specificity P(- | healthy) applied with a base rate
P(disease) gives P(disease | +) = sens * base / (sens * base + (1 - spec) * (1 - base)).
"""

import numpy as np


def conditional_from_counts(counts: np.ndarray) -> np.ndarray:
    """The matrix P(A = a | B = b) (same shape as counts, each column summing to 1)."""
    raise NotImplementedError("not implemented yet: conditional_from_counts")


def are_independent(counts: np.ndarray, tol: float = 1e-9) -> bool:
    """True when the joint distribution of the counts table equals the product of its margins."""
    raise NotImplementedError("not implemented yet: are_independent")


def bigram_probabilities(words: list[str], vocabulary: list[str]) -> np.ndarray:
    """P[i, j] = P(next = vocabulary[j] | current = vocabulary[i]) estimated from `words`.

    Every word of `vocabulary` is followed by something at least once in `words`.
    """
    raise NotImplementedError("not implemented yet: bigram_probabilities")


def posterior(prior: np.ndarray, likelihood: np.ndarray) -> np.ndarray:
    """P(h | e) for each hypothesis h, from P(h) and P(e | h) (arrays of the same length)."""
    raise NotImplementedError("not implemented yet: posterior")


def disease_given_positive(sensitivity: float, specificity: float, base_rate: float) -> float:
    """P(disease | positive test)."""
    raise NotImplementedError("not implemented yet: disease_given_positive")
