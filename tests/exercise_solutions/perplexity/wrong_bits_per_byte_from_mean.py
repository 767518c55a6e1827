"""Typical mistake: bits per byte from the MEAN loss instead of the total."""

import numpy as np


def _nlls(logits: np.ndarray, targets: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    return -log_probs[np.arange(len(targets)), targets]


def mean_nll(logits: np.ndarray, targets: np.ndarray) -> float:
    return float(_nlls(logits, targets).mean())


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    return float(np.exp(mean_nll(logits, targets)))


def bits_per_token(logits: np.ndarray, targets: np.ndarray) -> float:
    return mean_nll(logits, targets) / float(np.log(2))


def bits_per_byte(logits: np.ndarray, targets: np.ndarray, n_bytes: int) -> float:
    return float(_nlls(logits, targets).mean()) / float(np.log(2)) / n_bytes
