"""Typical mistake: averaging the loss over sequences instead of predicted tokens."""

import numpy as np


def bigram_counts(sequences: list[list[int]], vocab_size: int) -> np.ndarray:
    counts = np.zeros((vocab_size, vocab_size))
    for seq in sequences:
        np.add.at(counts, (seq[:-1], seq[1:]), 1)
    return counts


def bigram_probs(counts: np.ndarray, alpha: float = 0.0) -> np.ndarray:
    smoothed = counts + alpha
    totals = smoothed.sum(axis=1, keepdims=True)
    uniform = np.full_like(smoothed, 1.0 / counts.shape[1])
    return np.divide(smoothed, totals, out=uniform, where=totals > 0)


def sequence_log_prob(probs: np.ndarray, sequence: list[int]) -> float:
    with np.errstate(divide="ignore"):
        return float(np.sum(np.log(probs[sequence[:-1], sequence[1:]])))


def mean_nll(probs: np.ndarray, sequences: list[list[int]]) -> float:
    total = sum(sequence_log_prob(probs, seq) for seq in sequences)
    return -total / len(sequences)
