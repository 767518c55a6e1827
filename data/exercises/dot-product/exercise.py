"""Dot product and cosine similarity.

The dot product of two vectors multiplies matching entries and adds the products:
a·b = a1·b1 + a2·b2 + ... + an·bn. Geometrically a·b = |a| |b| cos(angle), so dividing by both
lengths leaves the cosine of the angle between them: cosine similarity, 1 for vectors pointing
the same way, 0 for perpendicular ones, -1 for opposite ones. It ignores length, which is why
embeddings are compared with it.

Write the functions below with NumPy.
"""

import numpy as np


def dot(a: np.ndarray, b: np.ndarray) -> float:
    """The dot product of two 1-d vectors of the same length (without np.dot or @)."""
    raise NotImplementedError("not implemented yet: dot")


def cosine_similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The cosine of the angle between two non-zero 1-d vectors."""
    raise NotImplementedError("not implemented yet: cosine_similarity")


def most_similar(query: np.ndarray, rows: np.ndarray, k: int) -> np.ndarray:
    """The indices of the ``k`` rows of ``rows`` (shape (n, d)) with the highest cosine
    similarity to ``query`` (shape (d,)), most similar first."""
    raise NotImplementedError("not implemented yet: most_similar")
