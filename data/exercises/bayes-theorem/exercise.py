"""Bayes' theorem: sequential updating and naive Bayes.

Bayes' theorem, P(h | data) = P(data | h) P(h) / P(data), says how a prior belief P(h) becomes a
posterior after seeing data. For the bias p of a coin with a Beta(alpha, beta) prior (density
proportional to p^(alpha - 1) (1 - p)^(beta - 1)), observing k heads and m tails multiplies the
prior by p^k (1 - p)^m, so the posterior is again a Beta: Beta(alpha + k, beta + m). The order of
the flips does not matter, and updating flip by flip (each posterior becoming the next prior)
gives the same result as updating once with all the data. The posterior mean is
alpha / (alpha + beta); its mode, the MAP estimate, is (alpha - 1) / (alpha + beta - 2), which is
the maximum-likelihood heads / n for the flat prior Beta(1, 1). A stronger prior pulls the
estimate toward its own mean: the prior acts as a regulariser.

Naive Bayes classifies a row x of binary features by assuming the features are independent given
the class c: log P(c | x) = log P(c) + sum over j of log P(x_j | c) - log P(x), with
P(x_j = 1 | c) = p_cj and P(x_j = 0 | c) = 1 - p_cj. Estimating p_cj with Laplace smoothing,
(count of 1s + s) / (class rows + 2 s), keeps a feature never seen in a class from making that
class impossible. log P(x) is the log-sum-exp over the classes of the unnormalised terms.

Flips are arrays of 0 (tails) and 1 (heads); X is an (n, d) array of 0s and 1s and y holds class
labels 0..n_classes - 1.
"""

import numpy as np


def beta_update(alpha: float, beta: float, flips: np.ndarray) -> tuple[float, float]:
    """The (alpha, beta) of the Beta posterior after observing these flips."""
    raise NotImplementedError("not implemented yet: beta_update")


def beta_mean(alpha: float, beta: float) -> float:
    """The mean of a Beta(alpha, beta) distribution."""
    raise NotImplementedError("not implemented yet: beta_mean")


def beta_map(alpha: float, beta: float) -> float:
    """The mode (MAP estimate) of a Beta(alpha, beta) distribution, for alpha, beta > 1
    or the flat Beta(1, 1) updated with at least one head and one tail."""
    raise NotImplementedError("not implemented yet: beta_map")


def fit_naive_bayes(
    X: np.ndarray, y: np.ndarray, n_classes: int, smoothing: float = 1.0
) -> tuple[np.ndarray, np.ndarray]:
    """(log_priors of shape (n_classes,), feature_probs of shape (n_classes, d)) where
    feature_probs[c, j] is the smoothed estimate of P(x_j = 1 | class c)."""
    raise NotImplementedError("not implemented yet: fit_naive_bayes")


def log_posterior(X: np.ndarray, log_priors: np.ndarray, feature_probs: np.ndarray) -> np.ndarray:
    """The (n, n_classes) array of log P(class | row) for every row of X, normalised so that the
    probabilities of each row sum to 1."""
    raise NotImplementedError("not implemented yet: log_posterior")
