"""Wrong: cosine similarity without dividing by the lengths."""

import numpy as np


def dot(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.sum(a * b))


def cosine_similarity(a: np.ndarray, b: np.ndarray) -> float:
    return dot(a, b)


def most_similar(query: np.ndarray, rows: np.ndarray, k: int) -> np.ndarray:
    return np.argsort([-cosine_similarity(query, r) for r in rows])[:k]
