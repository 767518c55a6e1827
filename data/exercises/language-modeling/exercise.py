"""Language modelling: next-token prediction with a bigram model.

By the chain rule of probability, a sequence's probability is a product of next-token
conditionals: P(x_0, ..., x_T) = P(x_0) P(x_1 | x_0) P(x_2 | x_0, x_1) ... A bigram model
assumes each token depends only on the one before: P(x_(t+1) | everything so far) =
P(x_(t+1) | x_t). Its parameters are a (V, V) table, probs[a, b] = P(next = b | current = a),
estimated by counting: counts[a, b] is how often b directly follows a in the training
sequences, and each row of counts is divided by its sum so every row sums to 1.

A pair never seen gets probability 0, and one such pair makes a whole text impossible. Add-alpha
smoothing adds alpha to every count first: probs[a, b] = (counts[a, b] + alpha) / (row sum +
alpha * V). A row with no counts at all (and alpha = 0) becomes uniform, 1/V each.

Given the first token, the log-probability of a sequence is the sum of log probs[x_t, x_(t+1)];
the model is scored by the mean negative log-likelihood per predicted token over a corpus
(the same number a neural language model's loss reports).

Sequences are lists of token ids 0..V-1 (in makemore they start and end with the "." token 0).
"""

import numpy as np


def bigram_counts(sequences: list[list[int]], vocab_size: int) -> np.ndarray:
    """The (V, V) array: counts[a, b] = how often b directly follows a within a sequence."""
    raise NotImplementedError("not implemented yet: bigram_counts")


def bigram_probs(counts: np.ndarray, alpha: float = 0.0) -> np.ndarray:
    """P(next | current) from counts with add-alpha smoothing; every row sums to 1."""
    raise NotImplementedError("not implemented yet: bigram_probs")


def sequence_log_prob(probs: np.ndarray, sequence: list[int]) -> float:
    """log P(sequence[1:] | sequence[0]) under the bigram model (natural log)."""
    raise NotImplementedError("not implemented yet: sequence_log_prob")


def mean_nll(probs: np.ndarray, sequences: list[list[int]]) -> float:
    """The mean negative log-likelihood per predicted token over all sequences."""
    raise NotImplementedError("not implemented yet: mean_nll")
