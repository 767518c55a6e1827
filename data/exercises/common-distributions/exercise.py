"""Sampling common distributions from uniform random numbers.

Every sampler receives `rng` and may call ONLY rng.random(size), which returns an array of `size`
independent uniform numbers in [0, 1) (the checks pass an object with no other method). Build
everything from that:

- Bernoulli(p): 1 with probability p, else 0. A uniform u is below p with probability p.
  Mean p, variance p (1 - p).
- Gaussian(mu, sigma) by Box-Muller: for independent uniforms u1, u2 in (0, 1],
  z = sqrt(-2 ln u1) * cos(2 pi u2) is standard normal; mu + sigma * z has mean mu and
  variance sigma^2. (1 - rng.random(n) lies in (0, 1], which avoids log(0).)
- Categorical(probs) by the inverse CDF: with c = cumsum(probs), the sample for a uniform u is
  the first index k with u < c[k]; category k is drawn with probability probs[k].
"""

import numpy as np


def bernoulli_mean_variance(p: float) -> tuple[float, float]:
    """(mean, variance) of a Bernoulli(p) variable."""
    raise NotImplementedError("not implemented yet: bernoulli_mean_variance")


def sample_bernoulli(p: float, n: int, rng: np.random.Generator) -> np.ndarray:
    """n samples (0 or 1) of Bernoulli(p), shape (n,)."""
    raise NotImplementedError("not implemented yet: sample_bernoulli")


def sample_gaussian(mu: float, sigma: float, n: int, rng: np.random.Generator) -> np.ndarray:
    """n samples of a Gaussian with mean mu and standard deviation sigma, via Box-Muller."""
    raise NotImplementedError("not implemented yet: sample_gaussian")


def sample_categorical(probs: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """n category indices in 0..len(probs)-1 drawn with probabilities probs, via the inverse CDF."""
    raise NotImplementedError("not implemented yet: sample_categorical")
