"""Principal component analysis via the SVD.

PCA finds the orthogonal directions along which data varies most. Centre the data (subtract
each feature's mean), take the SVD of the centred matrix Xc = U diag(s) Vᵀ: the rows of Vᵀ are
the principal components, largest spread first, and the variance along component i is
s_i² / (n − 1). The explained-variance ratio of component i is s_i² divided by the sum of all
s_j²: the ratios are non-negative and add up to 1 over all components. Projecting the centred
data onto the first k components gives its k-dimensional coordinates.

Write the functions with NumPy (np.linalg.svd is fine; no scikit-learn).
"""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """PCA of the data X (n samples, d features), keeping k components.

    Returns (components, ratios, mean): components of shape (k, d), one unit vector per row,
    largest variance first; ratios of shape (k,), the explained-variance ratios of those
    components; mean of shape (d,), the feature means used for centring.
    """
    raise NotImplementedError("not implemented yet: pca")


def transform(X: np.ndarray, components: np.ndarray, mean: np.ndarray) -> np.ndarray:
    """The coordinates of the samples X (n, d) along the components (k, d): shape (n, k)."""
    raise NotImplementedError("not implemented yet: transform")
