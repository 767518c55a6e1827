"""Orthogonal projections and Gram–Schmidt.

The projection of b onto the line through a is the point of that line closest to b:
(a·b / a·a) a. More generally the projection of b onto the column space of a tall matrix A (n×k,
independent columns) is P b with P = A (AᵀA)⁻¹ Aᵀ. What is left over, the residual b − P b, is
perpendicular to every column of A: that is what makes least squares work. Projecting twice
changes nothing (P² = P). Gram–Schmidt turns the columns of A into orthonormal columns Q that
span the same space, by removing from each column its components along the earlier ones.

Write the functions with NumPy (np.linalg.inv or np.linalg.solve are fine; no np.linalg.qr).
"""

import numpy as np


def project_onto_vector(b: np.ndarray, a: np.ndarray) -> np.ndarray:
    """The projection of the vector ``b`` onto the line through the non-zero vector ``a``."""
    raise NotImplementedError("not implemented yet: project_onto_vector")


def projection_matrix(A: np.ndarray) -> np.ndarray:
    """The (n, n) matrix projecting onto the column space of the (n, k) matrix ``A``."""
    raise NotImplementedError("not implemented yet: projection_matrix")


def gram_schmidt(A: np.ndarray) -> np.ndarray:
    """An (n, k) matrix Q with orthonormal columns spanning the columns of ``A`` (n, k),
    q_i built from column i of A."""
    raise NotImplementedError("not implemented yet: gram_schmidt")
