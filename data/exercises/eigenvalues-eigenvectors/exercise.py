"""Eigenvalues by power iteration.

An eigenvector v of a square matrix A is a direction A only stretches: A v = λ v, with λ its
eigenvalue. Multiplying any start vector by A over and over makes the component along the
eigenvector with the largest |λ| dominate (power iteration); normalising after each step keeps
the numbers finite. The Rayleigh quotient vᵀ A v / vᵀ v turns an approximate eigenvector into its
eigenvalue, sign included. A symmetric matrix is rebuilt from its eigenvalues and orthonormal
eigenvectors as Q diag(λ) Qᵀ.

Write the functions with NumPy (no np.linalg.eig or eigh in the first two).
"""

import numpy as np


def rayleigh_quotient(A: np.ndarray, v: np.ndarray) -> float:
    """vᵀ A v / vᵀ v for a square A and a non-zero vector v."""
    raise NotImplementedError("not implemented yet: rayleigh_quotient")


def power_iteration(
    A: np.ndarray, iterations: int = 500, seed: int = 0
) -> tuple[float, np.ndarray]:
    """The eigenvalue of largest absolute value of the symmetric matrix A and a unit eigenvector
    for it, by ``iterations`` steps of power iteration from a random start (``seed``)."""
    raise NotImplementedError("not implemented yet: power_iteration")


def reconstruct(eigenvalues: np.ndarray, eigenvectors: np.ndarray) -> np.ndarray:
    """The symmetric matrix with these eigenvalues (shape (n,)) and orthonormal eigenvectors
    (the columns of the (n, n) array ``eigenvectors``), as np.linalg.eigh returns them."""
    raise NotImplementedError("not implemented yet: reconstruct")
