"""Binary logistic regression.

The model gives P(y = 1 | x) = sigmoid(x . w) with sigmoid(z) = 1 / (1 + exp(-z)); X is an
(n, d) matrix whose rows are examples (include a column of ones for a bias), y holds 0/1
labels. Training minimises the mean binary cross-entropy (the Bernoulli negative
log-likelihood)
    L(w) = -mean( y log s + (1 - y) log(1 - s) ),   s = sigmoid(X w),
whose gradient is remarkably simple: grad L(w) = X^T (s - y) / n.
For stability note -log sigmoid(z) = log(1 + exp(-z)) and -log(1 - sigmoid(z)) = log(1 + exp(z)),
which np.logaddexp(0, +-z) computes without overflow.
"""

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-z)), elementwise."""
    raise NotImplementedError("not implemented yet: sigmoid")


def logistic_loss(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    """The mean binary cross-entropy of the predictions sigmoid(X @ w) against labels y."""
    raise NotImplementedError("not implemented yet: logistic_loss")


def logistic_gradient(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The gradient of logistic_loss with respect to w; same shape as w."""
    raise NotImplementedError("not implemented yet: logistic_gradient")


def fit_logistic(X: np.ndarray, y: np.ndarray, lr: float, steps: int) -> np.ndarray:
    """The weights after `steps` gradient-descent steps from w = 0."""
    raise NotImplementedError("not implemented yet: fit_logistic")


def predict(w: np.ndarray, X: np.ndarray) -> np.ndarray:
    """0/1 predictions: 1 where sigmoid(X @ w) >= 0.5."""
    raise NotImplementedError("not implemented yet: predict")
