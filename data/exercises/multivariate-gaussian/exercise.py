"""The multivariate Gaussian N(mean, cov).

Sampling: factor the covariance as cov = L L^T (the Cholesky factor L is lower triangular,
np.linalg.cholesky). If z has independent standard normal entries then x = mean + L z has
covariance L I L^T = cov. With samples stored as ROWS (z of shape (n, d)), that is
x = mean + z @ L.T. This is also the reparameterisation trick of VAEs and diffusion models.

Density: for x in R^d,
    log p(x) = -0.5 * ( d log(2 pi) + log det(cov) + (x - mean)^T cov^{-1} (x - mean) ).
The last term is the squared Mahalanobis distance; its level sets are the ellipses whose axes
are the eigenvectors of cov. Prefer np.linalg.slogdet and np.linalg.solve to det and inv.
"""

import numpy as np


def sample_mvn(mean: np.ndarray, cov: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """n samples of N(mean, cov) as an (n, d) array, from rng.standard_normal and Cholesky."""
    raise NotImplementedError("not implemented yet: sample_mvn")


def mvn_logpdf(x: np.ndarray, mean: np.ndarray, cov: np.ndarray) -> np.ndarray:
    """log p(x) for each row of the (n, d) array x: an array of shape (n,)."""
    raise NotImplementedError("not implemented yet: mvn_logpdf")
