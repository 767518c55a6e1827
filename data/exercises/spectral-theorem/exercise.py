"""Symmetric matrices and the spectral theorem.

A real matrix A is symmetric when A = A^T. The spectral theorem says every real symmetric matrix
has real eigenvalues and an orthonormal basis of eigenvectors: A = Q diag(lambda) Q^T with
Q^T Q = I, the eigenvectors as the columns of Q. (np.linalg.eigh is made for this case: it returns
real eigenvalues in ascending order and orthonormal eigenvectors even when an eigenvalue repeats;
np.linalg.eig, for general matrices, does not make eigenvectors of a repeated eigenvalue
orthogonal.)

The decomposition makes functions of A easy: f(A) = Q diag(f(lambda)) Q^T. With f = sqrt this is
the symmetric square root of a positive definite matrix, with f = 1 / x its inverse. For a
covariance matrix the eigenvectors are the principal axes of the data (largest variance first,
as in PCA) and the eigenvalues the variances along them.
"""

from collections.abc import Callable

import numpy as np


def is_symmetric(A: np.ndarray, tol: float = 1e-10) -> bool:
    """True when A is square and equal to its transpose up to tol."""
    raise NotImplementedError("not implemented yet: is_symmetric")


def spectral_decomposition(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(eigenvalues, Q) for a symmetric A: real eigenvalues largest first, and the orthonormal
    eigenvectors as the columns of Q in the same order, so that A = Q diag(eigenvalues) Q^T."""
    raise NotImplementedError("not implemented yet: spectral_decomposition")


def matrix_function(A: np.ndarray, f: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """f(A) = Q diag(f(eigenvalues)) Q^T for a symmetric A (f works on an array of eigenvalues)."""
    raise NotImplementedError("not implemented yet: matrix_function")


def principal_axes(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(variances, axes) of the data X (n samples, d features): the eigenvalues of its sample
    covariance matrix largest first, and the unit eigenvectors as the columns of axes."""
    raise NotImplementedError("not implemented yet: principal_axes")
