"""Typical mistake: log of a softmax of the raw logits."""

import numpy as np


def _nlls(logits: np.ndarray, targets: np.ndarray) -> np.ndarray:
    probs = np.exp(logits) / np.exp(logits).sum(axis=-1, keepdims=True)
    log_probs = np.log(probs)
    return -log_probs[np.arange(len(targets)), targets]


def mean_nll(logits: np.ndarray, targets: np.ndarray) -> float:
    return float(_nlls(logits, targets).mean())


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    return float(np.exp(mean_nll(logits, targets)))


def bits_per_token(logits: np.ndarray, targets: np.ndarray) -> float:
    return mean_nll(logits, targets) / float(np.log(2))


def bits_per_byte(logits: np.ndarray, targets: np.ndarray, n_bytes: int) -> float:
    return float(_nlls(logits, targets).sum()) / float(np.log(2)) / n_bytes
