"""Reference solution: covariance, correlation and the covariance matrix."""

import numpy as np


def covariance_matrix(X: np.ndarray, ddof: int = 1) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    return centred.T @ centred / (X.shape[0] - ddof)


def correlation_matrix(X: np.ndarray) -> np.ndarray:
    cov = covariance_matrix(X)
    std = np.sqrt(np.diag(cov))
    return cov / np.outer(std, std)


def transformed_covariance(cov: np.ndarray, A: np.ndarray) -> np.ndarray:
    A = np.asarray(A, dtype=float)
    return A @ np.asarray(cov, dtype=float) @ A.T
