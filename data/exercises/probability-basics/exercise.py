"""Probability basics: counting, simulation, complement and union.

When all outcomes are equally likely, P(event) = (number of outcomes in the event) / (number of
outcomes): two fair dice have 36 equally likely pairs (a, b), 6 of them sum to 7, so
P(sum = 7) = 6/36. A simulation estimates the same number as the fraction of simulated trials in
which the event happened; by the law of large numbers that fraction approaches the exact value as
the number of trials grows. Fixing the seed of the random generator makes a simulation repeatable.

Two rules save most counting:
- complement: P(not A) = 1 - P(A), so P(at least one success in n independent trials with
  success probability p) = 1 - (1 - p)^n;
- union (inclusion-exclusion): P(A or B) = P(A) + P(B) - P(A and B).

An `event` below is a function event(a, b) that takes two integer arrays (the first and second
die) and returns a boolean array, e.g. `lambda a, b: a + b == 7`.
"""

from collections.abc import Callable

import numpy as np


def probability_by_counting(event: Callable[[np.ndarray, np.ndarray], np.ndarray]) -> float:
    """The exact probability of `event` for two fair dice, by counting the 36 outcomes."""
    raise NotImplementedError("not implemented yet: probability_by_counting")


def roll_two_dice(n: int, seed: int) -> np.ndarray:
    """n rolls of two fair dice as an integer array of shape (n, 2) with values 1..6, drawn with
    np.random.default_rng(seed)."""
    raise NotImplementedError("not implemented yet: roll_two_dice")


def empirical_probability(
    rolls: np.ndarray, event: Callable[[np.ndarray, np.ndarray], np.ndarray]
) -> float:
    """The fraction of the rolls (shape (n, 2)) for which `event` holds."""
    raise NotImplementedError("not implemented yet: empirical_probability")


def at_least_one(p: float, n: int) -> float:
    """P(at least one success) in n independent trials that each succeed with probability p."""
    raise NotImplementedError("not implemented yet: at_least_one")


def union_probability(p_a: float, p_b: float, p_a_and_b: float) -> float:
    """P(A or B) from P(A), P(B) and P(A and B)."""
    raise NotImplementedError("not implemented yet: union_probability")
