"""Wrong: multiplies the sums instead of summing the products."""

import numpy as np


def dot(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.sum(a) * np.sum(b))


def cosine_similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def most_similar(query: np.ndarray, rows: np.ndarray, k: int) -> np.ndarray:
    scores = rows @ query / (np.linalg.norm(rows, axis=1) * np.linalg.norm(query))
    return np.argsort(-scores)[:k]
