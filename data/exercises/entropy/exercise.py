"""Entropy.

The entropy of a discrete distribution p is H(p) = -sum_i p_i log p_i: the average surprise, or
the average number of bits (log base 2) or nats (natural log) an optimal code needs per
outcome. In base b, H_b(p) = -sum_i p_i ln(p_i) / ln(b). Outcomes with p_i = 0 contribute
nothing (the limit of p log p as p -> 0 is 0). The uniform distribution over k outcomes has the
maximum entropy, log_b(k); a certain outcome has entropy 0.

A language model samples from softmax(logits / T): temperature T < 1 sharpens the distribution
(lower entropy), T > 1 flattens it (higher entropy).
"""

import numpy as np


def entropy(p: np.ndarray, base: float = 2.0) -> float:
    """-sum p_i log_base(p_i) over the entries of the probability vector p, with 0 log 0 = 0."""
    raise NotImplementedError("not implemented yet: entropy")


def softmax_with_temperature(logits: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(logits / temperature) of a 1-D array, computed without overflow."""
    raise NotImplementedError("not implemented yet: softmax_with_temperature")
