"""Typical mistake: P(at least one) as n * p instead of 1 - (1 - p)^n."""

import numpy as np


def probability_by_counting(event) -> float:
    a, b = np.meshgrid(np.arange(1, 7), np.arange(1, 7), indexing="ij")
    return float(np.mean(event(a, b)))


def roll_two_dice(n: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(1, 7, size=(n, 2))


def empirical_probability(rolls: np.ndarray, event) -> float:
    rolls = np.asarray(rolls)
    return float(np.mean(event(rolls[:, 0], rolls[:, 1])))


def at_least_one(p: float, n: int) -> float:
    return float(n * p)


def union_probability(p_a: float, p_b: float, p_a_and_b: float) -> float:
    return p_a + p_b - p_a_and_b
