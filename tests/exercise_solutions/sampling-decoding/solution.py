"""Reference solution: temperature, top-k, top-p and sampling."""

import numpy as np


def softmax_with_temperature(logits: np.ndarray, temperature: float) -> np.ndarray:
    scaled = np.asarray(logits, dtype=float) / temperature
    e = np.exp(scaled - scaled.max())
    return e / e.sum()


def top_k_filter(probs: np.ndarray, k: int) -> np.ndarray:
    kept = np.zeros_like(probs, dtype=float)
    top = np.argsort(probs)[-k:]
    kept[top] = probs[top]
    return kept / kept.sum()


def top_p_filter(probs: np.ndarray, p: float) -> np.ndarray:
    order = np.argsort(probs)[::-1]
    mass = np.cumsum(probs[order])
    count = int(np.searchsorted(mass, p)) + 1
    kept = np.zeros_like(probs, dtype=float)
    top = order[:count]
    kept[top] = probs[top]
    return kept / kept.sum()


def sample(probs: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    return rng.choice(len(probs), size=n, p=probs)
