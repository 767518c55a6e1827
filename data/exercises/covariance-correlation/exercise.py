"""Covariance, correlation and the covariance matrix.

For data X with n rows (samples) and d columns (features), centre each column by subtracting its
mean; the covariance matrix is then Xc^T Xc / (n - ddof), a d x d symmetric matrix with the
variances on its diagonal. ddof = 1 gives the unbiased sample covariance (np.cov's default),
ddof = 0 the population one. Correlation divides out the scales:
corr[i, j] = cov[i, j] / (std_i std_j), so it lies in [-1, 1], has 1 on the diagonal, and does not
change when a feature is measured in other units. Correlation measures only LINEAR dependence:
y = x^2 with x symmetric around 0 is fully determined by x but uncorrelated with it.

A linear map y = A x changes the covariance to Cov(y) = A Sigma A^T; this is how whitening,
PCA and the multivariate Gaussian move covariances around.
"""

import numpy as np


def covariance_matrix(X: np.ndarray, ddof: int = 1) -> np.ndarray:
    """The (d, d) covariance matrix of X (shape (n, d), one sample per row)."""
    raise NotImplementedError("not implemented yet: covariance_matrix")


def correlation_matrix(X: np.ndarray) -> np.ndarray:
    """The (d, d) correlation matrix of X (shape (n, d), one sample per row)."""
    raise NotImplementedError("not implemented yet: correlation_matrix")


def transformed_covariance(cov: np.ndarray, A: np.ndarray) -> np.ndarray:
    """The covariance of y = A x when x has covariance `cov` (A has shape (k, d))."""
    raise NotImplementedError("not implemented yet: transformed_covariance")
