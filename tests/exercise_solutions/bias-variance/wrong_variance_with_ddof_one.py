"""Reference solution: bias and variance of polynomial fits."""

import numpy as np


def fit_predict(
    x_train: np.ndarray, y_train: np.ndarray, degree: int, x_eval: np.ndarray
) -> np.ndarray:
    return np.polyval(np.polyfit(x_train, y_train, degree), x_eval)


def errors(
    x_train: np.ndarray, y_train: np.ndarray, x_val: np.ndarray, y_val: np.ndarray, degree: int
) -> tuple[float, float]:
    coefficients = np.polyfit(x_train, y_train, degree)
    train = float(np.mean((np.polyval(coefficients, x_train) - y_train) ** 2))
    val = float(np.mean((np.polyval(coefficients, x_val) - y_val) ** 2))
    return train, val


def bias_variance(predictions: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    bias_sq = float(np.mean((predictions.mean(axis=0) - truth) ** 2))
    variance = float(np.mean(predictions.var(axis=0, ddof=1)))
    return bias_sq, variance
