"""Cross-entropy loss.

A classifier outputs, for each example i, probabilities probs[i, k] over the classes; the true
class is labels[i]. The cross-entropy loss of the example is -log probs[i, labels[i]] (the
negative log-likelihood of the right answer), and the batch loss is the MEAN over examples.

Networks output logits z instead; probs = softmax(z) per row. Computing log(softmax(z)) can
overflow or give log(0) = -inf, so use log_softmax(z) = z - logsumexp(z) with the row max
subtracted first. The gradient of the mean loss with respect to the logits is simple:
    (softmax(z) - onehot(labels)) / n.

Perplexity, the usual language-model metric, is exp(mean cross-entropy) (natural log).
"""

import numpy as np


def cross_entropy_from_probs(probs: np.ndarray, labels: np.ndarray) -> float:
    """Mean of -log probs[i, labels[i]] over the rows of the (n, k) array probs."""
    raise NotImplementedError("not implemented yet: cross_entropy_from_probs")


def cross_entropy_from_logits(logits: np.ndarray, labels: np.ndarray) -> float:
    """The same loss computed stably from (n, k) logits."""
    raise NotImplementedError("not implemented yet: cross_entropy_from_logits")


def cross_entropy_gradient(logits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """d(cross_entropy_from_logits)/d(logits), an (n, k) array."""
    raise NotImplementedError("not implemented yet: cross_entropy_gradient")


def perplexity(mean_cross_entropy: float) -> float:
    """The perplexity for a mean cross-entropy measured in nats."""
    raise NotImplementedError("not implemented yet: perplexity")
