"""Decoding: turning next-token probabilities into text.

A language model gives logits over a vocabulary of V tokens for the next token. Decoding
chooses one:
- temperature T: probs = softmax(logits / T). T < 1 sharpens the distribution, T > 1 flattens
  it; as T -> 0 it becomes a one-hot vector at the argmax (greedy decoding), as T -> infinity the
  uniform distribution.
- top-k: keep only the k most probable tokens, set the rest to 0 and renormalise.
- top-p (nucleus): sort the tokens by probability, largest first, and keep the SMALLEST set
  whose total probability is >= p (so the token that crosses p is kept, and the most probable
  token always is); set the rest to 0 and renormalise.
- sampling: draw token ids at random with these probabilities, from the random generator given,
  so that a fixed seed gives the same text.
All arrays here are 1-D, one entry per token.
"""

import numpy as np


def softmax_with_temperature(logits: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(logits / temperature), stable for large logits / small temperatures."""
    raise NotImplementedError("not implemented yet: softmax_with_temperature")


def top_k_filter(probs: np.ndarray, k: int) -> np.ndarray:
    """probs with all but the k largest set to 0, renormalised to sum to 1."""
    raise NotImplementedError("not implemented yet: top_k_filter")


def top_p_filter(probs: np.ndarray, p: float) -> np.ndarray:
    """probs restricted to the smallest most-probable set with mass >= p, renormalised."""
    raise NotImplementedError("not implemented yet: top_p_filter")


def sample(probs: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """n token ids (an int array of shape (n,)) drawn independently with probabilities probs."""
    raise NotImplementedError("not implemented yet: sample")
