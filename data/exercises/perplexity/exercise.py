"""Perplexity and bits per token.

A language model reading a text of n tokens gives, at each position i, logits over the V
possible next tokens (a row of logits, shape (n, V)); targets[i] is the token that actually came
next. The model's loss is the mean negative log-likelihood (cross-entropy) in nats:
    mean_nll = -(1/n) * sum_i log softmax(logits[i])[targets[i]]
Perplexity is exp(mean_nll): the number of equally likely tokens the model is, on average,
choosing between. A model that gives every token 1/V has perplexity exactly V; a model that is
always sure and right has perplexity 1.

The same loss in bits per token is mean_nll / ln 2. Perplexities of models with different
tokenizers are not comparable (a token is a different amount of text), so the loss is also
reported per byte of text: bits per byte = total bits / number of bytes.

Compute log softmax stably: logits - logsumexp(logits), with each row's max subtracted first.
"""

import numpy as np


def mean_nll(logits: np.ndarray, targets: np.ndarray) -> float:
    """The mean next-token negative log-likelihood in nats; logits (n, V), targets (n,) ints."""
    raise NotImplementedError("not implemented yet: mean_nll")


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    """exp of the mean negative log-likelihood."""
    raise NotImplementedError("not implemented yet: perplexity")


def bits_per_token(logits: np.ndarray, targets: np.ndarray) -> float:
    """The mean negative log-likelihood in bits."""
    raise NotImplementedError("not implemented yet: bits_per_token")


def bits_per_byte(logits: np.ndarray, targets: np.ndarray, n_bytes: int) -> float:
    """The total negative log-likelihood of the n targets in bits, per byte of the text."""
    raise NotImplementedError("not implemented yet: bits_per_byte")
