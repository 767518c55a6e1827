"""Wrong: ranks rows by the raw dot product, which favours long rows."""

import numpy as np


def dot(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.sum(a * b))


def cosine_similarity(a: np.ndarray, b: np.ndarray) -> float:
    return dot(a, b) / (np.sqrt(dot(a, a)) * np.sqrt(dot(b, b)))


def most_similar(query: np.ndarray, rows: np.ndarray, k: int) -> np.ndarray:
    return np.argsort(-(rows @ query))[:k]
