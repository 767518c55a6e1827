"""Maximum likelihood estimation (MLE).

Given i.i.d. data x_1..x_n and a model with parameters theta, the likelihood is the product of
p(x_i | theta); we minimise the negative log-likelihood NLL(theta) = -sum_i log p(x_i | theta).

Gaussian N(mu, sigma^2):
    NLL(mu, sigma) = sum_i [ 0.5 log(2 pi sigma^2) + (x_i - mu)^2 / (2 sigma^2) ].
Setting its derivatives to zero gives mu = mean(x) and sigma^2 = mean((x - mu)^2)
(divided by n, not n - 1). Minimising the squared error is the same as this MLE.

Bernoulli(p) for x_i in {0, 1}:
    NLL(p) = -sum_i [ x_i log p + (1 - x_i) log(1 - p) ],
minimised at p = mean(x). Cross-entropy loss is exactly this NLL.
"""

import numpy as np


def gaussian_nll(x: np.ndarray, mu: float, sigma: float) -> float:
    """The Gaussian negative log-likelihood of all of x (a sum, not a mean)."""
    raise NotImplementedError("not implemented yet: gaussian_nll")


def gaussian_mle(x: np.ndarray) -> tuple[float, float]:
    """(mu, sigma) maximising the Gaussian likelihood of x."""
    raise NotImplementedError("not implemented yet: gaussian_mle")


def bernoulli_nll(x: np.ndarray, p: float) -> float:
    """The Bernoulli negative log-likelihood of the 0/1 data x (a sum), for 0 < p < 1."""
    raise NotImplementedError("not implemented yet: bernoulli_nll")


def bernoulli_mle(x: np.ndarray) -> float:
    """The p maximising the Bernoulli likelihood of the 0/1 data x."""
    raise NotImplementedError("not implemented yet: bernoulli_mle")
