"""The bias-variance trade-off with polynomial fits.

Fit polynomials of increasing degree to noisy samples of a smooth function. The training error
can only fall as the degree grows (a bigger model contains the smaller ones), but the error on
fresh validation data first falls (less underfitting) and then rises (overfitting the noise).

Repeat the fit over many datasets drawn the same way and look at the predictions at fixed test
points: predictions has shape (n_datasets, n_points), truth has shape (n_points,). Then
    bias^2   = mean over points of (mean over datasets of the prediction - truth)^2
    variance = mean over points of the variance over datasets (divide by n_datasets)
and the mean squared error of the predictions against the truth, averaged over datasets and
points, is exactly bias^2 + variance. Simple models have high bias; flexible models have
high variance, which more data or regularisation brings down.
"""

import numpy as np


def fit_predict(
    x_train: np.ndarray, y_train: np.ndarray, degree: int, x_eval: np.ndarray
) -> np.ndarray:
    """Fit a polynomial of this degree by least squares; return its values at x_eval."""
    raise NotImplementedError("not implemented yet: fit_predict")


def errors(
    x_train: np.ndarray, y_train: np.ndarray, x_val: np.ndarray, y_val: np.ndarray, degree: int
) -> tuple[float, float]:
    """(training MSE, validation MSE) of the polynomial fitted on the training data only."""
    raise NotImplementedError("not implemented yet: errors")


def bias_variance(predictions: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """(bias^2, variance) of predictions (n_datasets, n_points) against truth (n_points,)."""
    raise NotImplementedError("not implemented yet: bias_variance")
